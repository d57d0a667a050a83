// Headless Chromium with the built extension (dist/chrome) loaded, all traffic through the
// test site's recording proxy.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const extensionDir = path.join(repo, "dist/chrome");
export const artifactsDir = path.join(repo, "tests/e2e/artifacts");
export const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** "#C5221F" → [197, 34, 31, 255], as chrome.action.getBadgeBackgroundColor returns it. */
export const rgba = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

export async function launchBrowser(proxyPort) {
  if (!fs.existsSync(path.join(extensionDir, "manifest.json"))) throw new Error(`${extensionDir} missing: run ./build.sh first`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "fineprint-e2e-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1000, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      "--proxy-bypass-list=<-loopback>",
    ],
  });
  let sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker"));
  const extensionId = new URL(sw.url()).host;
  const worker = () => {
    const live = ctx.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    if (live) sw = live;
    return sw;
  };

  const browser = {
    ctx,
    extensionId,
    worker,
    /** Id of the tab showing exactly `url` (found by the extension, as the popup would). */
    async tabIdFor(url) {
      for (let i = 0; i < 50; i++) {
        const id = await worker().evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
        if (id !== null) return id;
        await sleep(100);
      }
      throw new Error(`no tab for ${url}`);
    },
    /** `{ text, color: [r, g, b, a], title }` of a tab's badge. */
    badge(tabId) {
      return worker().evaluate(
        async (t) => ({
          text: await chrome.action.getBadgeText({ tabId: t }),
          color: await chrome.action.getBadgeBackgroundColor({ tabId: t }),
          title: await chrome.action.getTitle({ tabId: t }),
        }),
        tabId,
      );
    },
    /** Polls the badge until `accept(badge)`; returns the last badge either way. */
    async waitForBadge(tabId, accept, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      let last = null;
      while (Date.now() < until) {
        last = await browser.badge(tabId).catch(() => last);
        if (last && accept(last)) return last;
        await sleep(150);
      }
      return last;
    },
    /** Opens a page of the extension (popup/popup.html?tab=… etc.) in a tab. */
    async openExtensionPage(rel, { width = 400, height = 600, colorScheme = "light" } = {}) {
      const page = await ctx.newPage();
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${extensionId}/${rel}`);
      return page;
    },
    async close() {
      await ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
  return browser;
}
