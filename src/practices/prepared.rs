//! The rule tables as the build script prepared them (`build.rs`): every pattern's syntax
//! tree ([`super::hir_code`]) and the tables' fingerprint. Indexed like [`super::rules::RULES`]: practice by practice, cue by
//! cue.

use regex_syntax::hir::Hir;

/// One practice's patterns, encoded.
pub struct Practice {
    pub context: Option<&'static [u8]>,
    pub rivals: Option<&'static [u8]>,
    pub exclusions: &'static [&'static [u8]],
    pub narrow_denials: &'static [&'static [u8]],
    pub cues: &'static [Cue],
}

/// One cue's pattern, encoded. (Its anchor literals are read off the decoded tree at start-up,
/// [`super::anchors::literals`]: as data they were 3x the size of the trees.)
pub struct Cue {
    pub hir: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/prepared.rs"));

/// The syntax tree an encoding holds. The encodings are the build's own, so this cannot fail
/// short of a broken build, which every test would show.
pub fn tree(code: &[u8]) -> Hir {
    super::hir_code::decode(code).unwrap_or_else(|| panic!("a prepared rule does not decode"))
}

#[cfg(test)]
mod tests {
    use super::super::{anchors, expand, rules};
    use super::*;

    /// The prepared tables are the rule tables: every tree is the parse of its expanded
    /// pattern, and the fingerprint is the crate's.
    #[test]
    fn prepared_tables_match_the_rule_tables() {
        let parsed = |p: &str| anchors::parse(&expand::expand(p)).unwrap();
        assert_eq!(PRACTICES.len(), rules::RULES.len());
        let mut cues = 0;
        for (r, p) in rules::RULES.iter().zip(PRACTICES) {
            assert_eq!(r.context.map(parsed), p.context.map(tree), "{}", r.id);
            assert_eq!(r.rivals.map(parsed), p.rivals.map(tree), "{}", r.id);
            for (xs, codes) in [
                (r.exclusions, p.exclusions),
                (r.narrow_denials, p.narrow_denials),
            ] {
                assert_eq!(xs.len(), codes.len(), "{}", r.id);
                for (x, c) in xs.iter().zip(codes) {
                    assert_eq!(parsed(x.pattern), tree(c), "{}", x.pattern);
                }
            }
            assert_eq!(r.cues.len(), p.cues.len(), "{}", r.id);
            for (c, pc) in r.cues.iter().zip(p.cues) {
                assert_eq!(parsed(c.pattern), tree(pc.hir), "{}", c.pattern);
                cues += 1;
            }
        }
        assert!(cues > 100);
        let plain = |p: &str| anchors::parse(&expand::ascii_classes(p)).unwrap();
        assert_eq!(plain(rules::NEGATION), tree(NEGATION));
        assert_eq!(plain(rules::CLAUSE_BREAK), tree(CLAUSE_BREAK));
        assert_eq!(FINGERPRINT, super::super::rules_fingerprint());
    }
}
