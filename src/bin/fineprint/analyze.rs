//! `fineprint analyze`: files and directories in, one summary (or JSON line) per document out,
//! in input order; directories are walked and analysed in parallel.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::CliError;
use fineprint::{Options, Report, Verdict};

/// Files worth analysing under a directory, sorted for a stable order.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), CliError> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| CliError::Io(dir.display().to_string(), e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out)?;
        } else if p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            matches!(
                e.to_ascii_lowercase().as_str(),
                "html" | "htm" | "txt" | "md" | "xhtml"
            )
        }) {
            out.push(p);
        }
    }
    Ok(())
}

pub fn run(paths: &[PathBuf], json: bool) -> Result<(), CliError> {
    let mut files = vec![];
    for p in paths {
        if p.is_dir() {
            walk(p, &mut files)?;
        } else {
            files.push(p.clone());
        }
    }
    let bar = (std::io::stderr().is_terminal() && files.len() > 50).then(|| {
        let b = indicatif::ProgressBar::new(files.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} eta {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    });
    let reports: Vec<Result<Report, CliError>> = files
        .par_iter()
        .map(|f| {
            let bytes = std::fs::read(f).map_err(|e| CliError::Io(f.display().to_string(), e))?;
            let options = Options {
                url: Some(f.display().to_string()),
                ..Default::default()
            };
            let r = fineprint::analyze_bytes(&bytes, &options);
            if let Some(b) = &bar {
                b.inc(1);
            }
            Ok(r)
        })
        .collect();
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = None;
    for (file, r) in files.iter().zip(reports) {
        match r {
            Ok(report) if json => {
                let _ = writeln!(out, "{}", report.to_json());
            }
            Ok(report) => {
                let _ = write!(out, "{}", human(file, &report));
            }
            Err(e) => {
                eprintln!("fineprint: {e}");
                failed = Some(e);
            }
        }
    }
    match failed {
        Some(e) if files.len() == 1 => Err(e),
        _ => Ok(()),
    }
}

/// One document's table: practice, verdict, first evidence sentence.
fn human(file: &Path, r: &Report) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(s, "== {}  ({})", file.display(), r.title);
    let _ = writeln!(
        s,
        "   badge {:?}: {}   [{} sentences, language {}]",
        r.summary.badge,
        r.summary.tooltip,
        r.sentences,
        r.language.as_deref().unwrap_or("?")
    );
    for f in &r.findings {
        let flag = if r.summary.flagged.contains(&f.practice) {
            "!"
        } else {
            " "
        };
        let ev = f.evidence.first().map_or(String::new(), |e| {
            let t: String = e.text.chars().take(110).collect();
            if t.len() < e.text.len() {
                format!("“{t}…”")
            } else {
                format!("“{t}”")
            }
        });
        let verdict = match f.verdict {
            Verdict::NotMentioned => "not mentioned",
            v => v.as_str(),
        };
        let _ = writeln!(s, " {flag} {:<24} {:<14} {}", f.practice, verdict, ev);
    }
    s.push('\n');
    s
}
