//! Applies the tables of `keywords.rs` to one link text or one URL: which kind of document the
//! words name, how strongly, and how many other words the text carries.
//!
//! A text is cut at separators (`/`, `|`, `•`, `·`, `;`) into segments, because footers join
//! two links' worth of words in one ("Privacy Policy/Your California Privacy Rights"). In each
//! segment only the longest phrases count (`privacy` inside `privacy settings` says nothing
//! on its own), and the kind follows from the phrases present (see [`resolve`]).
//!
//! Most link texts on a page name nothing ("Sports", a headline). One pass over their bytes
//! ([`screen`]) rejects them before any normalising or automaton: an ASCII text can only
//! match if one of its words begins a deciding phrase. A URL's words are read separately
//! ([`classify_url`]); the ranking decides how much they count.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::literals::LiteralSet;

use super::keywords::{Cue, Keyword, UrlCue, UrlWord, FILLERS, KEYWORDS, URL_WORDS};
use super::LinkKind;

/// Longest text looked at, in bytes: link texts longer than a sentence are teasers, not names.
const MAX_TEXT: usize = 300;

/// What a link text names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct TextMatch {
    /// The kind of document.
    pub kind: LinkKind,
    /// The base weight (from the table, or 9 for a topic word plus a document noun).
    pub weight: f32,
    /// The phrase that decided it.
    pub keyword: &'static Keyword,
    /// Whether the phrase is a privacy hub (kind is then [`LinkKind::Policy`]).
    pub hub: bool,
    /// Words of the segment that no phrase, filler or brand name explains.
    pub extra_words: u32,
    /// A narrowing word ("children", "applicant") next to a policy name.
    pub narrower: Option<&'static Keyword>,
    /// Another kind named in the same segment ("Privacy & Terms", "Privacy & Cookies").
    pub combined: Option<&'static Keyword>,
    /// The phrase of another segment of the text, when it names something else
    /// ("Your California Privacy Rights" in "Privacy Policy/Your California Privacy Rights").
    pub also: Option<&'static Keyword>,
}

struct Tables {
    text: LiteralSet,
    /// For each text pattern: the keyword and whether it must match whole words.
    entries: Vec<(&'static Keyword, bool)>,
    fillers: HashSet<String>,
    url: LiteralSet,
    /// The first words of the ASCII phrases that can decide a link on its own, and the
    /// ASCII fillers. An ASCII text none of whose words begins a phrase cannot match: most
    /// link texts are rejected in one pass ([`screen`]), without normalising or running the
    /// automaton.
    words: WordSet,
}

/// ASCII words with flags ([`START`], [`FILLER`]), looked up without hashing: a bit per
/// trigram of `[a-z0-9 ]` the words start with, then the few words of that trigram.
struct WordSet {
    bits: Vec<u64>,
    /// For each word of `bits`, how many bits are set before it: the index in `words` of a
    /// trigram is then one popcount away (no search).
    ranks: Vec<u32>,
    /// Sorted by trigram, one entry per set bit.
    words: Vec<(usize, Vec<(String, u8)>)>,
}

/// The word begins a phrase that can decide a link on its own.
const START: u8 = 1;
/// The word is a filler.
const FILLER: u8 = 2;

impl WordSet {
    fn new<'a>(words: impl IntoIterator<Item = (&'a str, u8)>) -> WordSet {
        let mut set = WordSet {
            bits: vec![0u64; (37 * 37 * 37) / 64 + 1],
            ranks: Vec::new(),
            words: Vec::new(),
        };
        for (w, flag) in words
            .into_iter()
            .filter(|(w, _)| !w.is_empty() && w.is_ascii())
        {
            let t = trigram(w.as_bytes());
            set.bits[t / 64] |= 1 << (t % 64);
            let k = match set.words.binary_search_by_key(&t, |(k, _)| *k) {
                Ok(k) => k,
                Err(k) => {
                    set.words.insert(k, (t, Vec::new()));
                    k
                }
            };
            match set.words[k].1.iter_mut().find(|(x, _)| x == w) {
                Some((_, f)) => *f |= flag,
                None => set.words[k].1.push((w.to_string(), flag)),
            }
        }
        let mut seen = 0u32;
        set.ranks = set
            .bits
            .iter()
            .map(|b| {
                let r = seen;
                seen += b.count_ones();
                r
            })
            .collect();
        set
    }

    /// The flags of `word` (ASCII letters and digits, any case); 0 when not in the set.
    fn flags(&self, word: &[u8]) -> u8 {
        let t = trigram(word);
        if self.bits[t / 64] & (1 << (t % 64)) == 0 {
            return 0;
        }
        let below = self.bits[t / 64] & ((1u64 << (t % 64)) - 1);
        let k = self.ranks[t / 64] as usize + below.count_ones() as usize;
        self.words
            .get(k)
            .map_or(&[][..], |(_, ws)| ws.as_slice())
            .iter()
            .find(|(w, _)| w.as_bytes().eq_ignore_ascii_case(word))
            .map_or(0, |(_, f)| *f)
    }
}

/// Byte → symbol of the filter: `a`–`z` 0–25, `0`–`9` 26–35, anything else 36 (a space;
/// texts with non-ASCII bytes are not screened).
const SYMBOLS: [u8; 256] = {
    let mut t = [36u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = match c {
            b'a'..=b'z' => c - b'a',
            b'A'..=b'Z' => c - b'A',
            b'0'..=b'9' => 26 + c - b'0',
            _ => 36,
        };
        i += 1;
    }
    t
};
const SPACE: u8 = 36;

/// The trigram a word starts with, a short word padded with spaces ("do" → "do ").
fn trigram(word: &[u8]) -> usize {
    let at = |i: usize| match word.get(i) {
        Some(&c) => (SYMBOLS[c as usize] as usize).min(SPACE as usize),
        None => SPACE as usize,
    };
    (at(0) * 37 + at(1)) * 37 + at(2)
}

/// What one pass over a text's bytes tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    /// A word begins a deciding phrase, or the text is not ASCII: read it properly.
    MayMatch,
    /// Every word is a filler ("here", "Read more", or nothing): the text says nothing.
    Generic,
    /// It names nothing the table knows.
    Other,
}

fn screen(text: &str, t: &Tables) -> Screen {
    if !text.is_ascii() {
        return Screen::MayMatch;
    }
    let mut generic = true;
    for word in text.as_bytes().split(|&c| SYMBOLS[c as usize] >= SPACE) {
        if word.is_empty() {
            continue;
        }
        let flags = t.words.flags(word);
        if flags & START != 0 {
            return Screen::MayMatch;
        }
        generic = generic && flags & FILLER != 0;
    }
    if generic {
        Screen::Generic
    } else {
        Screen::Other
    }
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut patterns = Vec::with_capacity(KEYWORDS.len());
        let mut entries = Vec::with_capacity(KEYWORDS.len());
        for kw in KEYWORDS {
            let mut norm = String::new();
            normalize_into(kw.phrase, &mut norm);
            let words = !norm.chars().any(is_unspaced_script);
            // `norm` is padded with spaces: whole-word patterns keep the padding.
            let pattern = if words { norm } else { norm.trim().to_string() };
            patterns.push(pattern);
            entries.push((kw, words));
        }
        let text = LiteralSet::new(&patterns, false).expect("keyword table builds");
        let mut fillers = HashSet::new();
        for (_, words) in FILLERS {
            for w in *words {
                let mut norm = String::new();
                normalize_into(w, &mut norm);
                fillers.insert(norm.trim().to_string());
            }
        }
        let url =
            LiteralSet::new(URL_WORDS.iter().map(|w| w.word), true).expect("URL word table builds");
        let starts = patterns.iter().zip(&entries).filter_map(|(p, (kw, _))| {
            let deciding = !matches!(kw.cue, Cue::DocNoun | Cue::Narrower | Cue::StateName);
            deciding.then(|| (p.split(' ').find(|w| !w.is_empty()).unwrap_or(""), START))
        });
        let words = WordSet::new(starts.chain(fillers.iter().map(|f| (f.as_str(), FILLER))));
        Tables {
            text,
            entries,
            fillers,
            url,
            words,
        }
    })
}

/// Scripts written without spaces between words (phrases match anywhere in them).
fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'      // Hiragana, Katakana
        | '\u{3400}'..='\u{4dbf}'    // CJK extension A
        | '\u{4e00}'..='\u{9fff}'    // CJK unified ideographs
        | '\u{f900}'..='\u{faff}'    // CJK compatibility ideographs
        | '\u{ac00}'..='\u{d7af}'    // Hangul syllables
        | '\u{1100}'..='\u{11ff}'    // Hangul jamo
        | '\u{3130}'..='\u{318f}') // Hangul compatibility jamo
}

/// Appends the normalised form of `text` to `out`: lowercase, Latin accents folded, `&` as
/// "and", runs of anything else than letters and digits as one space, padded with a space
/// on both sides (so whole-word phrases are found as `" phrase "`).
pub(crate) fn normalize_into(text: &str, out: &mut String) {
    out.push(' ');
    let mut space = true;
    let push = |out: &mut String, c: char, space: &mut bool| {
        if c == ' ' {
            if !*space {
                out.push(' ');
                *space = true;
            }
        } else {
            out.push(c);
            *space = false;
        }
    };
    if text.is_ascii() {
        // The common case, byte by byte.
        for &b in text.as_bytes() {
            if b.is_ascii_alphanumeric() {
                out.push(b.to_ascii_lowercase() as char);
                space = false;
            } else if b == b'&' {
                if !space {
                    out.push(' ');
                }
                out.push_str("and ");
                space = true;
            } else if !space {
                out.push(' ');
                space = true;
            }
        }
        if !space {
            out.push(' ');
        }
        return;
    }
    for c in text.chars() {
        if c == '&' {
            for a in [' ', 'a', 'n', 'd', ' '] {
                push(out, a, &mut space);
            }
            continue;
        }
        // Full-width ASCII (Ｃｏｏｋｉｅ) is ASCII.
        let c = match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            _ => c,
        };
        if c.is_ascii() {
            let c = if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            };
            push(out, c, &mut space);
            continue;
        }
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue; // combining accents (the dot of a lowercased Turkish İ)
        }
        for l in c.to_lowercase() {
            if ('\u{300}'..='\u{36f}').contains(&l) {
                continue;
            }
            match fold(l) {
                Folded::One(f) if f.is_alphanumeric() => push(out, f, &mut space),
                Folded::One(_) => push(out, ' ', &mut space),
                Folded::Two(a, b) => {
                    push(out, a, &mut space);
                    push(out, b, &mut space);
                }
            }
        }
    }
    if !space {
        out.push(' ');
    }
}

enum Folded {
    One(char),
    Two(char, char),
}

/// Folds the Latin letters with diacritics of the table's languages to ASCII.
fn fold(c: char) -> Folded {
    Folded::One(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'į' => 'i',
        'ł' | 'ľ' | 'ĺ' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ŕ' | 'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ё' => 'е',
        'ß' => return Folded::Two('s', 's'),
        'æ' => return Folded::Two('a', 'e'),
        'œ' => return Folded::Two('o', 'e'),
        '\u{2019}' | '\u{2018}' | '\u{00b4}' => ' ',
        other => other,
    })
}

/// Characters that separate two link names inside one link text.
fn is_separator(c: char) -> bool {
    matches!(c, '/' | '|' | '•' | '·' | ';' | '｜' | '／')
}

/// What a link text says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum TextRead {
    /// It names a kind of document.
    Names(TextMatch),
    /// It says nothing: empty, "here", "Read more" (the URL may speak instead).
    Generic,
    /// It says something else ("Sports", a headline).
    Other,
}

/// Reads a link text: what it names, or whether it says nothing at all. `brand` holds words
/// that name the site's owner (host labels), which do not make a text less specific. `buf`
/// is scratch space.
pub(crate) fn read_text(text: &str, brand: &[&str], buf: &mut String) -> TextRead {
    let text = clip(text, MAX_TEXT);
    match screen(text, tables()) {
        Screen::Generic => return TextRead::Generic,
        Screen::Other => return TextRead::Other,
        Screen::MayMatch => {}
    }
    match classify_segments(text, brand, buf) {
        Some(m) => TextRead::Names(m),
        None if is_generic(text, buf) => TextRead::Generic,
        None => TextRead::Other,
    }
}

/// Classifies a link text (see [`read_text`]): what kind of document it names, if any.
pub(crate) fn classify_text(text: &str, brand: &[&str], buf: &mut String) -> Option<TextMatch> {
    match read_text(text, brand, buf) {
        TextRead::Names(m) => Some(m),
        _ => None,
    }
}

fn classify_segments(text: &str, brand: &[&str], buf: &mut String) -> Option<TextMatch> {
    let stripped;
    let text = if may_hold_url(text) && text.split_whitespace().any(is_url_like) {
        stripped = text
            .split_whitespace()
            .filter(|w| !is_url_like(w))
            .collect::<Vec<_>>()
            .join(" ");
        stripped.as_str()
    } else {
        text
    };
    let mut best: Option<TextMatch> = None;
    let mut others: Option<&'static Keyword> = None;
    for segment in text.split(is_separator) {
        buf.clear();
        normalize_into(segment, buf);
        if buf.len() <= 1 {
            continue;
        }
        let Some(m) = resolve(buf, brand) else {
            continue;
        };
        match best {
            Some(b) if rank_key(&b) >= rank_key(&m) => {
                others.get_or_insert(m.keyword);
            }
            Some(b) => {
                others.get_or_insert(b.keyword);
                best = Some(m);
            }
            None => best = Some(m),
        }
    }
    best.map(|mut b| {
        b.also = others.filter(|o| o.phrase != b.keyword.phrase);
        b
    })
}

/// One cheap pass: whether any word of `text` could be [`is_url_like`].
fn may_hold_url(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &c)| match c {
        b'/' => b.get(i + 1) == Some(&b'/'),
        b'=' => true,
        b'w' | b'W' => b
            .get(i..i + 4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"www.")),
        _ => false,
    })
}

/// A word of a link text that is a URL or markup ("https://example.com/privacy-policy",
/// `src="//seal.example/privacy-policy"`): its words are the URL's, not the text's.
fn is_url_like(word: &str) -> bool {
    word.contains("://")
        || word.starts_with("//")
        || word.starts_with("www.")
        || word.contains("=\"")
        || word.contains("='")
}

/// Which of two segments speaks for the link: the policy first, then by weight.
pub(crate) fn rank_key(m: &TextMatch) -> (u8, i32) {
    let kind = match m.kind {
        LinkKind::Policy => 6,
        LinkKind::OptOut => 5,
        LinkKind::Settings => 4,
        LinkKind::Supplement => 3,
        LinkKind::CookiePolicy => 2,
        LinkKind::Terms => 1,
    };
    (
        kind,
        ((m.weight - m.extra_words as f32 * 0.5) * 10.0) as i32,
    )
}

/// Whether all words of `text` are fillers: a link text that names nothing ("Read more",
/// "here", "Click here", an empty text).
fn is_generic(text: &str, buf: &mut String) -> bool {
    buf.clear();
    for w in clip(text, MAX_TEXT)
        .split_whitespace()
        .filter(|w| !is_url_like(w))
    {
        normalize_into(w, buf);
    }
    let f = &tables().fillers;
    buf.split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| f.contains(w))
}

fn clip(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// One phrase found in a segment: its keyword and the span of its words in the segment.
#[derive(Clone, Copy)]
struct Found {
    kw: &'static Keyword,
    start: usize,
    end: usize,
}

/// Finds the phrases of one normalised segment and decides what it names.
fn resolve(norm: &str, brand: &[&str]) -> Option<TextMatch> {
    let t = tables();
    let mut found: Vec<Found> = Vec::new();
    t.text.for_each_match(norm.as_bytes(), |m| {
        let (kw, words) = t.entries[m.pattern];
        let (start, end) = if words {
            (m.start + 1, m.end - 1)
        } else {
            (m.start, m.end)
        };
        found.push(Found { kw, start, end });
    });
    if found.is_empty() {
        return None;
    }
    // Only the longest phrases speak: those inside another one say nothing on their own.
    let maximal = |a: &Found| {
        !found
            .iter()
            .any(|b| b.start <= a.start && a.end <= b.end && (b.end - b.start) > (a.end - a.start))
    };
    let best = |cue: Cue| -> Option<&'static Keyword> {
        found
            .iter()
            .filter(|f| f.kw.cue == cue && maximal(f))
            .map(|f| f.kw)
            .fold(None, |acc: Option<&'static Keyword>, k| match acc {
                Some(a) if a.weight >= k.weight => Some(a),
                _ => Some(k),
            })
    };
    let policy = best(Cue::PolicyName);
    let word = best(Cue::PrivacyWord);
    let noun = best(Cue::DocNoun);
    let hub = best(Cue::Hub);
    let cookie = best(Cue::Cookie);
    let opt_out = best(Cue::OptOut);
    let settings = best(Cue::Settings);
    let terms = best(Cue::Terms);
    let state = best(Cue::StateLaw);
    let state_name = best(Cue::StateName);
    let narrower = best(Cue::Narrower);
    let privacy_talk = policy.is_some() || word.is_some() || opt_out.is_some() || hub.is_some();
    let state = state.or(state_name.filter(|_| privacy_talk));

    let (kind, keyword, weight, is_hub, combined) = if let Some(s) = state {
        match opt_out {
            Some(o) => (LinkKind::OptOut, o, o.weight, false, None),
            None => (LinkKind::Supplement, s, s.weight, false, None),
        }
    } else if let Some(p) = policy {
        (LinkKind::Policy, p, p.weight, false, None)
    } else if let Some(o) = opt_out {
        (LinkKind::OptOut, o, o.weight, false, None)
    } else if let Some(s) = settings {
        (LinkKind::Settings, s, s.weight, false, None)
    } else if let Some(h) = hub {
        (LinkKind::Policy, h, h.weight, true, None)
    } else if let Some(w) = word {
        // "Privacy & Cookies Notice": the topic and a document noun name the policy.
        let named = noun.is_some() || cookie.is_some_and(|c| c.weight >= 8.0);
        let weight = if named { w.weight.max(9.0) } else { w.weight };
        (LinkKind::Policy, w, weight, false, terms.or(cookie))
    } else if let Some(c) = cookie {
        (LinkKind::CookiePolicy, c, c.weight, false, None)
    } else if let Some(t) = terms {
        (LinkKind::Terms, t, t.weight, false, None)
    } else {
        return None;
    };

    // Words nothing explains.
    let mut extra = 0u32;
    let mut pos = 0usize;
    for w in norm.split(' ') {
        let (ws, we) = (pos, pos + w.len());
        pos = we + 1;
        if w.is_empty() {
            continue;
        }
        let covered = found.iter().any(|f| f.start < we && ws < f.end);
        let filler = if w.is_ascii() {
            t.words.flags(w.as_bytes()) & FILLER != 0
        } else {
            t.fillers.contains(w)
        };
        if covered || filler || brand.iter().any(|b| b.eq_ignore_ascii_case(w)) {
            continue;
        }
        extra += 1;
    }
    let narrower = narrower.filter(|_| kind == LinkKind::Policy && !is_hub);
    Some(TextMatch {
        kind,
        weight,
        keyword,
        hub: is_hub,
        extra_words: extra,
        narrower,
        combined,
        also: None,
    })
}

/// What the words of a URL's path and query say.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct UrlMatch {
    /// The kind the URL alone suggests, with the word that decided it.
    pub kind: Option<(LinkKind, &'static UrlWord)>,
    /// The URL names the privacy topic or a policy (`/privacy`, `/privacy-policy`).
    pub privacy: bool,
    /// The URL is a full policy slug (`/privacy-policy`).
    pub policy_name: bool,
    /// The URL names a state-law supplement (`/california-privacy-rights`).
    pub state_law: bool,
    /// The URL names something other than the privacy topic (cookies, terms, opt-out).
    pub other: Option<&'static UrlWord>,
    /// A tag, topic or category listing.
    pub listing: bool,
}

/// Reads the words of `path` (the path and query of a URL).
pub(crate) fn classify_url(path: &str) -> UrlMatch {
    let mut out = UrlMatch::default();
    if path.is_empty() {
        return out;
    }
    let path = clip(path, 2048);
    let t = tables();
    let mut specific: Option<(u8, &'static UrlWord)> = None;
    // The word that ends last (the longest of those ending together) is the most specific
    // part of the path: `/privacy/cookie-policy` is a cookie policy.
    let mut last: Option<(usize, usize, &'static UrlWord)> = None;
    t.url.for_each_match(path.as_bytes(), |m| {
        let word = &URL_WORDS[m.pattern];
        let rank = match word.cue {
            UrlCue::StateLaw => 3,
            UrlCue::OptOut => 2,
            UrlCue::Settings => 1,
            _ => 0,
        };
        match word.cue {
            UrlCue::Listing => {
                out.listing = true;
                return;
            }
            UrlCue::PolicyName => {
                out.privacy = true;
                out.policy_name = true;
            }
            UrlCue::Privacy | UrlCue::Hub => out.privacy = true,
            UrlCue::StateLaw => out.state_law = true,
            _ => {
                out.other.get_or_insert(word);
            }
        }
        if rank > 0 && specific.is_none_or(|(r, _)| r < rank) {
            specific = Some((rank, word));
        }
        let key = (m.end, m.end - m.start);
        if last.is_none_or(|(e, l, _)| (e, l) < key) {
            last = Some((key.0, key.1, word));
        }
    });
    let decided = specific.map(|(_, w)| w).or(last.map(|(_, _, w)| w));
    out.kind = decided.and_then(|w| {
        let kind = match w.cue {
            UrlCue::PolicyName | UrlCue::Privacy | UrlCue::Hub => LinkKind::Policy,
            UrlCue::Cookie => LinkKind::CookiePolicy,
            UrlCue::OptOut => LinkKind::OptOut,
            UrlCue::Settings => LinkKind::Settings,
            UrlCue::Terms => LinkKind::Terms,
            UrlCue::StateLaw => LinkKind::Supplement,
            UrlCue::Listing => return None,
        };
        Some((kind, w))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> Option<LinkKind> {
        classify_text(text, &[], &mut String::new()).map(|m| m.kind)
    }

    fn policy_weight(text: &str) -> f32 {
        let m = classify_text(text, &[], &mut String::new()).expect(text);
        assert_eq!(m.kind, LinkKind::Policy, "{text}");
        m.weight
    }

    fn norm(s: &str) -> String {
        let mut out = String::new();
        normalize_into(s, &mut out);
        out
    }

    #[test]
    fn normalisation_folds_case_accents_and_punctuation() {
        assert_eq!(
            norm("Privacy & Cookie-Policy!"),
            " privacy and cookie policy "
        );
        assert_eq!(
            norm("Politique de confidentialité"),
            " politique de confidentialite "
        );
        assert_eq!(norm("DATENSCHUTZERKLÄRUNG"), " datenschutzerklarung ");
        assert_eq!(norm("GİZLİLİK POLİTİKASI"), " gizlilik politikasi ");
        assert_eq!(norm("Children’s Privacy"), " children s privacy ");
        assert_eq!(norm("Ｃｏｏｋｉｅ設定"), " cookie設定 ");
        assert_eq!(norm("  "), " ");
    }

    #[test]
    fn every_example_is_read_as_its_phrase() {
        for kw in KEYWORDS {
            let (e, p) = (norm(kw.example), norm(kw.phrase));
            let cjk = p.chars().any(is_unspaced_script);
            let hit = if cjk {
                e.contains(p.trim())
            } else {
                e.contains(&p)
            };
            assert!(
                hit,
                "example {:?} does not contain {:?}",
                kw.example, kw.phrase
            );
        }
    }

    #[test]
    fn no_phrase_is_listed_twice() {
        let mut seen = HashSet::new();
        for kw in KEYWORDS {
            assert!(
                seen.insert(norm(kw.phrase)),
                "duplicate phrase {:?}",
                kw.phrase
            );
        }
    }

    #[test]
    fn english_policy_names() {
        for t in [
            "Privacy Policy",
            "Privacy Notice",
            "Privacy Statement",
            "PRIVACY POLICY",
            "Privacy & Cookie Policy",
            "Data Policy",
        ] {
            assert_eq!(kind(t), Some(LinkKind::Policy), "{t}");
        }
        assert!(policy_weight("Privacy Policy") > policy_weight("Privacy"));
        assert!(policy_weight("Privacy and Cookies Notice") > policy_weight("Privacy"));
        assert!(policy_weight("Sky Privacy and Cookies Notice") >= 9.0);
    }

    #[test]
    fn the_other_kinds_are_told_apart() {
        assert_eq!(kind("Cookie Policy"), Some(LinkKind::CookiePolicy));
        assert_eq!(kind("Cookies"), Some(LinkKind::CookiePolicy));
        assert_eq!(
            kind("Do Not Sell or Share My Personal Information"),
            Some(LinkKind::OptOut)
        );
        assert_eq!(
            kind("Do Not Sell My Personal Information"),
            Some(LinkKind::OptOut)
        );
        assert_eq!(kind("Your Privacy Choices"), Some(LinkKind::OptOut));
        assert_eq!(kind("AdChoices"), Some(LinkKind::OptOut));
        assert_eq!(kind("Ad Choices"), Some(LinkKind::OptOut));
        assert_eq!(kind("Privacy Settings"), Some(LinkKind::Settings));
        assert_eq!(kind("Cookie Settings"), Some(LinkKind::Settings));
        assert_eq!(kind("Manage Consent"), Some(LinkKind::Settings));
        assert_eq!(kind("Privacy Preference Center"), Some(LinkKind::Settings));
        assert_eq!(kind("Terms of Use"), Some(LinkKind::Terms));
        assert_eq!(kind("Legal"), Some(LinkKind::Terms));
        assert_eq!(
            kind("Your California Privacy Rights"),
            Some(LinkKind::Supplement)
        );
        assert_eq!(kind("CCPA Notice"), Some(LinkKind::Supplement));
        assert_eq!(
            kind("California Privacy Notice"),
            Some(LinkKind::Supplement)
        );
        assert_eq!(kind("California wildfires spread"), None);
        assert_eq!(kind("Sports"), None);
        assert_eq!(kind(""), None);
    }

    #[test]
    fn a_combined_footer_link_names_the_policy() {
        let m = classify_text(
            "Privacy Policy/YOUR CALIFORNIA PRIVACY RIGHTS",
            &[],
            &mut String::new(),
        )
        .unwrap();
        assert_eq!(m.kind, LinkKind::Policy);
        assert_eq!(m.also.unwrap().cue, Cue::StateLaw);
        assert_eq!(
            kind("Privacy Notice | Your California Privacy Rights"),
            Some(LinkKind::Policy)
        );
        assert_eq!(kind("Privacy & Terms"), Some(LinkKind::Policy));
        assert_eq!(kind("Cookies, terms, & privacy"), Some(LinkKind::Policy));
        assert_eq!(kind("Privacy & Cookies"), Some(LinkKind::Policy));
    }

    #[test]
    fn narrower_policies_are_marked() {
        for t in [
            "Children's Privacy Policy",
            "Applicant Privacy Notice",
            "Previous Privacy Policy",
        ] {
            let m = classify_text(t, &[], &mut String::new()).unwrap();
            assert_eq!(m.kind, LinkKind::Policy, "{t}");
            assert!(m.narrower.is_some(), "{t}");
        }
        assert!(classify_text("Privacy Policy", &[], &mut String::new())
            .unwrap()
            .narrower
            .is_none());
    }

    #[test]
    fn extra_words_are_counted_but_fillers_and_brands_are_not() {
        let c = |t: &str, brand: &[&str]| {
            classify_text(t, brand, &mut String::new())
                .unwrap()
                .extra_words
        };
        assert_eq!(c("Read our Privacy Policy", &[]), 0);
        assert_eq!(c("Updated Privacy Policy", &[]), 0);
        assert_eq!(
            c(
                "More information about your privacy, opens in a new tab",
                &[]
            ),
            0
        );
        assert_eq!(c("Sky Privacy and Cookies Notice", &["sky"]), 0);
        assert_eq!(
            c("Facebook settles lawsuit over privacy violations", &[]),
            5
        );
    }

    #[test]
    fn policy_names_in_every_language() {
        for t in [
            "Datenschutzerklärung",
            "Datenschutzhinweise",
            "Datenschutz",
            "Politique de confidentialité",
            "Confidentialité",
            "Vie privée",
            "Política de privacidad",
            "Aviso de privacidad",
            "Informativa sulla privacy",
            "Informativa Privacy",
            "Política de Privacidade",
            "Privacybeleid",
            "Privacyverklaring",
            "Polityka prywatności",
            "Integritetspolicy",
            "Privatlivspolitik",
            "Personvernerklæring",
            "Personvern",
            "Tietosuojaseloste",
            "Zásady ochrany osobních údajů",
            "Ochrana osobních údajů",
            "Gizlilik Politikası",
            "KVKK Aydınlatma Metni",
            "Политика конфиденциальности",
            "プライバシーポリシー",
            "個人情報保護方針",
            "隐私政策",
            "隱私權政策",
            "개인정보처리방침",
            "개인정보 처리방침",
        ] {
            assert_eq!(kind(t), Some(LinkKind::Policy), "{t}");
        }
    }

    #[test]
    fn other_kinds_in_other_languages() {
        assert_eq!(kind("Cookie-Einstellungen"), Some(LinkKind::Settings));
        assert_eq!(kind("Impressum"), Some(LinkKind::Terms));
        assert_eq!(kind("Mentions légales"), Some(LinkKind::Terms));
        assert_eq!(kind("Politique de cookies"), Some(LinkKind::CookiePolicy));
        assert_eq!(kind("Cookiebeleid"), Some(LinkKind::CookiePolicy));
        assert_eq!(kind("Çerez Politikası"), Some(LinkKind::CookiePolicy));
        assert_eq!(kind("Пользовательское соглашение"), Some(LinkKind::Terms));
        assert_eq!(kind("利用規約"), Some(LinkKind::Terms));
        assert_eq!(kind("Cookie設定"), Some(LinkKind::Settings));
        assert_eq!(kind("쿠키 설정"), Some(LinkKind::Settings));
        assert_eq!(kind("Paramètres des cookies"), Some(LinkKind::Settings));
        assert_eq!(
            kind("Datenschutz- und Cookie-Erklärung"),
            Some(LinkKind::Policy)
        );
    }

    #[test]
    fn unspaced_scripts_match_inside_longer_text() {
        assert_eq!(kind("查看隐私政策"), Some(LinkKind::Policy));
        assert_eq!(kind("個人情報の取り扱いについて"), Some(LinkKind::Policy));
    }

    #[test]
    fn automata_stay_small() {
        let t = tables();
        eprintln!(
            "text automaton {} bytes, URL automaton {} bytes",
            t.text.memory_usage(),
            t.url.memory_usage()
        );
        assert!(t.text.memory_usage() + t.url.memory_usage() < 4 << 20);
    }

    #[test]
    fn the_trigram_filter_lets_every_phrase_through() {
        let t = tables();
        for kw in KEYWORDS {
            if !matches!(kw.cue, Cue::DocNoun | Cue::Narrower | Cue::StateName) {
                assert_eq!(
                    screen(kw.example, t),
                    Screen::MayMatch,
                    "{:?} filtered out",
                    kw.example
                );
                let shouted = format!("Read the {}!", kw.example.to_uppercase());
                assert_eq!(
                    screen(&shouted, t),
                    Screen::MayMatch,
                    "{shouted:?} filtered out"
                );
            }
        }
        assert_eq!(screen("Election results as they come in", t), Screen::Other);
        assert_eq!(screen("Police contact the press", t), Screen::Other);
        assert_eq!(screen("", t), Screen::Generic);
        assert_eq!(screen("Click HERE to read more", t), Screen::Generic);
        assert_eq!(screen("Do-Not-Sell", t), Screen::MayMatch);
        assert_eq!(screen("x: Privacy.", t), Screen::MayMatch);
    }

    #[test]
    fn generic_texts() {
        let mut b = String::new();
        for t in [
            "",
            "here",
            "Click here",
            "Read more",
            "Learn more",
            "More information",
            "hier",
        ] {
            assert!(is_generic(t, &mut b), "{t}");
        }
        assert!(!is_generic("Contact us", &mut b));
    }

    #[test]
    fn url_words() {
        let u = classify_url("/privacy-policy/");
        assert_eq!(u.kind.unwrap().0, LinkKind::Policy);
        assert!(u.policy_name && u.privacy && u.other.is_none());
        assert_eq!(
            classify_url("/legal/privacy").kind.unwrap().0,
            LinkKind::Policy
        );
        assert_eq!(
            classify_url("/privacy/cookie-policy").kind.unwrap().0,
            LinkKind::CookiePolicy
        );
        assert_eq!(
            classify_url("/privacy/california").kind.unwrap().0,
            LinkKind::Supplement
        );
        assert_eq!(
            classify_url("/do-not-sell-my-personal-information")
                .kind
                .unwrap()
                .0,
            LinkKind::OptOut
        );
        assert_eq!(
            classify_url("/Terms-Of-Use").kind.unwrap().0,
            LinkKind::Terms
        );
        assert!(classify_url("/tag/privacy/").listing);
        assert_eq!(classify_url("/sports/story.html"), UrlMatch::default());
    }
}
