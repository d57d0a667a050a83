//! The report: one serialisable struct per analysed policy, and its summary against a set of
//! flagged verdicts (what the badge shows).
//!
//! Deterministic: the same input and flags give byte-identical JSON (no maps with random
//! order, no timestamps).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::practices::{Verdict, PRACTICES};
use crate::segment::{DocKind, Segmented};
use crate::text::PolicyText;

/// One sentence that supports a verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    /// The sentence, exactly as it appears in the extracted text (`text[start..end]`).
    pub text: String,
    /// UTF-8 byte offset of the sentence in the extracted text (the wasm boundary converts
    /// offsets to UTF-16 code units for JavaScript).
    pub start: usize,
    /// End offset (exclusive), same unit as `start`.
    pub end: usize,
    /// Heading of the section the sentence sits in; empty when it precedes every heading.
    pub section: String,
    /// The verdict this sentence supports on its own (an `unclear` finding shows both sides).
    pub supports: Verdict,
}

/// The answer to one practice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Practice id (`sells_data`).
    pub practice: String,
    /// The verdict.
    pub verdict: Verdict,
    /// 0.0–1.0: how sure the engine is (strength and agreement of the cues).
    pub confidence: f32,
    /// Supporting sentences, strongest first; empty only for `not_mentioned`.
    pub evidence: Vec<Evidence>,
}

/// Which verdict of each practice raises the badge. Practices missing from the map are never
/// flagged. `Default` gives the "flag on" column of PRACTICES.md. Serialized as a map
/// `{practice id: verdict}`, in order of practice id.
///
/// A sorted list rather than a `BTreeMap`: this was the WASM's only B-tree, and its code
/// (insertion, rebalancing, cloning) was 7.7 KB of the module for a map of at most fifteen
/// entries.
#[derive(Debug, Clone, PartialEq)]
pub struct Flags(Vec<(String, Verdict)>);

impl Flags {
    /// No practice flagged.
    pub fn none() -> Self {
        Flags(vec![])
    }

    /// Flags `verdict` of practice `id` (in place of the verdict it flagged before, if any).
    pub fn insert(&mut self, id: String, verdict: Verdict) {
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(&id)) {
            Ok(i) => self.0[i].1 = verdict,
            Err(i) => self.0.insert(i, (id, verdict)),
        }
    }

    /// The verdict of practice `id` that is flagged, if any.
    pub fn get(&self, id: &str) -> Option<Verdict> {
        self.0
            .binary_search_by(|(k, _)| k.as_str().cmp(id))
            .ok()
            .map(|i| self.0[i].1)
    }

    /// (practice id, flagged verdict), in order of practice id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Verdict)> {
        self.0.iter().map(|(k, v)| (k.as_str(), *v))
    }
}

impl FromIterator<(String, Verdict)> for Flags {
    fn from_iter<I: IntoIterator<Item = (String, Verdict)>>(iter: I) -> Self {
        let mut flags = Flags::none();
        for (id, verdict) in iter {
            flags.insert(id, verdict);
        }
        flags
    }
}

impl Default for Flags {
    fn default() -> Self {
        PRACTICES
            .iter()
            .filter_map(|p| p.flag_on.map(|v| (p.id.to_string(), v)))
            .collect()
    }
}

impl Serialize for Flags {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Flags {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(BTreeMap::<String, Verdict>::deserialize(d)?
            .into_iter()
            .collect())
    }
}

/// Badge level, from worst to best; `Unknown` when there was nothing to judge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Badge {
    /// A key practice (ads, sale, DNT, GPC) is flagged, or three or more practices are.
    Red,
    /// One or two minor practices are flagged.
    Amber,
    /// Nothing flagged.
    Green,
    /// The text does not look like a privacy policy (too short, nothing recognised).
    Unknown,
}

/// The report against a flag set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Ids of flagged practices, in PRACTICES order.
    pub flagged: Vec<String>,
    /// Badge level.
    pub badge: Badge,
    /// Short words for the tooltip ("Sells data · Ignores Do Not Track · 2 more").
    pub tooltip: String,
}

/// A document found in the input (a legal hub holds several).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentInfo {
    /// Its title ("Privacy Policy"), or the page title for the first document.
    pub title: String,
    /// What kind of document it is; only privacy and cookie documents are analysed.
    pub kind: DocKind,
    /// Byte range in the extracted text.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
}

/// Everything Fineprint says about one policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// [`crate::analyzer_version`]: caches are keyed on it.
    pub analyzer_version: String,
    /// Where the policy came from, when known.
    pub url: Option<String>,
    /// Document title (`<title>`, first heading, or first line).
    pub title: String,
    /// Detected language (ISO 639-1), `None` when unsure.
    pub language: Option<String>,
    /// Length of the extracted text in bytes.
    pub text_length: usize,
    /// Number of sentences analysed (privacy and cookie documents only).
    pub sentences: usize,
    /// Whether the text reads like a privacy policy at all (a login wall or an error page
    /// does not).
    pub looks_like_policy: bool,
    /// Documents found (one for an ordinary policy).
    pub documents: Vec<DocumentInfo>,
    /// One finding per practice, in PRACTICES order.
    pub findings: Vec<Finding>,
    /// Flags raised and badge level.
    pub summary: Summary,
}

impl Report {
    /// Builds the report from the analysis and computes the summary against `flags`.
    pub fn build(
        text: &PolicyText,
        segmented: &Segmented,
        findings: Vec<Finding>,
        flags: &Flags,
        url: Option<&str>,
    ) -> Report {
        let analysed = segmented.analysed_sentence_count();
        let mentioned = findings
            .iter()
            .filter(|f| f.verdict != Verdict::NotMentioned)
            .count();
        let looks_like_policy = analysed >= 5 && mentioned >= 2;
        let mut report = Report {
            analyzer_version: crate::analyzer_version().to_string(),
            url: url.map(str::to_string),
            title: segmented.title(text),
            language: crate::lang::detect(&text.text).map(str::to_string),
            text_length: text.text.len(),
            sentences: analysed,
            looks_like_policy,
            documents: segmented
                .documents
                .iter()
                .map(|d| DocumentInfo {
                    title: d.title.clone(),
                    kind: d.kind,
                    start: d.start,
                    end: d.end,
                })
                .collect(),
            findings,
            summary: Summary {
                flagged: vec![],
                badge: Badge::Unknown,
                tooltip: String::new(),
            },
        };
        report.summary = report.summarize(flags);
        report
    }

    /// The finding for a practice id.
    pub fn finding(&self, practice: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.practice == practice)
    }

    /// Computes flags, badge and tooltip against a flag set (the options page changes it
    /// without re-analysing).
    pub fn summarize(&self, flags: &Flags) -> Summary {
        summarize(
            self.looks_like_policy,
            |id| self.finding(id).map(|f| f.verdict),
            flags,
        )
    }

    /// Deterministic JSON (one line).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The summary of a report from what it needs of one: whether the document reads as a policy,
/// and each practice's verdict (the WASM boundary reads just these back from a report object).
pub fn summarize(
    looks_like_policy: bool,
    verdict_of: impl Fn(&str) -> Option<Verdict>,
    flags: &Flags,
) -> Summary {
    if !looks_like_policy {
        return Summary {
            flagged: vec![],
            badge: Badge::Unknown,
            tooltip: "This does not look like a privacy policy".to_string(),
        };
    }
    let flagged: Vec<&'static crate::Practice> = PRACTICES
        .iter()
        .filter(|p| {
            let verdict = verdict_of(p.id);
            verdict.is_some() && flags.get(p.id) == verdict
        })
        .collect();
    let badge = if flagged.is_empty() {
        Badge::Green
    } else if flagged.len() >= 3 || flagged.iter().any(|p| p.key) {
        Badge::Red
    } else {
        Badge::Amber
    };
    let tooltip = match flagged.len() {
        0 => "No flagged practices".to_string(),
        1 | 2 => flagged
            .iter()
            .map(|p| p.flagged_label)
            .collect::<Vec<_>>()
            .join(" · "),
        n => format!(
            "{} · {} · {} more",
            flagged[0].flagged_label,
            flagged[1].flagged_label,
            n - 2
        ),
    };
    Summary {
        flagged: flagged.iter().map(|p| p.id.to_string()).collect(),
        badge,
        tooltip,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A map in order of practice id, each once (the last insert wins), as the B-tree map it
    /// replaced serialized; and back.
    #[test]
    fn flags_are_a_sorted_map() {
        let mut f: Flags = [
            ("sells_data".to_string(), Verdict::Yes),
            ("ad_tracking".to_string(), Verdict::No),
        ]
        .into_iter()
        .collect();
        f.insert("ad_tracking".to_string(), Verdict::Yes);
        f.insert("gpc".to_string(), Verdict::No);
        let json = serde_json::to_string(&f).unwrap();
        assert_eq!(
            json,
            r#"{"ad_tracking":"yes","gpc":"no","sells_data":"yes"}"#
        );
        assert_eq!(f.get("gpc"), Some(Verdict::No));
        assert_eq!(f.get("children"), None);
        assert_eq!(serde_json::from_str::<Flags>(&json).unwrap(), f);
        let default = Flags::default();
        let ids: Vec<&str> = default.iter().map(|(k, _)| k).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]) && ids.contains(&"sells_data"));
    }
}
