//! The case layout `tests/fixtures.rs` and `tests/blind_documents.rs` share: a directory per
//! case under `tests/<set>/`, a `source.*` in it, and `expected.txt` with
//! `practice verdict[/alternative…]` per line (`#` starts a comment).

use std::path::{Path, PathBuf};

use fineprint::Verdict;

/// The case directories of `tests/<set>`, sorted.
pub fn cases(set: &str) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(set);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    out.sort();
    out
}

/// The case's `source.*`.
pub fn source(case: &Path) -> PathBuf {
    std::fs::read_dir(case)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.file_stem().is_some_and(|s| s == "source"))
        .expect("source.* in every case")
}

/// The case's `expected.txt`: (practice, accepted verdicts) per line.
pub fn expected(case: &Path) -> Vec<(String, Vec<Verdict>)> {
    std::fs::read_to_string(case.join("expected.txt"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (p, v) = l.split_once(' ').expect("practice verdict");
            let vs = v
                .trim()
                .split('/')
                .map(|v| Verdict::parse(v).expect("verdict"))
                .collect();
            (p.to_string(), vs)
        })
        .collect()
}
