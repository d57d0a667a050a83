/**
 * The toolbar badge of one tab. One job: turn a tab state into text, colours and a tooltip.
 *
 *   working      "…"  grey    "Fineprint is reading the privacy policy…"
 *   report       N    red/amber (summary.badge) — N flagged practices, tooltip = summary.tooltip
 *                "✓"  green   nothing flagged
 *                "?"  grey    the text does not look like a policy (summary.badge "unknown")
 *   no policy,   "?"  grey    what went wrong, in words
 *   failure
 *   idle, skipped,           (on-click mode before the click; skipped site; a page
 *   loading,     ""           being loaded; a page Fineprint cannot read)
 *   unsupported
 */
import { api } from "../lib/browser.js";

export const COLORS = Object.freeze({
  red: "#C5221F",
  amber: "#F9AB00",
  green: "#188038",
  grey: "#5F6368",
});
const TEXT_COLORS = Object.freeze({ red: "#FFFFFF", amber: "#202124", green: "#FFFFFF", grey: "#FFFFFF" });

/** What the badge of a tab state shows: `{ text, color, title }` (color: a COLORS key). */
export function badgeFor(state) {
  const prefix = "Fineprint: ";
  switch (state.status) {
    case "working":
      return { text: "…", color: "grey", title: `${prefix}reading the privacy policy…` };
    case "done": {
      const { summary } = state.report;
      if (summary.badge === "unknown") return { text: "?", color: "grey", title: prefix + summary.tooltip };
      if (summary.flagged.length === 0) return { text: "✓", color: "green", title: prefix + summary.tooltip };
      return { text: String(summary.flagged.length), color: summary.badge, title: prefix + summary.tooltip };
    }
    case "no-policy":
      return { text: "?", color: "grey", title: `${prefix}no privacy policy found on this page` };
    case "failed":
      return { text: "?", color: "grey", title: prefix + state.error.message };
    case "idle":
      return { text: "", color: "grey", title: `${prefix}click to read this site's privacy policy` };
    case "skipped":
      return { text: "", color: "grey", title: `${prefix}this site is skipped (see options)` };
    default:
      return { text: "", color: "grey", title: "Fineprint" };
  }
}

/** Shows a tab state on the tab's badge. Tabs that closed meanwhile are ignored. */
export async function showBadge(tabId, state) {
  const { text, color, title } = badgeFor(state);
  try {
    await Promise.all([
      api.action.setBadgeText({ tabId, text }),
      api.action.setBadgeBackgroundColor({ tabId, color: COLORS[color] }),
      api.action.setBadgeTextColor ? api.action.setBadgeTextColor({ tabId, color: TEXT_COLORS[color] }) : null,
      api.action.setTitle({ tabId, title }),
    ]);
  } catch {
    // The tab is gone.
  }
}
