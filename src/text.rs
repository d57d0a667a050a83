//! `bytes → text`: decodes the input (charset from hints, BOM or `<meta>`), then turns HTML
//! or plain/markdown-ish text into one string of blocks (one block per line) with their kind
//! and the page region they came from.
//!
//! Charsets: UTF-8, UTF-16 and windows-1252 are decoded here; other legacy charsets with
//! `encoding_rs` (feature `encoding`, on by default, off in the WASM build where the browser's
//! `TextDecoder` does the job before the bytes reach us).
//!
//! HTML is tokenised by [`html5gum`], a WHATWG-compliant tokenizer: it decodes entities
//! exactly as browsers do and treats `<script>`/`<style>` contents as raw text, which a
//! hand-written scanner gets wrong on hostile markup. We do not need a DOM (html5ever's tree
//! builder would triple the WASM size), only the stream of tags and text.
//!
//! Whitespace inside a block is collapsed to single spaces, so evidence quotes copied from a
//! page's visible text (whitespace collapsed) are substrings of our text.

use std::borrow::Cow;

use crate::fnv::Fnv;
use crate::html::{Attrs, Token};
use serde::{Deserialize, Serialize};

/// Hints about the input, usually from HTTP headers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hints {
    /// Charset label (`windows-1252`, `utf-8`, …); `None` = sniff BOM and `<meta>`.
    pub charset: Option<String>,
    /// Content type (`text/html`, `text/plain`); `None` = sniff from the content.
    pub content_type: Option<String>,
}

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// `<h1>`–`<h6>` or a markdown `#` heading, with its level (1–6).
    Heading(u8),
    /// A short block that is entirely bold (`<p><strong>Cookies</strong></p>`): a heading
    /// written without heading markup.
    BoldLine,
    /// A paragraph or any other run of text.
    Paragraph,
    /// A list item.
    ListItem,
    /// A table cell, or a table row of plain cells joined by `" | "`.
    Cell,
    /// A table's first row of column titles (`<th>`s only): read for neither headings nor
    /// sentences.
    TableHead,
}

/// Where on the page a block sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    /// Main content (or unknown).
    Main,
    /// `<header>` / `role=banner`.
    Header,
    /// `<nav>` / `role=navigation`.
    Nav,
    /// `<footer>` / `role=contentinfo`.
    Footer,
    /// `<aside>` / `role=complementary`.
    Aside,
    /// `<dialog>` / `role=dialog` / cookie banners.
    Dialog,
}

/// One block of text: `PolicyText::text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// Byte offset of the block in [`PolicyText::text`].
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// Kind of block.
    pub kind: BlockKind,
    /// Page region.
    pub region: Region,
}

/// Extracted text: blocks joined by `\n`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PolicyText {
    /// The visible text, one block per line, whitespace collapsed inside blocks.
    pub text: String,
    /// The blocks, in order, covering every non-empty line of `text`.
    pub blocks: Vec<Block>,
    /// `<title>` of an HTML page.
    pub title: Option<String>,
    /// `<html lang>` of an HTML page.
    pub lang: Option<String>,
}

impl PolicyText {
    /// The text of a block.
    pub fn block_text(&self, b: &Block) -> &str {
        &self.text[b.start..b.end]
    }

    /// Builds a `PolicyText` from already visible text (e.g. `document.body.innerText` handed
    /// over by a content script): every line is a block.
    pub fn from_plain(text: &str) -> PolicyText {
        plain_to_text(text)
    }
}

/// Decodes bytes and extracts their text.
pub fn extract(bytes: &[u8], hints: &Hints) -> PolicyText {
    let decoded = decode(bytes, hints);
    extract_str(&decoded, hints)
}

/// Extracts the text of an already decoded string (HTML or plain, sniffed unless hinted).
pub fn extract_str(input: &str, hints: &Hints) -> PolicyText {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    if is_html(input, hints.content_type.as_deref()) {
        html_to_text(input)
    } else {
        plain_to_text(input)
    }
}

/// `bytes` as UTF-8, invalid sequences replaced. Valid text (nearly all of it) goes through
/// `str::from_utf8`, which checks ASCII a word at a time; the lossy decoder walks byte by
/// byte.
pub(crate) fn utf8_lossy(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// Decodes bytes to a string: a BOM, else the hint's charset, else a `<meta charset>` in the
/// first 1024 bytes, else UTF-8 when valid, else windows-1252 (what browsers fall back to).
/// Never fails: malformed sequences become U+FFFD.
pub fn decode<'a>(bytes: &'a [u8], hints: &Hints) -> Cow<'a, str> {
    if let Some((cs, bom_len)) = bom(bytes) {
        return cs.decode(&bytes[bom_len..]);
    }
    let hinted = hints.charset.as_deref().and_then(Charset::from_label);
    let declared = hinted.or_else(|| meta_charset(bytes).and_then(|l| Charset::from_label(&l)));
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    let charset = match declared {
        // A page that declares latin-1 but is valid UTF-8 with non-ASCII bytes is UTF-8 (saved
        // pages keep their old <meta>; HTTP tells browsers the truth).
        Some(Charset::Windows1252) if hinted.is_none() && valid_utf8 && !bytes.is_ascii() => {
            Charset::Utf8
        }
        // UTF-16 labels in <meta> are ignored by browsers: the bytes would not be ASCII then.
        Some(Charset::Utf16Le | Charset::Utf16Be) if hinted.is_none() => Charset::Utf8,
        Some(c) => c,
        None if valid_utf8 => Charset::Utf8,
        None => Charset::Windows1252,
    };
    charset.decode(bytes)
}

/// The character sets we decode. UTF-8, UTF-16 and windows-1252 (which WHATWG also uses for
/// `iso-8859-1`, `latin1` and `ascii`) are built in; with the `encoding` feature every WHATWG
/// encoding is decoded by `encoding_rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Charset {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
    #[cfg(feature = "encoding")]
    Other(&'static encoding_rs::Encoding),
}

impl Charset {
    fn from_label(label: &str) -> Option<Charset> {
        #[cfg(feature = "encoding")]
        {
            let e = encoding_rs::Encoding::for_label(label.trim().as_bytes())?;
            Some(if e == encoding_rs::UTF_8 {
                Charset::Utf8
            } else if e == encoding_rs::UTF_16LE {
                Charset::Utf16Le
            } else if e == encoding_rs::UTF_16BE {
                Charset::Utf16Be
            } else if e == encoding_rs::WINDOWS_1252 {
                Charset::Windows1252
            } else {
                Charset::Other(e)
            })
        }
        #[cfg(not(feature = "encoding"))]
        {
            let l = label.trim().to_ascii_lowercase();
            match l.as_str() {
                "utf-8" | "utf8" | "unicode-1-1-utf-8" | "unicode11utf8" | "unicode20utf8"
                | "x-unicode20utf8" => Some(Charset::Utf8),
                "utf-16" | "utf-16le" | "unicode" | "ucs-2" | "csunicode" | "iso-10646-ucs-2"
                | "unicodefeff" => Some(Charset::Utf16Le),
                "utf-16be" | "unicodefffe" => Some(Charset::Utf16Be),
                "windows-1252" | "cp1252" | "x-cp1252" | "iso-8859-1" | "iso8859-1"
                | "iso_8859-1" | "iso88591" | "latin1" | "l1" | "us-ascii" | "ascii"
                | "ansi_x3.4-1968" | "cp819" | "csisolatin1" | "ibm819" | "iso-ir-100"
                | "iso_8859-1:1987" => Some(Charset::Windows1252),
                _ => None,
            }
        }
    }

    fn decode(self, bytes: &[u8]) -> Cow<'_, str> {
        match self {
            Charset::Utf8 => utf8_lossy(bytes),
            Charset::Utf16Le | Charset::Utf16Be => {
                let units = bytes.chunks(2).map(|c| match (self, c) {
                    (Charset::Utf16Le, [a, b]) => u16::from_le_bytes([*a, *b]),
                    (_, [a, b]) => u16::from_be_bytes([*a, *b]),
                    _ => 0xFFFD,
                });
                Cow::Owned(
                    char::decode_utf16(units)
                        .map(|r| r.unwrap_or('\u{fffd}'))
                        .collect(),
                )
            }
            Charset::Windows1252 => {
                if bytes.is_ascii() {
                    return utf8_lossy(bytes);
                }
                Cow::Owned(bytes.iter().map(|&b| windows_1252(b)).collect())
            }
            #[cfg(feature = "encoding")]
            Charset::Other(e) => e.decode_without_bom_handling(bytes).0,
        }
    }
}

/// A byte-order mark and its length.
fn bom(bytes: &[u8]) -> Option<(Charset, usize)> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => Some((Charset::Utf8, 3)),
        [0xFF, 0xFE, ..] => Some((Charset::Utf16Le, 2)),
        [0xFE, 0xFF, ..] => Some((Charset::Utf16Be, 2)),
        _ => None,
    }
}

/// windows-1252 as WHATWG defines it: latin-1 plus typographic characters in 0x80–0x9F.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        b => b as char,
    }
}

/// Finds `charset=...` inside a `<meta>` tag in the first 1024 bytes.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let tag_start = from + pos;
        let tag_end = find(&lower[tag_start..], b">").map_or(lower.len(), |e| tag_start + e);
        let tag = &lower[tag_start..tag_end];
        if let Some(c) = find(tag, b"charset") {
            let rest: Vec<u8> = tag[c + 7..]
                .iter()
                .skip_while(|b| b.is_ascii_whitespace())
                .copied()
                .collect();
            if rest.first() == Some(&b'=') {
                let value: Vec<u8> = rest[1..]
                    .iter()
                    .skip_while(|b| b.is_ascii_whitespace() || **b == b'"' || **b == b'\'')
                    .take_while(|b| {
                        !(b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b'/' | b'>'))
                    })
                    .copied()
                    .collect();
                if !value.is_empty() {
                    return Some(String::from_utf8_lossy(&value).into_owned());
                }
            }
        }
        from = tag_end.max(tag_start + 5);
        if from >= lower.len() {
            break;
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Whether the input is HTML: the content type says so, or it starts with markup.
fn is_html(input: &str, content_type: Option<&str>) -> bool {
    if let Some(ct) = content_type {
        let ct = ct.to_ascii_lowercase();
        if ct.contains("html") || ct.contains("xml") {
            return true;
        }
        if ct.starts_with("text/plain") || ct.contains("markdown") {
            return false;
        }
    }
    let head: String = input
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    let trimmed = head.trim_start();
    trimmed.starts_with("<!doctype")
        || trimmed.starts_with("<html")
        || trimmed.starts_with("<?xml")
        || trimmed.starts_with("<!--")
        || head.contains("<body")
        || head.contains("<head")
        || ((head.contains("<p>")
            || head.contains("<p ")
            || head.contains("<div")
            || head.contains("<br"))
            && head.contains("</"))
}

/// Collects blocks while text streams in.
#[derive(Default)]
struct Builder {
    text: String,
    blocks: Vec<Block>,
    /// Start of the current block in `text`, `None` when no block is open.
    open: Option<usize>,
    /// Whether a space is pending (collapsed whitespace) before the next visible char.
    space: bool,
    /// Bytes of the current block written while inside bold markup.
    bold_bytes: usize,
    /// Table state. A row of plain cells is written as one block, its cells joined by
    /// `" | "` the way a text table is written ("Precise geolocation | No | —"): a cell's
    /// label alone says nothing, its row does. A cell holding paragraphs or lists (a layout
    /// table) breaks the line, as any block does.
    table: Table,
}

/// Where the builder is in a table.
#[derive(Default)]
struct Table {
    /// Inside a `<tr>`.
    in_row: bool,
    /// The open row is its table's first.
    first_row: bool,
    /// The open row has a `<td>` (a row of `<th>`s only holds column titles).
    data: bool,
    /// Column of the current cell (`u16::MAX` before the row's first).
    col: u16,
    /// The open block is the open row's line: the next cell continues it.
    line: bool,
    /// A cell of the line ended: the next visible text goes after `" | "`.
    sep: bool,
    /// A cell is open (its end tag not seen yet).
    in_cell: bool,
    /// The current cell has no text yet.
    fresh: bool,
    /// Where the current cell's text starts in `text`.
    cell_start: usize,
    /// Short column titles of the current table (column, range in `title_text`): its first
    /// row, when that row is all `<th>`s.
    titles: Vec<(u16, u32, u32)>,
    title_text: String,
}

impl Builder {
    fn push_str(&mut self, s: &str, bold: bool) {
        // Runs of printable ASCII (most of any text) are pushed whole; every other character
        // goes through `push_char`.
        let printable = |b: u8| (0x21..0x7f).contains(&b);
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if printable(bytes[i]) {
                let mut j = i + 1;
                while j < bytes.len() && printable(bytes[j]) {
                    j += 1;
                }
                self.push_visible(&s[i..j], bold);
                i = j;
            } else {
                let c = s[i..].chars().next().unwrap_or(' ');
                self.push_char(c, bold);
                i += c.len_utf8();
            }
        }
    }

    fn push_char(&mut self, c: char, bold: bool) {
        match c {
            // Zero-width and soft-hyphen characters are invisible: drop them.
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => {}
            // Bidi controls are invisible too, and confuse matching.
            '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c if c.is_whitespace() || c.is_control() => self.space = true,
            c => {
                let mut buf = [0u8; 4];
                self.push_visible(c.encode_utf8(&mut buf), bold);
            }
        }
    }

    /// Pushes visible characters (no space or control among them).
    fn push_visible(&mut self, visible: &str, bold: bool) {
        match self.open {
            None => {
                if !self.text.is_empty() {
                    self.text.push('\n');
                }
                self.open = Some(self.text.len());
                self.bold_bytes = 0;
            }
            Some(_) if self.table.sep => self.text.push_str(" | "),
            Some(_) if self.space => {
                self.text.push(' ');
                if bold {
                    self.bold_bytes += 1;
                }
            }
            Some(_) => {}
        }
        self.space = false;
        self.table.sep = false;
        let t = &mut self.table;
        if t.fresh {
            t.fresh = false;
            t.cell_start = self.text.len();
            // A cell that starts with a bare yes or no is read with its column's short
            // title, when the table's first row gave one ("Identifiers | Sold: No").
            if is_yes_no(visible) {
                if let Some(&(_, a, b)) = t.titles.iter().find(|c| c.0 == t.col) {
                    self.text.push_str(&t.title_text[a as usize..b as usize]);
                    self.text.push_str(": ");
                }
            }
        }
        self.text.push_str(visible);
        if bold {
            self.bold_bytes += visible.len();
        }
    }

    fn end_block(&mut self, kind: BlockKind, region: Region) {
        self.space = false;
        self.table.line = false;
        self.table.sep = false;
        if let Some(start) = self.open.take() {
            let end = self.text.len();
            let len = end - start;
            let kind = if kind == BlockKind::Paragraph
                && self.bold_bytes * 10 >= len * 9
                && len <= 100
                && !self.text[start..end].ends_with('.')
            {
                BlockKind::BoldLine
            } else {
                kind
            };
            self.blocks.push(Block {
                start,
                end,
                kind,
                region,
            });
        }
    }

    /// A table, row or cell starts (`name` is `table`, `tr`, `td` or `th`); false when the
    /// open block goes on (a cell continuing its row's line).
    fn table_start(&mut self, name: &[u8], region: Region) -> bool {
        let t = &mut self.table;
        if name == b"td" || name == b"th" {
            if !t.in_row {
                return true;
            }
            // A cell left open (`<td>a<td>b`: end tags are optional) ends here.
            if t.in_cell {
                self.cell_end(b"td");
            }
            let t = &mut self.table;
            t.col = t.col.wrapping_add(1);
            t.data |= name == b"td";
            t.in_cell = true;
            t.fresh = true;
            if t.line && self.open.is_some() {
                t.sep = true;
                return false;
            }
            return true;
        }
        self.end_row(region);
        let t = &mut self.table;
        if name == b"table" {
            t.titles.clear();
            t.title_text.clear();
            t.first_row = true;
        }
        if name == b"tr" {
            (t.in_row, t.data, t.col) = (true, false, u16::MAX);
        }
        true
    }

    /// A cell ends: its text stays open as the row's line (a title of the table's first row
    /// is kept); false when the cell is not part of a row's line.
    fn cell_end(&mut self, name: &[u8]) -> bool {
        let t = &mut self.table;
        let open_cell = std::mem::take(&mut t.in_cell);
        if !t.in_row || !open_cell || self.open.is_none() {
            return false;
        }
        t.line = true;
        if t.fresh {
            return true;
        }
        // A title broken by `<br>` spans two blocks: not one line to repeat.
        let title = self.text[t.cell_start..].trim_end_matches(':');
        if t.first_row && name == b"th" && title.len() <= 40 && !title.contains('\n') {
            let a = t.title_text.len() as u32;
            t.title_text.push_str(title);
            t.titles.push((t.col, a, t.title_text.len() as u32));
        }
        true
    }

    /// The open row ends: its line becomes a block; a first row of `<th>`s only is the
    /// table's column titles, a block of its own kind (not a statement).
    fn end_row(&mut self, region: Region) {
        if self.table.in_cell {
            self.cell_end(b"td");
        }
        let t = &mut self.table;
        if !t.in_row {
            return;
        }
        (t.in_row, t.fresh) = (false, false);
        let head = t.first_row && !t.data;
        if t.first_row && t.data {
            t.titles.clear();
            t.title_text.clear();
        }
        t.first_row = false;
        if t.line {
            self.end_block(
                if head {
                    BlockKind::TableHead
                } else {
                    BlockKind::Cell
                },
                region,
            );
        }
    }

    fn finish(mut self, title: Option<String>, lang: Option<String>) -> PolicyText {
        self.end_row(Region::Main);
        self.end_block(BlockKind::Paragraph, Region::Main);
        PolicyText {
            text: self.text,
            blocks: self.blocks,
            title,
            lang,
        }
    }
}

/// Elements whose content is never visible text.
fn is_hidden_element(name: &[u8]) -> bool {
    matches!(
        name,
        b"script"
            | b"style"
            | b"noscript"
            | b"template"
            | b"svg"
            | b"math"
            | b"iframe"
            | b"object"
            | b"select"
            | b"textarea"
            | b"button"
            | b"head"
            | b"canvas"
            | b"video"
            | b"audio"
    )
}

/// Elements that start and end a block.
fn is_block_element(name: &[u8]) -> bool {
    matches!(
        name,
        b"p" | b"div"
            | b"li"
            | b"td"
            | b"th"
            | b"tr"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"section"
            | b"article"
            | b"header"
            | b"footer"
            | b"nav"
            | b"main"
            | b"aside"
            | b"table"
            | b"ul"
            | b"ol"
            | b"dl"
            | b"dt"
            | b"dd"
            | b"blockquote"
            | b"pre"
            | b"address"
            | b"figure"
            | b"figcaption"
            | b"caption"
            | b"form"
            | b"fieldset"
            | b"legend"
            | b"details"
            | b"summary"
            | b"dialog"
            | b"br"
            | b"hr"
            | b"body"
            | b"html"
            | b"center"
            | b"label"
            | b"tbody"
            | b"thead"
            | b"tfoot"
            | b"option"
    )
}

fn block_kind(name: &[u8]) -> BlockKind {
    match name {
        [b'h', d @ b'1'..=b'6'] => BlockKind::Heading(d - b'0'),
        b"li" | b"dt" | b"dd" => BlockKind::ListItem,
        b"td" | b"th" => BlockKind::Cell,
        _ => BlockKind::Paragraph,
    }
}

fn region_of(name: &[u8], role: Option<&[u8]>, cookieish: bool) -> Option<Region> {
    let by_role = role.and_then(|r| match r {
        b"navigation" => Some(Region::Nav),
        b"contentinfo" => Some(Region::Footer),
        b"banner" => Some(Region::Header),
        b"dialog" | b"alertdialog" => Some(Region::Dialog),
        b"complementary" => Some(Region::Aside),
        _ => None,
    });
    by_role.or(match name {
        b"nav" => Some(Region::Nav),
        b"footer" => Some(Region::Footer),
        b"header" => Some(Region::Header),
        b"aside" => Some(Region::Aside),
        b"dialog" => Some(Region::Dialog),
        _ if cookieish => Some(Region::Dialog),
        _ => None,
    })
}

/// A stack of open elements with a count per tag name. An end tag whose element is not open
/// costs one lookup instead of a scan of the whole stack, and a matched one scans only what it
/// pops: 100,000 unclosed `<div>`s followed by 100,000 stray `</p>`s were quadratic
/// (BENCHMARKS.md, F2). Names are kept as [`TagKey`]s: no allocation per element.
struct Open<T> {
    stack: Vec<(TagKey, T)>,
    counts: std::collections::HashMap<TagKey, u32, BuildFnv>,
}

/// A tag name as one number: names of up to 15 bytes (every HTML element) exactly, longer
/// custom-element names by a 64-bit FNV-1a hash.
type TagKey = u128;

fn tag_key(name: &[u8]) -> TagKey {
    if name.len() < 16 {
        let mut k = name.len() as u128;
        for (i, &b) in name.iter().enumerate() {
            k |= (b as u128) << (8 * (i + 1));
        }
        k
    } else {
        let mut h = Fnv::default();
        std::hash::Hasher::write(&mut h, name);
        (std::hash::Hasher::finish(&h) as u128) << 8 | 0xff
    }
}

type BuildFnv = std::hash::BuildHasherDefault<Fnv>;

impl<T: Copy> Open<T> {
    fn new() -> Self {
        Open {
            stack: Vec::new(),
            counts: std::collections::HashMap::default(),
        }
    }

    fn push(&mut self, name: &[u8], value: T) {
        let key = tag_key(name);
        *self.counts.entry(key).or_insert(0) += 1;
        self.stack.push((key, value));
    }

    /// Pops up to and including the innermost open `name`; false when none is open.
    fn close(&mut self, name: &[u8]) -> bool {
        let key = tag_key(name);
        if self.counts.get(&key).is_none_or(|&n| n == 0) {
            return false;
        }
        let Some(pos) = self.stack.iter().rposition(|e| e.0 == key) else {
            return false;
        };
        for (k, _) in self.stack.drain(pos..) {
            if let Some(c) = self.counts.get_mut(&k) {
                *c -= 1;
            }
        }
        true
    }

    fn is_empty(&self) -> bool {
        self.stack.is_empty()
    }

    fn top(&self) -> Option<T> {
        self.stack.last().map(|e| e.1)
    }
}

/// Converts HTML to blocks of visible text.
pub fn html_to_text(html: &str) -> PolicyText {
    let mut b = Builder::default();
    let mut hidden: Open<()> = Open::new();
    let mut regions: Open<Region> = Open::new();
    // Open block-level elements, to know the kind of the block being closed.
    let mut kinds: Open<BlockKind> = Open::new();
    let mut bold = 0usize;
    let mut in_title = false;
    let mut title = String::new();
    let mut lang = None;
    let current = |regions: &Open<Region>| regions.top().unwrap_or(Region::Main);
    crate::html::tokenize(html, &mut |token| match token {
        Token::StartTag(tag) => {
            let name: &[u8] = tag.name;
            if name == b"title" {
                in_title = true;
                return;
            }
            if name == b"html" && lang.is_none() {
                lang = tag
                    .attributes
                    .get(&b"lang"[..])
                    .map(|v| String::from_utf8_lossy(v).trim().to_ascii_lowercase());
            }
            // A disclosure's toggle (`<h2><button aria-expanded>…`, the accordion pattern)
            // holds the section's title: read, unlike other buttons (menu toggles in a
            // header or navigation stay out).
            let toggle = name == b"button"
                && (matches!(kinds.top(), Some(BlockKind::Heading(_)))
                    || (tag.attributes.contains_key(&b"aria-expanded"[..])
                        && current(&regions) == Region::Main));
            if !hidden.is_empty() || (is_hidden_element(name) && !toggle) {
                if !tag.self_closing && !is_void(name) {
                    hidden.push(name, ());
                }
                return;
            }
            if attr_hidden(tag.attributes) && !tag.self_closing && !is_void(name) {
                hidden.push(name, ());
                return;
            }
            if is_block_element(name) {
                let kind = kinds.top().unwrap_or(BlockKind::Paragraph);
                let ends = !matches!(name, b"table" | b"tr" | b"td" | b"th")
                    || b.table_start(name, current(&regions));
                if ends {
                    b.end_block(kind, current(&regions));
                }
                if !is_void(name) && !tag.self_closing {
                    kinds.push(name, block_kind(name));
                }
            }
            if matches!(name, b"b" | b"strong") {
                bold += 1;
            }
            let role = tag
                .attributes
                .get(&b"role"[..])
                .map(|v| v.to_ascii_lowercase());
            let cookieish = ["id", "class", "aria-label"].iter().any(|a| {
                tag.attributes.get(a.as_bytes()).is_some_and(|v| {
                    let v = v.to_ascii_lowercase();
                    find(&v, b"cookie").is_some() || find(&v, b"consent").is_some()
                })
            }) && matches!(name, b"div" | b"section" | b"aside");
            if let Some(r) = region_of(name, role.as_deref(), cookieish) {
                if !is_void(name) && !tag.self_closing {
                    regions.push(name, r);
                }
            }
        }
        Token::EndTag(name) => {
            if name == b"title" {
                in_title = false;
                return;
            }
            if hidden.close(name) {
                return;
            }
            if !hidden.is_empty() {
                return;
            }
            if matches!(name, b"b" | b"strong") {
                bold = bold.saturating_sub(1);
            }
            if is_block_element(name) {
                let kind = kinds.top().unwrap_or(BlockKind::Paragraph);
                if matches!(name, b"tr" | b"table") {
                    b.end_row(current(&regions));
                }
                if !(matches!(name, b"td" | b"th") && b.cell_end(name)) {
                    b.end_block(kind, current(&regions));
                }
                kinds.close(name);
            }
            regions.close(name);
        }
        Token::String(s) => {
            if in_title {
                title.push_str(&utf8_lossy(s));
            } else if hidden.is_empty() {
                b.push_str(&utf8_lossy(s), bold > 0);
            }
        }
    });
    let title = collapse(&title);
    b.finish(
        (!title.is_empty()).then_some(title),
        lang.filter(|l| !l.is_empty()),
    )
}

/// Whether a cell's first run of visible text is a bare yes or no ("Yes", "No."): the cell is
/// then read with its column's title.
fn is_yes_no(cell: &str) -> bool {
    let c = cell.trim_end_matches(['.', '*']);
    c.eq_ignore_ascii_case("yes") || c.eq_ignore_ascii_case("no")
}

fn is_void(name: &[u8]) -> bool {
    matches!(
        name,
        b"br"
            | b"hr"
            | b"img"
            | b"input"
            | b"meta"
            | b"link"
            | b"area"
            | b"base"
            | b"col"
            | b"embed"
            | b"source"
            | b"track"
            | b"wbr"
            | b"param"
    )
}

/// `hidden` attribute or an inline `display:none` (cookie panels' hidden tabs are kept: they
/// are part of the saved page's text, and users can open them).
fn attr_hidden(attrs: &Attrs) -> bool {
    if attrs.contains_key(&b"hidden"[..]) && !attrs.contains_key(&b"class"[..]) {
        return true;
    }
    attrs.get(&b"aria-hidden"[..]).is_some_and(|v| v == b"true")
        && attrs.get(&b"class"[..]).is_some_and(|c| {
            let c = c.to_ascii_lowercase();
            find(&c, b"icon").is_some()
        })
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Converts plain or markdown-ish text to blocks: one block per line (soft-wrapped lines are
/// joined), markdown headings, bullets, emphasis, escapes and links reduced to their text.
pub fn plain_to_text(input: &str) -> PolicyText {
    let mut b = Builder::default();
    let mut prev_kind = BlockKind::Paragraph;
    let mut prev_open_sentence = false;
    for raw in input.lines() {
        let line = raw.trim();
        if line.is_empty() {
            b.end_block(prev_kind, Region::Main);
            prev_open_sentence = false;
            continue;
        }
        let (kind, body) = markdown_line(line);
        let cleaned = strip_markdown(body);
        let starts_lower = cleaned.chars().next().is_some_and(|c| c.is_lowercase());
        let soft_wrap = prev_open_sentence && kind == BlockKind::Paragraph && starts_lower;
        if !soft_wrap {
            b.end_block(prev_kind, Region::Main);
            prev_kind = kind;
        } else {
            b.space = true;
        }
        b.push_str(&cleaned, false);
        let last = cleaned.trim_end().chars().last();
        prev_open_sentence = matches!(kind, BlockKind::Paragraph | BlockKind::ListItem)
            && last.is_some_and(|c| c.is_alphanumeric() || c == ',')
            && cleaned.len() > 40;
    }
    b.end_block(prev_kind, Region::Main);
    b.finish(None, None)
}

fn markdown_line(line: &str) -> (BlockKind, &str) {
    let hashes = line.bytes().take_while(|&c| c == b'#').count();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
        return (BlockKind::Heading(hashes as u8), line[hashes..].trim());
    }
    for bullet in ["* ", "- ", "+ ", "• ", "· "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return (BlockKind::ListItem, rest.trim());
        }
    }
    if let Some(rest) = line.strip_prefix("> ") {
        return (BlockKind::Paragraph, rest.trim());
    }
    (BlockKind::Paragraph, line)
}

/// Removes markdown emphasis, escapes and link targets, keeping the visible words.
fn strip_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let bytes = s.as_bytes();
    // Where the last link opener and the last `)` are, found once: asking at every bracket
    // whether one follows is quadratic on "[[[[…" or "](](](…".
    let last_link = s.rfind("](");
    let last_close = s.rfind(')');
    let mut i = 0;
    while i < s.len() {
        let c = bytes[i];
        match c {
            b'\\' if i + 1 < s.len() && bytes[i + 1].is_ascii_punctuation() => {
                out.push(bytes[i + 1] as char);
                i += 2;
            }
            b'*' | b'_' if i + 1 < s.len() && bytes[i + 1] == c => {
                i += 2;
            }
            b'*' if i + 1 < s.len() && !bytes[i + 1].is_ascii_whitespace()
                || c == b'*' && i > 0 && !bytes[i - 1].is_ascii_whitespace() =>
            {
                i += 1;
            }
            b']' if bytes.get(i + 1) == Some(&b'(') => {
                // `[text](url)`: keep text, drop the url.
                match last_close
                    .filter(|&c| c > i + 1)
                    .and_then(|_| s[i + 1..].find(')'))
                {
                    Some(close) => i += close + 2,
                    None => {
                        i += 1;
                    }
                }
            }
            b'[' if last_link.is_some_and(|p| p > i) => {
                i += 1;
            }
            _ => {
                let ch = s[i..].chars().next().unwrap_or(' ');
                out.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(t: &PolicyText) -> Vec<&str> {
        t.blocks.iter().map(|b| t.block_text(b)).collect()
    }

    #[test]
    fn html_blocks_and_entities() {
        let t = html_to_text(
            "<html lang=en><head><title>Acme &amp; Co Privacy</title><style>p{}</style></head>\
             <body><nav><a href=/>Home</a></nav><h2>Cookies</h2><p>We use\n  cookies &mdash; \
             <b>sometimes</b>.</p><script>var x = '<p>not text</p>';</script>\
             <ul><li>One</li><li>Two</li></ul><footer>Do Not Sell</footer></body></html>",
        );
        assert_eq!(t.title.as_deref(), Some("Acme & Co Privacy"));
        assert_eq!(t.lang.as_deref(), Some("en"));
        assert_eq!(
            lines(&t),
            [
                "Home",
                "Cookies",
                "We use cookies — sometimes.",
                "One",
                "Two",
                "Do Not Sell"
            ]
        );
        assert_eq!(t.blocks[0].region, Region::Nav);
        assert_eq!(t.blocks[1].kind, BlockKind::Heading(2));
        assert_eq!(t.blocks[3].kind, BlockKind::ListItem);
        assert_eq!(t.blocks[5].region, Region::Footer);
        assert_eq!(
            t.text,
            "Home\nCookies\nWe use cookies — sometimes.\nOne\nTwo\nDo Not Sell"
        );
    }

    #[test]
    fn bold_line_is_a_pseudo_heading() {
        let t = html_to_text("<p><strong>Do Not Track</strong></p><p>We do not respond.</p>");
        assert_eq!(t.blocks[0].kind, BlockKind::BoldLine);
        assert_eq!(t.blocks[1].kind, BlockKind::Paragraph);
    }

    #[test]
    fn table_rows_read_as_one_line() {
        let t = html_to_text(
            "<table><thead><tr><th>Category</th><th>Collected</th></tr></thead><tbody>\
             <tr><td>Identifiers</td><td>Yes</td></tr>\
             <tr><th>Precise geolocation</th><td>No</td><td></td><td>—</td></tr>\
             <tr><td>Unclosed row<td>Yes\
             <tr><td><p>A layout cell.</p></td><td><p>Another one.</p></td></tr>\
             <tr><td>Single</td><td></td></tr></tbody></table><p>No.</p>",
        );
        assert_eq!(
            lines(&t),
            [
                // Column titles: a block of their own kind, not read as a statement.
                "Category | Collected",
                // A bare yes or no is read with its column's title.
                "Identifiers | Collected: Yes",
                "Precise geolocation | Collected: No | —",
                "Unclosed row | Collected: Yes",
                "A layout cell.",
                "Another one.",
                "Single",
                // An empty last cell lends no column title to the text after the table.
                "No."
            ]
        );
        assert_eq!(t.blocks[0].kind, BlockKind::TableHead);
        assert_eq!(t.blocks[1].kind, BlockKind::Cell);
        // Blocks still cover the text line by line.
        assert_eq!(t.text.lines().count(), t.blocks.len());
        for b in &t.blocks {
            assert!(!t.block_text(b).contains('\n'));
        }
        // A title broken by <br> is no title: no line break inside a block.
        let t =
            html_to_text("<table><tr><th>Sold<br>in 2024</th></tr><tr><td>No</td></tr></table>");
        assert_eq!(lines(&t), ["Sold", "in 2024", "No"]);
    }

    #[test]
    fn accordion_titles_are_read_other_buttons_are_not() {
        let t = html_to_text(
            "<header><button aria-expanded=false>Menu</button></header>\
             <h2><button aria-expanded=false>How long do we keep data?</button></h2>\
             <div><button aria-expanded=true aria-controls=p1>Cookies</button></div>\
             <p id=p1>We keep it for a year.</p><button>Accept all</button>",
        );
        assert_eq!(
            lines(&t),
            [
                "How long do we keep data?",
                "Cookies",
                "We keep it for a year."
            ]
        );
        assert_eq!(t.blocks[0].kind, BlockKind::Heading(2));
    }

    #[test]
    fn br_breaks_blocks_and_invisible_chars_vanish() {
        let t = html_to_text("<body>First\u{200b} line<br>Second&nbsp;line</body>");
        assert_eq!(lines(&t), ["First line", "Second line"]);
    }

    #[test]
    fn charset_from_meta_and_hint() {
        let bytes =
            b"<html><head><meta charset=\"windows-1252\"></head><body>caf\xe9</body></html>";
        assert!(extract(bytes, &Hints::default()).text.contains("café"));
        let plain = b"na\xefve";
        let hints = Hints {
            charset: Some("iso-8859-1".into()),
            content_type: Some("text/plain".into()),
        };
        assert_eq!(extract(plain, &hints).text, "naïve");
        // Invalid UTF-8 without any hint falls back to windows-1252, never panics.
        assert_eq!(
            extract(b"\x93quoted\x94", &Hints::default()).text,
            "\u{201c}quoted\u{201d}"
        );
    }

    #[test]
    fn windows_1252_high_bytes() {
        let hints = Hints {
            charset: Some("windows-1252".into()),
            content_type: Some("text/plain".into()),
        };
        assert_eq!(
            extract(b"\x80 \x93a\x94 \x96 caf\xe9", &hints).text,
            "€ “a” – café"
        );
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "Privacy".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(extract(&bytes, &Hints::default()).text, "Privacy");
    }

    #[test]
    fn markdown_is_reduced_to_text() {
        let t = plain_to_text(
            "# Mindomo - Privacy Policy\n\n6\\. We do **not** advertise on [our site](https://x.y).\n\n  * A bullet\n",
        );
        assert_eq!(
            lines(&t),
            [
                "Mindomo - Privacy Policy",
                "6. We do not advertise on our site.",
                "A bullet"
            ]
        );
        assert_eq!(t.blocks[0].kind, BlockKind::Heading(1));
        assert_eq!(t.blocks[2].kind, BlockKind::ListItem);
    }

    #[test]
    fn soft_wrapped_lines_are_joined() {
        let t = plain_to_text("We collect your email address and your name when you\nregister for an account.\nNext line.");
        assert_eq!(
            lines(&t),
            [
                "We collect your email address and your name when you register for an account.",
                "Next line."
            ]
        );
    }

    #[test]
    fn sniffing() {
        assert!(is_html("<!DOCTYPE html><p>x</p>", None));
        assert!(!is_html("Privacy Policy\nWe care.", None));
        assert!(!is_html("<p>x</p>", Some("text/plain")));
    }
}
