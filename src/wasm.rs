//! The JavaScript boundary: the only module that knows about wasm-bindgen.
//!
//! Exports (camelCase in JS):
//! * `analyze(input: string | Uint8Array, options?: {url?, charset?, contentType?, flags?})`
//!   → `Report` (see `report.rs`), evidence offsets converted to UTF-16 code units.
//! * `summarize(report, flags)` → `Summary` for new flags without re-analysing.
//! * `findPolicyLinks(pageUrl: string, records: LinkRecord[], page?: {title?, heading?,
//!   lastIndex?})` → `PolicyLink[]`.
//! * `findPolicyLinksInHtml(html: string, pageUrl: string)` → `PolicyLink[]`.
//! * `conventionalPaths(pageUrl: string)` → `string[]` URLs to probe when nothing is found.
//! * `practices()` → the practice table; `version()` → analyser version.
//!
//! Errors (bad option objects) become `JsError`; nothing here panics on input.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::report::{Flags, Report};
use crate::text::Hints;
use crate::{LinkRecord, Options};

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct JsOptions {
    url: Option<String>,
    charset: Option<String>,
    content_type: Option<String>,
    flags: Option<Flags>,
}

fn serializer() -> serde_wasm_bindgen::Serializer {
    serde_wasm_bindgen::Serializer::json_compatible()
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serializer())
        .map_err(|e| JsError::new(&format!("cannot convert result: {e}")))
}

fn options_from(js: JsValue) -> Result<Options, JsError> {
    let o: JsOptions = if js.is_undefined() || js.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(js)
            .map_err(|e| JsError::new(&format!("bad options: {e}")))?
    };
    Ok(Options {
        url: o.url,
        hints: Hints {
            charset: o.charset,
            content_type: o.content_type,
        },
        flags: o.flags,
    })
}

/// Converts every evidence offset from UTF-8 bytes to UTF-16 code units of `text`.
fn to_utf16_offsets(report: &mut Report, text: &str) {
    let mut marks: Vec<usize> = report
        .findings
        .iter()
        .flat_map(|f| f.evidence.iter().flat_map(|e| [e.start, e.end]))
        .chain(report.documents.iter().flat_map(|d| [d.start, d.end]))
        .collect();
    marks.sort_unstable();
    marks.dedup();
    // Counted over bytes: every byte but a continuation byte starts a character, one unit,
    // two for a four-byte one (a surrogate pair).
    let bytes = text.as_bytes();
    let mut units_at: Vec<usize> = Vec::with_capacity(marks.len());
    let (mut byte, mut units) = (0usize, 0usize);
    for &m in &marks {
        let end = m.min(bytes.len());
        for &b in &bytes[byte.min(end)..end] {
            if b & 0xC0 != 0x80 {
                units += 1 + usize::from(b >= 0xF0);
            }
        }
        byte = byte.max(end);
        units_at.push(units);
    }
    let conv = |x: &mut usize| {
        if let Ok(i) = marks.binary_search(x) {
            *x = units_at[i];
        }
    };
    for f in &mut report.findings {
        for e in &mut f.evidence {
            conv(&mut e.start);
            conv(&mut e.end);
        }
    }
    for d in &mut report.documents {
        conv(&mut d.start);
        conv(&mut d.end);
    }
}

/// Analyses a policy given as a string or bytes.
#[wasm_bindgen]
pub fn analyze(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let options = options_from(options)?;
    let text = if let Some(s) = input.as_string() {
        crate::text::extract_str(&s, &options.hints)
    } else if input.is_instance_of::<js_sys::Uint8Array>() {
        let bytes = js_sys::Uint8Array::from(input).to_vec();
        crate::text::extract(&bytes, &options.hints)
    } else {
        return Err(JsError::new("input must be a string or a Uint8Array"));
    };
    let plain = text.text.clone();
    let mut report = crate::analyze_policy_text(text, &options);
    to_utf16_offsets(&mut report, &plain);
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct WithText<'a> {
        #[serde(flatten)]
        report: &'a Report,
        text: &'a str,
    }
    to_js(&WithText {
        report: &report,
        text: &plain,
    })
}

/// Re-computes the summary of a report for new flags.
#[wasm_bindgen]
pub fn summarize(report: JsValue, flags: JsValue) -> Result<JsValue, JsError> {
    let report: Report = serde_wasm_bindgen::from_value(report)
        .map_err(|e| JsError::new(&format!("bad report: {e}")))?;
    let flags: Flags = serde_wasm_bindgen::from_value(flags)
        .map_err(|e| JsError::new(&format!("bad flags: {e}")))?;
    to_js(&report.summarize(&flags))
}

/// Ranks the policy links among the records a content script collected (maybe only the
/// candidates, with the page's `lastIndex`; see `links::PageInfo`).
#[wasm_bindgen(js_name = findPolicyLinks)]
pub fn find_policy_links(
    page_url: &str,
    records: JsValue,
    page: JsValue,
) -> Result<JsValue, JsError> {
    let records: Vec<LinkRecord> = serde_wasm_bindgen::from_value(records)
        .map_err(|e| JsError::new(&format!("bad link records: {e}")))?;
    let info: crate::links::PageInfo = if page.is_undefined() || page.is_null() {
        Default::default()
    } else {
        serde_wasm_bindgen::from_value(page).map_err(|e| JsError::new(&format!("bad page: {e}")))?
    };
    to_js(&crate::links::find_policy_links_on(
        page_url, &records, &info,
    ))
}

/// Parses an HTML page and ranks its policy links.
#[wasm_bindgen(js_name = findPolicyLinksInHtml)]
pub fn find_policy_links_in_html(html: &str, page_url: &str) -> Result<JsValue, JsError> {
    to_js(&crate::links::find_policy_links_in_html(html, page_url))
}

/// Conventional policy paths to probe on the page's origin when no link was found.
#[wasm_bindgen(js_name = conventionalPaths)]
pub fn conventional_paths(page_url: &str) -> Result<JsValue, JsError> {
    to_js(&crate::links::conventional_paths(page_url))
}

/// The practice table (ids, titles, questions, default flags).
#[wasm_bindgen]
pub fn practices() -> Result<JsValue, JsError> {
    to_js(&crate::PRACTICES)
}

/// Default flag set (PRACTICES.md "flag on").
#[wasm_bindgen(js_name = defaultFlags)]
pub fn default_flags() -> Result<JsValue, JsError> {
    to_js(&Flags::default())
}

/// The analyser version (cache key).
#[wasm_bindgen]
pub fn version() -> String {
    crate::analyzer_version().to_string()
}
