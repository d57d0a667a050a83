//! Link finding on arbitrary markup: the first line is the page URL, the rest the page.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let (page_url, html) = s.split_once('\n').unwrap_or(("https://example.com/", &s));
    common::check_links(&fineprint::find_policy_links_in_html(html, page_url));
    // Hostile pages also meet a well-formed page URL.
    common::check_links(&fineprint::find_policy_links_in_html(
        html,
        "https://www.example.com/a/b?c=d",
    ));
    let _ = fineprint::links::conventional_paths(page_url);
});
