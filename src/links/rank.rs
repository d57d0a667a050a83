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
//! | URL is a tag/topic listing | −4 |
//! | `rel="privacy-policy"` (RFC 6903) | +4 |
//! | hidden (outside a dialog) | −1 |
//! | a link to the page itself, when the page's title · only its URL names a privacy policy | +8 · +4 |
//! | on a privacy hub, a same-site link in its content | +4 |
//! | only the title attribute names it | −1 |
//! | linked again (same URL and kind) | +0.5 each, at most +1.5 |
//!
//! Candidates below [`MIN_SCORE`] are not reported: an article link that merely mentions
//! privacy ("Facebook settles over privacy violations", another site, in the body) stays
//! below it, a footer "Privacy" link is far above it.

use std::collections::HashMap;

use url::Url;

use super::classify::{self, TextMatch, UrlMatch};
use super::keywords::Keyword;
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
        let url_hub = matches!(by_url.kind, Some((LinkKind::Policy, w)) if w.cue == super::keywords::UrlCue::Hub);
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

/// One scored link before links to the same document are merged.
struct Candidate {
    url: Url,
    kind: LinkKind,
    score: f32,
    reasons: Vec<String>,
    text: String,
    index: u32,
    count: u32,
}

/// Ranks the policy-link candidates among `links` on `page`.
pub(crate) fn rank(page: &Page, links: &[LinkRecord]) -> Vec<PolicyLink> {
    let brand: Vec<&str> = page.brand.iter().map(String::as_str).collect();
    let last_index = links.iter().map(|l| l.index).max().unwrap_or(0);
    let mut buf = String::new();
    let mut merged: Vec<Candidate> = Vec::new();
    let mut by_key: HashMap<(String, LinkKind), usize> = HashMap::new();
    for link in links {
        let Some(c) = score(page, link, &brand, last_index, &mut buf) else {
            continue;
        };
        match by_key.get(&(c.url.as_str().to_string(), c.kind)) {
            Some(&i) => {
                let m = &mut merged[i];
                m.count += 1;
                if c.score > m.score {
                    let count = m.count;
                    *m = Candidate { count, ..c };
                }
            }
            None => {
                by_key.insert((c.url.as_str().to_string(), c.kind), merged.len());
                merged.push(c);
            }
        }
    }
    let mut out: Vec<(PolicyLink, u32)> = merged
        .into_iter()
        .map(|mut c| {
            if c.count > 1 {
                c.score += (0.5 * (c.count - 1) as f32).min(1.5);
                c.reasons
                    .push(format!("linked {} times on the page", c.count));
            }
            let link = PolicyLink {
                url: c.url.into(),
                kind: c.kind,
                score: (c.score * 10.0).round() / 10.0,
                reasons: c.reasons,
                text: c.text,
            };
            (link, c.index)
        })
        .filter(|(l, _)| l.score >= MIN_SCORE)
        .collect();
    out.sort_by(|(a, ai), (b, bi)| {
        let policy = |l: &PolicyLink| l.kind == LinkKind::Policy;
        policy(b)
            .cmp(&policy(a))
            .then(b.score.total_cmp(&a.score))
            .then(ai.cmp(bi))
    });
    let mut per_kind: HashMap<LinkKind, usize> = HashMap::new();
    out.into_iter()
        .filter(|(l, _)| {
            let n = per_kind.entry(l.kind).or_default();
            *n += 1;
            *n <= MAX_PER_KIND
        })
        .map(|(l, _)| l)
        .collect()
}

/// Where a decision came from.
#[derive(Clone, Copy, PartialEq)]
enum Source {
    Text,
    AriaLabel,
    Title,
}

fn score(
    page: &Page,
    link: &LinkRecord,
    brand: &[&str],
    last_index: u32,
    buf: &mut String,
) -> Option<Candidate> {
    // Cheap screening first: the text, the URL's words, rel.
    let mut text_match: Option<(TextMatch, Source)> = None;
    for (t, source) in [
        (&link.text, Source::Text),
        (&link.aria_label, Source::AriaLabel),
        (&link.title, Source::Title),
    ] {
        if t.trim().is_empty() {
            continue;
        }
        let Some(m) = classify::classify_text(t, brand, buf) else {
            continue;
        };
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
    let url_words = classify::classify_url(u::path_and_query(&link.href));
    let rel = Rel::of(&link.rel);
    if text_match.is_none() && url_words.kind.is_none() && rel.is_none() {
        return None;
    }

    // The destination.
    let mut url = u::resolve(page.url.as_ref(), &link.href)?;
    let fragment = url.fragment().map(str::to_string);
    u::strip_fragment(&mut url);
    u::strip_tracking(&mut url);
    let mut reasons = Vec::new();
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

    let shown = shown_text(link);
    let (kind, mut score) = match (&text_match, rel) {
        (Some((m, source)), _) => {
            reasons.push(describe(m, *source, link));
            let mut s = m.weight;
            if *source == Source::Title {
                s -= 1.0;
            }
            if m.extra_words == 0 {
                s += 2.0;
                reasons.push("the text is exactly that name".to_string());
            } else {
                s -= (0.6 * m.extra_words as f32).min(4.0);
                reasons.push(format!(
                    "{} other word{} in the text",
                    m.extra_words,
                    plural(m.extra_words)
                ));
            }
            if let Some(n) = m.narrower {
                s -= n.weight;
                reasons.push(format!("a narrower document (“{}”)", n.phrase));
            }
            if let Some(c) = m.combined {
                s -= 0.5;
                reasons.push(format!("also names “{}”: a combined page", c.phrase));
            }
            if let Some(a) = m.also {
                reasons.push(format!("the text also names “{}”", a.phrase));
            }
            let mut kind = m.kind;
            if rel == Some(Rel::PrivacyPolicy) {
                kind = LinkKind::Policy;
                s += 4.0;
                reasons.push("declared with rel=\"privacy-policy\" (RFC 6903)".to_string());
            }
            s += corroborate(kind, &url_words, &mut reasons);
            (kind, s)
        }
        (None, Some(Rel::PrivacyPolicy)) => {
            reasons.push("declared with rel=\"privacy-policy\" (RFC 6903)".to_string());
            let s = 14.0 + corroborate(LinkKind::Policy, &url_words, &mut reasons);
            (LinkKind::Policy, s)
        }
        (None, Some(Rel::Terms)) => {
            reasons.push("declared with rel=\"terms-of-service\"".to_string());
            (LinkKind::Terms, 12.0)
        }
        (None, None) => {
            let (kind, word) = url_words.kind?;
            reasons.push(format!("only the URL says so (“{}”)", word.word));
            let mut s = word.weight;
            if !classify::is_generic(&shown, buf) {
                s -= 2.0;
                reasons.push("the link text names something else".to_string());
            }
            (kind, s)
        }
    };
    if url_words.listing {
        score -= 4.0;
        reasons.push("the URL is a tag or topic listing".to_string());
    }

    // Where the link sits.
    let region = Region::parse(&link.region);
    let (points, place) = match region {
        Region::Footer => (3.0, "in the page footer"),
        Region::Dialog => (2.0, "in a dialog or cookie banner"),
        Region::Nav => (1.5, "in the navigation"),
        Region::Header => (1.0, "in the page header"),
        Region::Aside => (-0.5, "in a sidebar"),
        Region::Main | Region::None
            if last_index > 0 && link.index * 4 >= last_index * 3 && !page.is_hub =>
        {
            (1.0, "near the end of the page")
        }
        _ => (0.0, ""),
    };
    score += points;
    if !place.is_empty() {
        reasons.push(place.to_string());
    }
    if !link.visible && region != Region::Dialog {
        score -= 1.0;
        reasons.push("hidden on the page".to_string());
    }

    // Where it leads.
    let mut same_site = false;
    if page.url.is_some() {
        let site = u::site_of(&url);
        same_site = site == page.site;
        if same_site {
            score += 1.0;
            reasons.push("on the page's own site".to_string());
        } else {
            score -= 2.0;
            reasons.push(format!("on another site ({site})"));
        }
    }
    let self_bonus = match page.is_policy {
        PolicyPage::ByTitle => SELF_POLICY_BY_TITLE,
        PolicyPage::ByUrl => SELF_POLICY_BY_URL,
        PolicyPage::No => 0.0,
    };
    let named = text_match.is_some() || rel.is_some();
    if this_page && kind == LinkKind::Policy && named && self_bonus > 0.0 {
        score += self_bonus;
        reasons.push(if page.is_policy == PolicyPage::ByTitle {
            "this page itself, whose title names a privacy policy".to_string()
        } else {
            "this page itself, whose URL names a privacy policy".to_string()
        });
    } else if this_page {
        reasons.push("a link to this page".to_string());
    }
    if page.is_hub
        && same_site
        && !this_page
        && kind == LinkKind::Policy
        && matches!(region, Region::Main | Region::None)
    {
        score += HUB_CONTENT;
        reasons.push("linked from the content of this privacy hub".to_string());
    }

    Some(Candidate {
        url,
        kind,
        score,
        reasons,
        text: shown,
        index: link.index,
        count: 1,
    })
}

/// What the URL's words add to what the text says.
fn corroborate(kind: LinkKind, words: &UrlMatch, reasons: &mut Vec<String>) -> f32 {
    if kind == LinkKind::Policy {
        if words.state_law {
            reasons.push("the URL names a state-law notice".to_string());
            return -2.0;
        }
        if words.policy_name {
            reasons.push("the URL names a privacy policy".to_string());
            return 2.0;
        }
        if words.privacy {
            reasons.push("the URL speaks of privacy".to_string());
            return 1.5;
        }
        if let Some(o) = words.other {
            reasons.push(format!("the URL speaks of something else (“{}”)", o.word));
            return -1.0;
        }
        return 0.0;
    }
    match words.kind {
        Some((k, w)) if k == kind => {
            reasons.push(format!("the URL agrees (“{}”)", w.word));
            1.0
        }
        _ => 0.0,
    }
}

fn describe(m: &TextMatch, source: Source, link: &LinkRecord) -> String {
    let (what, said) = match source {
        Source::Text => ("link text", &link.text),
        Source::AriaLabel => ("accessible name (aria-label)", &link.aria_label),
        Source::Title => ("title", &link.title),
    };
    let names = match m.kind {
        LinkKind::Policy if m.hub => "a privacy hub, which links to the policy",
        LinkKind::Policy if m.weight >= 9.0 => "the privacy policy",
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
        lang_name(m.keyword),
        m.keyword.phrase
    )
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
