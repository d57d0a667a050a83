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
//!
//! A concatenation needs *all* its parts, so besides the best set the gate keeps up to
//! [`MAX_CLAUSES`] sets that must *each* be hit ("sell" **and** "data"/"information"/…):
//! a cue whose topic verb occurs but whose object does not is not run either.

use regex_syntax::hir::{Class, Hir, HirKind};

/// At most this many strings in an exact or anchor set: more would make the gate's automaton
/// large and gain little.
const MAX_SET: usize = 64;

/// At most this many sets must each be hit (the best first).
pub const MAX_CLAUSES: usize = 3;

/// A set of strings.
type Set = Vec<Vec<u8>>;

/// What a node of the syntax tree guarantees about its matches.
#[derive(Debug, Clone, Default)]
struct Lits {
    /// The node matches exactly one of these strings (`None`: not a small finite set).
    exact: Option<Set>,
    /// Every match contains one of these strings, when known beyond `exact`.
    required: Option<Set>,
    /// Sets every match contains one string of each of (beyond `exact`); `required` is the
    /// best of them.
    all: Vec<Set>,
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

    /// Every set of which each match contains one string: `all`, or the exact strings.
    fn clauses(&self) -> Vec<Set> {
        let mut out = self.all.clone();
        if let Some(e) = self.exact.as_ref().filter(|e| usable(e)) {
            out.push(e.clone());
        }
        out
    }
}

/// The anchors of `pattern` (a regex as `regex::bytes::Regex::new` accepts it): `None` when
/// a match needs no literal, or the pattern does not parse.
#[cfg(test)]
fn anchors(pattern: &str) -> Option<Vec<Vec<u8>>> {
    let hir = parse(pattern)?;
    walk(&hir).anchors().filter(|set| !set.is_empty()).cloned()
}

/// Parses a pattern as the build script does (tests only: the engine's patterns come parsed).
#[cfg(test)]
pub fn parse(pattern: &str) -> Option<Hir> {
    super::hir_code::parse(pattern).ok()
}

#[cfg(test)]
fn alternatives(pattern: &str) -> Option<Vec<Vec<Set>>> {
    alternatives_of(&parse(pattern)?)
}

/// What the gate needs of a pattern: alternatives, one of which every match satisfies, each
/// a list of sets every match of that alternative contains one string of each of (most
/// selective first, at most [`MAX_CLAUSES`]). `None` when some match needs no literal.
///
/// A pattern whose top level is an alternation (`A|B`, under a leading `\b`) has one
/// alternative per branch, so that "sell … data" **or** "data … sold" keeps both of its
/// conjunctions; any other pattern has one alternative. A set implied by another of its
/// alternative (`sell` by `we sell`) or matching almost anywhere (shortest string under
/// three bytes) is left out.
fn alternatives_of(hir: &Hir) -> Option<Vec<Vec<Set>>> {
    branches(hir).into_iter().map(clauses).collect()
}

/// A pattern's [`alternatives_of`] and [`prefixes_of`], read off its syntax tree (which the
/// build script parsed: [`super::prepared`]).
pub fn literals(hir: &Hir) -> (Option<Vec<Vec<Set>>>, Option<Set>) {
    (alternatives_of(hir), prefixes_of(hir))
}

#[cfg(test)]
fn prefixes(pattern: &str) -> Option<Vec<Vec<u8>>> {
    prefixes_of(&parse(pattern)?)
}

/// The strings every match of a pattern starts with (`\b(?:sell|rent) …` → `sell`, `rent`),
/// if that set is small and none is shorter than [`MIN_PREFIX`]: the engine then runs the
/// cue's regex *anchored* at each place one occurs, instead of an unanchored scan of the
/// whole sentence. An unanchored lazy DFA for `sell {W12} data` tracks every word count of
/// every "sell" at once and keeps meeting new states on new text; anchored at one start it
/// meets few, and they are the same from one policy to the next.
fn prefixes_of(hir: &Hir) -> Option<Set> {
    if nullable(hir) {
        return None; // an empty match starts with nothing
    }
    let set = leading(hir)?;
    let shortest = set.iter().map(Vec::len).min()?;
    (shortest >= MIN_PREFIX && set.len() <= MAX_SET).then_some(set)
}

/// The strings a concatenation's leading parts match together, while each matches one of a
/// few non-empty exact strings (at most [`MAX_SET`] concatenations); `None` when the first
/// part does not.
fn extended(parts: &[Hir]) -> Option<Set> {
    let mut out: Set = vec![vec![]];
    for p in parts {
        let Some(exact) = walk(p).exact.filter(|e| usable(e) && !e.is_empty()) else {
            break;
        };
        if out.len() * exact.len() > MAX_SET {
            break;
        }
        out = out
            .iter()
            .flat_map(|a| exact.iter().map(move |b| [&a[..], &b[..]].concat()))
            .collect();
    }
    (out != [Vec::<u8>::new()]).then(|| dedup(out))
}

/// Whether `hir` can match the empty string.
fn nullable(hir: &Hir) -> bool {
    hir.properties().minimum_len() == Some(0)
}

/// Prefixes shorter than this occur too often to be worth a search each.
pub const MIN_PREFIX: usize = 3;

/// The strings every non-empty match of `hir` starts with, if known: an optional leading
/// part (`(?:we )?sell`) adds its own and those of what follows (`we `, `sell`).
fn leading(hir: &Hir) -> Option<Set> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(vec![]),
        HirKind::Capture(c) => leading(&c.sub),
        HirKind::Repetition(r) => leading(&r.sub),
        HirKind::Concat(parts) => {
            let mut out: Set = vec![];
            for (i, p) in parts.iter().enumerate() {
                let own = if nullable(p) {
                    leading(p)?
                } else {
                    // The first part every match holds: when it and the parts after it match
                    // a few exact strings each (`us(?:e|es|ed|ing)`), the match starts with
                    // one of their concatenations (`use`, `uses`, …), longer and rarer than
                    // the first part's own strings.
                    extended(&parts[i..]).map_or_else(|| leading(p), Some)?
                };
                for s in own {
                    if !out.contains(&s) {
                        out.push(s);
                    }
                }
                if !nullable(p) {
                    return Some(out);
                }
            }
            None // every part may be empty
        }
        HirKind::Alternation(bs) => {
            let sets: Vec<Option<Set>> = bs.iter().map(leading).collect();
            union(sets.iter().map(Option::as_ref))
        }
        _ => walk(hir).exact.filter(usable),
    }
}

/// The top-level branches of a pattern: looks around an alternation are dropped (they need
/// no literal), a capture group is looked into.
fn branches(hir: &Hir) -> Vec<&Hir> {
    match hir.kind() {
        HirKind::Alternation(bs) => bs.iter().collect(),
        HirKind::Capture(c) => branches(&c.sub),
        HirKind::Concat(parts) => {
            let mut inner = parts
                .iter()
                .filter(|p| !matches!(p.kind(), HirKind::Look(_) | HirKind::Empty));
            match (inner.next(), inner.next()) {
                (Some(only), None) => branches(only),
                _ => vec![hir],
            }
        }
        _ => vec![hir],
    }
}

/// The sets of one alternative (see [`alternatives_of`]); `None` when it needs no literal.
fn clauses(hir: &Hir) -> Option<Vec<Set>> {
    let lits = walk(hir);
    let best = lits.anchors().filter(|set| !set.is_empty()).cloned()?;
    let mut out = vec![best];
    let mut rest = lits.clauses();
    rest.sort_by_key(|s| std::cmp::Reverse(score(s)));
    for c in rest {
        if out.len() == MAX_CLAUSES {
            break;
        }
        let shortest = c.iter().map(Vec::len).min().unwrap_or(0);
        if shortest < 3 || out.iter().any(|o| implies(o, &c)) {
            continue;
        }
        out.push(c);
    }
    Some(out)
}

/// Whether hitting `a` means hitting `b`: every string of `a` contains one of `b`.
fn implies(a: &Set, b: &Set) -> bool {
    a.iter().all(|x| {
        b.iter()
            .any(|y| x.windows(y.len().max(1)).any(|w| w == &y[..]))
    })
}

/// How selective a set is: longer shortest string, then fewer strings.
fn score(s: &Set) -> (usize, usize) {
    let shortest = s.iter().map(Vec::len).min().unwrap_or(0);
    (shortest.min(8), usize::MAX - s.len())
}

/// Whether a set can gate: a set holding the empty string matches everywhere.
fn usable(set: &Set) -> bool {
    !set.iter().any(|s| s.is_empty())
}

/// The more selective of two anchor sets: longer shortest string, then fewer strings.
fn pick<'a>(a: Option<&'a Set>, b: Option<&'a Set>) -> Option<&'a Set> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if score(b) > score(a) { b } else { a }),
        (a, b) => a.or(b),
    }
}

fn walk(hir: &Hir) -> Lits {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Lits {
            exact: Some(vec![vec![]]),
            ..Lits::default()
        },
        HirKind::Literal(l) => Lits {
            exact: Some(vec![l.0.to_vec()]),
            ..Lits::default()
        },
        HirKind::Class(c) => Lits {
            exact: class_strings(c),
            ..Lits::default()
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
                    all: sub.clauses(),
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
            let required = union(branches.iter().map(Lits::anchors));
            Lits {
                exact: union(branches.iter().map(|b| b.exact.as_ref())),
                all: required.iter().cloned().collect(),
                required,
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
    let mut all: Vec<Set> = vec![];
    for c in parts.iter().flat_map(|p| p.all.iter()).chain(runs.iter()) {
        if !all.contains(c) {
            all.push(c.clone());
        }
    }
    Lits {
        exact,
        required,
        all,
    }
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

    fn alts(p: &str) -> Option<Vec<Vec<Vec<String>>>> {
        alternatives(p).map(|alts| {
            alts.into_iter()
                .map(|sets| {
                    sets.into_iter()
                        .map(|set| {
                            set.into_iter()
                                .map(|s| String::from_utf8(s).unwrap())
                                .collect()
                        })
                        .collect()
                })
                .collect()
        })
    }

    #[test]
    fn conjunctions_and_alternatives() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        // Both parts of a concatenation are needed; the most selective first.
        assert_eq!(
            alts(r"(?:sell|rent) (?:[a-z]+ ){0,4}?(?:data|information)"),
            Some(vec![vec![
                s(&["sell ", "rent "]),
                s(&["data", "information"])
            ]])
        );
        // A set implied by a longer one is left out; so is one with a two-byte string.
        assert_eq!(
            alts(r"we sell (?:[a-z]+ )*(?:it|data)"),
            Some(vec![vec![s(&["we sell "])]])
        );
        // A top-level alternation (under a word boundary) keeps one conjunction per branch.
        assert_eq!(
            alts(r"(?-u:\b)(?:sell \w+ data|data \w+ sold)"),
            Some(vec![
                vec![s(&["sell "]), s(&[" data"])],
                vec![s(&["data "]), s(&[" sold"])]
            ])
        );
        // One branch without literals: the cue always runs.
        assert_eq!(alts(r"sell|[a-z]+"), None);
    }

    #[test]
    fn prefixes_every_match_starts_with() {
        let p = |x: &str| {
            prefixes(x).map(|v| {
                v.into_iter()
                    .map(|s| String::from_utf8(s).unwrap())
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            p(r"(?-u:\b)(?:sell|rent)\w* data"),
            Some(vec!["sell".into(), "rent".into()])
        );
        // An optional leading part adds what follows it.
        assert_eq!(
            p(r"(?:we )?(?:never )?sell"),
            Some(vec!["we ".into(), "never ".into(), "sell".into()])
        );
        // Parts of a few exact strings each are joined: the match starts with their
        // concatenations (`us` alone was too short to anchor a search).
        assert_eq!(
            p(r"us(?:e|es|ed|ing)\w* data"),
            Some(vec![
                "use".into(),
                "uses".into(),
                "used".into(),
                "using".into()
            ])
        );
        assert_eq!(
            p(r"don['’]t (?:sell|rent)"),
            Some(vec![
                "don't sell".into(),
                "don't rent".into(),
                "don’t sell".into(),
                "don’t rent".into()
            ])
        );
        // Too short, or not known: an unanchored search.
        assert_eq!(p(r"(?:a|b)c"), None);
        assert_eq!(p(r"[a-z]+ data"), None);
        assert_eq!(p(r"(?:we )?"), None);
        // Every match of the pattern starts with a prefix.
        for (pattern, hays) in [
            (
                r"(?:we )?(?:never )?sell",
                &["we never sell", "we sell", "never sell", "sell"][..],
            ),
            (
                r"(?:shar(?:e|es|ed)|us(?:e|ed)) (?:it|data)",
                &["we shared it", "they use data", "used it"][..],
            ),
        ] {
            let re = regex::bytes::Regex::new(pattern).unwrap();
            let set = prefixes(pattern).unwrap();
            for hay in hays {
                let m = re.find(hay.as_bytes()).unwrap();
                assert!(
                    set.iter()
                        .any(|s| hay.as_bytes()[m.start()..].starts_with(s)),
                    "{pattern} on {hay}"
                );
            }
        }
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
