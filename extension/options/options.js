/**
 * The options page: renders the options and writes them to storage.sync. The background
 * listens to storage changes and re-badges open tabs; this page never analyses anything.
 */
import { api } from "../lib/browser.js";
import { MSG } from "../lib/messages.js";
import { DEFAULT_OPTIONS, normalizeHost, readOptions, writeOptions } from "../lib/options.js";
import { h, VERDICT_LABELS } from "../lib/render.js";

const $ = (id) => document.getElementById(id);
const send = (msg) => api.runtime.sendMessage(msg);
let options = null;
let model = null;
let savedTimer = null;

function flash(text) {
  $("saved").textContent = text;
  clearTimeout(savedTimer);
  savedTimer = setTimeout(() => ($("saved").textContent = ""), 2500);
}

async function save(patch) {
  options = { ...options, ...patch };
  await writeOptions(options);
  flash("Saved");
}

function choiceFor(id) {
  return options.flagOverrides[id] ?? model.defaultFlags[id] ?? "never";
}

function renderFlags() {
  const rows = model.practices.map((p) => {
    const def = model.defaultFlags[p.id] ?? "never";
    const choices = ["yes", "no", "unclear", "not_mentioned", "never"];
    const label = (v) => (v === "never" ? "Never flag" : `“${VERDICT_LABELS[v]}”`) + (v === def ? " (default)" : "");
    const select = h(
      "select",
      {
        id: `flag-${p.id}`,
        "data-practice": p.id,
        onChange: (e) => {
          const v = e.target.value;
          const overrides = { ...options.flagOverrides };
          if (v === def) delete overrides[p.id];
          else overrides[p.id] = v;
          save({ flagOverrides: overrides });
        },
      },
      choices.map((v) => h("option", { value: v, text: label(v) })),
    );
    select.value = choiceFor(p.id);
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, h("label", { for: `flag-${p.id}`, class: "practice-title", text: p.title }), h("span", { class: "question", text: p.question })),
      h("td", {}, select),
    );
  });
  $("flag-rows").replaceChildren(...rows);
}

async function renderCacheStats() {
  const s = await send({ type: MSG.CACHE_STATS });
  const kb = Math.round((s?.bytes ?? 0) / 1024);
  $("cache-stats").textContent = `${s?.entries ?? 0} cached ${s?.entries === 1 ? "analysis" : "analyses"}, about ${kb} KB.`;
}

async function main() {
  [options, model] = await Promise.all([readOptions(), send({ type: MSG.GET_MODEL })]);
  renderFlags();
  $("version").textContent = `Analyser ${model.version}`;

  $("reset-flags").addEventListener("click", async () => {
    await save({ flagOverrides: { ...DEFAULT_OPTIONS.flagOverrides } });
    renderFlags();
  });

  for (const radio of document.querySelectorAll("input[name=mode]")) {
    radio.checked = radio.value === options.mode;
    radio.addEventListener("change", () => radio.checked && save({ mode: radio.value }));
  }

  const skip = $("skip-sites");
  skip.value = options.skipSites.join("\n");
  skip.addEventListener("change", () => {
    const sites = [...new Set(skip.value.split(/[\s,]+/).filter(Boolean).map(normalizeHost))];
    skip.value = sites.join("\n");
    save({ skipSites: sites });
  });

  $("clear-cache").addEventListener("click", async () => {
    const r = await send({ type: MSG.CLEAR_CACHE });
    flash(`Cache cleared (${r?.cleared ?? 0})`);
    renderCacheStats();
  });
  await renderCacheStats();
}

main().catch((e) => flash(`Error: ${e?.message ?? e}`));
