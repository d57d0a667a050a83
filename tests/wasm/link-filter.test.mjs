// extension/link-filter.mjs, which build.sh uses to write content.js's candidate filter: its
// trie-shaped regexes find a word exactly where the plain alternation of the words does (the
// content script's filter must keep every link the core could rank), on a table with the hard
// cases and, when a build left one, on the core's own table.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { linkFilterSource, trie } from "../../extension/link-filter.mjs";
import { repo } from "./core.mjs";

const escape = (w) => w.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
const flat = (words, flags) => new RegExp(words.map(escape).join("|"), flags);
const NON_ASCII = /[^\0-\x7f]/;

const HARD = {
  // shared prefixes, a word that is a prefix of another, duplicates, regex syntax, non-ASCII,
  // CJK and a surrogate pair sharing its high half with another word
  text: ["privacy", "privacidad", "priv", "policy", "pol", "policy", "opt", "opt-out", "a.b", "a+b", "(x)", "[y]", "c|d", "e\\f", "g/h",
    "datenschutz", "конфиденциальность", "隐私", "隱私", "個人情報", "𝒜b", "𝒜c"],
  url: ["privacy", "data-protection", "personal-data", "vie-privee", "kvkk"],
  fold: { "é": "e", "ß": "ss", "\u0301": "" },
};

function samples(words) {
  const alphabet = [...new Set(words.join("").split(""))].join("") + "ABCPXYZ -_/.0123456789\n\u00e9\u0130";
  let seed = 12345;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const out = [];
  for (const w of words) {
    out.push(w, w.toUpperCase(), `x${w}y`, w.slice(0, -1), w.slice(1), `${w.slice(0, -1)} ${w.slice(-1)}`);
  }
  for (let k = 0; k < 20000; k++) {
    let s = "";
    const len = rand(14);
    for (let q = 0; q < len; q++) s += alphabet[rand(alphabet.length)];
    if (rand(3) === 0) {
      const w = words[rand(words.length)];
      const at = rand(s.length + 1);
      s = s.slice(0, at) + w.slice(0, rand(w.length + 1)) + s.slice(at);
    }
    out.push(s, s.toUpperCase());
  }
  return out;
}

/** The filter content.js would get for `table`, evaluated. */
const built = (table) => new Function(`return (${linkFilterSource(table)});`)();

function agrees(table) {
  const f = built(table);
  const ascii = table.text.filter((w) => !NON_ASCII.test(w));
  const expect = {
    url: flat(table.url, "i"),
    words: flat(table.text, ""),
    quick: new RegExp(`${ascii.map(escape).join("|")}|[^\\0-\\x7f]|^\\s*$`, "i"),
  };
  for (const name of ["url", "words", "quick"]) {
    for (const s of samples(name === "url" ? table.url : table.text)) {
      assert.equal(f[name].test(s), expect[name].test(s), `${name} on ${JSON.stringify(s)}`);
    }
  }
  assert.deepEqual(f.fold, table.fold);
  for (const c of Object.keys(table.fold)) assert.equal(`a${c}b`.replace(f.folded, (x) => table.fold[x]), `a${table.fold[c]}b`);
  assert.equal("plain ascii".replace(f.folded, "?"), "plain ascii");
}

test("the trie-shaped filter matches as the alternation of its words, on the hard cases", () => {
  agrees(HARD);
  assert.equal(trie(["ab", "ac", "a"]), "a(?:b|c)?");
  assert.equal(trie(["x-y"]), "x\\-y");
});

const table = path.join(process.env.CARGO_TARGET_DIR ? path.resolve(repo, process.env.CARGO_TARGET_DIR) : path.join(repo, "target"), "fineprint-pkg/link-keywords.json");
test("... and on the core's keyword table", { skip: !fs.existsSync(table) && "no link-keywords.json from ./build.sh" }, () => {
  agrees(JSON.parse(fs.readFileSync(table, "utf8")));
});
