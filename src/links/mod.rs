//! Finding a page's privacy-policy link. (Stub: being implemented — see issue 3.)

use serde::{Deserialize, Serialize};

/// What a content script collects for one `<a>`/`<area>`/`<link>` on a page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LinkRecord {
    /// Resolved absolute href.
    pub href: String,
    /// Visible text.
    pub text: String,
    /// `title` attribute.
    pub title: String,
    /// `aria-label` attribute.
    pub aria_label: String,
    /// `rel` attribute (`privacy-policy` for `<link rel=privacy-policy>`).
    pub rel: String,
    /// Nearest landmark: "header", "nav", "footer", "dialog", "main" or "".
    pub region: String,
    /// Document order.
    pub index: u32,
    /// Whether the link is visible.
    pub visible: bool,
}

/// What kind of link a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// The privacy policy itself.
    Policy,
    /// A cookie policy.
    CookiePolicy,
    /// "Do Not Sell or Share" / "Your Privacy Choices".
    OptOut,
    /// Privacy settings / consent manager.
    Settings,
    /// Terms / legal hub.
    Terms,
}

/// A ranked candidate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PolicyLink {
    /// Absolute http(s) URL, fragment dropped.
    pub url: String,
    /// Kind.
    pub kind: LinkKind,
    /// Score (higher is better).
    pub score: f32,
    /// Why it was chosen, in words.
    pub reasons: Vec<String>,
    /// The link text.
    pub text: String,
}

/// Ranks the policy-link candidates among `links` (best first).
pub fn find_policy_links(_page_url: &str, _links: &[LinkRecord]) -> Vec<PolicyLink> {
    Vec::new()
}

/// Parses `html` itself and ranks its links.
pub fn find_policy_links_in_html(_html: &str, _page_url: &str) -> Vec<PolicyLink> {
    Vec::new()
}

/// Conventional paths to probe (HEAD) on the page's origin when no link was found.
pub fn conventional_paths(_page_url: &str) -> Vec<String> {
    Vec::new()
}
