//! Link finding on arbitrary records, as a content script would hand them over. Input: the
//! page URL on the first line, then one record per line, fields separated by tabs:
//! `href, text, region, title, aria-label, rel, visible` (missing fields are empty;
//! `visible` is false only for "0"). Index is the line number unless a field 8 gives one.
#![no_main]

use fineprint::LinkRecord;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let mut lines = s.split('\n');
    let page_url = lines.next().unwrap_or_default();
    let records: Vec<LinkRecord> = lines
        .enumerate()
        .map(|(i, line)| {
            let mut f = line.split('\t');
            let mut next = || f.next().unwrap_or_default().to_string();
            let (href, text, region, title, aria_label, rel, visible, index) = (
                next(),
                next(),
                next(),
                next(),
                next(),
                next(),
                next(),
                next(),
            );
            LinkRecord {
                href,
                text,
                region,
                title,
                aria_label,
                rel,
                visible: visible != "0",
                index: index.parse().unwrap_or(i as u32),
            }
        })
        .collect();
    let found = fineprint::find_policy_links(page_url, &records);
    common::check_links(&found);
    // Same records, same answer.
    assert_eq!(found, fineprint::find_policy_links(page_url, &records));
});
