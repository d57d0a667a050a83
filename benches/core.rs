//! Speed of the core, natively (issue 6). `cargo bench --bench core`; figures in BENCHMARKS.md.
//!
//! * `html_to_text`: `text::extract` (decode + tokenise + blocks) over the saved HTML pages of
//!   `../shared/eval/practices/docs` and `../shared/eval/links/pages` (target ≥ 50 MB/s).
//! * `analysis`: `segment` + `analyze_segmented`, and `analyze_policy_text` (which adds the
//!   report), over the text already extracted from those policies and the five seeds
//!   (target ≥ 100 MB/s of extracted text).
//! * `bytes_to_report`: the whole path, `analyze_bytes`, over every policy and over one
//!   70 KB policy (HTML and text).
//! * `links`: `find_policy_links` on a synthetic page of 5,000 link records (target ≤ 1 ms)
//!   and `find_policy_links_in_html` on the eval link pages.
//! * `scaling`: `analyze_bytes` on 10 KB, 100 KB, 1 MB and 5 MB of concatenated real policies;
//!   the same MB/s at every size means time grows linearly. `benches/scaling.rs` adds peak
//!   memory and the hostile inputs of `tests/pathological.rs`.
//!
//! The shared evaluation material is read at bench start from `../shared` (never copied into
//! the project); a group whose material is absent is skipped with a note.

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{
    black_box, criterion_group, criterion_main, BatchSize, BenchmarkGroup, Criterion, Throughput,
};
use fineprint::links::{find_policy_links, find_policy_links_in_html, LinkRecord};
use fineprint::text::{self, Hints, PolicyText};
use fineprint::{practices, segment, Options};

fn shared(rel: &str) -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/")).join(rel)
}

/// The files of a shared folder with one of `exts`, sorted by name; `None` (and a note)
/// when the folder is absent.
fn read_dir(rel: &str, exts: &[&str]) -> Option<Vec<(String, Vec<u8>)>> {
    let dir = shared(rel);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "note: {} is absent; its benchmarks are skipped",
            dir.display()
        );
        return None;
    };
    let mut files: Vec<(String, Vec<u8>)> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| exts.contains(&e))
        })
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some((name, std::fs::read(&p).ok()?))
        })
        .collect();
    files.sort();
    Some(files)
}

fn total(files: &[(String, Vec<u8>)]) -> u64 {
    files.iter().map(|f| f.1.len() as u64).sum()
}

fn html_hints() -> Hints {
    Hints {
        charset: None,
        content_type: Some("text/html".into()),
    }
}

fn quick<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut g = c.benchmark_group(name);
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    g
}

fn html_to_text(c: &mut Criterion) {
    let mut g = quick(c, "html_to_text");
    for (label, rel) in [
        ("practices_docs", "eval/practices/docs"),
        ("links_pages", "eval/links/pages"),
    ] {
        let Some(docs) = read_dir(rel, &["html"]) else {
            continue;
        };
        g.throughput(Throughput::Bytes(total(&docs)));
        g.bench_function(format!("extract/{label}/{}_files", docs.len()), |b| {
            b.iter(|| {
                for (_, bytes) in &docs {
                    black_box(text::extract(black_box(bytes), &Hints::default()));
                }
            })
        });
    }
    g.finish();
}

/// Every policy of the practices set (HTML and text) and the five seeds, extracted.
fn extracted_policies() -> Option<Vec<PolicyText>> {
    let mut docs = read_dir("eval/practices/docs", &["html", "txt"])?;
    docs.extend(read_dir("seeds", &["txt"]).unwrap_or_default());
    Some(
        docs.iter()
            .map(|(_, bytes)| text::extract(bytes, &Hints::default()))
            .collect(),
    )
}

fn analysis(c: &mut Criterion) {
    let Some(texts) = extracted_policies() else {
        return;
    };
    let bytes: u64 = texts.iter().map(|t| t.text.len() as u64).sum();
    let mut g = quick(c, "analysis");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function(
        format!("segment+analyze_segmented/{}_texts", texts.len()),
        |b| {
            b.iter(|| {
                for t in &texts {
                    let seg = segment::segment(black_box(t));
                    black_box(practices::analyze_segmented(t, &seg));
                }
            })
        },
    );
    g.bench_function(format!("segment_only/{}_texts", texts.len()), |b| {
        b.iter(|| {
            for t in &texts {
                black_box(segment::segment(black_box(t)));
            }
        })
    });
    g.bench_function(format!("analyze_policy_text/{}_texts", texts.len()), |b| {
        b.iter_batched(
            || texts.clone(),
            |texts| {
                for t in texts {
                    black_box(fineprint::analyze_policy_text(t, &Options::default()));
                }
            },
            BatchSize::LargeInput,
        )
    });
    g.finish();
}

fn bytes_to_report(c: &mut Criterion) {
    let Some(docs) = read_dir("eval/practices/docs", &["html", "txt"]) else {
        return;
    };
    let mut g = quick(c, "bytes_to_report");
    g.throughput(Throughput::Bytes(total(&docs)));
    g.bench_function(
        format!("analyze_bytes/practices_docs/{}_files", docs.len()),
        |b| {
            b.iter(|| {
                for (_, bytes) in &docs {
                    black_box(fineprint::analyze_bytes(
                        black_box(bytes),
                        &Options::default(),
                    ));
                }
            })
        },
    );
    // One policy of about 70 KB (the WASM target is 2 ms for this size), as HTML and as text.
    let html = docs.iter().find(|d| d.0 == "opp115-862_disinfo.com.html");
    let seeds = read_dir("seeds", &["txt"]).unwrap_or_default();
    let txt = seeds.iter().find(|d| d.0 == "004_1d405e06435a6f75.txt");
    for (label, doc) in [("html", html), ("txt", txt)] {
        let Some((name, bytes)) = doc else { continue };
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_function(format!("analyze_bytes/70kb_{label}/{name}"), |b| {
            b.iter(|| fineprint::analyze_bytes(black_box(bytes), &Options::default()))
        });
    }
    g.finish();
}

/// A news front page of 5,000 link records: headlines and section links (one in 40 speaks of
/// privacy, cookies or terms), a footer with the usual legal links, a cookie banner.
fn five_thousand_records() -> Vec<LinkRecord> {
    const WORDS: &[&str] = &[
        "election", "markets", "football", "climate", "court", "review", "travel", "recipe",
        "police", "budget", "film", "science", "health", "school", "storm", "music",
    ];
    const TOPICS: &[&str] = &["privacy", "cookies", "terms", "data protection", "policy"];
    let footer: &[(&str, &str, &str)] = &[
        ("/about", "About us", "footer"),
        ("/legal/terms", "Terms of Use", "footer"),
        ("/legal/privacy-policy", "Privacy Policy", "footer"),
        ("/legal/cookies", "Cookie Policy", "footer"),
        (
            "/legal/california",
            "Your California Privacy Rights",
            "footer",
        ),
        (
            "/dnsmpi",
            "Do Not Sell or Share My Personal Information",
            "footer",
        ),
        ("/legal/privacy-policy", "Privacy Policy", "dialog"),
        ("/legal/cookies", "Cookie Settings", "dialog"),
    ];
    let n = 5_000 - footer.len();
    let mut links: Vec<LinkRecord> = (0..n)
        .map(|i| {
            let w = |k: usize| WORDS[((i * 2_654_435_761usize) >> k) % WORDS.len()];
            let topic = if i % 40 == 0 {
                TOPICS[(i / 40) % TOPICS.len()]
            } else {
                w(17)
            };
            LinkRecord {
                href: format!(
                    "https://www.example.com/2024/05/{}-{}-{i}.html",
                    w(3),
                    topic.replace(' ', "-")
                ),
                text: format!("{} {} as {} story {i}", w(1), topic, w(9)),
                region: ["nav", "header", "main", "main", "main", "aside"][i % 6].to_string(),
                index: i as u32,
                ..LinkRecord::default()
            }
        })
        .collect();
    for (path, text, region) in footer {
        links.push(LinkRecord {
            href: format!("https://www.example.com{path}"),
            text: text.to_string(),
            region: region.to_string(),
            index: links.len() as u32,
            ..LinkRecord::default()
        });
    }
    links
}

fn links(c: &mut Criterion) {
    let page = "https://www.example.com/";
    let records = five_thousand_records();
    assert_eq!(records.len(), 5_000);
    let found = find_policy_links(page, &records);
    assert_eq!(
        found.first().map(|l| l.url.as_str()),
        Some("https://www.example.com/legal/privacy-policy")
    );
    let mut g = quick(c, "links");
    g.throughput(Throughput::Elements(records.len() as u64));
    g.bench_function("find_policy_links/5000_records", |b| {
        b.iter(|| find_policy_links(black_box(page), black_box(&records)))
    });
    if let Some(pages) = read_dir("eval/links/pages", &["html"]) {
        let pages: Vec<String> = pages
            .iter()
            .map(|(_, bytes)| text::decode(bytes, &Hints::default()).into_owned())
            .collect();
        g.throughput(Throughput::Bytes(
            pages.iter().map(|p| p.len() as u64).sum(),
        ));
        g.bench_function(
            format!("find_policy_links_in_html/{}_eval_pages", pages.len()),
            |b| {
                b.iter(|| {
                    for html in &pages {
                        black_box(find_policy_links_in_html(black_box(html), page));
                    }
                })
            },
        );
    }
    g.finish();
}

/// `size` bytes of real policies, concatenated in name order (HTML pages one after another).
fn concatenated_html(docs: &[(String, Vec<u8>)], size: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(size);
    for (_, bytes) in docs.iter().cycle() {
        if out.len() >= size {
            break;
        }
        out.extend_from_slice(&bytes[..bytes.len().min(size - out.len())]);
    }
    out
}

fn scaling(c: &mut Criterion) {
    let Some(docs) = read_dir("eval/practices/docs", &["html"]) else {
        return;
    };
    let mut g = quick(c, "scaling");
    for (label, size) in [
        ("10KB", 10_000),
        ("100KB", 100_000),
        ("1MB", 1_000_000),
        ("5MB", 5_000_000),
    ] {
        let input = concatenated_html(&docs, size);
        g.throughput(Throughput::Bytes(input.len() as u64));
        g.bench_function(format!("analyze_bytes/{label}"), |b| {
            b.iter(|| fineprint::analyze_bytes(black_box(&input), &Options::default()))
        });
        let extracted = text::extract(&input, &html_hints());
        g.throughput(Throughput::Bytes(extracted.text.len() as u64));
        g.bench_function(format!("analyze_extracted/{label}"), |b| {
            b.iter(|| {
                let seg = segment::segment(black_box(&extracted));
                black_box(practices::analyze_segmented(&extracted, &seg))
            })
        });
    }
    g.finish();
}

criterion_group!(
    benches,
    html_to_text,
    analysis,
    bytes_to_report,
    links,
    scaling
);
criterion_main!(benches);
