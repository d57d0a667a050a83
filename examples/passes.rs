//! Passes of the analysis over every eval text, for profilers (`BENCHMARKS.md`, Commands).
//!
//! `cargo run --release --example passes -- N [seg]` extracts the text of every document of
//! `../shared/eval/practices/docs` and `../shared/seeds` once, then segments and analyses them
//! all N times and prints the best pass (with `seg`, segmentation only). Under callgrind, the
//! instructions of one warm pass are those of `N = 2` less those of `N = 1`: the first pass
//! also builds the engine and the lazy DFAs' first states. Criterion (`benches/core.rs`)
//! gives the wall times; this gives profilers one plain loop to look at.

use std::time::Instant;

use fineprint::{practices, segment, text};

fn main() {
    let mut texts = vec![];
    for dir in ["../shared/eval/practices/docs", "../shared/seeds"] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("{dir} not found: run from the repository, with ../shared beside it");
            std::process::exit(2);
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            if ext == "html" || ext == "txt" {
                let bytes = std::fs::read(&p).unwrap_or_default();
                texts.push(text::extract(&bytes, &text::Hints::default()));
            }
        }
    }
    let bytes: usize = texts.iter().map(|t| t.text.len()).sum();
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    let segment_only = args.next().as_deref() == Some("seg");
    let mut best = f64::MAX;
    for _ in 0..n {
        let start = Instant::now();
        for t in &texts {
            let seg = segment::segment(t);
            if !segment_only {
                std::hint::black_box(practices::analyze_segmented(t, &seg));
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{} texts {} bytes best {:.1} ms = {:.1} MiB/s",
        texts.len(),
        bytes,
        best * 1e3,
        bytes as f64 / best / 1048576.0
    );
}
