//! A compact byte encoding of parsed regexes ([`regex_syntax::hir::Hir`]).
//!
//! The build script (`build.rs`) parses every rule pattern once, on the build machine, and
//! stores its syntax tree in this encoding; at run time the engine rebuilds the tree with
//! regex-syntax's own constructors and compiles it. So the WASM carries no regex parser (the
//! AST parser and translator were ~20 KB of it, gzipped) and a worker's start-up parses
//! nothing.
//!
//! Layout: one tag byte per node, then its fields; counts and numbers as LEB128.
//! A decoded tree equals the parsed one (`tests::round_trip`, and every rule in
//! `prepared::tests`).

use regex_syntax::hir::{
    Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
    Look, Repetition,
};

const EMPTY: u8 = 0;
const LITERAL: u8 = 1;
const CLASS_BYTES: u8 = 2;
const CLASS_UNICODE: u8 = 3;
const LOOK: u8 = 4;
const REPETITION: u8 = 5;
const CAPTURE: u8 = 6;
const CONCAT: u8 = 7;
const ALTERNATION: u8 = 8;

/// Parses a pattern as the engine's matcher reads it: any byte may match, not only UTF-8 (as
/// `regex::bytes::Regex` reads one). The build script parses the rules with it; the crate's
/// tests, to compare.
#[cfg_attr(not(test), allow(dead_code))]
pub fn parse(pattern: &str) -> Result<Hir, Box<regex_syntax::Error>> {
    regex_syntax::ParserBuilder::new()
        .utf8(false)
        .build()
        .parse(pattern)
        .map_err(Box::new)
}

/// Appends the encoding of `hir` to `out`.
#[cfg_attr(not(test), allow(dead_code))]
pub fn encode(hir: &Hir, out: &mut Vec<u8>) {
    match hir.kind() {
        HirKind::Empty => out.push(EMPTY),
        HirKind::Literal(lit) => {
            out.push(LITERAL);
            number(lit.0.len() as u32, out);
            out.extend_from_slice(&lit.0);
        }
        HirKind::Class(Class::Bytes(c)) => {
            out.push(CLASS_BYTES);
            number(c.ranges().len() as u32, out);
            for r in c.ranges() {
                out.extend_from_slice(&[r.start(), r.end()]);
            }
        }
        HirKind::Class(Class::Unicode(c)) => {
            out.push(CLASS_UNICODE);
            number(c.ranges().len() as u32, out);
            for r in c.ranges() {
                number(r.start() as u32, out);
                number(r.end() as u32, out);
            }
        }
        HirKind::Look(look) => {
            out.push(LOOK);
            number(look.as_repr(), out);
        }
        HirKind::Repetition(rep) => {
            out.push(REPETITION);
            number(rep.min, out);
            // max + 1, 0 for unbounded.
            number(rep.max.map_or(0, |m| m + 1), out);
            out.push(rep.greedy as u8);
            encode(&rep.sub, out);
        }
        HirKind::Capture(cap) => {
            out.push(CAPTURE);
            number(cap.index, out);
            let name = cap.name.as_deref().unwrap_or("");
            number(name.len() as u32, out);
            out.extend_from_slice(name.as_bytes());
            encode(&cap.sub, out);
        }
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            let tag = if matches!(hir.kind(), HirKind::Concat(_)) {
                CONCAT
            } else {
                ALTERNATION
            };
            out.push(tag);
            number(subs.len() as u32, out);
            for s in subs {
                encode(s, out);
            }
        }
    }
}

fn number(mut n: u32, out: &mut Vec<u8>) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// Reads an encoding back.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn number(&mut self) -> Option<u32> {
        let mut n: u32 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            n |= u32::from(b & 0x7f).checked_shl(shift)?;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }

    fn hir(&mut self, depth: u32) -> Option<Hir> {
        // The encodings are our own build's, but a bound keeps a corrupt one from recursing
        // without end.
        if depth > 500 {
            return None;
        }
        Some(match self.byte()? {
            EMPTY => Hir::empty(),
            LITERAL => {
                let n = self.number()? as usize;
                Hir::literal(self.take(n)?)
            }
            CLASS_BYTES => {
                let n = self.number()?;
                let mut ranges = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    let (a, b) = (self.byte()?, self.byte()?);
                    ranges.push(ClassBytesRange::new(a, b));
                }
                Hir::class(Class::Bytes(ClassBytes::new(ranges)))
            }
            CLASS_UNICODE => {
                let n = self.number()?;
                let mut ranges = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    let a = char::from_u32(self.number()?)?;
                    let b = char::from_u32(self.number()?)?;
                    ranges.push(ClassUnicodeRange::new(a, b));
                }
                Hir::class(Class::Unicode(ClassUnicode::new(ranges)))
            }
            LOOK => Hir::look(Look::from_repr(self.number()?)?),
            REPETITION => {
                let min = self.number()?;
                let max = self.number()?.checked_sub(1);
                let greedy = self.byte()? != 0;
                let sub = Box::new(self.hir(depth + 1)?);
                Hir::repetition(Repetition {
                    min,
                    max,
                    greedy,
                    sub,
                })
            }
            CAPTURE => {
                let index = self.number()?;
                let n = self.number()? as usize;
                let name = std::str::from_utf8(self.take(n)?).ok()?;
                let name = (!name.is_empty()).then(|| name.into());
                let sub = Box::new(self.hir(depth + 1)?);
                Hir::capture(Capture { index, name, sub })
            }
            tag @ (CONCAT | ALTERNATION) => {
                let n = self.number()?;
                let mut subs = Vec::with_capacity(n.min(1024) as usize);
                for _ in 0..n {
                    subs.push(self.hir(depth + 1)?);
                }
                if tag == CONCAT {
                    Hir::concat(subs)
                } else {
                    Hir::alternation(subs)
                }
            }
            _ => return None,
        })
    }
}

/// The tree `bytes` encodes; `None` when they are not a whole encoding.
pub fn decode(bytes: &[u8]) -> Option<Hir> {
    let mut r = Reader { bytes, at: 0 };
    let hir = r.hir(0)?;
    (r.at == bytes.len()).then_some(hir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for p in [
            "",
            "sell",
            r"(?-u:\b)(?:we )?(?:do not|don't) sell",
            r"(?:(?-u:[^ ;:!?])*(?-u:[^ .;:!?]) ){0,12}?data",
            r"a{2,}|b+?|c*|(d)|(?P<name>e)",
            r"^x$|(?m:^y$)|[é-ü]|\x00",
            r"(?-u:\B)z",
        ] {
            let h = parse(p).unwrap();
            let mut code = vec![];
            encode(&h, &mut code);
            assert_eq!(decode(&code), Some(h), "{p}");
        }
    }

    #[test]
    fn corrupt_encodings_are_rejected_not_panicked_on() {
        let mut code = vec![];
        encode(&parse(r"(?:we )?sell{1,3}|buy").unwrap(), &mut code);
        for n in 0..code.len() {
            assert_eq!(decode(&code[..n]), None);
        }
        let mut longer = code.clone();
        longer.push(0);
        assert_eq!(decode(&longer), None);
        for i in 0..code.len() {
            for b in [0u8, 0x7f, 0x80, 0xff] {
                let mut bad = code.clone();
                bad[i] = b;
                let _ = decode(&bad);
            }
        }
        // Deep nesting is refused.
        let deep: Vec<u8> = std::iter::repeat_n([REPETITION, 0, 0, 1], 1000)
            .flatten()
            .chain([EMPTY])
            .collect();
        assert_eq!(decode(&deep), None);
    }
}
