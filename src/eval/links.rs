//! Link-finding evaluation (stub until the link finder lands, see issue 3).

use serde::Serialize;

/// Link scores.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LinkScores {
    /// Pages with a policy link.
    pub n: usize,
    /// Top answer accepted.
    pub hits_at_1: usize,
    /// Pages without a policy link answered with none.
    pub none_correct: usize,
    /// Pages without a policy link.
    pub none_n: usize,
}

/// Scores a links directory.
pub fn eval_links(_dir: &std::path::Path) -> Result<LinkScores, super::EvalError> {
    Ok(LinkScores::default())
}

/// Human output.
pub fn format_links(s: &LinkScores) -> String {
    format!("links: hits@1 {}/{}  none correct {}/{}\n", s.hits_at_1, s.n, s.none_correct, s.none_n)
}
