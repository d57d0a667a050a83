//! A small language guess from function words: enough to tell the user (and the rules,
//! which are English) whether the policy is in a language we read.

/// Function words per language (ISO 639-1), lowercase.
const STOPWORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "we", "you", "your", "is", "that", "with", "for", "or",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "wir", "sie", "ihre", "ist", "mit", "nicht", "von", "zu",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "et", "des", "vous", "nous", "est", "pour", "vos", "que", "une",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "y", "de", "que", "para", "sus", "usted", "con", "por", "una",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "e", "per", "gli", "della", "sono", "con", "dei", "una", "non",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "de", "que", "para", "com", "seus", "uma", "não", "dos", "das", "você",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "en", "van", "een", "wij", "uw", "je", "voor", "met", "niet", "zijn",
        ],
    ),
];

/// Every stopword as its [`key`], with the languages it belongs to (bit `i`:
/// [`STOPWORDS`]`[i]`), in an open-addressed table of [`SLOTS`] slots (key 0: empty): a
/// lookup is a multiply and, mostly, one compare. (A binary search mispredicted a branch per
/// step, for every word of the sample.)
fn lexicon() -> &'static [(u64, u8); SLOTS] {
    static LEXICON: std::sync::OnceLock<[(u64, u8); SLOTS]> = std::sync::OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut table = [(0u64, 0u8); SLOTS];
        for (i, (_, list)) in STOPWORDS.iter().enumerate() {
            for w in *list {
                let k = key(w.as_bytes());
                let mut at = slot(k);
                while table[at].0 != 0 && table[at].0 != k {
                    at = (at + 1) % SLOTS;
                }
                table[at] = (k, table[at].1 | 1 << i);
            }
        }
        table
    })
}

/// Slots of the stopword table: a power of two, well above the ~80 stopwords.
const SLOTS: usize = 256;

fn slot(k: u64) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize % SLOTS
}

/// The languages of a word's key (0: none).
fn languages(k: u64) -> u8 {
    let table = lexicon();
    let mut at = slot(k);
    loop {
        match table[at] {
            (0, _) => return 0,
            (x, mask) if x == k => return mask,
            _ => at = (at + 1) % SLOTS,
        }
    }
}

/// A word of at most [`MAX_WORD`] bytes packed into an integer, so that a lookup compares
/// integers.
fn key(w: &[u8]) -> u64 {
    let mut b = [0u8; MAX_WORD];
    b[..w.len()].copy_from_slice(w);
    u64::from_le_bytes(b)
}

/// The longest stopword, in bytes: longer words are counted but never looked up.
const MAX_WORD: usize = 8;

/// ASCII-lowercases the bytes of a [`key`].
fn ascii_lower(k: u64) -> u64 {
    let b = k.to_le_bytes().map(|c| c.to_ascii_lowercase());
    u64::from_le_bytes(b)
}

/// Guesses the language of `text` from the first 20,000 bytes; `None` when too little text or
/// no language stands out.
pub fn detect(text: &str) -> Option<&'static str> {
    let end = (0..=text.len().min(20_000))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let sample = &text[..end];
    let mut counts = [0usize; STOPWORDS.len()];
    let mut words = 0usize;
    let mut count = |w: &str| {
        words += 1;
        if w.len() > MAX_WORD {
            return;
        }
        let k = if w.is_ascii() {
            ascii_lower(key(w.as_bytes()))
        } else {
            let lw = w.to_lowercase();
            if lw.len() > MAX_WORD {
                return;
            }
            key(lw.as_bytes())
        };
        let mask = languages(k);
        if mask != 0 {
            for (i, c) in counts.iter_mut().enumerate() {
                *c += usize::from(mask & (1 << i) != 0);
            }
        }
    };
    // Words are runs of letters; ASCII bytes are classified without decoding.
    let bytes = sample.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (letter, len) = if b < 0x80 {
            (b.is_ascii_alphabetic(), 1)
        } else {
            let c = sample[i..].chars().next().unwrap_or(' ');
            (c.is_alphabetic(), c.len_utf8())
        };
        match (letter, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                count(&sample[s..i]);
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        count(&sample[s..]);
    }
    if words < 5 {
        return None;
    }
    let (best, &n) = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, n)| (**n, usize::MAX - i))?;
    (n * 20 >= words).then_some(STOPWORDS[best].0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn guesses() {
        assert_eq!(
            super::detect("We collect your data and we share it with the partners you choose."),
            Some("en")
        );
        assert_eq!(super::detect("Wir erheben Ihre Daten und die Daten werden mit der Firma geteilt, nicht verkauft."), Some("de"));
        assert_eq!(super::detect("1234 5678"), None);
    }

    /// `detect` looks up only words of at most `MAX_WORD` bytes, lowercased.
    #[test]
    fn stopwords_are_short() {
        for (_, list) in super::STOPWORDS {
            assert!(list
                .iter()
                .all(|w| w.len() <= super::MAX_WORD && *w == w.to_lowercase()));
        }
    }
}
