//! The ranking rules of the issue, one test each, on link texts as they appear on real sites.

use super::*;

const PAGE: &str = "https://www.example.com/news/2019/11/some-story.html";

fn rec(href: &str, text: &str, region: &str) -> LinkRecord {
    LinkRecord {
        href: href.to_string(),
        text: text.to_string(),
        region: region.to_string(),
        ..LinkRecord::default()
    }
}

/// Numbers the records in order.
fn page(records: &[LinkRecord]) -> Vec<LinkRecord> {
    records
        .iter()
        .enumerate()
        .map(|(i, r)| LinkRecord {
            index: i as u32,
            ..r.clone()
        })
        .collect()
}

fn best_policy(page_url: &str, records: &[LinkRecord]) -> Option<PolicyLink> {
    find_policy_links(page_url, &page(records))
        .into_iter()
        .find(|l| l.kind == LinkKind::Policy)
}

fn best_url(records: &[LinkRecord]) -> Option<String> {
    best_policy(PAGE, records).map(|l| l.url)
}

#[test]
fn footer_beats_body() {
    let links = [
        rec(
            "https://www.example.com/newsletter/privacy",
            "privacy policy",
            "main",
        ),
        rec(
            "https://www.example.com/privacy-policy",
            "Privacy Policy",
            "footer",
        ),
    ];
    assert_eq!(
        best_url(&links).as_deref(),
        Some("https://www.example.com/privacy-policy")
    );
}

#[test]
fn text_beats_url_words() {
    let links = [
        rec(
            "https://www.example.com/privacy-team/contact",
            "Contact our team",
            "footer",
        ),
        rec(
            "https://www.example.com/legal?doc=7",
            "Privacy Notice",
            "footer",
        ),
    ];
    assert_eq!(
        best_url(&links).as_deref(),
        Some("https://www.example.com/legal?doc=7")
    );
}

#[test]
fn the_url_speaks_when_the_text_says_nothing() {
    let links = [
        rec("https://www.example.com/about", "About", "footer"),
        rec("https://www.example.com/privacy-policy/", "here", "main"),
    ];
    let best = best_policy(PAGE, &links).expect("found through the URL");
    assert_eq!(best.url, "https://www.example.com/privacy-policy/");
    assert!(best.reasons.iter().any(|r| r.contains("only the URL")));
}

#[test]
fn an_exact_policy_name_beats_the_bare_topic() {
    for name in ["Privacy Policy", "Privacy Notice", "Privacy Statement"] {
        let links = [
            rec("https://www.example.com/privacy-hub", "Privacy", "footer"),
            rec("https://www.example.com/legal/doc-1", name, "footer"),
        ];
        assert_eq!(
            best_url(&links).as_deref(),
            Some("https://www.example.com/legal/doc-1"),
            "{name}"
        );
    }
}

#[test]
fn same_site_beats_another_site() {
    let links = [
        rec(
            "https://www.other-company.com/privacy",
            "Privacy Policy",
            "footer",
        ),
        rec(
            "https://help.example.com/articles/123-privacy",
            "Privacy Policy",
            "footer",
        ),
    ];
    assert_eq!(
        best_url(&links).as_deref(),
        Some("https://help.example.com/articles/123-privacy")
    );
    // A publisher's policy on its parent's site is still the answer when it is the only one.
    let parent = [rec(
        "http://www.futureplc.com/privacy-policy/",
        "Privacy policy",
        "footer",
    )];
    assert_eq!(
        best_url(&parent).as_deref(),
        Some("http://www.futureplc.com/privacy-policy/")
    );
}

#[test]
fn a_link_in_a_cookie_banner_counts() {
    let links = [
        rec("https://www.example.com/", "Home", "nav"),
        rec(
            "https://www.example.com/privacy",
            "Read our privacy policy",
            "dialog",
        ),
    ];
    let best = best_policy(PAGE, &links).expect("banner link");
    assert_eq!(best.url, "https://www.example.com/privacy");
    assert!(best.reasons.iter().any(|r| r.contains("cookie banner")));
}

#[test]
fn the_kinds_are_reported_separately() {
    let links = [
        rec(
            "https://www.example.com/legal/cookies",
            "Cookie Policy",
            "footer",
        ),
        rec(
            "https://www.example.com/dnsmpi",
            "Do Not Sell or Share My Personal Information",
            "footer",
        ),
        rec(
            "https://www.example.com/choices",
            "Your Privacy Choices",
            "footer",
        ),
        rec(
            "https://www.example.com/consent",
            "Cookie Settings",
            "footer",
        ),
        rec("https://www.example.com/terms", "Terms of Use", "footer"),
        rec("https://www.example.com/legal", "Legal", "footer"),
        rec(
            "https://www.example.com/legal/privacy",
            "Privacy Policy",
            "footer",
        ),
    ];
    let found = find_policy_links(PAGE, &page(&links));
    let kind_of = |url: &str| found.iter().find(|l| l.url.ends_with(url)).map(|l| l.kind);
    assert_eq!(found[0].kind, LinkKind::Policy);
    assert_eq!(found[0].url, "https://www.example.com/legal/privacy");
    assert_eq!(kind_of("/legal/cookies"), Some(LinkKind::CookiePolicy));
    assert_eq!(kind_of("/dnsmpi"), Some(LinkKind::OptOut));
    assert_eq!(kind_of("/choices"), Some(LinkKind::OptOut));
    assert_eq!(kind_of("/consent"), Some(LinkKind::Settings));
    assert_eq!(kind_of("/terms"), Some(LinkKind::Terms));
    assert_eq!(kind_of("/legal"), Some(LinkKind::Terms));
    assert_eq!(
        found.iter().filter(|l| l.kind == LinkKind::Policy).count(),
        1
    );
}

#[test]
fn state_law_supplements_and_ad_choices_rank_below_the_policy() {
    let links = [
        rec(
            "https://www.example.com/ca-privacy",
            "Your California Privacy Rights",
            "footer",
        ),
        rec("https://www.example.com/ccpa", "CCPA Notice", "footer"),
        rec("https://www.example.com/adchoices", "Ad Choices", "footer"),
        rec(
            "https://www.example.com/interest-ads",
            "Interest-Based Ads",
            "footer",
        ),
        rec("https://www.example.com/privacy", "Privacy", "footer"),
    ];
    let found = find_policy_links(PAGE, &page(&links));
    assert_eq!(found[0].url, "https://www.example.com/privacy");
    assert_eq!(found[0].kind, LinkKind::Policy);
    for l in &found[1..] {
        assert_ne!(l.kind, LinkKind::Policy, "{l:?}");
    }
    // Alone, a supplement is still not the policy.
    let alone = [rec(
        "https://www.example.com/ca-privacy",
        "Your California Privacy Rights",
        "footer",
    )];
    assert_eq!(best_url(&alone), None);
    assert_eq!(
        find_policy_links(PAGE, &page(&alone))[0].kind,
        LinkKind::Supplement
    );
}

#[test]
fn a_combined_footer_link_is_the_policy() {
    let links = [rec(
        "https://www.example.com/content/news/?article=158509635",
        "New - Privacy Policy/YOUR CALIFORNIA PRIVACY RIGHTS",
        "footer",
    )];
    let best = best_policy(PAGE, &links).expect("policy");
    assert!(
        best.reasons.iter().any(|r| r.contains("also names")),
        "{:?}",
        best.reasons
    );
}

#[test]
fn narrower_policies_rank_below_the_main_one() {
    for narrower in [
        "Children's Privacy Policy",
        "Applicant Privacy Notice",
        "UK Privacy Policy",
        "Previous Privacy Policy",
    ] {
        let links = [
            rec("https://www.example.com/narrow", narrower, "footer"),
            rec("https://www.example.com/main", "Privacy Policy", "footer"),
        ];
        assert_eq!(
            best_url(&links).as_deref(),
            Some("https://www.example.com/main"),
            "{narrower}"
        );
    }
}

#[test]
fn a_privacy_hub_points_one_hop_further() {
    let hub = r#"<html><head><title>Privacy Center | Example</title></head><body>
        <header><nav><a href="/privacy-center">Privacy</a></nav></header>
        <main><h1>Privacy Center</h1>
          <p>We care about your data. <a href="https://policies.google.com/privacy">Google's privacy policy</a></p>
          <ul><li><a href="/legal/privacy-policy">Read our Privacy Policy</a>
              <li><a href="/legal/cookies">Cookie Policy</a></ul></main>
        <footer><a href="/privacy-center">Privacy</a> <a href="/terms">Terms</a></footer></body></html>"#;
    let found = find_policy_links_in_html(hub, "https://www.example.com/privacy-center");
    assert_eq!(found[0].url, "https://www.example.com/legal/privacy-policy");
    assert!(
        found[0].reasons.iter().any(|r| r.contains("privacy hub")),
        "{:?}",
        found[0].reasons
    );
}

#[test]
fn only_http_urls_survive_and_fragments_are_dropped() {
    let links = [
        rec("javascript:void(0)", "Privacy Settings", "footer"),
        rec(
            "javascript:Didomi.preferences.show()",
            "Privacy Policy",
            "footer",
        ),
        rec("mailto:privacy@example.com", "Privacy Policy", "footer"),
        rec("data:text/html,privacy", "Privacy Policy", "footer"),
        rec("file:///C:/privacy.html", "Privacy Policy", "footer"),
        rec("chrome://settings/privacy", "Privacy Policy", "footer"),
        rec(
            "https://www.example.com/legal#privacy",
            "Privacy Policy",
            "footer",
        ),
    ];
    let found = find_policy_links(PAGE, &page(&links));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].url, "https://www.example.com/legal");
}

#[test]
fn relative_hrefs_resolve_against_the_page() {
    let links = [rec("../../privacy", "Privacy Policy", "footer")];
    assert_eq!(
        best_url(&links).as_deref(),
        Some("https://www.example.com/news/privacy")
    );
    assert!(find_policy_links("not a url", &page(&links)).is_empty());
}

#[test]
fn base_href_is_honoured_in_html() {
    let html = r#"<head><base href="https://static.example.com/site/"></head>
        <footer><a href="privacy.html">Privacy Policy</a></footer>"#;
    let found = find_policy_links_in_html(html, PAGE);
    assert_eq!(found[0].url, "https://static.example.com/site/privacy.html");
}

#[test]
fn in_page_references_never_count() {
    // A table of contents on an article page, and JavaScript buttons written as "#".
    let links = [
        rec(&format!("{PAGE}#privacy"), "Privacy Policy", "main"),
        rec(&format!("{PAGE}#"), "Privacy Settings", "footer"),
    ];
    assert!(find_policy_links(PAGE, &page(&links)).is_empty());
    let html = r##"<footer><a href="">Privacy Policy</a> <a href="#">Privacy Settings</a>
        <a href="#privacy">Privacy</a></footer>"##;
    assert!(find_policy_links_in_html(html, PAGE).is_empty());
}

#[test]
fn a_link_to_the_page_itself_counts_only_as_itself() {
    // The page is the policy: its navigation names it, and a sibling policy is linked too.
    let url = "https://www.example.com/platform-privacy-policy/";
    let links = [
        rec(
            "https://www.example.com/platform-privacy-policy/#cookies",
            "Cookies",
            "main",
        ),
        rec(
            "https://www.example.com/privacy-policy/",
            "Website Privacy Policy",
            "footer",
        ),
        rec(
            "https://example.com/platform-privacy-policy",
            "Platform Privacy Policy",
            "footer",
        ),
    ];
    let best = best_policy(url, &links).expect("the page itself");
    assert_eq!(best.url, url);
    assert!(best.reasons.iter().any(|r| r.contains("this page itself")));
    // An article does not link to itself as a policy: a self-link there is only a link.
    let article = [rec(PAGE, "Share this story", "main")];
    assert!(find_policy_links(PAGE, &page(&article)).is_empty());
}

#[test]
fn a_policy_page_is_told_by_its_title() {
    let html = r#"<title>Website Privacy Policy | Acme</title>
        <div id="onetrust-pc-sdk" role="alertdialog"><a href="/website-policy/" aria-label="More information about your privacy, opens in a new tab">More information</a></div>
        <footer><a href="/global-privacy-policy/">global privacy policy</a></footer>"#;
    let found = find_policy_links_in_html(html, "https://www.acme.com/website-policy/");
    assert_eq!(found[0].url, "https://www.acme.com/website-policy/");
}

#[test]
fn rel_privacy_policy_is_declared() {
    let html = r#"<head><link rel="privacy-policy" href="/legal/data"></head>
        <body><footer><a href="/about/privacy">Privacy</a></footer></body>"#;
    let found = find_policy_links_in_html(html, PAGE);
    assert_eq!(found[0].url, "https://www.example.com/legal/data");
    assert!(found[0].reasons.iter().any(|r| r.contains("RFC 6903")));
}

#[test]
fn nothing_on_a_page_without_a_policy_link() {
    let links = [
        rec("https://www.example.com/", "Home", "header"),
        rec(
            "https://www.example.com/2019/11/facebook-privacy-fine",
            "Facebook fined over privacy violations in Europe",
            "main",
        ),
        rec("https://twitter.com/example", "Follow us", "footer"),
        rec("https://www.example.com/tag/privacy/", "Privacy", "main"),
        rec("https://www.example.com/contact", "Contact", "footer"),
    ];
    let found = find_policy_links(PAGE, &page(&links));
    assert!(
        found.iter().all(|l| l.kind != LinkKind::Policy),
        "{found:?}"
    );
    let html = "<html><body><article><h1>News</h1><p>Nothing here.</p></article></body></html>";
    assert!(find_policy_links_in_html(html, PAGE).is_empty());
    assert!(!conventional_paths(PAGE).is_empty());
}

#[test]
fn accessible_names_titles_and_image_alts_are_read() {
    let aria = LinkRecord {
        aria_label: "Privacy Policy".into(),
        ..rec("https://www.example.com/p1", "", "footer")
    };
    assert_eq!(
        best_url(&[aria]).as_deref(),
        Some("https://www.example.com/p1")
    );
    let title = LinkRecord {
        title: "Privacy Statement".into(),
        ..rec("https://www.example.com/p2", "", "footer")
    };
    assert_eq!(
        best_url(&[title]).as_deref(),
        Some("https://www.example.com/p2")
    );
    let html = r#"<footer><a href="/p3"><img src="shield.png" alt="Privacy Policy"></a></footer>"#;
    assert_eq!(
        find_policy_links_in_html(html, PAGE)[0].url,
        "https://www.example.com/p3"
    );
}

#[test]
fn a_hidden_link_ranks_below_a_visible_one() {
    let hidden = LinkRecord {
        visible: false,
        ..rec("https://www.example.com/a", "Privacy Policy", "footer")
    };
    let shown = rec("https://www.example.com/b", "Privacy Policy", "footer");
    assert_eq!(
        best_url(&[hidden, shown]).as_deref(),
        Some("https://www.example.com/b")
    );
}

#[test]
fn links_to_one_document_are_merged_without_tracking_parameters() {
    let links = [
        rec(
            "https://www.example.com/about-us/privacy-policy.html?cm_type=fnav",
            "Privacy Policy",
            "footer",
        ),
        rec(
            "http://example.com/about-us/privacy-policy.html/",
            "privacy policy",
            "main",
        ),
        rec(
            "https://www.example.com/about-us/privacy-policy.html?utm_source=banner",
            "Privacy",
            "dialog",
        ),
    ];
    let found = find_policy_links(PAGE, &page(&links));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].url,
        "https://www.example.com/about-us/privacy-policy.html"
    );
    assert!(found[0]
        .reasons
        .iter()
        .any(|r| r.contains("linked 3 times")));
}

#[test]
fn footers_in_other_languages() {
    // (site, footer links as (path, text), the policy's path)
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);
    let cases: &[Case] = &[
        (
            "https://www.example.de/",
            &[
                ("/impressum", "Impressum"),
                ("/agb", "AGB"),
                ("/datenschutz", "Datenschutz"),
                ("/cookies", "Cookie-Einstellungen"),
            ],
            "/datenschutz",
        ),
        (
            "https://www.example.de/",
            &[
                ("/datenschutz", "Datenschutz"),
                ("/datenschutzerklaerung", "Datenschutzerklärung"),
            ],
            "/datenschutzerklaerung",
        ),
        (
            "https://www.example.fr/",
            &[
                ("/mentions-legales", "Mentions légales"),
                ("/cookies", "Gestion des cookies"),
                ("/confidentialite", "Politique de confidentialité"),
            ],
            "/confidentialite",
        ),
        (
            "https://www.example.es/",
            &[
                ("/aviso-legal", "Aviso legal"),
                ("/cookies", "Política de cookies"),
                ("/privacidad", "Política de privacidad"),
            ],
            "/privacidad",
        ),
        (
            "https://www.example.it/",
            &[
                ("/note-legali", "Note legali"),
                ("/cookie", "Informativa cookie"),
                ("/privacy", "Informativa sulla privacy"),
            ],
            "/privacy",
        ),
        (
            "https://www.example.com.br/",
            &[
                ("/termos", "Termos de Uso"),
                ("/privacidade", "Política de Privacidade"),
            ],
            "/privacidade",
        ),
        (
            "https://www.example.nl/",
            &[
                ("/voorwaarden", "Algemene voorwaarden"),
                ("/cookies", "Cookiebeleid"),
                ("/privacy", "Privacyverklaring"),
            ],
            "/privacy",
        ),
        (
            "https://www.example.pl/",
            &[
                ("/regulamin", "Regulamin"),
                ("/cookies", "Polityka cookies"),
                ("/prywatnosc", "Polityka prywatności"),
            ],
            "/prywatnosc",
        ),
        (
            "https://www.example.se/",
            &[
                ("/villkor", "Användarvillkor"),
                ("/cookies", "Cookiepolicy"),
                ("/integritet", "Integritetspolicy"),
            ],
            "/integritet",
        ),
        (
            "https://www.example.dk/",
            &[
                ("/handel", "Handelsbetingelser"),
                ("/cookies", "Cookiepolitik"),
                ("/privatliv", "Privatlivspolitik"),
            ],
            "/privatliv",
        ),
        (
            "https://www.example.no/",
            &[
                ("/vilkar", "Brukervilkår"),
                ("/cookies", "Informasjonskapsler"),
                ("/personvern", "Personvernerklæring"),
            ],
            "/personvern",
        ),
        (
            "https://www.example.fi/",
            &[
                ("/ehdot", "Käyttöehdot"),
                ("/evasteet", "Evästeasetukset"),
                ("/tietosuoja", "Tietosuojaseloste"),
            ],
            "/tietosuoja",
        ),
        (
            "https://www.example.cz/",
            &[
                ("/podminky", "Obchodní podmínky"),
                ("/cookies", "Nastavení cookies"),
                ("/gdpr", "Zásady ochrany osobních údajů"),
            ],
            "/gdpr",
        ),
        (
            "https://www.example.com.tr/",
            &[
                ("/kosullar", "Kullanım Koşulları"),
                ("/cerez", "Çerez Politikası"),
                ("/kvkk", "KVKK Aydınlatma Metni"),
                ("/gizlilik", "Gizlilik Politikası"),
            ],
            "/gizlilik",
        ),
        (
            "https://www.example.ru/",
            &[
                ("/agreement", "Пользовательское соглашение"),
                ("/cookies", "Политика использования файлов cookie"),
                ("/privacy", "Политика конфиденциальности"),
            ],
            "/privacy",
        ),
        (
            "https://www.example.co.jp/",
            &[
                ("/terms", "利用規約"),
                ("/cookie", "クッキーポリシー"),
                ("/privacy", "プライバシーポリシー"),
            ],
            "/privacy",
        ),
        (
            "https://www.example.cn/",
            &[
                ("/terms", "用户协议"),
                ("/legal", "法律声明"),
                ("/privacy", "隐私政策"),
            ],
            "/privacy",
        ),
        (
            "https://www.example.com.tw/",
            &[("/terms", "服務條款"), ("/privacy", "隱私權政策")],
            "/privacy",
        ),
        (
            "https://www.example.co.kr/",
            &[("/terms", "이용약관"), ("/privacy", "개인정보처리방침")],
            "/privacy",
        ),
    ];
    for (origin, links, expected) in cases {
        let records: Vec<LinkRecord> = links
            .iter()
            .map(|(path, text)| {
                rec(
                    &format!("{}{}", origin.trim_end_matches('/'), path),
                    text,
                    "footer",
                )
            })
            .collect();
        let best = best_policy(origin, &records).unwrap_or_else(|| panic!("nothing on {origin}"));
        assert!(
            best.url.ends_with(expected),
            "{origin}: {} instead of {expected}",
            best.url
        );
    }
}

#[test]
fn reasons_explain_the_choice() {
    let links = [rec(
        "https://www.example.com/privacy-policy",
        "Privacy Policy",
        "footer",
    )];
    let best = best_policy(PAGE, &links).unwrap();
    let said = best.reasons.join(" · ");
    for part in [
        "“Privacy Policy” names the privacy policy",
        "exactly",
        "footer",
        "own site",
        "URL names a privacy policy",
    ] {
        assert!(said.contains(part), "{said}");
    }
    assert!(best.score >= 15.0);
}

#[test]
fn serialises_with_camel_case_names() {
    let r: LinkRecord = serde_json::from_str(r#"{"href": "/p", "ariaLabel": "Privacy"}"#).unwrap();
    assert_eq!(r.aria_label, "Privacy");
    assert!(r.visible, "visible defaults to true");
    let links = find_policy_links(PAGE, &[r]);
    let json = serde_json::to_value(&links).unwrap();
    assert_eq!(json[0]["kind"], "policy");
    assert!(json[0]["reasons"].is_array());
    assert_eq!(
        serde_json::to_value(LinkKind::CookiePolicy).unwrap(),
        "cookie_policy"
    );
}

#[test]
fn huge_and_odd_inputs_do_not_panic() {
    let long = "Privacy ".repeat(10_000);
    let odd = [
        rec("", "", ""),
        rec("   ", "Privacy Policy", "FOOTER"),
        rec("https://[::1]/privacy", "Privacy Policy", "contentinfo"),
        rec(
            "https://xn--80ak6aa92e.com/privacy",
            "Политика конфиденциальности",
            "footer",
        ),
        rec("https://www.example.com/p", &long, "footer"),
        rec("http://a/%ZZ", "Privacy\u{0}Policy", "nav"),
        LinkRecord {
            index: u32::MAX,
            ..rec("/privacy", "Privacy", "footer")
        },
        LinkRecord {
            index: u32::MAX - 1,
            ..rec("/privacy-policy", "Privacy Policy", "")
        },
    ];
    let _ = find_policy_links(PAGE, &odd);
    let _ = find_policy_links(PAGE, &page(&odd));
    let _ = find_policy_links("", &odd);
    let _ = find_policy_links_in_html(&format!("<a href=/x>{long}</a>"), PAGE);
}
