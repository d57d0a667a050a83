//! When a page links no policy: the conventional places to look on its origin.

use super::url as u;

/// The paths sites most often serve their policy at, most common first (English slugs are
/// used worldwide; a local one follows when the host's country domain suggests a language).
const PATHS: &[&str] = &[
    "/privacy",
    "/privacy-policy",
    "/legal/privacy",
    "/privacy-notice",
    "/policies/privacy",
    "/about/privacy",
];

/// Local slugs by country-code top-level domain.
const LOCAL: &[(&str, &str)] = &[
    ("de", "/datenschutz"),
    ("at", "/datenschutz"),
    ("ch", "/datenschutz"),
    ("fr", "/politique-de-confidentialite"),
    ("es", "/politica-de-privacidad"),
    ("mx", "/aviso-de-privacidad"),
    ("it", "/privacy"),
    ("br", "/politica-de-privacidade"),
    ("pt", "/politica-de-privacidade"),
    ("nl", "/privacybeleid"),
    ("pl", "/polityka-prywatnosci"),
    ("se", "/integritetspolicy"),
    ("dk", "/privatlivspolitik"),
    ("no", "/personvern"),
    ("fi", "/tietosuojaseloste"),
    ("cz", "/ochrana-osobnich-udaju"),
    ("tr", "/gizlilik-politikasi"),
    ("ru", "/privacy-policy"),
];

/// URLs to probe (e.g. with HEAD) on the origin of `page_url` when no link was found: the
/// origin plus each conventional path, deduplicated. Empty when `page_url` is not an absolute
/// http(s) URL.
///
/// ```
/// let urls = fineprint::links::conventional_paths("https://www.example.de/artikel/1?x#y");
/// assert_eq!(urls[0], "https://www.example.de/privacy");
/// assert!(urls.contains(&"https://www.example.de/datenschutz".to_string()));
/// ```
pub fn conventional_paths(page_url: &str) -> Vec<String> {
    let Some(url) = u::parse_page(page_url) else {
        return Vec::new();
    };
    let origin = url.origin().ascii_serialization();
    let tld = url
        .host_str()
        .and_then(|h| h.trim_end_matches('.').rsplit('.').next())
        .unwrap_or("");
    let local = LOCAL
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(tld))
        .map(|(_, p)| *p);
    let mut out: Vec<String> = Vec::with_capacity(PATHS.len() + 1);
    for p in PATHS.iter().copied().chain(local) {
        let s = format!("{origin}{p}");
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_on_the_origin() {
        let p = conventional_paths("http://news.example.com:8080/a/b.html");
        assert_eq!(p[0], "http://news.example.com:8080/privacy");
        assert!(p.contains(&"http://news.example.com:8080/legal/privacy".to_string()));
        assert_eq!(p.len(), PATHS.len());
    }

    #[test]
    fn a_local_slug_by_country_domain() {
        assert!(conventional_paths("https://example.fr/")
            .contains(&"https://example.fr/politique-de-confidentialite".to_string()));
        // Italian sites say "privacy" too: no duplicate.
        assert_eq!(conventional_paths("https://example.it/").len(), PATHS.len());
    }

    #[test]
    fn nothing_for_non_web_urls() {
        for bad in [
            "",
            "not a url",
            "file:///x",
            "chrome://newtab",
            "javascript:alert(1)",
            "/relative",
        ] {
            assert!(conventional_paths(bad).is_empty(), "{bad}");
        }
    }
}
