// The content script's candidate filter, written into dist/<browser>/content.js by build.sh
// from the core's keyword table (`fineprint links --keywords-json`, src/links/candidate.rs).
// Build-only (build.sh copies no .mjs into dist/): content.js runs on every page load, so its
// regexes arrive ready-made instead of being assembled from the word lists each time (~0.1 ms
// per page, ~0.4 ms on a page's first, unoptimised run).

const SPECIAL = /[\\^$.*+?()[\]{}|/-]/g;
const escape = (c) => c.replace(SPECIAL, "\\$&");
const NON_ASCII = /[^\0-\x7f]/;

/**
 * A regex source matching where any of `words` occurs: the same strings as
 * `words.map(escape).join("|")`, shaped as a trie (`pri(?:va(?:cy|...)|...)`), so that at each
 * position the regex tries each first letter once instead of once per word (about a third
 * less time per character scanned in V8). Branches split on UTF-16 code units, as a regex
 * without the `u` flag reads them.
 */
export function trie(words) {
  const sorted = [...new Set(words)].sort();
  const node = (from, to, depth) => {
    const branches = [];
    let ends = false; // a word ends here: what follows is optional
    for (let k = from; k < to; ) {
      if (sorted[k].length === depth) {
        ends = true;
        k++;
        continue;
      }
      const c = sorted[k][depth];
      let e = k + 1;
      while (e < to && sorted[e][depth] === c) e++;
      branches.push(escape(c) + node(k, e, depth + 1));
      k = e;
    }
    if (branches.length === 0) return "";
    const body = branches.length === 1 && !ends ? branches[0] : `(?:${branches.join("|")})`;
    return ends ? `${body}?` : body;
  };
  return node(0, sorted.length, 0);
}

/**
 * The filter for the keyword table `{ text, url, fold }`, as the source of a JS expression
 * (an object of regexes and the fold table) for content.js's `/*@link-keywords@*\/ null`.
 *   url     the URL words, any case (on an href)
 *   quick   an ASCII text word in any case, a non-ASCII character (the exact test folds it),
 *           or a blank text (the link's text may then be an image's alt): one cheap pass that
 *           most link texts fail; it passes whenever `words` could
 *   words   the text words, exact (on a text lowercased and folded)
 *   folded  the characters `fold` maps (global, for String.replace)
 *   fold    character → its folding, as the core's normaliser folds it (é → e, ß → ss)
 */
export function linkFilterSource({ text, url, fold }) {
  const re = (source, flags) => `new RegExp(${JSON.stringify(source)}, ${JSON.stringify(flags)})`;
  const ascii = text.filter((w) => !NON_ASCII.test(w));
  const folded = `[${Object.keys(fold)
    .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .join("")}]`;
  return `{
    url: ${re(trie(url), "i")},
    quick: ${re(`${trie(ascii)}|[^\\0-\\x7f]|^\\s*$`, "i")},
    words: ${re(trie(text), "")},
    folded: ${re(folded, "g")},
    fold: ${JSON.stringify(fold)},
  }`;
}
