//! Blocks → documents → sections → sentences.
//!
//! * **Documents**: a legal hub (privacy policy + terms + DPA + cookie policy on one page) is
//!   split at blocks that are exactly a document title. Terms and processing agreements are
//!   kept out of the analysis: their licence and assignment clauses are not privacy practice.
//! * **Sections**: every heading (real, bold-only line, or a short title-like line) opens one.
//! * **Sentences**: split inside blocks at `.`/`!`/`?` followed by a capital, a digit or a
//!   quote — not after abbreviations ("e.g.", "Inc.", "U.S."), list numbers ("6.") or initials,
//!   and also where a space is missing ("here.Hotjar is").

use serde::{Deserialize, Serialize};

use crate::text::{Block, BlockKind, PolicyText, Region};

/// The kind of a document on a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// A privacy policy / notice / statement (or an unlabelled page, read as one).
    Privacy,
    /// A cookie policy.
    Cookie,
    /// Terms of service / use, EULA, acceptable use.
    Terms,
    /// A data processing agreement (the company as processor for its customers).
    Processing,
}

impl DocKind {
    /// Whether the practices are read from this kind of document.
    pub fn analysed(self) -> bool {
        matches!(self, DocKind::Privacy | DocKind::Cookie)
    }
}

/// A document: a byte range of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Title ("Terms of Service"); the page title for the first document.
    pub title: String,
    /// Kind.
    pub kind: DocKind,
    /// Whether its sentences are analysed.
    pub analysed: bool,
    /// Start offset in the text.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
}

/// A section: a heading and what follows it until the next heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Heading text.
    pub heading: String,
    /// Heading level: 1–6 for real headings, 7 for bold or title-like lines.
    pub level: u8,
    /// Byte range of the heading in the text.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
}

/// A sentence: `text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sentence {
    /// Start offset in the text.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// Index into [`Segmented::sections`]; `None` before the first heading.
    pub section: Option<usize>,
    /// Index into [`Segmented::documents`].
    pub doc: usize,
    /// Page region of its block.
    pub region: Region,
}

/// The segmented text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Segmented {
    /// Documents, in order; at least one when the text is not empty.
    pub documents: Vec<Document>,
    /// Sections, in order.
    pub sections: Vec<Section>,
    /// Sentences of all documents, in order (headings are not sentences).
    pub sentences: Vec<Sentence>,
}

impl Segmented {
    /// Sentences of the analysed documents.
    pub fn analysed(&self) -> impl Iterator<Item = &Sentence> {
        self.sentences
            .iter()
            .filter(move |s| self.documents[s.doc].analysed)
    }

    /// How many sentences are analysed.
    pub fn analysed_sentence_count(&self) -> usize {
        self.analysed().count()
    }

    /// Heading of a sentence's section ("" before the first heading).
    pub fn heading_of(&self, s: &Sentence) -> &str {
        s.section.map_or("", |i| self.sections[i].heading.as_str())
    }

    /// A title for the report: `<title>`, else the first heading, else the first line.
    pub fn title(&self, text: &PolicyText) -> String {
        let raw = text
            .title
            .clone()
            .or_else(|| self.sections.first().map(|s| s.heading.clone()))
            .or_else(|| text.blocks.first().map(|b| text.block_text(b).to_string()))
            .unwrap_or_default();
        truncate_chars(&raw, 120)
    }
}

fn truncate_chars(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Minimum number of sentences for a Terms or DPA block to count as a separate document;
/// a shorter "Terms of Use" section inside a privacy policy is part of the policy.
const MIN_FOREIGN_DOC_SENTENCES: usize = 15;

/// Segments extracted text.
pub fn segment(text: &PolicyText) -> Segmented {
    let mut out = Segmented::default();
    let first_kind = text
        .title
        .as_deref()
        .and_then(doc_title_kind)
        .unwrap_or(DocKind::Privacy);
    out.documents.push(Document {
        title: text.title.clone().unwrap_or_default(),
        kind: first_kind,
        analysed: true,
        start: 0,
        end: text.text.len(),
    });
    let mut section: Option<usize> = None;
    // Index in `out.sentences` of the current (last) document's first sentence.
    let mut doc_first_sentence = 0usize;
    let blocks = &text.blocks;
    for (i, block) in blocks.iter().enumerate() {
        // A sidebar (`<aside>`, `role=complementary`) holds related links and headlines
        // ("Why end-to-end encryption matters"), not what the policy says: not read, and its
        // headings open no section (main text after it stays under the policy's heading). A
        // table's column titles are no statement and no heading either.
        if block.region == Region::Aside || block.kind == BlockKind::TableHead {
            continue;
        }
        let body = text.block_text(block);
        let level = heading_level(block, body, blocks.get(i + 1), text);
        // A standalone line that is exactly a document title starts a document, even when
        // a date line follows it ("Terms of Service" / "Updated May 1, 2020.").
        let title_kind = (level.is_some()
            || (block.region == Region::Main && matches!(block.kind, BlockKind::Paragraph)))
        .then(|| doc_title_kind(body))
        .flatten();
        if let Some(level) = level.or(title_kind.map(|_| 7)) {
            if let Some(kind) = title_kind {
                // Sentences are appended in document order: the current document's are the
                // tail (counting them by filter is quadratic in pages of many titles).
                let doc_sentences = out.sentences.len() - doc_first_sentence;
                let doc = out.documents.last_mut().expect("one document");
                if doc_sentences == 0 || (doc_sentences < 3 && doc.kind == kind) {
                    // A title at the top names the document we are in.
                    doc.kind = kind;
                    doc.title = body.to_string();
                } else if kind != doc.kind {
                    doc.end = block.start;
                    doc_first_sentence = out.sentences.len();
                    out.documents.push(Document {
                        title: body.to_string(),
                        kind,
                        analysed: true,
                        start: block.start,
                        end: text.text.len(),
                    });
                }
            }
            out.sections.push(Section {
                heading: body.to_string(),
                level,
                start: block.start,
                end: block.end,
            });
            section = Some(out.sections.len() - 1);
            continue;
        }
        let doc = out.documents.len() - 1;
        split_sentences(body, block.start, |start, end| {
            out.sentences.push(Sentence {
                start,
                end,
                section,
                doc,
                region: block.region,
            })
        });
    }
    // Terms and processing agreements are left out only when they are real documents.
    let mut counts = vec![0usize; out.documents.len()];
    for s in &out.sentences {
        counts[s.doc] += 1;
    }
    for (d, doc) in out.documents.iter_mut().enumerate() {
        doc.analysed = doc.kind.analysed() || counts[d] < MIN_FOREIGN_DOC_SENTENCES;
    }
    // A page that is only terms is still read (better than nothing), as one document.
    if !out.documents.iter().any(|d| d.analysed) {
        for doc in &mut out.documents {
            doc.analysed = true;
        }
    }
    out
}

/// Whether a block is a heading, and its level.
fn heading_level(block: &Block, body: &str, next: Option<&Block>, text: &PolicyText) -> Option<u8> {
    match block.kind {
        BlockKind::Heading(l) => return Some(l),
        BlockKind::BoldLine => return Some(7),
        BlockKind::Cell | BlockKind::ListItem | BlockKind::TableHead => return None,
        BlockKind::Paragraph => {}
    }
    if block.region != crate::text::Region::Main {
        return None;
    }
    // A short, title-like line followed by a longer block: a heading without markup. (The
    // length first: most blocks are long paragraphs, whose words need no counting.)
    if body.len() > 80 {
        return None;
    }
    let words = body.split_whitespace().count();
    let last = body.chars().last()?;
    let first = body.chars().next()?;
    let next_longer =
        next.is_some_and(|n| (n.end - n.start) > body.len() && text.block_text(n).len() > 40);
    // A question of three words or more is an FAQ's heading ("Can I get a copy of my data
    // or delete it?"), a little longer than a title.
    let question = last == '?' && (3..=14).contains(&words);
    ((words <= 10 && !matches!(last, '.' | ',' | ';' | '!' | '?' | '"' | '”' | ')') || question)
        && (first.is_uppercase() || first.is_ascii_digit())
        && next_longer)
        .then_some(7)
}

/// Titles that name a whole document, and its kind (matched on the lowercased line's end).
const TITLES: &[(&str, DocKind)] = &[
    ("privacy policy", DocKind::Privacy),
    ("privacy notice", DocKind::Privacy),
    ("privacy statement", DocKind::Privacy),
    ("data protection policy", DocKind::Privacy),
    ("data protection notice", DocKind::Privacy),
    ("privacy and cookie policy", DocKind::Privacy),
    ("privacy & cookie policy", DocKind::Privacy),
    ("privacy and cookies policy", DocKind::Privacy),
    ("cookie policy", DocKind::Cookie),
    ("cookies policy", DocKind::Cookie),
    ("cookie notice", DocKind::Cookie),
    ("cookie statement", DocKind::Cookie),
    ("terms of service", DocKind::Terms),
    ("terms of use", DocKind::Terms),
    ("terms and conditions", DocKind::Terms),
    ("terms & conditions", DocKind::Terms),
    ("terms of sale", DocKind::Terms),
    ("user agreement", DocKind::Terms),
    ("end user license agreement", DocKind::Terms),
    ("end user licence agreement", DocKind::Terms),
    ("acceptable use policy", DocKind::Terms),
    ("data processing agreement", DocKind::Processing),
    ("data processing addendum", DocKind::Processing),
    ("personal data processing agreement", DocKind::Processing),
];

/// Whether a heading names a whole document, and which kind.
pub fn doc_title_kind(heading: &str) -> Option<DocKind> {
    // Titles are short; most blocks are paragraphs and leave here without allocating.
    if heading.len() > 90 {
        return None;
    }
    // Every title below ends with one of these words; a line that does not (in any ASCII
    // case: no other character lowercases to them) is none, without lowercasing it.
    const LAST_WORDS: &[&str] = &[
        "policy",
        "notice",
        "statement",
        "service",
        "use",
        "conditions",
        "sale",
        "agreement",
        "addendum",
    ];
    let trimmed = heading.trim().trim_end_matches([':', '.']);
    let t = trimmed.as_bytes();
    if !LAST_WORDS
        .iter()
        .any(|w| t.len() >= w.len() && t[t.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes()))
    {
        return None;
    }
    let h = trimmed.to_lowercase();
    let h = h.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    let words: Vec<&str> = h.split_whitespace().collect();
    if words.is_empty() || words.len() > 7 {
        return None;
    }
    for (title, kind) in TITLES {
        if let Some(prefix) = h.strip_suffix(title) {
            // Allow a short name before the title ("Miradore Terms of Service", "Website
            // Privacy Policy"), not a phrase ("Changes to this Privacy Policy").
            let prefix_words: Vec<&str> = prefix.split_whitespace().collect();
            let phrase = prefix_words.iter().any(|w| {
                matches!(
                    *w,
                    "to" | "this"
                        | "our"
                        | "of"
                        | "the"
                        | "about"
                        | "in"
                        | "for"
                        | "and"
                        | "with"
                        | "your"
                        | "by"
                        | "under"
                        | "see"
                        | "on"
                        | "from"
                        | "changes"
                        | "updates"
                        | "scope"
                        | "acceptance"
                        | "contact"
                        | "questions"
                )
            });
            if prefix_words.len() <= 3 && !phrase {
                return Some(*kind);
            }
        }
    }
    None
}

/// Words before a period that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "eg", "ie", "mr", "mrs", "ms", "dr", "st", "vs", "v", "approx", "cf", "al", "jr",
    "sr", "dept", "ave", "incl", "p.o", "esp", "viz", "ca", "resp", "min", "max", "op", "bzw",
    "z.b", "d.h",
];

/// Abbreviations that may also end a sentence: they end it when the next word is a usual
/// sentence opener ("… in the U.S. We …", "… Acme Inc. The …").
const CLOSING_ABBREVIATIONS: &[&str] = &[
    "inc", "ltd", "llc", "co", "corp", "u.s", "u.k", "e.u", "u.s.a", "s.a", "n.v", "b.v", "gmbh",
    "plc", "pty", "etc",
];

/// Abbreviations that only stand before a number ("No. 5", "Art. 6").
const NUMBER_ABBREVIATIONS: &[&str] = &[
    "no", "nos", "art", "sec", "fig", "vol", "pp", "par", "para", "ch",
];

/// Words that usually open a sentence.
const OPENERS: &[&str] = &[
    "we", "you", "our", "your", "this", "these", "if", "the", "in", "for", "then", "it", "they",
    "please", "when", "to", "as", "all", "any", "such", "some", "however", "where", "each", "no",
    "by", "with", "unless", "there", "that", "those", "i", "a", "an",
];

/// Whether a period after `word` leaves the sentence open, given the next word.
fn is_abbreviation(word: &str, next_word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.len() > 8 {
        // Longer than every listed abbreviation and than one letter: not one. Checked first
        // so a long run without spaces costs nothing at each of its periods.
        return false;
    }
    let w = w.to_ascii_lowercase();
    let next = next_word
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    if NUMBER_ABBREVIATIONS.contains(&w.as_str()) {
        return next.starts_with(|c: char| c.is_ascii_digit());
    }
    if CLOSING_ABBREVIATIONS.contains(&w.as_str()) {
        return !OPENERS.contains(&next.trim_end_matches(|c: char| !c.is_alphanumeric()));
    }
    ABBREVIATIONS.contains(&w.as_str())
        // Initials and single letters: "J. Smith", "(a) …"
        || (w.chars().count() == 1 && w.chars().all(|c| c.is_alphabetic()))
}

/// Past this many bytes a "sentence" is cut: at the next space after `;`, `,` or `:`, else at
/// the next space after another 1 KB, else (no spaces at all) at twice the length. Real
/// sentences stay far below it (99.9% of the eval sets' sentences are under 1 KB, 3 of ~100,000
/// over 4 KB); without it, one giant sentence was quoted as evidence by every practice (a
/// copy each: 17x its size in memory) and scanned whole by every cue.
pub const MAX_SENTENCE: usize = 4096;

/// Bytes that may end a sentence: `.`, `!`, `?`, and the lead byte of `。`.
const MARK_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xE3] = true;
    t
};

/// Splits one block into sentences, calling `emit(start, end)` with absolute offsets.
///
/// Only the marks that may end a sentence are looked at: the bytes between them are skipped
/// in one scan, and the word before a mark is read back from it when the mark is reached
/// ([`word_before`]).
pub fn split_sentences(block: &str, offset: usize, mut emit: impl FnMut(usize, usize)) {
    let bytes = block.as_bytes();
    let mut start = 0usize;
    let mut i = 0usize;
    // The word as it stood at `known_at` (just after the last group of marks).
    let mut known = Word::default();
    let mut known_at = 0usize;
    while i < bytes.len() {
        let c = bytes[i];
        if i - start >= MAX_SENTENCE {
            if long_sentence_cut(block, start, i) {
                emit_trimmed(block, offset, start, i, &mut emit);
                start = i;
            }
        } else if !MARK_BYTES[c as usize] {
            // Skip to the next possible mark, or to where a long sentence gets cut.
            let limit = (start + MAX_SENTENCE).min(bytes.len());
            match bytes[i..limit].iter().position(|&b| MARK_BYTES[b as usize]) {
                Some(k) => i += k,
                None => {
                    i = limit;
                    while !block.is_char_boundary(i) {
                        i += 1;
                    }
                }
            }
            continue;
        }
        let is_end = matches!(c, b'.' | b'!' | b'?');
        let cjk_end = bytes[i..].starts_with("。".as_bytes());
        if !is_end && !cjk_end {
            i += block[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let j = mark_group_end(bytes, i, cjk_end);
        let word = word_before(block, known_at, &known, i);
        if boundary(block, start, i, j, cjk_end, &word) {
            emit_trimmed(block, offset, start, j, &mut emit);
            start = j;
        }
        // The marks are neither letters nor whitespace: the word goes on, no longer plain.
        known = Word {
            alpha_from: j,
            ..word
        };
        known_at = j;
        i = j;
    }
    emit_trimmed(block, offset, start, bytes.len(), &mut emit);
}

/// Whether a sentence that began at `start` and is past [`MAX_SENTENCE`] is cut at `i`: at
/// a space after `;`, `,` or `:`, at any space another 1 KB on, and anywhere at twice the
/// length.
fn long_sentence_cut(block: &str, start: usize, i: usize) -> bool {
    let (bytes, len) = (block.as_bytes(), i - start);
    if bytes[i] == b' ' {
        matches!(bytes[i - 1], b';' | b',' | b':') || len >= MAX_SENTENCE + 1024
    } else {
        len >= 2 * MAX_SENTENCE && block.is_char_boundary(i)
    }
}

/// The end of the group of marks that starts at `i` (`。` when `cjk`): closing quotes and
/// brackets and repeated punctuation stay with the sentence.
fn mark_group_end(bytes: &[u8], i: usize, cjk: bool) -> usize {
    let mut j = i + if cjk { '。'.len_utf8() } else { 1 };
    while j < bytes.len() && matches!(bytes[j], b'.' | b'!' | b'?' | b'"' | b'\'' | b')') {
        j += 1;
    }
    for close in ["”", "’"] {
        if bytes[j..].starts_with(close.as_bytes()) {
            j += close.len();
        }
    }
    j
}

/// The word that ends at `at`, given the word as it stood at `known_at` (`known`): read back
/// to the last whitespace, never past `known_at`, so every byte is read back at most once
/// however long a run without spaces is ("a.b.c.d…").
fn word_before(block: &str, known_at: usize, known: &Word, at: usize) -> Word {
    let span = &block[known_at..at];
    let (from, mut word) = match span.char_indices().rev().find(|(_, c)| c.is_whitespace()) {
        Some((k, c)) => {
            let after = known_at + k + c.len_utf8();
            let fresh = Word {
                start: after,
                alnum: None,
                alpha_from: after,
            };
            (after, fresh)
        }
        None => (known_at, known.clone()),
    };
    for (k, c) in block[from..at].char_indices() {
        if !c.is_alphabetic() {
            word.alpha_from = from + k + c.len_utf8();
        }
        if word.alnum.is_none() && c.is_alphanumeric() {
            word.alnum = Some(from + k);
        }
    }
    word
}

/// The sentence splitter as it was written first, char by char with the word kept up to date
/// at each: the reference the faster one is held to.
#[cfg(test)]
fn split_sentences_reference(block: &str, offset: usize, mut emit: impl FnMut(usize, usize)) {
    let bytes = block.as_bytes();
    let mut start = 0usize;
    let mut i = 0usize;
    let mut word = Word::default();
    while i < bytes.len() {
        let c = bytes[i];
        if i - start >= MAX_SENTENCE && long_sentence_cut(block, start, i) {
            emit_trimmed(block, offset, start, i, &mut emit);
            start = i;
        }
        let is_end = matches!(c, b'.' | b'!' | b'?');
        let cjk_end = bytes[i..].starts_with("。".as_bytes());
        if !is_end && !cjk_end {
            let ch = if c.is_ascii() {
                c as char
            } else {
                block[i..].chars().next().unwrap_or(' ')
            };
            word.see(i, ch);
            i += ch.len_utf8();
            continue;
        }
        let j = mark_group_end(bytes, i, cjk_end);
        if boundary(block, start, i, j, cjk_end, &word) {
            emit_trimmed(block, offset, start, j, &mut emit);
            start = j;
        }
        word.alpha_from = j;
        i = j;
    }
    emit_trimmed(block, offset, start, bytes.len(), &mut emit);
}

/// The word being scanned (the text since the last whitespace): what a punctuation mark
/// needs to know about the word it ends.
#[derive(Default, Clone)]
struct Word {
    /// Where it starts: just after the last whitespace char.
    start: usize,
    /// Its first alphanumeric char, if any (the word without leading "(" or quotes).
    alnum: Option<usize>,
    /// Just after its last non-alphabetic char: the word is all letters when this is at or
    /// before `start`.
    alpha_from: usize,
}

#[cfg(test)]
impl Word {
    fn see(&mut self, at: usize, c: char) {
        let after = at + c.len_utf8();
        if c.is_whitespace() {
            *self = Word {
                start: after,
                alnum: None,
                alpha_from: after,
            };
            return;
        }
        if !c.is_alphabetic() {
            self.alpha_from = after;
        }
        if self.alnum.is_none() && c.is_alphanumeric() {
            self.alnum = Some(at);
        }
    }
}

fn emit_trimmed(
    block: &str,
    offset: usize,
    start: usize,
    end: usize,
    emit: &mut impl FnMut(usize, usize),
) {
    let piece = &block[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.chars().any(|c| c.is_alphanumeric()) {
        emit(offset + start + lead, offset + start + lead + trimmed.len());
    }
}

/// Whether the punctuation at `dot` (ending at `after`) ends the sentence that began at
/// `start`.
fn boundary(block: &str, start: usize, dot: usize, after: usize, cjk: bool, word: &Word) -> bool {
    let rest = &block[after..];
    if rest.is_empty() {
        return false; // the block end closes it anyway
    }
    if cjk {
        return true;
    }
    // The word before the mark (since the last whitespace), and the same without leading
    // punctuation.
    let word_before = &block[word.start..dot];
    let word_alnum = &block[word.alnum.unwrap_or(dot)..dot];
    let so_far = block[start..dot].trim();
    // A list marker at the start of a block: "6." "iv." "a."
    let roman = !so_far.is_empty()
        && so_far.len() <= 4
        && so_far
            .chars()
            .all(|c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X'));
    let number =
        !so_far.is_empty() && so_far.len() <= 3 && so_far.chars().all(|c| c.is_ascii_digit());
    let mut chars = so_far.chars();
    let letter = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic());
    if number || roman || letter {
        return false;
    }
    let is_period = block.as_bytes()[dot] == b'.';
    let next = rest.chars().next().unwrap_or(' ');
    if next.is_whitespace() {
        let after_space = rest.trim_start();
        let first = after_space.chars().next().unwrap_or(' ');
        let next_word = after_space.split_whitespace().next().unwrap_or("");
        if is_period && is_abbreviation(word_alnum, next_word) {
            return false;
        }
        first.is_uppercase()
            || first.is_ascii_digit()
            || matches!(
                first,
                '"' | '“' | '‘' | '\'' | '(' | '[' | '•' | '-' | '–' | '*'
            )
            || !first.is_alphabetic() && !first.is_ascii_punctuation()
    } else if is_period && next.is_uppercase() {
        // Missing space: "here.Hotjar is". Not inside a domain or a dotted abbreviation.
        let before = block[..dot].chars().last().unwrap_or(' ');
        let word_is_plain = word.alpha_from <= word.start;
        let next_word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        before.is_lowercase()
            && word_is_plain
            && word_before.chars().nth(1).is_some()
            && next_word.chars().count() >= 2
            && next_word.chars().skip(1).all(|c| c.is_lowercase())
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::plain_to_text;

    type Spans = Vec<(usize, usize)>;

    fn both(s: &str) -> (Spans, Spans) {
        let (mut fast, mut slow) = (vec![], vec![]);
        split_sentences(s, 7, |a, b| fast.push((a, b)));
        split_sentences_reference(s, 7, |a, b| slow.push((a, b)));
        (fast, slow)
    }

    proptest::proptest! {
        /// The skipping splitter cuts exactly where the char-by-char one does.
        #[test]
        fn splitter_agrees_with_the_reference(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "We", " ", "  ", ".", ". ", "!", "?", "\u{a0}", "e.g.", "Inc.", "U.S.",
                    " The", "(", ")", "\"", "'", "”", "’", "。", "中", "é", "5", "6.", "\n",
                    ";", ",", ":", "x.com", "iv.", "Dr.", "here.Hotjar",
                ]),
                0..60,
            ),
        ) {
            let s: String = parts.concat();
            let (fast, slow) = both(&s);
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn splitter_agrees_with_the_reference_past_the_length_cut() {
        for unit in [
            "we share data with partners, ",
            "word ",
            "x",
            "é",
            "a.b",
            "中文",
            "sell; ",
            "The U.S. office. ",
        ] {
            for n in [1, 500, 3000, 9000] {
                let s = unit.repeat(n);
                let (fast, slow) = both(&s);
                assert_eq!(fast, slow, "{unit:?} x {n}");
            }
        }
    }

    #[test]
    fn splitter_agrees_with_the_reference_on_the_eval_texts() {
        let mut seen = 0;
        for dir in ["../shared/eval/practices/docs", "../shared/seeds"] {
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            for e in entries.flatten() {
                let Ok(bytes) = std::fs::read(e.path()) else {
                    continue;
                };
                let text = crate::text::extract(&bytes, &crate::text::Hints::default());
                for b in &text.blocks {
                    let body = text.block_text(b);
                    let (fast, slow) = both(body);
                    assert_eq!(fast, slow, "{}", e.path().display());
                }
                seen += 1;
            }
        }
        eprintln!("{seen} documents");
    }

    fn sentences(s: &str) -> Vec<String> {
        let mut out = vec![];
        split_sentences(s, 0, |a, b| out.push(s[a..b].to_string()));
        out
    }

    #[test]
    fn giant_sentences_are_cut_into_bounded_pieces() {
        // A list without a full stop: cut after a comma once past the limit.
        let list = "we share your data with partners, ".repeat(1000);
        let pieces = sentences(&list);
        assert!(pieces.len() > 1);
        for p in &pieces {
            assert!(p.len() <= MAX_SENTENCE + 64, "{}", p.len());
            assert!(
                p.ends_with(','),
                "cut after the comma: {:?}",
                &p[p.len() - 20..]
            );
        }
        // No punctuation: at a space 1 KB later. No spaces: at twice the limit.
        for (text, bound) in [
            ("word ".repeat(5000), MAX_SENTENCE + 1024 + 8),
            ("x".repeat(50_000), 2 * MAX_SENTENCE),
        ] {
            let pieces = sentences(&text);
            assert!(pieces.len() > 1);
            assert!(
                pieces.iter().all(|p| p.len() <= bound),
                "{:?}",
                pieces.iter().map(|p| p.len()).collect::<Vec<_>>()
            );
            assert_eq!(pieces.concat().replace(' ', ""), text.replace(' ', ""));
        }
        // An ordinary long sentence is untouched.
        let long = format!(
            "{}.",
            "We may share it with our partners ".repeat(60).trim_end()
        );
        assert_eq!(sentences(&long), [long.as_str()]);
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sentences("We use tools, e.g. Google Analytics, run by Google Inc. in the U.S. and the E.U. Then we stop."),
            ["We use tools, e.g. Google Analytics, run by Google Inc. in the U.S. and the E.U.", "Then we stop."]
        );
    }

    #[test]
    fn list_numbers_and_missing_spaces() {
        assert_eq!(
            sentences("6. We do not advertise. We sell nothing."),
            ["6. We do not advertise.", "We sell nothing."]
        );
        assert_eq!(
            sentences("HotjarSee here.Hotjar is a tool. It records visits."),
            ["HotjarSee here.", "Hotjar is a tool.", "It records visits."]
        );
        assert_eq!(
            sentences("Visit miradore.com for more. Or not."),
            ["Visit miradore.com for more.", "Or not."]
        );
    }

    #[test]
    fn quotes_and_questions() {
        assert_eq!(
            sentences("Do we sell data? No. We say “never.” Really!"),
            ["Do we sell data?", "No.", "We say “never.”", "Really!"]
        );
        assert_eq!(sentences("Version 2.5 applies."), ["Version 2.5 applies."]);
    }

    #[test]
    fn legal_hub_is_split_and_terms_left_out() {
        let mut s = String::from(
            "Legal Documents\nPrivacy Policy\nWe do not sell your personal data to anyone.\n",
        );
        s.push_str("Miradore Terms of Service\n");
        for i in 0..20 {
            s.push_str(&format!(
                "You agree to clause number {i} of this agreement.\n"
            ));
        }
        s.push_str("Cookie Policy\nWe use cookies for advertising on this site.\n");
        let t = plain_to_text(&s);
        let seg = segment(&t);
        let kinds: Vec<_> = seg.documents.iter().map(|d| (d.kind, d.analysed)).collect();
        assert_eq!(
            kinds,
            [
                (DocKind::Privacy, true),
                (DocKind::Terms, false),
                (DocKind::Cookie, true)
            ]
        );
        assert!(seg
            .analysed()
            .all(|s| !t.text[s.start..s.end].contains("clause")));
        assert_eq!(seg.analysed_sentence_count(), 3);
    }

    #[test]
    fn an_faq_question_line_opens_a_section() {
        let t = plain_to_text("Acme Privacy Notice\n\nCan I get a copy of my data or delete it?\n\nYes. Go to Settings and choose Export my data to download everything we hold.\n\nWhy?\n\nBecause the law says so, and we agree with it wholeheartedly.\n");
        let seg = segment(&t);
        let heads: Vec<&str> = seg.sections.iter().map(|s| s.heading.as_str()).collect();
        assert!(
            heads.contains(&"Can I get a copy of my data or delete it?"),
            "{heads:?}"
        );
        assert!(!heads.contains(&"Why?"), "{heads:?}");
    }

    #[test]
    fn sidebars_are_not_read() {
        let t = crate::text::html_to_text("<main><h1>Privacy Policy</h1><p>We do not sell your data to anyone at all.</p></main><aside><h3>New this week</h3><p><a href=\"/e/1\">Episode 12: Why encryption matters</a></p></aside><footer><p>Do Not Sell My Personal Information</p></footer>");
        let seg = segment(&t);
        let read: Vec<&str> = seg.analysed().map(|s| &t.text[s.start..s.end]).collect();
        assert!(read.iter().all(|s| !s.contains("encryption")), "{read:?}");
        assert!(
            read.iter().any(|s| s.contains("Do Not Sell My")),
            "{read:?}"
        );
        // The sidebar's heading opens no section: main text after it keeps the policy's.
        let t = crate::text::html_to_text("<h2>Sharing</h2><p>We share data with processors.</p><aside><h3>Related posts</h3></aside><p>We also share it with auditors.</p>");
        let seg = segment(&t);
        let last = seg.sentences.last().expect("a sentence");
        assert_eq!(seg.heading_of(last), "Sharing");
    }

    #[test]
    fn a_short_terms_section_stays_in_the_policy() {
        let t = plain_to_text("Privacy Policy\nWe collect little and we say why in this long enough sentence.\nTerms of Use\nYour use of the site is governed by our Terms of Use, which you should read.\n");
        let seg = segment(&t);
        assert!(seg.documents.iter().all(|d| d.analysed));
    }

    #[test]
    fn every_document_title_ends_with_a_listed_last_word() {
        // The early exit of doc_title_kind must never hide a title: each one, in any case and
        // with a short name before it, is still recognised.
        for (t, _) in TITLES {
            assert!(doc_title_kind(t).is_some(), "{t}");
            let shouted = format!("Acme {}:", t.to_uppercase());
            assert!(doc_title_kind(&shouted).is_some(), "{shouted}");
        }
    }

    #[test]
    fn doc_titles() {
        assert_eq!(
            doc_title_kind("Miradore Terms of Service"),
            Some(DocKind::Terms)
        );
        assert_eq!(doc_title_kind("Changes to this Privacy Policy"), None);
        assert_eq!(doc_title_kind("Cookie Policy"), Some(DocKind::Cookie));
        assert_eq!(doc_title_kind("Cookies"), None);
    }

    #[test]
    fn sections_carry_headings() {
        let t = plain_to_text("# Policy\n## Do Not Track\nWe do not respond to DNT signals.\n");
        let seg = segment(&t);
        assert_eq!(seg.heading_of(&seg.sentences[0]), "Do Not Track");
    }
}
