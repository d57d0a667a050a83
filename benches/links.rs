//! Link-finder speed: `find_policy_links` on a synthetic page of 5,000 link records (target
//! ≤ 1 ms), and `find_policy_links_in_html` over the saved pages of `../shared/eval/links`
//! (skipped with a note where absent).

use std::path::PathBuf;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use fineprint::links::{find_policy_links, find_policy_links_in_html, LinkRecord};

/// A news front page: 5,000 links, mostly headlines and sections (one headline in 40 speaks
/// of privacy, cookies or terms), a footer with the usual legal links, a cookie banner.
/// `every` sets how often a headline mentions those words (1 = all of them: the worst case).
fn synthetic_page(every: u32) -> Vec<LinkRecord> {
    const WORDS: &[&str] = &[
        "election", "markets", "football", "climate", "court", "review", "travel", "recipe",
        "police", "budget", "film", "science", "health", "school", "storm", "music", "rates",
        "strike", "vote", "energy",
    ];
    const TOPICS: &[&str] = &["privacy", "cookies", "terms", "data protection", "policy"];
    let mut links = Vec::with_capacity(5_000);
    for i in 0..4_988u32 {
        let w =
            |k: u32| WORDS[((i.wrapping_mul(2_654_435_761) >> k) % WORDS.len() as u32) as usize];
        let topic = if i % every == 0 {
            TOPICS[(i / every) as usize % TOPICS.len()]
        } else {
            w(17)
        };
        let region = match i % 50 {
            0..=4 => "nav",
            5 => "header",
            _ => "main",
        };
        links.push(LinkRecord {
            href: format!(
                "https://www.example.com/2024/05/{}-{}-{}-{i}.html",
                w(3),
                topic.replace(' ', "-"),
                w(11)
            ),
            text: format!("{} {} as {} {} story {i}", w(1), topic, w(9), w(13)),
            region: region.to_string(),
            index: i,
            ..LinkRecord::default()
        });
    }
    let footer = [
        ("/about", "About us"),
        ("/contact", "Contact"),
        ("/legal/terms", "Terms of Use"),
        ("/legal/privacy-policy", "Privacy Policy"),
        ("/legal/cookies", "Cookie Policy"),
        ("/legal/california", "Your California Privacy Rights"),
        ("/dnsmpi", "Do Not Sell or Share My Personal Information"),
        ("/adchoices", "AdChoices"),
        ("/careers", "Careers"),
    ];
    for (path, text) in footer {
        links.push(LinkRecord {
            href: format!("https://www.example.com{path}"),
            text: text.to_string(),
            region: "footer".to_string(),
            index: links.len() as u32,
            ..LinkRecord::default()
        });
    }
    for (path, text) in [
        ("/legal/privacy-policy", "Privacy Policy"),
        ("/legal/cookies", "Cookie Settings"),
        ("javascript:void(0)", "Accept all"),
    ] {
        links.push(LinkRecord {
            href: if path.starts_with('/') {
                format!("https://www.example.com{path}")
            } else {
                path.to_string()
            },
            text: text.to_string(),
            region: "dialog".to_string(),
            index: links.len() as u32,
            ..LinkRecord::default()
        });
    }
    links
}

fn records(c: &mut Criterion) {
    let page = "https://www.example.com/";
    let mut g = c.benchmark_group("links");
    for (name, every) in [("5000_records", 40), ("5000_records_all_naming_privacy", 1)] {
        let links = synthetic_page(every);
        assert_eq!(links.len(), 5_000);
        assert_eq!(
            find_policy_links(page, &links)[0].url,
            "https://www.example.com/legal/privacy-policy"
        );
        g.throughput(Throughput::Elements(links.len() as u64));
        g.bench_function(format!("find_policy_links/{name}"), |b| {
            b.iter(|| find_policy_links(black_box(page), black_box(&links)))
        });
    }
    g.finish();
}

fn eval_pages(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/links");
    let Ok(labels) = std::fs::read_to_string(dir.join("labels.jsonl")) else {
        eprintln!("note: {} is absent; HTML benchmark skipped", dir.display());
        return;
    };
    let mut pages = Vec::new();
    for line in labels.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let (Some(page), Some(url)) = (v["page"].as_str(), v["page_url"].as_str()) else {
            continue;
        };
        if let Ok(bytes) = std::fs::read(dir.join("pages").join(page)) {
            let html = fineprint::text::decode(&bytes, &fineprint::Hints::default()).into_owned();
            pages.push((html, url.to_string()));
        }
    }
    let bytes: usize = pages.iter().map(|(h, _)| h.len()).sum();
    let mut g = c.benchmark_group("links");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(
        format!("find_policy_links_in_html/{}_eval_pages", pages.len()),
        |b| {
            b.iter(|| {
                for (html, url) in &pages {
                    black_box(find_policy_links_in_html(black_box(html), url));
                }
            })
        },
    );
    g.finish();
}

criterion_group!(benches, records, eval_pages);
criterion_main!(benches);
