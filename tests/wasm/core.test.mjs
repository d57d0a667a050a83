// The WebAssembly build of the core, exercised through its JavaScript API in Node.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { FIXTURES, loadCore, offsetProblems, seedFiles } from "./core.mjs";

const core = await loadCore();

test("exports the documented API", () => {
  for (const name of ["analyze", "summarize", "findPolicyLinks", "findPolicyLinksInHtml", "conventionalPaths", "practices", "defaultFlags", "version"]) {
    assert.equal(typeof core[name], "function", name);
  }
  assert.match(core.version(), /^\d+\.\d+\.\d+/);
});

test("practices() lists the fifteen practices; defaultFlags() follows their flagOn", () => {
  const practices = core.practices();
  assert.equal(practices.length, 15);
  const flags = core.defaultFlags();
  for (const p of practices) {
    assert.ok(p.id && p.title && p.question, p.id);
    assert.equal(flags[p.id], p.flagOn ?? undefined, p.id);
  }
});

for (const fx of FIXTURES) {
  test(`fixture ${fx.name}: ${fx.practice} is ${fx.verdict}`, () => {
    const report = core.analyze(fx.text, {});
    const finding = report.findings.find((f) => f.practice === fx.practice);
    assert.ok(report.looksLikePolicy, "the fixture reads as a policy");
    assert.equal(finding?.verdict, fx.verdict, JSON.stringify(finding));
    if (fx.verdict !== "not_mentioned") assert.ok(finding.evidence.length > 0, "evidence for a verdict");
    assert.deepEqual(offsetProblems(report), []);
  });
}

test("string and bytes input give the same report", () => {
  const text = FIXTURES[1].text;
  const a = core.analyze(text, {});
  const b = core.analyze(new TextEncoder().encode(text), {});
  assert.deepEqual(a, b);
});

test("evidence offsets are UTF-16 code units (text with emoji and accents)", () => {
  const report = core.analyze(FIXTURES[1].text.replace("Privacy Policy", "Privacy Policy 🔒 — Société Exemple"), {});
  assert.deepEqual(offsetProblems(report), []);
  assert.ok(report.findings.some((f) => f.evidence.length));
});

test("a windows-1252 policy decodes with the charset hint", () => {
  const html = "<html><head><title>Privacy</title></head><body><h1>Privacy Policy</h1><p>Caf\u00e9 Example doesn\u2019t sell personal data. We do not sell your personal information.</p></body></html>";
  const bytes = Uint8Array.from(html, (c) => ({ "\u2019": 0x92 })[c] ?? c.charCodeAt(0));
  const report = core.analyze(bytes, { charset: "windows-1252", contentType: "text/html" });
  assert.ok(report.text.includes("Caf\u00e9"), report.text);
  assert.ok(report.text.includes("doesn\u2019t"), report.text);
});

test("summarize() recomputes the badge for other flags without re-analysing", () => {
  const report = core.analyze(FIXTURES[1].text, {});
  assert.ok(report.summary.flagged.includes("sells_data"));
  const none = core.summarize(report, {});
  assert.deepEqual(none.flagged, []);
  assert.equal(none.badge, report.looksLikePolicy ? "green" : "unknown");
});

test("bad input becomes a JavaScript error, not a crash", () => {
  assert.throws(() => core.analyze(42, {}), /string or a Uint8Array/);
  assert.throws(() => core.analyze("x", { flags: "nonsense" }), /bad options/);
  assert.throws(() => core.findPolicyLinks("https://example.test/", [{ href: 5 }]), /bad link records/);
  // the core still works afterwards
  assert.equal(core.analyze(FIXTURES[0].text, {}).findings.length, 15);
});

// Inputs are read field by field (src/wasm.rs `read`): a wrong type names its field, a missing
// field takes its default, and the summary is read back from a report object alone.
test("input objects: wrong types are named, missing fields take defaults", () => {
  assert.throws(() => core.analyze("x", { contentType: 7 }), /bad options: contentType must be a string/);
  assert.throws(() => core.analyze("x", { flags: { sells_data: "maybe" } }), /bad options: sells_data must be yes, no/);
  assert.throws(() => core.findPolicyLinks("https://example.test/", [{ href: "/p", index: -1 }]), /index must be a whole number/);
  assert.throws(() => core.findPolicyLinks("https://example.test/", [{ href: "/p", index: 1.5 }]), /index must be a whole number/);
  assert.throws(() => core.findPolicyLinks("https://example.test/", [{ href: "/p", visible: "yes" }]), /visible must be a boolean/);
  assert.throws(() => core.findPolicyLinks("https://example.test/", "not records"), /bad link records: expected an array/);
  assert.throws(() => core.findPolicyLinks("https://example.test/", [], { lastIndex: "3" }), /bad page: lastIndex/);
  assert.throws(() => core.summarize({ findings: [] }, {}), /bad report: looksLikePolicy/);
  assert.throws(() => core.summarize({ looksLikePolicy: true, findings: [{ practice: "sells_data", verdict: 3 }] }, {}), /bad report: verdict/);
  assert.throws(() => core.summarize({ looksLikePolicy: true, findings: [] }, []), /bad flags/);
  // Missing and null fields are defaults: a bare href is a record.
  const links = core.findPolicyLinks("https://example.test/", [{ href: "/privacy-policy", text: "Privacy Policy", title: null }]);
  assert.equal(links[0]?.url, "https://example.test/privacy-policy");
  // The summary depends only on looksLikePolicy and the findings' verdicts.
  const report = core.analyze(FIXTURES[1].text, {});
  const bare = { looksLikePolicy: report.looksLikePolicy, findings: report.findings.map(({ practice, verdict }) => ({ practice, verdict })) };
  const flags = core.defaultFlags();
  assert.deepEqual(core.summarize(bare, flags), core.summarize(report, flags));
  assert.deepEqual(core.summarize(report, flags), report.summary);
});

test("an empty or script-only page does not look like a policy", () => {
  const report = core.analyze('<html><body><div id="app"></div><script>render()</script></body></html>', { contentType: "text/html" });
  assert.equal(report.looksLikePolicy, false);
  assert.equal(report.summary.badge, "unknown");
});

test("findPolicyLinks() takes the content script's records", () => {
  const records = [
    { href: "https://example.test/about", text: "About us", title: "", ariaLabel: "", rel: "", region: "nav", index: 0, visible: true },
    { href: "https://example.test/legal/privacy", text: "Privacy Policy", title: "", ariaLabel: "", rel: "", region: "footer", index: 1, visible: true },
  ];
  const links = core.findPolicyLinks("https://example.test/", records);
  assert.ok(Array.isArray(links));
  const best = links.find((l) => l.kind === "policy");
  assert.equal(best?.url, "https://example.test/legal/privacy", "the finder picks the footer privacy link");
  assert.ok(best.reasons.length > 0, "with reasons");
});

test("conventionalPaths() stays on the page's origin", () => {
  const urls = core.conventionalPaths("https://shop.example.test/some/page?q=1");
  assert.ok(Array.isArray(urls));
  for (const u of urls) assert.equal(new URL(u).origin, "https://shop.example.test");
});

const seeds = seedFiles();
test("seed policies: analysed, offsets exact", { skip: seeds.length ? false : "../shared/seeds not present" }, () => {
  for (const file of seeds) {
    const report = core.analyze(new Uint8Array(fs.readFileSync(file)), {});
    assert.equal(report.findings.length, 15, path.basename(file));
    assert.ok(report.looksLikePolicy, `${path.basename(file)} reads as a policy`);
    assert.deepEqual(offsetProblems(report), [], path.basename(file));
  }
});
