// Checks that need no browser: no HTML-string sinks anywhere in our code, manifests for both
// browsers from the one source, and Firefox's linter on dist/firefox.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { repo } from "./browser.mjs";

function files(dir, pred) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "pkg" ? [] : files(p, pred); // pkg: generated wasm-bindgen glue
    return pred(p) ? [p] : [];
  });
}

test("no innerHTML / outerHTML / insertAdjacentHTML / document.write in extension/ and www/", () => {
  const sinks = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write(ln)?)\b/;
  const hits = [];
  for (const file of [...files(path.join(repo, "extension"), (p) => /\.(m?js|html)$/.test(p)), ...files(path.join(repo, "www"), (p) => /\.(m?js|html)$/.test(p))]) {
    fs.readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => sinks.test(line) && hits.push(`${path.relative(repo, file)}:${i + 1}: ${line.trim()}`));
  }
  assert.deepEqual(hits, []);
});

const manifest = (browser) => JSON.parse(fs.readFileSync(path.join(repo, `dist/${browser}/manifest.json`), "utf8"));

test("Chrome manifest: module service worker, no gecko settings", () => {
  const m = manifest("chrome");
  assert.deepEqual(m.background, { service_worker: "background/dispatcher.js", type: "module" });
  assert.equal(m.browser_specific_settings, undefined);
  assert.match(m.content_security_policy.extension_pages, /script-src 'self' 'wasm-unsafe-eval'; object-src 'self'/);
});

test("Firefox manifest: background scripts, gecko id", () => {
  const m = manifest("firefox");
  assert.deepEqual(m.background, { scripts: ["background/dispatcher.js"], type: "module" });
  assert.ok(m.browser_specific_settings.gecko.id);
});

test("both builds carry the same files and the wasm core", () => {
  const list = (b) => files(path.join(repo, "dist", b), () => true).map((p) => path.relative(path.join(repo, "dist", b), p)).sort();
  assert.deepEqual(list("chrome"), list("firefox"));
  for (const b of ["chrome", "firefox"]) {
    assert.ok(fs.existsSync(path.join(repo, `dist/${b}/pkg/fineprint_bg.wasm`)), b);
    assert.ok(fs.existsSync(path.join(repo, `dist/fineprint-${b}.zip`)), `${b} zip`);
  }
});

test("web-ext lint dist/firefox: no errors", () => {
  const bin = path.join(repo, "node_modules/.bin/web-ext");
  let out;
  try {
    out = execFileSync(bin, ["lint", "--source-dir", path.join(repo, "dist/firefox"), "--output", "json", "--no-config-discovery"], { encoding: "utf8", maxBuffer: 32 << 20 });
  } catch (e) {
    out = e.stdout; // exit code 1 when there are errors; the JSON says which
  }
  const result = JSON.parse(out.slice(out.indexOf("{")));
  const describe = (list) => list.map((m) => `${m.code}: ${m.message} (${m.file ?? ""})`);
  if (result.warnings.length) console.log(`# web-ext warnings:\n${describe(result.warnings).map((w) => `#   ${w}`).join("\n")}`);
  assert.deepEqual(describe(result.errors), []);
});
