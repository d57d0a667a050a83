// Fineprint content script: observes, never decides.
//
// On each page load it looks at every link (a[href], area[href], link[rel~=privacy-policy]) and
// sends a record for each candidate — a link whose text, title, aria-label, rel or href holds a
// word of the core's keyword table — to the background, which ranks them with the core. On a
// 5,000-link page that is a handful of records instead of 5,000: the expensive fields (landmark
// region, rendering) are computed for those only. On request it hands over the page's rendered
// text ("Analyse this page").
// A classic script (MV3 content scripts cannot be modules): the message names and limits below
// repeat those of lib/messages.js, and the link filter (from the core's keyword table) is
// inlined by build.sh.
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
  const MAX_HEADING = 300;

  // The candidate filter: the words of src/links/candidate.rs (`fineprint links --keywords-json`)
  // as regexes, built by extension/link-filter.mjs and written here by build.sh (see there).
  // `url` is for hrefs. For texts, `words` is the exact test, on a text lowercased and folded;
  // `quick` is one cheap pass over the raw text, which most link texts fail: it passes every
  // text `words` would match (an ASCII word in any case, a non-ASCII character) and blank texts
  // (the link may be an image with alt text). `fold` is the character folding of the core's
  // normaliser (é → e, ß → ss, full-width → ASCII), `folded` its characters. Null in the
  // unbuilt source: then every link is sent, as the core can rank them all.
  const FILTER = /*@link-keywords@*/ null;
  const URL_WORDS = FILTER && FILTER.url;
  const QUICK = FILTER && FILTER.quick;
  const TEXT_WORDS = FILTER && FILTER.words;
  const FOLDED = FILTER && FILTER.folded;
  const FOLD = FILTER && FILTER.fold;
  const NON_ASCII = /[^\0-\x7f]/;

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

  /** The href after its host (path, query, fragment), as the core's filter reads it. */
  function afterHost(href) {
    const at = href.indexOf("://");
    if (at < 0) return href;
    for (let i = at + 3; i < href.length; i++) {
      const c = href.charCodeAt(i);
      if (c === 47 || c === 63 || c === 35) return href.slice(i); // / ? #
    }
    return "";
  }

  /** Whether a text holds a filter word once lowercased and folded as the core folds it. */
  function names(text) {
    let s = text.toLowerCase();
    if (NON_ASCII.test(s)) s = s.replace(FOLDED, (c) => FOLD[c]);
    return TEXT_WORDS.test(s);
  }

  /**
   * A link's text as the core reads it: its text, or for a link that is only an image (a
   * footer logo, an `<area>`), the image's alt text. The querySelector runs only for links
   * without text, which are few.
   */
  function linkText(el) {
    const text = el.textContent;
    if (text && text.trim()) return text;
    const alt = el.localName === "area" ? el.getAttribute("alt") : el.querySelector("img[alt]")?.getAttribute("alt");
    return alt || text;
  }

  /** Whether a link's text names something; `textContent` is its textContent, already read. */
  function textNames(el, textContent) {
    const text = textContent && textContent.trim() ? textContent : linkText(el);
    return !!text && names(text);
  }

  /** Whether a link's title, aria-label or rel names something. */
  function namedByAttributes(el) {
    const more = [el.getAttribute("title"), el.getAttribute("aria-label"), el.getAttribute("rel")].join("\n");
    return more.length > 2 && names(more);
  }

  /** How many of `anchors` (in document order) come before `el`. */
  function anchorsBefore(anchors, el) {
    let lo = 0;
    let hi = anchors.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (anchors[mid].compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** An href the message can carry: too long ones are left out, as before the filter. */
  const fits = (href, resolved) => typeof href === "string" && !(resolved && !href) && href.length <= MAX_URL;

  /**
   * Adds the record of a link that passed the filter (`isLink`: a <link rel=privacy-policy>).
   * `raw` is the href as the filter read it (resolved if `resolve`).
   */
  function addRecord(records, el, index, isLink, raw, resolve) {
    const href = resolve ? raw : el.href;
    if (!fits(href, true)) return;
    records.push({
      href,
      text: isLink ? "" : clip(linkText(el), MAX_TEXT),
      title: clip(el.getAttribute("title"), MAX_TEXT),
      ariaLabel: clip(el.getAttribute("aria-label"), MAX_TEXT),
      rel: clip(el.getAttribute("rel"), MAX_TEXT),
      region: isLink ? "" : region(el),
      index,
      visible: !isLink && el.getClientRects().length > 0,
    });
  }

  /**
   * The records of the candidate links (a[href], area[href], link[rel~=privacy-policy]), and the
   * index of the page's last link: the ranking scores "near the end of the page" against it, so
   * `index` stays the position among all of them, in document order. `document.links` is the
   * a/area list the browser keeps anyway (a selector query over the whole page costs as much
   * as the filter); the few `<link>`s are put in their place.
   *
   * A candidate is a link whose href, text, or title/aria-label/rel holds a filter word: at
   * least what the core's `links::is_candidate` keeps, from cheap fields only (no layout, no
   * URL resolution). `href` is the attribute as written: it holds every word of the resolved
   * path, unless the base URL's own path names a policy (then `href` is the resolved one). The
   * raw text holds every word of the clipped one. The loop runs once per link, so its common
   * case (no word anywhere) is written out in it, with no call of ours per link (on a
   * 5,000-link page those calls cost ~0.1 ms, as much as a regex test).
   */
  function collect() {
    const anchors = document.links;
    const declared = [];
    for (const el of document.getElementsByTagName("link")) {
      if (/(^|\s)privacy-policy(\s|$)/i.test(el.getAttribute("rel") || "")) declared.push([anchorsBefore(anchors, el), el]);
    }
    const records = [];
    const filter = FILTER !== null;
    const resolve = !filter || URL_WORDS.test(afterHost(document.baseURI || ""));
    const n = anchors.length;
    const urlWords = URL_WORDS;
    const quick = QUICK;
    const maxUrl = MAX_URL;
    const maxRecords = MAX_RECORDS;
    let links = 0;
    let lastIndex = 0;
    let i = 0;
    let d = 0;
    let at = declared.length > 0 ? declared[0][0] : -1; // where the next <link> goes
    for (let j = 0; j <= n && links < maxRecords; j++) {
      if (j === at) {
        for (; d < declared.length && declared[d][0] === j && links < maxRecords; d++) {
          const el = declared[d][1];
          const raw = resolve ? el.href : el.getAttribute("href");
          const index = i++;
          if (!fits(raw, resolve)) continue;
          links++;
          lastIndex = index;
          addRecord(records, el, index, true, raw, resolve);
        }
        at = d < declared.length ? declared[d][0] : -1;
        if (links >= maxRecords) break;
      }
      if (j === n) break;
      const el = anchors[j];
      const raw = resolve ? el.href : el.getAttribute("href");
      const index = i++;
      if (typeof raw !== "string" || (resolve && !raw) || raw.length > maxUrl) continue; // !fits()
      links++;
      lastIndex = index;
      if (filter && !urlWords.test(raw)) {
        const text = el.textContent;
        // One test rules out most texts: no word, no non-ASCII character, and not blank.
        if (!(quick.test(text) && textNames(el, text)) && (el.attributes.length < 2 || !namedByAttributes(el))) continue;
      }
      addRecord(records, el, index, false, raw, resolve);
    }
    return { records, lastIndex };
  }

  function send() {
    try {
      const { records, lastIndex } = collect();
      const h1 = document.querySelector("h1");
      const heading = h1 ? clip(h1.textContent, MAX_HEADING) : "";
      api.runtime
        .sendMessage({ type: PAGE_LINKS, url: location.href, title: clip(document.title, 1000), heading, lastIndex, records })
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
