//! The rule patterns' shorthands, expanded into plain regexes (see the table in
//! [`super::rules`]). Shared with the build script, which parses the expanded patterns once
//! on the build machine (`build.rs`, [`super::hir_code`]).

/// Expands the table's shorthands into a regex: `{PD}` personal data, `{W3}` up to three
/// words, `{LI}` a list marker, `'` any apostrophe. The pattern must start at a word
/// boundary, unless it starts with a list marker or a punctuation mark (`{LI}`, `\(`, `•`),
/// before which a boundary would demand a word character.
pub fn expand(pattern: &str) -> String {
    let mut first = pattern.chars();
    let boundary = !pattern.starts_with("{LI}")
        && match (first.next(), first.next()) {
            (Some('\\'), Some(c)) => !c.is_ascii_punctuation(),
            (Some(c), _) => c.is_ascii_alphanumeric() || "([{".contains(c),
            (None, _) => true,
        };
    let mut out = verb_forms(&pattern.replace('\'', "['’]"));
    for (name, body) in super::rules::MACROS {
        out = out.replace(name, body);
    }
    // A word list may follow a comma: "we do not sell, rent, or give away …".
    out = out.replace(" {W", ",? {W");
    for n in (1..=20).rev() {
        out = out.replace(
            &format!("{{W{n}}}"),
            &format!("(?:(?-u:[^ ;:!?])*(?-u:[^ .;:!?]) ){{0,{n}}}?"),
        );
    }
    let b = if boundary { r"\b" } else { "" };
    ascii_classes(&format!("{b}(?:{out})"))
}

/// Replaces every `{V:verb}` by the verb's forms: `{V:notify}` → `notif(?:y|ies|ied|ying)`,
/// `{V:share}` → `shar(?:e|es|ed|ing)`, `{V:sell}` → `(?:sell(?:s|ing)?|sold)`; irregular
/// and consonant-doubling verbs come from [`super::rules::IRREGULAR_VERBS`].
fn verb_forms(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut rest = pattern;
    while let Some(at) = rest.find("{V:") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[at..]);
            return out;
        };
        let verb = &after[..end];
        out.push_str("(?:");
        match super::rules::IRREGULAR_VERBS
            .iter()
            .find(|(v, _)| *v == verb)
        {
            Some((_, forms)) => out.push_str(forms),
            None => {
                let b = verb.as_bytes();
                let n = b.len();
                let consonant = |c: u8| !b"aeiou".contains(&c);
                if n > 2 && b[n - 1] == b'y' && consonant(b[n - 2]) {
                    out.push_str(&verb[..n - 1]);
                    out.push_str("(?:y|ies|ied|ying)");
                } else if n > 2 && b[n - 1] == b'e' && b[n - 2] != b'e' {
                    out.push_str(&verb[..n - 1]);
                    out.push_str("(?:e|es|ed|ing)");
                } else if verb.ends_with(['s', 'x', 'z'])
                    || verb.ends_with("sh")
                    || verb.ends_with("ch")
                {
                    out.push_str(verb);
                    out.push_str("(?:es|ed|ing)?");
                } else {
                    out.push_str(verb);
                    out.push_str("(?:s|ed|ing)?");
                }
            }
        }
        out.push(')');
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Makes `\b`, `\w`, `\d`, `\s` ASCII-only (`(?-u:\b)`): the rules read lowercased ASCII
/// words, and the regex crate then needs no Unicode tables, which keeps the WASM small.
pub fn ascii_classes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.peek() {
                Some(&k @ ('b' | 'w' | 'd' | 's' | 'B' | 'W' | 'D' | 'S')) => {
                    chars.next();
                    out.push_str("(?-u:\\");
                    out.push(k);
                    out.push(')');
                }
                Some(&k) => {
                    chars.next();
                    out.push('\\');
                    out.push(k);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::bytes::Regex;

    #[test]
    fn verb_forms_expand() {
        assert_eq!(
            verb_forms("{V:notify} you"),
            "(?:notif(?:y|ies|ied|ying)) you"
        );
        assert_eq!(verb_forms("{V:share}"), "(?:shar(?:e|es|ed|ing))");
        assert_eq!(
            verb_forms("{V:rent}|{V:disclose}"),
            "(?:rent(?:s|ed|ing)?)|(?:disclos(?:e|es|ed|ing))"
        );
        assert_eq!(verb_forms("{V:publish}"), "(?:publish(?:es|ed|ing)?)");
        let m = |p: &str, hay: &str| Regex::new(&expand(p)).unwrap().is_match(hay.as_bytes());
        for hay in ["we sold it", "we sell it", "she sells it", "selling it"] {
            assert!(m("{V:sell} it", hay), "{hay}");
        }
        for hay in ["we gave it", "we have given it", "giving it", "gives it"] {
            assert!(m("{V:give} it", hay), "{hay}");
        }
        assert!(m("{V:transfer} it", "transferred it"));
    }

    #[test]
    fn list_markers_start_a_pattern_without_a_word_boundary() {
        let m = |p: &str, hay: &str| Regex::new(&expand(p)).unwrap().is_match(hay.as_bytes());
        for hay in [
            "rights: ● to access",
            "you may: (b) to access",
            "- to access",
            "ii. to access",
        ] {
            assert!(m("{LI} to access", hay), "{hay}");
        }
        assert!(!m("{LI} to access", "rob) to access"));
        assert!(m(r"\(b\) access", "you may: (b) access"));
        // Word patterns keep their boundary.
        assert!(!m("sell", "we resell products"));
        assert!(m("(?:sell|rent)", "we rent data"));
    }
}
