//! A set of literal strings, all found in one pass: an Aho–Corasick automaton compiled to a
//! DFA over byte classes.
//!
//! Every keyword table of the core runs on it: the practices' topic keywords and cue anchors
//! ([`crate::practices`]), the neutral phrases the engine masks, and the link finder's
//! phrases and URL words ([`crate::links`]). Their questions are all the same: every
//! occurrence of every string, overlapping ones included, in order of where they end (the
//! "standard" semantics of the `aho-corasick` crate), or the leftmost-longest occurrences
//! one after another ([`LiteralSet::leftmost_longest`]).
//!
//! Why not the `aho-corasick` crate, which this replaces: its overlapping iterator re-enters
//! its search for each match, and the engine's cue anchors ("you", "for", "information", …)
//! match about once every four bytes of a policy: a third of the analysis went there. Here a
//! byte costs one class lookup and one table lookup, and the matches of a state (its own
//! strings and those of its suffixes) are listed once, at build time, so a match costs a
//! callback. The crate also made up 19 KB of the gzipped WASM, this module 2.
//!
//! The tables stay small: states are numbered with `u16` (the largest set, 3,200 anchors,
//! has 16,600 states; [`Error::TooLarge`] past 65,535) and bytes that occur in no string share
//! one class. States with matches are numbered last, so the search loop tests a match with
//! one comparison. The tests hold it to the `aho-corasick` crate on random sets and texts.

/// Why a set cannot be built. Our tables are constants, so the tests build every one; these
/// never happen in a release.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// An empty string would match everywhere; no table has one.
    EmptyPattern(usize),
    /// More states than a `u16` numbers.
    TooLarge,
}

/// One occurrence: which string (its index in the input), where it starts and ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub pattern: usize,
    pub start: usize,
    pub end: usize,
}

/// A set of strings compiled for searching.
#[derive(Clone)]
pub struct LiteralSet {
    /// Byte → class; 0 is every byte no string contains.
    classes: [u8; 256],
    /// Number of classes: the width of a row of `table`.
    stride: usize,
    /// `state * stride + class` → next state. Complete: failure transitions are resolved.
    table: Vec<u16>,
    /// States at or past this one have matches.
    first_match: usize,
    /// For match state `s`: its strings are `outs[out_ranges[s - first_match] as usize..
    /// out_ranges[s - first_match + 1] as usize]`, longest first.
    out_ranges: Vec<u32>,
    outs: Vec<u32>,
    /// String index → length.
    lens: Vec<u32>,
    /// The longest string's length.
    max_len: usize,
}

const NONE: u32 = u32::MAX;

/// Haystacks at least this long are searched as two halves at once
/// ([`LiteralSet::for_each_match_split`]): the whole-text passes, not single sentences.
const SPLIT_AT_LEAST: usize = 4096;

/// The trie of the strings while the set is built: node `v` is reached by class `class[v]`
/// from its parent; a node's children are a list through `next_sibling`.
#[derive(Default)]
struct Trie {
    class: Vec<u8>,
    first_child: Vec<u32>,
    next_sibling: Vec<u32>,
    /// Strings that end at the node.
    own: Vec<Vec<u32>>,
}

impl Trie {
    fn add_node(&mut self, class: u8) -> u32 {
        self.class.push(class);
        self.first_child.push(NONE);
        self.next_sibling.push(NONE);
        self.own.push(vec![]);
        (self.class.len() - 1) as u32
    }

    fn add_child(&mut self, parent: u32, class: u8) -> u32 {
        let v = self.add_node(class);
        self.next_sibling[v as usize] = self.first_child[parent as usize];
        self.first_child[parent as usize] = v;
        v
    }

    fn child(&self, parent: u32, class: u8) -> Option<u32> {
        let mut v = self.first_child[parent as usize];
        while v != NONE {
            if self.class[v as usize] == class {
                return Some(v);
            }
            v = self.next_sibling[v as usize];
        }
        None
    }
}

impl LiteralSet {
    /// Compiles `patterns`; with `ascii_case_insensitive`, ASCII letters match either case.
    pub fn new<P: AsRef<[u8]>>(
        patterns: impl IntoIterator<Item = P>,
        ascii_case_insensitive: bool,
    ) -> Result<LiteralSet, Error> {
        let fold = |b: u8| {
            if ascii_case_insensitive {
                b.to_ascii_lowercase()
            } else {
                b
            }
        };
        let patterns: Vec<Vec<u8>> = patterns
            .into_iter()
            .map(|p| p.as_ref().iter().map(|&b| fold(b)).collect())
            .collect();
        if let Some(i) = patterns.iter().position(|p| p.is_empty()) {
            return Err(Error::EmptyPattern(i));
        }
        // Classes: one per byte some string holds, in byte order.
        let mut used = [false; 256];
        for &b in patterns.iter().flatten() {
            used[b as usize] = true;
        }
        // Class 0 is the bytes no string holds, when there are some.
        let mut classes = [0u8; 256];
        let mut stride = used.iter().any(|u| !u) as usize;
        for b in 0..256 {
            if used[b] {
                classes[b] = stride as u8;
                stride += 1;
            }
        }
        if ascii_case_insensitive {
            for b in b'A'..=b'Z' {
                classes[b as usize] = classes[b.to_ascii_lowercase() as usize];
            }
        }

        // The trie, its edges as sibling lists: no dense rows until the final table.
        let mut trie = Trie::default();
        trie.add_node(0);
        for (id, p) in patterns.iter().enumerate() {
            let mut s = 0u32;
            for &b in p {
                let c = classes[b as usize];
                s = match trie.child(s, c) {
                    Some(v) => v,
                    None => {
                        if trie.class.len() > u16::MAX as usize {
                            return Err(Error::TooLarge);
                        }
                        trie.add_child(s, c)
                    }
                };
            }
            trie.own[s as usize].push(id as u32);
        }
        let n = trie.class.len();

        // Breadth first: a state's failure state is shallower, so its matches are known
        // when the state inherits them (and, below, its row is filled before the state's).
        let mut order: Vec<u32> = Vec::with_capacity(n);
        let mut fail = vec![0u32; n];
        let mut outs: Vec<Vec<u32>> = vec![vec![]; n];
        order.push(0);
        let mut next = 0;
        while next < order.len() {
            let u = order[next];
            next += 1;
            let mut v = trie.first_child[u as usize];
            while v != NONE {
                let c = trie.class[v as usize];
                let f = if u == 0 {
                    0
                } else {
                    // The longest proper suffix of v's string that is in the trie.
                    let mut f = fail[u as usize];
                    loop {
                        if let Some(w) = trie.child(f, c) {
                            break w;
                        }
                        if f == 0 {
                            break 0;
                        }
                        f = fail[f as usize];
                    }
                };
                fail[v as usize] = f;
                let mut list = std::mem::take(&mut trie.own[v as usize]);
                list.extend_from_slice(&outs[f as usize]);
                outs[v as usize] = list;
                order.push(v);
                v = trie.next_sibling[v as usize];
            }
        }

        // Numbering: states without matches first (the root is 0), then those with, each
        // group in breadth-first order.
        let (plain, matching): (Vec<u32>, Vec<u32>) =
            order.iter().partition(|&&s| outs[s as usize].is_empty());
        let first_match = plain.len();
        let mut new_id = vec![0u16; n];
        for (k, &s) in plain.iter().chain(&matching).enumerate() {
            new_id[s as usize] = k as u16;
        }
        // Rows in breadth-first order: a state's row is its failure state's, with its own
        // edges written over it.
        let mut table = vec![0u16; n * stride];
        for &s in &order {
            let row = new_id[s as usize] as usize * stride;
            if s != 0 {
                let from = new_id[fail[s as usize] as usize] as usize * stride;
                table.copy_within(from..from + stride, row);
            }
            let mut v = trie.first_child[s as usize];
            while v != NONE {
                table[row + trie.class[v as usize] as usize] = new_id[v as usize];
                v = trie.next_sibling[v as usize];
            }
        }
        let mut out_ranges = Vec::with_capacity(matching.len() + 1);
        let mut flat = vec![];
        out_ranges.push(0);
        for s in matching {
            flat.extend_from_slice(&outs[s as usize]);
            out_ranges.push(flat.len() as u32);
        }
        Ok(LiteralSet {
            classes,
            stride,
            table,
            first_match,
            out_ranges,
            outs: flat,
            lens: patterns.iter().map(|p| p.len() as u32).collect(),
            max_len: patterns.iter().map(Vec::len).max().unwrap_or(0),
        })
    }

    /// Number of strings in the set.
    pub fn len(&self) -> usize {
        self.lens.len()
    }

    /// Whether the set has no strings.
    pub fn is_empty(&self) -> bool {
        self.lens.is_empty()
    }

    /// Bytes of heap the tables take.
    pub fn memory_usage(&self) -> usize {
        self.table.len() * 2 + (self.out_ranges.len() + self.outs.len() + self.lens.len()) * 4
    }

    /// Calls `f` with every occurrence of every string in `hay`, overlapping ones included,
    /// in order of their end; occurrences ending together come longest first.
    #[inline]
    pub fn for_each_match(&self, hay: &[u8], mut f: impl FnMut(Match)) {
        self.for_each_match_split(hay, SPLIT_AT_LEAST, |s, end| {
            self.matches_at(s, end, &mut f)
        })
    }

    /// The number of match states: the automaton's states where some string ends.
    pub fn match_states(&self) -> usize {
        self.out_ranges.len() - 1
    }

    /// The strings that end at match state `k` (`0..match_states()`), longest first, as
    /// (index, length).
    pub fn state_strings(&self, k: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let (a, z) = (self.out_ranges[k] as usize, self.out_ranges[k + 1] as usize);
        self.outs[a..z]
            .iter()
            .map(|&p| (p as usize, self.lens[p as usize] as usize))
    }

    /// [`LiteralSet::for_each_match`], searching a haystack of at least `split_at_least`
    /// bytes as two halves at once. The search is bound by the latency of its table loads
    /// (each byte's state depends on the last), so two independent walks in one loop take
    /// little longer than one (the masks and topic passes over the eval texts: 11.0 -> 5.5 ms
    /// and 12.2 -> 6.9 ms). The second walk starts from the start state `max_len` bytes before
    /// its half, so it sees the whole of every match that ends in its half (none is longer);
    /// it reports only those, after the first half's, so the order is unchanged.
    fn for_each_match_split(
        &self,
        hay: &[u8],
        split_at_least: usize,
        mut f: impl FnMut(usize, usize),
    ) {
        let (n, first) = (hay.len(), self.first_match);
        if n < split_at_least.max(2 * self.max_len + 2) {
            let (mut s, mut i) = (0usize, 0usize);
            while i < n {
                (s, i) = self.next_match(hay, s, i);
                if s >= first {
                    f(s, i);
                }
            }
            return;
        }
        let mid = n / 2;
        let (mut sa, mut ia) = (0usize, 0usize);
        let (mut sb, mut ib) = (0usize, mid - self.max_len);
        let mut later: Vec<(usize, usize)> = vec![];
        while ia < mid {
            (sa, ia, sb, ib) = self.next_match2(hay, sa, ia, mid, sb, ib);
            if sa >= first {
                f(sa, ia);
            }
            if sb >= first && ib > mid {
                later.push((sb, ib));
            }
        }
        for (s, end) in later {
            f(s, end);
        }
        while ib < n {
            (sb, ib) = self.next_match(hay, sb, ib);
            if sb >= first {
                f(sb, ib);
            }
        }
    }

    /// Every visit of a match state `k` in `hay` ([`Self::state_strings`] ending at `end`), in
    /// order of `end`, written to `out[..n]` as (k, end); returns `n`: the occurrences of
    /// [`LiteralSet::for_each_match`], a state's strings at once, so a caller that has worked
    /// out what each state means (which sets its strings belong to) reads one entry per place
    /// instead of one per string. The loop never leaves early: each byte's
    /// state is written at the next free slot, which moves on only when the state has matches.
    /// No branch depends on the text, so none mispredicts; on a set that matches every few
    /// bytes (the engine's cue anchors), leaving the loop at each match cost more than the
    /// walk itself. For short haystacks (under 4 GB): `out` is grown to `hay.len() + 1`
    /// entries when shorter, and reused as it is otherwise.
    pub fn match_states_into(&self, hay: &[u8], out: &mut Vec<(u32, u32)>) -> usize {
        if out.len() <= hay.len() {
            out.resize(hay.len() + 1, (0, 0));
        }
        self.record_from(hay, 0, 0, 0, out).1
    }

    /// The walk of [`Self::match_states_into`] from byte `from` of `hay` in state `s`, with
    /// `n` visits written so far: (state, visits) at the end.
    fn record_from(
        &self,
        hay: &[u8],
        from: usize,
        mut s: usize,
        mut n: usize,
        out: &mut [(u32, u32)],
    ) -> (usize, usize) {
        let (table, classes, stride, first) = (
            &self.table[..],
            &self.classes,
            self.stride,
            self.first_match,
        );
        for (i, &b) in hay.iter().enumerate().skip(from) {
            s = table[s * stride + classes[b as usize] as usize] as usize;
            // `n <= i` always, so the slot exists; the sentinel slot takes the last write.
            if let Some(slot) = out.get_mut(n) {
                *slot = (s.wrapping_sub(first) as u32, i as u32 + 1);
            }
            n += (s >= first) as usize;
        }
        (s, n)
    }

    /// [`Self::match_states_into`] of two haystacks in one loop: the walk waits on its table
    /// loads (each byte's state depends on the last), so two independent walks side by side
    /// take little longer than one. Returns how many visits each had.
    pub fn match_states_into2(
        &self,
        hays: [&[u8]; 2],
        outs: [&mut Vec<(u32, u32)>; 2],
    ) -> (usize, usize) {
        let [ha, hb] = hays;
        let [oa, ob] = outs;
        for (h, o) in [(ha, &mut *oa), (hb, &mut *ob)] {
            if o.len() <= h.len() {
                o.resize(h.len() + 1, (0, 0));
            }
        }
        let (table, classes, stride, first) = (
            &self.table[..],
            &self.classes,
            self.stride,
            self.first_match,
        );
        let (mut sa, mut na, mut sb, mut nb) = (0usize, 0usize, 0usize, 0usize);
        let both = ha.len().min(hb.len());
        for (i, (&x, &y)) in ha[..both].iter().zip(&hb[..both]).enumerate() {
            sa = table[sa * stride + classes[x as usize] as usize] as usize;
            sb = table[sb * stride + classes[y as usize] as usize] as usize;
            if let Some(slot) = oa.get_mut(na) {
                *slot = (sa.wrapping_sub(first) as u32, i as u32 + 1);
            }
            if let Some(slot) = ob.get_mut(nb) {
                *slot = (sb.wrapping_sub(first) as u32, i as u32 + 1);
            }
            na += (sa >= first) as usize;
            nb += (sb >= first) as usize;
        }
        // The rest of the longer one, alone.
        if ha.len() > both {
            (self.record_from(ha, both, sa, na, oa).1, nb)
        } else {
            (na, self.record_from(hb, both, sb, nb, ob).1)
        }
    }

    /// Runs from state `s` at `hay[i]` to the next match state or the end: (state, position
    /// after the byte that led to it). A function of its own, with no call inside, so that
    /// its loop keeps everything in registers.
    #[inline(never)]
    fn next_match(&self, hay: &[u8], mut s: usize, mut i: usize) -> (usize, usize) {
        let (table, classes, stride, first) = (
            &self.table[..],
            &self.classes,
            self.stride,
            self.first_match,
        );
        for &b in hay.get(i..).unwrap_or_default() {
            s = table[s * stride + classes[b as usize] as usize] as usize;
            i += 1;
            if s >= first {
                break;
            }
        }
        (s, i)
    }

    /// Two walks in one loop, `a` up to `end_a`, `b` as far as `a` goes, until either
    /// reaches a match state. `b` must have at least as many bytes left as `a`.
    #[inline(never)]
    fn next_match2(
        &self,
        hay: &[u8],
        mut sa: usize,
        ia: usize,
        end_a: usize,
        mut sb: usize,
        ib: usize,
    ) -> (usize, usize, usize, usize) {
        let (table, classes, stride, first) = (
            &self.table[..],
            &self.classes,
            self.stride,
            self.first_match,
        );
        // Both walks over slices of the bytes they read, zipped: no bounds test per byte.
        let n = end_a.saturating_sub(ia);
        let (a, b) = (&hay[ia..ia + n], &hay[ib..ib + n]);
        let mut k = 0;
        for (&x, &y) in a.iter().zip(b) {
            sa = table[sa * stride + classes[x as usize] as usize] as usize;
            sb = table[sb * stride + classes[y as usize] as usize] as usize;
            k += 1;
            if sa >= first || sb >= first {
                break;
            }
        }
        (sa, ia + k, sb, ib + k)
    }

    /// Reports the strings of match state `s`, which ends at `end`.
    #[inline(never)]
    fn matches_at(&self, s: usize, end: usize, f: &mut impl FnMut(Match)) {
        let k = s - self.first_match;
        let (a, z) = (self.out_ranges[k] as usize, self.out_ranges[k + 1] as usize);
        for &p in &self.outs[a..z] {
            f(Match {
                pattern: p as usize,
                start: end - self.lens[p as usize] as usize,
                end,
            });
        }
    }

    /// The leftmost-longest occurrences, left to right, none overlapping the one before:
    /// at each step the occurrence that starts first, the longest of those.
    pub fn leftmost_longest(&self, hay: &[u8]) -> Vec<Match> {
        let mut all = vec![];
        self.for_each_match(hay, |m| all.push(m));
        all.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let mut out: Vec<Match> = vec![];
        for m in all {
            if out.last().is_none_or(|last| m.start >= last.end) {
                out.push(m);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};
    use proptest::prelude::*;

    fn ours(pats: &[Vec<u8>], hay: &[u8], ci: bool) -> Vec<(usize, usize, usize)> {
        let set = LiteralSet::new(pats, ci).unwrap();
        let mut v = vec![];
        set.for_each_match(hay, |m| v.push((m.pattern, m.start, m.end)));
        // The two-halves search, on every haystack long enough for it, agrees.
        let mut split = vec![];
        set.for_each_match_split(hay, 0, |s, end| {
            set.matches_at(s, end, &mut |m| split.push((m.pattern, m.start, m.end)))
        });
        assert_eq!(v, split);
        // So does reading the match states and their strings.
        let mut visits = vec![(7, 7); 3]; // a reused buffer: its old entries do not count
        let visits_n = set.match_states_into(hay, &mut visits);
        let listed: Vec<_> = visits[..visits_n]
            .iter()
            .flat_map(|&(k, end)| {
                let end = end as usize;
                set.state_strings(k as usize)
                    .map(move |(p, len)| (p, end - len, end))
            })
            .collect();
        assert_eq!(v, listed);
        // And in pairs: with a shorter, an equal and a longer haystack beside it.
        for other in [&hay[..hay.len() / 2], hay, &[hay, hay].concat()[..]] {
            let (mut a, mut b) = (vec![], vec![(1, 1)]);
            let (na, nb) = set.match_states_into2([hay, other], [&mut a, &mut b]);
            let mut alone = vec![];
            let n = set.match_states_into(other, &mut alone);
            assert_eq!((&a[..na], &b[..nb]), (&visits[..visits_n], &alone[..n]));
            let (nb, na) = set.match_states_into2([other, hay], [&mut b, &mut a]);
            assert_eq!((&a[..na], &b[..nb]), (&visits[..visits_n], &alone[..n]));
        }
        v
    }

    fn reference(pats: &[Vec<u8>], hay: &[u8], ci: bool) -> Vec<(usize, usize, usize)> {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(ci)
            .build(pats)
            .unwrap();
        ac.find_overlapping_iter(hay)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect()
    }

    fn leftmost(pats: &[Vec<u8>], hay: &[u8], ci: bool) -> Vec<(usize, usize, usize)> {
        let set = LiteralSet::new(pats, ci).unwrap();
        let found = set.leftmost_longest(hay);
        found.iter().map(|m| (m.pattern, m.start, m.end)).collect()
    }

    fn leftmost_reference(pats: &[Vec<u8>], hay: &[u8], ci: bool) -> Vec<(usize, usize, usize)> {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(ci)
            .match_kind(MatchKind::LeftmostLongest)
            .build(pats)
            .unwrap();
        ac.find_iter(hay)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect()
    }

    fn strings(words: &[&str]) -> Vec<Vec<u8>> {
        words.iter().map(|s| s.as_bytes().to_vec()).collect()
    }

    #[test]
    fn finds_overlapping_matches_longest_first() {
        let pats = strings(&["he", "she", "his", "hers", "e"]);
        let got = ours(&pats, b"ushers", false);
        assert_eq!(got, vec![(1, 1, 4), (0, 2, 4), (4, 3, 4), (3, 2, 6)]);
        assert_eq!(got, reference(&pats, b"ushers", false));
    }

    #[test]
    fn duplicates_and_case() {
        let pats: Vec<Vec<u8>> = vec![b"Ab".to_vec(), b"ab".to_vec(), b"b".to_vec()];
        assert_eq!(
            ours(&pats, b"xAB ab", true),
            reference(&pats, b"xAB ab", true)
        );
        assert_eq!(
            ours(&pats, b"xAB ab", false),
            reference(&pats, b"xAB ab", false)
        );
    }

    #[test]
    fn rejects_empty_patterns() {
        assert_eq!(
            LiteralSet::new(["a", ""], false).err(),
            Some(Error::EmptyPattern(1))
        );
        assert!(LiteralSet::new(Vec::<&str>::new(), false)
            .unwrap()
            .is_empty());
    }

    #[test]
    fn rejects_sets_past_u16_states() {
        // 70,000 distinct strings of nine letters need more than 65,535 states.
        let pats: Vec<Vec<u8>> = (0..70_000u32)
            .map(|i| (0..9).map(|d| b'a' + (i >> (2 * d) & 3) as u8).collect())
            .collect();
        assert_eq!(LiteralSet::new(&pats, false).err(), Some(Error::TooLarge));
    }

    #[test]
    fn leftmost_longest_matches_the_crate() {
        let pats = strings(&["do not", "do not track", "not track", "track", "k s"]);
        let hay = b"we do not track signals; do not tracks";
        assert_eq!(
            leftmost(&pats, hay, false),
            leftmost_reference(&pats, hay, false)
        );
    }

    /// A small alphabet (with both cases and a non-ASCII byte) makes overlaps common.
    fn small_byte() -> impl Strategy<Value = u8> {
        prop_oneof![Just(b'a'), Just(b'b'), Just(b'A'), Just(b' '), Just(0xC3u8)]
    }

    proptest! {
        #[test]
        fn same_matches_as_aho_corasick(
            pats in proptest::collection::vec(proptest::collection::vec(small_byte(), 1..5), 1..12),
            hay in proptest::collection::vec(small_byte(), 0..200),
            ci in any::<bool>(),
        ) {
            prop_assert_eq!(ours(&pats, &hay, ci), reference(&pats, &hay, ci));
            prop_assert_eq!(leftmost(&pats, &hay, ci), leftmost_reference(&pats, &hay, ci));
        }
    }
}
