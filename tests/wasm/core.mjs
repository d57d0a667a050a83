// Loads the built WebAssembly core (dist/chrome/pkg, what the extension ships) into Node.
// wasm-bindgen's `--target web` glue initialises from bytes: init({ module_or_path: bytes }).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const pkgDir = path.join(repo, "dist/chrome/pkg");
export const wasmPath = path.join(pkgDir, "fineprint_bg.wasm");
export const sharedDir = path.resolve(repo, "../shared");

let loaded = null;

/** The initialised core module; throws with a hint when ./build.sh has not run. */
export async function loadCore() {
  if (!loaded) {
    if (!fs.existsSync(wasmPath)) throw new Error(`${wasmPath} is missing: run ./build.sh first`);
    loaded = (async () => {
      const core = await import(pathToFileURL(path.join(pkgDir, "fineprint.js")).href);
      await core.default({ module_or_path: fs.readFileSync(wasmPath) });
      return core;
    })();
  }
  return loaded;
}

/**
 * Clear-cut synthetic policies (our own sentences) with the verdict each must give. The same
 * list runs through the native CLI in native.test.mjs, so both builds are held to it.
 */
const FRAME = (body) =>
  "Privacy Policy\n\nThis policy explains how Example Co handles personal information.\n" +
  "We use your email address to run your account.\n\n" +
  `What we do\n${body}\n\n` +
  "Your rights\nYou can ask us to delete your account at any time.\n" +
  "We protect your data with TLS encryption in transit.\n\n" +
  "Contact\nWrite to privacy@example.test with any question about this policy.\n";

export const FIXTURES = [
  { name: "sells-no", text: FRAME("We do not sell your personal information."), practice: "sells_data", verdict: "no" },
  { name: "sells-yes", text: FRAME("We sell your personal information to data brokers."), practice: "sells_data", verdict: "yes" },
  {
    name: "ads-yes",
    text: FRAME("Our advertising partners place cookies on our site to show you targeted ads on other websites."),
    practice: "ad_tracking",
    verdict: "yes",
  },
  { name: "dnt-no", text: FRAME("We do not respond to Do Not Track signals."), practice: "do_not_track", verdict: "no" },
  { name: "children-no", text: FRAME("We do not knowingly collect personal information from children under 13."), practice: "children", verdict: "no" },
  { name: "retention-unclear", text: FRAME("We keep your information for as long as necessary."), practice: "data_retention", verdict: "unclear" },
  { name: "gpc-not-mentioned", text: FRAME("We do not sell your personal information."), practice: "gpc", verdict: "not_mentioned" },
];

/** The seed policies in ../shared/seeds (read in place, never copied), or [] when absent. */
export function seedFiles() {
  const dir = path.join(sharedDir, "seeds");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Every evidence sentence must be the text at its (UTF-16) offsets. */
export function offsetProblems(report) {
  const problems = [];
  for (const f of report.findings) {
    for (const e of f.evidence) {
      if (report.text.slice(e.start, e.end) !== e.text) problems.push(`${f.practice}: [${e.start}, ${e.end}) ≠ ${JSON.stringify(e.text.slice(0, 60))}`);
    }
  }
  return problems;
}
