//! Required literals of a cue: strings of which every match must contain at least one.
//!
//! The engine runs a cue's regex on a sentence only when one of its anchors occurs there
//! (one Aho-Corasick pass per sentence decides that for all cues at once), so a sentence is
//! not scanned by the dozens of cue regexes that cannot match it. The gate is exact: it never
//! skips a cue that could match, so it changes speed only, never a verdict.
//!
//! Anchors are read off the regex's syntax tree ([`regex_syntax::hir`]), the same parse the
//! regex crate compiles:
//! * a literal, or a concatenation of parts that each match one of a few exact strings
//!   (`don['’]t` → `don't`, `don’t`), is its own anchor set;
//! * a concatenation needs every part, so any part's anchors will do: the longest are kept;
//! * an alternation needs one branch: the union of the branches' anchors, if all have some;
//! * a repetition of at least once needs its body; an optional part needs nothing.
//!
//! A pattern whose matches need no literal (`[a-z]+`) has no anchors and always runs.

use regex_syntax::hir::{Class, Hir, HirKind};

/// At most this many strings in an exact or anchor set: more would make the gate's automaton
/// large and gain little.
const MAX_SET: usize = 64;

/// A set of strings.
type Set = Vec<Vec<u8>>;

/// What a node of the syntax tree guarantees about its matches.
#[derive(Debug, Clone, Default)]
struct Lits {
    /// The node matches exactly one of these strings (`None`: not a small finite set).
    exact: Option<Set>,
    /// Every match contains one of these strings, when known beyond `exact`.
    required: Option<Set>,
}

impl Lits {
    /// The most selective set every match of this node contains one of: its own required
    /// set, or its exact strings when none of them is empty.
    fn anchors(&self) -> Option<&Set> {
        pick(
            self.required.as_ref(),
            self.exact.as_ref().filter(|e| usable(e)),
        )
    }
}

/// The anchors of `pattern` (a regex as `regex::bytes::Regex::new` accepts it): `None` when
/// a match needs no literal, or the pattern does not parse.
pub fn anchors(pattern: &str) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::ParserBuilder::new()
        .utf8(false)
        .build()
        .parse(pattern)
        .ok()?;
    walk(&hir).anchors().filter(|set| !set.is_empty()).cloned()
}

/// Whether a set can gate: a set holding the empty string matches everywhere.
fn usable(set: &Set) -> bool {
    !set.iter().any(|s| s.is_empty())
}

/// The more selective of two anchor sets: longer shortest string, then fewer strings.
fn pick<'a>(a: Option<&'a Set>, b: Option<&'a Set>) -> Option<&'a Set> {
    let score = |s: &Set| {
        let shortest = s.iter().map(Vec::len).min().unwrap_or(0);
        (shortest.min(8), usize::MAX - s.len())
    };
    match (a, b) {
        (Some(a), Some(b)) => Some(if score(b) > score(a) { b } else { a }),
        (a, b) => a.or(b),
    }
}

fn walk(hir: &Hir) -> Lits {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Lits {
            exact: Some(vec![vec![]]),
            required: None,
        },
        HirKind::Literal(l) => Lits {
            exact: Some(vec![l.0.to_vec()]),
            required: None,
        },
        HirKind::Class(c) => Lits {
            exact: class_strings(c),
            required: None,
        },
        HirKind::Capture(c) => walk(&c.sub),
        HirKind::Repetition(r) => {
            let sub = walk(&r.sub);
            if r.min == 1 && r.max == Some(1) {
                sub
            } else if r.min >= 1 {
                Lits {
                    exact: None,
                    required: sub.anchors().cloned(),
                }
            } else {
                Lits::default()
            }
        }
        HirKind::Concat(parts) => {
            let parts: Vec<Lits> = parts.iter().map(walk).collect();
            concat(&parts)
        }
        HirKind::Alternation(branches) => {
            let branches: Vec<Lits> = branches.iter().map(walk).collect();
            Lits {
                exact: union(branches.iter().map(|b| b.exact.as_ref())),
                required: union(branches.iter().map(Lits::anchors)),
            }
        }
    }
}

/// A concatenation: runs of exact parts multiply out into exact strings; the best of those
/// runs and of every part's own anchors is the concatenation's anchor set.
fn concat(parts: &[Lits]) -> Lits {
    let mut runs: Vec<Set> = vec![];
    let mut run: Option<Set> = Some(vec![vec![]]);
    let mut whole_exact = true;
    for p in parts {
        match (run.take(), &p.exact) {
            (Some(r), Some(e)) if r.len() * e.len() <= MAX_SET => {
                let mut next = Vec::with_capacity(r.len() * e.len());
                for a in &r {
                    for b in e {
                        let mut s = Vec::with_capacity(a.len() + b.len());
                        s.extend_from_slice(a);
                        s.extend_from_slice(b);
                        next.push(s);
                    }
                }
                run = Some(dedup(next));
            }
            (finished, _) => {
                whole_exact = false;
                runs.extend(finished.filter(usable));
                // A new run starts after this part.
                run = p.exact.clone().filter(|e| e.len() <= MAX_SET);
            }
        }
    }
    let exact = if whole_exact {
        run
    } else {
        runs.extend(run.filter(usable));
        None
    };
    let mut best: Option<&Set> = exact.as_ref().filter(|e| usable(e));
    for c in parts.iter().filter_map(Lits::anchors).chain(runs.iter()) {
        best = pick(best, Some(c));
    }
    let required = best.cloned();
    Lits { exact, required }
}

/// The union of the branches' sets, if every branch has one and the union is small.
fn union<'a>(sets: impl Iterator<Item = Option<&'a Set>>) -> Option<Set> {
    let mut out: Set = vec![];
    for s in sets {
        for x in s? {
            if !out.contains(x) {
                out.push(x.clone());
            }
        }
        if out.len() > MAX_SET {
            return None;
        }
    }
    Some(out)
}

/// Removes repeated strings, keeping the first of each (sets are small: no sort needed,
/// which also keeps a sort of byte strings out of the WASM).
fn dedup(set: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = Vec::with_capacity(set.len());
    for s in set {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// The strings a small class matches (`['’]`), as UTF-8 or raw bytes.
fn class_strings(c: &Class) -> Option<Vec<Vec<u8>>> {
    let mut out = vec![];
    match c {
        Class::Unicode(u) => {
            for r in u.ranges() {
                for ch in r.start()..=r.end() {
                    let mut buf = [0; 4];
                    out.push(ch.encode_utf8(&mut buf).as_bytes().to_vec());
                    if out.len() > 8 {
                        return None;
                    }
                }
            }
        }
        Class::Bytes(b) => {
            for r in b.ranges() {
                for byte in r.start()..=r.end() {
                    out.push(vec![byte]);
                    if out.len() > 8 {
                        return None;
                    }
                }
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(p: &str) -> Option<Vec<String>> {
        anchors(p).map(|v| {
            v.into_iter()
                .map(|s| String::from_utf8(s).unwrap())
                .collect()
        })
    }

    #[test]
    fn literals_concatenations_and_alternations() {
        assert_eq!(a("sell"), Some(vec!["sell".into()]));
        assert_eq!(
            a(r"(?-u:\b)(?:sell|sold)"),
            Some(vec!["sell".into(), "sold".into()])
        );
        assert_eq!(a("don['’]t"), Some(vec!["don't".into(), "don’t".into()]));
        // The longest required part of a concatenation wins.
        assert_eq!(
            a(r"we (?:[a-z]+ ){0,3}?(?:rent|trade)"),
            Some(vec!["rent".into(), "trade".into()])
        );
        assert_eq!(a(r"[a-z]+ (?:do )?"), Some(vec![" ".into()]));
        assert_eq!(a(r"[a-z]+(?:do )?"), None);
        // One branch without anchors: none for the whole alternation.
        assert_eq!(a(r"sell|[a-z]+"), None);
        assert_eq!(a(r"(?:sell)+"), Some(vec!["sell".into()]));
        assert_eq!(a(r"(?:sell)?"), None);
    }

    #[test]
    fn every_match_contains_an_anchor() {
        use regex::bytes::Regex;
        let cases = [
            (
                r"we (?:never|do not) (?:sell|rent) (?:your )?data",
                "we never rent data",
            ),
            (r"(?:opt[- ]out|unsubscribe)", "you may opt-out"),
            (r"n['’]t sell", "we don’t sell"),
            (r"(?:a|b)c(?:d|e)f", "bcdf"),
        ];
        for (p, hay) in cases {
            let set = anchors(p).expect(p);
            let m = Regex::new(p).unwrap().find(hay.as_bytes()).expect(p);
            let text = &hay.as_bytes()[m.start()..m.end()];
            assert!(
                set.iter()
                    .any(|s| text.windows(s.len()).any(|w| w == &s[..])),
                "{p}: {set:?} not in {hay:?}"
            );
        }
    }
}
