//! Property checks of the link finder: on any input it returns, never panics, and every URL
//! it returns is an absolute http(s) URL without a fragment.

use fineprint::links::{find_policy_links, find_policy_links_in_html, LinkRecord, PolicyLink};
use proptest::prelude::*;

fn check(links: &[PolicyLink]) -> Result<(), TestCaseError> {
    for l in links {
        let url =
            url::Url::parse(&l.url).map_err(|e| TestCaseError::fail(format!("{}: {e}", l.url)))?;
        prop_assert!(matches!(url.scheme(), "http" | "https"), "{}", l.url);
        prop_assert!(url.fragment().is_none(), "{}", l.url);
        prop_assert!(!l.url.contains('#'), "{}", l.url);
        prop_assert!(l.score.is_finite());
        prop_assert!(!l.reasons.is_empty());
    }
    Ok(())
}

/// Hrefs of every sort: absolute, relative, other schemes, fragments, junk.
fn href() -> impl Strategy<Value = String> {
    prop_oneof![
        "(https?|javascript|mailto|data|file|chrome|ftp|HTTP):(//)?[a-z0-9.:\\[\\]@-]{0,20}(/[a-zA-Z0-9_%.-]{0,12}){0,4}(\\?[a-z=&_]{0,12})?(#[a-z]{0,8})?",
        "(/|\\.\\./|//|#|\\?)?[a-zA-Z0-9/_.%?#=&-]{0,30}",
        ".{0,40}",
    ]
}

/// Link texts with the table's words mixed in.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Privacy Policy".to_string()),
        Just("Your California Privacy Rights".to_string()),
        Just("Datenschutzerklärung".to_string()),
        Just("隐私政策".to_string()),
        "(privacy|policy|cookie|terms|do not sell|here|settings|notice|[a-z]{1,8}| |&|/|\\||İ|ß|é){0,8}",
        ".{0,60}",
    ]
}

fn record() -> impl Strategy<Value = LinkRecord> {
    (
        href(),
        text(),
        text(),
        ".{0,20}",
        "(footer|header|nav|dialog|main|aside||.{0,8})",
        any::<u32>(),
        any::<bool>(),
    )
        .prop_map(
            |(href, text, aria_label, rel, region, index, visible)| LinkRecord {
                href,
                text,
                title: String::new(),
                aria_label,
                rel,
                region,
                index,
                visible,
            },
        )
}

fn page_url() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("https://www.example.com/privacy-policy".to_string()),
        Just("https://www.example.com/news/story.html#top".to_string()),
        "(https?|file|about)://[a-z.]{0,15}(/[a-z-]{0,10}){0,3}(#[a-z]{0,5})?",
        ".{0,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn records_never_panic_and_urls_are_clean(page in page_url(), records in prop::collection::vec(record(), 0..40)) {
        check(&find_policy_links(&page, &records))?;
    }

    #[test]
    fn html_never_panics_and_urls_are_clean(page in page_url(), parts in prop::collection::vec((href(), text(), 0usize..8), 0..30)) {
        let mut html = String::new();
        for (href, text, shape) in parts {
            match shape {
                0 => html.push_str(&format!("<footer><a href=\"{href}\">{text}</a></footer>")),
                1 => html.push_str(&format!("<a href='{href}' aria-label=\"{text}\"><img alt=\"{text}\"></a>")),
                2 => html.push_str(&format!("<base href=\"{href}\">")),
                3 => html.push_str(&format!("<link rel=privacy-policy href={href}>")),
                4 => html.push_str(&format!("<div class=\"cookie-banner\"><a href=\"{href}\">{text}")),
                5 => html.push_str(&format!("</div></a><title>{text}</title><area href=\"{href}\" alt=\"{text}\">")),
                6 => html.push_str(&format!("<svg><a href=\"{href}\">{text}</svg>")),
                _ => html.push_str(&text),
            }
        }
        check(&find_policy_links_in_html(&html, &page))?;
    }

    #[test]
    fn arbitrary_html_never_panics(html in ".{0,400}", page in page_url()) {
        check(&find_policy_links_in_html(&html, &page))?;
    }
}
