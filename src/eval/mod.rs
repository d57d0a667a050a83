//! Scoring the analyser against labelled evaluation sets (layout of `../shared/eval/README.md`):
//! `practices/` (documents + labels), `sentences/` (quotes + labels), `links/` (pages + their
//! policy URL). Reading files happens here, never in the analysis core.

pub mod links;
pub mod practices;

use std::fmt;

/// Why an evaluation could not run (scores, however bad, are never an error).
#[derive(Debug)]
pub enum EvalError {
    /// A file or directory could not be read.
    Io { path: String, error: std::io::Error },
    /// A labels line is not valid JSON of the expected shape.
    BadLabel {
        path: String,
        line: usize,
        error: String,
    },
    /// The directory holds none of `practices/`, `sentences/`, `links/`, `labels.jsonl`.
    NothingToEvaluate { path: String },
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvalError::Io { path, error } => write!(f, "cannot read {path}: {error}"),
            EvalError::BadLabel { path, line, error } => write!(f, "{path}:{line}: bad label: {error}"),
            EvalError::NothingToEvaluate { path } => write!(
                f,
                "{path} holds no evaluation set (expected practices/, sentences/ or links/ with labels.jsonl)"
            ),
        }
    }
}

impl std::error::Error for EvalError {}

use std::path::Path;

use serde::Serialize;

/// Everything `fineprint eval DIR` measured; sets absent from DIR are `None`.
#[derive(Debug, Default, Serialize)]
pub struct EvalOutput {
    /// `practices/` (or DIR itself holding document labels).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub practices: Option<practices::SetScores>,
    /// `sentences/`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<practices::SetScores>,
    /// `links/`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<links::LinkScores>,
    /// Evidence quality of the practices set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<practices::EvidenceScore>,
}

/// What kind of set a `labels.jsonl` holds, from its first line's fields.
fn kind_of(labels: &Path) -> Option<&'static str> {
    let text = std::fs::read_to_string(labels).ok()?;
    let first: serde_json::Value =
        serde_json::from_str(text.lines().find(|l| !l.trim().is_empty())?).ok()?;
    if first.get("page").is_some() {
        Some("links")
    } else if first.get("text").is_some() {
        Some("sentences")
    } else if first.get("doc").is_some() {
        Some("practices")
    } else {
        None
    }
}

/// Evaluates every set found in `dir`: its `practices/`, `sentences/`, `links/` subfolders,
/// or `dir` itself when it holds a `labels.jsonl`.
pub fn eval_dir(dir: &Path) -> Result<EvalOutput, EvalError> {
    if !dir.is_dir() {
        return Err(EvalError::Io {
            path: dir.display().to_string(),
            error: std::io::Error::new(std::io::ErrorKind::NotFound, "not a directory"),
        });
    }
    let mut sets: Vec<(&'static str, std::path::PathBuf)> = vec![];
    for name in ["practices", "sentences", "links"] {
        let sub = dir.join(name);
        if sub.join("labels.jsonl").is_file() {
            sets.push((kind_of(&sub.join("labels.jsonl")).unwrap_or(name), sub));
        }
    }
    if sets.is_empty() && dir.join("labels.jsonl").is_file() {
        if let Some(kind) = kind_of(&dir.join("labels.jsonl")) {
            sets.push((kind, dir.to_path_buf()));
        }
    }
    if sets.is_empty() {
        return Err(EvalError::NothingToEvaluate {
            path: dir.display().to_string(),
        });
    }
    let mut out = EvalOutput::default();
    for (kind, path) in sets {
        match kind {
            "practices" => {
                let s = practices::eval_practices(&path)?;
                out.evidence = Some(s.evidence.clone());
                out.practices = Some(s);
            }
            "sentences" => out.sentences = Some(practices::eval_sentences(&path)?),
            _ => out.links = Some(links::eval_links(&path)?),
        }
    }
    Ok(out)
}
