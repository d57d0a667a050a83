//! The fifteen practices of `PRACTICES.md`, their verdicts, and the analysis that
//! answers them.
//!
//! * [`PRACTICES`] — what each practice asks and which verdict raises the badge by default.
//! * [`rules`] — the cue tables: data, one table per practice, each cue with the verdict it
//!   supports and an example sentence.
//! * [`engine`] — applies the tables to the sentences of a policy (negation scope, exclusions,
//!   aggregation into one verdict per practice).

mod anchors;
pub mod engine;
// The build script's (build.rs); here for the tests that check its output.
#[cfg(test)]
mod expand;
#[cfg(not(target_arch = "wasm32"))]
mod fingerprint;
mod hir_code;
mod matcher;
mod prepared;
pub mod rules;

pub use engine::analyze_segmented;

#[cfg(not(target_arch = "wasm32"))]
pub use fingerprint::rules_fingerprint;
/// [`rules_fingerprint`] as the build computed it (`build.rs`): the WASM's tables carry no
/// patterns to compute it from.
pub use prepared::FINGERPRINT;

use serde::{Deserialize, Serialize};

/// One answer to a practice's question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The policy says the practice happens (a reserved right — "may" — counts).
    Yes,
    /// The policy says it does not happen.
    No,
    /// The policy speaks of it, but both readings are defensible or it contradicts itself.
    Unclear,
    /// Nothing in the policy addresses it. A finding, not an error.
    NotMentioned,
}

impl Verdict {
    /// The snake_case name used in JSON and labels.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Yes => "yes",
            Verdict::No => "no",
            Verdict::Unclear => "unclear",
            Verdict::NotMentioned => "not_mentioned",
        }
    }

    /// Parses the snake_case name; `None` for anything else.
    pub fn parse(s: &str) -> Option<Verdict> {
        Some(match s {
            "yes" => Verdict::Yes,
            "no" => Verdict::No,
            "unclear" => Verdict::Unclear,
            "not_mentioned" => Verdict::NotMentioned,
            _ => return None,
        })
    }
}

/// What a practice asks, and how it is shown.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Practice {
    /// Stable id, as in PRACTICES.md and the labels (`sells_data`).
    pub id: &'static str,
    /// Short title for the popup ("Sale of personal data").
    pub title: &'static str,
    /// The yes/no question of PRACTICES.md.
    pub question: &'static str,
    /// The verdict that raises the badge by default; `None` = never flagged by default.
    pub flag_on: Option<Verdict>,
    /// Words for the badge tooltip when flagged ("Sells data").
    pub flagged_label: &'static str,
    /// Key practices weigh more in the badge colour (red rather than amber).
    pub key: bool,
}

/// The fifteen practices, in the order the popup shows them.
pub const PRACTICES: &[Practice] = &[
    Practice { id: "ad_tracking", title: "Advertising trackers & targeted ads", question: "Does the site use or allow advertising cookies / trackers, or show targeted ads based on your activity?", flag_on: Some(Verdict::Yes), flagged_label: "Tracks you for ads", key: true },
    Practice { id: "sells_data", title: "Sale of personal data", question: "Does the company sell (or rent, or trade for value) personal data, including CCPA \"sharing\" for cross-context advertising?", flag_on: Some(Verdict::Yes), flagged_label: "Sells data", key: true },
    Practice { id: "do_not_track", title: "Do Not Track", question: "Does the site honour the browser's Do Not Track (DNT) signal?", flag_on: Some(Verdict::No), flagged_label: "Ignores Do Not Track", key: true },
    Practice { id: "gpc", title: "Global Privacy Control", question: "Does the site honour Global Privacy Control (Sec-GPC) as an opt-out of sale/sharing?", flag_on: Some(Verdict::No), flagged_label: "Ignores Global Privacy Control", key: true },
    Practice { id: "third_party_sharing", title: "Sharing with third parties", question: "Does it share personal data with third parties for their own purposes (partners' marketing, data brokers)?", flag_on: Some(Verdict::Yes), flagged_label: "Shares data with third parties", key: false },
    Practice { id: "third_party_analytics", title: "Third-party analytics", question: "Does it use third-party analytics or tracking services (Google Analytics, pixels, web beacons)?", flag_on: None, flagged_label: "Uses third-party analytics", key: false },
    Practice { id: "data_retention", title: "Data retention", question: "Does it state how long personal data is kept?", flag_on: Some(Verdict::NotMentioned), flagged_label: "No retention period", key: false },
    Practice { id: "user_deletion", title: "Deleting your data", question: "Can users have their personal data or account deleted?", flag_on: Some(Verdict::No), flagged_label: "No data deletion", key: false },
    Practice { id: "user_access", title: "Access to your data", question: "Can users see or export the personal data held about them?", flag_on: Some(Verdict::No), flagged_label: "No access to your data", key: false },
    Practice { id: "children", title: "Children's data", question: "Does it knowingly collect data from children (under 13, or under 16 in the EU)?", flag_on: Some(Verdict::Yes), flagged_label: "Collects children's data", key: false },
    Practice { id: "policy_changes", title: "Notice of policy changes", question: "Will users be notified directly (email, in-app notice) of material changes to the policy?", flag_on: Some(Verdict::No), flagged_label: "Changes without direct notice", key: false },
    Practice { id: "international_transfer", title: "International transfers", question: "Is personal data transferred to other countries?", flag_on: None, flagged_label: "Transfers data abroad", key: false },
    Practice { id: "precise_location", title: "Precise location", question: "Does it collect precise geolocation (GPS, device location)?", flag_on: Some(Verdict::Yes), flagged_label: "Collects precise location", key: false },
    Practice { id: "security", title: "Security measures", question: "Does it describe concrete security measures (encryption, access control)?", flag_on: Some(Verdict::NotMentioned), flagged_label: "No security measures described", key: false },
    Practice { id: "marketing_opt_out", title: "Opting out of marketing", question: "Can users opt out of marketing communications?", flag_on: Some(Verdict::No), flagged_label: "No marketing opt-out", key: false },
];

/// Looks a practice up by id.
pub fn practice(id: &str) -> Option<&'static Practice> {
    PRACTICES.iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifteen_unique_practices() {
        let mut ids: Vec<_> = PRACTICES.iter().map(|p| p.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 15);
    }

    #[test]
    fn verdict_names_round_trip() {
        for v in [
            Verdict::Yes,
            Verdict::No,
            Verdict::Unclear,
            Verdict::NotMentioned,
        ] {
            assert_eq!(Verdict::parse(v.as_str()), Some(v));
        }
        assert_eq!(Verdict::parse("maybe"), None);
    }
}

#[cfg(test)]
mod version_tests {
    #[test]
    fn the_analyser_version_carries_the_rules_fingerprint() {
        let v = crate::analyzer_version();
        let fp = format!("{:016x}", super::rules_fingerprint());
        assert!(v.ends_with(&fp[..8]), "{v} vs {fp}");
        assert!(v.starts_with(env!("CARGO_PKG_VERSION")), "{v}");
        assert_eq!(super::rules_fingerprint(), super::rules_fingerprint());
    }
}
