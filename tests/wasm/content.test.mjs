// The shipped content script (dist/chrome/content.js, with the link filter's words inlined by
// build.sh from `fineprint links --keywords-json`) on a stand-in DOM: it sends the candidate
// links only — in every dress the core's normaliser reads (capitals, Turkish İ, accents,
// full-width letters, CJK) — with their document index and the page's last link index.
// The filter's own proof (the same ranking on every eval page) is tests/links_filter.rs.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import vm from "node:vm";
import { repo } from "./core.mjs";

const built = path.join(repo, "dist/chrome/content.js");

/** A stand-in link: `href` is the resolved URL, `attrs.href` the attribute (default: the same). */
function element([text, href, attrs = {}, localName = "a"], order) {
  const all = { href, ...attrs };
  return {
    localName,
    href,
    textContent: text,
    attrs: all,
    attributes: { length: Object.keys(all).length },
    getAttribute: (name) => all[name] ?? null,
    compareDocumentPosition: (other) => (other.order > order ? 4 : 2),
    order,
    closest: (sel) => (sel === "footer" || sel.includes("footer") ? { localName: "footer", getAttribute: () => null } : null),
    getClientRects: () => [{}],
    // an image inside the link, when the case names one (`imgAlt`)
    querySelector: (sel) => (sel === "img[alt]" && all.imgAlt ? { getAttribute: (n) => (n === "alt" ? all.imgAlt : null) } : null),
  };
}

/** Runs a content script on `links`; returns the page-links message it sends. */
function run(src, links, baseURI = "https://shop.example/") {
  let sent = null;
  const nodes = links.map(element);
  const runtime = { id: "test", sendMessage: (m) => ((sent = m), Promise.resolve()), onMessage: { addListener() {} } };
  const ctx = {
    Node: { DOCUMENT_POSITION_FOLLOWING: 4 },
    browser: { runtime },
    location: { href: "https://shop.example/" },
    addEventListener() {},
    document: {
      title: "Shop",
      body: null,
      baseURI,
      links: nodes.filter((n) => n.localName !== "link"),
      getElementsByTagName: (name) => nodes.filter((n) => n.localName === name),
      querySelector: (sel) => (sel === "h1" ? { textContent: "  Welcome\n to the shop " } : null),
    },
  };
  ctx.globalThis = ctx;
  vm.runInNewContext(src, ctx);
  return JSON.parse(JSON.stringify(sent)); // out of the vm realm
}

const KEPT = [
  ["Privacy Policy", "https://shop.example/legal/p"],
  ["GİZLİLİK POLİTİKASI", "https://shop.example/g"],
  ["DATENSCHUTZERKLÄRUNG", "https://shop.example/d"],
  ["Ｐｒｉｖａｃｙ", "https://shop.example/fw"],
  ["Polityka prywatności", "https://shop.example/pl"],
  ["Prywatnośc\u0301", "https://shop.example/pl2"],
  ["POLITIQUE DE CONFIDENTIALITÉ", "https://shop.example/fr"],
  ["Personvernerklæring", "https://shop.example/no"],
  ["查看隐私政策", "https://shop.example/zh"],
  ["개인정보 처리방침", "https://shop.example/ko"],
  ["Политика конфиденциальности", "https://shop.example/ru"],
  ["Do Not Sell or Share My Personal Information", "https://shop.example/dns"],
  ["here", "https://shop.example/legal/Privacy-Policy"],
  ["", "https://shop.example/?page=datenschutz"],
  ["", "https://shop.example/x", { "aria-label": "Cookie settings" }],
  ["", "https://shop.example/y", { title: "Terms of Use" }],
  ["Legal stuff", "https://shop.example/z", { rel: "terms-of-service" }],
  ["", "https://shop.example/declared", { rel: "Privacy-Policy" }, "link"],
  ["", "https://shop.example/x2", { class: "icon", "aria-label": "Datenschutz" }],
  // a link that is only an image: its alt text is the link text, as in the core's HTML reader
  ["", "https://shop.example/logo-link", { imgAlt: "Privacy notice" }],
  ["", "https://shop.example/map-area", { alt: "Datenschutzhinweise" }, "area"],
];
const DROPPED = [
  ["Item number 17", "https://shop.example/item/17"],
  ["Sports", "https://news.example.org/sports"],
  ["Home", "https://shop.example/"],
  ["Contact us", "https://shop.example/contact"],
  ["Story", "https://shop.example/2024/05/story.html#top"],
];

test("content.js sends only the candidate links, with their document index", { skip: !fs.existsSync(built) && "run ./build.sh first" }, () => {
  const src = fs.readFileSync(built, "utf8");
  assert.ok(!src.includes("/*@link-keywords@*/"), "build.sh inlined the filter's words");
  // Interleaved: dropped links between kept ones, so the index must be the document order.
  const links = [];
  KEPT.forEach((k, i) => links.push(DROPPED[i % DROPPED.length], k));
  links.push(DROPPED[0]);
  const msg = run(src, links);
  const sentTexts = msg.records.map((r) => r.text || r.ariaLabel || r.title);
  assert.deepEqual(sentTexts, KEPT.map(([t, , a, name]) => (name === "link" ? "" : t || a?.imgAlt || a?.alt || a?.["aria-label"] || a?.title || "")));
  assert.deepEqual(
    msg.records.map((r) => r.index),
    KEPT.map((_, i) => 2 * i + 1),
  );
  assert.equal(msg.lastIndex, links.length - 1);
  assert.equal(msg.heading, "Welcome to the shop");
  assert.equal(msg.records[0].region, "footer");
});

test("relative hrefs on a page whose base path names a policy are resolved first", { skip: !fs.existsSync(built) && "run ./build.sh first" }, () => {
  const src = fs.readFileSync(built, "utf8");
  const links = [
    ["here", "https://shop.example/privacy/full.html", { href: "full.html" }],
    ["Item 1", "https://shop.example/item/1", { href: "/item/1" }],
  ];
  assert.deepEqual(run(src, links, "https://shop.example/shop/").records.length, 0);
  const msg = run(src, links, "https://shop.example/privacy/index.html");
  assert.deepEqual(msg.records.map((r) => r.href), ["https://shop.example/privacy/full.html"]);
});

test("the unbuilt content.js (no words inlined) sends every link", () => {
  const msg = run(fs.readFileSync(path.join(repo, "extension/content.js"), "utf8"), [...KEPT, ...DROPPED]);
  assert.equal(msg.records.length, KEPT.length + DROPPED.length);
});
