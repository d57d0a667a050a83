// Fineprint content script: observes, never decides.
//
// On each page load it collects one record per link (a[href], area[href],
// link[rel~=privacy-policy]) and sends them to the background, which ranks them with the core.
// On request it hands over the page's rendered text ("Analyse this page").
// A classic script (MV3 content scripts cannot be modules): the message names and limits below
// repeat those of lib/messages.js.
(() => {
  "use strict";
  // Injected again by the popup for a tab that predates the extension: run once per page.
  if (globalThis.__fineprintContent) return;
  globalThis.__fineprintContent = true;
  const api = globalThis.browser ?? globalThis.chrome;
  const PAGE_LINKS = "page-links";
  const GET_PAGE_TEXT = "get-page-text";
  const MAX_RECORDS = 10000;
  const MAX_TEXT = 200;
  const MAX_URL = 2048;
  const MAX_PAGE_TEXT = 2000000;

  const LANDMARKS =
    "header,nav,footer,dialog,[role=dialog],[role=alertdialog],[role=contentinfo],[role=navigation],[role=banner]";
  const COOKIE_BANNER =
    '[id*="cookie" i],[class*="cookie" i],[id*="consent" i],[class*="consent" i],[id*="gdpr" i],[class*="gdpr" i]';
  const ROLE_REGION = { dialog: "dialog", alertdialog: "dialog", contentinfo: "footer", navigation: "nav", banner: "header" };

  const clip = (s, max) => {
    const t = (s || "").replace(/\s+/g, " ").trim();
    return t.length > max ? t.slice(0, max) : t;
  };

  function region(el) {
    if (el.closest(COOKIE_BANNER)) return "dialog";
    const landmark = el.closest(LANDMARKS);
    if (landmark) {
      const role = landmark.getAttribute("role");
      return (role && ROLE_REGION[role]) || landmark.localName;
    }
    return el.closest("main,[role=main]") ? "main" : "";
  }

  function collect() {
    const nodes = document.querySelectorAll("a[href], area[href], link[rel~='privacy-policy' i]");
    const records = [];
    for (let i = 0; i < nodes.length && records.length < MAX_RECORDS; i++) {
      const el = nodes[i];
      const href = el.href;
      if (typeof href !== "string" || !href || href.length > MAX_URL) continue;
      const isLink = el.localName === "link";
      records.push({
        href,
        text: isLink ? "" : clip(el.textContent, MAX_TEXT),
        title: clip(el.getAttribute("title"), MAX_TEXT),
        ariaLabel: clip(el.getAttribute("aria-label"), MAX_TEXT),
        rel: clip(el.getAttribute("rel"), MAX_TEXT),
        region: isLink ? "" : region(el),
        index: i,
        visible: !isLink && el.getClientRects().length > 0,
      });
    }
    return records;
  }

  function send() {
    try {
      api.runtime
        .sendMessage({ type: PAGE_LINKS, url: location.href, title: clip(document.title, 1000), records: collect() })
        .catch(() => {});
    } catch {
      // The extension was reloaded or removed: this page's script is orphaned.
    }
  }

  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || !msg || msg.type !== GET_PAGE_TEXT) return undefined;
    const text = document.body ? document.body.innerText : "";
    sendResponse({ url: location.href, title: clip(document.title, 1000), text: text.slice(0, MAX_PAGE_TEXT) });
    return undefined;
  });

  send();
  // A page restored from the back/forward cache gets a fresh badge too.
  addEventListener("pageshow", (e) => e.persisted && send());
})();
