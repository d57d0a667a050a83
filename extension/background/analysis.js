/**
 * From a page's link records to a badge: the one path of the background.
 *
 *   page links ─core.findPolicyLinks─▶ best policy link (or a HEAD probe of conventionalPaths)
 *     ─cache.lookup─▶ hit: report │ miss/stale: fetchPolicy ─core.analyze─▶ report ─cache.store
 *     (+ a linked cookie policy, read for the practices the policy itself leaves unmentioned)
 *     ─core.summarize(current flags)─▶ tab state ─▶ badge, open popups
 *
 * Every outcome is a tab state (tabs.js): nothing fails silently.
 */
import { api } from "../lib/browser.js";
import { MSG } from "../lib/messages.js";
import { effectiveFlags, isSkipped, readOptions } from "../lib/options.js";
import { showBadge } from "./badge.js";
import * as cache from "./cache.js";
import { core } from "./core.js";
import { checkTarget, failure, fetchGpcDeclaration, fetchPolicy } from "./fetch.js";
import { emptyState, getState, peekState, setState, startRun } from "./tabs.js";

/** A runner-up scoring at least this share of the best policy link makes the choice "unsure". */
const UNSURE_RATIO = 0.75;
const MAX_PROBES = 6;
const NOT_A_POLICY =
  "This page has almost no readable policy text; it may need JavaScript to show it. Open it and use “Analyse this page”.";

async function flagsNow() {
  const [wasm, options] = await Promise.all([core(), readOptions()]);
  return { wasm, options, flags: effectiveFlags(wasm.defaultFlags(), options.flagOverrides) };
}

/** Stores a tab's state, shows it on the badge and tells open popups. */
async function publish(tabId, state) {
  await setState(tabId, state);
  await showBadge(tabId, state);
  api.runtime.sendMessage({ type: MSG.TAB_STATE_CHANGED, tabId }).catch(() => {});
  return state;
}

/** A tab started loading a new document: forget what it showed. */
export async function onNavigate(tabId) {
  startRun(tabId);
  await publish(tabId, { ...emptyState(tabId), status: "loading" });
}

/**
 * The content script's link records for a freshly loaded page: its candidate links only, with
 * the index of its last link (for "near the end of the page") and its title and first heading
 * (a policy page, a privacy hub).
 */
export async function onPageLinks(tabId, { url, title, heading, lastIndex, records }) {
  const isCurrent = startRun(tabId);
  const { wasm, options } = await flagsNow();
  const base = emptyState(tabId, url, title);
  if (isSkipped(new URL(url).hostname, options.skipSites)) return publish(tabId, { ...base, status: "skipped" });
  let candidates = [];
  try {
    candidates = wasm.findPolicyLinks(url, records, { title, heading, lastIndex });
  } catch {
    // Malformed records cannot get past the message guard; an error here means no candidates.
  }
  const policies = candidates.filter((c) => c.kind === "policy");
  const state = {
    ...base,
    candidates,
    optOut: candidates.filter((c) => c.kind === "opt_out"),
    unsure: policies.length > 1 && policies[1].score >= UNSURE_RATIO * policies[0].score,
  };
  if (!isCurrent()) return null;
  if (options.mode === "click") return publish(tabId, state);
  return analyse(tabId, state, isCurrent);
}

/** The tab finished loading: a page our content script never reported on is not readable. */
export async function onLoaded(tabId) {
  const state = await getState(tabId);
  if (state?.status === "loading") await publish(tabId, { ...state, status: "unsupported" });
}

/**
 * "Analyse again" (or the first analysis in on-click mode): fresh fetch, same link choice.
 * A tab we know nothing about (opened before the extension was installed) gets the content
 * script now; its report starts the usual path.
 */
export async function reanalyse(tabId) {
  const state = await getState(tabId);
  if (!state || !state.pageUrl) {
    try {
      await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ["content.js"] });
    } catch {
      // not a web page (browser pages, the store, PDFs): nothing to read
      return publish(tabId, { ...(state ?? emptyState(tabId)), status: "unsupported" });
    }
    return getState(tabId);
  }
  if (state.source === "page") return analysePage(tabId);
  const isCurrent = startRun(tabId);
  const keep = state.source === "chosen" ? state.policy : null;
  const force = state.status !== "idle"; // the first analysis in on-click mode may use the cache
  return analyse(tabId, { ...state, report: null, error: null }, isCurrent, { force, policy: keep });
}

/** "Choose another link": analyse the link the user picked among the candidates. */
export async function chooseLink(tabId, url) {
  const state = await getState(tabId);
  if (!state || !state.pageUrl) return state;
  const picked = state.candidates.find((c) => c.url === url);
  if (!picked) return state; // only links the page itself offered
  const isCurrent = startRun(tabId);
  const policy = { ...picked, reasons: ["You chose this link", ...picked.reasons] };
  return analyse(tabId, { ...state, report: null, error: null }, isCurrent, { policy });
}

/** "Analyse this page": the rendered text of the tab itself, read as a policy. */
export async function analysePage(tabId) {
  const state = (await getState(tabId)) ?? emptyState(tabId);
  const isCurrent = startRun(tabId);
  await publish(tabId, { ...state, status: "working", report: null, error: null });
  let reply = null;
  try {
    reply = await api.tabs.sendMessage(tabId, { type: MSG.GET_PAGE_TEXT }, { frameId: 0 });
  } catch {
    // no content script in this tab (a browser page, or loaded before the extension)
  }
  if (!reply || typeof reply.text !== "string" || typeof reply.url !== "string") {
    return publish(tabId, {
      ...state,
      status: "failed",
      error: { code: "no-page-text", message: "Fineprint cannot read this page. Reload it and try again." },
    });
  }
  const { wasm, flags } = await flagsNow();
  const report = analyzeInput(wasm, reply.text, { url: reply.url, contentType: "text/plain", flags });
  if (!isCurrent()) return null;
  if (!report.ok) return publish(tabId, { ...state, status: "failed", error: report.error });
  const policy = { url: reply.url, kind: "policy", score: 0, text: reply.title, reasons: ["You asked to read this page itself"] };
  return publish(tabId, { ...state, status: "done", source: "page", policy, report: report.report, fromCache: false });
}

/**
 * The options changed: re-badge every tab from its report, without fetching anything.
 * Each tab's state is read again (from memory, which allStates filled) just before it is
 * re-badged, with nothing awaited in between:
 * a tab that navigated while the options were being read keeps its new state (re-publishing the
 * snapshot would put the old page's badge back on it).
 */
export async function onOptionsChanged(tabIds) {
  const { wasm, options, flags } = await flagsNow();
  for (const tabId of tabIds) {
    const state = peekState(tabId);
    if (!state) continue;
    let next = state;
    const host = safeHost(state.pageUrl);
    if (host && isSkipped(host, options.skipSites)) next = { ...emptyState(state.tabId, state.pageUrl, state.pageTitle), status: "skipped" };
    else if (state.status === "done" && state.report) {
      next = { ...state, report: { ...state.report, summary: wasm.summarize(state.report, flags) } };
    } else if (state.status === "skipped") next = { ...state, status: "idle" }; // un-skipped: analysed on click or next load
    await publish(tabId, next);
  }
}

function safeHost(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

const gpcDeclarations = new Map(); // origin → { at, promise }
const GPC_TTL_MS = 24 * 60 * 60 * 1000;

/** The site's /.well-known/gpc.json, fetched at most once a day per origin. */
function gpcDeclaration(pageUrl) {
  const origin = new URL(pageUrl).origin;
  const known = gpcDeclarations.get(origin);
  if (known && Date.now() - known.at < GPC_TTL_MS) return known.promise;
  const promise = fetchGpcDeclaration(pageUrl);
  gpcDeclarations.set(origin, { at: Date.now(), promise });
  if (gpcDeclarations.size > 500) gpcDeclarations.delete(gpcDeclarations.keys().next().value);
  return promise;
}

async function analyse(tabId, state, isCurrent, { force = false, policy = null } = {}) {
  const working = { ...state, status: "working" };
  await publish(tabId, working);
  const gpc = gpcDeclaration(state.pageUrl);
  const finish = async (fields) => {
    const next = { ...working, ...fields, gpc: await gpc };
    return isCurrent() ? publish(tabId, next) : null;
  };

  let source = policy ? "chosen" : "link";
  policy ??= state.candidates.find((c) => c.kind === "policy") ?? null;
  if (!policy) {
    policy = await probeConventionalPaths(state.pageUrl);
    source = "probe";
  }
  if (!isCurrent()) return null;
  if (!policy) return finish({ status: "no-policy", policy: null, source: null });

  const { wasm, flags } = await flagsNow();
  const got = await reportFor(wasm, policy.url, state.pageUrl, force);
  if (!isCurrent()) return null;
  if (!got.ok) return finish({ status: "failed", policy, source, error: got.error });

  let report = got.report;
  let cookiePolicy = null;
  const cookie = state.candidates.find((c) => c.kind === "cookie_policy" && c.url !== policy.url);
  if (cookie && report.looksLikePolicy) {
    const cookieGot = await reportFor(wasm, cookie.url, state.pageUrl, force);
    cookiePolicy = cookieGot.ok ? { url: cookie.url, ok: true } : { url: cookie.url, ok: false, message: cookieGot.error.message };
    if (cookieGot.ok) report = withCookiePolicy(report, cookieGot.report, cookie.url);
  }
  report = { ...report, summary: wasm.summarize(report, flags) };
  const error = report.looksLikePolicy ? null : { code: "not-a-policy", message: NOT_A_POLICY };
  return finish({ status: "done", policy, source, report, error, cookiePolicy, fromCache: got.fromCache });
}

/** HEAD-probes the core's conventional policy addresses; the first that serves a page wins. */
async function probeConventionalPaths(pageUrl) {
  const wasm = await core();
  let paths = [];
  try {
    paths = wasm.conventionalPaths(pageUrl);
  } catch {
    return null;
  }
  for (const url of paths.slice(0, MAX_PROBES)) {
    const got = await fetchPolicy(url, pageUrl, { method: "HEAD" });
    if (got.ok && got.status === 200) {
      const path = new URL(got.url).pathname;
      return { url: got.url, kind: "policy", score: 0, text: "", reasons: [`No policy link on the page; the site serves one at ${path}`] };
    }
  }
  return null;
}

function analyzeInput(wasm, input, options) {
  try {
    const { text: _text, ...report } = wasm.analyze(input, options);
    return { ok: true, report };
  } catch (e) {
    return { ok: false, error: { code: "unreadable", message: `Fineprint could not read the policy (${String(e?.message ?? e).slice(0, 120)}).` } };
  }
}

const inFlight = new Map(); // policy URL → promise of reportFor: tabs of one site share a fetch

/**
 * The report for a policy URL: from the cache when fresh, else fetched (conditionally when a
 * stale entry has validators) and analysed. `{ ok, report, fromCache }` or a fetch failure.
 */
function reportFor(wasm, url, pageUrl, force) {
  const key = `${url} ${force} ${safeHost(pageUrl)}`;
  if (!inFlight.has(key)) {
    inFlight.set(key, fetchAndAnalyse(wasm, url, pageUrl, force).finally(() => inFlight.delete(key)));
  }
  return inFlight.get(key);
}

async function fetchAndAnalyse(wasm, url, pageUrl, force) {
  const refused = checkTarget(url, pageUrl);
  if (refused) return refused;
  const version = wasm.version();
  const cached = await cache.lookup(url, version);
  if (cached && cached.fresh && !force) return { ok: true, report: cached.report, fromCache: true };
  const got = await fetchPolicy(url, pageUrl, cached ? { etag: cached.etag, lastModified: cached.lastModified } : {});
  if (!got.ok) return got;
  if (got.status === 304) {
    if (!cached) return failure("http-error", { status: 304, url });
    await cache.revalidated(url);
    return { ok: true, report: cached.report, fromCache: true };
  }
  const hash = await cache.contentHash(got.bytes);
  let report = await cache.reportForHash(version, hash);
  if (report) report = { ...report, url: got.url };
  else {
    const analysed = analyzeInput(wasm, got.bytes, { url: got.url, charset: got.charset ?? undefined, contentType: got.mime || undefined });
    if (!analysed.ok) return analysed;
    report = analysed.report;
  }
  await cache.store(url, version, { hash, etag: got.etag, lastModified: got.lastModified, report });
  return { ok: true, report, fromCache: false };
}

/**
 * Completes a policy with its linked cookie policy: a practice the policy leaves unmentioned
 * takes the cookie policy's finding, its evidence marked with the cookie policy's URL.
 */
function withCookiePolicy(report, cookieReport, cookieUrl) {
  const findings = report.findings.map((f) => {
    if (f.verdict !== "not_mentioned") return f;
    const c = cookieReport.findings.find((x) => x.practice === f.practice);
    if (!c || c.verdict === "not_mentioned") return f;
    return { ...c, evidence: c.evidence.map((e) => ({ ...e, url: cookieUrl })) };
  });
  return { ...report, findings };
}
