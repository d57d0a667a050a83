//! Robustness set of our own writing (`tests/fixtures/paraphrases.jsonl`): for every practice,
//! the many ways real policies say yes / no / unclear (hedges, negation forms, passive voice,
//! lists, CCPA/GDPR legalese, rights bullets, conditionals) and the traps of PRACTICES.md's
//! "does NOT count" column. Each line is one sentence analysed as a plain-text document and
//! scored exactly like `fineprint eval ../shared/eval/sentences`
//! ([`fineprint::eval::practices::score_sentences`]). Every miss is printed; the accuracy floor
//! sits a little below what the rules reach, so a regression fails.

use fineprint::eval::practices::{score_sentences, SentenceLabel};
use serde::Deserialize;

/// Pooled accuracy (correct / lines) the rules must keep.
const FLOOR: f64 = 0.97;

#[derive(Deserialize)]
struct Line {
    text: String,
    practice: String,
    verdicts: Vec<String>,
    note: String,
}

fn load() -> (Vec<SentenceLabel>, Vec<String>) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/paraphrases.jsonl"
    );
    let text = std::fs::read_to_string(path).expect("paraphrases.jsonl is readable");
    let mut labels = vec![];
    let mut notes = vec![];
    for (i, l) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let line: Line =
            serde_json::from_str(l).unwrap_or_else(|e| panic!("paraphrases.jsonl:{}: {e}", i + 1));
        assert!(
            fineprint::PRACTICES.iter().any(|p| p.id == line.practice),
            "paraphrases.jsonl:{}: unknown practice {}",
            i + 1,
            line.practice
        );
        assert!(!line.verdicts.is_empty() && !line.note.is_empty());
        labels.push(SentenceLabel {
            id: format!("line-{}", i + 1),
            text: line.text,
            practice: line.practice,
            verdicts: line.verdicts,
        });
        notes.push(line.note);
    }
    (labels, notes)
}

#[test]
fn paraphrases_meet_the_floor() {
    let (labels, notes) = load();
    assert!(labels.len() >= 300, "only {} lines", labels.len());
    let s = score_sentences(&labels);
    for m in &s.misses {
        let i = labels.iter().position(|l| l.id == m.id).unwrap();
        eprintln!(
            "miss {} {} gold={} got={} [{}] {}",
            m.id,
            m.practice,
            m.gold.join("/"),
            m.got,
            notes[i],
            m.evidence
        );
    }
    for (id, p) in &s.practices {
        eprintln!(
            "{id:<24} {:>3} {:>6.1}% balanced {:>6.1}%",
            p.n,
            100.0 * p.accuracy,
            100.0 * p.balanced
        );
    }
    eprintln!(
        "paraphrases: micro {:.1}%  macro {:.1}%  macro balanced {:.1}%",
        100.0 * s.macro_.micro,
        100.0 * s.macro_.accuracy,
        100.0 * s.macro_.balanced
    );
    assert!(
        s.macro_.micro >= FLOOR,
        "paraphrase accuracy {:.3} < floor {FLOOR}",
        s.macro_.micro
    );
}
