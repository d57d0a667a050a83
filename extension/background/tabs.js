/**
 * Per-tab state, owned by the background. One job: remember what each tab shows.
 *
 * TabState: {
 *   tabId, pageUrl, pageTitle,
 *   status: "loading" (navigating; the content script has not reported yet)
 *         | "unsupported" (loaded, but no content script: browser pages, PDFs, file:)
 *         | "idle" (on-click mode, not analysed yet) | "skipped" (site in the skip list)
 *         | "working" | "done" (report present) | "no-policy" | "failed" (error present),
 *   candidates: PolicyLink[]   every link the core ranked (all kinds, best first)
 *   optOut: PolicyLink[]       "Do Not Sell or Share" / "Your Privacy Choices" links
 *   policy: PolicyLink | null  the link analysed (a probe or the page itself get reasons too)
 *   source: "link" | "probe" | "chosen" | "page" | null
 *   unsure: boolean            the finder had close runners-up: offer "Choose another link"
 *   cookiePolicy: { url, ok, message? } | null
 *   report: Report | null      the core's report (without its text), summary for current flags
 *   error: { code, message } | null
 *   gpc: { declared: true | false | null, lastUpdate?, url? } | null
 *   fromCache: boolean
 * }
 *
 * Kept in memory and mirrored to storage.session, so a restarted service worker (or an
 * event page woken again) still answers the popup.
 */
import { api } from "../lib/browser.js";

const states = new Map();
const runs = new Map();
const key = (tabId) => `tab:${tabId}`;
const session = () => api.storage.session ?? null;

export function emptyState(tabId, pageUrl = "", pageTitle = "") {
  return {
    tabId,
    pageUrl,
    pageTitle,
    status: "idle",
    candidates: [],
    optOut: [],
    policy: null,
    source: null,
    unsure: false,
    cookiePolicy: null,
    report: null,
    error: null,
    gpc: null,
    fromCache: false,
  };
}

export async function getState(tabId) {
  if (states.has(tabId)) return states.get(tabId);
  const s = session();
  const stored = s ? (await s.get(key(tabId)))[key(tabId)] : null;
  if (stored && stored.tabId === tabId) states.set(tabId, stored);
  return states.get(tabId) ?? null;
}

/**
 * The state held in memory, read without waiting: for a caller that must not let another event
 * change the state between reading and replacing it (memory is filled by getState and allStates).
 */
export function peekState(tabId) {
  return states.get(tabId) ?? null;
}

export async function setState(tabId, state) {
  states.set(tabId, state);
  const s = session();
  if (s) await s.set({ [key(tabId)]: state }).catch(() => {});
}

export async function forget(tabId) {
  states.delete(tabId);
  runs.delete(tabId);
  const s = session();
  if (s) await s.remove(key(tabId)).catch(() => {});
}

/** Every known tab state (memory and session). */
export async function allStates() {
  const s = session();
  if (s) {
    const stored = await s.get(null);
    for (const [k, v] of Object.entries(stored)) {
      if (k.startsWith("tab:") && v && Number.isInteger(v.tabId) && !states.has(v.tabId)) states.set(v.tabId, v);
    }
  }
  return [...states.values()];
}

/**
 * Starts a new run for a tab and returns a function telling whether it is still the latest
 * (a navigation or a newer request makes older runs drop their results).
 */
export function startRun(tabId) {
  const n = (runs.get(tabId) ?? 0) + 1;
  runs.set(tabId, n);
  return () => runs.get(tabId) === n;
}
