/**
 * Fetching policies, safely and within limits. One job: URL in, bytes (or a named failure) out.
 *
 * - Only http(s). A private-network or loopback address is fetched only when the page that
 *   pointed there is served from that same host name (so a public site cannot make us probe
 *   the user's router, and a local test site still works). Every redirect hop is checked too.
 * - No cookies (`credentials: "omit"`), referrer reduced to the origin, no cache reuse of a
 *   cookie-bearing response (`cache: "no-store"` unless revalidating).
 * - At most MAX_BYTES (the body is streamed and the request aborted beyond it), TIMEOUT_MS for
 *   the whole exchange, at most MAX_REDIRECTS hops, HTML or plain text only.
 *
 * Redirects: fetch() hides the Location of a `redirect: "manual"` response (opaque redirect),
 * so the webRequest listener below reads it from the response headers of our own requests and
 * we follow it ourselves, checking each hop before it is requested. Where webRequest cannot
 * see our requests, we fall back to `redirect: "follow"` (the browser's own cap of 20 hops)
 * and check the final URL.
 *
 * Every failure is `{ ok: false, error: { code, message, ... } }` with one of the codes in
 * ERRORS; the popup shows the message, the badge shows "?".
 */
import { api } from "../lib/browser.js";

export const MAX_BYTES = 5 * 1024 * 1024;
export const TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 3;

export const ERRORS = Object.freeze({
  "not-http": "The policy link is not a web (http/https) address, so Fineprint does not open it.",
  "private-network":
    "The policy link points into a private network or this computer, from a site elsewhere. Fineprint does not fetch it.",
  "not-found": "The policy link is broken: the site answered 404 Not Found.",
  "http-error": "The site refused to serve its policy (HTTP {status}).",
  "server-error": "The site's server failed while serving its policy (HTTP {status}).",
  timeout: "The policy took longer than 10 seconds to load.",
  "too-large": "The policy is larger than 5 MB, more than Fineprint reads.",
  "too-many-redirects": "The policy link redirects more than 3 times.",
  pdf: "The policy is a PDF document, which Fineprint cannot read yet.",
  "unsupported-type": "The policy is not a web page or plain text.",
  network: "The policy could not be loaded (network error).",
});

export function failure(code, extra = {}) {
  const message = ERRORS[code].replace("{status}", String(extra.status));
  return { ok: false, error: { code, message, ...extra } };
}

const PRIVATE_V4 = [
  [0x00000000, 8], // 0.0.0.0/8
  [0x0a000000, 8], // 10/8
  [0x64400000, 10], // 100.64/10 (carrier-grade NAT)
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local
  [0xac100000, 12], // 172.16/12
  [0xc0a80000, 16], // 192.168/16
];

function ipv4(host) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

/** Whether a URL host name (as `URL.hostname` gives it) is loopback, private or link-local. */
export function isPrivateHost(hostname) {
  const h = hostname.toLowerCase().replace(/\.$/, "");
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (/\.(local|internal|lan|home\.arpa)$/.test(h)) return true;
  const v4 = ipv4(h);
  if (v4 !== null) return PRIVATE_V4.some(([net, bits]) => v4 >>> (32 - bits) === net >>> (32 - bits));
  if (h.startsWith("[")) {
    const v6 = h.slice(1, -1);
    if (v6 === "::" || v6 === "::1") return true;
    if (/^f[cd]/.test(v6) || /^fe[89ab]/.test(v6)) return true; // unique local, link-local
    const mapped = /^::ffff:(.+)$/.exec(v6);
    if (mapped) {
      const dotted = ipv4(mapped[1]);
      if (dotted !== null) return isPrivateHost(mapped[1]);
      const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(mapped[1]);
      if (hex) {
        const n = ((parseInt(hex[1], 16) << 16) | parseInt(hex[2], 16)) >>> 0;
        return isPrivateHost([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join("."));
      }
    }
  }
  return false;
}

/**
 * Whether we may fetch `url` for a page at `pageUrl`: `null` when allowed, else a failure.
 */
export function checkTarget(url, pageUrl) {
  let target;
  try {
    target = new URL(url);
  } catch {
    return failure("not-http", { url });
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") return failure("not-http", { url });
  if (isPrivateHost(target.hostname)) {
    let pageHost = null;
    try {
      pageHost = new URL(pageUrl).hostname;
    } catch {
      // no page: treat as public
    }
    if (pageHost !== target.hostname) return failure("private-network", { url });
  }
  return null;
}

// --- Redirect locations, read by webRequest (our own requests only: tabId -1). -------------

const locations = new Map(); // url → { location, at } | { waiters: [resolve] }
let canReadLocations = false;

if (api.webRequest?.onHeadersReceived) {
  try {
    api.webRequest.onHeadersReceived.addListener(
      (details) => {
        if (details.statusCode < 300 || details.statusCode >= 400) return;
        const header = (details.responseHeaders || []).find((h) => h.name.toLowerCase() === "location");
        deliverLocation(details.url, header ? header.value : null);
      },
      { urls: ["http://*/*", "https://*/*"], tabId: -1 },
      ["responseHeaders"],
    );
    canReadLocations = true;
  } catch {
    // No webRequest here: fetchWithRedirects uses redirect: "follow".
  }
}

function deliverLocation(url, location) {
  const slot = locations.get(url);
  if (slot?.waiters) {
    locations.delete(url);
    for (const resolve of slot.waiters) resolve(location);
    return;
  }
  locations.set(url, { location, at: Date.now() });
  if (locations.size > 100) {
    for (const [k, v] of locations) if (!v.waiters && Date.now() - v.at > 30_000) locations.delete(k);
  }
}

/**
 * The Location header of the redirect our request to `url` just got: the webRequest event
 * usually arrives a moment after fetch() resolves. `undefined` when it never comes.
 */
function redirectLocation(url, waitMs) {
  const slot = locations.get(url);
  if (slot && !slot.waiters) {
    locations.delete(url);
    return Promise.resolve(slot.location);
  }
  return new Promise((resolve) => {
    const entry = slot ?? { waiters: [] };
    locations.set(url, entry);
    const timer = setTimeout(() => {
      entry.waiters = entry.waiters.filter((w) => w !== waiter);
      if (!entry.waiters.length && locations.get(url) === entry) locations.delete(url);
      resolve(undefined);
    }, waitMs);
    const waiter = (loc) => {
      clearTimeout(timer);
      resolve(loc);
    };
    entry.waiters.push(waiter);
  });
}

// --- The fetch itself. --------------------------------------------------------------------

const TEXT_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)$/;

function parseContentType(header) {
  if (!header) return { mime: "", charset: null };
  const [mime, ...params] = header.split(";");
  let charset = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1];
  }
  return { mime: mime.trim().toLowerCase(), charset };
}

function statusFailure(status, url) {
  if (status === 404 || status === 410) return failure("not-found", { status, url });
  if (status >= 500) return failure("server-error", { status, url });
  return failure("http-error", { status, url });
}

async function readCapped(response, controller) {
  const length = Number(response.headers.get("content-length"));
  if (length > MAX_BYTES) {
    controller.abort();
    return null;
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BYTES) {
      controller.abort();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

/**
 * Fetches `url` for the page `pageUrl`.
 *
 * options: { method: "GET" | "HEAD", etag, lastModified, accept, types (RegExp of accepted MIME types) }
 * → { ok: true, status: 200, url (final), bytes (GET), mime, charset, etag, lastModified }
 * → { ok: true, status: 304, url }                  (a conditional request found no change)
 * → { ok: false, error: { code, message, status?, url? } }
 */
export async function fetchPolicy(url, pageUrl, options = {}) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, TIMEOUT_MS);
  try {
    return await fetchWithRedirects(url, pageUrl, options, controller);
  } catch (e) {
    if (timedOut) return failure("timeout", { url });
    return failure("network", { url, detail: String(e && e.message ? e.message : e).slice(0, 200) });
  } finally {
    clearTimeout(timer);
  }
}

async function fetchWithRedirects(startUrl, pageUrl, options, controller) {
  const init = {
    method: options.method || "GET",
    headers: { Accept: options.accept || "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1" },
    credentials: "omit",
    referrerPolicy: "origin",
    cache: "no-store",
    signal: controller.signal,
  };
  if (options.etag) init.headers["If-None-Match"] = options.etag;
  if (options.lastModified) init.headers["If-Modified-Since"] = options.lastModified;
  let url = startUrl;
  for (let hop = 0; ; hop++) {
    const refused = checkTarget(url, pageUrl);
    if (refused) return refused;
    if (!canReadLocations) {
      // The browser follows (its own cap is 20 hops); finish() checks where we ended up.
      return finish(await fetch(url, { ...init, redirect: "follow" }), url, pageUrl, init.method, options, controller);
    }
    const response = await fetch(url, { ...init, redirect: "manual" });
    if (response.type !== "opaqueredirect") return finish(response, url, pageUrl, init.method, options, controller);
    const location = await redirectLocation(url, 2000);
    if (location === undefined) {
      canReadLocations = false; // webRequest does not see our requests in this browser
      hop--;
      continue;
    }
    if (!location) return failure("http-error", { status: 302, url });
    if (hop + 1 > MAX_REDIRECTS) return failure("too-many-redirects", { url: startUrl });
    url = new URL(location, url).href;
  }
}

async function finish(response, requestedUrl, pageUrl, method, options, controller) {
  const finalUrl = response.url || requestedUrl;
  const refused = checkTarget(finalUrl, pageUrl);
  if (refused) {
    controller.abort();
    return refused;
  }
  if (response.status === 304) return { ok: true, status: 304, url: finalUrl };
  if (!response.ok) {
    controller.abort();
    return statusFailure(response.status, finalUrl);
  }
  const { mime, charset } = parseContentType(response.headers.get("content-type"));
  if (mime === "application/pdf") {
    controller.abort();
    return failure("pdf", { url: finalUrl });
  }
  if (mime && !(options.types || TEXT_TYPES).test(mime)) {
    controller.abort();
    return failure("unsupported-type", { url: finalUrl, mime });
  }
  const result = {
    ok: true,
    status: 200,
    url: finalUrl,
    mime,
    charset,
    etag: response.headers.get("etag"),
    lastModified: response.headers.get("last-modified"),
  };
  if (method === "HEAD") {
    controller.abort();
    return result;
  }
  const bytes = await readCapped(response, controller);
  if (!bytes) return failure("too-large", { url: finalUrl });
  return { ...result, bytes };
}

/**
 * The site's Global Privacy Control declaration (`/.well-known/gpc.json`):
 * `{ declared: true | false, lastUpdate }`, or `{ declared: null }` when there is none.
 */
export async function fetchGpcDeclaration(pageUrl) {
  let url;
  try {
    url = new URL("/.well-known/gpc.json", pageUrl).href;
  } catch {
    return { declared: null };
  }
  const got = await fetchPolicy(url, pageUrl, {
    accept: "application/json",
    types: /^(application\/json|text\/plain|application\/octet-stream)$/,
  }).catch(() => null);
  if (!got || !got.ok || !got.bytes || got.bytes.length > 10_000) return { declared: null, url };
  try {
    const json = JSON.parse(new TextDecoder().decode(got.bytes));
    if (typeof json.gpc !== "boolean") return { declared: null, url };
    const lastUpdate = typeof json.lastUpdate === "string" ? json.lastUpdate.slice(0, 40) : null;
    return { declared: json.gpc, lastUpdate, url };
  } catch {
    return { declared: null, url };
  }
}
