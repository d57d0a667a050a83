// Native and WebAssembly builds must agree: the same fixtures and seed policies through
// `fineprint analyze --json` (native CLI) and through the wasm `analyze`.
//
// Skipped, with the reason printed, when the CLI binary is missing (build it with
// `cargo build --release`). Build both from the same sources before comparing: a stale binary
// shows up as a disagreement. The CLI reads bytes from a file with no hints; the wasm side
// gets the same bytes with no hints.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { FIXTURES, loadCore, repo, seedFiles } from "./core.mjs";

function findCli() {
  const candidates = [path.join(repo, "target/release/fineprint")];
  if (process.env.CARGO_TARGET_DIR) candidates.unshift(path.resolve(repo, process.env.CARGO_TARGET_DIR, "release/fineprint"));
  const cli = candidates.find((p) => fs.existsSync(p));
  if (!cli) return { skip: "native CLI not built (cargo build --release): comparison skipped" };
  return { cli };
}

/** What both builds must agree on (offsets differ in unit: UTF-8 bytes natively, UTF-16 in JS). */
function essence(report) {
  return {
    title: report.title,
    language: report.language,
    sentences: report.sentences,
    looksLikePolicy: report.looksLikePolicy,
    documents: report.documents.map((d) => ({ title: d.title, kind: d.kind })),
    findings: report.findings.map((f) => ({
      practice: f.practice,
      verdict: f.verdict,
      evidence: f.evidence.map((e) => ({ text: e.text, section: e.section, supports: e.supports })),
    })),
    summary: report.summary,
  };
}

const { cli, skip } = findCli();
if (skip) console.log(`# native comparison skipped: ${skip}`);

test("native CLI and wasm agree on fixtures and seeds", { skip: skip ?? false }, async () => {
  const core = await loadCore();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fineprint-native-"));
  try {
    const files = FIXTURES.map((fx) => {
      const file = path.join(dir, `${fx.name}.txt`);
      fs.writeFileSync(file, fx.text);
      return file;
    }).concat(seedFiles());
    const out = execFileSync(cli, ["analyze", "--json", ...files], { encoding: "utf8", maxBuffer: 64 << 20 });
    const native = out.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(native.length, files.length);
    for (const file of files) {
      const n = native.find((r) => r.url === file);
      assert.ok(n, `native report for ${file}`);
      const w = core.analyze(new Uint8Array(fs.readFileSync(file)), {});
      assert.deepEqual(essence(w), essence(n), path.basename(file));
      // Same spans: native byte offsets and wasm UTF-16 offsets point at the same sentences.
      const bytes = Buffer.from(w.text, "utf8");
      for (const f of n.findings) {
        for (const e of f.evidence) assert.equal(bytes.subarray(e.start, e.end).toString("utf8"), e.text);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
