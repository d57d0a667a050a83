/**
 * The background's entry point (Chrome: module service worker; Firefox: module event page).
 * One job: accept messages and browser events, check them, and hand them to analysis.js.
 *
 * A message is handled only when it comes from our own content script (a tab's top frame) or
 * our own pages, and only when it matches the schema of lib/messages.js for that sender.
 * Listeners are registered synchronously at start-up, as MV3 requires; the core loads in
 * core.js and every handler awaits it.
 */
import { api, extensionOrigin } from "../lib/browser.js";
import { MSG, senderKind, validate } from "../lib/messages.js";
import { OPTIONS_KEY } from "../lib/options.js";
import { analysePage, chooseLink, onLoaded, onNavigate, onOptionsChanged, onPageLinks, reanalyse } from "./analysis.js";
import * as cache from "./cache.js";
import { core, warmUp } from "./core.js";
import { allStates, forget, getState } from "./tabs.js";

const handlers = {
  [MSG.PAGE_LINKS]: (msg, sender) => onPageLinks(sender.tab.id, msg).then(() => ({ ok: true })),
  [MSG.GET_TAB_STATE]: (msg) => getState(msg.tabId),
  [MSG.REANALYSE]: (msg) => reanalyse(msg.tabId),
  [MSG.CHOOSE_LINK]: (msg) => chooseLink(msg.tabId, msg.url),
  [MSG.ANALYSE_PAGE]: (msg) => analysePage(msg.tabId),
  [MSG.GET_MODEL]: async () => {
    const wasm = await core();
    return { practices: wasm.practices(), defaultFlags: wasm.defaultFlags(), version: wasm.version() };
  },
  [MSG.CLEAR_CACHE]: async () => ({ ok: true, cleared: await cache.clear() }),
  [MSG.CACHE_STATS]: () => cache.stats(),
};

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const from = senderKind(sender, api.runtime.id, extensionOrigin);
  if (!from) return false;
  const check = validate(msg, from);
  if (!check.ok) {
    sendResponse({ error: check.error });
    return false;
  }
  handlers[msg.type](msg, sender).then(
    (reply) => sendResponse(reply ?? null),
    (e) => sendResponse({ error: String(e?.message ?? e) }),
  );
  return true; // reply comes asynchronously
});

/** How long after "complete" a page's content script has surely reported (it runs at idle). */
const REPORT_GRACE_MS = 4000;

api.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === "loading") {
    warmUp(); // F7: compile the engine while the page loads (once per worker)
    onNavigate(tabId);
  }
  if (change.status === "complete") setTimeout(() => onLoaded(tabId), REPORT_GRACE_MS);
});
api.tabs.onRemoved.addListener((tabId) => forget(tabId));

api.storage.onChanged.addListener((changes, area) => {
  if (area === "sync" && changes[OPTIONS_KEY]) allStates().then((states) => onOptionsChanged(states.map((s) => s.tabId)));
});
