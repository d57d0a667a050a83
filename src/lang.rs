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

/// Guesses the language of `text` from the first 20,000 bytes; `None` when too little text or
/// no language stands out.
pub fn detect(text: &str) -> Option<&'static str> {
    let sample = sample(text);
    let mut counts = [0usize; STOPWORDS.len()];
    let mut words = 0usize;
    let mut tally = |k: u64| {
        let mask = languages(k);
        if mask != 0 {
            for (i, c) in counts.iter_mut().enumerate() {
                *c += usize::from(mask & (1 << i) != 0);
            }
        }
    };
    // Words are runs of letters. An ASCII word's key is built, lowercased, as it is read; a
    // word with other letters is lowercased as a string at its end.
    let bytes = sample.as_bytes();
    let mut start: Option<usize> = None;
    let mut key_so_far = 0u64;
    let mut ascii = true;
    let mut i = 0;
    while i <= bytes.len() {
        let (letter, len) = match bytes.get(i) {
            None => (false, 1),
            Some(&b) if b < 0x80 => (b.is_ascii_alphabetic(), 1),
            Some(_) => {
                let c = sample[i..].chars().next().unwrap_or(' ');
                (c.is_alphabetic(), c.len_utf8())
            }
        };
        if letter {
            if start.is_none() {
                start = Some(i);
                key_so_far = 0;
                ascii = true;
            }
            let at = i - start.unwrap_or(i);
            if len == 1 && at < MAX_WORD {
                key_so_far |= u64::from(bytes[i].to_ascii_lowercase()) << (8 * at);
            } else if len > 1 {
                ascii = false;
            }
        } else if let Some(s) = start.take() {
            words += 1;
            if i - s <= MAX_WORD {
                if ascii {
                    tally(key_so_far);
                } else {
                    let lw = sample[s..i].to_lowercase();
                    if lw.len() <= MAX_WORD {
                        tally(key(lw.as_bytes()));
                    }
                }
            }
        }
        i += len;
    }
    verdict(&counts, words)
}

/// The first 20,000 bytes of `text`, cut at a character boundary.
fn sample(text: &str) -> &str {
    let end = (0..=text.len().min(20_000))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    &text[..end]
}

/// The language whose stopwords are most of the `words` (at least one in twenty), from the
/// stopword count of each language; `None` under five words.
fn verdict(counts: &[usize; STOPWORDS.len()], words: usize) -> Option<&'static str> {
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

    /// The plain reading `detect` must agree with: split at non-letters, lowercase, look up.
    fn reference(text: &str) -> Option<&'static str> {
        let mut counts = [0usize; super::STOPWORDS.len()];
        let mut words = 0;
        for w in super::sample(text)
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
        {
            words += 1;
            let lw = w.to_lowercase();
            for (i, (_, list)) in super::STOPWORDS.iter().enumerate() {
                counts[i] += usize::from(list.contains(&lw.as_str()));
            }
        }
        super::verdict(&counts, words)
    }

    #[test]
    fn agrees_with_the_plain_reading() {
        for t in [
            "Não partilhamos os seus dados com terceiros para que você não seja incomodado.",
            "NOUS ne vendons pas vos données; LES partenaires et nous respectons la loi.",
            "Wir verkaufen Ihre Daten NICHT. Die Daten sind sicher – über alles.",
            "Ünïcödé wörds ärë hërë: DER die DAS und ßtraße ist",
            "the THE The tHe and AND of To we you your",
            "naïve café résumé façade for the and of to",
        ] {
            assert_eq!(super::detect(t), reference(t), "{t}");
        }
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
