// The www demo: the Fineprint core (WebAssembly) and the extension's own renderer, on a page.
import init, { analyze, practices, version } from "./pkg/fineprint.js";
import { h, renderHighlightedText, renderReport } from "./lib/render.js";

const $ = (id) => document.getElementById(id);
const ready = init({ module_or_path: new URL("./pkg/fineprint_bg.wasm", import.meta.url) });
let practiceTable = [];

function status(text) {
  $("input-status").textContent = text;
}

function contentTypeFor(name) {
  return /\.html?$/i.test(name) ? "text/html" : /\.txt$/i.test(name) ? "text/plain" : undefined;
}

/** Analyses a string or bytes and shows the report beside the highlighted text. */
async function run(input, { name = "pasted text", contentType } = {}) {
  await ready;
  const started = performance.now();
  const report = analyze(input, { contentType });
  const ms = Math.round(performance.now() - started);
  show(report);
  status(`Read ${name}: ${report.sentences} sentences in ${ms} ms.`);
}

function show(report) {
  const { summary } = report;
  const n = summary.flagged.length;
  $("summary").className = `summary summary-${summary.badge}`;
  $("summary").replaceChildren(
    h("span", { class: "summary-badge", "aria-hidden": "true", text: summary.badge === "unknown" ? "?" : n === 0 ? "✓" : String(n) }),
    h("span", { text: report.looksLikePolicy ? (n ? `${n} flagged: ${summary.tooltip}` : "Nothing flagged with the default options.") : summary.tooltip }),
  );
  $("policy-view").replaceChildren(renderHighlightedText(report.text, report));
  $("report").replaceChildren(
    report.looksLikePolicy
      ? renderReport(report, {
          practices: practiceTable,
          evidenceHref: (e) => `#fp-ev-${e.start}`,
          evidenceLinkText: "Show in text",
          onEvidence: (e, _finding, ev) => {
            ev.preventDefault();
            reveal(e);
          },
        })
      : h("p", { class: "muted", text: "Too little here reads like a privacy policy to judge it." }),
  );
  $("result").hidden = false;
}

/** Scrolls the text to the mark that holds an evidence sentence and focuses it. */
function reveal(evidence) {
  const marks = $("policy-view").querySelectorAll("mark");
  for (const m of marks) {
    const start = Number(m.id.slice("fp-ev-".length));
    const end = start + m.textContent.length;
    if (start <= evidence.start && evidence.start < end) {
      for (const other of marks) other.classList.remove("current");
      m.classList.add("current");
      m.scrollIntoView({ block: "center", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
      m.focus({ preventScroll: true });
      return;
    }
  }
}

async function loadExample(button) {
  const file = button.dataset.file;
  const response = await fetch(file);
  const text = await response.text();
  $("policy-text").value = text;
  await run(text, { name: button.textContent, contentType: contentTypeFor(file) });
}

async function loadFile(file) {
  if (!file) return;
  if (file.size > 5 * 1024 * 1024) return status("That file is larger than 5 MB.");
  const bytes = new Uint8Array(await file.arrayBuffer());
  $("policy-text").value = "";
  await run(bytes, { name: file.name, contentType: contentTypeFor(file.name) });
}

function wire() {
  $("analyse").addEventListener("click", () => {
    const text = $("policy-text").value;
    if (!text.trim()) return status("Paste a policy first, or pick an example.");
    return run(text);
  });
  for (const b of document.querySelectorAll(".example")) b.addEventListener("click", () => loadExample(b));
  $("file").addEventListener("change", (e) => loadFile(e.target.files[0]));
  const zone = $("drop-zone");
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("dragging");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("dragging");
    loadFile(e.dataTransfer.files[0]);
  });
}

wire();
ready
  .then(() => {
    practiceTable = practices();
    $("version").textContent = `Fineprint analyser ${version()}`;
  })
  .catch((e) => status(`Could not load the analyser: ${e.message}`));
