//! Reads an HTML page into the [`LinkRecord`]s a content script would collect: every
//! `<a href>` and `<area href>` with its visible text (image `alt` included), `title`,
//! `aria-label`, `rel`, landmark region and visibility, plus `<link rel="privacy-policy">`
//! (RFC 6903). Hrefs are resolved against the first `<base href>` (else the page URL).
//!
//! html5gum tokenises (entities decoded as browsers do); the open-element stack kept here is
//! a light stand-in for a DOM: an end tag closes everything opened after its start tag, so
//! unclosed `<p>`/`<li>` do not leak a region past their parent.

use url::Url;

use crate::html::{Attrs, StartTag, Token};

use super::url as u;
use super::{LinkRecord, Region};

/// Longest link text kept, in bytes (teaser cards hold whole paragraphs).
const MAX_TEXT: usize = 400;
/// Longest title or heading kept, in bytes.
const MAX_TITLE: usize = 300;

/// What the page says about itself and its links.
#[derive(Debug, Default)]
pub struct ParsedPage {
    /// The links, in document order.
    pub records: Vec<LinkRecord>,
    /// The first `<title>` (outside SVG), whitespace collapsed.
    pub title: Option<String>,
    /// The first `<h1>`, whitespace collapsed.
    pub heading: Option<String>,
}

/// One open element.
struct Open {
    name: Vec<u8>,
    /// The landmark it is in (its own or an ancestor's, see [`Region::priority`]).
    region: Region,
    /// Inside `<article>`, `<aside>`, `<main>`, `<nav>` or `<section>`: a `<header>` or
    /// `<footer>` there belongs to that section, not the page (HTML-AAM).
    sectioned: bool,
    hidden: bool,
}

/// The link being read.
struct Building {
    record: LinkRecord,
    /// Stack depth of its `<a>`.
    depth: usize,
}

fn attr(attrs: &Attrs, name: &str) -> Option<String> {
    attrs
        .get(name.as_bytes())
        .map(|v| String::from_utf8_lossy(v).into_owned())
}

fn attr_is(attrs: &Attrs, name: &str, pred: impl Fn(&str) -> bool) -> bool {
    attrs
        .get(name.as_bytes())
        .is_some_and(|v| pred(&String::from_utf8_lossy(v).to_ascii_lowercase()))
}

fn is_void(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
    )
}

/// Class or id fragments that mark a landmark on sites that use no landmark elements.
fn region_of_names(names: &str) -> Region {
    const DIALOG: &[&str] = &[
        "cookie",
        "consent",
        "gdpr",
        "onetrust",
        "optanon",
        "didomi",
        "usercentrics",
        "truste",
        "cookiebot",
        "qc-cmp",
        "cmp-",
        "sp_message",
        "fc-consent",
        "privacy-banner",
    ];
    if DIALOG.iter().any(|d| names.contains(d)) {
        Region::Dialog
    } else if names.contains("footer") || names.contains("colophon") {
        Region::Footer
    } else if names.contains("navbar")
        || names.contains("menu")
        || names.split([' ', '-', '_']).any(|w| w == "nav")
    {
        Region::Nav
    } else if names.contains("masthead") || names.split([' ', '-', '_']).any(|w| w == "header") {
        Region::Header
    } else if names.contains("sidebar") {
        Region::Aside
    } else {
        Region::None
    }
}

/// The landmark an element opens by its name, ARIA role, class and id.
fn own_region(tag: &StartTag<'_>, name: &[u8], sectioned: bool) -> Region {
    let role = attr(tag.attributes, "role").map(|r| r.to_ascii_lowercase());
    let by_role = match role.as_deref() {
        Some("contentinfo") => Region::Footer,
        Some("navigation") => Region::Nav,
        Some("banner") => Region::Header,
        Some("dialog") | Some("alertdialog") => Region::Dialog,
        Some("complementary") => Region::Aside,
        Some("main") => Region::Main,
        _ => Region::None,
    };
    let by_name = match name {
        b"footer" if !sectioned => Region::Footer,
        b"header" if !sectioned => Region::Header,
        b"nav" => Region::Nav,
        b"dialog" => Region::Dialog,
        b"aside" => Region::Aside,
        b"main" => Region::Main,
        _ => Region::None,
    };
    let by_class = if matches!(
        name,
        b"html" | b"body" | b"main" | b"article" | b"a" | b"span" | b"img"
    ) {
        Region::None
    } else {
        let mut names = String::new();
        for a in ["id", "class"] {
            if let Some(v) = attr(tag.attributes, a) {
                names.push_str(&v.to_ascii_lowercase());
                names.push(' ');
            }
        }
        region_of_names(&names)
    };
    [by_role, by_name, by_class]
        .into_iter()
        .max_by_key(|r| r.priority())
        .unwrap_or(Region::None)
}

/// `hidden`, or an inline `display:none` / `visibility:hidden`.
fn hides(attrs: &Attrs) -> bool {
    attrs.contains_key(&b"hidden"[..])
        || attr_is(attrs, "style", |s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

fn push_text(out: &mut String, s: &str, max: usize) {
    if out.len() >= max {
        return;
    }
    let room = max - out.len();
    let mut end = s.len().min(room);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    out.push_str(&s[..end]);
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parses `html` (already decoded) found at `page_url`.
pub(crate) fn parse(html: &str, page_url: Option<&Url>) -> ParsedPage {
    let mut page = ParsedPage::default();
    let mut stack: Vec<Open> = Vec::new();
    let mut link: Option<Building> = None;
    let mut base: Option<Url> = None;
    let mut base_seen = false;
    let mut index = 0u32;
    let mut foreign = 0usize; // open <svg>/<math>: their text is not the link's
    let mut title: Option<String> = None;
    let mut in_title = false;
    let mut heading: Option<String> = None;
    let mut in_heading = false;

    let resolve = |base: &Option<Url>, href: &str| -> String {
        u::resolve(base.as_ref().or(page_url), href)
            .map(String::from)
            .unwrap_or_else(|| href.trim().to_string())
    };
    fn finish(link: &mut Option<Building>, records: &mut Vec<LinkRecord>) {
        if let Some(mut b) = link.take() {
            b.record.text = collapse(&b.record.text);
            records.push(b.record);
        }
    }

    crate::html::tokenize(html, &mut |token| {
        match token {
            Token::StartTag(tag) => {
                let name: &[u8] = tag.name;
                let parent = stack.last();
                let parent_region = parent.map_or(Region::None, |p| p.region);
                let sectioned = parent.is_some_and(|p| p.sectioned);
                let hidden = parent.is_some_and(|p| p.hidden) || hides(tag.attributes);
                match name {
                    b"base" if !base_seen => {
                        if let Some(h) = attr(tag.attributes, "href") {
                            base_seen = true;
                            base = u::resolve(page_url, &h);
                        }
                    }
                    b"title" if foreign == 0 && title.is_none() => {
                        in_title = true;
                        title = Some(String::new());
                    }
                    b"h1" if heading.is_none() => {
                        in_heading = true;
                        heading = Some(String::new());
                    }
                    b"svg" | b"math" => foreign += 1,
                    b"img" => {
                        if let (Some(b), Some(alt)) = (link.as_mut(), attr(tag.attributes, "alt")) {
                            push_text(&mut b.record.text, " ", MAX_TEXT);
                            push_text(&mut b.record.text, &alt, MAX_TEXT);
                            push_text(&mut b.record.text, " ", MAX_TEXT);
                        }
                    }
                    b"a" | b"area" | b"link" => {
                        if name == b"a" {
                            finish(&mut link, &mut page.records);
                        }
                        let rel = attr(tag.attributes, "rel").unwrap_or_default();
                        let declares = rel.split_ascii_whitespace().any(|r| {
                            r.eq_ignore_ascii_case("privacy-policy")
                                || r.eq_ignore_ascii_case("terms-of-service")
                        });
                        // An empty href is a placeholder for a script ("Privacy Settings" buttons),
                        // not a link to the page itself.
                        if let Some(href) = attr(tag.attributes, "href")
                            .filter(|h| !h.trim().is_empty())
                            .filter(|_| name != b"link" || declares)
                        {
                            let record = LinkRecord {
                                href: resolve(&base, &href),
                                text: if name == b"area" {
                                    attr(tag.attributes, "alt").unwrap_or_default()
                                } else {
                                    String::new()
                                },
                                title: attr(tag.attributes, "title")
                                    .map(|t| collapse(&t))
                                    .unwrap_or_default(),
                                aria_label: attr(tag.attributes, "aria-label")
                                    .map(|t| collapse(&t))
                                    .unwrap_or_default(),
                                rel,
                                region: if name == b"link" {
                                    String::new()
                                } else {
                                    parent_region.as_str().to_string()
                                },
                                index,
                                visible: !hidden || name == b"link",
                            };
                            index = index.saturating_add(1);
                            if name == b"a" && !tag.self_closing {
                                link = Some(Building {
                                    record,
                                    depth: stack.len(),
                                });
                            } else {
                                page.records.push(record);
                            }
                        }
                    }
                    _ => {}
                }
                if is_void(name) || tag.self_closing {
                    return;
                }
                let own = own_region(&tag, name, sectioned);
                let region = if own.priority() > parent_region.priority() {
                    own
                } else {
                    parent_region
                };
                stack.push(Open {
                    name: name.to_vec(),
                    region,
                    sectioned: sectioned
                        || matches!(name, b"article" | b"aside" | b"main" | b"nav" | b"section"),
                    hidden,
                });
            }
            Token::EndTag(name) => {
                match name {
                    b"title" => in_title = false,
                    b"h1" => in_heading = false,
                    b"a" => finish(&mut link, &mut page.records),
                    _ => {}
                }
                if let Some(pos) = stack.iter().rposition(|o| o.name == name) {
                    for o in &stack[pos..] {
                        if matches!(o.name.as_slice(), b"svg" | b"math") {
                            foreign = foreign.saturating_sub(1);
                        }
                    }
                    stack.truncate(pos);
                    if link.as_ref().is_some_and(|b| b.depth > stack.len()) {
                        finish(&mut link, &mut page.records);
                    }
                }
            }
            Token::String(s) => {
                let s = crate::text::utf8_lossy(s);
                if in_title {
                    if let Some(t) = title.as_mut() {
                        push_text(t, &s, MAX_TITLE);
                    }
                    return;
                }
                if foreign > 0 {
                    return;
                }
                if in_heading {
                    if let Some(h) = heading.as_mut() {
                        push_text(h, &s, MAX_TITLE);
                    }
                }
                if let Some(b) = link.as_mut() {
                    push_text(&mut b.record.text, &s, MAX_TEXT);
                }
            }
        }
    });
    finish(&mut link, &mut page.records);
    page.title = title.map(|t| collapse(&t)).filter(|t| !t.is_empty());
    page.heading = heading.map(|t| collapse(&t)).filter(|t| !t.is_empty());
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_at(html: &str, url: &str) -> ParsedPage {
        parse(html, Url::parse(url).ok().as_ref())
    }

    #[test]
    fn reads_text_title_aria_rel_and_alt() {
        let p = parse_at(
            r#"<title>News &amp; more</title><h1>Story</h1>
               <a href="/privacy" title="Our  policy" aria-label="Privacy Policy" rel="nofollow">Priv&shy;acy <b>Policy</b></a>
               <a href="/ads"><img src=x.png alt="AdChoices"></a>"#,
            "https://example.com/news/1",
        );
        assert_eq!(p.title.as_deref(), Some("News & more"));
        assert_eq!(p.heading.as_deref(), Some("Story"));
        assert_eq!(p.records.len(), 2);
        let a = &p.records[0];
        assert_eq!(a.href, "https://example.com/privacy");
        assert_eq!(a.text, "Priv\u{ad}acy Policy");
        assert_eq!(a.title, "Our policy");
        assert_eq!(a.aria_label, "Privacy Policy");
        assert_eq!(a.rel, "nofollow");
        assert_eq!(p.records[1].text, "AdChoices");
        assert_eq!(p.records[1].index, 1);
    }

    #[test]
    fn honours_the_first_base_href() {
        let p = parse_at(
            r#"<head><base href="https://cdn.example.org/site/"><base href="https://wrong.example/"></head>
               <a href="privacy.html">Privacy</a>"#,
            "https://example.com/a/b",
        );
        assert_eq!(
            p.records[0].href,
            "https://cdn.example.org/site/privacy.html"
        );
        let relative = parse_at(
            r#"<base href="/en/"><a href="privacy">Privacy</a>"#,
            "https://example.com/a/b",
        );
        assert_eq!(relative.records[0].href, "https://example.com/en/privacy");
    }

    #[test]
    fn tracks_landmarks_by_element_role_and_class() {
        let p = parse_at(
            r#"<header><a href="/1">h</a></header>
               <nav><a href="/2">n</a></nav>
               <main><article><footer><a href="/3">article footer</a></footer><p><a href="/4">m</a></article></main>
               <div id="onetrust-banner-sdk"><div><p>We use cookies <a href="/5">c</a></div></div>
               <div class="site-footer"><div><ul><li><a href="/6">f</a><li><a href="/7">g</a></ul></div></div>
               <div role="contentinfo"><a href="/8">r</a></div>
               <footer><nav><a href="/9">footer nav</a></nav></footer>
               <a href="/10">after</a>"#,
            "https://example.com/",
        );
        let regions: Vec<&str> = p.records.iter().map(|r| r.region.as_str()).collect();
        assert_eq!(
            regions,
            [
                "header", "nav", "main", "main", "dialog", "footer", "footer", "footer", "footer",
                ""
            ]
        );
    }

    #[test]
    fn an_unclosed_element_does_not_leak_its_region() {
        let p = parse_at(
            r#"<div class="footer"><p>one<div><p>two</div></div><a href="/x">after</a>"#,
            "https://example.com/",
        );
        assert_eq!(p.records[0].region, "");
    }

    #[test]
    fn hidden_links_are_marked() {
        let p = parse_at(
            r#"<div style="display: none"><a href="/a">a</a></div><a href="/b" hidden>b</a><a href="/c">c</a>"#,
            "https://example.com/",
        );
        let v: Vec<bool> = p.records.iter().map(|r| r.visible).collect();
        assert_eq!(v, [false, false, true]);
    }

    #[test]
    fn link_rel_privacy_policy_and_area() {
        let p = parse_at(
            r#"<link rel="stylesheet" href="/s.css"><link rel="privacy-policy" href="/legal/privacy">
               <map><area href="/terms" alt="Terms"></map><a name="x">no href</a>"#,
            "https://example.com/",
        );
        assert_eq!(p.records.len(), 2);
        assert_eq!(p.records[0].rel, "privacy-policy");
        assert_eq!(p.records[0].href, "https://example.com/legal/privacy");
        assert_eq!(p.records[1].text, "Terms");
    }

    #[test]
    fn svg_titles_are_not_the_page_title_or_link_text() {
        let p = parse_at(
            r#"<a href="/p"><svg><title>Icon</title></svg>Privacy</a><title>Real</title>"#,
            "https://example.com/",
        );
        assert_eq!(p.records[0].text, "Privacy");
        assert_eq!(p.title.as_deref(), Some("Real"));
    }

    #[test]
    fn nested_and_unclosed_anchors_end_where_browsers_end_them() {
        let p = parse_at(
            r#"<div><a href="/a">one<a href="/b">two</a></div><div><a href="/c">three</div> four"#,
            "https://example.com/",
        );
        let t: Vec<&str> = p.records.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(t, ["one", "two", "three"]);
    }

    #[test]
    fn garbage_does_not_panic() {
        for s in [
            "<a href",
            "<a href='javascript:x'>",
            "</a></div></footer>",
            "<svg><a href=/x>",
            "\u{0}<a href=\u{0}>",
        ] {
            let _ = parse_at(s, "https://example.com/");
            let _ = parse(s, None);
        }
    }
}
