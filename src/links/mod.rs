//! Finding a page's privacy-policy link.
//!
//! The input is what a content script can cheaply collect for every `<a>`/`<area>` (and
//! `<link rel="privacy-policy">`, RFC 6903): a [`LinkRecord`]. The output is the candidates,
//! ranked, each with its [`LinkKind`], a score and the reasons in words — or nothing when the
//! page links no policy (then [`conventional_paths`] lists URLs worth probing).
//!
//! ```
//! use fineprint::links::{find_policy_links_in_html, LinkKind};
//!
//! let html = r#"<main><a href="/2019/privacy-story">Facebook settles over privacy</a></main>
//!     <footer><a href="/cookies">Cookie Policy</a> · <a href="/legal/privacy">Privacy Policy</a>
//!     <a href="/ca">Your California Privacy Rights</a></footer>"#;
//! let found = find_policy_links_in_html(html, "https://www.example.com/news/1");
//! assert_eq!(found[0].url, "https://www.example.com/legal/privacy");
//! assert_eq!(found[0].kind, LinkKind::Policy);
//! assert!(found.iter().any(|l| l.kind == LinkKind::CookiePolicy));
//! assert!(found.iter().any(|l| l.kind == LinkKind::Supplement));
//! ```
//!
//! How it decides, strict first and then relaxed (each step is its own module):
//! 1. `classify.rs` reads the link text (then `aria-label`, then `title`) against the
//!    per-language table of `keywords.rs`: "Privacy Policy" names the policy (10), "Privacy"
//!    the topic (7), "Cookie Settings", "Do Not Sell…", "Your California Privacy Rights",
//!    "Terms" name the other kinds. Only when the text names nothing do the URL's words
//!    speak, and more weakly ("here" → `/privacy-policy`).
//! 2. `rank.rs` adds the context: footer beats body, same site beats another site, an exact
//!    name beats a sentence, the URL agreeing beats the URL disagreeing (table of points in
//!    that file). Links to one document are merged. Below a score of 6 nothing is reported.
//! 3. `url.rs` resolves hrefs (WHATWG, `<base href>` honoured by `html.rs`), keeps http(s)
//!    only and drops fragments. In-page references (`#section`) never count; a plain link to
//!    the page itself counts only when the page is itself a policy (its URL or title says so).
//! 4. On a privacy hub ("Privacy Center"), links in the main content gain, so the answer is
//!    the policy one hop further rather than the hub.
//!
//! Most links of a page cannot score at all. `candidate.rs` says which can ([`is_candidate`],
//! from the same tables), so a content script sends only those, with the page's last link
//! index ([`PageInfo`]) so that positions score as before.

mod candidate;
mod classify;
mod fallback;
mod html;
mod keywords;
mod rank;
mod url;

pub use self::url::document_key;
pub use candidate::{candidate_words, is_candidate, CandidateWords};
pub use fallback::conventional_paths;
pub use html::ParsedPage;

use serde::{Deserialize, Serialize};

/// What a content script collects for one `<a>`/`<area>`/`<link>` on a page.
///
/// Every field may be left out in JavaScript (`visible` then defaults to `true`, the others to
/// empty / 0).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LinkRecord {
    /// The href, preferably as the browser resolved it (`a.href`, which honours
    /// `<base href>`); a relative href is resolved against the page URL. The fragment is
    /// kept: it tells an in-page reference (`/privacy#cookies` on `/privacy`) from a link.
    /// Leave out anchors whose `href` attribute is empty: they are script placeholders,
    /// which `a.href` would turn into the page's own URL.
    pub href: String,
    /// Visible text (`innerText`, with the `alt` of images inside).
    pub text: String,
    /// `title` attribute.
    pub title: String,
    /// `aria-label` attribute.
    pub aria_label: String,
    /// `rel` attribute (`privacy-policy` for `<link rel=privacy-policy>`, RFC 6903).
    pub rel: String,
    /// Nearest landmark: "header", "nav", "footer", "dialog" (a dialog or cookie banner),
    /// "aside", "main", or "" when none. ARIA role names ("contentinfo", "navigation",
    /// "banner", "complementary", "alertdialog") are understood too.
    pub region: String,
    /// Document order (0-based).
    pub index: u32,
    /// Whether the link is rendered (hidden links still count, a little less).
    pub visible: bool,
}

impl Default for LinkRecord {
    fn default() -> Self {
        LinkRecord {
            href: String::new(),
            text: String::new(),
            title: String::new(),
            aria_label: String::new(),
            rel: String::new(),
            region: String::new(),
            index: 0,
            visible: true,
        }
    }
}

/// What kind of document a candidate leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// The privacy policy itself (or a privacy hub that links to it).
    Policy,
    /// A cookie policy.
    CookiePolicy,
    /// Opting out of sale, sharing or targeted ads: "Do Not Sell or Share My Personal
    /// Information", "Your Privacy Choices", "AdChoices".
    OptOut,
    /// Privacy settings or a consent manager: "Cookie Settings", "Manage Consent".
    Settings,
    /// Terms of use, a legal hub, an imprint.
    Terms,
    /// A state-law supplement: "Your California Privacy Rights", "CCPA Notice". Not the main
    /// policy; always ranked below it.
    Supplement,
}

/// A ranked candidate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PolicyLink {
    /// Absolute http(s) URL, fragment dropped.
    pub url: String,
    /// What it leads to.
    pub kind: LinkKind,
    /// Score (higher is better; reported candidates score at least 6, a footer
    /// "Privacy Policy" on the same site about 18).
    pub score: f32,
    /// Why, in words, strongest first ("link text “Privacy Policy” names the privacy policy",
    /// "in the page footer", …).
    pub reasons: Vec<String>,
    /// The link text as shown (else its aria-label or title), whitespace collapsed.
    pub text: String,
}

/// What is known about the page besides its links. Every field may be left out in
/// JavaScript.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PageInfo {
    /// The page's `<title>` (`document.title`).
    pub title: Option<String>,
    /// The text of its first `<h1>`.
    pub heading: Option<String>,
    /// The [`LinkRecord::index`] of the page's last link, when only some records are given
    /// (the [`is_candidate`] ones): "near the end of the page" is measured against it. When
    /// left out, the last record given is taken as the page's last link.
    pub last_index: Option<u32>,
}

/// Ranks the policy-link candidates among `links` found on `page_url`.
///
/// The result lists [`LinkKind::Policy`] candidates first, best first, then the other kinds,
/// best first (at most five per kind); several links to one document are merged. Empty when
/// the page links none of these documents.
pub fn find_policy_links(page_url: &str, links: &[LinkRecord]) -> Vec<PolicyLink> {
    find_policy_links_on(page_url, links, &PageInfo::default())
}

/// [`find_policy_links`] with what else is known about the page: its title and first heading
/// tell a policy page (links to itself count) and a privacy hub (the policy is linked from
/// its content); `last_index` lets `links` be only the [`is_candidate`] records of the page
/// and still rank as all of them would.
pub fn find_policy_links_on(
    page_url: &str,
    links: &[LinkRecord],
    info: &PageInfo,
) -> Vec<PolicyLink> {
    let page = rank::Page::new(page_url, info.title.as_deref(), info.heading.as_deref());
    rank::rank(&page, links, info.last_index)
}

/// Reads an HTML page into the link records a content script would collect, and its title
/// and first heading.
pub fn parse_page_links(html: &str, page_url: &str) -> ParsedPage {
    let page_url_parsed = self::url::parse_page(page_url);
    html::parse(html, page_url_parsed.as_ref())
}

/// Parses `html` itself (the page at `page_url`) and ranks its links as
/// [`find_policy_links_on`] does, with the page's `<title>` and `<h1>`.
pub fn find_policy_links_in_html(html: &str, page_url: &str) -> Vec<PolicyLink> {
    let parsed = parse_page_links(html, page_url);
    let info = PageInfo {
        title: parsed.title,
        heading: parsed.heading,
        last_index: None,
    };
    find_policy_links_on(page_url, &parsed.records, &info)
}

/// The landmark a link sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Region {
    None,
    Main,
    Aside,
    Header,
    Nav,
    Footer,
    Dialog,
}

impl Region {
    /// Parses a [`LinkRecord::region`] (landmark or ARIA role name, any case).
    pub(crate) fn parse(s: &str) -> Region {
        let s = s.trim();
        let is = |names: &[&str]| names.iter().any(|n| s.eq_ignore_ascii_case(n));
        if is(&["footer", "contentinfo"]) {
            Region::Footer
        } else if is(&["dialog", "alertdialog"]) {
            Region::Dialog
        } else if is(&["nav", "navigation"]) {
            Region::Nav
        } else if is(&["header", "banner"]) {
            Region::Header
        } else if is(&["aside", "complementary"]) {
            Region::Aside
        } else if is(&["main"]) {
            Region::Main
        } else {
            Region::None
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Region::None => "",
            Region::Main => "main",
            Region::Aside => "aside",
            Region::Header => "header",
            Region::Nav => "nav",
            Region::Footer => "footer",
            Region::Dialog => "dialog",
        }
    }

    /// Which landmark wins when one is inside another: a nav inside a footer is the footer's,
    /// a footer inside a dialog is the dialog's.
    pub(crate) fn priority(self) -> u8 {
        match self {
            Region::None => 0,
            Region::Main => 1,
            Region::Aside => 2,
            Region::Header => 3,
            Region::Nav => 4,
            Region::Footer => 5,
            Region::Dialog => 6,
        }
    }
}

#[cfg(test)]
mod tests;
