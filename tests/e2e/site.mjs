// The local test site: several small sites on 127.0.0.1 (one port each), and a recording
// proxy that every browser request goes through, so a test can say exactly what the browser
// asked for, with which headers, and that nothing left for any other host.
//
// All pages and policies here are short synthetic texts written for these tests.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { staticHandler } from "../../www/serve.mjs";

const wwwDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../www");

// --- Policies ---------------------------------------------------------------------------

const page = (title, body, head = "") =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

/** A policy that sells data and tracks for ads (red badge with the default flags). */
export const BAD_POLICY = page(
  "Privacy Policy — Test Shop",
  `<h1>Privacy Policy</h1>
<p>This policy explains how Test Shop handles personal information.</p>
<h2>What we collect</h2>
<p>We collect your name, email address and order history. We use your email address to run your account.</p>
<h2>Sale of personal information</h2>
<p>We sell your personal information to data brokers.</p>
<h2>Advertising</h2>
<p>Our advertising partners place cookies on our site to show you targeted ads on other websites.</p>
<h2>Your rights</h2>
<p>You can ask us to delete your account at any time. We protect your data with TLS encryption in transit.</p>
<h2>Contact</h2>
<p>Write to privacy@test-shop.example with any question about this policy.</p>`,
);

/** A policy with nothing flagged by default (green ✓). */
export const GOOD_POLICY = page(
  "Privacy Policy — Test Notes",
  `<h1>Privacy Policy</h1>
<p>This policy explains how Test Notes handles personal information.</p>
<h2>How we use information</h2>
<p>We use your email address to run your account.</p>
<p>We do not sell your personal information.</p>
<p>We do not use advertising cookies, and we do not show you ads.</p>
<p>We do not share your personal information with third parties for their own marketing.</p>
<h2>Browser signals</h2>
<p>We honour Do Not Track signals sent by your browser.</p>
<p>We treat Global Privacy Control signals as a valid request to opt out of the sale or sharing of your data.</p>
<h2>Keeping and deleting data</h2>
<p>We keep server logs for 30 days and then delete them.</p>
<p>You can delete your account at any time in the settings.</p>
<p>You can download a copy of your account data at any time.</p>
<h2>Security</h2>
<p>Your data is encrypted in transit using TLS and encrypted at rest.</p>
<h2>Email</h2>
<p>You can unsubscribe from our newsletter with the link at the bottom of every email.</p>
<h2>Changes</h2>
<p>We will notify you by email before any material change to this policy takes effect.</p>`,
);

/** A cookie policy: speaks of third-party analytics only (never flagged by default). */
export const COOKIE_SENTENCE = "We use Google Analytics to understand how visitors use the site.";
export const COOKIE_POLICY = page(
  "Cookie Policy — Test Shop",
  `<h1>Cookie Policy</h1>
<p>This cookie policy explains how Test Shop uses cookies on this website.</p>
<h2>Analytics</h2>
<p>${COOKIE_SENTENCE}</p>
<h2>Your choices</h2>
<p>You can block cookies in the settings of your browser.</p>`,
);

/** Sentences carrying HTML/JS payloads as text: they must stay text in the popup. */
export const XSS_SENTENCE = `We sell your personal information to data brokers <img src="/xss-beacon?img" onerror="fetch('/xss-beacon?onerror')"> and <script>fetch('/xss-beacon?script')</script> partners.`;
const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
export const XSS_POLICY = BAD_POLICY.replace(
  "<p>We sell your personal information to data brokers.</p>",
  `<p>${escapeHtml(XSS_SENTENCE)}</p><script>fetch('/xss-beacon?raw-script')</script>`,
);

/** windows-1252: "’" is byte 0x92 and "é" 0xE9; the sentence must come out right. */
export const CP1252_SENTENCE = "We sell your personal information to data brokers chosen by Café Rouge’s partners.";
const cp1252 = (s) => Buffer.from(Array.from(s, (c) => ({ "’": 0x92, "é": 0xe9, "—": 0x97 })[c] ?? c.charCodeAt(0)));
const CP1252_POLICY = cp1252(BAD_POLICY.replace('<meta charset="utf-8">', "").replace("We sell your personal information to data brokers.", CP1252_SENTENCE));

/** The policy as text that only a script puts on the page. */
export const JS_POLICY_TEXT = "We sell your personal information to data brokers.";
const JS_ONLY_POLICY = page(
  "Privacy Policy — Script Site",
  `<div id="app"></div><script src="/app.js"></script>`,
);
const JS_APP = `document.getElementById("app").innerText = ${JSON.stringify(
  [
    "Privacy Policy",
    "This policy explains how Script Site handles personal information.",
    "We collect your name, email address and order history. We use your email address to run your account.",
    JS_POLICY_TEXT,
    "Our advertising partners place cookies on our site to show you targeted ads on other websites.",
    "You can ask us to delete your account at any time. We protect your data with TLS encryption in transit.",
    "Write to privacy@script-site.example with any question about this policy.",
  ].join("\n\n"),
)};`;

// --- Pages ------------------------------------------------------------------------------

const footerLink = (href, text = "Privacy Policy") => `<footer><nav><a href="/about">About</a> · <a href="${href}">${text}</a></nav></footer>`;
const shopPage = (title, extra = "") => page(title, `<header><h1>${title}</h1><nav><a href="/">Home</a> <a href="/products">Products</a></nav></header><main><p>Welcome to ${title}.</p></main>${extra}`);

// --- Servers ----------------------------------------------------------------------------

function html(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", ...headers });
  res.end(body);
}

const notFound = (res) => html(res, 404, page("Not found", "<p>Not found</p>"));

/**
 * Starts every site. Returns `{ sites: { name: { port, url(path, host?) } }, proxy, log, close }`;
 * `log` lists every request the proxy forwarded or refused:
 *   { site, host, method, path, headers, refused? }
 */
export async function startSites() {
  const sites = {};
  const servers = [];
  const log = [];
  let gpcHits = 0;

  const define = {
    // A footer link to the policy; sets a cookie; declares GPC support; an opt-out link.
    footer: (req, res, p) => {
      if (p === "/")
        return html(
          res,
          200,
          shopPage(
            "Footer Shop",
            `<footer><a href="/about">About</a> · <a href="/privacy">Privacy Policy</a> · <a href="/cookies">Cookie Policy</a> · <a href="/do-not-sell">Do Not Sell or Share My Personal Information</a></footer>`,
          ),
          { "set-cookie": "fp_session=secret-footer; Path=/; SameSite=Lax" },
        );
      if (p === "/privacy") {
        if (req.headers["if-none-match"] === '"bad-v1"') {
          res.writeHead(304, { etag: '"bad-v1"' });
          return res.end();
        }
        return html(res, 200, BAD_POLICY, { etag: '"bad-v1"', "last-modified": "Mon, 01 Jan 2024 00:00:00 GMT" });
      }
      if (p === "/cookies") return html(res, 200, COOKIE_POLICY);
      if (p === "/.well-known/gpc.json") {
        gpcHits++;
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify({ gpc: true, lastUpdate: "2024-01-01" }));
      }
      if (p === "/cookie-probe") return html(res, 200, "ok");
      return notFound(res);
    },
    // <link rel=privacy-policy> only; a good policy.
    rel: (req, res, p) => {
      if (p === "/") return html(res, 200, page("Rel Notes", "<main><h1>Rel Notes</h1><p>Notes, nothing else.</p></main>", '<link rel="privacy-policy" href="/legal/p">'));
      if (p === "/legal/p") return html(res, 200, GOOD_POLICY);
      return notFound(res);
    },
    // Policy on another origin (other port, same host name).
    cross: (req, res, p) => {
      if (p === "/") return html(res, 200, shopPage("Cross Shop", footerLink(sites.policyhost.url("/policy"))));
      return notFound(res);
    },
    policyhost: (req, res, p) => {
      if (p === "/policy") return html(res, 200, GOOD_POLICY);
      if (p === "/private-policy") return html(res, 200, BAD_POLICY);
      return notFound(res);
    },
    none: (req, res, p) => {
      if (p === "/") return html(res, 200, shopPage("No Policy Shop", `<footer><a href="/about">About</a> <a href="/contact">Contact</a></footer>`));
      return notFound(res);
    },
    p404: (req, res, p) => {
      if (p === "/") return html(res, 200, shopPage("Broken Link Shop", footerLink("/privacy")));
      if (p === "/five") return html(res, 200, shopPage("Failing Server Shop", footerLink("/privacy-503")));
      if (p === "/pdf") return html(res, 200, shopPage("PDF Shop", footerLink("/privacy.pdf")));
      if (p === "/privacy-503") return html(res, 503, page("Unavailable", "<p>Try later</p>"));
      if (p === "/privacy.pdf") {
        res.writeHead(200, { "content-type": "application/pdf" });
        return res.end("%PDF-1.4\n% not really a PDF\n");
      }
      return notFound(res);
    },
    slow: (req, res, p) => {
      if (p === "/") return html(res, 200, shopPage("Slow Shop", footerLink("/privacy")));
      if (p === "/privacy") {
        const t = setTimeout(() => html(res, 200, BAD_POLICY), 13_000);
        res.on("close", () => clearTimeout(t));
        return undefined;
      }
      return notFound(res);
    },
    huge: (req, res, p) => {
      if (p === "/") return html(res, 200, shopPage("Huge Shop", footerLink("/privacy")));
      if (p === "/privacy") {
        // 6 MB, chunked (no Content-Length): the reader must stop at 5 MB.
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        const chunk = `<p>${"We sell your personal information to data brokers. ".repeat(200)}</p>\n`;
        let sent = 0;
        const pump = () => {
          while (sent < 6 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return res.once("drain", pump);
          }
          return res.end();
        };
        res.on("error", () => {});
        return pump();
      }
      return notFound(res);
    },
    redirects: (req, res, p) => {
      if (p === "/") return html(res, 200, shopPage("Redirect Shop", footerLink("/r/1")));
      if (p === "/short") return html(res, 200, shopPage("Short Redirect Shop", footerLink("/s/1")));
      const m = /^\/([rs])\/(\d+)$/.exec(p);
      if (m) {
        const n = Number(m[2]);
        const last = m[1] === "r" ? 5 : 2;
        res.writeHead(302, { location: n >= last ? `/policy-${m[1]}` : `/${m[1]}/${n + 1}` });
        return res.end();
      }
      if (p === "/policy-r" || p === "/policy-s") return html(res, 200, GOOD_POLICY);
      return notFound(res);
    },
    cp1252: (req, res, p) => {
      if (p === "/") return html(res, 200, shopPage("Café Shop", footerLink("/privacy")));
      if (p === "/privacy") {
        res.writeHead(200, { "content-type": "text/html; charset=windows-1252" });
        return res.end(CP1252_POLICY);
      }
      return notFound(res);
    },
    jsonly: (req, res, p) => {
      if (p === "/") return html(res, 200, shopPage("Script Shop", footerLink("/privacy")));
      if (p === "/privacy") return html(res, 200, JS_ONLY_POLICY);
      if (p === "/app.js") {
        res.writeHead(200, { "content-type": "text/javascript" });
        return res.end(JS_APP);
      }
      return notFound(res);
    },
    xss: (req, res, p) => {
      if (p === "/") return html(res, 200, shopPage("Payload Shop", footerLink("/privacy")));
      if (p === "/privacy") return html(res, 200, XSS_POLICY);
      return notFound(res);
    },
    many: (req, res, p) => {
      if (p === "/") {
        const links = Array.from({ length: 5000 }, (_, i) => `<li><a href="/item/${i}">Item number ${i}</a></li>`).join("");
        return html(res, 200, shopPage("Many Links Shop", `<main><ul>${links}</ul></main>${footerLink("/privacy")}`));
      }
      if (p === "/privacy") return html(res, 200, GOOD_POLICY);
      return notFound(res);
    },
    // A page that tries to talk to the extension: window messages and a forged link record.
    forged: (req, res, p) => {
      if (p === "/") {
        const forge = `<script>
          const forged = { type: "page-links", url: location.href, title: "x",
            records: [{ href: location.origin + "/evil-policy", text: "Privacy Policy", title: "", ariaLabel: "", rel: "privacy-policy", region: "footer", index: 0, visible: true }] };
          for (let i = 0; i < 5; i++) window.postMessage(forged, "*");
          document.dispatchEvent(new CustomEvent("page-links", { detail: forged }));
          try { chrome.runtime.sendMessage(forged); } catch (e) {}
          try { browser.runtime.sendMessage(forged); } catch (e) {}
        </script>`;
        return html(res, 200, shopPage("Forged Messages Shop", footerLink("/privacy") + forge));
      }
      if (p === "/privacy") return html(res, 200, GOOD_POLICY);
      return notFound(res);
    },
    // Two equally good policy links: the finder is unsure, the popup offers the other one.
    choose: (req, res, p) => {
      if (p === "/") return html(res, 200, shopPage("Two Policies Shop", `<footer><a href="/privacy-a">Privacy Policy</a> · <a href="/privacy-b">Privacy Notice</a></footer>`));
      if (p === "/privacy-a") return html(res, 200, BAD_POLICY);
      if (p === "/privacy-b") return html(res, 200, GOOD_POLICY);
      return notFound(res);
    },
    // The www demo, as ./build.sh serve would serve it.
    www: staticHandler(wwwDir),
    // Served as http://localhost:<port>/: its policy link points to 127.0.0.1 (another host).
    tolocal: (req, res, p) => {
      if (p === "/") return html(res, 200, shopPage("Localhost Shop", footerLink(sites.policyhost.url("/private-policy"))));
      return notFound(res);
    },
    // Links to file:///.
    file: (req, res, p) => {
      if (p === "/") return html(res, 200, shopPage("File Link Shop", footerLink("file:///etc/passwd")));
      return notFound(res);
    },
  };

  for (const [name, handler] of Object.entries(define)) {
    const server = http.createServer((req, res) => {
      try {
        handler(req, res, new URL(req.url, "http://x").pathname);
      } catch (e) {
        res.writeHead(500).end(String(e));
      }
    });
    server.keepAliveTimeout = 1000;
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = server.address().port;
    const host = name === "tolocal" ? "localhost" : "127.0.0.1";
    sites[name] = { name, port, host, url: (path = "/") => `http://${host}:${port}${path}` };
    servers.push(server);
  }
  const byPort = new Map(Object.values(sites).map((s) => [s.port, s]));

  // The proxy: the browser sends every request here (--proxy-server, loopback included).
  const proxy = http.createServer((req, res) => {
    let target;
    try {
      target = new URL(req.url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const site = byPort.get(Number(target.port));
    const local = target.hostname === "127.0.0.1" || target.hostname === "localhost";
    const entry = { site: site?.name ?? null, host: target.host, method: req.method, path: target.pathname + target.search, headers: req.headers, at: Date.now() };
    log.push(entry);
    if (!site || !local || target.protocol !== "http:") {
      entry.refused = true;
      res.writeHead(502).end("not part of the test site");
      return;
    }
    const upstream = http.request(
      { host: "127.0.0.1", port: site.port, method: req.method, path: entry.path, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  });
  proxy.on("connect", (req, socket) => {
    log.push({ site: null, host: req.url, method: "CONNECT", path: "", headers: req.headers, refused: true, at: Date.now() });
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  });
  await new Promise((resolve) => proxy.listen(0, "127.0.0.1", resolve));

  return {
    sites,
    proxyPort: proxy.address().port,
    log,
    gpcHits: () => gpcHits,
    close: () => Promise.all([...servers, proxy].map((s) => new Promise((r) => (s.closeAllConnections?.(), s.close(r))))),
  };
}
