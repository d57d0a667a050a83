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
//!
//! Results go to JavaScript through serde-wasm-bindgen. Inputs are read field by field
//! ([`read`]): serde's deserializers brought their error formatting (floats included) into the
//! WASM, 20 KB gzipped, for a handful of plain objects.

use js_sys::{Array, Object, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::links::PageInfo;
use crate::practices::Verdict;
use crate::report::{Flags, Report};
use crate::text::Hints;
use crate::{LinkRecord, Options};

/// Typed reads of the fields of plain JS objects. A missing field (`undefined` or `null`)
/// takes its default, as `#[serde(default)]` did; a field of the wrong type is an error that
/// names it.
mod read {
    use super::*;

    pub fn missing(v: &JsValue) -> bool {
        v.is_undefined() || v.is_null()
    }

    /// A field name made into a JS string once, for reading it from many objects (5,000 link
    /// records would otherwise make 40,000 key strings).
    pub struct Key {
        name: &'static str,
        js: JsValue,
    }

    impl Key {
        pub fn new(name: &'static str) -> Key {
            Key {
                name,
                js: JsValue::from_str(name),
            }
        }
    }

    pub fn get(obj: &JsValue, key: &Key) -> Result<JsValue, String> {
        if !obj.is_object() {
            return Err("expected an object".to_string());
        }
        Reflect::get(obj, &key.js).map_err(|_| format!("cannot read {}", key.name))
    }

    pub fn field(obj: &JsValue, name: &'static str) -> Result<JsValue, String> {
        get(obj, &Key::new(name))
    }

    /// A field's value converted by `convert` (`None`: the wrong type, an error saying it
    /// must be `what`); a missing field is `None`.
    fn typed<T>(
        obj: &JsValue,
        key: &Key,
        what: &str,
        convert: impl FnOnce(&JsValue) -> Option<T>,
    ) -> Result<Option<T>, String> {
        let v = get(obj, key)?;
        if missing(&v) {
            return Ok(None);
        }
        convert(&v)
            .map(Some)
            .ok_or_else(|| format!("{} must be {what}", key.name))
    }

    pub fn string(obj: &JsValue, key: &Key) -> Result<Option<String>, String> {
        typed(obj, key, "a string", JsValue::as_string)
    }

    pub fn boolean(obj: &JsValue, key: &Key) -> Result<Option<bool>, String> {
        typed(obj, key, "a boolean", JsValue::as_bool)
    }

    /// A whole number from 0 to `u32::MAX`.
    pub fn index(obj: &JsValue, key: &Key) -> Result<Option<u32>, String> {
        typed(obj, key, "a whole number from 0", |v| {
            v.as_f64()
                .filter(|n| *n >= 0.0 && *n <= u32::MAX as f64 && n.fract() == 0.0)
                .map(|n| n as u32)
        })
    }

    pub fn verdict(v: &JsValue, name: &str) -> Result<Verdict, String> {
        v.as_string()
            .as_deref()
            .and_then(Verdict::parse)
            .ok_or_else(|| format!("{name} must be yes, no, unclear or not_mentioned"))
    }

    /// An array's items (at most `max` read).
    pub fn items(v: &JsValue, max: usize) -> Result<Vec<JsValue>, String> {
        if !Array::is_array(v) {
            return Err("expected an array".to_string());
        }
        Ok(Array::from(v).iter().take(max).collect())
    }

    /// `{practice id: verdict}`.
    pub fn flags(v: &JsValue) -> Result<Flags, String> {
        if !v.is_object() || Array::is_array(v) {
            return Err("flags must be an object".to_string());
        }
        let mut out = Flags::none();
        for key in Object::keys(&Object::from(v.clone())).iter() {
            let Some(id) = key.as_string() else { continue };
            let value = Reflect::get(v, &key).map_err(|_| format!("cannot read {id}"))?;
            let verdict = verdict(&value, &id)?;
            out.insert(id, verdict);
        }
        Ok(out)
    }

    pub fn options(js: &JsValue) -> Result<Options, String> {
        if missing(js) {
            return Ok(Options::default());
        }
        let flags = field(js, "flags")?;
        Ok(Options {
            url: string(js, &Key::new("url"))?,
            hints: Hints {
                charset: string(js, &Key::new("charset"))?,
                content_type: string(js, &Key::new("contentType"))?,
            },
            flags: if missing(&flags) {
                None
            } else {
                Some(self::flags(&flags)?)
            },
        })
    }

    /// The keys of a [`LinkRecord`], made once per call.
    pub struct RecordKeys([Key; 8]);

    impl RecordKeys {
        pub fn new() -> RecordKeys {
            RecordKeys(
                [
                    "href",
                    "text",
                    "title",
                    "ariaLabel",
                    "rel",
                    "region",
                    "index",
                    "visible",
                ]
                .map(Key::new),
            )
        }
    }

    pub fn record(js: &JsValue, keys: &RecordKeys) -> Result<LinkRecord, String> {
        let [href, text, title, aria_label, rel, region, index_key, visible] = &keys.0;
        let s = |key| string(js, key).map(Option::unwrap_or_default);
        Ok(LinkRecord {
            href: s(href)?,
            text: s(text)?,
            title: s(title)?,
            aria_label: s(aria_label)?,
            rel: s(rel)?,
            region: s(region)?,
            index: index(js, index_key)?.unwrap_or(0),
            visible: boolean(js, visible)?.unwrap_or(LinkRecord::default().visible),
        })
    }

    pub fn page(js: &JsValue) -> Result<PageInfo, String> {
        if missing(js) {
            return Ok(PageInfo::default());
        }
        Ok(PageInfo {
            title: string(js, &Key::new("title"))?,
            heading: string(js, &Key::new("heading"))?,
            last_index: index(js, &Key::new("lastIndex"))?,
        })
    }
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
    read::options(&js).map_err(|e| JsError::new(&format!("bad options: {e}")))
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

/// Re-computes the summary of a report for new flags. Of the report it reads what the summary
/// depends on: `looksLikePolicy` and each finding's `practice` and `verdict`.
#[wasm_bindgen]
pub fn summarize(report: JsValue, flags: JsValue) -> Result<JsValue, JsError> {
    let bad = |e: String| JsError::new(&format!("bad report: {e}"));
    let looks_like_policy = read::boolean(&report, &read::Key::new("looksLikePolicy"))
        .map_err(bad)?
        .ok_or_else(|| bad("looksLikePolicy is missing".to_string()))?;
    let mut verdicts: Vec<(String, Verdict)> = vec![];
    let (practice_key, verdict_key) = (read::Key::new("practice"), read::Key::new("verdict"));
    for f in read::items(&read::field(&report, "findings").map_err(bad)?, 64).map_err(bad)? {
        let practice = read::string(&f, &practice_key)
            .map_err(bad)?
            .unwrap_or_default();
        let verdict = read::verdict(&read::get(&f, &verdict_key).map_err(bad)?, "verdict");
        verdicts.push((practice, verdict.map_err(bad)?));
    }
    let flags = read::flags(&flags).map_err(|e| JsError::new(&format!("bad flags: {e}")))?;
    let verdict_of = |id: &str| verdicts.iter().find(|(p, _)| p == id).map(|(_, v)| *v);
    to_js(&crate::report::summarize(
        looks_like_policy,
        verdict_of,
        &flags,
    ))
}

/// Ranks the policy links among the records a content script collected (maybe only the
/// candidates, with the page's `lastIndex`; see `links::PageInfo`).
#[wasm_bindgen(js_name = findPolicyLinks)]
pub fn find_policy_links(
    page_url: &str,
    records: JsValue,
    page: JsValue,
) -> Result<JsValue, JsError> {
    let bad = |e: String| JsError::new(&format!("bad link records: {e}"));
    let keys = read::RecordKeys::new();
    let records = read::items(&records, usize::MAX)
        .map_err(bad)?
        .iter()
        .map(|r| read::record(r, &keys))
        .collect::<Result<Vec<LinkRecord>, String>>()
        .map_err(bad)?;
    let info = read::page(&page).map_err(|e| JsError::new(&format!("bad page: {e}")))?;
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
