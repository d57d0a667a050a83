//! Practice-level scoring: documents with labels (`practices/`) and single quotes with labels
//! (`sentences/`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::EvalError;
use crate::{Report, Verdict};

/// One document label (`practices/labels.jsonl`).
#[derive(Debug, Clone, Deserialize)]
pub struct DocLabel {
    /// Document id (file name, with or without extension).
    pub doc: String,
    /// Practice id.
    pub practice: String,
    /// Accepted verdicts, preferred first.
    pub verdicts: Vec<String>,
    /// Verbatim quotes supporting the verdict.
    #[serde(default)]
    pub evidence: Vec<String>,
}

/// One quote label (`sentences/labels.jsonl`).
#[derive(Debug, Clone, Deserialize)]
pub struct SentenceLabel {
    /// Quote id.
    pub id: String,
    /// The quote.
    pub text: String,
    /// Practice id.
    pub practice: String,
    /// Accepted verdicts, preferred first.
    pub verdicts: Vec<String>,
}

/// Counts for one gold class.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct ClassScore {
    /// Labels whose first verdict is this class.
    pub n: usize,
    /// Of those, answered with an accepted verdict.
    pub correct: usize,
}

/// Scores of one practice.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct PracticeScore {
    /// Labels.
    pub n: usize,
    /// Labels answered with an accepted verdict.
    pub correct: usize,
    /// correct / n.
    pub accuracy: f64,
    /// Mean over gold classes (first verdict) of each class's accuracy.
    pub balanced: f64,
    /// Per gold class.
    pub by_verdict: BTreeMap<String, ClassScore>,
}

/// Means over practices.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Macro {
    /// Mean of per-practice accuracy.
    pub accuracy: f64,
    /// Mean of per-practice balanced accuracy.
    pub balanced: f64,
    /// All labels pooled: correct / n.
    pub micro: f64,
}

/// A wrong answer, for the human output.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Miss {
    /// Document or quote id.
    pub id: String,
    /// Practice id.
    pub practice: String,
    /// Accepted verdicts.
    pub gold: Vec<String>,
    /// What the analyser said.
    pub got: String,
    /// First evidence sentence the analyser gave (or the quote for sentences).
    pub evidence: String,
}

/// Evidence quality: of the correct, mentioned verdicts whose label has quotes, how many cite a
/// sentence overlapping a quote.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct EvidenceScore {
    /// Correct non-`not_mentioned` verdicts with gold quotes.
    pub n: usize,
    /// Of those, with a reported sentence that contains or is contained in a quote.
    pub overlap: usize,
    /// The ones without overlap (human output only).
    #[serde(skip)]
    pub misses: Vec<Miss>,
}

/// Scores of one set.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct SetScores {
    /// Per practice (sorted by id), plus `macro` in the JSON output.
    #[serde(flatten)]
    pub practices: BTreeMap<String, PracticeScore>,
    /// Means over practices.
    #[serde(rename = "macro")]
    pub macro_: Macro,
    /// Wrong answers (human output only).
    #[serde(skip)]
    pub misses: Vec<Miss>,
    /// Evidence quality (documents only).
    #[serde(skip)]
    pub evidence: EvidenceScore,
}

/// Accumulates (practice, gold, got) triples into scores.
#[derive(Default)]
struct Tally {
    by_practice: BTreeMap<String, PracticeScore>,
    misses: Vec<Miss>,
}

impl Tally {
    fn add(&mut self, id: &str, practice: &str, gold: &[String], got: Verdict, evidence: &str) {
        let ok = gold.iter().any(|g| g == got.as_str());
        let score = self.by_practice.entry(practice.to_string()).or_default();
        score.n += 1;
        score.correct += ok as usize;
        let class = score
            .by_verdict
            .entry(gold.first().cloned().unwrap_or_default())
            .or_default();
        class.n += 1;
        class.correct += ok as usize;
        if !ok {
            self.misses.push(Miss {
                id: id.to_string(),
                practice: practice.to_string(),
                gold: gold.to_vec(),
                got: got.as_str().to_string(),
                evidence: evidence.to_string(),
            });
        }
    }

    fn finish(mut self, evidence: EvidenceScore) -> SetScores {
        let (mut acc, mut bal, mut n, mut c) = (0.0, 0.0, 0usize, 0usize);
        for s in self.by_practice.values_mut() {
            s.accuracy = ratio(s.correct, s.n);
            let classes: Vec<f64> = s
                .by_verdict
                .values()
                .map(|v| ratio(v.correct, v.n))
                .collect();
            s.balanced = classes.iter().sum::<f64>() / classes.len().max(1) as f64;
            acc += s.accuracy;
            bal += s.balanced;
            n += s.n;
            c += s.correct;
        }
        let k = self.by_practice.len().max(1) as f64;
        self.misses
            .sort_by(|a, b| (&a.practice, &a.id).cmp(&(&b.practice, &b.id)));
        SetScores {
            practices: self.by_practice,
            macro_: Macro {
                accuracy: acc / k,
                balanced: bal / k,
                micro: ratio(c, n),
            },
            misses: self.misses,
            evidence,
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Reads a JSON Lines file into values of `T`.
pub fn read_jsonl<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|error| EvalError::Io {
        path: path.display().to_string(),
        error,
    })?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| EvalError::BadLabel {
                path: path.display().to_string(),
                line: i + 1,
                error: e.to_string(),
            })
        })
        .collect()
}

/// Finds a labelled document: `docs/<doc>`, `docs/<doc>.html|.txt`, or (for the seeds set,
/// whose documents live in `shared/seeds/`) `seeds/<doc>` in an ancestor directory.
fn find_doc(set_dir: &Path, doc: &str) -> Option<PathBuf> {
    let docs = set_dir.join("docs");
    for name in [doc.to_string(), format!("{doc}.html"), format!("{doc}.txt")] {
        let p = docs.join(&name);
        if p.is_file() {
            return Some(p);
        }
    }
    set_dir
        .ancestors()
        .map(|a| a.join("seeds").join(doc))
        .find(|p| p.is_file())
}

/// Words only: lowercase alphanumerics separated by single spaces. Evidence overlap is judged
/// on words so that markdown marks, quotes and whitespace in the gold quote do not matter.
pub fn words_only(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Whether a reported sentence overlaps a gold quote (one contains the other).
pub fn overlaps(reported: &str, gold: &str) -> bool {
    let (r, g) = (words_only(reported), words_only(gold));
    !r.is_empty() && !g.is_empty() && (r.contains(&g) || g.contains(&r))
}

/// Scores a `practices/` directory (labels.jsonl + docs/).
pub fn eval_practices(dir: &Path) -> Result<SetScores, EvalError> {
    let labels: Vec<DocLabel> = read_jsonl(&dir.join("labels.jsonl"))?;
    let mut docs: Vec<&str> = labels.iter().map(|l| l.doc.as_str()).collect();
    docs.sort_unstable();
    docs.dedup();
    let reports: BTreeMap<&str, Report> = docs
        .par_iter()
        .map(|doc| {
            let path = find_doc(dir, doc).ok_or_else(|| EvalError::Io {
                path: dir.join("docs").join(doc).display().to_string(),
                error: std::io::Error::new(std::io::ErrorKind::NotFound, "document not found"),
            })?;
            let bytes = std::fs::read(&path).map_err(|error| EvalError::Io {
                path: path.display().to_string(),
                error,
            })?;
            Ok((
                *doc,
                crate::analyze_bytes(&bytes, &crate::Options::default()),
            ))
        })
        .collect::<Result<_, EvalError>>()?;
    let mut tally = Tally::default();
    let mut evidence = EvidenceScore::default();
    for l in &labels {
        let Some(finding) = reports
            .get(l.doc.as_str())
            .and_then(|r| r.finding(&l.practice))
        else {
            continue;
        };
        let first = finding.evidence.first().map_or("", |e| e.text.as_str());
        tally.add(&l.doc, &l.practice, &l.verdicts, finding.verdict, first);
        let correct = l.verdicts.iter().any(|v| v == finding.verdict.as_str());
        if correct && finding.verdict != Verdict::NotMentioned && !l.evidence.is_empty() {
            evidence.n += 1;
            let hit = finding
                .evidence
                .iter()
                .any(|e| l.evidence.iter().any(|g| overlaps(&e.text, g)));
            evidence.overlap += hit as usize;
            if !hit {
                evidence.misses.push(Miss {
                    id: l.doc.clone(),
                    practice: l.practice.clone(),
                    gold: l.evidence.clone(),
                    got: finding.verdict.as_str().to_string(),
                    evidence: finding
                        .evidence
                        .iter()
                        .map(|e| e.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" ‖ "),
                });
            }
        }
    }
    Ok(tally.finish(evidence))
}

/// Scores a `sentences/` directory (labels.jsonl): each quote analysed on its own.
pub fn eval_sentences(dir: &Path) -> Result<SetScores, EvalError> {
    let labels: Vec<SentenceLabel> = read_jsonl(&dir.join("labels.jsonl"))?;
    Ok(score_sentences(&labels))
}

/// Scores quotes that are already in memory, each analysed on its own as a plain-text
/// document: the path of [`eval_sentences`], for sets kept elsewhere (the paraphrase test).
pub fn score_sentences(labels: &[SentenceLabel]) -> SetScores {
    let verdicts: Vec<Verdict> = labels
        .par_iter()
        .map(|l| {
            let options = crate::Options {
                hints: crate::Hints {
                    content_type: Some("text/plain".into()),
                    charset: None,
                },
                ..Default::default()
            };
            crate::analyze_text(&l.text, &options)
                .finding(&l.practice)
                .map_or(Verdict::NotMentioned, |f| f.verdict)
        })
        .collect();
    let mut tally = Tally::default();
    for (l, v) in labels.iter().zip(verdicts) {
        tally.add(&l.id, &l.practice, &l.verdicts, v, &l.text);
    }
    tally.finish(EvidenceScore::default())
}

/// Human-readable table of a set's scores, with the wrong answers.
pub fn format_set(name: &str, s: &SetScores, show_misses: bool) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{name}: {:<24} {:>4} {:>8} {:>9}  by gold verdict",
        "practice", "n", "accuracy", "balanced"
    );
    for (id, p) in &s.practices {
        let classes: Vec<String> = p
            .by_verdict
            .iter()
            .map(|(v, c)| format!("{v} {}/{}", c.correct, c.n))
            .collect();
        let _ = writeln!(
            out,
            "{name}: {:<24} {:>4} {:>7.1}% {:>8.1}%  {}",
            id,
            p.n,
            100.0 * p.accuracy,
            100.0 * p.balanced,
            classes.join(", ")
        );
    }
    if show_misses && !s.misses.is_empty() {
        let _ = writeln!(out, "{name}: wrong answers ({}):", s.misses.len());
        for m in &s.misses {
            let ev: String = m.evidence.chars().take(140).collect();
            let _ = writeln!(
                out,
                "  {} {} gold={} got={} | {}",
                m.practice,
                m.id,
                m.gold.join("/"),
                m.got,
                ev
            );
        }
    }
    if show_misses && !s.evidence.misses.is_empty() {
        let _ = writeln!(
            out,
            "{name}: evidence without overlap ({}):",
            s.evidence.misses.len()
        );
        for m in &s.evidence.misses {
            let ev: String = m.evidence.chars().take(200).collect();
            let gold: String = m
                .gold
                .first()
                .map_or("", |g| g.as_str())
                .chars()
                .take(160)
                .collect();
            let _ = writeln!(
                out,
                "  {} {} {} | ours: {} | gold: {}",
                m.practice, m.id, m.got, ev, gold
            );
        }
    }
    if s.evidence.n > 0 {
        let _ = writeln!(
            out,
            "{name}: evidence overlap {}/{} = {:.1}%",
            s.evidence.overlap,
            s.evidence.n,
            100.0 * ratio(s.evidence.overlap, s.evidence.n)
        );
    }
    let _ = writeln!(
        out,
        "{name}: macro accuracy {:.1}%  macro balanced {:.1}%  micro {:.1}%",
        100.0 * s.macro_.accuracy,
        100.0 * s.macro_.balanced,
        100.0 * s.macro_.micro
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_ignores_markup_and_case() {
        assert!(overlaps(
            "We do not sell your data.",
            "We do **not** sell your data"
        ));
        assert!(overlaps("We do not sell your data.", "sell your data"));
        assert!(!overlaps("We sell nothing.", "We do not sell your data"));
        assert!(!overlaps("", "x"));
    }

    #[test]
    fn balanced_accuracy_punishes_constant_answers() {
        let mut t = Tally::default();
        for _ in 0..9 {
            t.add("d", "p", &["yes".into()], Verdict::Yes, "");
        }
        t.add("d", "p", &["no".into()], Verdict::Yes, "");
        let s = t.finish(EvidenceScore::default());
        let p = &s.practices["p"];
        assert!((p.accuracy - 0.9).abs() < 1e-9);
        assert!((p.balanced - 0.5).abs() < 1e-9);
        assert_eq!(s.misses.len(), 1);
    }
}
