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

/**
 * Debug handle: `await __fineprintDebug.core()` in the worker's DevTools console, or through
 * Playwright's `worker.evaluate` (bench/sw-bench.mjs), reaches the same core the handlers use.
 * It starts nothing, records nothing and changes no behaviour; only code running in this
 * worker can see it (content scripts and web pages have their own globals).
 */
globalThis.__fineprintDebug = Object.freeze({ core });
