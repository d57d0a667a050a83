//! The whole path, bytes → report: no panic, 15 findings in order, evidence quotes that are
//! exactly the extracted text at their offsets, and the same report twice.
#![no_main]

use fineprint::Options;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (hints, body) = common::hints_and_body(data);
    let options = Options {
        hints: hints.clone(),
        ..Options::default()
    };
    let report = fineprint::analyze_bytes(body, &options);
    let text = fineprint::text::extract(body, &hints);
    common::check_report(&text.text, &report);
    assert_eq!(report.text_length, text.text.len());
    let again = fineprint::analyze_policy_text(text, &options);
    assert_eq!(report.to_json(), again.to_json(), "not deterministic");
});
