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
    for w in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        let lw = w.to_lowercase();
        for (i, (_, list)) in STOPWORDS.iter().enumerate() {
            if list.contains(&lw.as_str()) {
                counts[i] += 1;
            }
        }
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
}
