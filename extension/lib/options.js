/**
 * User options: defaults in one object, merged with what storage.sync holds on every read.
 *
 * Stored under one key (`options`) so a change is a single storage event:
 *   flagOverrides  { [practiceId]: "yes" | "no" | "unclear" | "not_mentioned" | "never" }
 *                  only the practices the user changed; the rest follow the core's defaultFlags()
 *   mode           "auto" (analyse on every page load) | "click" (only when the popup opens)
 *   skipSites      host names never analysed ("example.com" also skips "www.example.com")
 */
import { api } from "./browser.js";

export const OPTIONS_KEY = "options";

export const DEFAULT_OPTIONS = Object.freeze({
  flagOverrides: Object.freeze({}),
  mode: "auto",
  skipSites: Object.freeze([]),
});

const VERDICTS = new Set(["yes", "no", "unclear", "not_mentioned"]);

/** Merges stored values over the defaults, dropping anything malformed. */
export function mergeOptions(stored) {
  const s = stored && typeof stored === "object" ? stored : {};
  const flagOverrides = {};
  if (s.flagOverrides && typeof s.flagOverrides === "object") {
    for (const [id, v] of Object.entries(s.flagOverrides)) {
      if (typeof id === "string" && (v === "never" || VERDICTS.has(v))) flagOverrides[id] = v;
    }
  }
  return {
    flagOverrides,
    mode: s.mode === "click" ? "click" : DEFAULT_OPTIONS.mode,
    skipSites: Array.isArray(s.skipSites)
      ? s.skipSites.filter((h) => typeof h === "string" && h.trim()).map(normalizeHost)
      : [...DEFAULT_OPTIONS.skipSites],
  };
}

export async function readOptions() {
  const got = await api.storage.sync.get(OPTIONS_KEY);
  return mergeOptions(got[OPTIONS_KEY]);
}

export async function writeOptions(options) {
  await api.storage.sync.set({ [OPTIONS_KEY]: mergeOptions(options) });
}

/** The flag set for the core: its defaults, with the user's choices on top ("never" removes). */
export function effectiveFlags(defaultFlags, flagOverrides) {
  const flags = { ...defaultFlags };
  for (const [id, v] of Object.entries(flagOverrides)) {
    if (v === "never") delete flags[id];
    else flags[id] = v;
  }
  return flags;
}

/** "https://WWW.Example.com/x" or " example.com " → "www.example.com" / "example.com". */
export function normalizeHost(entry) {
  const t = entry.trim().toLowerCase();
  try {
    return new URL(t.includes("://") ? t : `http://${t}`).hostname;
  } catch {
    return t;
  }
}

/** Whether `hostname` is one of the skipped sites or a subdomain of one. */
export function isSkipped(hostname, skipSites) {
  const h = hostname.toLowerCase();
  return skipSites.some((s) => h === s || h.endsWith(`.${s}`));
}
