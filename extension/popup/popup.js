/**
 * The popup: asks the background for the tab's state and renders it. Never fetches, never
 * analyses. `?tab=<id>` selects a tab (the end-to-end tests open the popup as a page);
 * otherwise the active tab of the current window.
 */
import { api } from "../lib/browser.js";
import { MSG } from "../lib/messages.js";
import { h, renderReport, textFragmentUrl, VERDICT_LABELS } from "../lib/render.js";

const $ = (id) => document.getElementById(id);
let tabId = null;
let model = null;
let pending = false;

async function currentTabId() {
  const fromQuery = Number.parseInt(new URLSearchParams(location.search).get("tab") ?? "", 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return { id: fromQuery, url: null };
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab ? { id: tab.id, url: tab.url ?? null } : { id: null, url: null };
}

const send = (msg) => api.runtime.sendMessage(msg);

function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

function setStatus(kind, badge, title, detail = "") {
  const box = $("status");
  box.className = `status status-${kind}`;
  box.querySelector(".status-badge").textContent = badge;
  $("status-title").textContent = title;
  $("status-detail").textContent = detail;
}

/** The summary line for a finished report. */
function showSummary(state) {
  const { report } = state;
  const { summary } = report;
  const n = summary.flagged.length;
  if (!report.looksLikePolicy) return setStatus("unknown", "?", "This does not read like a privacy policy", state.error?.message ?? "");
  if (n === 0) return setStatus("green", "✓", "Nothing flagged", `${report.findings.length} practices checked against your options.`);
  return setStatus(summary.badge, String(n), `${n} flagged practice${n === 1 ? "" : "s"}`, summary.tooltip);
}

function renderPolicy(state) {
  const box = $("policy");
  box.replaceChildren();
  const p = state.policy;
  if (!p) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  const label = state.source === "page" ? "Page analysed" : "Policy analysed";
  const title = p.text || state.report?.title || p.url;
  box.append(
    h("h2", { class: "block-title", text: label }),
    h("a", { class: "policy-link", href: p.url, target: "_blank", rel: "noopener noreferrer", text: title }),
    h("p", { class: "policy-url muted", text: p.url }),
  );
  if (p.reasons?.length) {
    box.append(h("details", { class: "why" }, h("summary", { text: "Why this link?" }), h("ul", {}, p.reasons.map((r) => h("li", { text: r })))));
  }
  if (state.fromCache) box.append(h("p", { class: "muted small", text: "From Fineprint's cache (kept for a week)." }));
  if (state.cookiePolicy) {
    const c = state.cookiePolicy;
    box.append(
      h("p", { class: "small" }, c.ok ? "Also read the linked " : "Could not read the linked ", h("a", { href: c.url, target: "_blank", rel: "noopener noreferrer", text: "cookie policy" }), c.ok ? "." : `: ${c.message}`),
    );
  }
  const others = state.candidates.filter((c) => c.url !== p.url && ["policy", "cookie_policy", "terms"].includes(c.kind));
  if (others.length && state.source !== "page") {
    const list = h(
      "ul",
      { class: "candidates" },
      others.slice(0, 8).map((c) =>
        h(
          "li",
          {},
          h("button", { type: "button", class: "link-button", "data-url": c.url, onClick: () => act({ type: MSG.CHOOSE_LINK, tabId, url: c.url }) }, c.text || c.url),
          h("span", { class: "muted small", text: ` ${new URL(c.url).pathname}` }),
        ),
      ),
    );
    const choose = h("details", { class: "choose", open: state.unsure }, h("summary", { text: "Choose another link" }), list);
    if (state.unsure) box.append(h("p", { class: "small warn", text: "Fineprint was not sure which link is the policy." }));
    box.append(choose);
  }
}

function renderSignals(state) {
  const box = $("signals");
  box.replaceChildren();
  const rows = [];
  const gpcFinding = state.report?.findings.find((f) => f.practice === "gpc");
  if (state.gpc || gpcFinding) {
    const declared = state.gpc?.declared;
    const siteSays =
      declared === true ? "declares support (/.well-known/gpc.json)" : declared === false ? "declares no support (/.well-known/gpc.json)" : "no declaration (/.well-known/gpc.json)";
    rows.push(h("li", {}, h("strong", { text: "Global Privacy Control — site: " }), siteSays));
    if (gpcFinding) rows.push(h("li", {}, h("strong", { text: "Global Privacy Control — policy: " }), VERDICT_LABELS[gpcFinding.verdict]));
  }
  for (const link of state.optOut ?? []) {
    rows.push(h("li", {}, h("strong", { text: "Opt-out link: " }), h("a", { href: link.url, target: "_blank", rel: "noopener noreferrer", text: link.text || link.url })));
  }
  box.hidden = rows.length === 0;
  if (rows.length) box.append(h("h2", { class: "block-title", text: "Signals" }), h("ul", { class: "signals" }, rows));
}

function render(state, tabUrl) {
  const url = state?.pageUrl || tabUrl || "";
  $("site-name").textContent = hostOf(url) || "This tab";
  $("site-url").textContent = url;
  $("main").setAttribute("aria-busy", String(!state || state.status === "working" || state.status === "loading"));
  $("report").replaceChildren();
  $("reanalyse").disabled = !state || !state.pageUrl || state.status === "working";
  $("analyse-page").disabled = state?.status === "working";
  renderPolicy(state ?? { policy: null, candidates: [] });
  renderSignals(state ?? {});
  if (!state) return setStatus("working", "…", "Looking at this page…");
  switch (state.status) {
    case "loading":
      return setStatus("working", "…", "Waiting for the page to load…");
    case "working":
    case "idle":
      return setStatus("working", "…", "Reading the privacy policy…");
    case "unsupported":
      return setStatus("unknown", "–", "Fineprint does not read this kind of page", "It reads web pages (http and https) only.");
    case "skipped":
      return setStatus("unknown", "–", "Skipped on this site", "You listed this site in the options.");
    case "no-policy":
      return setStatus("unknown", "?", "No privacy policy found", "There is no policy link on this page, nor a policy at the usual addresses. If this page is a policy, use “Analyse this page”.");
    case "failed":
      return setStatus("unknown", "?", "Could not read the policy", state.error?.message ?? "");
    case "done": {
      showSummary(state);
      if (state.report.looksLikePolicy) {
        const policyUrl = state.policy?.url ?? state.report.url;
        $("report").append(
          renderReport(state.report, {
            practices: model?.practices ?? [],
            evidenceHref: (e) => textFragmentUrl(e.url ?? policyUrl, e.text),
            linkTarget: "_blank",
          }),
        );
      }
      return undefined;
    }
    default:
      return setStatus("unknown", "?", "Unknown state");
  }
}

async function refresh(tabUrl) {
  const state = await send({ type: MSG.GET_TAB_STATE, tabId });
  if (state && state.error && !state.status) throw new Error(state.error);
  render(state, tabUrl);
  if ((!state || state.status === "idle") && !pending) {
    // On-click mode: opening the popup is the click. No state: the tab predates the
    // extension, and the background injects the content script.
    pending = true;
    await act({ type: MSG.REANALYSE, tabId });
  }
}

async function act(msg) {
  render({ ...(await send({ type: MSG.GET_TAB_STATE, tabId })), status: "working" });
  const state = await send(msg);
  render(state);
}

async function main() {
  const tab = await currentTabId();
  tabId = tab.id;
  $("open-options").addEventListener("click", () => api.runtime.openOptionsPage());
  if (tabId === null) return render(null);
  $("reanalyse").addEventListener("click", () => act({ type: MSG.REANALYSE, tabId }));
  $("analyse-page").addEventListener("click", () => act({ type: MSG.ANALYSE_PAGE, tabId }));
  api.runtime.onMessage.addListener((msg) => {
    if (msg && msg.type === MSG.TAB_STATE_CHANGED && msg.tabId === tabId) refresh(tab.url);
  });
  model = await send({ type: MSG.GET_MODEL });
  return refresh(tab.url);
}

main().catch((e) => setStatus("unknown", "!", "Fineprint hit an error", String(e?.message ?? e)));
