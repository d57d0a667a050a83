//! The link finder on the development set `../shared/eval/links` (real pages with their
//! known policy URL): hits@1 of at least 97 %, and nothing returned on the pages that link
//! no policy. Skipped, with a note, where the set is absent.

use std::path::PathBuf;

use fineprint::eval::links::{eval_links, format_links};

#[test]
fn links_dev_set() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/links");
    if !dir.join("labels.jsonl").exists() {
        eprintln!("note: {} is absent; link evaluation skipped", dir.display());
        return;
    }
    let scores = eval_links(&dir).expect("evaluation runs");
    println!("{}", format_links(&scores));
    assert!(scores.n > 0, "no pages with a policy link");
    assert!(
        scores.hit_rate() >= 0.97,
        "hits@1 below 97 %:\n{}",
        format_links(&scores)
    );
    assert_eq!(
        scores.none_correct,
        scores.none_n,
        "a policy link was returned on a page without one:\n{}",
        format_links(&scores)
    );
}

/// Developer aid: prints every candidate with its reasons for the pages named in
/// `LINKS_PAGES` (comma-separated file names), e.g.
/// `LINKS_PAGES=c3pa-db-10.html cargo test --test links_eval explain -- --ignored --nocapture`.
#[test]
#[ignore]
fn explain() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/links");
    let pages = std::env::var("LINKS_PAGES").unwrap_or_default();
    let labels = std::fs::read_to_string(dir.join("labels.jsonl")).unwrap_or_default();
    for line in labels.lines() {
        let v: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(_) => continue,
        };
        let page = v["page"].as_str().unwrap_or("");
        if !pages.split(',').any(|p| p == page) {
            continue;
        }
        let url = v["page_url"].as_str().unwrap_or("");
        let bytes = std::fs::read(dir.join("pages").join(page)).unwrap();
        let html = fineprint::text::decode(&bytes, &fineprint::Hints::default());
        println!("== {page} {url}\n   expected {}", v["accept"][0]);
        for l in fineprint::links::find_policy_links_in_html(&html, url) {
            println!(
                "  {:5.1} {:?} {} “{}”\n        {}",
                l.score,
                l.kind,
                l.url,
                l.text,
                l.reasons.join(" · ")
            );
        }
    }
}
