/**
 * The report view, shared by the popup and the www demo (build.sh copies this file to
 * www/lib/). Plain DOM, no browser-extension APIs.
 *
 * Everything the policy says is inserted as text (textContent / text nodes), never as HTML:
 * a policy is untrusted input.
 *
 *   renderReport(report, { practices, evidenceHref, onEvidence }) → <section class="fp-report">
 *   renderHighlightedText(text, report) → <div class="fp-text"> with a <mark> per evidence span
 *   textFragmentUrl(url, sentence) → url#:~:text=… (opens the policy scrolled to the sentence)
 */

export const VERDICT_LABELS = Object.freeze({
  yes: "Yes",
  no: "No",
  unclear: "Unclear",
  not_mentioned: "Not mentioned",
});

/**
 * Creates an element. `props`: `class`, `text` (textContent), `on<Event>` handlers, any other
 * key is set as an attribute (null/false skipped). Children: nodes or strings (text nodes).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2).toLowerCase(), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return el;
}

const fragmentEncode = (s) => encodeURIComponent(s).replace(/[-!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A link that opens `url` scrolled to `sentence` (a URL text fragment). Long sentences are
 * matched by their first and last words, which survives small extraction differences. A table
 * row, which the core reads as one line of cells joined by " | " (a bare yes or no after its
 * column's title), is not one run of text on the page: it is matched by its first cell.
 */
export function textFragmentUrl(url, sentence) {
  const base = String(url).split("#")[0];
  const text = String(sentence).split(" | ").find((cell) => cell.trim()) ?? "";
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  if (!words.length) return base;
  const directive =
    words.length <= 10
      ? fragmentEncode(words.join(" "))
      : `${fragmentEncode(words.slice(0, 5).join(" "))},${fragmentEncode(words.slice(-5).join(" "))}`;
  return `${base}#:~:text=${directive}`;
}

/** Findings split as the popup shows them: flagged (by summary), fine, not mentioned. */
export function groupFindings(report) {
  const flagged = new Set(report.summary?.flagged ?? []);
  const groups = { flagged: [], fine: [], notMentioned: [] };
  for (const f of report.findings) {
    if (flagged.has(f.practice)) groups.flagged.push(f);
    else if (f.verdict === "not_mentioned") groups.notMentioned.push(f);
    else groups.fine.push(f);
  }
  return groups;
}

function verdictChip(verdict) {
  return h("span", { class: `fp-verdict fp-verdict-${verdict}`, text: VERDICT_LABELS[verdict] ?? verdict });
}

function renderEvidence(finding, practice, options) {
  const items = finding.evidence.map((e) => {
    const href = options.evidenceHref ? options.evidenceHref(e, finding) : null;
    const meta = [];
    if (e.section) meta.push(h("span", { class: "fp-section", text: `In “${e.section}”` }));
    if (finding.verdict === "unclear" && e.supports) {
      meta.push(h("span", { class: "fp-supports", text: `reads as: ${VERDICT_LABELS[e.supports] ?? e.supports}` }));
    }
    if (href) {
      meta.push(
        h("a", {
          class: "fp-evidence-link",
          href,
          target: options.linkTarget ?? null,
          rel: options.linkTarget ? "noopener noreferrer" : null,
          "aria-label": `Show this sentence about ${practice?.title ?? finding.practice} in the policy`,
          text: options.evidenceLinkText ?? "Show in policy",
          onClick: options.onEvidence ? (ev) => options.onEvidence(e, finding, ev) : null,
        }),
      );
    }
    return h("li", { class: "fp-evidence-item" }, h("blockquote", { class: "fp-quote", text: e.text }), meta.length ? h("p", { class: "fp-meta" }, meta) : null);
  });
  return h("ul", { class: "fp-evidence" }, items);
}

function renderPractice(finding, practice, { open, flagged }, options) {
  const title = practice?.title ?? finding.practice;
  const body = [h("p", { class: "fp-question", text: practice?.question ?? "" })];
  if (finding.evidence.length) body.push(renderEvidence(finding, practice, options));
  else body.push(h("p", { class: "fp-none", text: "The policy does not address this." }));
  return h(
    "li",
    { class: `fp-practice${flagged ? " fp-flagged" : ""}`, "data-practice": finding.practice, "data-verdict": finding.verdict },
    h(
      "details",
      { open },
      h(
        "summary",
        {},
        h("span", { class: "fp-practice-title", text: title }),
        verdictChip(finding.verdict),
      ),
      h("div", { class: "fp-practice-body" }, body),
    ),
  );
}

/**
 * The report as practices grouped flagged / fine / not mentioned, each with its verdict and
 * evidence. options:
 *   practices     the core's practices() table (titles, questions, order)
 *   evidenceHref  (evidence, finding) → href for "Show in policy", or null for none
 *   linkTarget    target for those links ("_blank" in the popup)
 *   onEvidence    (evidence, finding, event) → called when a "Show in policy" link is used
 */
export function renderReport(report, options = {}) {
  const byId = new Map((options.practices ?? []).map((p) => [p.id, p]));
  const groups = groupFindings(report);
  const section = (key, heading, findings, hint, open) =>
    findings.length
      ? h(
          "section",
          { class: `fp-group fp-group-${key}`, "aria-labelledby": `fp-h-${key}` },
          h("h2", { id: `fp-h-${key}`, class: "fp-group-title" }, heading, " ", h("span", { class: "fp-count", text: `(${findings.length})` })),
          hint ? h("p", { class: "fp-hint", text: hint }) : null,
          h(
            "ul",
            { class: "fp-practices" },
            findings.map((f) => renderPractice(f, byId.get(f.practice), { open: open(f), flagged: key === "flagged" }, options)),
          ),
        )
      : null;
  return h(
    "div",
    { class: "fp-report" },
    section("flagged", "Flagged", groups.flagged, null, (f) => f.evidence.length > 0),
    section("fine", "Fine", groups.fine, null, () => false),
    section("not-mentioned", "Not mentioned", groups.notMentioned, "The policy says nothing about these.", () => false),
  );
}

/**
 * The extracted text with every evidence sentence marked (`<mark id="fp-ev-<start>">`).
 * Offsets are UTF-16 code units, as the wasm boundary returns them.
 */
export function renderHighlightedText(text, report) {
  const spans = [];
  for (const f of report.findings) {
    for (const e of f.evidence) {
      if (e.end > e.start && e.end <= text.length) spans.push({ start: e.start, end: e.end, practice: f.practice, verdict: f.verdict });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = h("div", { class: "fp-text" });
  let at = 0;
  let mark = null;
  for (const s of spans) {
    if (mark && s.start < mark.end) {
      // overlapping evidence of another practice: widen the mark, list both practices
      mark.end = Math.max(mark.end, s.end);
      mark.practices.add(s.practice);
      continue;
    }
    if (mark) at = flush(out, text, at, mark);
    mark = { start: s.start, end: s.end, practices: new Set([s.practice]) };
  }
  if (mark) at = flush(out, text, at, mark);
  out.append(document.createTextNode(text.slice(at)));
  return out;
}

function flush(out, text, at, mark) {
  out.append(document.createTextNode(text.slice(at, mark.start)));
  out.append(
    h("mark", { id: `fp-ev-${mark.start}`, tabindex: "-1", "data-practices": [...mark.practices].join(" "), text: text.slice(mark.start, mark.end) }),
  );
  return mark.end;
}
