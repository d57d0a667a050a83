//! The one HTML tokenizer both readers use (the policy's text, [`crate::text`], and a page's
//! links, [`crate::links`]): [`html5gum`], WHATWG-compliant, driven through its callback
//! emitter so that no token is allocated.
//!
//! html5gum's default emitter builds a `BTreeMap` of owned attribute names and values for
//! every start tag; here a tag's attributes go into buffers reused from tag to tag, and each
//! token is handed, borrowed, to the reader's closure. One callback type for both readers
//! keeps one copy of the tokenizer in the WASM.

use std::convert::Infallible;

use html5gum::emitters::callback::{Callback, CallbackEmitter, CallbackEvent};
use html5gum::{Emitter, ForwardingEmitter, Span, Tokenizer};

/// The attributes the readers look at; others are not kept. Bounding what a tag keeps also
/// bounds the duplicate check per attribute: a tag with 100,000 attributes stays linear.
const WANTED: &[&[u8]] = &[
    b"alt",
    b"aria-expanded",
    b"aria-hidden",
    b"aria-label",
    b"class",
    b"hidden",
    b"href",
    b"id",
    b"lang",
    b"rel",
    b"role",
    b"style",
    b"title",
];

/// A start tag's wanted attributes ([`WANTED`]), first occurrence of each name (as browsers
/// keep them).
#[derive(Debug, Default)]
pub(crate) struct Attrs {
    /// (name, value) buffers; the first `len` are this tag's.
    slots: Vec<(Vec<u8>, Vec<u8>)>,
    len: usize,
}

impl Attrs {
    /// The value of attribute `name` (lowercase), if the tag has it.
    pub(crate) fn get(&self, name: &[u8]) -> Option<&[u8]> {
        debug_assert!(WANTED.contains(&name), "attribute not kept: {name:?}");
        self.slots[..self.len]
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_slice())
    }

    /// Whether the tag has attribute `name` (lowercase).
    pub(crate) fn contains_key(&self, name: &[u8]) -> bool {
        self.get(name).is_some()
    }

    fn clear(&mut self) {
        self.len = 0;
    }

    /// Starts attribute `name`; `None` when it is not wanted or the tag already has one of
    /// that name.
    fn start(&mut self, name: &[u8]) -> Option<usize> {
        if !WANTED.contains(&name) || self.contains_key(name) {
            return None;
        }
        if self.len == self.slots.len() {
            self.slots.push((vec![], vec![]));
        }
        let (n, v) = &mut self.slots[self.len];
        n.clear();
        n.extend_from_slice(name);
        v.clear();
        self.len += 1;
        Some(self.len - 1)
    }
}

/// A start tag, borrowed from the tokenizer's buffers.
pub(crate) struct StartTag<'a> {
    /// Lowercase name.
    pub name: &'a [u8],
    pub attributes: &'a Attrs,
    /// Written `<x/>`.
    pub self_closing: bool,
}

/// What the readers see of a document.
pub(crate) enum Token<'a> {
    StartTag(StartTag<'a>),
    /// An end tag's lowercase name.
    EndTag(&'a [u8]),
    /// Text between tags, entities decoded.
    String(&'a [u8]),
}

/// Collects start tags from html5gum's events and hands every token to `on`.
struct Collector<'f> {
    on: &'f mut dyn FnMut(Token<'_>),
    name: Vec<u8>,
    attrs: Attrs,
    /// The attribute whose value is being read, unless a repeated name is being skipped.
    current: Option<usize>,
}

impl Callback<Infallible, ()> for Collector<'_> {
    fn handle_event(&mut self, event: CallbackEvent<'_>, _: Span<()>) -> Option<Infallible> {
        match event {
            CallbackEvent::OpenStartTag { name } => {
                self.name.clear();
                self.name.extend_from_slice(name);
                self.attrs.clear();
                self.current = None;
            }
            CallbackEvent::AttributeName { name } => self.current = self.attrs.start(name),
            CallbackEvent::AttributeValue { value } => {
                if let Some(i) = self.current {
                    self.attrs.slots[i].1.extend_from_slice(value);
                }
            }
            CallbackEvent::CloseStartTag { self_closing } => {
                self.current = None;
                (self.on)(Token::StartTag(StartTag {
                    name: &self.name,
                    attributes: &self.attrs,
                    self_closing,
                }));
            }
            CallbackEvent::EndTag { name } => (self.on)(Token::EndTag(name)),
            CallbackEvent::String { value } => (self.on)(Token::String(value)),
            CallbackEvent::Comment { .. }
            | CallbackEvent::Doctype { .. }
            | CallbackEvent::Error(_) => {}
        }
        None
    }
}

/// The callback emitter without parse errors: we drop them anyway, and checking every
/// character for them was about a fifth of the tokenizer's time (BENCHMARKS.md, F8).
struct QuietEmitter<'f>(CallbackEmitter<Collector<'f>>);

impl ForwardingEmitter for QuietEmitter<'_> {
    type Token = Infallible;

    fn inner(&mut self) -> &mut impl Emitter<Token = Infallible> {
        &mut self.0
    }

    #[inline]
    fn should_emit_errors(&mut self) -> bool {
        false
    }

    #[inline]
    fn emit_error(&mut self, _: html5gum::Error) {}
}

/// Tokenizes `html`, calling `on` for every start tag, end tag and run of text, in document
/// order. States switch by tag name: `<script>`, `<style>`, `<title>`, `<textarea>` … hold
/// raw text, as in a browser.
pub(crate) fn tokenize(html: &str, on: &mut dyn FnMut(Token<'_>)) {
    let mut emitter = CallbackEmitter::new(Collector {
        on,
        name: vec![],
        attrs: Attrs::default(),
        current: None,
    });
    emitter.naively_switch_states(true);
    for _ in Tokenizer::new_with_emitter(html, QuietEmitter(emitter)) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (kind, name or text, attributes) of every token.
    fn tokens(html: &str) -> Vec<String> {
        let mut out = vec![];
        tokenize(html, &mut |t| {
            out.push(match t {
                Token::StartTag(t) => {
                    let attrs: Vec<String> = t.attributes.slots[..t.attributes.len]
                        .iter()
                        .map(|(n, v)| {
                            format!(
                                "{}={}",
                                String::from_utf8_lossy(n),
                                String::from_utf8_lossy(v)
                            )
                        })
                        .collect();
                    format!(
                        "<{} {}{}>",
                        String::from_utf8_lossy(t.name),
                        attrs.join(" "),
                        if t.self_closing { "/" } else { "" }
                    )
                }
                Token::EndTag(n) => format!("</{}>", String::from_utf8_lossy(n)),
                Token::String(s) => String::from_utf8_lossy(s).into_owned(),
            })
        });
        out
    }

    #[test]
    fn tags_attributes_and_text() {
        assert_eq!(
            tokens(
                r#"<P Class="a" data-x=1 ID=b class=c hidden>x &amp; y</p><br/><script>a<b</script>"#
            ),
            [
                "<p class=a id=b hidden=>",
                "x & y",
                "</p>",
                "<br />",
                "<script >",
                "a<b",
                "</script>"
            ]
        );
    }

    #[test]
    fn many_attributes_stay_linear() {
        let tag = format!("<a {}href=/p>", "data-x=1 ".repeat(200_000));
        let t = std::time::Instant::now();
        assert_eq!(tokens(&tag), ["<a href=/p>"]);
        // Quadratic (a duplicate check over every attribute so far) took minutes.
        assert!(t.elapsed().as_secs() < 20);
    }

    #[test]
    fn buffers_are_reused_without_leaking_attributes() {
        assert_eq!(
            tokens(r#"<a href="/x" title="t"><b>k</b><a href=/y>"#),
            ["<a href=/x title=t>", "<b >", "k", "</b>", "<a href=/y>"]
        );
    }
}
