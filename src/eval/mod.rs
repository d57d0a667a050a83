//! Scoring the analyser against labelled evaluation sets (layout of `../shared/eval/README.md`):
//! `practices/` (documents + labels), `sentences/` (quotes + labels), `links/` (pages + their
//! policy URL). Reading files happens here, never in the analysis core.

#[cfg(not(target_arch = "wasm32"))]
pub mod links;

use std::fmt;

/// Why an evaluation could not run (scores, however bad, are never an error).
#[derive(Debug)]
pub enum EvalError {
    /// A file or directory could not be read.
    Io { path: String, error: std::io::Error },
    /// A labels line is not valid JSON of the expected shape.
    BadLabel { path: String, line: usize, error: String },
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
