//! The content script sends only the links that pass `links::is_candidate` (the same words,
//! inlined into `extension/content.js` from `linkKeywords()`). On every page of the link
//! evaluation set (`../shared/eval/links`, read at run time; skipped with a note where
//! absent), ranking only those records, with the page's last link index, must give exactly
//! the ranking of all records: the same candidates, scores and reasons, so hits@1 cannot move.

use std::path::PathBuf;

use fineprint::links::{find_policy_links_on, is_candidate, parse_page_links, LinkKind, PageInfo};

#[test]
fn candidate_filter_changes_no_ranking_on_the_eval_pages() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/links");
    let Ok(labels) = std::fs::read_to_string(dir.join("labels.jsonl")) else {
        eprintln!("note: {} is absent; filter check skipped", dir.display());
        return;
    };
    let (mut pages, mut all, mut kept, mut same_top) = (0, 0, 0, 0);
    let mut differ = Vec::new();
    for line in labels.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("label line is JSON");
        let (page, url) = (v["page"].as_str().unwrap(), v["page_url"].as_str().unwrap());
        let bytes = std::fs::read(dir.join("pages").join(page)).expect("page is readable");
        let html = fineprint::text::decode(&bytes, &fineprint::Hints::default());
        let parsed = parse_page_links(&html, url);
        let info = PageInfo {
            title: parsed.title.clone(),
            heading: parsed.heading.clone(),
            last_index: None,
        };
        let whole = find_policy_links_on(url, &parsed.records, &info);
        let candidates: Vec<_> = parsed
            .records
            .iter()
            .filter(|r| is_candidate(r))
            .cloned()
            .collect();
        let filtered_info = PageInfo {
            last_index: parsed.records.iter().map(|r| r.index).max(),
            ..info
        };
        let filtered = find_policy_links_on(url, &candidates, &filtered_info);
        pages += 1;
        all += parsed.records.len();
        kept += candidates.len();
        let top = |l: &[fineprint::PolicyLink]| {
            l.iter()
                .find(|c| c.kind == LinkKind::Policy)
                .map(|c| c.url.clone())
        };
        if top(&whole) == top(&filtered) {
            same_top += 1;
        }
        if whole != filtered {
            differ.push(page.to_string());
        }
    }
    println!(
        "{pages} pages: {kept} of {all} link records pass the filter ({:.1}%); \
         same top policy link on {same_top}; rankings differ on {}",
        100.0 * kept as f64 / all.max(1) as f64,
        differ.len()
    );
    assert!(pages > 0);
    assert_eq!(
        differ,
        Vec::<String>::new(),
        "the filter changed these rankings"
    );
}

/// Developer aid: which filter words let the most records through on the eval pages.
#[test]
#[ignore]
fn filter_word_counts() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/links");
    let labels = std::fs::read_to_string(dir.join("labels.jsonl")).unwrap_or_default();
    let w = fineprint::links::candidate_words();
    let mut counts = std::collections::BTreeMap::new();
    for line in labels.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let (page, url) = (v["page"].as_str().unwrap(), v["page_url"].as_str().unwrap());
        let bytes = std::fs::read(dir.join("pages").join(page)).unwrap();
        let html = fineprint::text::decode(&bytes, &fineprint::Hints::default());
        for r in parse_page_links(&html, url).records {
            let t = format!("{}\n{}\n{}\n{}", r.text, r.title, r.aria_label, r.rel).to_lowercase();
            for x in &w.text {
                if t.contains(x.as_str()) {
                    *counts.entry(format!("text {x}")).or_insert(0) += 1;
                }
            }
            let h = r.href.to_lowercase();
            for x in &w.url {
                if h.contains(x.as_str()) {
                    *counts.entry(format!("url {x}")).or_insert(0) += 1;
                }
            }
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by_key(|e| std::cmp::Reverse(e.1));
    for (k, n) in v.iter().take(40) {
        println!("{n:6} {k}");
    }
    println!("{:?}", w.text);
}
