//! The content script's filter: which of a page's links can become a candidate at all, so that
//! only those are collected and sent (a 5,000-link page holds a handful).
//!
//! A record can score only when its text, `aria-label` or `title` names something through a
//! deciding phrase of the keyword table (`classify::resolve` needs a policy name, privacy word,
//! hub, cookie, opt-out, settings, terms or state-law phrase; a document noun, a narrower word
//! or a state's name alone decide nothing), when `rel` declares a document (RFC 6903), or when
//! the URL's path names the policy (`rank.rs`: behind a text that says nothing, only a policy
//! slug speaks). The filter therefore keeps a record when, after lowercasing and folding,
//!
//! * its text, `title`, `aria-label` or `rel` contains one of [`CandidateWords::text`]: for each
//!   deciding phrase, one of its words (normalised as the classifier normalises, so any text
//!   in which the phrase is found contains it), plus the `rel` values;
//! * or its href after the host (path, query and fragment) contains one of
//!   [`CandidateWords::url`]: the URL words of the policy, the privacy topic and hubs.
//!
//! Folding ([`CandidateWords::fold`]) maps each lowercase character to what
//! `classify::normalize_into` makes of it, where that differs (`é` → `e`, `ß` → `ss`, full-width
//! `ａ` → `a`, combining accents → nothing), so a text the classifier reads as "prywatnosc"
//! contains "prywatnosc" in the filter too. Characters it turns into a space are left alone:
//! a word never spans them. The filter is a superset of what the classifier accepts; what
//! the ranking then drops costs nothing.
//!
//! The same data runs in `extension/content.js` (the build inlines
//! `linkKeywords()` of `src/wasm.rs`), and [`is_candidate`] is its Rust twin:
//! `tests/links_filter.rs` checks that ranking only the records it keeps gives the same
//! answer on every page of the link evaluation set.

use std::sync::OnceLock;

use serde::Serialize;

use super::classify::normalize_into;
use super::keywords::{Cue, UrlCue, FILLERS, KEYWORDS, URL_WORDS};
use super::LinkRecord;

/// The words of the filter, as `linkKeywords()` hands them to the content script.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CandidateWords {
    /// Lowercase fragments looked for in a link's text, `title`, `aria-label` and `rel`.
    pub text: Vec<String>,
    /// Lowercase fragments looked for in a link's href after its host.
    pub url: Vec<String>,
    /// Lowercase character → its folded form, for the characters that fold.
    pub fold: Vec<(char, String)>,
}

/// The `rel` values that declare a document (see `Rel` in `rank.rs`).
const REL_VALUES: &[&str] = &["privacy-policy", "terms-of-service"];

/// The filter's words, built once from `keywords.rs`.
pub fn candidate_words() -> &'static CandidateWords {
    static WORDS: OnceLock<CandidateWords> = OnceLock::new();
    WORDS.get_or_init(build)
}

fn normalized(s: &str) -> String {
    let mut out = String::new();
    normalize_into(s, &mut out);
    out.trim().to_string()
}

/// Keeps the fragments none of the others is part of: a text containing "privacy policy"
/// contains "privacy".
fn minimal(mut words: Vec<String>) -> Vec<String> {
    words.sort_by(|a, b| a.chars().count().cmp(&b.chars().count()).then(a.cmp(b)));
    words.dedup();
    let mut kept: Vec<String> = Vec::new();
    for w in words {
        if !kept.iter().any(|k| w.contains(k.as_str())) {
            kept.push(w);
        }
    }
    kept.sort();
    kept
}

fn build() -> CandidateWords {
    // One word per deciding phrase, shortest phrases first: a phrase one of whose words
    // already contains a fragment is covered ("do not sell my personal information" by "sell"
    // of "do not sell"); else its longest word (the rarest, roughly). Phrases in scripts
    // without spaces are one word here and match anywhere, as in the classifier.
    let mut phrases: Vec<String> = KEYWORDS
        .iter()
        .filter(|kw| !matches!(kw.cue, Cue::DocNoun | Cue::Narrower | Cue::StateName))
        .map(|kw| normalized(kw.phrase))
        .collect();
    phrases.sort_by_key(|p| (p.split(' ').count(), p.chars().count()));
    let fillers: Vec<String> = FILLERS
        .iter()
        .flat_map(|(_, ws)| ws.iter().map(|w| normalized(w)))
        .collect();
    let mut text: Vec<String> = Vec::new();
    for p in &phrases {
        let words: Vec<&str> = p.split(' ').filter(|w| !w.is_empty()).collect();
        if words
            .iter()
            .any(|w| text.iter().any(|f| w.contains(f.as_str())))
        {
            continue;
        }
        // Fillers ("information", "our") are the words every other link has: never them
        // when the phrase has another.
        let plain = |w: &str| !fillers.iter().any(|f| f == w);
        let pick = if words.iter().any(|w| plain(w)) {
            words
                .iter()
                .copied()
                .filter(|w| plain(w))
                .collect::<Vec<_>>()
        } else {
            words.clone()
        };
        let longest = pick.iter().fold("", |best, w| {
            if w.chars().count() > best.chars().count() {
                w
            } else {
                best
            }
        });
        text.push(longest.to_string());
    }
    text.extend(REL_VALUES.iter().map(|r| r.to_string()));
    let url = URL_WORDS
        .iter()
        .filter(|w| matches!(w.cue, UrlCue::PolicyName | UrlCue::Privacy | UrlCue::Hub))
        .map(|w| w.word.to_ascii_lowercase())
        .collect();
    CandidateWords {
        text: minimal(text),
        url: minimal(url),
        fold: fold_table(),
    }
}

/// Every lowercase (or uncased) character of the Basic Multilingual Plane that the
/// classifier's normalisation turns into something else than itself, other than a space.
fn fold_table() -> Vec<(char, String)> {
    let mut out = Vec::new();
    for c in (0x80u32..=0xffff).filter_map(char::from_u32) {
        let mut lower = c.to_lowercase();
        if lower.next() != Some(c) || lower.next().is_some() {
            continue; // an upper-case letter: the content script lowercases it first
        }
        // Between two letters, so that a character dropped ("\u{301}") and one turned into
        // a separator ("’") are told apart.
        let n = normalized(&format!("x{c}x"));
        let inner = &n[1..n.len() - 1];
        if inner.contains(' ') || inner == c.to_string() {
            continue;
        }
        out.push((c, inner.to_string()));
    }
    out
}

/// `s` lowercased and folded as the content script does it.
fn fold_lower(s: &str, fold: &[(char, String)]) -> String {
    let lower = s.to_lowercase();
    if lower.is_ascii() {
        return lower;
    }
    let mut out = String::with_capacity(lower.len());
    for c in lower.chars() {
        match fold.binary_search_by_key(&c, |(k, _)| *k) {
            Ok(i) => out.push_str(&fold[i].1),
            Err(_) => out.push(c),
        }
    }
    out
}

/// What the content script tests in an href: everything after the host (the path, query and
/// fragment), or the whole string when it has no scheme.
pub(crate) fn after_host(href: &str) -> &str {
    match href.find("://") {
        Some(i) => {
            let rest = &href[i + 3..];
            rest.find(['/', '?', '#']).map_or("", |j| &rest[j..])
        }
        None => href,
    }
}

/// Whether `record` passes the content script's filter (see the module docs).
pub fn is_candidate(record: &LinkRecord) -> bool {
    let w = candidate_words();
    let has = |s: &str, words: &[String]| words.iter().any(|x| s.contains(x.as_str()));
    [&record.text, &record.title, &record.aria_label, &record.rel]
        .iter()
        .any(|s| !s.is_empty() && has(&fold_lower(s, &w.fold), &w.text))
        || has(&after_host(&record.href).to_lowercase(), &w.url)
}

#[cfg(test)]
mod tests {
    use super::super::classify::classify_text;
    use super::*;

    fn text_passes(s: &str) -> bool {
        is_candidate(&LinkRecord {
            text: s.to_string(),
            ..LinkRecord::default()
        })
    }

    #[test]
    fn every_deciding_example_passes_in_any_dress() {
        for kw in KEYWORDS {
            let e = kw.example;
            let full_width: String = e
                .chars()
                .map(|c| match c {
                    '!'..='~' => char::from_u32(c as u32 + 0xfee0).unwrap_or(c),
                    _ => c,
                })
                .collect();
            for t in [
                e.to_string(),
                e.to_uppercase(),
                format!("Read the {}!", e.to_lowercase()),
                full_width,
                e.replace('-', " "),
            ] {
                if classify_text(&t, &[], &mut String::new()).is_some() {
                    assert!(text_passes(&t), "{t:?} is named but filtered out");
                }
            }
        }
        for t in [
            "GİZLİLİK POLİTİKASI",
            "DATENSCHUTZERKLÄRUNG",
            "Prywatnośc\u{301}",
            "Ｐｒｉｖａｃｙ",
            "POLITIQUE DE CONFIDENTIALITÉ",
            "Personvernerklæring",
        ] {
            assert!(classify_text(t, &[], &mut String::new()).is_some(), "{t}");
            assert!(text_passes(t), "{t}");
        }
    }

    #[test]
    fn ordinary_links_are_left_out() {
        for t in [
            "Item number 17",
            "Sports",
            "Home",
            "Contact us",
            "Read more",
            "",
        ] {
            assert!(!text_passes(t), "{t}");
        }
        let r = |href: &str| LinkRecord {
            href: href.to_string(),
            text: "here".to_string(),
            ..LinkRecord::default()
        };
        assert!(is_candidate(&r("https://example.com/legal/privacy-policy")));
        assert!(is_candidate(&r("https://example.com/?page=Datenschutz")));
        assert!(!is_candidate(&r("https://privacy.example.com/item/3")));
        assert!(is_candidate(&LinkRecord {
            rel: "Privacy-Policy".to_string(),
            ..LinkRecord::default()
        }));
    }

    #[test]
    fn the_words_are_few_and_plain() {
        let w = candidate_words();
        assert!(w.text.len() < 250 && w.url.len() < 40, "{w:?}");
        for x in w.text.iter().chain(&w.url) {
            assert!(!x.is_empty() && !x.contains(' ') && x != "and", "{x:?}");
            assert_eq!(x, &x.to_lowercase());
        }
        for c in [
            "privacy",
            "datenschutz",
            "cookie",
            "terms",
            "隐私",
            "개인정보",
        ] {
            assert!(
                w.text.iter().any(|x| x == c),
                "{c} missing from {:?}",
                w.text
            );
        }
        let fold = |c: char| {
            w.fold
                .iter()
                .find(|(k, _)| *k == c)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(fold('é'), Some("e"));
        assert_eq!(fold('ß'), Some("ss"));
        assert_eq!(fold('ａ'), Some("a"));
        assert_eq!(fold('\u{301}'), Some(""));
        assert_eq!(fold('ı'), Some("i"));
        assert_eq!(fold('a'), None);
        assert_eq!(fold('’'), None);
        assert!(w.fold.windows(2).all(|p| p[0].0 < p[1].0));
    }
}
