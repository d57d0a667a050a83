//! The regex engine the rules run on: regex-automata's lazy DFA, used directly.
//!
//! Every rule pattern is ASCII-only (`(?-u:…)` classes on lowercased text), reports no
//! capture groups and needs only leftmost-first matches, so one engine answers every
//! question the rules ask: regex-automata's lazy DFA (`hybrid`). The `regex` crate wraps the
//! same lazy DFA in its meta engine, which adds a PikeVM and a backtracker (fallbacks for
//! captures, Unicode word boundaries and a lazy DFA that gives up) and strategy selection:
//! none of it ever ran for these patterns, and it was 50 KB gzipped of the WASM (408 -> 359 KB).
//!
//! Without Unicode word boundaries (no quit bytes) and with no give-up threshold
//! (`minimum_cache_clear_count` unset), the lazy DFA never fails: a search returns a plain
//! answer. Each pattern keeps its caches in a [`Pool`], as the meta engine does, so the DFA
//! states it has built serve every later policy (and each thread has its own).

use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::Arc;

use regex_automata::hybrid::{dfa, regex};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, MatchKind};
use regex_syntax::hir::Hir;

/// The most memory one pattern's lazy DFA may hold before it clears its states and starts
/// again (regex-automata's default is 2 MiB). Over the eval set two cues with long `{Wn}` gaps
/// (sharing verbs, policy changes) outgrew 2 MiB about once per pass, and rebuilding their
/// states cost ~10% of a warm pass's instructions (987 → 888 M); at 4 MiB none cleared in ten
/// passes. The limit is a ceiling, not an allocation: every other pattern stays far below it,
/// and the peak RSS of ten passes over the eval set moved by under 1 MB.
const CACHE_CAPACITY: usize = 8 << 20;

/// The lazy DFA's configuration for every pattern.
fn config() -> dfa::Config {
    dfa::Config::new().cache_capacity(CACHE_CAPACITY)
}

/// The patterns failed to compile (the tests compile every rule, so a release never sees it).
#[derive(Debug)]
pub struct BadPattern;

type CacheFn<C> = Box<dyn Fn() -> C + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// An engine shared with the pool of its caches, which makes a new one with `create`.
fn pooled<E, C>(engine: E, create: fn(&E) -> C) -> (Arc<E>, Pool<C, CacheFn<C>>)
where
    E: Send + Sync + UnwindSafe + RefUnwindSafe + 'static,
    C: 'static,
{
    let engine = Arc::new(engine);
    let for_pool = Arc::clone(&engine);
    let make: CacheFn<C> = Box::new(move || create(&for_pool));
    (engine, Pool::new(make))
}

/// No capture states (a DFA cannot report them) and no UTF-8 constraint on empty matches.
fn nfa(trees: &[Hir], reverse: bool) -> Result<thompson::NFA, BadPattern> {
    thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .utf8(false)
                .which_captures(WhichCaptures::None)
                .reverse(reverse),
        )
        .build_many_from_hir(trees)
        .map_err(|_| BadPattern)
}

/// Parses a pattern as the build script does (tests only: the engine's patterns come
/// parsed, [`super::prepared`]).
#[cfg(test)]
fn parse(pattern: &str) -> Result<Hir, BadPattern> {
    super::anchors::parse(pattern).ok_or(BadPattern)
}

/// A forward lazy DFA over one or more patterns: whether they match, and where a match that
/// starts at a given place ends.
pub struct Pattern {
    dfa: Arc<dfa::DFA>,
    caches: Pool<dfa::Cache, CacheFn<dfa::Cache>>,
}

impl Pattern {
    /// One pattern, parsed.
    pub fn new(tree: Hir) -> Result<Pattern, BadPattern> {
        Pattern::any(&[tree])
    }

    /// Several patterns, matched as one: [`Pattern::is_match`] says whether any matches.
    pub fn any(trees: &[Hir]) -> Result<Pattern, BadPattern> {
        let dfa = dfa::Builder::new()
            .configure(config())
            .build_from_nfa(nfa(trees, false)?)
            .map_err(|_| BadPattern)?;
        let (dfa, caches) = pooled(dfa, dfa::DFA::create_cache);
        Ok(Pattern { dfa, caches })
    }

    /// Whether some pattern matches somewhere in `haystack` (it stops at the first match end
    /// it sees).
    pub fn is_match(&self, haystack: &[u8]) -> bool {
        let input = Input::new(haystack).earliest(true);
        let mut cache = self.caches.get();
        matches!(self.dfa.try_search_fwd(&mut cache, &input), Ok(Some(_)))
    }

    /// The end of the leftmost-first match that starts exactly at `at` (look-behind, such as
    /// `\b`, sees the bytes before `at`).
    pub fn match_end_at(&self, haystack: &[u8], at: usize) -> Option<usize> {
        let input = Input::new(haystack).range(at..).anchored(Anchored::Yes);
        let mut cache = self.caches.get();
        match self.dfa.try_search_fwd(&mut cache, &input) {
            Ok(Some(m)) => Some(m.offset()),
            _ => None,
        }
    }
}

/// A pattern whose matches are wanted whole, start and end: a forward lazy DFA finds where
/// each ends and a reverse one where it starts.
pub struct Finder {
    re: Arc<regex::Regex>,
    caches: Pool<regex::Cache, CacheFn<regex::Cache>>,
}

impl Finder {
    /// As `hybrid::regex::Builder::build` assembles its two DFAs: the reverse one finds
    /// every start (all matches, no prefilter, no special start states).
    pub fn new(tree: Hir) -> Result<Finder, BadPattern> {
        let trees = [tree];
        let forward = dfa::Builder::new()
            .configure(config())
            .build_from_nfa(nfa(&trees, false)?)
            .map_err(|_| BadPattern)?;
        let reverse = dfa::Builder::new()
            .configure(
                config()
                    .prefilter(None)
                    .specialize_start_states(false)
                    .match_kind(MatchKind::All),
            )
            .build_from_nfa(nfa(&trees, true)?)
            .map_err(|_| BadPattern)?;
        let re = regex::Builder::new().build_from_dfas(forward, reverse);
        let (re, caches) = pooled(re, regex::Regex::create_cache);
        Ok(Finder { re, caches })
    }

    /// Every non-overlapping match, left to right, as `(start, end)`, passed to `each`.
    pub fn for_each_match(&self, haystack: &[u8], mut each: impl FnMut(usize, usize)) {
        let mut cache = self.caches.get();
        for m in self.re.find_iter(&mut cache, haystack) {
            each(m.start(), m.end());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The answers are the `regex` crate's on the same patterns (it runs the same lazy DFA
    /// inside its meta engine), including `\b` before an anchored start and empty matches.
    #[test]
    fn answers_as_the_regex_crate() {
        let cases = [
            (
                r"(?-u:\b)sell(?:s|ing)?",
                "we sell, she sells; reselling is not selling",
            ),
            (r"(?:we )?(?:do not )?sell", "so we do not sell data"),
            (r"a*", "baaab"),
            (r"(?-u:\b)(?:not|never)(?-u:\b)", "we never, ever do not"),
            (r"x{0,3}?y", "xxxy xy y"),
        ];
        for (p, hay) in cases {
            let re = ::regex::bytes::Regex::new(p).unwrap();
            let mut ours = vec![];
            Finder::new(parse(p).unwrap())
                .unwrap()
                .for_each_match(hay.as_bytes(), |a, b| ours.push((a, b)));
            let theirs: Vec<_> = re
                .find_iter(hay.as_bytes())
                .map(|m| (m.start(), m.end()))
                .collect();
            assert_eq!(ours, theirs, "{p}");
            let pat = Pattern::new(parse(p).unwrap()).unwrap();
            assert_eq!(
                pat.is_match(hay.as_bytes()),
                re.is_match(hay.as_bytes()),
                "{p}"
            );
            for at in 0..=hay.len() {
                let theirs = re
                    .find_at(hay.as_bytes(), at)
                    .filter(|m| m.start() == at)
                    .map(|m| m.end());
                // `find_at` finds the leftmost match from `at`; when it starts at `at` it is
                // the anchored one. When it starts later, an anchored one may still exist
                // (leftmost-first prefers earlier starts), so compare only the first case.
                if theirs.is_some() {
                    assert_eq!(pat.match_end_at(hay.as_bytes(), at), theirs, "{p} at {at}");
                }
            }
        }
        // `\b` at an anchored start sees the byte before it.
        let p = Pattern::new(parse(r"(?-u:\b)sell").unwrap()).unwrap();
        assert_eq!(p.match_end_at(b"we sell", 3), Some(7));
        assert_eq!(p.match_end_at(b"resell", 2), None);
    }

    #[test]
    fn any_of_several() {
        let set = Pattern::any(&[parse("merger").unwrap(), parse("acquisition").unwrap()]).unwrap();
        assert!(set.is_match(b"in a merger or sale"));
        assert!(set.is_match(b"an acquisition"));
        assert!(!set.is_match(b"we sell data"));
        assert!(parse("(").is_err());
    }
}
