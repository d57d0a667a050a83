/**
 * The report cache, in storage.local. One job: remember analyses so a policy is fetched and
 * read once a week, not on every page load.
 *
 * Layout (two levels, so one analysis serves every URL that returns the same text):
 *   "policy:<url>"                 { schema, version, hash, etag, lastModified, fetchedAt }
 *   "report:<version>:<hash>"      { schema, report }       hash = SHA-256 of the fetched bytes
 *   "cache:index"                  { schema, entries: { <url>: { usedAt, bytes, reportKey } } }
 *
 * - A lookup is a hit only for the running analyser version (`version()` of the core) and the
 *   current SCHEMA; anything else, or anything malformed, is ignored and dropped.
 * - Entries older than TTL_MS are "stale": the caller revalidates with If-None-Match /
 *   If-Modified-Since and calls `revalidated()` on 304, or re-analyses (the hash may still
 *   match, then `reportForHash()` saves the analysis).
 * - At most MAX_ENTRIES URLs and about MAX_BYTES of reports; the least recently used go first.
 * Writes are serialised in this worker (the only writer), so the index stays consistent.
 */
import { api } from "../lib/browser.js";

export const SCHEMA = 1;
export const TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const MAX_ENTRIES = 300;
export const MAX_BYTES = 4 * 1024 * 1024;

const INDEX = "cache:index";
const policyKey = (url) => `policy:${url}`;
const reportKey = (version, hash) => `report:${version}:${hash}`;

let queue = Promise.resolve();
/** Runs `fn` after every earlier cache operation (read-modify-write of the index is atomic). */
function serial(fn) {
  const run = queue.then(fn, fn);
  queue = run.catch(() => {});
  return run;
}

const storage = () => api.storage.local;

async function readIndex() {
  const got = (await storage().get(INDEX))[INDEX];
  if (got && got.schema === SCHEMA && got.entries && typeof got.entries === "object") return got;
  return { schema: SCHEMA, entries: {} };
}

function isPolicyRecord(r, version) {
  return (
    r &&
    r.schema === SCHEMA &&
    r.version === version &&
    typeof r.hash === "string" &&
    typeof r.fetchedAt === "number" &&
    (r.etag === null || typeof r.etag === "string") &&
    (r.lastModified === null || typeof r.lastModified === "string")
  );
}

const isReportRecord = (r) =>
  r && r.schema === SCHEMA && r.report && typeof r.report === "object" && Array.isArray(r.report.findings);

/** SHA-256 of the bytes, hex. */
export async function contentHash(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The cached analysis of `url` for this analyser version:
 * `{ report, fresh, etag, lastModified, hash }`, or null.
 */
export function lookup(url, version) {
  return serial(async () => {
    const pk = policyKey(url);
    const rec = (await storage().get(pk))[pk];
    if (!rec) return null;
    if (!isPolicyRecord(rec, version)) {
      await drop(url);
      return null;
    }
    const rk = reportKey(version, rec.hash);
    const stored = (await storage().get(rk))[rk];
    if (!isReportRecord(stored)) {
      await drop(url);
      return null;
    }
    const index = await readIndex();
    if (index.entries[url]) {
      index.entries[url].usedAt = Date.now();
      await storage().set({ [INDEX]: index });
    }
    return {
      report: stored.report,
      fresh: Date.now() - rec.fetchedAt < TTL_MS,
      etag: rec.etag,
      lastModified: rec.lastModified,
      hash: rec.hash,
    };
  });
}

/** An analysis of the same bytes under another URL (or before a re-fetch), or null. */
export function reportForHash(version, hash) {
  return serial(async () => {
    const rk = reportKey(version, hash);
    const stored = (await storage().get(rk))[rk];
    return isReportRecord(stored) ? stored.report : null;
  });
}

/** Stores the analysis of `url`, then evicts the least recently used beyond the bounds. */
export function store(url, version, { hash, etag, lastModified, report }) {
  return serial(async () => {
    const rk = reportKey(version, hash);
    const bytes = JSON.stringify(report).length;
    if (bytes > MAX_BYTES) return;
    await storage().set({
      [policyKey(url)]: { schema: SCHEMA, version, hash, etag: etag ?? null, lastModified: lastModified ?? null, fetchedAt: Date.now() },
      [rk]: { schema: SCHEMA, report },
    });
    const index = await readIndex();
    index.entries[url] = { usedAt: Date.now(), bytes, reportKey: rk };
    await evict(index);
    await storage().set({ [INDEX]: index });
  });
}

/** A conditional request answered 304: the entry is fresh for another TTL. */
export function revalidated(url) {
  return serial(async () => {
    const pk = policyKey(url);
    const rec = (await storage().get(pk))[pk];
    if (rec) await storage().set({ [pk]: { ...rec, fetchedAt: Date.now() } });
  });
}

async function evict(index) {
  const urls = Object.keys(index.entries).sort((a, b) => index.entries[a].usedAt - index.entries[b].usedAt);
  const reportBytes = () => {
    const seen = new Map();
    for (const e of Object.values(index.entries)) seen.set(e.reportKey, e.bytes);
    return [...seen.values()].reduce((a, b) => a + b, 0);
  };
  const gone = [];
  while (urls.length && (urls.length > MAX_ENTRIES || reportBytes() > MAX_BYTES)) {
    const url = urls.shift();
    const { reportKey: rk } = index.entries[url];
    delete index.entries[url];
    gone.push(policyKey(url));
    if (!Object.values(index.entries).some((e) => e.reportKey === rk)) gone.push(rk);
  }
  if (gone.length) await storage().remove(gone);
}

async function drop(url) {
  const index = await readIndex();
  const entry = index.entries[url];
  const gone = [policyKey(url)];
  if (entry) {
    delete index.entries[url];
    if (!Object.values(index.entries).some((e) => e.reportKey === entry.reportKey)) gone.push(entry.reportKey);
    await storage().set({ [INDEX]: index });
  }
  await storage().remove(gone);
}

/** Removes every cache key; returns how many analyses were dropped. */
export function clear() {
  return serial(async () => {
    const all = await storage().get(null);
    const keys = Object.keys(all).filter((k) => k === INDEX || k.startsWith("policy:") || k.startsWith("report:"));
    await storage().remove(keys);
    return keys.filter((k) => k.startsWith("policy:")).length;
  });
}

/** `{ entries, bytes }` for the options page. */
export function stats() {
  return serial(async () => {
    const index = await readIndex();
    const entries = Object.values(index.entries);
    return { entries: entries.length, bytes: entries.reduce((a, e) => a + e.bytes, 0) };
  });
}
