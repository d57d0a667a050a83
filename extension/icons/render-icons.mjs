// Renders icon.svg into the PNG sizes the manifest lists, with the headless Chromium the
// end-to-end tests use. Run by hand after editing icon.svg: node extension/icons/render-icons.mjs
// (build.sh does not copy .mjs files into dist/).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const dir = path.dirname(fileURLToPath(import.meta.url));
const svg = fs.readFileSync(path.join(dir, "icon.svg"), "utf8");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.locator("svg").screenshot({ path: path.join(dir, `icon-${size}.png`), omitBackground: true });
}
await browser.close();
