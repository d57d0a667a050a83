//! Hostile inputs, generated (never stored): a 5 MB single line, 100,000 nested tags, 10,000
//! headings, binary garbage, invalid UTF-8, UTF-16 with a BOM, zero-width and bidi characters
//! everywhere, every sentence a negation, regex-hostile repetition.
//!
//! Each must finish and give a sane report: 15 findings in PRACTICES order, every evidence
//! quote equal to `text[start..end]` of the extracted text, on char boundaries. Time is not
//! asserted here (debug builds are slow and CI machines vary); `benches/scaling.rs` runs the
//! same generators at two sizes in release and prints whether time grows linearly.
//!
//! `benches/scaling.rs` includes this file as a module (`#[path]`), so the generators live in
//! one place; the tests below are compiled only into the test binary.

#![allow(dead_code)]

use fineprint::text::{self, Hints};
use fineprint::{Options, Report, PRACTICES};

/// A hostile input family: a name and a generator that returns about `size` bytes.
pub struct Hostile {
    /// Short name (used as the test and bench label).
    pub name: &'static str,
    /// Generates about `size` bytes of input.
    pub make: fn(usize) -> Vec<u8>,
    /// Content type hint to pass (`None` = sniff).
    pub content_type: Option<&'static str>,
}

/// Sentences we wrote ourselves, in policy register, cycled by the generators.
pub const SENTENCES: &[&str] = &[
    "We collect your email address when you create an account.",
    "We do not sell your personal information to anyone.",
    "We use cookies and web beacons from advertising partners to show you interest-based ads.",
    "We use Google Analytics to understand how visitors use the site.",
    "We keep your data for 24 months after you close your account.",
    "You can ask us to delete your account at any time.",
    "You can request a copy of the personal data we hold about you.",
    "Our service is not directed to children under 13.",
    "We will notify you by email before material changes take effect.",
    "Your data may be transferred to the United States.",
    "We do not collect precise location from your device.",
    "We protect your data with TLS encryption in transit and at rest.",
    "You can unsubscribe from marketing emails using the link in each message.",
    "We do not respond to Do Not Track signals.",
    "We honour Global Privacy Control signals as a request to opt out of sale.",
    "We may share your information with partners for their own marketing.",
];

/// Repeats `unit` until the output holds at least `size` bytes.
fn repeat_to(unit: &str, size: usize) -> Vec<u8> {
    let n = size.div_ceil(unit.len().max(1));
    unit.repeat(n).into_bytes()
}

/// Cycles the sentences, joined by `sep`, to about `size` bytes.
fn sentences_to(size: usize, sep: &str) -> String {
    let mut out = String::with_capacity(size + 128);
    let mut i = 0;
    while out.len() < size {
        out.push_str(SENTENCES[i % SENTENCES.len()]);
        out.push_str(sep);
        i += 1;
    }
    out
}

/// A deterministic xorshift stream (no rand dependency; same bytes every run).
fn xorshift(seed: u64) -> impl FnMut() -> u64 {
    let mut x = seed | 1;
    move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    }
}

/// One line of plain text, no newline at all: sentences separated by spaces.
fn single_line(size: usize) -> Vec<u8> {
    sentences_to(size, " ").into_bytes()
}

/// One line, one sentence: no newline and no sentence punctuation (the worst case for
/// per-sentence work: every cue match sits in the same multi-megabyte sentence).
fn single_sentence(size: usize) -> Vec<u8> {
    let s = sentences_to(size, " and ");
    s.replace('.', "").into_bytes()
}

/// The same single line inside one HTML paragraph.
fn single_line_html(size: usize) -> Vec<u8> {
    let mut s = String::from("<!doctype html><html><body><p>");
    s.push_str(&sentences_to(size, " "));
    s.push_str("</p></body></html>");
    s.into_bytes()
}

/// `size / 12` nested `<div>`s (100,000 for 1.2 MB), a sentence at the bottom, all closed.
fn nested_divs(size: usize) -> Vec<u8> {
    let depth = size / 12;
    let mut s = String::with_capacity(size + 64);
    s.push_str("<!doctype html><body>");
    for _ in 0..depth {
        s.push_str("<div>");
    }
    s.push_str(SENTENCES[1]);
    for _ in 0..depth {
        s.push_str("</div>");
    }
    s.into_bytes()
}

/// Nested divs that are never closed, then as many stray end tags of another block element
/// (each stray `</p>` looks for an open `<p>` among the open elements).
fn nested_unclosed(size: usize) -> Vec<u8> {
    let depth = size / 9;
    let mut s = String::with_capacity(size + 64);
    s.push_str("<!doctype html><body>");
    for i in 0..depth {
        s.push_str("<div>");
        if i % 1000 == 0 {
            s.push_str(SENTENCES[(i / 1000) % SENTENCES.len()]);
        }
    }
    for _ in 0..depth {
        s.push_str("</p>");
    }
    s.into_bytes()
}

/// Nested inline and region elements mixed: `<b><span><nav><i>…` that never close.
fn nested_mixed(size: usize) -> Vec<u8> {
    const OPEN: &[&str] = &["<b>", "<span>", "<nav>", "<i>", "<section>", "<a href=x>"];
    let mut s = String::from("<!doctype html><body>");
    let mut i = 0;
    while s.len() < size {
        s.push_str(OPEN[i % OPEN.len()]);
        if i % 500 == 0 {
            s.push_str(SENTENCES[(i / 500) % SENTENCES.len()]);
        }
        i += 1;
    }
    s.into_bytes()
}

/// Nested hidden elements (`<svg>`, `<template>`): a deep stack of hidden content.
fn nested_hidden(size: usize) -> Vec<u8> {
    let depth = size / 20;
    let mut s = String::from("<!doctype html><body><p>We do not sell your data.</p>");
    for _ in 0..depth / 2 {
        s.push_str("<svg><template>");
    }
    s.push_str("hidden text");
    for _ in 0..depth {
        s.push_str("</x>");
    }
    s.into_bytes()
}

/// Headings, each followed by one sentence; every fourth heading names a whole document
/// ("Privacy Policy", "Terms of Service"), which starts a new document (10,000 headings in
/// about 1.1 MB).
fn headings(size: usize) -> Vec<u8> {
    const TITLES: &[&str] = &[
        "Privacy Policy",
        "Cookies",
        "Your Rights",
        "Retention",
        "Terms of Service",
        "Sharing",
        "Children",
        "Security",
    ];
    let mut s = String::from("<!doctype html><body>");
    let mut i = 0;
    while s.len() < size {
        s.push_str("<h2>");
        s.push_str(TITLES[i % TITLES.len()]);
        s.push_str("</h2><p>");
        s.push_str(SENTENCES[i % SENTENCES.len()]);
        s.push_str("</p>\n");
        i += 1;
    }
    s.into_bytes()
}

/// Markdown headings in plain text, no sentences between them.
fn markdown_headings(size: usize) -> Vec<u8> {
    repeat_to(
        "## Privacy Policy\n# Terms of Service\n### Cookie Policy\n",
        size,
    )
}

/// Pseudo-random bytes.
fn binary_garbage(size: usize) -> Vec<u8> {
    let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
    (0..size).map(|_| next() as u8).collect()
}

/// Random bytes with `<`, `>`, `&`, `.` and spaces mixed in at a higher rate, inside an HTML
/// document (the tokenizer's every state).
fn binary_html(size: usize) -> Vec<u8> {
    let mut next = xorshift(42);
    let mut v = b"<!doctype html><body>".to_vec();
    while v.len() < size {
        let r = next();
        v.push(match r % 8 {
            0 => b'<',
            1 => b'>',
            2 => b'&',
            3 => b' ',
            4 => b'.',
            _ => (r >> 8) as u8,
        });
    }
    v
}

/// Policy sentences with invalid UTF-8 sequences (lone continuation bytes, truncated
/// multi-byte sequences, overlong encodings) after every word.
fn invalid_utf8(size: usize) -> Vec<u8> {
    const BAD: &[&[u8]] = &[
        b"\xff",
        b"\xc3",
        b"\x80\x80",
        b"\xe2\x82",
        b"\xc0\xaf",
        b"\xf0\x9f\x98",
    ];
    let text = sentences_to(size / 2, " ");
    let mut v = Vec::with_capacity(size + 16);
    for (i, w) in text.split(' ').enumerate() {
        v.extend_from_slice(w.as_bytes());
        // Not after a sentence's last word: ". We" must stay a sentence boundary.
        if !w.ends_with('.') {
            v.extend_from_slice(BAD[i % BAD.len()]);
        }
        v.push(b' ');
    }
    v
}

/// A policy in UTF-16LE with a BOM.
fn utf16le_bom(size: usize) -> Vec<u8> {
    let text = sentences_to(size / 2, "\n");
    let mut v = vec![0xff, 0xfe];
    for u in text.encode_utf16() {
        v.extend_from_slice(&u.to_le_bytes());
    }
    v
}

/// A policy in UTF-16BE with a BOM, as HTML.
fn utf16be_bom_html(size: usize) -> Vec<u8> {
    let text = format!(
        "<!doctype html><html><body><p>{}</p></body></html>",
        sentences_to(size / 2, "</p><p>")
    );
    let mut v = vec![0xfe, 0xff];
    for u in text.encode_utf16() {
        v.extend_from_slice(&u.to_be_bytes());
    }
    v
}

/// Zero-width and bidi controls between every character (the text extractor drops them).
fn zero_width_everywhere(size: usize) -> Vec<u8> {
    const INVISIBLE: &[char] = &[
        '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}', '\u{200e}',
        '\u{200f}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}',
    ];
    let text = sentences_to(size / 4, "\n");
    let mut s = String::with_capacity(size + 16);
    for (i, c) in text.chars().enumerate() {
        s.push(c);
        s.push(INVISIBLE[i % INVISIBLE.len()]);
    }
    s.into_bytes()
}

/// The same, in HTML, with invisible characters also inside tag names' neighbourhood and
/// entities (`&#x200b;`, `&zwj;`, `&rlm;`).
fn zero_width_html(size: usize) -> Vec<u8> {
    let text = sentences_to(size / 3, "</p><p>");
    let mut s = String::from("<!doctype html><body><p>");
    for (i, w) in text.split(' ').enumerate() {
        s.push_str(w);
        s.push_str(match i % 4 {
            0 => "&#x200b; ",
            1 => "&zwj;\u{202e} ",
            2 => "&rlm;\u{2066}",
            _ => "\u{feff} ",
        });
    }
    s.into_bytes()
}

/// Every sentence a negation, one per line.
fn all_negations(size: usize) -> Vec<u8> {
    const NEG: &[&str] = &[
        "We do not sell your personal information.",
        "We never share your data with advertisers.",
        "We don't use cookies for targeted advertising.",
        "We will not keep your data for longer than necessary, nor do we not delete it.",
        "No personal data is transferred abroad, and we do not track your location.",
        "We cannot and do not respond to Do Not Track signals.",
        "Neither we nor our partners use analytics.",
    ];
    let mut s = String::with_capacity(size + 128);
    let mut i = 0;
    while s.len() < size {
        s.push_str(NEG[i % NEG.len()]);
        s.push(if i % 5 == 4 { '\n' } else { ' ' });
        i += 1;
    }
    s.into_bytes()
}

/// "a a a a …" on one line.
fn a_a_a(size: usize) -> Vec<u8> {
    repeat_to("a ", size)
}

/// "sell sell sell …" on one line: a topic keyword and a cue at every word.
fn sell_sell(size: usize) -> Vec<u8> {
    repeat_to("sell ", size)
}

/// "not not not …" on one line: a negation at every word.
fn not_not(size: usize) -> Vec<u8> {
    repeat_to("not ", size)
}

/// "we do not sell personal information, " repeated: one clause after another in one sentence,
/// a negated cue in each.
fn do_not_sell_clauses(size: usize) -> Vec<u8> {
    repeat_to(
        "we do not sell personal information, but we share your data with advertisers; ",
        size,
    )
}

/// Cues separated by commas, no spaces: "sell,sell,…" (a cue match at every word, and the
/// 16-word negation window never finds a space to stop at).
fn sell_commas(size: usize) -> Vec<u8> {
    repeat_to("sell,", size)
}

/// One "word" without spaces: "sellsellsell…" (regex word loops with unbounded word length).
fn no_spaces(size: usize) -> Vec<u8> {
    repeat_to("sellyourpersonalinformation", size)
}

/// Dots that never end a sentence: "a.a.a.a…" (an abbreviation-like period every 2 bytes).
fn dots(size: usize) -> Vec<u8> {
    repeat_to("We sell data e.g. to x.", size)
}

/// Dots between words without spaces: "a.Ba.Ba.B…" (missing-space sentence ends).
fn dots_no_space(size: usize) -> Vec<u8> {
    repeat_to("sell.Data", size)
}

/// Version numbers: "1.5 1.5 1.5 …", periods followed by digits inside one sentence.
fn version_numbers(size: usize) -> Vec<u8> {
    repeat_to("we sell 1.5 ", size)
}

/// Markdown link brackets without a closing `](`: "[[[[…" and "](](](…".
fn brackets(size: usize) -> Vec<u8> {
    let mut v = repeat_to("[", size / 2);
    v.extend(repeat_to("](", size / 2));
    v
}

/// Markdown emphasis and escapes everywhere.
fn markdown_noise(size: usize) -> Vec<u8> {
    repeat_to(
        "**We** do \\*not\\* _sell_ [your data](https://x.y) __ever__. ",
        size,
    )
}

/// Entities, valid and broken, in a row.
fn entities(size: usize) -> Vec<u8> {
    let mut s = String::from("<!doctype html><body><p>");
    s.push_str(
        &String::from_utf8(repeat_to(
            "&amp;&lt;&#0;&#x110000;&#xD800;&notit;&nosuch;&#99999999999;&mdash &",
            size,
        ))
        .unwrap_or_default(),
    );
    s.into_bytes()
}

/// Attributes without end: one tag with a huge attribute list and an unterminated quote.
fn giant_tag(size: usize) -> Vec<u8> {
    let mut s = String::from("<!doctype html><body><p>We do not sell data.</p><div ");
    let mut i = 0;
    while s.len() < size {
        s.push_str(&format!("a{i}=\"cookie consent\" role=navigation "));
        i += 1;
    }
    s.push_str("class=\"unterminated");
    s.into_bytes()
}

/// Many links (the link finder on a page of `size / 40` anchors, all naming privacy).
fn many_links(size: usize) -> Vec<u8> {
    let mut s = String::from("<!doctype html><body><footer>");
    let mut i = 0;
    while s.len() < size {
        s.push_str(&format!("<a href=\"/privacy/{i}\">Privacy Policy {i}</a>"));
        i += 1;
    }
    s.into_bytes()
}

/// Every hostile family, in the order the tests and the scaling bench run them.
pub const HOSTILE: &[Hostile] = &[
    Hostile {
        name: "single_line",
        make: single_line,
        content_type: None,
    },
    Hostile {
        name: "single_sentence",
        make: single_sentence,
        content_type: None,
    },
    Hostile {
        name: "single_line_html",
        make: single_line_html,
        content_type: None,
    },
    Hostile {
        name: "nested_divs",
        make: nested_divs,
        content_type: None,
    },
    Hostile {
        name: "nested_unclosed",
        make: nested_unclosed,
        content_type: None,
    },
    Hostile {
        name: "nested_mixed",
        make: nested_mixed,
        content_type: None,
    },
    Hostile {
        name: "nested_hidden",
        make: nested_hidden,
        content_type: None,
    },
    Hostile {
        name: "headings",
        make: headings,
        content_type: None,
    },
    Hostile {
        name: "markdown_headings",
        make: markdown_headings,
        content_type: None,
    },
    Hostile {
        name: "binary_garbage",
        make: binary_garbage,
        content_type: None,
    },
    Hostile {
        name: "binary_html",
        make: binary_html,
        content_type: Some("text/html"),
    },
    Hostile {
        name: "invalid_utf8",
        make: invalid_utf8,
        content_type: None,
    },
    Hostile {
        name: "utf16le_bom",
        make: utf16le_bom,
        content_type: None,
    },
    Hostile {
        name: "utf16be_bom_html",
        make: utf16be_bom_html,
        content_type: None,
    },
    Hostile {
        name: "zero_width_everywhere",
        make: zero_width_everywhere,
        content_type: None,
    },
    Hostile {
        name: "zero_width_html",
        make: zero_width_html,
        content_type: None,
    },
    Hostile {
        name: "all_negations",
        make: all_negations,
        content_type: None,
    },
    Hostile {
        name: "a_a_a",
        make: a_a_a,
        content_type: None,
    },
    Hostile {
        name: "sell_sell",
        make: sell_sell,
        content_type: None,
    },
    Hostile {
        name: "not_not",
        make: not_not,
        content_type: None,
    },
    Hostile {
        name: "do_not_sell_clauses",
        make: do_not_sell_clauses,
        content_type: None,
    },
    Hostile {
        name: "sell_commas",
        make: sell_commas,
        content_type: None,
    },
    Hostile {
        name: "no_spaces",
        make: no_spaces,
        content_type: None,
    },
    Hostile {
        name: "dots",
        make: dots,
        content_type: None,
    },
    Hostile {
        name: "dots_no_space",
        make: dots_no_space,
        content_type: None,
    },
    Hostile {
        name: "version_numbers",
        make: version_numbers,
        content_type: None,
    },
    Hostile {
        name: "brackets",
        make: brackets,
        content_type: None,
    },
    Hostile {
        name: "markdown_noise",
        make: markdown_noise,
        content_type: None,
    },
    Hostile {
        name: "entities",
        make: entities,
        content_type: None,
    },
    Hostile {
        name: "giant_tag",
        make: giant_tag,
        content_type: None,
    },
    Hostile {
        name: "many_links",
        make: many_links,
        content_type: None,
    },
];

/// Looks a family up by name.
pub fn hostile(name: &str) -> &'static Hostile {
    HOSTILE
        .iter()
        .find(|h| h.name == name)
        .unwrap_or_else(|| panic!("no hostile input {name}"))
}

/// Extracts and analyses `bytes`, then checks the report is sane; returns it.
pub fn analyse_checked(bytes: &[u8], content_type: Option<&str>) -> Report {
    let hints = Hints {
        charset: None,
        content_type: content_type.map(str::to_string),
    };
    let extracted = text::extract(bytes, &hints);
    let report = fineprint::analyze_policy_text(extracted.clone(), &Options::default());
    if let Err(e) = sanity(&extracted.text, &report) {
        panic!("{e}");
    }
    report
}

/// The sanity every report must have, whatever the input.
pub fn sanity(text: &str, report: &Report) -> Result<(), String> {
    let ids: Vec<&str> = report
        .findings
        .iter()
        .map(|f| f.practice.as_str())
        .collect();
    let want: Vec<&str> = PRACTICES.iter().map(|p| p.id).collect();
    if ids != want {
        return Err(format!("findings {ids:?}, want {want:?}"));
    }
    if report.text_length != text.len() {
        return Err(format!(
            "text_length {} != {}",
            report.text_length,
            text.len()
        ));
    }
    for f in &report.findings {
        if f.verdict != fineprint::Verdict::NotMentioned && f.evidence.is_empty() {
            return Err(format!("{}: {:?} without evidence", f.practice, f.verdict));
        }
        if !(0.0..=1.0).contains(&f.confidence) {
            return Err(format!("{}: confidence {}", f.practice, f.confidence));
        }
        for e in &f.evidence {
            if !(e.start <= e.end && e.end <= text.len()) {
                return Err(format!(
                    "{}: evidence {}..{} out of range",
                    f.practice, e.start, e.end
                ));
            }
            if !text.is_char_boundary(e.start) || !text.is_char_boundary(e.end) {
                return Err(format!(
                    "{}: evidence {}..{} splits a char",
                    f.practice, e.start, e.end
                ));
            }
            if text[e.start..e.end] != e.text {
                return Err(format!(
                    "{}: evidence text differs from text[{}..{}]",
                    f.practice, e.start, e.end
                ));
            }
        }
    }
    for d in &report.documents {
        if !(d.start <= d.end && d.end <= text.len()) {
            return Err(format!("document {}..{} out of range", d.start, d.end));
        }
    }
    Ok(())
}

/// Runs one family at `size` bytes and prints how long it took (not asserted).
#[cfg(test)]
fn run(name: &str, size: usize) -> Report {
    let h = hostile(name);
    let bytes = (h.make)(size);
    let t = std::time::Instant::now();
    let report = analyse_checked(&bytes, h.content_type);
    eprintln!(
        "{name}: {} bytes in, {} bytes of text, {} sentences, {:?}",
        bytes.len(),
        report.text_length,
        report.sentences,
        t.elapsed()
    );
    report
}

const MB: usize = 1 << 20;

fn verdict(r: &Report, id: &str) -> Option<fineprint::Verdict> {
    r.finding(id).map(|f| f.verdict)
}

// ---------- the inputs of issue 7, at full size ----------

#[test]
fn single_line_of_5_mb() {
    let r = run("single_line", 5 * MB);
    assert!(
        r.sentences > 50_000,
        "a single line still splits into sentences"
    );
    assert!(r.looks_like_policy);
}

#[test]
fn single_line_html_of_5_mb() {
    let r = run("single_line_html", 5 * MB);
    assert!(r.looks_like_policy);
}

#[test]
fn nested_tags_100_000() {
    let r = run("nested_divs", 1_200_000);
    assert_eq!(
        verdict(&r, "sells_data"),
        Some(fineprint::Verdict::No),
        "the sentence at the bottom of 100,000 divs is read"
    );
}

#[test]
fn nested_inline_and_region_tags() {
    run("nested_mixed", MB);
}

#[test]
fn headings_10_000() {
    let bytes = (hostile("headings").make)(1_100_000);
    let extracted = text::extract(&bytes, &Hints::default());
    let n = fineprint::segment::segment(&extracted).sections.len();
    assert!(n >= 10_000, "{n} sections");
    run("headings", 1_100_000);
}

#[test]
fn markdown_headings_only() {
    run("markdown_headings", MB);
}

#[test]
fn binary_garbage_1_mb() {
    run("binary_garbage", MB);
}

#[test]
fn binary_garbage_as_html() {
    run("binary_html", MB);
}

#[test]
fn invalid_utf8_everywhere() {
    let r = run("invalid_utf8", MB);
    // No hint, not valid UTF-8: decoded as windows-1252, so the words survive.
    assert!(r.looks_like_policy);
}

#[test]
fn utf16_le_with_bom() {
    let r = run("utf16le_bom", MB);
    assert!(
        r.looks_like_policy,
        "UTF-16 is decoded, not read as garbage"
    );
    // "We do not sell …" and sharing for partners' marketing (not a sale).
    assert_eq!(verdict(&r, "sells_data"), Some(fineprint::Verdict::No));
}

#[test]
fn utf16_be_with_bom_html() {
    let r = run("utf16be_bom_html", MB);
    assert!(r.looks_like_policy);
}

#[test]
fn zero_width_and_bidi_everywhere() {
    let plain = run("zero_width_everywhere", MB);
    let clean = analyse_checked(&sentences_to(MB / 4, "\n").into_bytes(), None);
    // The extractor drops invisible characters: same verdicts as the clean text.
    let verdicts = |r: &Report| r.findings.iter().map(|f| f.verdict).collect::<Vec<_>>();
    assert_eq!(verdicts(&plain), verdicts(&clean));
    run("zero_width_html", MB);
}

#[test]
fn every_sentence_a_negation() {
    let r = run("all_negations", MB);
    assert_eq!(verdict(&r, "sells_data"), Some(fineprint::Verdict::No));
}

#[test]
fn a_a_a_1_mb() {
    let r = run("a_a_a", MB);
    assert!(!r.looks_like_policy);
}

#[test]
fn sell_sell_sell_1_mb() {
    run("sell_sell", MB);
}

#[test]
fn not_not_not_1_mb() {
    let r = run("not_not", MB);
    assert!(!r.looks_like_policy);
}

#[test]
fn one_word_of_1_mb() {
    run("no_spaces", MB);
}

#[test]
fn dots_that_do_not_end_sentences_1_mb() {
    // Was quadratic in segment::boundary (135 s per MB in release); see
    // linear_time_sentence_splitting. ("dots" is one sentence with a cue at every period:
    // its full size waits for finding F1.)
    run("dots_no_space", MB);
}

#[test]
fn markdown_brackets_and_emphasis_1_mb() {
    // "[[[[…" was quadratic in text::strip_markdown (20 s per MB).
    run("brackets", MB);
    run("markdown_noise", MB);
}

#[test]
fn entities_valid_and_broken() {
    run("entities", MB);
}

#[test]
fn one_giant_unterminated_tag() {
    run("giant_tag", MB);
}

#[test]
fn link_finder_on_hostile_pages() {
    for h in HOSTILE {
        let bytes = (h.make)(256 * 1024);
        let html = text::decode(&bytes, &Hints::default());
        let links = fineprint::find_policy_links_in_html(&html, "https://example.com/page");
        for l in &links {
            assert!(l.url.starts_with("http"), "{}: {}", h.name, l.url);
        }
    }
}

#[test]
fn empty_and_tiny_inputs() {
    for input in [
        &b""[..],
        b" ",
        b"\n\n\n",
        b"<",
        b"<!--",
        b"\xff\xfe",
        b"\xfe\xff\x00",
        b"\xef\xbb\xbf",
        b".",
        b"#",
        b"* ",
        b"[",
    ] {
        let r = analyse_checked(input, None);
        assert!(!r.looks_like_policy);
        analyse_checked(input, Some("text/html"));
        analyse_checked(input, Some("text/plain"));
    }
}

// ---------- inputs that were quadratic (BENCHMARKS.md F1, F2), now linear ----------

#[test]
fn quadratic_inputs_are_sane_at_64_kb() {
    for name in [
        "single_sentence",
        "do_not_sell_clauses",
        "dots",
        "version_numbers",
        "nested_unclosed",
        "nested_hidden",
    ] {
        run(name, 64 * 1024);
    }
}

#[test]
fn single_sentence_of_5_mb() {
    run("single_sentence", 5 * MB);
}

#[test]
fn do_not_sell_clauses_1_mb() {
    run("do_not_sell_clauses", MB);
}

#[test]
fn dots_with_a_cue_in_one_sentence_1_mb() {
    run("dots", MB);
}

#[test]
fn nested_unclosed_tags_and_stray_end_tags() {
    run("nested_unclosed", 900_000);
}

#[test]
fn nested_hidden_elements() {
    let r = run("nested_hidden", MB);
    assert_eq!(
        r.text_length,
        "We do not sell your data.".len(),
        "hidden text stays hidden"
    );
}

// ---------- growth: time(2·S) / time(S), about 2 when linear and 4 when quadratic ----------

/// The fastest of `runs` calls of `f`, in seconds.
fn fastest(runs: usize, mut f: impl FnMut()) -> f64 {
    (0..runs)
        .map(|_| {
            let t = std::time::Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// How `step` grows on a family: doubles the size from 16 KB until one run takes 40 ms (or
/// the size reaches 4 MB), then compares S with 2·S, interleaving the runs so that load from
/// other processes hits both sizes alike. Time per byte is compared, so generators that round
/// sizes do not skew it.
fn growth(name: &str, step: impl Fn(&[u8]) + Copy) -> f64 {
    let h = hostile(name);
    // First use builds the engine (regexes, automata): not part of any size's cost.
    step(&(h.make)(1024));
    let mut size = 16 * 1024;
    while size < 4 * MB && fastest(2, || step(&(h.make)(size))) < 0.04 {
        size *= 2;
    }
    let (small, large) = ((h.make)(size), (h.make)(2 * size));
    let (mut ts, mut tl) = (f64::INFINITY, f64::INFINITY);
    for _ in 0..6 {
        ts = ts.min(fastest(1, || step(&small)));
        tl = tl.min(fastest(1, || step(&large)));
    }
    let ratio = (tl / large.len() as f64) / (ts / small.len() as f64) * 2.0;
    eprintln!(
        "{name}: S = {} bytes, t(S) = {ts:.4} s, t(2S) = {tl:.4} s, ratio {ratio:.2}",
        small.len()
    );
    ratio
}

/// [`growth`] measured up to three times, keeping the lowest ratio: a quadratic path is slow
/// in every attempt, while load from other processes on a shared machine rarely hits the large
/// input in all three.
fn steady_growth(name: &str, step: impl Fn(&[u8]) + Copy) -> f64 {
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        best = best.min(growth(name, step));
        if best < LINEAR {
            break;
        }
    }
    best
}

/// Extraction (linear) and segmentation: the growth is segmentation's when it is quadratic.
fn segment_only(bytes: &[u8]) {
    let t = text::extract(bytes, &Hints::default());
    std::hint::black_box(fineprint::segment::segment(&t));
}

/// Linear means a ratio near 2; anything above 3 is quadratic behaviour (4) with noise.
const LINEAR: f64 = 3.0;

#[test]
fn linear_time_sentence_splitting() {
    // Regression: segment::boundary searched the word before every period backwards and
    // counted the sentence so far at every period; 1 MB of "sell.Data" took 135 s.
    for name in ["dots", "dots_no_space", "version_numbers"] {
        let r = steady_growth(name, segment_only);
        assert!(
            r < LINEAR,
            "{name}: segmentation grows {r:.2}x per doubling"
        );
    }
}

#[test]
fn linear_time_document_titles() {
    // Regression: segment() counted the current document's sentences by filtering all
    // sentences at every document title (10,000 titles: quadratic).
    let r = steady_growth("headings", segment_only);
    assert!(
        r < LINEAR,
        "headings: segmentation grows {r:.2}x per doubling"
    );
}

#[test]
fn linear_time_markdown_links() {
    // Regression: text::strip_markdown asked at every "[" whether a "](" follows.
    let r = steady_growth("brackets", |b| {
        std::hint::black_box(text::extract(b, &Hints::default()));
    });
    assert!(
        r < LINEAR,
        "brackets: extraction grows {r:.2}x per doubling"
    );
}

#[test]
fn linear_time_negation_scope() {
    for name in ["do_not_sell_clauses", "single_sentence"] {
        let r = steady_growth(name, |b| {
            std::hint::black_box(fineprint::analyze_bytes(b, &fineprint::Options::default()));
        });
        assert!(r < LINEAR, "{name}: analysis grows {r:.2}x per doubling");
    }
}

#[test]
fn linear_time_unmatched_end_tags() {
    for name in ["nested_unclosed", "nested_hidden"] {
        let r = steady_growth(name, |b| {
            std::hint::black_box(text::extract(b, &Hints::default()));
        });
        assert!(r < LINEAR, "{name}: extraction grows {r:.2}x per doubling");
    }
}

// ---------- the link finder on hosts the URL parser rejects ----------

#[test]
fn link_finder_non_ascii_host_with_capitals() {
    // Found by fuzz/links_html (F3): idna_adapter 1.0's stub mapper asserts (debug builds
    // only) on an uppercase ASCII letter beside a non-ASCII one in a host. Such hosts are now
    // left out before the URL parser sees them; the links are dropped, as release builds did.
    let html =
        "<footer><a href=\"https://www.exAmpl\u{e9}.com/privacy\">Privacy Policy</a></footer>";
    let found = fineprint::find_policy_links_in_html(html, "https://www.example.com/");
    assert!(found.is_empty(), "{found:?}");
    let records = [fineprint::LinkRecord {
        href: "/privacy".into(),
        text: "Privacy Policy".into(),
        ..Default::default()
    }];
    let found = fineprint::find_policy_links("https://www.exAmpl\u{e9}.com/", &records);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn linear_time_every_family() {
    // Every hostile family through the whole path. Regression: a tag with many attributes was
    // quadratic (each attribute's duplicate check read all the tag's attributes so far); the
    // named tests above cover only the families that had been quadratic before.
    for h in HOSTILE {
        let r = steady_growth(h.name, |b| {
            std::hint::black_box(fineprint::analyze_bytes(b, &fineprint::Options::default()));
        });
        assert!(
            r < LINEAR,
            "{}: the whole path grows {r:.2}x per doubling",
            h.name
        );
    }
}
