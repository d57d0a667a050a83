/**
 * The analysis core (Rust → WebAssembly), loaded once per worker.
 *
 * MV3 service workers allow neither dynamic import() nor a top-level await that blocks start-up:
 * the module is imported statically, instantiation starts at load, and every caller awaits
 * `core()`, which resolves once the module is ready.
 */
import init, * as wasm from "../pkg/fineprint.js";
import { api } from "../lib/browser.js";

const ready = init({ module_or_path: api.runtime.getURL("pkg/fineprint_bg.wasm") });

/** The core's exports (analyze, summarize, findPolicyLinks, conventionalPaths, …) once ready. */
export async function core() {
  await ready;
  return wasm;
}
