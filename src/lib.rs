//! # Fineprint core
//!
//! Reads a privacy policy and answers fifteen questions about it (see
//! [`practices::PRACTICES`]), each with a verdict and the sentences that prove it.
//! The core is pure Rust: no I/O, no browser types. [`wasm`] is the only module
//! that knows about JavaScript.
//!
//! The data path is one direction:
//!
//! ```text
//! bytes/str ──text::extract──▶ PolicyText ──segment::segment──▶ Segmented
//!           ──practices::analyze_segmented──▶ Vec<Finding> ──report::Report::build──▶ Report
//! ```
//!
//! ```
//! let report = fineprint::analyze_text(
//!     "Privacy Policy\nWe do not sell your personal information.",
//!     &fineprint::Options::default(),
//! );
//! let sells = report.finding("sells_data").unwrap();
//! assert_eq!(sells.verdict, fineprint::Verdict::No);
//! assert!(sells.evidence[0].text.contains("do not sell"));
//! ```

#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
mod fnv;
mod html;
pub mod lang;
pub mod links;
pub mod literals;
pub mod practices;
pub mod report;
pub mod segment;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use links::{find_policy_links, find_policy_links_in_html, LinkRecord, PolicyLink};
pub use practices::{Practice, Verdict, PRACTICES};
pub use report::{Evidence, Finding, Flags, Report, Summary};
pub use text::{Hints, PolicyText};

/// Bump when the engine (not the rule tables) changes what it answers: segmentation,
/// negation scope, aggregation, evidence choice. 6: sidebars (`<aside>`) are not read; FAQ
/// question lines open sections. 7: an HTML table row of plain cells is one line, cells joined
/// by " | " as in a text table, a bare yes or no read with its column's short title ("Sold:
/// No"), the column titles not read as a sentence; a sidebar's heading opens no section; an
/// accordion's toggle button is read as its title.
pub const ENGINE_REVISION: u32 = 7;

/// Version of the analyser, the key of every cache of reports:
/// `<crate version>+engine.<ENGINE_REVISION>.rules.<fingerprint of the rule tables>`. A rule
/// change changes it by itself ([`practices::rules_fingerprint`], computed by the build).
pub fn analyzer_version() -> &'static str {
    static VERSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    VERSION.get_or_init(|| {
        format!(
            "{}+engine.{ENGINE_REVISION}.rules.{:08x}",
            env!("CARGO_PKG_VERSION"),
            practices::FINGERPRINT >> 32
        )
    })
}

/// How to read and judge one input.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Where the input came from (for the report; never fetched).
    pub url: Option<String>,
    /// Charset and content type hints, e.g. from HTTP headers.
    pub hints: Hints,
    /// Which verdicts raise the badge; `None` means the defaults of PRACTICES.md.
    pub flags: Option<Flags>,
}

/// Analyse raw bytes (HTML or plain text; the charset is sniffed when not hinted).
pub fn analyze_bytes(bytes: &[u8], options: &Options) -> Report {
    let text = text::extract(bytes, &options.hints);
    analyze_policy_text(text, options)
}

/// Analyse text that is already decoded (HTML or plain text, sniffed from its content).
pub fn analyze_text(input: &str, options: &Options) -> Report {
    let text = text::extract_str(input, &options.hints);
    analyze_policy_text(text, options)
}

/// Analyse text already extracted (e.g. the rendered text a content script hands over).
pub fn analyze_policy_text(text: PolicyText, options: &Options) -> Report {
    let segmented = segment::segment(&text);
    let findings = practices::analyze_segmented(&text, &segmented);
    let flags = options.flags.clone().unwrap_or_default();
    Report::build(&text, &segmented, findings, &flags, options.url.as_deref())
}
