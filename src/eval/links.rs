//! Scores the link finder on a `links/` evaluation directory: `labels.jsonl` lines
//! `{"page", "page_url", "accept", ...}` and the saved pages under `pages/`.
//!
//! For each page the first [`LinkKind::Policy`] result of
//! [`find_policy_links_in_html`] is compared with
//! `accept` after normalisation ([`document_key`]: scheme, leading `www.`, default port,
//! trailing slash and fragment ignored; path and query compared exactly). `accept: []` means
//! the page links no policy, and the right answer is no `Policy` result at all.

use std::path::Path;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use url::Url;

use super::EvalError;
use crate::links::{document_key, find_policy_links_in_html, LinkKind};
use crate::text::{decode, Hints};

/// Scores over one directory.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct LinkScores {
    /// Pages with a policy link (non-empty `accept`).
    pub n: usize,
    /// Of those, pages whose first `Policy` result is accepted.
    pub hits_at_1: usize,
    /// Pages without a policy link (`accept: []`) where no `Policy` result was returned.
    pub none_correct: usize,
    /// Pages without a policy link.
    pub none_n: usize,
    /// Every page scored wrong, in label order.
    #[serde(skip)]
    pub misses: Vec<LinkMiss>,
}

impl LinkScores {
    /// `hits_at_1 / n` (1 when there is nothing to find).
    pub fn hit_rate(&self) -> f64 {
        if self.n == 0 {
            1.0
        } else {
            self.hits_at_1 as f64 / self.n as f64
        }
    }
}

/// One page scored wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkMiss {
    /// The page file name.
    pub page: String,
    /// The accepted URLs (empty: the page links no policy).
    pub expected: Vec<String>,
    /// The first `Policy` result, if any, with its link text.
    pub got: Option<(String, String)>,
}

#[derive(Debug, Deserialize)]
struct Label {
    page: String,
    page_url: String,
    accept: Vec<String>,
}

/// Runs the link finder over `dir/labels.jsonl` and `dir/pages/`.
pub fn eval_links(dir: &Path) -> Result<LinkScores, EvalError> {
    let labels_path = dir.join("labels.jsonl");
    let io = |path: &Path, error| EvalError::Io {
        path: path.display().to_string(),
        error,
    };
    let labels = std::fs::read_to_string(&labels_path).map_err(|e| io(&labels_path, e))?;
    let mut parsed = Vec::new();
    for (i, line) in labels.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let label: Label = serde_json::from_str(line).map_err(|e| EvalError::BadLabel {
            path: labels_path.display().to_string(),
            line: i + 1,
            error: e.to_string(),
        })?;
        parsed.push(label);
    }
    let results: Vec<Result<(bool, Option<LinkMiss>), EvalError>> = parsed
        .par_iter()
        .map(|label| {
            let path = dir.join("pages").join(&label.page);
            let bytes = std::fs::read(&path).map_err(|e| io(&path, e))?;
            let html = decode(&bytes, &Hints::default());
            let got = find_policy_links_in_html(&html, &label.page_url)
                .into_iter()
                .find(|l| l.kind == LinkKind::Policy)
                .map(|l| (l.url, l.text));
            let correct = match &got {
                None => label.accept.is_empty(),
                Some((url, _)) => accepted(url, &label.accept),
            };
            let miss = (!correct).then(|| LinkMiss {
                page: label.page.clone(),
                expected: label.accept.clone(),
                got,
            });
            Ok((label.accept.is_empty(), miss))
        })
        .collect();
    let mut scores = LinkScores::default();
    for r in results {
        let (none_page, miss) = r?;
        let hit = miss.is_none();
        match (none_page, hit) {
            (true, true) => {
                scores.none_n += 1;
                scores.none_correct += 1;
            }
            (true, false) => scores.none_n += 1,
            (false, true) => {
                scores.n += 1;
                scores.hits_at_1 += 1;
            }
            (false, false) => scores.n += 1,
        }
        scores.misses.extend(miss);
    }
    Ok(scores)
}

/// Whether `got` names one of the `accept` URLs once normalised.
fn accepted(got: &str, accept: &[String]) -> bool {
    let key = |s: &str| {
        Url::parse(s.trim())
            .map(|u| document_key(&u))
            .unwrap_or_else(|_| s.trim().to_string())
    };
    let got = key(got);
    accept.iter().any(|a| key(a) == got)
}

/// Human-readable scores: totals, then every miss.
pub fn format_links(scores: &LinkScores) -> String {
    let mut out = format!(
        "links: hits@1 {}/{} ({:.1}%), no-link pages correct {}/{}\n",
        scores.hits_at_1,
        scores.n,
        scores.hit_rate() * 100.0,
        scores.none_correct,
        scores.none_n
    );
    for m in &scores.misses {
        let expected = m
            .expected
            .first()
            .map_or("(no policy link)", String::as_str);
        let got = m
            .got
            .as_ref()
            .map_or("(nothing)".to_string(), |(u, t)| format!("{u} “{t}”"));
        out.push_str(&format!(
            "  miss {}: expected {expected}, got {got}\n",
            m.page
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acceptance_ignores_scheme_www_slash_and_fragment() {
        let accept = vec!["https://www.example.com/privacy-policy/".to_string()];
        assert!(accepted("http://example.com/privacy-policy", &accept));
        assert!(accepted("https://example.com/privacy-policy#x", &accept));
        assert!(!accepted("https://example.com/privacy-policy?x=1", &accept));
        assert!(!accepted("https://example.com/privacy", &accept));
    }

    #[test]
    fn a_missing_directory_is_an_io_error() {
        let err = eval_links(Path::new("/nonexistent/fineprint/links")).unwrap_err();
        assert!(matches!(err, EvalError::Io { .. }), "{err}");
    }

    #[test]
    fn scores_a_small_set() {
        let dir = std::env::temp_dir().join(format!("fineprint-links-eval-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("pages")).unwrap();
        std::fs::write(
            dir.join("pages/a.html"),
            r#"<footer><a href="/privacy">Privacy Policy</a></footer>"#,
        )
        .unwrap();
        std::fs::write(dir.join("pages/b.html"), "<p>No links here.</p>").unwrap();
        std::fs::write(
            dir.join("pages/c.html"),
            r#"<footer><a href="/terms">Terms</a></footer>"#,
        )
        .unwrap();
        std::fs::write(
            dir.join("labels.jsonl"),
            concat!(
                r#"{"page": "a.html", "page_url": "https://example.com/x", "accept": ["https://example.com/privacy"], "source": "t"}"#, "\n",
                r#"{"page": "b.html", "page_url": "https://example.com/y", "accept": []}"#, "\n",
                "\n",
                r#"{"page": "c.html", "page_url": "https://example.com/z", "accept": ["https://example.com/privacy"]}"#, "\n",
            ),
        )
        .unwrap();
        let s = eval_links(&dir).unwrap();
        assert_eq!((s.n, s.hits_at_1, s.none_n, s.none_correct), (2, 1, 1, 1));
        assert_eq!(s.misses.len(), 1);
        assert_eq!(s.misses[0].page, "c.html");
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"n": 2, "hits_at_1": 1, "none_correct": 1, "none_n": 1})
        );
        assert!(format_links(&s).contains("miss c.html"));
        std::fs::write(dir.join("labels.jsonl"), "{not json\n").unwrap();
        assert!(matches!(
            eval_links(&dir),
            Err(EvalError::BadLabel { line: 1, .. })
        ));
        std::fs::remove_dir_all(&dir).ok();
    }
}
