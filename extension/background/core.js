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
 * F7 (BENCHMARKS.md): the first analysis in a worker compiles the engine (~110 ms in Chromium)
 * and, practice by practice, the cue regexes a policy's sentences reach (~240 ms more for a
 * 70 KB policy). Warming up does that work before the page's links arrive: an empty policy
 * (the engine alone), a link ranking, a small HTML page, then one short sentence per practice
 * (our own wording; each passes its practice's topic gate, so all its cues compile). Steps run
 * one per macrotask, so a message that arrives meanwhile waits for one step at most (the
 * first, the engine, is the longest).
 */
const WARM_UP_TEXTS = [
  "Privacy Policy\nHello.",
  "Privacy Policy\nWe do not sell your personal information.",
  "Privacy Policy\nOur partners show you targeted advertising based on your interests.",
  "Privacy Policy\nWe respond to Do Not Track signals from your browser.",
  "Privacy Policy\nWe honour the Global Privacy Control signal.",
  "Privacy Policy\nWe share your information with third parties.",
  "Privacy Policy\nWe use Google Analytics to understand how visitors use the site.",
  "Privacy Policy\nWe keep your data for 30 days and then delete it.",
  "Privacy Policy\nYou can delete your account at any time.",
  "Privacy Policy\nYou can request a copy of your personal information.",
  "Privacy Policy\nOur service is not directed to children under 13 years of age.",
  "Privacy Policy\nWe may update this privacy policy and will notify you of material changes.",
  "Privacy Policy\nYour data may be transferred to countries outside the European Economic Area.",
  "Privacy Policy\nWe collect your precise location from your device.",
  "Privacy Policy\nWe protect your data with encryption and restrict access to employees.",
  "Privacy Policy\nYou can unsubscribe from our marketing emails at any time.",
];
const WARM_UP_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy Policy</title></head><body><main><h1>Privacy Policy</h1><p>We do not sell your personal information.</p></main></body></html>';
const WARM_UP_LINKS = [
  { href: "https://example.com/about", text: "About", title: "", ariaLabel: "", rel: "", region: "footer", index: 0, visible: true },
  { href: "https://example.com/privacy", text: "Privacy Policy", title: "", ariaLabel: "", rel: "", region: "footer", index: 1, visible: true },
];

let warming = null;

/**
 * Warms the engine once per worker (later calls return the same promise). Called when a tab
 * starts loading, so the page's load time hides the compilation; a worker woken for the popup
 * or another event does not pay it. Never rejects.
 */
export function warmUp() {
  warming ??= ready.then(
    () =>
      new Promise((resolve) => {
        const steps = [
          () => wasm.analyze(WARM_UP_TEXTS[0], { contentType: "text/plain" }),
          () => wasm.findPolicyLinks("https://example.com/", WARM_UP_LINKS),
          () => wasm.analyze(WARM_UP_HTML, { contentType: "text/html" }),
          ...WARM_UP_TEXTS.slice(1).map((text) => () => wasm.analyze(text, { contentType: "text/plain" })),
        ];
        const next = () => {
          const step = steps.shift();
          if (!step) return resolve();
          try {
            step();
          } catch {
            // a failing step warms nothing; the real analysis reports its own errors
          }
          return setTimeout(next, 0);
        };
        setTimeout(next, 0);
      }),
    () => {},
  );
  return warming;
}

/**
 * Debug handle: `await __fineprintDebug.core()` in the worker's DevTools console, or through
 * Playwright's `worker.evaluate` (bench/sw-bench.mjs), reaches the same core the handlers use;
 * `warmUp()` is the function above. The handle itself starts nothing, records nothing and
 * changes no behaviour; only code running in this worker can see it (content scripts and web
 * pages have their own globals).
 */
globalThis.__fineprintDebug = Object.freeze({ core, warmUp });
