//! URLs: WHATWG resolution (the `url` crate), the http(s)-only rule, and the "site" of a host.
//!
//! Everything here is total: a string that does not parse is `None`, never a panic.

use url::Url;

/// Parses an absolute page URL; only http(s) pages have links worth ranking.
pub(crate) fn parse_page(page_url: &str) -> Option<Url> {
    let page_url = page_url.trim();
    if !ascii_authority(page_url) {
        return None;
    }
    Url::parse(page_url).ok().filter(is_web)
}

/// Whether the host part an absolute or scheme-relative URL string would give is plain ASCII
/// without percent escapes (relative references keep the base's host: true).
///
/// Our IDNA back end is ASCII-only (`idna_adapter` 1.0, chosen for the WASM size): a raw
/// non-ASCII host is rejected by the parser anyway, but its stub mapper asserts on an
/// uppercase ASCII letter beside a non-ASCII one, a panic in debug builds (found by fuzzing,
/// BENCHMARKS.md F3). Browsers hand us punycode hosts, so leaving these out loses nothing.
fn ascii_authority(s: &str) -> bool {
    // What the URL parser reads: leading and trailing C0 controls and spaces dropped, ASCII tabs
    // and newlines removed everywhere ("\0\0https:/…", "ht\ttps://…" are absolute URLs).
    let raw = s.as_bytes();
    let from = raw.iter().position(|&c| c > b' ').unwrap_or(raw.len());
    let to = raw.iter().rposition(|&c| c > b' ').map_or(from, |i| i + 1);
    let trimmed = &raw[from..to];
    let cleaned: std::borrow::Cow<[u8]> =
        if trimmed.iter().any(|&c| matches!(c, b'\t' | b'\n' | b'\r')) {
            trimmed
                .iter()
                .copied()
                .filter(|&c| !matches!(c, b'\t' | b'\n' | b'\r'))
                .collect::<Vec<u8>>()
                .into()
        } else {
            trimmed.into()
        };
    let b: &[u8] = &cleaned;
    let scheme_end = b
        .iter()
        .position(|&c| !(c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.')))
        .filter(|&i| i > 0 && b[i] == b':' && b[0].is_ascii_alphabetic());
    let rest = match scheme_end {
        Some(i) => &b[i + 1..],
        None if b.len() >= 2 && b[..2].iter().all(|&c| c == b'/' || c == b'\\') => b,
        None => return true,
    };
    let rest = &rest[rest
        .iter()
        .position(|&c| !matches!(c, b'/' | b'\\'))
        .unwrap_or(rest.len())..];
    rest.iter()
        .take_while(|&&c| !matches!(c, b'/' | b'\\' | b'?' | b'#'))
        .all(|&c| c.is_ascii() && c != b'%')
}

/// Resolves `href` against `base` (the page URL or its `<base href>`), keeping only http(s)
/// URLs. The fragment is kept: [`strip_fragment`] tells the caller whether there was one.
pub(crate) fn resolve(base: Option<&Url>, href: &str) -> Option<Url> {
    let href = href.trim();
    if !ascii_authority(href) {
        return None;
    }
    let url = match base {
        Some(base) => base.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    is_web(&url).then_some(url)
}

/// Drops the fragment; returns whether the URL had one (an in-page reference when the rest
/// of the URL is the page itself).
pub(crate) fn strip_fragment(url: &mut Url) -> bool {
    let had = url.fragment().is_some();
    url.set_fragment(None);
    had
}

/// Query parameters that only track where a click came from (`?cm_type=fnav`,
/// `?hsLang=en`, `utm_*`): the document is the same without them, and keeping them would
/// split one policy into several candidates (and cache entries).
fn is_tracking_param(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.starts_with("utm_")
        || n.starts_with("cm_")
        || matches!(
            n.as_str(),
            "hslang"
                | "ref"
                | "ref_"
                | "icid"
                | "intcmp"
                | "fbclid"
                | "gclid"
                | "msclkid"
                | "mc_cid"
                | "mc_eid"
                | "_ga"
                | "_gl"
                | "trk"
        )
}

/// Drops tracking parameters from the query (and an emptied `?`).
pub(crate) fn strip_tracking(url: &mut Url) {
    let Some(query) = url.query() else { return };
    if !query
        .split('&')
        .any(|p| is_tracking_param(p.split('=').next().unwrap_or("")))
    {
        return;
    }
    let kept: Vec<String> = query
        .split('&')
        .filter(|p| !p.is_empty() && !is_tracking_param(p.split('=').next().unwrap_or("")))
        .map(str::to_string)
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.set_query(Some(&kept.join("&")));
    }
}

fn is_web(url: &Url) -> bool {
    matches!(url.scheme(), "http" | "https") && url.host_str().is_some_and(|h| !h.is_empty())
}

/// The key under which two URLs name the same document: `host[:port]/path?query`, so the
/// scheme, a leading `www.`, default ports, trailing slashes and the fragment are ignored
/// and path and query compared exactly. The evaluation compares answers with it too.
pub fn document_key(url: &Url) -> String {
    let host = url.host_str().unwrap_or("");
    let host = host.strip_prefix("www.").unwrap_or(host);
    let mut key = String::with_capacity(url.as_str().len());
    key.push_str(host);
    if let Some(port) = url.port() {
        key.push(':');
        key.push_str(&port.to_string());
    }
    key.push_str(url.path().trim_end_matches('/'));
    if let Some(q) = url.query() {
        key.push('?');
        key.push_str(q);
    }
    key
}

/// The registrable part of a host, approximated without the public-suffix list: the last two
/// labels, or three when the second-level label is a common public second level under a
/// country code (`bbc.co.uk`, `abc.net.au`, `yahoo.co.jp`). IP addresses are their own site.
pub(crate) fn site_of(url: &Url) -> &str {
    let host = url.host_str().unwrap_or("");
    if !matches!(url.host(), Some(url::Host::Domain(_))) {
        return host;
    }
    let host = host.trim_end_matches('.');
    let labels: Vec<&str> = host.rsplitn(4, '.').collect();
    let keep = match labels.as_slice() {
        [tld, second, ..]
            if tld.len() == 2
                && labels.len() >= 3
                && matches!(
                    *second,
                    "co" | "com"
                        | "org"
                        | "net"
                        | "ac"
                        | "gov"
                        | "edu"
                        | "ne"
                        | "or"
                        | "go"
                        | "gob"
                        | "nic"
                        | "mil"
                        | "ltd"
                        | "plc"
                        | "sch"
                        | "nom"
                        | "gv"
                        | "gen"
                ) =>
        {
            3
        }
        _ => 2,
    };
    if labels.len() <= keep {
        return host;
    }
    let cut: usize = labels[..keep].iter().map(|l| l.len() + 1).sum();
    &host[host.len() + 1 - cut..]
}

/// The labels of a host that name the site's owner (`news.sky.com` → `news`, `sky`), used to
/// forgive a brand name in a link text ("Sky Privacy Notice").
pub(crate) fn host_words(url: &Url) -> impl Iterator<Item = &str> {
    url.host_str()
        .unwrap_or("")
        .split('.')
        .filter(|l| l.len() > 2 && !matches!(*l, "www" | "com" | "org" | "net"))
}

/// The path and query of an absolute or relative href, without scheme, host and fragment:
/// where a URL's own words are. Cheap (no parsing), for screening records before resolution.
pub(crate) fn path_and_query(href: &str) -> &str {
    let s = href.trim();
    let s = match s.find("://") {
        Some(i) => {
            let rest = &s[i + 3..];
            match rest.find(['/', '?', '#']) {
                Some(j) => &rest[j..],
                None => "",
            }
        }
        None => s,
    };
    match s.find('#') {
        Some(i) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn non_ascii_or_escaped_hosts_are_left_out_but_paths_may_be_non_ascii() {
        let base = u("https://www.example.de/");
        for href in [
            "https://www.exAmpl\u{e9}.com/privacy",
            "//exAmpl\u{e9}.com/privacy",
            "\\\\exAmpl\u{e9}.com/privacy",
            "http:exAmpl\u{e9}.com/privacy",
            "https://ex%41mpl%C3%A9.com/",
            // What the URL parser strips first: leading controls and spaces, tabs and newlines.
            "\0\0\0\0https:/Y\u{eb}0/er.exa",
            " \u{1}https://exAmpl\u{e9}.com/",
            "ht\ttps://exAmpl\u{e9}.com/",
            "https:\n//exAmpl\u{e9}.com/",
        ] {
            assert!(!ascii_authority(href), "{href}");
            assert_eq!(resolve(Some(&base), href), None, "{href}");
        }
        for href in [
            "/datenschutzerkl\u{e4}rung",
            "datenschutz?q=\u{e4}",
            "https://www.example.de/datenschutzerkl\u{e4}rung",
            "https://xn--exmpl-dra.com/privacy",
        ] {
            assert!(ascii_authority(href), "{href}");
            assert!(resolve(Some(&base), href).is_some(), "{href}");
        }
        assert_eq!(parse_page("https://www.exAmpl\u{e9}.com/"), None);
    }

    #[test]
    fn resolves_relative_and_protocol_relative_links() {
        let base = u("https://www.example.com/news/story.html");
        assert_eq!(
            resolve(Some(&base), "/privacy").unwrap().as_str(),
            "https://www.example.com/privacy"
        );
        assert_eq!(
            resolve(Some(&base), "privacy.html").unwrap().as_str(),
            "https://www.example.com/news/privacy.html"
        );
        assert_eq!(
            resolve(Some(&base), "//legal.example.org/p")
                .unwrap()
                .as_str(),
            "https://legal.example.org/p"
        );
        assert_eq!(
            resolve(Some(&base), "  /p?x=1#top ").unwrap().as_str(),
            "https://www.example.com/p?x=1#top"
        );
    }

    #[test]
    fn only_http_and_https_survive() {
        let base = u("https://example.com/");
        for bad in [
            "javascript:void(0)",
            "JavaScript:openConsent()",
            "mailto:privacy@example.com",
            "data:text/html,hi",
            "file:///etc/passwd",
            "chrome://settings",
            "tel:+15555555",
            "ftp://example.com/privacy",
            "http://",
        ] {
            assert!(resolve(Some(&base), bad).is_none(), "{bad}");
        }
        assert!(resolve(None, "/privacy").is_none());
    }

    #[test]
    fn fragments_are_dropped_and_reported() {
        let mut x = u("https://example.com/privacy#cookies");
        assert!(strip_fragment(&mut x));
        assert_eq!(x.as_str(), "https://example.com/privacy");
        assert!(!strip_fragment(&mut x));
    }

    #[test]
    fn tracking_parameters_are_dropped() {
        let mut x = u("https://example.com/privacy-policy.html?cm_type=fnav");
        strip_tracking(&mut x);
        assert_eq!(x.as_str(), "https://example.com/privacy-policy.html");
        let mut x = u("https://example.com/privacy?hsLang=en&id=7&utm_source=footer");
        strip_tracking(&mut x);
        assert_eq!(x.as_str(), "https://example.com/privacy?id=7");
        let mut x = u("https://example.com/navigation/?type=static&page=privacypolicy");
        strip_tracking(&mut x);
        assert_eq!(
            x.as_str(),
            "https://example.com/navigation/?type=static&page=privacypolicy"
        );
    }

    #[test]
    fn document_key_ignores_scheme_www_port_slash() {
        let a = u("https://www.example.com:443/privacy-policy/?a=1#x");
        let b = u("http://example.com/privacy-policy?a=1");
        let same = |a: &Url, b: &Url| document_key(a) == document_key(b);
        assert!(same(&a, &b));
        assert!(!same(&a, &u("http://example.com/privacy-policy?a=2")));
        assert!(!same(&a, &u("http://example.com:8080/privacy-policy?a=1")));
        assert_eq!(document_key(&u("https://example.com/")), "example.com");
    }

    #[test]
    fn site_is_the_registrable_domain() {
        assert_eq!(site_of(&u("https://news.sky.com/story")), "sky.com");
        assert_eq!(site_of(&u("https://www.bbc.co.uk/")), "bbc.co.uk");
        assert_eq!(
            site_of(&u("https://www.theaustralian.com.au/x")),
            "theaustralian.com.au"
        );
        assert_eq!(site_of(&u("https://example.com/")), "example.com");
        assert_eq!(site_of(&u("https://localhost/")), "localhost");
        assert_eq!(site_of(&u("http://127.0.0.1/")), "127.0.0.1");
        assert_eq!(site_of(&u("https://a.b.c.example.de/")), "example.de");
    }

    #[test]
    fn path_and_query_skips_host_and_fragment() {
        assert_eq!(
            path_and_query("https://privacy.example.com/legal/privacy?x#y"),
            "/legal/privacy?x"
        );
        assert_eq!(path_and_query("https://example.com"), "");
        assert_eq!(path_and_query("/privacy#top"), "/privacy");
        assert_eq!(
            path_and_query("https://example.com?page=privacy"),
            "?page=privacy"
        );
    }
}
