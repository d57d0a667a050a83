//! Scores each link record and ranks the candidates: what the text names (`classify.rs`),
//! corrected by where the link sits, where it leads and what its URL says. Every point comes
//! with a reason in words, for the popup's "why this link".
//!
//! The weights, in one place (a link's text weight is 10 for "Privacy Policy", 7 for
//! "Privacy"; see `keywords.rs`):
//!
//! | what | points |
//! |---|---|
//! | the text is exactly the name (fillers and brand words aside) | +2 |
//! | each other word in the text | −0.6 (at most −4) |
//! | a narrower policy ("Children's Privacy Policy" −4, "UK Privacy Policy" −2) | −4 / −2 |
//! | footer · dialog or cookie banner · navigation · header · sidebar | +3 · +2 · +1.5 · +1 · −0.5 |
//! | no landmark, but in the last quarter of the page | +1 |
//! | same site as the page · another site | +1 · −2 |
//! | URL is a policy slug · says privacy · speaks of something else · a state notice | +2 · +1.5 · −1 · −2 |
//! | URL is a tag/topic listing | not a candidate |
//! | text names nothing: the URL's words alone ("here" → `/privacy-policy`), policy only | 4–5 base |
//! | `rel="privacy-policy"` (RFC 6903) | +4 |
//! | hidden (outside a dialog) | −1 |
//! | a link to the page itself, when the page's title · only its URL names a privacy policy | +8 · +4 |
//! | on a privacy hub, a same-site link in its content | +4 |
//! | only the title attribute names it | −1 |
//! | linked again (same URL and kind) | +0.5 each, at most +1.5 |
//!
//! A link below [`MIN_SCORE`] on its own is not reported: an article link that merely
//! mentions privacy ("Facebook settles over privacy violations", another site, in the body)
//! stays below it, a footer "Privacy" link is far above it. Scoring is cheap for the many
//! links that name nothing (one pass over the text's bytes, no allocation, see
//! `classify::screen`); URLs are parsed only for links that can still reach the threshold,
//! and reasons are put into words only for the candidates reported.

use std::collections::HashMap;

use url::Url;

use super::classify::{self, TextMatch, TextRead, UrlMatch};
use super::keywords::{Keyword, UrlCue, UrlWord};
use super::url as u;
use super::{LinkKind, LinkRecord, PolicyLink, Region};

/// Lowest score a candidate needs to be reported.
pub(crate) const MIN_SCORE: f32 = 6.0;
/// For a link to the page itself when the page is a privacy policy: the user is reading that
/// policy, and the page's own navigation names it. Sites with several policies (website /
/// platform, global / regional) link the others from each, and the page itself should win.
/// Its title saying so is the stronger evidence (a URL `/privacy` may be a hub).
const SELF_POLICY_BY_TITLE: f32 = 8.0;
const SELF_POLICY_BY_URL: f32 = 4.0;
/// For a same-site policy link in the content of a privacy hub: the policy one hop further.
const HUB_CONTENT: f32 = 4.0;
/// A `rel="privacy-policy"` link without a text: the exact name (10 + 2), a footer's place
/// (+3) and the declaration (+4).
const REL_DECLARED: f32 = 19.0;
/// Most candidates reported per kind.
const MAX_PER_KIND: usize = 5;
/// Longest link text echoed back in a [`PolicyLink`].
const MAX_SHOWN: usize = 120;

/// What is known about the page the links are on.
#[derive(Debug, Clone)]
pub(crate) struct Page {
    /// The page URL (`None`: not an http(s) URL; relative hrefs then resolve to nothing).
    pub url: Option<Url>,
    /// Its site (see [`u::site_of`]).
    site: String,
    /// The page as a document: fragment dropped (what a link to the page itself returns).
    doc: Option<Url>,
    /// [`u::document_key`] of `doc` without tracking parameters.
    doc_key: String,
    /// Host labels naming the site's owner.
    brand: Vec<String>,
    /// How sure we are that the page is itself a privacy policy: its title or first heading
    /// names one ([`PolicyPage::ByTitle`]), or only its URL does ([`PolicyPage::ByUrl`]).
    pub is_policy: PolicyPage,
    /// The page is a privacy hub ("Privacy Center"): the policy is linked from its content.
    pub is_hub: bool,
}

impl Page {
    /// Describes a page from its URL and, when known, its `<title>` and first `<h1>`.
    pub(crate) fn new(page_url: &str, title: Option<&str>, heading: Option<&str>) -> Page {
        let url = u::parse_page(page_url);
        let site = url
            .as_ref()
            .map(|x| u::site_of(x).to_string())
            .unwrap_or_default();
        let brand: Vec<String> = url
            .as_ref()
            .map(|x| u::host_words(x).map(str::to_string).collect())
            .unwrap_or_default();
        let brand_refs: Vec<&str> = brand.iter().map(String::as_str).collect();
        let mut buf = String::new();
        // The fragment counts here: `/information#privacy` is the privacy part of a page.
        let path = url
            .as_ref()
            .map(|x| x.as_str().splitn(4, '/').nth(3).unwrap_or(""))
            .unwrap_or("");
        let by_url = classify::classify_url(path);
        let lower = path.to_ascii_lowercase();
        let url_policy = match by_url.kind {
            Some((kind, _)) => kind == LinkKind::Policy && !by_url.listing,
            None => lower.contains("policy") || lower.contains("policies"),
        };
        let url_hub = matches!(by_url.kind, Some((LinkKind::Policy, w)) if w.cue == UrlCue::Hub);
        let read = |t: Option<&str>, buf: &mut String| {
            t.and_then(|t| classify::classify_text(t, &brand_refs, buf))
        };
        // Titles name the site after a dash: "Interest Based Ad Privacy Policy — Nativo".
        let title = title.map(|t| {
            t.replace(" - ", " | ")
                .replace(" — ", " | ")
                .replace(" – ", " | ")
                .replace(": ", " | ")
        });
        let by_title = read(title.as_deref(), &mut buf);
        let by_heading = read(heading, &mut buf);
        // A headline that merely mentions a policy ("Facebook changes its privacy policy
        // again") is not the policy's title.
        let names_policy = |m: &Option<TextMatch>| {
            m.is_some_and(|m| m.kind == LinkKind::Policy && !m.hub && m.extra_words <= 3)
        };
        let names_hub = |m: &Option<TextMatch>| m.is_some_and(|m| m.hub);
        let title_policy = names_policy(&by_title) || names_policy(&by_heading);
        let is_hub = (names_hub(&by_title) || names_hub(&by_heading) || url_hub)
            && !by_title.is_some_and(|m| m.kind == LinkKind::Policy && m.weight >= 9.0);
        let doc = url.clone().map(|mut d| {
            u::strip_fragment(&mut d);
            d
        });
        let doc_key = doc
            .clone()
            .map(|mut d| {
                u::strip_tracking(&mut d);
                u::document_key(&d)
            })
            .unwrap_or_default();
        Page {
            url,
            site,
            doc,
            doc_key,
            brand,
            is_policy: match (is_hub, title_policy, url_policy) {
                (true, _, _) => PolicyPage::No,
                (false, true, _) => PolicyPage::ByTitle,
                (false, false, true) => PolicyPage::ByUrl,
                (false, false, false) => PolicyPage::No,
            },
            is_hub,
        }
    }
}

/// Whether the page is itself a privacy policy, and by what evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PolicyPage {
    /// Nothing says so.
    No,
    /// Its URL says privacy or policy (`/privacy-policy`, `/legal/privacy`, `#privacy`).
    ByUrl,
    /// Its `<title>` or `<h1>` names a privacy policy ("Website Privacy Policy | Acme").
    ByTitle,
}

/// Why a candidate scored as it did: kept as data while scoring thousands of links, put
/// into words only for the candidates reported.
#[derive(Debug, Clone, Copy)]
enum Reason {
    /// The text (or aria-label, or title) names a kind of document.
    Names(Source, LinkKind, bool, f32, &'static Keyword),
    Exact,
    ExtraWords(u32),
    Narrower(&'static Keyword),
    Combined(&'static Keyword),
    Also(&'static Keyword),
    Declared,
    DeclaredTerms,
    UrlOnly(&'static UrlWord),
    UrlStateLaw,
    UrlPolicyName,
    UrlPrivacy,
    UrlOther(&'static UrlWord),
    UrlAgrees(&'static UrlWord),
    Place(Region),
    NearEnd,
    Hidden,
    SameSite,
    OtherSite,
    ThisPolicyPage(PolicyPage),
    ThisPage,
    HubContent,
}

/// At most this many reasons per candidate (there are fewer kinds of reason).
const MAX_REASONS: usize = 16;

/// One scored link before links to the same document are merged.
struct Candidate {
    url: Url,
    kind: LinkKind,
    score: f32,
    reasons: Vec<Reason>,
    /// The record it came from.
    record: usize,
    count: u32,
}

/// Ranks the policy-link candidates among `links` on `page`; `last_index` is the index of the
/// page's last link when `links` are not all of them.
pub(crate) fn rank(page: &Page, links: &[LinkRecord], last_index: Option<u32>) -> Vec<PolicyLink> {
    let brand: Vec<&str> = page.brand.iter().map(String::as_str).collect();
    let last_index = links
        .iter()
        .map(|l| l.index)
        .chain(last_index)
        .max()
        .unwrap_or(0);
    let mut buf = String::new();
    let mut merged: Vec<Candidate> = Vec::new();
    let mut by_key: HashMap<(String, LinkKind), usize> = HashMap::new();
    for (i, link) in links.iter().enumerate() {
        let Some(c) = score(page, link, i, &brand, last_index, &mut buf) else {
            continue;
        };
        let key = (u::document_key(&c.url), c.kind);
        match by_key.get(&key) {
            Some(&m) => {
                let m = &mut merged[m];
                m.count += 1;
                if c.score > m.score {
                    let count = m.count;
                    *m = Candidate { count, ..c };
                }
            }
            None => {
                by_key.insert(key, merged.len());
                merged.push(c);
            }
        }
    }
    for c in &mut merged {
        if c.count > 1 {
            c.score += (0.5 * (c.count - 1) as f32).min(1.5);
        }
    }
    merged.sort_by(|a, b| {
        let policy = |c: &Candidate| c.kind == LinkKind::Policy;
        policy(b)
            .cmp(&policy(a))
            .then(b.score.total_cmp(&a.score))
            .then(links[a.record].index.cmp(&links[b.record].index))
    });
    let mut per_kind: HashMap<LinkKind, usize> = HashMap::new();
    merged
        .into_iter()
        .filter(|c| {
            let n = per_kind.entry(c.kind).or_default();
            *n += 1;
            *n <= MAX_PER_KIND
        })
        .map(|c| {
            let link = &links[c.record];
            let mut reasons: Vec<String> = c.reasons.iter().map(|r| say(r, link, &c.url)).collect();
            if c.count > 1 {
                reasons.push(format!("linked {} times on the page", c.count));
            }
            PolicyLink {
                url: c.url.into(),
                kind: c.kind,
                score: (c.score * 10.0).round() / 10.0,
                reasons,
                text: shown_text(link),
            }
        })
        .collect()
}

/// Where a decision came from.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Source {
    Text,
    AriaLabel,
    Title,
}

/// Scores one record; `None` when it names nothing, leads nowhere (not http(s), an in-page
/// reference, a listing) or cannot reach [`MIN_SCORE`] on its own.
fn score(
    page: &Page,
    link: &LinkRecord,
    record: usize,
    brand: &[&str],
    last_index: u32,
    buf: &mut String,
) -> Option<Candidate> {
    // Cheap screening first: the text, the URL's words, rel.
    let mut text_match: Option<(TextMatch, Source)> = None;
    // Whether the text a person reads (the first non-empty one) says nothing.
    let mut generic: Option<bool> = None;
    for (t, source) in [
        (&link.text, Source::Text),
        (&link.aria_label, Source::AriaLabel),
        (&link.title, Source::Title),
    ] {
        if t.is_empty() {
            continue;
        }
        let m = match classify::read_text(t, brand, buf) {
            TextRead::Names(m) => m,
            TextRead::Generic => {
                // An empty or blank text is not the one a person reads.
                if !t.trim().is_empty() {
                    generic.get_or_insert(true);
                }
                continue;
            }
            TextRead::Other => {
                generic.get_or_insert(false);
                continue;
            }
        };
        generic.get_or_insert(false);
        let key = |m: &TextMatch, s: Source| {
            let (kind, w) = classify::rank_key(m);
            (kind, w - if s == Source::Title { 10 } else { 0 })
        };
        if text_match
            .as_ref()
            .is_none_or(|(b, bs)| key(b, *bs) < key(&m, source))
        {
            text_match = Some((m, source));
        }
    }
    let rel = Rel::of(&link.rel);
    // Text beats URL words: the URL speaks only when the text says nothing ("here", an
    // icon, "Read more").
    if text_match.is_none() && rel.is_none() && generic == Some(false) {
        return None;
    }
    let url_words = classify::classify_url(u::path_and_query(&link.href));
    if url_words.listing {
        // `/tag/privacy`, `/topics/privacy/`: a list of articles, not a document.
        return None;
    }
    if text_match.is_none() && url_words.kind.is_none() && rel.is_none() {
        return None;
    }

    let mut reasons: Vec<Reason> = Vec::with_capacity(MAX_REASONS);
    let (kind, mut score) = match (&text_match, rel) {
        (Some((m, source)), _) => {
            reasons.push(Reason::Names(*source, m.kind, m.hub, m.weight, m.keyword));
            let mut s = m.weight;
            if *source == Source::Title {
                s -= 1.0;
            }
            if m.extra_words == 0 {
                s += 2.0;
                reasons.push(Reason::Exact);
            } else {
                s -= (0.6 * m.extra_words as f32).min(4.0);
                reasons.push(Reason::ExtraWords(m.extra_words));
            }
            if let Some(n) = m.narrower {
                s -= n.weight;
                reasons.push(Reason::Narrower(n));
            }
            if let Some(c) = m.combined {
                s -= 0.5;
                reasons.push(Reason::Combined(c));
            }
            if let Some(a) = m.also {
                reasons.push(Reason::Also(a));
            }
            let mut kind = m.kind;
            if rel == Some(Rel::PrivacyPolicy) {
                kind = LinkKind::Policy;
                s += 4.0;
                reasons.push(Reason::Declared);
            }
            s += corroborate(kind, &url_words, &mut reasons);
            (kind, s)
        }
        (None, Some(Rel::PrivacyPolicy)) => {
            reasons.push(Reason::Declared);
            (LinkKind::Policy, REL_DECLARED)
        }
        (None, Some(Rel::Terms)) => {
            reasons.push(Reason::DeclaredTerms);
            (LinkKind::Terms, REL_DECLARED - 2.0)
        }
        (None, None) => {
            // Behind a text that says nothing, only the policy itself is worth finding.
            let (kind, word) = url_words.kind.filter(|(k, _)| *k == LinkKind::Policy)?;
            reasons.push(Reason::UrlOnly(word));
            (kind, word.weight)
        }
    };

    // Where the link sits.
    let region = Region::parse(&link.region);
    let points = match region {
        Region::Footer => 3.0,
        Region::Dialog => 2.0,
        Region::Nav => 1.5,
        Region::Header => 1.0,
        Region::Aside => -0.5,
        Region::Main | Region::None => 0.0,
    };
    if points != 0.0 {
        score += points;
        reasons.push(Reason::Place(region));
    } else if matches!(region, Region::Main | Region::None)
        && last_index > 0
        && u64::from(link.index) * 4 >= u64::from(last_index) * 3
        && !page.is_hub
    {
        score += 1.0;
        reasons.push(Reason::NearEnd);
    }
    if !link.visible && region != Region::Dialog {
        score -= 1.0;
        reasons.push(Reason::Hidden);
    }

    // What resolving the URL can still add: the same site, and being the page itself (a
    // policy page) or a policy linked from a hub. Links that cannot reach the threshold are
    // dropped before the (comparatively costly) URL parsing.
    let named = text_match.is_some() || rel.is_some();
    let self_bonus = match page.is_policy {
        PolicyPage::ByTitle => SELF_POLICY_BY_TITLE,
        PolicyPage::ByUrl => SELF_POLICY_BY_URL,
        PolicyPage::No => 0.0,
    };
    let may_add = if kind != LinkKind::Policy {
        0.0
    } else if named && self_bonus > 0.0 {
        self_bonus
    } else if page.is_hub && matches!(region, Region::Main | Region::None) {
        HUB_CONTENT
    } else {
        0.0
    };
    if page.url.is_some() && score + 1.0 + may_add < MIN_SCORE {
        return None;
    }

    // The destination.
    let mut url = u::resolve(page.url.as_ref(), &link.href)?;
    let fragment = url.fragment().map(str::to_string);
    u::strip_fragment(&mut url);
    u::strip_tracking(&mut url);
    let mut this_page = false;
    if let (Some(p), Some(doc)) = (&page.url, &page.doc) {
        if u::document_key(&url) == page.doc_key {
            // An in-page reference (`#section`, a table of contents) never counts; a link to
            // the page itself (or to the section the page URL names) is the page's own
            // navigation naming it, and answers with the page URL as given.
            if fragment.is_some() && fragment.as_deref() != p.fragment() {
                return None;
            }
            this_page = true;
            url = doc.clone();
        }
    }

    // Where it leads.
    let mut same_site = false;
    if page.url.is_some() {
        same_site = u::site_of(&url) == page.site;
        if same_site {
            score += 1.0;
            reasons.push(Reason::SameSite);
        } else {
            score -= 2.0;
            reasons.push(Reason::OtherSite);
        }
    }
    if this_page && kind == LinkKind::Policy && named && self_bonus > 0.0 {
        score += self_bonus;
        reasons.push(Reason::ThisPolicyPage(page.is_policy));
    } else if this_page {
        reasons.push(Reason::ThisPage);
    }
    if page.is_hub
        && same_site
        && !this_page
        && kind == LinkKind::Policy
        && matches!(region, Region::Main | Region::None)
    {
        score += HUB_CONTENT;
        reasons.push(Reason::HubContent);
    }
    if score < MIN_SCORE {
        return None;
    }
    Some(Candidate {
        url,
        kind,
        score,
        reasons,
        record,
        count: 1,
    })
}

/// What the URL's words add to what the text says.
fn corroborate(kind: LinkKind, words: &UrlMatch, reasons: &mut Vec<Reason>) -> f32 {
    if kind == LinkKind::Policy {
        let (points, reason) = if words.state_law {
            (-2.0, Reason::UrlStateLaw)
        } else if words.policy_name {
            (2.0, Reason::UrlPolicyName)
        } else if words.privacy {
            (1.5, Reason::UrlPrivacy)
        } else if let Some(o) = words.other {
            (-1.0, Reason::UrlOther(o))
        } else {
            return 0.0;
        };
        reasons.push(reason);
        return points;
    }
    match words.kind {
        Some((k, w)) if k == kind => {
            reasons.push(Reason::UrlAgrees(w));
            1.0
        }
        _ => 0.0,
    }
}

/// Puts a reason into words.
fn say(reason: &Reason, link: &LinkRecord, url: &Url) -> String {
    match *reason {
        Reason::Names(source, kind, hub, weight, keyword) => {
            let (what, said) = match source {
                Source::Text => ("link text", &link.text),
                Source::AriaLabel => ("accessible name (aria-label)", &link.aria_label),
                Source::Title => ("title", &link.title),
            };
            let names = match kind {
                LinkKind::Policy if hub => "a privacy hub, which links to the policy",
                LinkKind::Policy if weight >= 9.0 => "the privacy policy",
                LinkKind::Policy => "the privacy topic",
                LinkKind::CookiePolicy => "a cookie policy",
                LinkKind::OptOut => "an opt-out of sale, sharing or targeted ads",
                LinkKind::Settings => "privacy or cookie settings",
                LinkKind::Terms => "terms or a legal page",
                LinkKind::Supplement => "a state-law supplement, not the main policy",
            };
            format!(
                "{what} “{}” names {names} ({} “{}”)",
                clip(collapse(said), MAX_SHOWN),
                lang_name(keyword),
                keyword.phrase
            )
        }
        Reason::Exact => "the text is exactly that name".to_string(),
        Reason::ExtraWords(n) => format!("{n} other word{} in the text", plural(n)),
        Reason::Narrower(n) => format!("a narrower document (“{}”)", n.phrase),
        Reason::Combined(c) => format!("also names “{}”: a combined page", c.phrase),
        Reason::Also(a) => format!("the text also names “{}”", a.phrase),
        Reason::Declared => "declared with rel=\"privacy-policy\" (RFC 6903)".to_string(),
        Reason::DeclaredTerms => "declared with rel=\"terms-of-service\"".to_string(),
        Reason::UrlOnly(w) => format!("only the URL says so (“{}”)", w.word),
        Reason::UrlStateLaw => "the URL names a state-law notice".to_string(),
        Reason::UrlPolicyName => "the URL names a privacy policy".to_string(),
        Reason::UrlPrivacy => "the URL speaks of privacy".to_string(),
        Reason::UrlOther(w) => format!("the URL speaks of something else (“{}”)", w.word),
        Reason::UrlAgrees(w) => format!("the URL agrees (“{}”)", w.word),
        Reason::Place(region) => match region {
            Region::Footer => "in the page footer",
            Region::Dialog => "in a dialog or cookie banner",
            Region::Nav => "in the navigation",
            Region::Header => "in the page header",
            Region::Aside => "in a sidebar",
            Region::Main | Region::None => "in the page content",
        }
        .to_string(),
        Reason::NearEnd => "near the end of the page".to_string(),
        Reason::Hidden => "hidden on the page".to_string(),
        Reason::SameSite => "on the page's own site".to_string(),
        Reason::OtherSite => format!("on another site ({})", u::site_of(url)),
        Reason::ThisPolicyPage(PolicyPage::ByTitle) => {
            "this page itself, whose title names a privacy policy".to_string()
        }
        Reason::ThisPolicyPage(_) => {
            "this page itself, whose URL names a privacy policy".to_string()
        }
        Reason::ThisPage => "a link to this page".to_string(),
        Reason::HubContent => "linked from the content of this privacy hub".to_string(),
    }
}

fn lang_name(kw: &Keyword) -> &'static str {
    match kw.lang {
        "en" => "English",
        "de" => "German",
        "fr" => "French",
        "es" => "Spanish",
        "it" => "Italian",
        "pt" => "Portuguese",
        "nl" => "Dutch",
        "pl" => "Polish",
        "sv" => "Swedish",
        "da" => "Danish",
        "no" => "Norwegian",
        "fi" => "Finnish",
        "cs" => "Czech",
        "tr" => "Turkish",
        "ru" => "Russian",
        "ja" => "Japanese",
        "zh" => "Chinese",
        "ko" => "Korean",
        _ => "keyword",
    }
}

fn plural(n: u32) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The text a person would read for the link: visible text, else aria-label, else title.
fn shown_text(link: &LinkRecord) -> String {
    let t = [&link.text, &link.aria_label, &link.title]
        .into_iter()
        .find(|t| !t.trim().is_empty())
        .map(|t| collapse(t))
        .unwrap_or_default();
    clip(t, MAX_SHOWN)
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(MAX_SHOWN * 2));
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
        if out.len() > MAX_SHOWN * 2 {
            break;
        }
    }
    out
}

fn clip(mut s: String, max: usize) -> String {
    if s.len() > max {
        let mut end = max;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
        s.push('…');
    }
    s
}

/// The link relations that declare a document (RFC 6903).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rel {
    PrivacyPolicy,
    Terms,
}

impl Rel {
    fn of(rel: &str) -> Option<Rel> {
        rel.split_ascii_whitespace().find_map(|r| {
            if r.eq_ignore_ascii_case("privacy-policy") {
                Some(Rel::PrivacyPolicy)
            } else if r.eq_ignore_ascii_case("terms-of-service") {
                Some(Rel::Terms)
            } else {
                None
            }
        })
    }
}
