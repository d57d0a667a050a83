//! Scoring the analyser against labelled evaluation sets (layout of `../shared/eval/README.md`).
//! Reading files happens here, never in the core; the scoring functions are pure.

#[cfg(not(target_arch = "wasm32"))]
pub mod links;
