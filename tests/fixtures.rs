//! Fixture tests: our own short policies (`tests/fixtures/<case>/source.*`) and the verdicts a
//! person expects (`expected.txt`). Every practice not listed must be `not_mentioned`, so a
//! rule that starts firing where nothing is said fails here too.

mod common;

use std::path::PathBuf;

use common::{expected, source};
use fineprint::{Options, Verdict, PRACTICES};

#[test]
fn fixtures_give_the_expected_verdicts() {
    let mut failures = vec![];
    for case in common::cases("fixtures") {
        let bytes = std::fs::read(source(&case)).unwrap();
        let report = fineprint::analyze_bytes(&bytes, &Options::default());
        let want = expected(&case);
        for p in PRACTICES {
            let accepted = want
                .iter()
                .find(|(id, _)| id == p.id)
                .map_or(vec![Verdict::NotMentioned], |(_, v)| v.clone());
            let f = report.finding(p.id).expect("every practice has a finding");
            if !accepted.contains(&f.verdict) {
                let ev = f.evidence.first().map_or("", |e| e.text.as_str());
                failures.push(format!(
                    "{}: {} = {:?}, expected {:?} ({ev})",
                    case.file_name().unwrap().to_string_lossy(),
                    p.id,
                    f.verdict,
                    accepted
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn legal_hub_terms_are_not_read_as_policy() {
    let bytes = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hub/source.txt"),
    )
    .unwrap();
    let report = fineprint::analyze_bytes(&bytes, &Options::default());
    let kinds: Vec<_> = report
        .documents
        .iter()
        .map(|d| format!("{:?}", d.kind))
        .collect();
    assert_eq!(kinds, ["Privacy", "Terms", "Cookie"]);
    // The terms' licence to "sell" content, age gate and 3-month inactivity are not evidence.
    for f in &report.findings {
        for e in &f.evidence {
            assert!(
                !e.text.contains("license to host"),
                "{}: {}",
                f.practice,
                e.text
            );
            assert!(
                !e.text.contains("inactive for 3 months"),
                "{}: {}",
                f.practice,
                e.text
            );
        }
    }
}

#[test]
fn evidence_carries_offsets_and_headings() {
    let bytes = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news-site/source.html"),
    )
    .unwrap();
    let text = fineprint::text::extract(&bytes, &Default::default());
    let report = fineprint::analyze_policy_text(text.clone(), &Options::default());
    let dnt = report.finding("do_not_track").unwrap();
    let e = &dnt.evidence[0];
    assert_eq!(&text.text[e.start..e.end], e.text);
    assert_eq!(e.section, "Do Not Track and Global Privacy Control");
    assert_eq!(e.text, "We do not respond to them.");
    // The script's text never reaches the analysis.
    assert!(!text.text.contains("we never sell data"));
}

#[test]
fn same_input_same_json() {
    for case in common::cases("fixtures") {
        let bytes = std::fs::read(source(&case)).unwrap();
        let a = fineprint::analyze_bytes(&bytes, &Options::default()).to_json();
        let b = fineprint::analyze_bytes(&bytes, &Options::default()).to_json();
        assert_eq!(a, b);
    }
}
