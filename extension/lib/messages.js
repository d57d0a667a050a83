/**
 * The one message schema of the extension.
 *
 * Every message is a plain object `{ type, ...fields }`. `from` says who may send it: `content`
 * (our content script, in a tab's top frame) or `page` (our own popup/options pages). The
 * background's dispatcher checks the sender first, then `validate()`, and drops anything else.
 *
 *   type            from      fields                                        reply
 *   --------------  --------  --------------------------------------------  -----------------------
 *   page-links      content   url: http(s) string, title: string,           { ok }
 *                             heading: string (the first <h1>),
 *                             lastIndex: int (index of the page's last link),
 *                             records: LinkRecord[] (≤ MAX_RECORDS; only the
 *                             candidate links, see content.js)
 *   get-tab-state   page      tabId: int                                    TabState
 *   reanalyse       page      tabId: int                                    TabState
 *   choose-link     page      tabId: int, url: http(s) string               TabState
 *   analyse-page    page      tabId: int                                    TabState
 *   get-model       page      —                                             { practices, defaultFlags, version }
 *   clear-cache     page      —                                             { ok, cleared }
 *   cache-stats     page      —                                             { entries, bytes }
 *
 * Sent by the background (not accepted by the dispatcher):
 *   get-page-text   → content script of one tab, reply { url, title, text } (document.body.innerText)
 *   tab-state-changed { tabId } → open popups, which then ask get-tab-state again
 *
 * LinkRecord (what content.js collects; mirrors the core's LinkRecord, src/links/mod.rs):
 *   { href, text, title, ariaLabel, rel, region, index, visible }
 *   region ∈ REGIONS; strings capped at MAX_TEXT (href at MAX_URL); index is the link's
 *   position among all the page's links (document order), so at most lastIndex.
 *
 * TabState (background/tabs.js): { tabId, pageUrl, status, ... } — see tabs.js.
 *
 * content.js is a classic script (MV3 content scripts cannot be modules), so it repeats the
 * two type names and limits it needs; keep them in step with this file.
 */

export const MSG = Object.freeze({
  PAGE_LINKS: "page-links",
  GET_TAB_STATE: "get-tab-state",
  REANALYSE: "reanalyse",
  CHOOSE_LINK: "choose-link",
  ANALYSE_PAGE: "analyse-page",
  GET_MODEL: "get-model",
  CLEAR_CACHE: "clear-cache",
  CACHE_STATS: "cache-stats",
  GET_PAGE_TEXT: "get-page-text",
  TAB_STATE_CHANGED: "tab-state-changed",
});

export const MAX_RECORDS = 10000;
export const MAX_TEXT = 200;
export const MAX_URL = 2048;
export const REGIONS = Object.freeze(["header", "nav", "footer", "dialog", "main", ""]);

const isInt = (v) => Number.isSafeInteger(v) && v >= 0;
const isStr = (max) => (v) => typeof v === "string" && v.length <= max;
const isHttpUrl = (v) => {
  if (typeof v !== "string" || v.length > MAX_URL) return false;
  try {
    const u = new URL(v);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
};

function isRecord(r) {
  return (
    r !== null &&
    typeof r === "object" &&
    isStr(MAX_URL)(r.href) &&
    isStr(MAX_TEXT)(r.text) &&
    isStr(MAX_TEXT)(r.title) &&
    isStr(MAX_TEXT)(r.ariaLabel) &&
    isStr(MAX_TEXT)(r.rel) &&
    REGIONS.includes(r.region) &&
    isInt(r.index) &&
    typeof r.visible === "boolean"
  );
}

const isRecords = (v) => Array.isArray(v) && v.length <= MAX_RECORDS && v.every(isRecord);

/** type → { from, fields: { name: check } } */
const SCHEMA = {
  [MSG.PAGE_LINKS]: {
    from: "content",
    fields: { url: isHttpUrl, title: isStr(1000), heading: isStr(1000), lastIndex: isInt, records: isRecords },
  },
  [MSG.GET_TAB_STATE]: { from: "page", fields: { tabId: isInt } },
  [MSG.REANALYSE]: { from: "page", fields: { tabId: isInt } },
  [MSG.CHOOSE_LINK]: { from: "page", fields: { tabId: isInt, url: isHttpUrl } },
  [MSG.ANALYSE_PAGE]: { from: "page", fields: { tabId: isInt } },
  [MSG.GET_MODEL]: { from: "page", fields: {} },
  [MSG.CLEAR_CACHE]: { from: "page", fields: {} },
  [MSG.CACHE_STATS]: { from: "page", fields: {} },
};

/**
 * Who sent a message: "content" (our content script in a tab's top frame), "page" (one of our
 * own extension pages) or null (anyone else: other extensions, web pages, subframes).
 */
export function senderKind(sender, runtimeId, extensionOrigin) {
  if (!sender || sender.id !== runtimeId) return null;
  const url = typeof sender.url === "string" ? sender.url : "";
  if (url.startsWith(extensionOrigin)) return "page";
  if (sender.tab && Number.isInteger(sender.tab.id) && sender.frameId === 0) return "content";
  return null;
}

/**
 * Checks a message against the schema: `{ ok: true }`, or `{ ok: false, error }` saying why not.
 * Unknown fields are an error too, so nothing unexpected reaches a handler.
 */
export function validate(msg, from) {
  if (msg === null || typeof msg !== "object" || Array.isArray(msg)) return { ok: false, error: "not an object" };
  const spec = Object.hasOwn(SCHEMA, msg.type) ? SCHEMA[msg.type] : null;
  if (!spec) return { ok: false, error: `unknown type ${JSON.stringify(String(msg.type)).slice(0, 40)}` };
  if (spec.from !== from) return { ok: false, error: `${msg.type} is not accepted from ${from}` };
  for (const key of Object.keys(msg)) {
    if (key !== "type" && !Object.hasOwn(spec.fields, key)) return { ok: false, error: `unexpected field ${key}` };
  }
  for (const [key, check] of Object.entries(spec.fields)) {
    if (!check(msg[key])) return { ok: false, error: `bad field ${key}` };
  }
  return { ok: true };
}
