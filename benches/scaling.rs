//! Time and peak memory against input size (issue 6): `cargo bench --bench scaling`.
//!
//! 1. Real policies (the HTML pages of `../shared/eval/practices/docs`, concatenated) at 10 KB,
//!    100 KB, 1 MB and 5 MB through `analyze_bytes`: time, MB/s, and the peak heap the
//!    analysis allocates (a counting global allocator) as a multiple of the input size
//!    (target ≤ 10×).
//! 2. Every hostile family of `tests/pathological.rs` at two sizes, S and 2·S: the time ratio
//!    is about 2 when time grows linearly and about 4 when it grows quadratically; the last
//!    column projects the time at 5 MB (the extension's fetch limit) from the measured
//!    exponent. `SCALING_KB` sets S (default 128).
//!
//! Plain `main`, no criterion: each row runs a few times and keeps the fastest, so a noisy
//! neighbour on the two cores does not inflate the figures.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use fineprint::text::Hints;
use fineprint::Options;

#[path = "../tests/pathological.rs"]
mod pathological;

/// Counts live heap bytes and their high-water mark.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(live, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            if new_size >= layout.size() {
                let live =
                    LIVE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
                PEAK.fetch_max(live, Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// What one row measured.
struct Measured {
    /// Fastest run.
    best: Duration,
    /// Peak heap of the first run above what was live before it: includes the growth of the
    /// regex engines' lazy caches, a once-per-process cost.
    cold_peak: usize,
    /// Peak heap of the last run above what was live before it (caches already grown).
    warm_peak: usize,
}

/// Runs `f` until `budget` is spent (at least twice, at most `max_runs` times).
fn measure(max_runs: usize, budget: Duration, mut f: impl FnMut()) -> Measured {
    let mut m = Measured {
        best: Duration::MAX,
        cold_peak: 0,
        warm_peak: 0,
    };
    let started = Instant::now();
    for run in 0..max_runs.max(2) {
        let base = LIVE.load(Relaxed);
        PEAK.store(base, Relaxed);
        let t = Instant::now();
        f();
        m.best = m.best.min(t.elapsed());
        let peak = PEAK.load(Relaxed).saturating_sub(base);
        if run == 0 {
            m.cold_peak = peak;
        }
        m.warm_peak = peak;
        if run >= 1 && started.elapsed() > budget {
            break;
        }
    }
    m
}

fn mb_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn real_policies() {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/eval/practices/docs"
    ));
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!(
            "note: {} is absent; the real-policy table is skipped",
            dir.display()
        );
        return;
    };
    let mut names: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    names.sort();
    let docs: Vec<Vec<u8>> = names.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    println!(
        "## Real policies, concatenated HTML ({} pages), analyze_bytes\n",
        docs.len()
    );
    println!("| input | bytes → report (ms) | MB/s | peak heap, first run (MB) | peak heap, warm (MB) | warm peak / input | extracted text | text → findings (ms) | MB/s of text |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for size in [10_000usize, 100_000, 1_000_000, 5_000_000] {
        let mut input = Vec::with_capacity(size);
        for d in docs.iter().cycle() {
            if input.len() >= size {
                break;
            }
            input.extend_from_slice(&d[..d.len().min(size - input.len())]);
        }
        let m = measure(200, Duration::from_secs(3), || {
            std::hint::black_box(fineprint::analyze_bytes(&input, &Options::default()));
        });
        // The analysis alone, on text extracted beforehand (the 100 MB/s target).
        let text = fineprint::text::extract(&input, &Hints::default());
        let ta = measure(200, Duration::from_secs(3), || {
            let seg = fineprint::segment::segment(&text);
            std::hint::black_box(fineprint::practices::analyze_segmented(&text, &seg));
        })
        .best;
        println!(
            "| {} | {:.3} | {:.1} | {:.2} | {:.2} | {:.1}× | {} | {:.3} | {:.1} |",
            human(size),
            ms(m.best),
            mb_s(size, m.best),
            m.cold_peak as f64 / 1e6,
            m.warm_peak as f64 / 1e6,
            m.warm_peak as f64 / size as f64,
            human(text.text.len()),
            ms(ta),
            mb_s(text.text.len(), ta),
        );
    }
    println!();
}

fn human(n: usize) -> String {
    if n >= 1_000_000 {
        format!("{:.1} MB", n as f64 / 1e6)
    } else {
        format!("{} KB", n / 1_000)
    }
}

fn hostile() {
    let kb: usize = std::env::var("SCALING_KB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(128);
    let s = kb * 1024;
    println!("## Hostile inputs (tests/pathological.rs), analyze_bytes at S = {kb} KB and 2·S\n");
    println!(
        "| input | t(S) ms | t(2S) ms | ratio | MB/s at 2S | peak / input | projected at 5 MB |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for h in pathological::HOSTILE {
        let hints = Hints {
            charset: None,
            content_type: h.content_type.map(str::to_string),
        };
        let options = Options {
            hints,
            ..Options::default()
        };
        let run = |size: usize| {
            let input = (h.make)(size);
            let m = measure(5, Duration::from_secs(1), || {
                std::hint::black_box(fineprint::analyze_bytes(&input, &options));
            });
            (input.len(), m.best, m.warm_peak)
        };
        let (n1, t1, _) = run(s);
        let (n2, t2, peak) = run(2 * s);
        // Time per byte normalised, so generators that round the size do not skew it.
        let ratio = (t2.as_secs_f64() / n2 as f64) / (t1.as_secs_f64() / n1 as f64) * 2.0;
        let exponent = ratio.max(1.0).log2();
        let projected = t2.as_secs_f64() * (5.0 * 1_048_576.0 / n2 as f64).powf(exponent);
        let flag = if ratio > 2.8 { " **superlinear**" } else { "" };
        println!(
            "| {}{flag} | {:.1} | {:.1} | {:.2} | {:.1} | {:.1}× | {} |",
            h.name,
            ms(t1),
            ms(t2),
            ratio,
            mb_s(n2, t2),
            peak as f64 / n2 as f64,
            if projected >= 1.0 {
                format!("{projected:.0} s")
            } else {
                format!("{:.0} ms", projected * 1e3)
            }
        );
    }
    println!();
}

fn main() {
    // Compile the rule engine (regexes, automata) before anything is measured: it is built
    // once per process and its memory is not the input's.
    fineprint::analyze_text(
        "We do not sell your personal information.",
        &Options::default(),
    );
    // `cargo bench` passes `--bench`; a filter argument picks one table.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wants = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    if wants("real") {
        real_policies();
    }
    if wants("hostile") {
        hostile();
    }
}
