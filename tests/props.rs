//! Property checks of text extraction and analysis (issue 7), on stable: the invariants the
//! fuzz targets in `fuzz/` check, over generated strings, bytes and HTML-ish markup (random
//! tags, nesting, entities, unicode, zero-width and bidi characters, policy words).
//!
//! For every input:
//! * nothing panics;
//! * the extracted text is its blocks joined by `\n`, whitespace collapsed, invisible
//!   characters gone;
//! * the report has 15 findings in PRACTICES order, and every evidence quote is exactly
//!   `text[start..end]` of the extracted text, on char boundaries;
//! * the output is deterministic: the same JSON twice, and `analyze_bytes` agrees with
//!   `extract` + `analyze_policy_text`.

use fineprint::text::{self, Hints, PolicyText};
use fineprint::{Options, Report, PRACTICES};
use proptest::prelude::*;

// ---------- generators ----------

/// Words and phrases the rules react to, plus sentence punctuation and abbreviations.
const WORDS: &[&str] = &[
    "we",
    "do",
    "not",
    "never",
    "sell",
    "share",
    "your",
    "personal information",
    "data",
    "cookies",
    "advertising",
    "partners",
    "third parties",
    "Do Not Track",
    "Global Privacy Control",
    "GPC",
    "delete",
    "access",
    "children",
    "under 13",
    "retain",
    "for 30 days",
    "transfer",
    "United States",
    "GPS",
    "location",
    "encrypt",
    "TLS",
    "unsubscribe",
    "marketing",
    "notify",
    "changes",
    "Privacy Policy",
    "Terms of Service",
    "Cookie Policy",
    "e.g.",
    "Inc.",
    "U.S.",
    "No.",
    "6.",
    "i.",
    "a.",
    ".",
    ". ",
    "? ",
    "! ",
    ", but ",
    "; ",
    ": ",
    "“",
    "”",
    "’",
    "\"",
    "including but not limited to",
    "Do Not Sell My Personal Information",
    "here.Hotjar",
    "1.5",
    "(a)",
    "[",
    "](",
    ")",
    "**",
    "_",
    "\\.",
    "#",
    "* ",
    "- ",
    "> ",
];

/// Characters that are invisible or reorder text.
const INVISIBLE: &[char] = &[
    '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}', '\u{200e}', '\u{200f}',
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

fn invisible() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(INVISIBLE), 1..4)
        .prop_map(|cs| cs.into_iter().collect())
}

fn entity() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(
            &[
                "&amp;",
                "&lt;",
                "&gt;",
                "&quot;",
                "&nbsp;",
                "&mdash;",
                "&#x200b;",
                "&zwj;",
                "&rlm;",
                "&lrm;",
                "&shy;",
                "&#0;",
                "&#xD800;",
                "&#x110000;",
                "&#8217;",
                "&rsquo;",
                "&amp",
                "&notin;",
                "&noti;",
                "&",
                "&#",
                "&#x;",
            ][..]
        )
        .prop_map(str::to_string),
        "&#[0-9]{1,8};?",
        "&#x[0-9a-fA-F]{1,7};?",
        "&[a-zA-Z]{1,10};?",
    ]
}

/// A run of text: policy words, random characters of any script, entities, invisibles,
/// whitespace of every kind.
fn leaf() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::collection::vec(proptest::sample::select(WORDS), 1..12)
            .prop_map(|ws| ws.join(" ")),
        2 => "[a-zA-Z0-9 .,;:!?'\"()\\[\\]*_#-]{0,30}",
        1 => "\\PC{0,12}",
        1 => entity(),
        1 => invisible(),
        1 => "[ \t\n\r\u{a0}\u{2028}\u{3000}\u{85}\u{b}\u{c}]{1,4}",
        1 => ".{0,8}",
        1 => proptest::sample::select(&["Yes", "No", "No.", "Sold", "Sold:"][..]).prop_map(String::from),
    ]
}

const TAGS: &[&str] = &[
    "p", "div", "span", "b", "strong", "i", "a", "h1", "h2", "h3", "h6", "li", "ul", "ol", "td",
    "th", "tr", "thead", "tbody", "table", "section", "article", "header", "footer", "nav", "main",
    "aside", "dialog", "script", "style", "noscript", "template", "svg", "textarea", "button",
    "title", "head", "body", "html", "br", "hr", "img", "pre", "label", "option", "select",
    "iframe", "math", "X-CUSTOM", "P", "DIV",
];

const ATTRS: &[&str] = &[
    "",
    " role=navigation",
    " role=contentinfo",
    " role=dialog",
    " role=banner",
    " class=\"cookie-banner\"",
    " id=consent",
    " aria-label=\"Cookie settings\"",
    " hidden",
    " hidden class=x",
    " aria-hidden=true class=\"icon\"",
    " lang=en",
    " lang=\"  DE \"",
    " href=\"/privacy\"",
    " style=\"display:none\"",
    " data-x='<p>'",
    " a=\"unterminated",
    " /",
    " title=\"Privacy Policy\"",
    " aria-expanded=false",
];

/// Markup: elements with random attributes, nested up to a few levels, sometimes left open,
/// sometimes closed twice or closed with the wrong name; comments, doctypes, CDATA.
fn html() -> impl Strategy<Value = String> {
    leaf().prop_recursive(5, 96, 6, |inner| {
        prop_oneof![
            6 => (
                proptest::sample::select(TAGS),
                proptest::sample::select(ATTRS),
                proptest::collection::vec(inner.clone(), 0..6),
                0u8..6,
                proptest::sample::select(TAGS),
            )
                .prop_map(|(tag, attrs, children, close, other)| {
                    let mut s = format!("<{tag}{attrs}>");
                    for c in children {
                        s.push_str(&c);
                    }
                    match close {
                        0 => {}                                 // left open
                        1 => s.push_str(&format!("</{other}>")), // wrong end tag
                        2 => s.push_str(&format!("</{tag}></{tag}>")), // closed twice
                        _ => s.push_str(&format!("</{tag}>")),
                    }
                    s
                }),
            1 => inner.clone().prop_map(|c| format!("<!--{c}-->")),
            1 => inner.clone().prop_map(|c| format!("<![CDATA[{c}]]>")),
            1 => inner.clone().prop_map(|c| format!("<!doctype html>{c}")),
            1 => inner.prop_map(|c| format!("<{c}")),
        ]
    })
}

/// A whole page: sometimes with a doctype, head and title, so it is sniffed as HTML.
fn page() -> impl Strategy<Value = String> {
    (any::<bool>(), leaf(), proptest::collection::vec(html(), 0..6)).prop_map(|(head, title, body)| {
        let body = body.concat();
        if head {
            format!("<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>")
        } else {
            body
        }
    })
}

/// Markdown-ish plain text: headings, bullets, emphasis, links, soft-wrapped lines.
fn markdown() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (
            proptest::sample::select(
                &[
                    "", "# ", "## ", "####### ", "* ", "- ", "• ", "> ", "6. ", "  ",
                ][..],
            ),
            leaf(),
            proptest::sample::select(&["\n", "\n\n", "\r\n", " "][..]),
        ),
        0..20,
    )
    .prop_map(|lines| {
        lines
            .into_iter()
            .map(|(prefix, body, end)| format!("{prefix}{body}{end}"))
            .collect()
    })
}

/// Hints of every sort, including nonsense labels.
fn hints() -> impl Strategy<Value = Hints> {
    (
        proptest::option::of(proptest::sample::select(
            &[
                "utf-8",
                "UTF-8",
                "windows-1252",
                "latin1",
                "utf-16le",
                "utf-16be",
                "shift_jis",
                "x-bogus",
                "",
            ][..],
        )),
        proptest::option::of(proptest::sample::select(
            &[
                "text/html",
                "text/plain",
                "TEXT/HTML; charset=utf-8",
                "application/xhtml+xml",
                "text/markdown",
                "application/pdf",
                "",
            ][..],
        )),
    )
        .prop_map(|(c, t)| Hints {
            charset: c.map(str::to_string),
            content_type: t.map(str::to_string),
        })
}

/// Invalid UTF-8: stray bytes, truncated and surrogate sequences, beyond U+10FFFF, NUL.
const BAD_UTF8: &[&[u8]] = &[
    b"\xff",
    b"\xc3",
    b"\x80",
    b"\xe2\x82",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"\x00",
];

/// Bytes: random, UTF-8 text with invalid sequences spliced in, or UTF-16 with a BOM.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..600),
        (
            page(),
            proptest::collection::vec(
                (
                    any::<prop::sample::Index>(),
                    proptest::sample::select(BAD_UTF8),
                ),
                0..8
            )
        )
            .prop_map(|(s, bad)| {
                let mut v = s.into_bytes();
                for (at, b) in bad {
                    let i = at.index(v.len() + 1);
                    v.splice(i..i, b.iter().copied());
                }
                v
            }),
        (any::<bool>(), page()).prop_map(|(le, s)| {
            let mut v = if le {
                vec![0xff, 0xfe]
            } else {
                vec![0xfe, 0xff]
            };
            for u in s.encode_utf16() {
                v.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            v
        }),
        markdown().prop_map(|s| {
            let mut v = vec![0xef, 0xbb, 0xbf];
            v.extend(s.into_bytes());
            v
        }),
    ]
}

// ---------- checks ----------

/// The extracted text is its blocks joined by `\n`; blocks hold no newline, no other
/// whitespace than single inner spaces, no control or invisible characters.
fn check_text(t: &PolicyText) -> Result<(), TestCaseError> {
    let mut prev_end = 0usize;
    for (i, b) in t.blocks.iter().enumerate() {
        prop_assert!(
            b.start < b.end && b.end <= t.text.len(),
            "block {}..{}",
            b.start,
            b.end
        );
        prop_assert!(t.text.is_char_boundary(b.start) && t.text.is_char_boundary(b.end));
        let want_start = if i == 0 { 0 } else { prev_end + 1 };
        prop_assert_eq!(b.start, want_start, "blocks are not joined by one newline");
        prev_end = b.end;
        let body = t.block_text(b);
        prop_assert!(
            !body.starts_with(' ') && !body.ends_with(' '),
            "untrimmed block {body:?}"
        );
        prop_assert!(!body.contains("  "), "uncollapsed whitespace in {body:?}");
        for c in body.chars() {
            prop_assert!(
                c == ' ' || !(c.is_whitespace() || c.is_control()),
                "{c:?} in {body:?}"
            );
            prop_assert!(!INVISIBLE.contains(&c), "invisible {c:?} kept in {body:?}");
        }
    }
    prop_assert_eq!(prev_end, t.text.len(), "text after the last block");
    Ok(())
}

/// 15 findings in PRACTICES order; evidence is `text[start..end]` on char boundaries.
fn check_report(text: &str, r: &Report) -> Result<(), TestCaseError> {
    let ids: Vec<&str> = r.findings.iter().map(|f| f.practice.as_str()).collect();
    let want: Vec<&str> = PRACTICES.iter().map(|p| p.id).collect();
    prop_assert_eq!(ids, want);
    prop_assert_eq!(r.text_length, text.len());
    for f in &r.findings {
        prop_assert!((0.0..=1.0).contains(&f.confidence));
        prop_assert!(f.verdict == fineprint::Verdict::NotMentioned || !f.evidence.is_empty());
        for e in &f.evidence {
            prop_assert!(
                e.start <= e.end && e.end <= text.len(),
                "{}..{} of {}",
                e.start,
                e.end,
                text.len()
            );
            prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
            prop_assert_eq!(&text[e.start..e.end], e.text.as_str());
        }
    }
    for d in &r.documents {
        prop_assert!(d.start <= d.end && d.end <= text.len());
    }
    Ok(())
}

/// Every property at once, for bytes and hints.
fn check_bytes(bytes: &[u8], hints: Hints) -> Result<(), TestCaseError> {
    let options = Options {
        hints: hints.clone(),
        ..Options::default()
    };
    let extracted = text::extract(bytes, &hints);
    check_text(&extracted)?;
    let report = fineprint::analyze_policy_text(extracted.clone(), &options);
    check_report(&extracted.text, &report)?;
    let json = report.to_json();
    prop_assert_eq!(
        &json,
        &fineprint::analyze_bytes(bytes, &options).to_json(),
        "analyze_bytes differs"
    );
    prop_assert_eq!(
        &json,
        &fineprint::analyze_policy_text(extracted, &options).to_json(),
        "not deterministic"
    );
    Ok(())
}

fn check_str(s: &str, hints: Hints) -> Result<(), TestCaseError> {
    let options = Options {
        hints: hints.clone(),
        ..Options::default()
    };
    let extracted = text::extract_str(s, &hints);
    check_text(&extracted)?;
    let report = fineprint::analyze_text(s, &options);
    check_report(&extracted.text, &report)?;
    prop_assert_eq!(
        report.to_json(),
        fineprint::analyze_text(s, &options).to_json()
    );
    check_text(&text::html_to_text(s))?;
    check_text(&text::plain_to_text(s))?;
    check_text(&PolicyText::from_plain(s))?;
    Ok(())
}

// ---------- properties ----------

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn any_string(s in any::<String>(), h in hints()) {
        check_str(&s, h)?;
    }

    #[test]
    fn any_bytes(b in proptest::collection::vec(any::<u8>(), 0..2000), h in hints()) {
        check_bytes(&b, h)?;
    }

    #[test]
    fn html_ish_pages(p in page(), h in hints()) {
        check_str(&p, h.clone())?;
        check_bytes(p.as_bytes(), h)?;
    }

    #[test]
    fn markdown_ish_text(m in markdown()) {
        check_str(&m, Hints::default())?;
        check_str(&m, Hints { charset: None, content_type: Some("text/plain".into()) })?;
    }

    #[test]
    fn hostile_bytes(b in bytes(), h in hints()) {
        check_bytes(&b, h)?;
    }

    #[test]
    fn words_without_markup(ws in proptest::collection::vec(proptest::sample::select(WORDS), 0..80), sep in "[ .\n]") {
        check_str(&ws.join(&sep), Hints::default())?;
    }

    #[test]
    fn sentence_splitting_covers_the_block(s in "\\PC{0,200}") {
        // Sentences lie inside the block, in order, trimmed, on char boundaries.
        let mut last = 0usize;
        let mut ok = Ok(());
        fineprint::segment::split_sentences(&s, 0, |a, b| {
            if !(a >= last && a < b && b <= s.len() && s.is_char_boundary(a) && s.is_char_boundary(b)) {
                ok = Err(format!("sentence {a}..{b} after {last} in {} bytes", s.len()));
            } else if s[a..b].trim() != &s[a..b] {
                ok = Err(format!("untrimmed sentence {:?}", &s[a..b]));
            }
            last = b;
        });
        prop_assert!(ok.is_ok(), "{:?}", ok);
    }
}

#[test]
fn evidence_offsets_with_multibyte_text() {
    // Curly quotes are dropped in the rules' view of the text, so its offsets shift; the
    // evidence must still point at the original text.
    let s = "Privacy Policy\n“We” do not “sell” your personal information — ever. \
             Wir verkaufen nichts. 我们不出售数据. We use cookies from advertising partners \
             to show you interest-based ads.\u{200b} You can delete your account at any time.";
    check_str(s, Hints::default()).unwrap();
    let r = fineprint::analyze_text(s, &Options::default());
    let sells = r.finding("sells_data").unwrap();
    assert_eq!(sells.verdict, fineprint::Verdict::No);
}
