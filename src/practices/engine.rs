//! The engine that applies the cue tables of [`super::rules`] to a segmented policy.
//!
//! 1. **Normalise** once: an ASCII-lowercased copy of the text (same byte offsets) in which
//!    neutral phrases are masked so they cannot read as negations or cues ("including but not
//!    limited to", "Do Not Track" → `do_not_track`, the "Do Not Sell" link name).
//! 2. **Gate**: one Aho-Corasick pass over the whole text finds every topic keyword of every
//!    practice; only (sentence, practice) pairs with a keyword are examined further. This keeps
//!    the analysis linear in the text and independent of the number of rules.
//! 3. **Cues**: in a candidate sentence, every cue the anchor gate admits (all its required
//!    literals occur, [`super::anchors`]), searched anchored at each place one of its prefixes
//!    occurs when it has them; a negatable cue preceded by a negation in its clause supports
//!    the opposite verdict ("we do **not** sell …"). Exclusions (a business-transfer "sale" is
//!    not a sale of data) and narrow denials are tested once a cue has fired.
//!    The gate reads every candidate sentence first; then each cue runs on all the sentences
//!    it was admitted to, one cue after another (its lazy DFA stays warm); then the matches
//!    are read in candidate order ([`signals_of`]).
//! 4. **Aggregate** per practice: strengths of yes/no/unclear signals, combined by the
//!    practice's [`Conflict`] policy into one verdict with its evidence.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::matcher::{Finder, Pattern};
use super::prepared::{self, tree};
use crate::literals::LiteralSet;

use super::rules::{Conflict, Cue, Effect, MASKS, RULES};
use super::Verdict;
use crate::report::{Evidence, Finding};
use crate::segment::Segmented;
use crate::text::PolicyText;

/// A practice's compiled rules. Exclusions and narrow denials are tested as one pattern set
/// each; a cue's own regex (needed for match positions, hence negation scope) is compiled the
/// first time a sentence is examined for it. One regex per cue, not a set: a set of all cues
/// overflowed the lazy DFA's cache and ran 2.4x slower (BENCHMARKS.md, F4).
struct Compiled {
    narrow_denials: Option<Pattern>,
    context: Option<Pattern>,
    rivals: Option<Pattern>,
    exclusions: Option<Pattern>,
    cues: Vec<CompiledCue>,
}

/// A cue's regex: searched anchored at its prefixes when it has some, else everywhere.
enum CueRegex {
    Anchored(Pattern),
    Anywhere(Finder),
}

/// One cue, ready to run.
struct CompiledCue {
    /// Its regex, compiled the first time a sentence is examined for it.
    re: OnceLock<CueRegex>,
    /// Its pattern's syntax tree, encoded ([`super::prepared`]).
    code: &'static [u8],
    cue: &'static Cue,
    /// Per alternative of the pattern, the ids of its anchor sets in the gate; `None` when
    /// some match needs no literal and the cue always runs.
    gate: Option<Vec<Vec<usize>>>,
    /// The gate's anchor ids of its prefixes ([`super::anchors::literals`]), as a bit set
    /// ([`has`]): it is searched anchored at each place one occurs. `None`: an unanchored
    /// search. A bit set, not a sorted list: the gate's places of a sentence are tested
    /// against it for every cue admitted there (1.2 million tests a pass over the eval set).
    prefixed: Option<Vec<u64>>,
}

/// Which cues can match a sentence: one Aho-Corasick pass over the sentence finds the
/// anchors of every gated cue ([`super::anchors`]); a cue one of whose anchor sets has no
/// string in the sentence is not run. Exact, so it changes speed only.
struct Gate {
    anchors: LiteralSet,
    /// Match state `k` of `anchors` → the anchor sets (clauses) its strings belong to, as
    /// words of the sentence's bit set ([`Hits::bits`]) with their bits,
    /// `clauses[at[k][0]..at[k][1]]`, each word once: the gate's pass reaches a match state
    /// every few bytes, and a state often ends several anchors ("info", "information").
    clauses: Vec<(u32, u64)>,
    /// Match state `k` → its strings that are a prefix of some cue, (anchor id, length),
    /// `prefixes[at[k][2]..at[k][3]]`, longest first.
    prefixes: Vec<(u32, u32)>,
    /// Both ranges of each match state, side by side, and its [`QUALITY_PHRASES`] flags
    /// (bit 0: the company speaks, bit 1: an instruction or a pointer): one load per visit.
    at: Vec<[u32; 5]>,
    /// Number of distinct anchor sets.
    n: usize,
}

/// What the gate found in one sentence.
#[derive(Default)]
struct Hits {
    /// Bit `k` set when anchor set `k` has a string in the sentence.
    bits: Vec<u64>,
    /// (anchor pattern id, byte offset) of every place a prefix of some cue occurs.
    starts: Vec<(usize, usize)>,
    /// The match states the gate's pass met, (state, end): a buffer reused per sentence.
    visits: Vec<(u32, u32)>,
    /// The [`QUALITY_PHRASES`] groups the sentence holds, as bits.
    quality: u32,
}

impl Gate {
    /// What the gate finds in two sentences, walked side by side ([`LiteralSet::match_states_into2`]).
    fn present2(&self, sentences: [&[u8]; 2], hits: [&mut Hits; 2]) {
        let [a, b] = hits;
        let (na, nb) = self
            .anchors
            .match_states_into2(sentences, [&mut a.visits, &mut b.visits]);
        self.read(a, na);
        self.read(b, nb);
    }

    /// Fills `hits` from the first `n` match-state visits of its sentence.
    fn read(&self, hits: &mut Hits, n: usize) {
        hits.bits.clear();
        hits.bits.resize(self.n.div_ceil(64), 0);
        hits.starts.clear();
        hits.quality = 0;
        for &(k, end) in &hits.visits[..n] {
            let Some(&[c0, c1, p0, p1, q]) = self.at.get(k as usize) else {
                continue;
            };
            hits.quality |= q;
            for &(w, m) in &self.clauses[c0 as usize..c1 as usize] {
                if let Some(word) = hits.bits.get_mut(w as usize) {
                    *word |= m;
                }
            }
            for &(a, len) in &self.prefixes[p0 as usize..p1 as usize] {
                hits.starts.push((a as usize, end as usize - len as usize));
            }
        }
    }
}

/// Whether bit `k` of the set `bits` is set (past its end: no).
fn has(bits: &[u64], k: usize) -> bool {
    bits.get(k / 64).is_some_and(|w| w & (1 << (k % 64)) != 0)
}

/// Whether some alternative of a cue has all its anchor sets present in `bits` (`None`: the
/// cue has no anchors and always runs).
fn admitted(alternatives: &Option<Vec<Vec<usize>>>, bits: &[u64]) -> bool {
    alternatives
        .as_ref()
        .is_none_or(|alts| alts.iter().any(|ks| ks.iter().all(|&k| has(bits, k))))
}

/// The gate's answers for the sentence asked about and the one after it, found together
/// (candidates come sorted by sentence, so the next one asked about is that one).
struct GateCache {
    /// The sentences of the two slots.
    sentences: [Option<usize>; 2],
    hits: [Hits; 2],
}

impl GateCache {
    fn new() -> Self {
        GateCache {
            sentences: [None, None],
            hits: [Hits::default(), Hits::default()],
        }
    }

    /// The gate's answer for sentence `si`; `next` is the sentence asked about after it, if
    /// any, whose answer is worked out at the same time.
    fn get(&mut self, e: &Engine, norm: &Norm, si: usize, next: Option<usize>) -> &Hits {
        if self.sentences[0] == Some(si) {
            return &self.hits[0];
        }
        if self.sentences[1] == Some(si) {
            self.sentences.swap(0, 1);
            self.hits.swap(0, 1);
            return &self.hits[0];
        }
        // A sentence of its own when there is no next one: the pair loop with an empty one.
        let other = next.filter(|&n| n != si);
        let b = other.map_or(&[][..], |n| norm.sentence(n).as_bytes());
        let [h0, h1] = &mut self.hits;
        e.gate.present2([norm.sentence(si).as_bytes(), b], [h0, h1]);
        self.sentences = [Some(si), other];
        &self.hits[0]
    }
}

struct Engine {
    practices: Vec<Compiled>,
    /// Practice `i`'s cues are numbered from `cue_base[i]` among all cues (`cue_base[n]`: how
    /// many there are).
    cue_base: Vec<usize>,
    gate: Gate,
    /// Topic keywords of all practices; pattern id → practice index.
    topics: LiteralSet,
    topic_owner: Vec<usize>,
    masks: LiteralSet,
    negation: Pattern,
    clause_break: Finder,
}

/// The gate's anchor strings, each once.
#[derive(Default)]
struct AnchorStrings {
    strings: Vec<Vec<u8>>,
    ids: HashMap<Vec<u8>, usize>,
}

impl AnchorStrings {
    fn len(&self) -> usize {
        self.strings.len()
    }

    /// The id of anchor string `s`, added if new.
    fn id(&mut self, s: Vec<u8>) -> usize {
        if let Some(&k) = self.ids.get(&s) {
            return k;
        }
        self.strings.push(s.clone());
        self.ids.insert(s, self.strings.len() - 1);
        self.strings.len() - 1
    }
}

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        // The patterns come parsed by the build script ([`super::prepared`]). The tests
        // compile every one, so these never fire in a release.
        let build = |code: &[u8]| Pattern::new(tree(code)).unwrap_or_else(|_| panic!("bad rule"));
        let optional_set = |codes: &[&[u8]]| {
            (!codes.is_empty()).then(|| {
                let trees: Vec<_> = codes.iter().map(|c| tree(c)).collect();
                Pattern::any(&trees).unwrap_or_else(|_| panic!("bad rule set"))
            })
        };
        // Anchor strings and anchor sets (both deduplicated); which sets each string is in,
        // and which cues it is a prefix of.
        let mut anchor_strings = AnchorStrings::default();
        // Keyed by the set's strings joined with 0xFF (a byte no UTF-8 pattern literal holds):
        // one map type with the anchor strings' keeps the WASM smaller.
        let mut clause_ids: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut clauses_of: Vec<Vec<usize>> = vec![];
        let mut is_prefix: Vec<bool> = vec![];
        let practices: Vec<Compiled> = RULES
            .iter()
            .zip(prepared::PRACTICES)
            .map(|(r, p)| Compiled {
                context: p.context.map(build),
                narrow_denials: optional_set(p.narrow_denials),
                rivals: p.rivals.map(build),
                exclusions: optional_set(p.exclusions),
                cues: r
                    .cues
                    .iter()
                    .zip(p.cues)
                    .map(|(c, pc)| {
                        let mut id_of = |set: Vec<Vec<u8>>| -> usize {
                            let joined = set.join(&0xFF);
                            if let Some(&k) = clause_ids.get(&joined) {
                                return k;
                            }
                            let k = clause_ids.len();
                            for s in &set {
                                let a = anchor_strings.id(s.clone());
                                clauses_of.resize(anchor_strings.len(), vec![]);
                                clauses_of[a].push(k);
                            }
                            clause_ids.insert(joined, k);
                            k
                        };
                        let (alternatives, prefixes) = super::anchors::literals(&tree(pc.hir));
                        let gate = alternatives.map(|alts| {
                            alts.into_iter()
                                .map(|sets| sets.into_iter().map(&mut id_of).collect())
                                .collect()
                        });
                        let prefixed = prefixes.map(|set| {
                            let ids: Vec<usize> =
                                set.into_iter().map(|s| anchor_strings.id(s)).collect();
                            is_prefix.resize(anchor_strings.len(), false);
                            let mut bits = vec![0u64; anchor_strings.len().div_ceil(64)];
                            for &a in &ids {
                                is_prefix[a] = true;
                                bits[a / 64] |= 1 << (a % 64);
                            }
                            bits
                        });
                        CompiledCue {
                            re: OnceLock::new(),
                            code: pc.hir,
                            cue: c,
                            gate,
                            prefixed,
                        }
                    })
                    .collect(),
            })
            .collect();
        // The evidence-quality phrases join the anchors: the gate's pass over a candidate
        // sentence then says which it holds, for nothing (18 substring searches per sentence
        // with signals were a tenth of the analysis).
        let mut quality_of = vec![0u32; anchor_strings.len()];
        for (group, phrases) in QUALITY_PHRASES.iter().enumerate() {
            for p in *phrases {
                let a = anchor_strings.id(p.as_bytes().to_vec());
                quality_of.resize(anchor_strings.len(), 0);
                quality_of[a] |= 1 << group;
            }
        }
        clauses_of.resize(anchor_strings.len(), vec![]);
        is_prefix.resize(anchor_strings.len(), false);
        let anchors = LiteralSet::new(&anchor_strings.strings, false)
            .unwrap_or_else(|_| panic!("cue anchors"));
        let (mut at, mut clauses, mut prefixes) = (vec![], vec![], vec![]);
        let id = |k: usize| u16::try_from(k).unwrap_or_else(|_| panic!("anchor sets"));
        for k in 0..anchors.match_states() {
            let p0 = prefixes.len() as u32;
            let mut mine: Vec<(u32, u64)> = vec![];
            let mut q = 0;
            for (a, len) in anchors.state_strings(k) {
                q |= quality_of[a];
                for &c in &clauses_of[a] {
                    let (w, m) = ((id(c) / 64) as u32, 1u64 << (id(c) % 64));
                    match mine.iter_mut().find(|x| x.0 == w) {
                        Some(x) => x.1 |= m,
                        None => mine.push((w, m)),
                    }
                }
                if is_prefix[a] {
                    prefixes.push((a as u32, len as u32));
                }
            }
            let c0 = clauses.len() as u32;
            clauses.extend(mine);
            at.push([c0, clauses.len() as u32, p0, prefixes.len() as u32, q]);
        }
        let gate = Gate {
            anchors,
            clauses,
            prefixes,
            at,
            n: clause_ids.len(),
        };
        let mut words = vec![];
        let mut owner = vec![];
        for (i, r) in RULES.iter().enumerate() {
            for t in r.topics {
                words.push(*t);
                owner.push(i);
            }
        }
        let topics = LiteralSet::new(&words, false).unwrap_or_else(|_| panic!("topic keywords"));
        let masks =
            LiteralSet::new(MASKS.iter().map(|m| m.0), false).unwrap_or_else(|_| panic!("mask"));
        let mut cue_base = vec![0];
        for p in &practices {
            cue_base.push(cue_base[cue_base.len() - 1] + p.cues.len());
        }
        Engine {
            practices,
            cue_base,
            gate,
            topics,
            topic_owner: owner,
            masks,
            negation: Pattern::new(tree(prepared::NEGATION)).unwrap_or_else(|_| panic!("negation")),
            clause_break: Finder::new(tree(prepared::CLAUSE_BREAK))
                .unwrap_or_else(|_| panic!("clause break")),
        }
    })
}

/// The text as the rules read it: ASCII-lowercased, neutral phrases masked, quotation marks
/// dropped (`we have “sold”` and `we have 'sold'` read `we have sold`) and curly apostrophes
/// made straight.
/// Sentence and heading ranges are mapped into it once.
struct Norm {
    text: String,
    /// Sentence ranges in `text`.
    sentences: Vec<(usize, usize)>,
    /// Heading ranges in `text`.
    sections: Vec<(usize, usize)>,
}

impl Norm {
    fn sentence(&self, i: usize) -> &str {
        let (a, b) = self.sentences[i];
        &self.text[a..b]
    }
    fn heading(&self, i: usize) -> &str {
        let (a, b) = self.sections[i];
        &self.text[a..b]
    }
}

fn normalise(text: &str, seg: &Segmented, e: &Engine) -> Norm {
    let masked = mask(text, e);
    // Drop quotation marks; remember (original offset, new offset) after each change.
    let mut out = String::with_capacity(masked.len());
    let mut checkpoints: Vec<(usize, usize)> = vec![(0, 0)];
    // Runs of other characters are copied whole: only `"`, `'` and non-ASCII characters are
    // looked at one by one.
    let mut run = 0;
    let bytes = masked.as_bytes();
    let mut i = 0;
    // The closing mark of the straight single quotation opened last.
    let mut close_at = None;
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'"' && b != b'\'' && b < 0x80 {
            i = next_quote_or_non_ascii(bytes, i + 1);
            continue;
        }
        let c = masked[i..].chars().next().unwrap_or(' ');
        let end = i + c.len_utf8();
        // A straight `'` is dropped when it opens a quotation or closes the one opened last.
        let single = c == '\''
            && if close_at == Some(i) {
                close_at = None;
                true
            } else if let Some(j) = single_quote_close(bytes, i) {
                close_at = Some(j);
                true
            } else {
                false
            };
        match c {
            '"' | '“' | '”' | '„' | '‘' | '«' | '»' => {
                out.push_str(&masked[run..i]);
                checkpoints.push((end, out.len()));
                run = end;
            }
            '’' => {
                out.push_str(&masked[run..i]);
                out.push('\'');
                checkpoints.push((end, out.len()));
                run = end;
            }
            '\'' if single => {
                out.push_str(&masked[run..i]);
                checkpoints.push((end, out.len()));
                run = end;
            }
            _ => {}
        }
        i = end;
    }
    out.push_str(&masked[run..]);
    let to_norm = |o: usize| -> usize {
        let k = checkpoints.partition_point(|&(orig, _)| orig <= o) - 1;
        let (orig, norm) = checkpoints[k];
        (norm + (o - orig)).min(out.len())
    };
    let sentences = seg
        .sentences
        .iter()
        .map(|s| (to_norm(s.start), to_norm(s.end)))
        .collect();
    let sections = seg
        .sections
        .iter()
        .map(|s| (to_norm(s.start), to_norm(s.end)))
        .collect();
    Norm {
        text: out,
        sentences,
        sections,
    }
}

/// Where the straight single quotation opened at `i` closes: `'` opens one before a letter
/// and after a non-word byte (`we have 'sold'`), and closes at the next `'` after a word
/// character and before a non-word byte, within 48 bytes of the same line. An apostrophe
/// (`don't`, `users' data`) opens nothing.
fn single_quote_close(bytes: &[u8], i: usize) -> Option<usize> {
    let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let opens =
        (i == 0 || !word(&bytes[i - 1])) && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
    if !opens {
        return None;
    }
    let end = bytes.len().min(i + 48);
    (i + 2..end)
        .take_while(|&j| !matches!(bytes[j], b'\n' | b'"'))
        .find(|&j| bytes[j] == b'\'' && word(&bytes[j - 1]) && !bytes.get(j + 1).is_some_and(word))
}

/// The first index at or after `i` of a `"`, a `'` or a non-ASCII byte (or the length):
/// eight bytes at a time, since most of a policy is plain ASCII without quotation marks.
fn next_quote_or_non_ascii(bytes: &[u8], mut i: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // A zero byte of `w ^ quotes` is a quotation mark (the classic has-zero-byte test;
        // exact enough here: it never misses one, and a false alarm only stops the skip).
        let q = w ^ (ONES * b'"' as u64);
        let a = w ^ (ONES * b'\'' as u64);
        if (w | (q.wrapping_sub(ONES) & !q) | (a.wrapping_sub(ONES) & !a)) & HIGH != 0 {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\'' && bytes[i] < 0x80 {
        i += 1;
    }
    i
}

/// `bytes.make_ascii_lowercase()`, eight bytes at a time: the byte loop std leaves to the
/// optimiser is not vectorised at the size-optimised level the crate is built at, and it
/// was 10 instructions a byte of every policy (a twentieth of the analysis).
fn make_ascii_lowercase(bytes: &mut [u8]) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact_mut(8);
    for chunk in &mut chunks {
        let Ok(eight) = <&mut [u8; 8]>::try_from(chunk) else {
            continue;
        };
        let w = u64::from_le_bytes(*eight);
        // Per byte, with its high bit cleared so that no sum carries into the next: the high
        // bit of `low + (0x80 - b'A')` is set from 'A' up, that of `low + (0x80 - b'Z' - 1)`
        // from past 'Z'; an ASCII upper-case letter has the first and not the second.
        let low = w & !HIGH;
        let from_a = low + ONES * (0x80 - b'A' as u64);
        let past_z = low + ONES * (0x80 - b'Z' as u64 - 1);
        let upper = from_a & !past_z & !w & HIGH;
        *eight = (w | upper >> 2).to_le_bytes();
    }
    chunks.into_remainder().make_ascii_lowercase();
}

/// The lowercased, masked copy of the text: same length and offsets as the original.
fn mask(text: &str, e: &Engine) -> String {
    let mut lower = text.as_bytes().to_vec();
    make_ascii_lowercase(&mut lower);
    for m in e.masks.leftmost_longest(&lower) {
        let (phrase, replacement, title_case_only) = MASKS[m.pattern];
        if phrase.len() != replacement.len() {
            continue; // guarded by a unit test; never corrupt offsets
        }
        if title_case_only {
            // Only the name of a link or button ("Do Not Sell My Personal Information").
            let orig = &text.as_bytes()[m.start..m.end];
            let capitalised = orig
                .split(|&b| b == b' ')
                .all(|w| w.first().is_some_and(|c| c.is_ascii_uppercase()));
            if !capitalised {
                continue;
            }
        }
        lower[m.start..m.end].copy_from_slice(replacement.as_bytes());
    }
    // Only ASCII bytes were replaced by ASCII bytes: still UTF-8.
    String::from_utf8(lower).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// One sentence's support for a verdict.
#[derive(Debug, Clone, Copy)]
struct Signal {
    sentence: usize,
    verdict: Verdict,
    /// Strongest cue for this verdict in the sentence.
    strength: u8,
    /// How good the sentence is as evidence: the cues it holds and whether it reads as a
    /// full sentence of the main text (a navigation link "Interest-Based Ads" is a poorer
    /// quote than the sentence that explains them).
    quality: i16,
}

/// Phrases that bear on a sentence's quality as evidence, found in the text as the rules
/// read it ([`Norm`]) by the gate's pass, in two groups: the company speaking of what it does
/// (" we ", " our "), and an instruction to the reader ("To opt out, click …") or a pointer
/// ("For more information, see …").
const QUALITY_PHRASES: [&[&str]; 2] = [
    &[" we ", " our "],
    &[
        "to opt out",
        "you can ",
        "you may ",
        "click",
        "visit ",
        "for more information",
        "learn more",
        "please ",
        "this section",
        "as noted above",
        "described above",
        "described below",
        "see our ",
        "see the ",
    ],
];

/// Evidence quality of a sentence, from its shape and place on the page; `norm` is the
/// sentence as the rules read it, `phrases` the [`QUALITY_PHRASES`] groups it holds there,
/// `lower` a buffer.
fn sentence_quality(
    text: &str,
    region: crate::text::Region,
    (norm, phrases): (&str, u32),
    lower: &mut String,
) -> i16 {
    let words = text.split_whitespace().count();
    let mut q: i16 = 0;
    if words >= 8 {
        q += 2;
    } else if words < 5 {
        q -= 3;
    }
    if words > 80 {
        q -= 1;
    }
    if text.ends_with(['.', '!', '?', ';']) {
        q += 1;
    }
    if region == crate::text::Region::Main {
        q += 1;
    }
    // A statement of what the company does is better evidence than an instruction to the
    // reader or a pointer. Whether the company speaks is read off the sentence itself, where
    // a quoted definition (`"we" or "us"`) is not it, and only when the rules' text has the
    // words: it has them wherever the sentence does (masks keep them, and no quotation mark
    // is inside).
    let speaks = |t: &str| {
        t.starts_with("we ") || t.contains(" we ") || t.contains(" our ") || t.starts_with("our ")
    };
    if (phrases & 1 != 0 || norm.starts_with("we ") || norm.starts_with("our ")) && {
        lower.clear();
        lower.push_str(text);
        lower.make_ascii_lowercase();
        speaks(lower)
    } {
        q += 2;
    }
    if phrases & 2 != 0 {
        q -= 2;
    }
    q
}

/// Start of the search window for a cue at `start`: 256 bytes back, on a char boundary.
fn window_floor(sentence: &str, start: usize) -> usize {
    let mut f = start.saturating_sub(256);
    while f > 0 && !sentence.is_char_boundary(f) {
        f -= 1;
    }
    f
}

/// Whether a cue match at `start..end` of `sentence` (lowercase) is negated: a negation word
/// in the same clause, at most a few words before the cue or inside it.
fn negated(e: &Engine, sentence: &str, start: usize, end: usize) -> bool {
    // Clause start: the last clause break before the cue.
    // Only the last 256 bytes before the cue are searched for a clause break: the negation
    // window is at most ~16 words, and a longer search made long sentences quadratic.
    let floor = window_floor(sentence, start);
    let mut clause_start = floor;
    e.clause_break
        .for_each_match(&sentence.as_bytes()[floor..start], |_, end| {
            clause_start = floor + end
        });
    // At most ~16 words before the cue.
    let mut window_start = start;
    let mut words = 0;
    for (i, c) in sentence[clause_start..start].char_indices().rev() {
        if c == ' ' {
            words += 1;
            if words > 16 {
                window_start = clause_start + i;
                break;
            }
        }
        window_start = clause_start + i;
    }
    let window = &sentence[window_start.min(start)..end];
    e.negation.is_match(window.as_bytes())
}

/// Analyses the sentences of the analysed documents: one finding per practice, in
/// [`crate::PRACTICES`] order.
pub fn analyze_segmented(text: &PolicyText, seg: &Segmented) -> Vec<Finding> {
    let e = engine();
    let norm = normalise(&text.text, seg, e);
    let candidates = candidates(e, &norm, seg);

    let mut signals: Vec<Vec<Signal>> = vec![vec![]; RULES.len()];
    let found = signals_of(e, &norm, seg, &candidates);
    let mut last_quality: Option<(usize, i16)> = None;
    let mut lower = String::new();
    for (ci, c) in candidates.iter().enumerate() {
        let (si, pi) = (c.sentence, c.practice);
        let mut best: [u8; 3] = [0; 3];
        let mut sum: [i16; 3] = [0; 3];
        let mut seen: Vec<*const Cue> = vec![];
        for &(verdict, strength, cue) in found.of(ci) {
            let slot = match verdict {
                Verdict::Yes => 0,
                Verdict::No => 1,
                _ => 2,
            };
            best[slot] = best[slot].max(strength);
            if !seen.contains(&(cue as *const Cue)) {
                seen.push(cue);
                sum[slot] += strength as i16;
            }
        }
        if best == [0; 3] {
            continue;
        }
        // Candidates come in sentence order: a sentence's quality is worked out once for all
        // the practices it gives signals to.
        let quality = match last_quality {
            Some((at, q)) if at == si => q,
            _ => {
                let s = &seg.sentences[si];
                let q = sentence_quality(
                    &text.text[s.start..s.end],
                    s.region,
                    (norm.sentence(si), found.phrases[ci]),
                    &mut lower,
                );
                last_quality = Some((si, q));
                q
            }
        };
        for (slot, verdict) in [Verdict::Yes, Verdict::No, Verdict::Unclear]
            .into_iter()
            .enumerate()
        {
            if best[slot] > 0 {
                signals[pi].push(Signal {
                    sentence: si,
                    verdict,
                    strength: best[slot],
                    quality: quality + sum[slot].min(9),
                });
            }
        }
    }

    crate::PRACTICES
        .iter()
        .map(|p| {
            let pi = RULES.iter().position(|r| r.id == p.id);
            match pi {
                Some(pi) => aggregate(p.id, RULES[pi].conflict, &signals[pi], text, seg),
                None => not_mentioned(p.id),
            }
        })
        .collect()
}

/// A sentence to examine for a practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Candidate {
    sentence: usize,
    practice: usize,
    /// The sentence itself holds a topic keyword.
    direct: bool,
    /// It follows a sentence with a keyword (in the practice's context), or sits under a
    /// heading that names the topic: the context is established, so a keyword of its own
    /// ("If a revision reduces your rights, we will notify you") need not repeat it.
    scoped: bool,
}

/// (sentence, practice) pairs worth examining: one Aho-Corasick pass over the whole text finds
/// topic keywords; practices with `follow` also take the next sentences of the same section
/// ("Some browsers send DNT signals. We do not respond to them."), and practices with
/// `heading_scope` every sentence under a heading that names their topic.
fn candidates(e: &Engine, norm: &Norm, seg: &Segmented) -> Vec<Candidate> {
    let starts: Vec<usize> = norm.sentences.iter().map(|s| s.0).collect();
    // Per (sentence, practice): bit 0 taken, bit 1 direct, bit 2 scoped. Read in order at the
    // end, so the candidates come sorted and each pair once, with both reasons it was taken
    // (no sort: a generic one costs the WASM ~1 KB).
    let np = RULES.len();
    let mut out: Vec<u8> = vec![0; seg.sentences.len() * np];
    let push = |out: &mut Vec<u8>, si: usize, pi: usize, direct: bool, scoped: bool| {
        let s = &seg.sentences[si];
        if seg.documents[s.doc].analysed {
            out[si * np + pi] |= 1 | (direct as u8) << 1 | (scoped as u8) << 2;
        }
    };
    let mut context_seen: Vec<Option<usize>> = vec![None; RULES.len()];
    // (practice, sentence) pairs whose next sentences are candidates if it is in context.
    // Per practice, in text order (a vector per practice: no generic sort, which costs the WASM).
    let mut follows: Vec<Vec<usize>> = vec![vec![]; RULES.len()];
    // The sentence a match starts in: matches come in order of their end, and start at most
    // the longest keyword's length before it, so a cursor that moves forward with the ends
    // and steps back a sentence or two finds it (a binary search per match cost more).
    let mut cursor = 0;
    e.topics.for_each_match(norm.text.as_bytes(), |m| {
        while cursor + 1 < starts.len() && starts[cursor + 1] <= m.start {
            cursor += 1;
        }
        while cursor > 0 && starts[cursor] > m.start {
            cursor -= 1;
        }
        if starts.get(cursor).is_none_or(|&s| s > m.start) {
            return;
        }
        let idx = cursor;
        if m.end > norm.sentences[idx].1 {
            return;
        }
        let pi = e.topic_owner[m.pattern];
        push(&mut out, idx, pi, true, false);
        if RULES[pi].follow == 0 {
            return;
        }
        // The context test and the following sentences are done once per (sentence,
        // practice), not once per keyword: a sentence with many keywords (one 5 MB sentence)
        // made it quadratic (F1).
        if context_seen[pi] == Some(idx) {
            return;
        }
        context_seen[pi] = Some(idx);
        follows[pi].push(idx);
    });
    // The context tests practice by practice, so that each context regex's tables stay warm
    // while it runs (as the cues, [`signals_of`]); the order of `out` does not matter, it is
    // sorted below.
    for (pi, idx) in follows
        .iter()
        .enumerate()
        .flat_map(|(pi, f)| f.iter().map(move |&idx| (pi, idx)))
    {
        let in_context = e.practices[pi]
            .context
            .as_ref()
            .is_none_or(|c| c.is_match(norm.sentence(idx).as_bytes()));
        if !in_context {
            continue;
        }
        for next in idx + 1..=idx + RULES[pi].follow {
            match seg.sentences.get(next) {
                Some(n)
                    if n.section == seg.sentences[idx].section
                        && n.doc == seg.sentences[idx].doc =>
                {
                    push(&mut out, next, pi, false, true)
                }
                _ => break,
            }
        }
    }
    // Headings that name a topic scope their section's sentences.
    let mut topical_sections: Vec<(usize, usize)> = vec![];
    for si in 0..seg.sections.len() {
        let h = norm.heading(si);
        e.topics.for_each_match(h.as_bytes(), |m| {
            let pi = e.topic_owner[m.pattern];
            if RULES[pi].heading_scope
                && e.practices[pi]
                    .context
                    .as_ref()
                    .is_none_or(|c| c.is_match(h.as_bytes()))
            {
                // Each (section, practice) once; sections come in order.
                if !topical_sections
                    .iter()
                    .rev()
                    .take_while(|t| t.0 == si)
                    .any(|t| t.1 == pi)
                {
                    topical_sections.push((si, pi));
                }
            }
        });
    }
    if !topical_sections.is_empty() {
        for (i, s) in seg.sentences.iter().enumerate() {
            let Some(sec) = s.section else { continue };
            let from = topical_sections.partition_point(|t| t.0 < sec);
            for &(tsec, pi) in topical_sections[from..].iter().take_while(|t| t.0 == sec) {
                debug_assert_eq!(tsec, sec);
                push(&mut out, i, pi, false, true);
            }
        }
    }
    out.iter()
        .enumerate()
        .filter(|(_, &f)| f != 0)
        .map(|(i, &f)| Candidate {
            sentence: i / np,
            practice: i % np,
            direct: f & 2 != 0,
            scoped: f & 4 != 0,
        })
        .collect()
}

/// A signal: (verdict, strength, cue).
type Sig = (Verdict, u8, &'static Cue);

/// One cue to run on one candidate sentence (the gate admitted it).
struct Job {
    /// Index of the candidate.
    candidate: usize,
    /// The cue: its practice and its index there.
    cue: (usize, usize),
    /// Where to search it anchored (a range of `at`); empty for an unanchored cue.
    at: (usize, usize),
    /// Its matches (a range of `found`), once run.
    found: (usize, usize),
}

/// The signals each candidate gives its practice, in candidate order.
///
/// The work is done in three passes rather than candidate by candidate: the gate reads every
/// candidate sentence; then each cue runs on all the sentences it was admitted to, one cue
/// after another; then the matches are read in candidate order. The cue regexes are lazy
/// DFAs with tables of up to ~2 MB each, far more than the caches hold together: run one
/// after another per sentence, nearly every transition missed them. Run cue by cue, each
/// table stays warm while it is used. The signals are the same, in the same order.
fn signals_of(e: &Engine, norm: &Norm, seg: &Segmented, candidates: &[Candidate]) -> Signals {
    // 1. The gate: which cues run on which candidate, and where.
    let mut gate = GateCache::new();
    let mut phrases = Vec::with_capacity(candidates.len());
    let mut jobs: Vec<Job> = vec![];
    let mut at: Vec<usize> = vec![];
    let mut next = 0; // the first candidate of the next sentence
    for (ci, c) in candidates.iter().enumerate() {
        if next <= ci {
            next = ci + 1;
            while candidates
                .get(next)
                .is_some_and(|n| n.sentence == c.sentence)
            {
                next += 1;
            }
        }
        let hits = gate.get(
            e,
            norm,
            c.sentence,
            candidates.get(next).map(|n| n.sentence),
        );
        phrases.push(hits.quality);
        for (k, cc) in e.practices[c.practice].cues.iter().enumerate() {
            if !admitted(&cc.gate, &hits.bits) {
                continue;
            }
            let from = at.len();
            if let Some(prefixes) = &cc.prefixed {
                at.extend(
                    hits.starts
                        .iter()
                        .filter(|&&(a, _)| has(prefixes, a))
                        .map(|&(_, pos)| pos),
                );
                at[from..].sort_unstable();
                let mut kept = from;
                for i in from..at.len() {
                    if i == from || at[i] != at[kept - 1] {
                        at[kept] = at[i];
                        kept += 1;
                    }
                }
                at.truncate(kept);
            }
            jobs.push(Job {
                candidate: ci,
                cue: (c.practice, k),
                at: (from, at.len()),
                found: (0, 0),
            });
        }
    }
    // 2. Each cue on all its sentences, one cue after another.
    // Grouped by cue with a counting sort (the cue's index among all cues), keeping the
    // candidates' order within a cue: no generic sort, which costs the WASM a few KB.
    let cue_index = |j: &Job| e.cue_base[j.cue.0] + j.cue.1;
    let mut starts = vec![0usize; e.cue_base[e.practices.len()] + 1];
    for j in &jobs {
        starts[cue_index(j) + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut order = vec![0usize; jobs.len()];
    for (n, j) in jobs.iter().enumerate() {
        let slot = &mut starts[cue_index(j)];
        order[*slot] = n;
        *slot += 1;
    }
    let mut found: Vec<(usize, usize)> = vec![];
    for j in order {
        let job = &mut jobs[j];
        let cc = &e.practices[job.cue.0].cues[job.cue.1];
        let bytes = norm.sentence(candidates[job.candidate].sentence).as_bytes();
        let re = cc.re.get_or_init(|| {
            let built = match cc.prefixed {
                Some(_) => Pattern::new(tree(cc.code)).map(CueRegex::Anchored),
                None => Finder::new(tree(cc.code)).map(CueRegex::Anywhere),
            };
            built.unwrap_or_else(|_| panic!("bad rule"))
        });
        let from = found.len();
        match re {
            // Anchored at each prefix, left to right, as an unanchored search would find
            // them: a match never starts inside the previous one.
            //
            // A negatable cue's match that its clause denies may run on past a clause break
            // into one that affirms it ("we do not sell or rent your data, but we may share
            // it with partners for their own marketing": the match from "sell" is denied and
            // reaches "marketing"). So after a denied match, a match that starts inside it and
            // is not denied itself replaces it: the denial's clause did not hold the whole cue.
            CueRegex::Anchored(re) => {
                let sentence = norm.sentence(candidates[job.candidate].sentence);
                let mut next = 0;
                // The last match of a negatable cue, while later places are inside it, and
                // whether it is denied, once asked.
                let mut outer: Option<(usize, Option<bool>)> = None;
                for &pos in &at[job.at.0..job.at.1] {
                    if pos < next {
                        let Some((k, denied)) = &mut outer else {
                            continue;
                        };
                        let (start, end) = found[*k];
                        if !*denied.get_or_insert_with(|| negated(e, sentence, start, end)) {
                            outer = None;
                            continue;
                        }
                        if let Some(end) = re.match_end_at(bytes, pos) {
                            if !negated(e, sentence, pos, end) {
                                found[*k] = (pos, end);
                                outer = None;
                            }
                        }
                        continue;
                    }
                    if let Some(end) = re.match_end_at(bytes, pos) {
                        outer = cc.cue.negatable.then_some((found.len(), None));
                        found.push((pos, end));
                        next = end.max(pos + 1);
                    }
                }
            }
            CueRegex::Anywhere(re) => re.for_each_match(bytes, |a, b| found.push((a, b))),
        }
        job.found = (from, found.len());
    }
    // 3. The matches, candidate by candidate, each candidate's cues in table order (its
    // jobs are next to each other).
    let mut out = Signals {
        signals: vec![],
        of: Vec::with_capacity(candidates.len()),
        phrases,
    };
    let mut next = 0;
    for (ci, c) in candidates.iter().enumerate() {
        let from = next;
        while jobs.get(next).is_some_and(|j| j.candidate == ci) {
            next += 1;
        }
        let start = out.signals.len();
        candidate_signals(e, norm, seg, c, &jobs[from..next], &found, &mut out.signals);
        out.of.push((start, out.signals.len()));
    }
    out
}

/// Every candidate's signals: those of candidate `i` are `signals[of[i].0..of[i].1]`.
struct Signals {
    signals: Vec<Sig>,
    of: Vec<(usize, usize)>,
    /// Per candidate, the [`QUALITY_PHRASES`] groups its sentence holds.
    phrases: Vec<u32>,
}

impl Signals {
    fn of(&self, i: usize) -> &[Sig] {
        let (a, b) = self.of[i];
        &self.signals[a..b]
    }
}

/// The signals of one candidate from the matches of its cues (see [`signals_of`]), pushed to
/// `all`.
fn candidate_signals(
    e: &Engine,
    norm: &Norm,
    seg: &Segmented,
    c: &Candidate,
    jobs: &[Job],
    found: &[(usize, usize)],
    all: &mut Vec<Sig>,
) {
    let s = &seg.sentences[c.sentence];
    let sentence = norm.sentence(c.sentence);
    let bytes = sentence.as_bytes();
    let compiled = &e.practices[c.practice];
    let first = all.len();
    // The sentence-level tests below only ever remove signals, so they run lazily: most
    // candidate sentences have no cue match at all and never pay for them.
    // An excluded sentence keeps only its `no` signals; a narrow denial supports no `no`.
    let mut excluded: Option<bool> = None;
    let mut narrow: Option<bool> = None;
    for job in jobs {
        let cue = compiled.cues[job.cue.1].cue;
        for &(start, end) in &found[job.found.0..job.found.1] {
            let Effect::Supports(v) = cue.effect;
            let verdict = if cue.negatable && negated(e, sentence, start, end) {
                match v {
                    Verdict::Yes => Verdict::No,
                    Verdict::No => Verdict::Yes,
                    other => other,
                }
            } else {
                v
            };
            let dropped = if verdict == Verdict::No {
                *narrow.get_or_insert_with(|| {
                    compiled
                        .narrow_denials
                        .as_ref()
                        .is_some_and(|x| x.is_match(bytes))
                })
            } else {
                *excluded.get_or_insert_with(|| {
                    compiled
                        .exclusions
                        .as_ref()
                        .is_some_and(|x| x.is_match(bytes))
                })
            };
            if !dropped {
                all.push((verdict, cue.strength, cue));
            }
        }
    }
    if all.len() == first {
        return;
    }
    // A sentence with a topic keyword counts only in the practice's context (in it or in
    // its heading), unless it also follows a sentence in context or sits under a topical
    // heading; one that only follows a keyword or sits under a topical heading does not
    // count when it speaks of a rival topic.
    if let Some(ctx) = &compiled.context {
        let heading = s.section.map_or("", |i| norm.heading(i));
        if c.direct && !c.scoped && !ctx.is_match(bytes) && !ctx.is_match(heading.as_bytes()) {
            all.truncate(first);
        }
    }
    if !c.direct && compiled.rivals.as_ref().is_some_and(|r| r.is_match(bytes)) {
        all.truncate(first);
    }
}

/// One sentence as the engine sees it for one practice (for `fineprint explain`).
#[derive(Debug, Clone)]
pub struct Explained {
    /// The sentence.
    pub sentence: String,
    /// Heading of its section.
    pub section: String,
    /// Whether its document is analysed (legal hubs leave terms out).
    pub analysed: bool,
    /// (verdict, strength, example of the cue that fired).
    pub signals: Vec<(Verdict, u8, &'static str)>,
}

/// Every sentence that mentions a practice's topic, with the cues that fire in it.
pub fn explain(text: &PolicyText, seg: &Segmented, practice: &str) -> Vec<Explained> {
    let e = engine();
    let Some(pi) = RULES.iter().position(|r| r.id == practice) else {
        return vec![];
    };
    let norm = normalise(&text.text, seg, e);
    let mine: Vec<Candidate> = candidates(e, &norm, seg)
        .into_iter()
        .filter(|c| c.practice == pi)
        .collect();
    let signals = signals_of(e, &norm, seg, &mine);
    mine.iter()
        .enumerate()
        .map(|(ci, c)| {
            let s = &seg.sentences[c.sentence];
            Explained {
                sentence: text.text[s.start..s.end].to_string(),
                section: seg.heading_of(s).to_string(),
                analysed: seg.documents[s.doc].analysed,
                signals: signals
                    .of(ci)
                    .iter()
                    .map(|&(v, st, c)| (v, st, c.example))
                    .collect(),
            }
        })
        .collect()
}

/// At most this many sentences back one verdict (the popup shows the first ones).
const MAX_EVIDENCE: usize = 5;

fn not_mentioned(id: &str) -> Finding {
    Finding {
        practice: id.to_string(),
        verdict: Verdict::NotMentioned,
        confidence: 0.5,
        evidence: vec![],
    }
}

/// Combines one practice's signals into a verdict.
fn aggregate(
    id: &str,
    conflict: Conflict,
    signals: &[Signal],
    text: &PolicyText,
    seg: &Segmented,
) -> Finding {
    let max = |v: Verdict| {
        signals
            .iter()
            .filter(|s| s.verdict == v)
            .map(|s| s.strength)
            .max()
            .unwrap_or(0)
    };
    let (yes, no, unclear) = (max(Verdict::Yes), max(Verdict::No), max(Verdict::Unclear));
    if yes == 0 && no == 0 && unclear == 0 {
        return not_mentioned(id);
    }
    let verdict = match (yes > 0, no > 0) {
        (true, false) => Verdict::Yes,
        (false, true) => Verdict::No,
        (false, false) => Verdict::Unclear,
        (true, true) => match conflict {
            Conflict::YesWins => Verdict::Yes,
            Conflict::NoWins => Verdict::No,
            Conflict::Stronger => {
                if yes > no {
                    Verdict::Yes
                } else if no > yes {
                    Verdict::No
                } else {
                    Verdict::Unclear
                }
            }
            Conflict::StrongerOrYes => {
                if no > yes {
                    Verdict::No
                } else {
                    Verdict::Yes
                }
            }
            Conflict::StrongerOrNo => {
                if yes > no {
                    Verdict::Yes
                } else {
                    Verdict::No
                }
            }
        },
    };
    // Evidence: the strongest sentences for the verdict (both sides for unclear).
    let mut chosen: Vec<&Signal> = if verdict == Verdict::Unclear {
        let mut v: Vec<&Signal> = vec![];
        for side in [Verdict::Unclear, Verdict::Yes, Verdict::No] {
            if let Some(s) = strongest(signals, side) {
                v.push(s);
            }
        }
        v
    } else {
        let mut v: Vec<&Signal> = signals.iter().filter(|s| s.verdict == verdict).collect();
        v.sort_by_key(|s| {
            (
                std::cmp::Reverse(s.strength),
                std::cmp::Reverse(s.quality),
                s.sentence,
            )
        });
        // The same sentence repeated on a page (a notice in the header and again in the
        // footer) is shown once, leaving room for a different one.
        let mut seen: Vec<&str> = Vec::with_capacity(MAX_EVIDENCE);
        v.retain(|sig| {
            let s = &seg.sentences[sig.sentence];
            let t = &text.text[s.start..s.end];
            if seen.len() >= MAX_EVIDENCE || seen.contains(&t) {
                return false;
            }
            seen.push(t);
            true
        });
        v
    };
    chosen.dedup_by_key(|s| s.sentence);
    let top = max(verdict).max(1);
    let contested = matches!(verdict, Verdict::Yes | Verdict::No) && yes > 0 && no > 0;
    let confidence = match (top, contested) {
        (3, false) => 0.9,
        (2, false) => 0.75,
        (_, false) => 0.55,
        (_, true) => 0.5,
    };
    Finding {
        practice: id.to_string(),
        verdict,
        confidence,
        evidence: chosen
            .into_iter()
            .map(|sig| {
                let s = &seg.sentences[sig.sentence];
                Evidence {
                    text: text.text[s.start..s.end].to_string(),
                    start: s.start,
                    end: s.end,
                    section: seg.heading_of(s).to_string(),
                    supports: sig.verdict,
                }
            })
            .collect(),
    }
}

fn strongest(signals: &[Signal], v: Verdict) -> Option<&Signal> {
    signals.iter().filter(|s| s.verdict == v).min_by_key(|s| {
        (
            std::cmp::Reverse(s.strength),
            std::cmp::Reverse(s.quality),
            s.sentence,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::bytes::Regex;

    proptest::proptest! {
        /// The eight-at-a-time lowercasing is std's, on any bytes.
        #[test]
        fn lowercase_as_std(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40)) {
            let mut ours = bytes.clone();
            make_ascii_lowercase(&mut ours);
            proptest::prop_assert_eq!(ours, bytes.to_ascii_lowercase());
        }

        /// The word-at-a-time skip stops where a byte-by-byte scan would.
        #[test]
        fn skip_to_quote_or_non_ascii(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just(b'a'),
                    proptest::strategy::Just(b'"'),
                    proptest::strategy::Just(b'\''),
                    proptest::strategy::Just(b'!'),
                    proptest::strategy::Just(b'#'),
                    proptest::strategy::Just(0xE2u8),
                    proptest::strategy::Just(0x7Fu8),
                ],
                0..40,
            ),
            from in 0usize..40,
        ) {
            let from = from.min(bytes.len());
            let naive = (from..bytes.len())
                .find(|&i| bytes[i] == b'"' || bytes[i] == b'\'' || bytes[i] >= 0x80)
                .unwrap_or(bytes.len());
            proptest::prop_assert_eq!(next_quote_or_non_ascii(&bytes, from), naive);
        }
    }

    /// Every byte value, in every lane of the eight-byte step and in the remainder.
    #[test]
    fn lowercase_every_byte() {
        for b in 0..=255u8 {
            for at in 0..11 {
                let mut bytes = *b"Mixed CaseZ";
                bytes[at] = b;
                let mut ours = bytes;
                make_ascii_lowercase(&mut ours);
                assert_eq!(ours.to_vec(), bytes.to_ascii_lowercase(), "{b} at {at}");
            }
        }
    }

    /// Every cue's example sentence yields the cue's verdict for its practice through the
    /// whole engine (a negatable cue's example may be negated: then the opposite verdict), so
    /// the table documents itself and cannot drift from the engine. Exclusion examples never
    /// give `yes`; narrow-denial examples never give `no`.
    #[test]
    fn every_cue_example_gives_its_verdict() {
        let negation = Regex::new(&super::super::expand::ascii_classes(
            super::super::rules::NEGATION,
        ))
        .unwrap();
        let verdict_of = |id: &str, example: &str| {
            crate::analyze_text(example, &crate::Options::default())
                .finding(id)
                .map(|f| f.verdict)
        };
        let mut failures = vec![];
        for rules in RULES {
            for cue in rules.cues {
                let Effect::Supports(mut want) = cue.effect;
                if cue.negatable && negation.is_match(mask(cue.example, engine()).as_bytes()) {
                    want = match want {
                        Verdict::Yes => Verdict::No,
                        Verdict::No => Verdict::Yes,
                        v => v,
                    };
                }
                let got = verdict_of(rules.id, cue.example);
                if got != Some(want) {
                    failures.push(format!(
                        "{} {:?}: {:?} <- {}",
                        rules.id, want, got, cue.example
                    ));
                }
            }
            for x in rules.exclusions {
                let got = verdict_of(rules.id, x.example);
                if got == Some(Verdict::Yes) || got == Some(Verdict::Unclear) {
                    failures.push(format!(
                        "{} exclusion: {:?} <- {}",
                        rules.id, got, x.example
                    ));
                }
            }
            for x in rules.narrow_denials {
                let got = verdict_of(rules.id, x.example);
                if got == Some(Verdict::No) {
                    failures.push(format!(
                        "{} narrow denial: {:?} <- {}",
                        rules.id, got, x.example
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn a_denial_that_runs_past_its_clause_gives_way() {
        // The sharing cue's match from "sell" is denied and runs on past ", but" to "their
        // own": the match from "share", inside it and not denied, takes its place.
        let verdict = |text: &str, practice: &str| {
            let report = crate::analyze_text(text, &crate::Options::default());
            report.finding(practice).unwrap().verdict
        };
        let text = "Privacy Policy\nWe do not sell or rent your information, but we may share it \
                    with our partners, who may use it to tell you about their own products.\n";
        assert_eq!(verdict(text, "third_party_sharing"), Verdict::Yes);
        assert_eq!(verdict(text, "sells_data"), Verdict::No);
        // Denied throughout, it stays a denial.
        let text = "Privacy Policy\nWe do not sell, rent or share your information with our \
                    partners so they can tell you about their own products.\n";
        assert_eq!(verdict(text, "third_party_sharing"), Verdict::No);
    }

    #[test]
    fn a_repeated_sentence_is_evidence_once() {
        let text = "Privacy Policy\nWe sell your personal information to data brokers.\n\
                    We also rent your personal information to marketers.\n\
                    We sell your personal information to data brokers.\n";
        let report = crate::analyze_text(text, &crate::Options::default());
        let f = report.finding("sells_data").unwrap();
        assert_eq!(f.verdict, Verdict::Yes);
        let texts: Vec<&str> = f.evidence.iter().map(|e| e.text.as_str()).collect();
        let mut unique = texts.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(texts.len(), unique.len(), "{texts:?}");
        assert!(texts.len() >= 2, "{texts:?}");
    }

    #[test]
    fn masks_are_length_preserving_lowercase_phrases() {
        for (phrase, replacement, _) in MASKS {
            assert_eq!(phrase.len(), replacement.len(), "{phrase}");
            assert_eq!(*phrase, phrase.to_ascii_lowercase());
        }
    }

    #[test]
    fn masks_keep_offsets() {
        let e = engine();
        let t = "We do not respond to Do Not Track, including but not limited to X. Click Do Not Sell My Info.";
        let n = mask(t, e);
        assert_eq!(n.len(), t.len());
        assert!(n.contains("do_not_track"));
        assert!(n.contains("do_not_sell"));
        assert!(n.starts_with("we do not respond"));
    }

    #[test]
    fn an_article_reference_does_not_end_the_word_gaps() {
        // "(Art. 15)" inside a list of rights: the period is not a sentence end to {Wn}.
        let text = "You have the right of access to your data (Art. 15), to rectification (Art. 16), to erasure (Art. 17) and to portability (Art. 20).";
        let report = crate::analyze_text(text, &crate::Options::default());
        assert_eq!(
            report.finding("user_deletion").unwrap().verdict,
            Verdict::Yes
        );
        assert!(mask(text, engine()).contains("(art_ 17)"));
    }

    #[test]
    fn negation_scope() {
        let e = engine();
        let s = "we do not sell your personal information, but we may share it with advertisers";
        let at = s.find("sell").unwrap();
        assert!(negated(e, s, at, at + 4));
        let at = s.find("share").unwrap();
        assert!(!negated(e, s, at, at + 5));
        // "yet" ends a clause only after a comma: "not yet able to respond" is one clause.
        let s = "we are not yet able to respond to gpc signals";
        let at = s.find("respond").unwrap();
        assert!(negated(e, s, at, at + 7));
    }

    /// The anchor gate must never hide a match: wherever a cue's regex matches its own
    /// example sentence, the gate admits the cue for that sentence.
    #[test]
    fn the_gate_admits_every_cue_on_its_example() {
        let e = engine();
        let (mut hits, mut spare, mut second) = (Hits::default(), Hits::default(), Hits::default());
        let (mut checked, mut anchored) = (0, 0);
        for p in &e.practices {
            for cc in &p.cues {
                let example = cc.cue.example.to_ascii_lowercase().replace('’', "'");
                let re = Regex::new(&super::super::expand::expand(cc.cue.pattern)).unwrap();
                let Some(m) = re.find(example.as_bytes()) else {
                    continue;
                };
                // In the first slot of a pair, then in the second: the same answer.
                let other = b"We use cookies to remember your settings and to keep you signed in.";
                e.gate
                    .present2([example.as_bytes(), other], [&mut hits, &mut spare]);
                e.gate
                    .present2([other, example.as_bytes()], [&mut spare, &mut second]);
                assert_eq!((&hits.bits, &hits.starts), (&second.bits, &second.starts));
                if cc.gate.is_some() {
                    assert!(admitted(&cc.gate, &hits.bits), "{}", cc.cue.pattern);
                    checked += 1;
                }
                // A prefixed cue's first match starts where the gate saw one of its prefixes.
                if let Some(prefixes) = &cc.prefixed {
                    assert!(
                        hits.starts
                            .iter()
                            .any(|&(a, pos)| pos == m.start() && has(prefixes, a)),
                        "{}",
                        cc.cue.pattern
                    );
                    anchored += 1;
                }
            }
        }
        assert!(checked > 100, "only {checked} examples matched their cue");
        assert!(anchored > 50, "only {anchored} prefixed cues checked");
    }
}
