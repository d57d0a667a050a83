//! Shared by the fuzz targets: how the first byte picks the hints, and the invariants every
//! output must keep. Seeds in `fuzz/corpus/<target>/` are readable: a selector character,
//! then the document.

#![allow(dead_code)] // each target uses part of it

use fineprint::links::PolicyLink;
use fineprint::text::{Hints, PolicyText};
use fineprint::{Report, PRACTICES};

/// Charset hints worth crossing with arbitrary bytes (`None` = sniff BOM and `<meta>`).
const CHARSETS: &[Option<&str>] = &[
    None,
    Some("utf-8"),
    Some("windows-1252"),
    Some("utf-16le"),
    Some("utf-16be"),
    Some("iso-8859-1"),
    Some("shift_jis"),
    Some("no-such-charset"),
];

/// Content-type hints (`None` = sniff markup).
const CONTENT_TYPES: &[Option<&str>] = &[
    None,
    Some("text/html"),
    Some("text/plain"),
    Some("application/xhtml+xml"),
];

/// Splits off the selector byte: the hints it picks and the rest of the input.
pub fn hints_and_body(data: &[u8]) -> (Hints, &[u8]) {
    let Some((&sel, body)) = data.split_first() else {
        return (Hints::default(), data);
    };
    let sel = sel as usize;
    let hints = Hints {
        charset: CHARSETS[sel % CHARSETS.len()].map(str::to_string),
        content_type: CONTENT_TYPES[(sel / CHARSETS.len()) % CONTENT_TYPES.len()]
            .map(str::to_string),
    };
    (hints, body)
}

/// Blocks lie inside the text, on char boundaries, in order, without overlap.
pub fn check_text(t: &PolicyText) {
    let mut prev_end = 0;
    for b in &t.blocks {
        assert!(
            b.start <= b.end && b.end <= t.text.len(),
            "block {}..{} of {}",
            b.start,
            b.end,
            t.text.len()
        );
        assert!(t.text.is_char_boundary(b.start) && t.text.is_char_boundary(b.end));
        assert!(b.start >= prev_end, "blocks overlap or go backwards");
        prev_end = b.end;
    }
}

/// 15 findings in PRACTICES order; evidence is exactly `text[start..end]`, on char boundaries.
pub fn check_report(text: &str, r: &Report) {
    assert_eq!(r.findings.len(), PRACTICES.len());
    for (f, p) in r.findings.iter().zip(PRACTICES) {
        assert_eq!(f.practice, p.id);
        assert!((0.0..=1.0).contains(&f.confidence));
        for e in &f.evidence {
            assert!(e.start <= e.end && e.end <= text.len());
            assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
            assert_eq!(&text[e.start..e.end], e.text);
        }
    }
    for d in &r.documents {
        assert!(d.start <= d.end && d.end <= text.len());
    }
}

/// Every returned link is an absolute http(s) URL without a fragment, with a finite score.
pub fn check_links(links: &[PolicyLink]) {
    for l in links {
        assert!(
            l.url.starts_with("http://") || l.url.starts_with("https://"),
            "{}",
            l.url
        );
        assert!(!l.url.contains('#'), "{}", l.url);
        assert!(l.score.is_finite());
    }
}
