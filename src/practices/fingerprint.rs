//! The rule tables' fingerprint. Shared with the build script, which computes it for the
//! WASM (whose tables carry no patterns: [`super::rules`]).

/// A fingerprint of everything in the rule tables that can change a verdict (patterns,
/// topics, strengths, negatability, conflict policies, masks, negation and clause words,
/// shorthands): 64-bit FNV-1a. Part of the analyser version, so that a cached report made
/// with other rules is never shown for new ones, without anyone remembering to bump it.
pub fn rules_fingerprint() -> u64 {
    use std::hash::Hasher;
    /// Each field followed by a separator, so that moving bytes between fields changes it.
    struct Fields(crate::fnv::Fnv);
    impl Fields {
        fn add(&mut self, bytes: &[u8]) {
            self.0.write(bytes);
            self.0.write(&[0xff]);
        }
    }
    let mut h = Fields(crate::fnv::Fnv::default());
    for r in super::rules::RULES {
        h.add(r.id.as_bytes());
        r.topics.iter().for_each(|t| h.add(t.as_bytes()));
        h.add(r.context.unwrap_or("").as_bytes());
        h.add(r.rivals.unwrap_or("").as_bytes());
        h.add(&[r.follow as u8, r.heading_scope as u8, r.conflict as u8]);
        for x in r.exclusions.iter().chain(r.narrow_denials) {
            h.add(x.pattern.as_bytes());
        }
        h.add(b"cues");
        for c in r.cues {
            let super::rules::Effect::Supports(v) = c.effect;
            h.add(&[v as u8, c.strength, c.negatable as u8]);
            h.add(c.pattern.as_bytes());
        }
    }
    for (phrase, replacement, title_case) in super::rules::MASKS {
        h.add(phrase.as_bytes());
        h.add(replacement.as_bytes());
        h.add(&[*title_case as u8]);
    }
    for (name, body) in super::rules::MACROS {
        h.add(name.as_bytes());
        h.add(body.as_bytes());
    }
    h.add(super::rules::NEGATION.as_bytes());
    h.add(super::rules::CLAUSE_BREAK.as_bytes());
    h.0.finish()
}
