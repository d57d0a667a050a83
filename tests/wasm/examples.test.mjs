// The www demo's example policies (written for the demo) together show every verdict.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { loadCore, repo } from "./core.mjs";

const dir = path.join(repo, "www/examples");
const core = await loadCore();
const reports = Object.fromEntries(
  fs.readdirSync(dir).map((f) => [f, core.analyze(new Uint8Array(fs.readFileSync(path.join(dir, f))), { contentType: f.endsWith(".html") ? "text/html" : "text/plain" })]),
);
const verdict = (file, practice) => reports[file].findings.find((f) => f.practice === practice).verdict;

test("three example policies, each read as a policy", () => {
  assert.equal(Object.keys(reports).length, 3);
  for (const [file, r] of Object.entries(reports)) assert.ok(r.looksLikePolicy, file);
});

test("together they show yes, no, unclear and not_mentioned", () => {
  const seen = new Set(Object.values(reports).flatMap((r) => r.findings.map((f) => f.verdict)));
  assert.deepEqual([...seen].sort(), ["no", "not_mentioned", "unclear", "yes"]);
});

test("the clear-cut sentences give their verdicts", () => {
  assert.equal(verdict("gadget-galaxy.html", "sells_data"), "yes");
  assert.equal(verdict("gadget-galaxy.html", "ad_tracking"), "yes");
  assert.equal(verdict("brightleaf-notes.txt", "sells_data"), "no");
  assert.equal(verdict("brightleaf-notes.txt", "do_not_track"), "yes");
  assert.equal(verdict("riverside-weather.txt", "data_retention"), "unclear");
  assert.equal(reports["gadget-galaxy.html"].summary.badge, "red");
  assert.equal(reports["brightleaf-notes.txt"].summary.badge, "green");
});
