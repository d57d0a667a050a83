//! The data behind the link finder: what words in a link's text, and in its URL, say about
//! the document it leads to. Each entry has its language, the cue it gives, a weight, and a
//! real-world link text (or URL) it was written for, so a rule can be audited without reading
//! the engine (`classify.rs` applies the table, `rank.rs` adds the context).
//!
//! Phrases are matched on normalised text: lowercase, Latin accents folded (`é` → `e`,
//! `ß` → `ss`, `ı` → `i`), `&` read as "and", every other non-alphanumeric run a single space.
//! Phrases in scripts written without spaces (Japanese, Chinese; Korean compounds) match
//! anywhere; all others match whole words. Write phrases as they appear on pages: the
//! normalisation is applied to the table too.
//!
//! Weights: 10 for the full name of a privacy policy, 7 for the bare topic word a footer
//! uses for it ("Privacy", "Datenschutz"), 6 for a privacy hub, 8 for the names of the other
//! kinds of link. Text beats URL words: the URL table's weights are lower and mostly
//! corroborate what the text says (see `rank.rs`).

/// What a phrase says about the link it is found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// The full name of a privacy policy ("Privacy Policy", "Datenschutzerklärung").
    PolicyName,
    /// The privacy topic alone ("Privacy", "Datenschutz"): a policy link when nothing more
    /// specific is said; with a document noun it names the policy.
    PrivacyWord,
    /// A document noun ("policy", "notice", "Erklärung"): turns a topic word into a policy
    /// name ("Privacy & Cookies Notice").
    DocNoun,
    /// A privacy hub ("Privacy Center"): the policy is one hop further.
    Hub,
    /// A cookie policy ("Cookie Policy", "Cookies").
    Cookie,
    /// Opting out of sale, sharing or targeted ads ("Do Not Sell or Share My Personal
    /// Information", "Your Privacy Choices", "AdChoices").
    OptOut,
    /// Privacy settings or a consent manager ("Cookie Settings", "Manage Consent").
    Settings,
    /// Terms of use, a legal hub or imprint ("Terms of Use", "Legal", "Impressum").
    Terms,
    /// A state-law supplement ("Your California Privacy Rights", "CCPA Notice"): ranks below
    /// the main policy.
    StateLaw,
    /// A state's name ("California Privacy Notice"): a state-law supplement when the text
    /// also speaks of privacy, nothing otherwise ("California wildfires").
    StateName,
    /// A narrower policy than the site's own ("Children's Privacy Policy", "Applicant
    /// Privacy Notice", "UK Privacy Policy"): kept, but below the main policy. The weight is
    /// the penalty: 4 for another audience or an old version, 2 for a regional version.
    Narrower,
}

/// One phrase of the text table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Keyword {
    /// ISO 639-1 language of the phrase.
    pub lang: &'static str,
    /// The phrase as written on pages.
    pub phrase: &'static str,
    /// What it says.
    pub cue: Cue,
    /// How strongly (see the module docs); for [`Cue::Narrower`] the penalty; 0 for
    /// [`Cue::DocNoun`], which only modifies.
    pub weight: f32,
    /// A real link text that contains it.
    pub example: &'static str,
}

const fn k(
    lang: &'static str,
    phrase: &'static str,
    cue: Cue,
    weight: f32,
    example: &'static str,
) -> Keyword {
    Keyword {
        lang,
        phrase,
        cue,
        weight,
        example,
    }
}

use Cue::*;

/// Link-text phrases per language.
#[rustfmt::skip]
pub(crate) const KEYWORDS: &[Keyword] = &[
    // ---- English --------------------------------------------------------------------------
    k("en", "privacy policy", PolicyName, 10.0, "Privacy Policy"),
    k("en", "privacy policies", PolicyName, 10.0, "Privacy Policies"),
    k("en", "privacy notice", PolicyName, 10.0, "Privacy Notice"),
    k("en", "privacy statement", PolicyName, 10.0, "Privacy Statement"),
    k("en", "privacy and cookie policy", PolicyName, 10.0, "Privacy & Cookie Policy"),
    k("en", "privacy and cookies policy", PolicyName, 10.0, "Privacy and Cookies Policy"),
    k("en", "data protection policy", PolicyName, 10.0, "Data Protection Policy"),
    k("en", "data privacy policy", PolicyName, 10.0, "Data Privacy Policy"),
    k("en", "data privacy notice", PolicyName, 10.0, "Data Privacy Notice"),
    k("en", "personal information protection policy", PolicyName, 10.0, "Personal Information Protection Policy"),
    k("en", "personal data protection policy", PolicyName, 10.0, "Personal Data Protection Policy"),
    k("en", "data policy", PolicyName, 9.0, "Data Policy"),
    k("en", "privacy", PrivacyWord, 7.0, "Privacy"),
    k("en", "your privacy", PrivacyWord, 7.0, "Your Privacy"),
    k("en", "data protection", PrivacyWord, 7.0, "Data Protection"),
    k("en", "data privacy", PrivacyWord, 7.0, "Data Privacy"),
    k("en", "privacy and security", PrivacyWord, 7.0, "Privacy & Security Statement"),
    k("en", "policy", DocNoun, 0.0, "Privacy & Cookies Policy"),
    k("en", "policies", DocNoun, 0.0, "Privacy Policies"),
    k("en", "notice", DocNoun, 0.0, "Privacy and Cookies Notice"),
    k("en", "statement", DocNoun, 0.0, "Privacy and Cookie Statement"),
    k("en", "privacy center", Hub, 6.0, "Privacy Center"),
    k("en", "privacy centre", Hub, 6.0, "Privacy Centre"),
    k("en", "privacy hub", Hub, 6.0, "Privacy Hub"),
    k("en", "privacy portal", Hub, 6.0, "Privacy Portal"),
    k("en", "trust center", Hub, 5.0, "Trust Center"),
    k("en", "privacy and security center", Hub, 6.0, "Privacy & Security Center"),
    k("en", "cookie policy", Cookie, 8.0, "Cookie Policy"),
    k("en", "cookies policy", Cookie, 8.0, "Cookies Policy"),
    k("en", "cookie notice", Cookie, 8.0, "Cookie Notice"),
    k("en", "cookie statement", Cookie, 8.0, "Cookie Statement"),
    k("en", "use of cookies", Cookie, 8.0, "Use of Cookies"),
    k("en", "cookies", Cookie, 7.0, "Cookies"),
    k("en", "cookie", Cookie, 7.0, "Cookie information"),
    k("en", "do not sell my personal information", OptOut, 8.0, "Do Not Sell My Personal Information"),
    k("en", "do not sell or share my personal information", OptOut, 8.0, "Do Not Sell or Share My Personal Information"),
    k("en", "do not sell", OptOut, 8.0, "Do Not Sell My Info"),
    k("en", "your privacy choices", OptOut, 8.0, "Your Privacy Choices"),
    k("en", "privacy choices", OptOut, 8.0, "Privacy Choices"),
    k("en", "ad choices", OptOut, 8.0, "Ad Choices"),
    k("en", "adchoices", OptOut, 8.0, "AdChoices"),
    k("en", "opt out", OptOut, 7.0, "Opt-Out of Interest-Based Advertising"),
    k("en", "interest based ads", OptOut, 7.0, "Interest-Based Ads"),
    k("en", "interest based advertising", OptOut, 7.0, "About Interest-Based Advertising"),
    k("en", "limit the use of my sensitive personal information", OptOut, 8.0, "Limit the Use of My Sensitive Personal Information"),
    k("en", "privacy settings", Settings, 8.0, "Privacy Settings"),
    k("en", "cookie settings", Settings, 8.0, "Cookie Settings"),
    k("en", "cookies settings", Settings, 8.0, "Cookies Settings"),
    k("en", "cookie preferences", Settings, 8.0, "Cookie Preferences"),
    k("en", "privacy preferences", Settings, 8.0, "Privacy Preferences"),
    k("en", "consent preferences", Settings, 8.0, "Consent Preferences"),
    k("en", "manage cookies", Settings, 8.0, "Manage Cookies"),
    k("en", "manage consent", Settings, 8.0, "Manage Consent"),
    k("en", "privacy options", Settings, 8.0, "Privacy Options"),
    k("en", "cookie options", Settings, 8.0, "Cookie Options"),
    k("en", "privacy manager", Settings, 8.0, "Privacy Manager"),
    k("en", "cookie consent", Settings, 8.0, "Cookie Consent"),
    k("en", "preference center", Settings, 8.0, "Privacy Preference Center"),
    k("en", "privacy dashboard", Settings, 8.0, "Privacy Dashboard"),
    k("en", "privacy controls", Settings, 8.0, "Privacy Controls"),
    k("en", "terms of use", Terms, 8.0, "Terms of Use"),
    k("en", "terms of service", Terms, 8.0, "Terms of Service"),
    k("en", "terms and conditions", Terms, 8.0, "Terms & Conditions"),
    k("en", "conditions of use", Terms, 8.0, "Conditions of Use"),
    k("en", "user agreement", Terms, 8.0, "User Agreement"),
    k("en", "terms", Terms, 7.0, "Terms"),
    k("en", "legal", Terms, 7.0, "Legal"),
    k("en", "legal notice", Terms, 7.0, "Legal Notice"),
    k("en", "legal information", Terms, 7.0, "Legal Information"),
    k("en", "imprint", Terms, 7.0, "Imprint"),
    k("en", "disclaimer", Terms, 6.0, "Disclaimer"),
    k("en", "your california privacy rights", StateLaw, 8.0, "Your California Privacy Rights"),
    k("en", "california privacy rights", StateLaw, 8.0, "California Privacy Rights"),
    k("en", "california consumer privacy act", StateLaw, 8.0, "California Consumer Privacy Act"),
    k("en", "california", StateName, 7.0, "California Privacy Notice"),
    k("en", "ccpa", StateLaw, 8.0, "CCPA Notice"),
    k("en", "cpra", StateLaw, 8.0, "CPRA Notice at Collection"),
    k("en", "nevada", StateName, 7.0, "Nevada Privacy Notice"),
    k("en", "virginia", StateName, 7.0, "Virginia Privacy Rights"),
    k("en", "colorado", StateName, 7.0, "Colorado Privacy Notice"),
    k("en", "us state privacy", StateLaw, 7.0, "US State Privacy Notice"),
    k("en", "state privacy", StateLaw, 7.0, "State Privacy Rights"),
    k("en", "consumer health data", StateLaw, 7.0, "Consumer Health Data Privacy Notice"),
    k("en", "shine the light", StateLaw, 7.0, "Shine the Light"),
    k("en", "children", Narrower, 4.0, "Children's Privacy Policy"),
    k("en", "childrens", Narrower, 4.0, "Childrens Privacy Notice"),
    k("en", "kids", Narrower, 4.0, "Kids Privacy Policy"),
    k("en", "coppa", Narrower, 4.0, "COPPA Privacy Notice"),
    k("en", "student", Narrower, 4.0, "Student Privacy Notice"),
    k("en", "employee", Narrower, 4.0, "Employee Privacy Notice"),
    k("en", "applicant", Narrower, 4.0, "Applicant Privacy Notice"),
    k("en", "candidate", Narrower, 4.0, "Candidate Privacy Notice"),
    k("en", "job applicant", Narrower, 4.0, "Job Applicant Privacy Policy"),
    k("en", "recruitment", Narrower, 4.0, "Recruitment Privacy Notice"),
    k("en", "previous", Narrower, 4.0, "Previous Privacy Policy"),
    k("en", "prior", Narrower, 4.0, "Prior Privacy Policy"),
    k("en", "archived", Narrower, 4.0, "Archived Privacy Policy"),
    k("en", "supplier", Narrower, 4.0, "Supplier Privacy Notice"),
    k("en", "vendor", Narrower, 4.0, "Vendor Privacy Notice"),
    k("en", "hipaa", Narrower, 4.0, "HIPAA Notice of Privacy Practices"),
    k("en", "privacy shield", Narrower, 4.0, "EU-U.S. Privacy Shield"),
    k("en", "changes to", Narrower, 4.0, "Changes to this Privacy Policy"),
    k("en", "uk", Narrower, 2.0, "Acxiom UK Privacy Policy"),
    k("en", "eu", Narrower, 2.0, "EU Privacy Notice"),
    k("en", "eea", Narrower, 2.0, "EEA Privacy Notice"),
    k("en", "europe", Narrower, 2.0, "Europe Privacy Policy"),
    k("en", "european", Narrower, 2.0, "European Privacy Notice"),
    k("en", "canada", Narrower, 2.0, "Canada Privacy Policy"),
    k("en", "canadian", Narrower, 2.0, "Canadian Privacy Statement"),
    k("en", "australia", Narrower, 2.0, "Australia Privacy Policy"),
    k("en", "mexico", Narrower, 2.0, "Mexico Privacy Notice"),
    k("en", "brazil", Narrower, 2.0, "Brazil Privacy Notice"),
    k("en", "japan", Narrower, 2.0, "Japan Privacy Policy"),
    k("en", "china", Narrower, 2.0, "China Privacy Policy"),
    k("en", "india", Narrower, 2.0, "India Privacy Policy"),
    // ---- German ---------------------------------------------------------------------------
    k("de", "datenschutzerklärung", PolicyName, 10.0, "Datenschutzerklärung"),
    k("de", "datenschutzerklaerung", PolicyName, 10.0, "Datenschutzerklaerung"),
    k("de", "datenschutzhinweise", PolicyName, 10.0, "Datenschutzhinweise"),
    k("de", "datenschutzhinweis", PolicyName, 10.0, "Datenschutzhinweis"),
    k("de", "datenschutzbestimmungen", PolicyName, 10.0, "Datenschutzbestimmungen"),
    k("de", "datenschutzrichtlinie", PolicyName, 10.0, "Datenschutzrichtlinie"),
    k("de", "datenschutzrichtlinien", PolicyName, 10.0, "Datenschutzrichtlinien"),
    k("de", "datenschutzinformationen", PolicyName, 9.0, "Datenschutzinformationen"),
    k("de", "datenschutzinformation", PolicyName, 9.0, "Datenschutzinformation"),
    k("de", "hinweise zum datenschutz", PolicyName, 10.0, "Hinweise zum Datenschutz"),
    k("de", "datenschutz", PrivacyWord, 7.0, "Datenschutz"),
    k("de", "privatsphäre", PrivacyWord, 6.0, "Privatsphäre"),
    k("de", "erklärung", DocNoun, 0.0, "Datenschutz- und Cookie-Erklärung"),
    k("de", "richtlinie", DocNoun, 0.0, "Datenschutz- & Cookie-Richtlinie"),
    k("de", "hinweise", DocNoun, 0.0, "Datenschutz & Cookie-Hinweise"),
    k("de", "datenschutzcenter", Hub, 6.0, "Datenschutzcenter"),
    k("de", "cookie richtlinie", Cookie, 8.0, "Cookie-Richtlinie"),
    k("de", "cookierichtlinie", Cookie, 8.0, "Cookierichtlinie"),
    k("de", "cookie hinweise", Cookie, 8.0, "Cookie-Hinweise"),
    k("de", "cookie erklärung", Cookie, 8.0, "Cookie-Erklärung"),
    k("de", "datenschutzeinstellungen", Settings, 8.0, "Datenschutzeinstellungen"),
    k("de", "datenschutz einstellungen", Settings, 8.0, "Datenschutz-Einstellungen"),
    k("de", "cookie einstellungen", Settings, 8.0, "Cookie-Einstellungen"),
    k("de", "privatsphäre einstellungen", Settings, 8.0, "Privatsphäre-Einstellungen"),
    k("de", "impressum", Terms, 7.0, "Impressum"),
    k("de", "agb", Terms, 7.0, "AGB"),
    k("de", "nutzungsbedingungen", Terms, 8.0, "Nutzungsbedingungen"),
    k("de", "allgemeine geschäftsbedingungen", Terms, 8.0, "Allgemeine Geschäftsbedingungen"),
    k("de", "rechtliche hinweise", Terms, 7.0, "Rechtliche Hinweise"),
    k("de", "bewerber", Narrower, 4.0, "Datenschutzhinweise für Bewerber"),
    // ---- French ---------------------------------------------------------------------------
    k("fr", "politique de confidentialité", PolicyName, 10.0, "Politique de confidentialité"),
    k("fr", "politique de protection des données", PolicyName, 10.0, "Politique de protection des données personnelles"),
    k("fr", "politique de vie privée", PolicyName, 10.0, "Politique de vie privée"),
    k("fr", "politique vie privée", PolicyName, 10.0, "Politique vie privée"),
    k("fr", "déclaration de confidentialité", PolicyName, 10.0, "Déclaration de confidentialité"),
    k("fr", "avis de confidentialité", PolicyName, 10.0, "Avis de confidentialité"),
    k("fr", "charte de confidentialité", PolicyName, 10.0, "Charte de confidentialité"),
    k("fr", "charte de protection des données", PolicyName, 10.0, "Charte de protection des données personnelles"),
    k("fr", "confidentialité", PrivacyWord, 7.0, "Confidentialité"),
    k("fr", "vie privée", PrivacyWord, 7.0, "Vie privée"),
    k("fr", "données personnelles", PrivacyWord, 7.0, "Données personnelles"),
    k("fr", "protection des données", PrivacyWord, 7.0, "Protection des données"),
    k("fr", "politique", DocNoun, 0.0, "Politique de confidentialité et cookies"),
    k("fr", "charte", DocNoun, 0.0, "Charte données personnelles"),
    k("fr", "politique de cookies", Cookie, 8.0, "Politique de cookies"),
    k("fr", "politique cookies", Cookie, 8.0, "Politique cookies"),
    k("fr", "politique relative aux cookies", Cookie, 8.0, "Politique relative aux cookies"),
    k("fr", "paramètres des cookies", Settings, 8.0, "Paramètres des cookies"),
    k("fr", "paramètres de confidentialité", Settings, 8.0, "Paramètres de confidentialité"),
    k("fr", "gérer les cookies", Settings, 8.0, "Gérer les cookies"),
    k("fr", "gestion des cookies", Settings, 8.0, "Gestion des cookies"),
    k("fr", "préférences cookies", Settings, 8.0, "Préférences cookies"),
    k("fr", "mentions légales", Terms, 7.0, "Mentions légales"),
    k("fr", "conditions générales d'utilisation", Terms, 8.0, "Conditions générales d'utilisation"),
    k("fr", "conditions d'utilisation", Terms, 8.0, "Conditions d'utilisation"),
    k("fr", "cgu", Terms, 7.0, "CGU"),
    k("fr", "cgv", Terms, 7.0, "CGV"),
    // ---- Spanish --------------------------------------------------------------------------
    k("es", "política de privacidad", PolicyName, 10.0, "Política de privacidad"),
    k("es", "aviso de privacidad", PolicyName, 10.0, "Aviso de privacidad"),
    k("es", "política de protección de datos", PolicyName, 10.0, "Política de protección de datos"),
    k("es", "declaración de privacidad", PolicyName, 10.0, "Declaración de privacidad"),
    k("es", "privacidad", PrivacyWord, 7.0, "Privacidad"),
    k("es", "protección de datos", PrivacyWord, 7.0, "Protección de datos"),
    k("es", "política", DocNoun, 0.0, "Política de privacidad y cookies"),
    k("es", "aviso", DocNoun, 0.0, "Aviso de privacidad integral"),
    k("es", "política de cookies", Cookie, 8.0, "Política de cookies"),
    k("es", "configuración de cookies", Settings, 8.0, "Configuración de cookies"),
    k("es", "configuración de privacidad", Settings, 8.0, "Configuración de privacidad"),
    k("es", "no vender mi información personal", OptOut, 8.0, "No vender mi información personal"),
    k("es", "aviso legal", Terms, 7.0, "Aviso legal"),
    k("es", "términos y condiciones", Terms, 8.0, "Términos y condiciones"),
    k("es", "condiciones de uso", Terms, 8.0, "Condiciones de uso"),
    k("es", "términos de uso", Terms, 8.0, "Términos de uso"),
    // ---- Italian --------------------------------------------------------------------------
    k("it", "informativa sulla privacy", PolicyName, 10.0, "Informativa sulla privacy"),
    k("it", "informativa privacy", PolicyName, 10.0, "Informativa Privacy"),
    k("it", "politica sulla privacy", PolicyName, 10.0, "Politica sulla privacy"),
    k("it", "informativa sul trattamento dei dati personali", PolicyName, 10.0, "Informativa sul trattamento dei dati personali"),
    k("it", "riservatezza", PrivacyWord, 7.0, "Riservatezza"),
    k("it", "protezione dei dati", PrivacyWord, 7.0, "Protezione dei dati"),
    k("it", "trattamento dei dati", PrivacyWord, 6.0, "Trattamento dei dati"),
    k("it", "informativa", DocNoun, 0.0, "Informativa privacy e cookie"),
    k("it", "informativa cookie", Cookie, 8.0, "Informativa cookie"),
    k("it", "informativa sui cookie", Cookie, 8.0, "Informativa sui cookie"),
    k("it", "impostazioni cookie", Settings, 8.0, "Impostazioni cookie"),
    k("it", "impostazioni privacy", Settings, 8.0, "Impostazioni privacy"),
    k("it", "note legali", Terms, 7.0, "Note legali"),
    k("it", "termini e condizioni", Terms, 8.0, "Termini e condizioni"),
    k("it", "condizioni d'uso", Terms, 8.0, "Condizioni d'uso"),
    // ---- Portuguese -----------------------------------------------------------------------
    k("pt", "política de privacidade", PolicyName, 10.0, "Política de Privacidade"),
    k("pt", "aviso de privacidade", PolicyName, 10.0, "Aviso de Privacidade"),
    k("pt", "política de proteção de dados", PolicyName, 10.0, "Política de Proteção de Dados"),
    k("pt", "declaração de privacidade", PolicyName, 10.0, "Declaração de Privacidade"),
    k("pt", "privacidade", PrivacyWord, 7.0, "Privacidade"),
    k("pt", "proteção de dados", PrivacyWord, 7.0, "Proteção de dados"),
    k("pt", "configurações de cookies", Settings, 8.0, "Configurações de cookies"),
    k("pt", "definições de cookies", Settings, 8.0, "Definições de cookies"),
    k("pt", "termos de uso", Terms, 8.0, "Termos de Uso"),
    k("pt", "termos e condições", Terms, 8.0, "Termos e Condições"),
    // ---- Dutch ----------------------------------------------------------------------------
    k("nl", "privacybeleid", PolicyName, 10.0, "Privacybeleid"),
    k("nl", "privacyverklaring", PolicyName, 10.0, "Privacyverklaring"),
    k("nl", "privacyreglement", PolicyName, 10.0, "Privacyreglement"),
    k("nl", "privacyvoorwaarden", PolicyName, 9.0, "Privacyvoorwaarden"),
    k("nl", "beleid", DocNoun, 0.0, "Privacy beleid"),
    k("nl", "verklaring", DocNoun, 0.0, "Privacy- en cookie verklaring"),
    k("nl", "cookiebeleid", Cookie, 8.0, "Cookiebeleid"),
    k("nl", "cookieverklaring", Cookie, 8.0, "Cookieverklaring"),
    k("nl", "cookie instellingen", Settings, 8.0, "Cookie-instellingen"),
    k("nl", "cookieinstellingen", Settings, 8.0, "Cookieinstellingen"),
    k("nl", "privacy instellingen", Settings, 8.0, "Privacy-instellingen"),
    k("nl", "algemene voorwaarden", Terms, 8.0, "Algemene voorwaarden"),
    k("nl", "gebruiksvoorwaarden", Terms, 8.0, "Gebruiksvoorwaarden"),
    // ---- Polish ---------------------------------------------------------------------------
    k("pl", "polityka prywatności", PolicyName, 10.0, "Polityka prywatności"),
    k("pl", "klauzula informacyjna", PolicyName, 9.0, "Klauzula informacyjna RODO"),
    k("pl", "prywatność", PrivacyWord, 7.0, "Prywatność"),
    k("pl", "ochrona danych osobowych", PrivacyWord, 7.0, "Ochrona danych osobowych"),
    k("pl", "rodo", PrivacyWord, 6.0, "RODO"),
    k("pl", "polityka", DocNoun, 0.0, "Polityka prywatności i cookies"),
    k("pl", "polityka cookies", Cookie, 8.0, "Polityka cookies"),
    k("pl", "polityka plików cookies", Cookie, 8.0, "Polityka plików cookies"),
    k("pl", "ustawienia cookies", Settings, 8.0, "Ustawienia cookies"),
    k("pl", "ustawienia prywatności", Settings, 8.0, "Ustawienia prywatności"),
    k("pl", "regulamin", Terms, 7.0, "Regulamin"),
    k("pl", "warunki korzystania", Terms, 8.0, "Warunki korzystania"),
    // ---- Swedish --------------------------------------------------------------------------
    k("sv", "integritetspolicy", PolicyName, 10.0, "Integritetspolicy"),
    k("sv", "personuppgiftspolicy", PolicyName, 10.0, "Personuppgiftspolicy"),
    k("sv", "dataskyddspolicy", PolicyName, 10.0, "Dataskyddspolicy"),
    k("sv", "integritetsmeddelande", PolicyName, 10.0, "Integritetsmeddelande"),
    k("sv", "hantering av personuppgifter", PolicyName, 9.0, "Hantering av personuppgifter"),
    k("sv", "integritetsskydd", PrivacyWord, 7.0, "Integritetsskydd"),
    k("sv", "integritet", PrivacyWord, 6.0, "Integritet"),
    k("sv", "personuppgifter", PrivacyWord, 6.0, "Personuppgifter"),
    k("sv", "cookiepolicy", Cookie, 8.0, "Cookiepolicy"),
    k("sv", "cookieinställningar", Settings, 8.0, "Cookieinställningar"),
    k("sv", "användarvillkor", Terms, 8.0, "Användarvillkor"),
    // ---- Danish ---------------------------------------------------------------------------
    k("da", "privatlivspolitik", PolicyName, 10.0, "Privatlivspolitik"),
    k("da", "persondatapolitik", PolicyName, 10.0, "Persondatapolitik"),
    k("da", "privatlivserklæring", PolicyName, 10.0, "Privatlivserklæring"),
    k("da", "privatliv", PrivacyWord, 7.0, "Privatliv"),
    k("da", "databeskyttelse", PrivacyWord, 7.0, "Databeskyttelse"),
    k("da", "cookiepolitik", Cookie, 8.0, "Cookiepolitik"),
    k("da", "cookieindstillinger", Settings, 8.0, "Cookieindstillinger"),
    k("da", "handelsbetingelser", Terms, 8.0, "Handelsbetingelser"),
    k("da", "vilkår", Terms, 6.0, "Vilkår og betingelser"),
    // ---- Norwegian ------------------------------------------------------------------------
    k("no", "personvernerklæring", PolicyName, 10.0, "Personvernerklæring"),
    k("no", "personvernpolicy", PolicyName, 10.0, "Personvernpolicy"),
    k("no", "retningslinjer for personvern", PolicyName, 10.0, "Retningslinjer for personvern"),
    k("no", "personvern", PrivacyWord, 7.0, "Personvern"),
    k("no", "informasjonskapsler", Cookie, 7.0, "Informasjonskapsler"),
    k("no", "cookie erklæring", Cookie, 8.0, "Cookie-erklæring"),
    k("no", "brukervilkår", Terms, 8.0, "Brukervilkår"),
    // ---- Finnish --------------------------------------------------------------------------
    k("fi", "tietosuojaseloste", PolicyName, 10.0, "Tietosuojaseloste"),
    k("fi", "tietosuojakäytäntö", PolicyName, 10.0, "Tietosuojakäytäntö"),
    k("fi", "tietosuojaselosteet", PolicyName, 10.0, "Tietosuojaselosteet"),
    k("fi", "tietosuojailmoitus", PolicyName, 10.0, "Tietosuojailmoitus"),
    k("fi", "tietosuoja", PrivacyWord, 7.0, "Tietosuoja"),
    k("fi", "yksityisyydensuoja", PrivacyWord, 7.0, "Yksityisyydensuoja"),
    k("fi", "evästekäytäntö", Cookie, 8.0, "Evästekäytäntö"),
    k("fi", "evästeet", Cookie, 7.0, "Evästeet"),
    k("fi", "evästeasetukset", Settings, 8.0, "Evästeasetukset"),
    k("fi", "käyttöehdot", Terms, 8.0, "Käyttöehdot"),
    // ---- Czech ----------------------------------------------------------------------------
    k("cs", "zásady ochrany osobních údajů", PolicyName, 10.0, "Zásady ochrany osobních údajů"),
    k("cs", "zásady ochrany soukromí", PolicyName, 10.0, "Zásady ochrany soukromí"),
    k("cs", "ochrana osobních údajů", PrivacyWord, 8.0, "Ochrana osobních údajů"),
    k("cs", "ochrana soukromí", PrivacyWord, 7.0, "Ochrana soukromí"),
    k("cs", "soukromí", PrivacyWord, 6.0, "Soukromí"),
    k("cs", "zásady", DocNoun, 0.0, "Zásady ochrany osobních údajů"),
    k("cs", "zásady používání souborů cookie", Cookie, 8.0, "Zásady používání souborů cookie"),
    k("cs", "nastavení cookies", Settings, 8.0, "Nastavení cookies"),
    k("cs", "obchodní podmínky", Terms, 8.0, "Obchodní podmínky"),
    k("cs", "podmínky použití", Terms, 8.0, "Podmínky použití"),
    // ---- Turkish --------------------------------------------------------------------------
    k("tr", "gizlilik politikası", PolicyName, 10.0, "Gizlilik Politikası"),
    k("tr", "gizlilik bildirimi", PolicyName, 10.0, "Gizlilik Bildirimi"),
    k("tr", "gizlilik sözleşmesi", PolicyName, 9.0, "Gizlilik Sözleşmesi"),
    k("tr", "aydınlatma metni", PolicyName, 9.0, "KVKK Aydınlatma Metni"),
    k("tr", "gizlilik", PrivacyWord, 7.0, "Gizlilik"),
    k("tr", "kişisel verilerin korunması", PrivacyWord, 7.0, "Kişisel Verilerin Korunması"),
    k("tr", "kvkk", PrivacyWord, 6.0, "KVKK"),
    k("tr", "politikası", DocNoun, 0.0, "Gizlilik ve Çerez Politikası"),
    k("tr", "çerez politikası", Cookie, 8.0, "Çerez Politikası"),
    k("tr", "çerez ayarları", Settings, 8.0, "Çerez Ayarları"),
    k("tr", "kullanım koşulları", Terms, 8.0, "Kullanım Koşulları"),
    // ---- Russian --------------------------------------------------------------------------
    k("ru", "политика конфиденциальности", PolicyName, 10.0, "Политика конфиденциальности"),
    k("ru", "политика обработки персональных данных", PolicyName, 10.0, "Политика обработки персональных данных"),
    k("ru", "конфиденциальность", PrivacyWord, 7.0, "Конфиденциальность"),
    k("ru", "персональные данные", PrivacyWord, 6.0, "Персональные данные"),
    k("ru", "обработка персональных данных", PrivacyWord, 7.0, "Обработка персональных данных"),
    k("ru", "политика", DocNoun, 0.0, "Политика в отношении персональных данных"),
    k("ru", "политика использования файлов cookie", Cookie, 8.0, "Политика использования файлов cookie"),
    k("ru", "файлы cookie", Cookie, 7.0, "Файлы cookie"),
    k("ru", "пользовательское соглашение", Terms, 8.0, "Пользовательское соглашение"),
    k("ru", "условия использования", Terms, 8.0, "Условия использования"),
    // ---- Japanese -------------------------------------------------------------------------
    k("ja", "プライバシーポリシー", PolicyName, 10.0, "プライバシーポリシー"),
    k("ja", "個人情報保護方針", PolicyName, 10.0, "個人情報保護方針"),
    k("ja", "個人情報の取り扱い", PolicyName, 9.0, "個人情報の取り扱いについて"),
    k("ja", "個人情報の取扱い", PolicyName, 9.0, "個人情報の取扱いについて"),
    k("ja", "個人情報保護", PrivacyWord, 7.0, "個人情報保護"),
    k("ja", "プライバシー", PrivacyWord, 7.0, "プライバシー"),
    k("ja", "クッキーポリシー", Cookie, 8.0, "クッキーポリシー"),
    k("ja", "cookieポリシー", Cookie, 8.0, "Cookieポリシー"),
    k("ja", "クッキー設定", Settings, 8.0, "クッキー設定"),
    k("ja", "cookie設定", Settings, 8.0, "Cookie設定"),
    k("ja", "プライバシー設定", Settings, 8.0, "プライバシー設定"),
    k("ja", "利用規約", Terms, 8.0, "利用規約"),
    // ---- Chinese --------------------------------------------------------------------------
    k("zh", "隐私政策", PolicyName, 10.0, "隐私政策"),
    k("zh", "隱私政策", PolicyName, 10.0, "隱私政策"),
    k("zh", "隱私權政策", PolicyName, 10.0, "隱私權政策"),
    k("zh", "隐私权政策", PolicyName, 10.0, "隐私权政策"),
    k("zh", "隐私声明", PolicyName, 10.0, "隐私声明"),
    k("zh", "隱私聲明", PolicyName, 10.0, "隱私聲明"),
    k("zh", "个人信息保护政策", PolicyName, 10.0, "个人信息保护政策"),
    k("zh", "隐私条款", PolicyName, 9.0, "隐私条款"),
    k("zh", "隐私保护", PrivacyWord, 7.0, "隐私保护"),
    k("zh", "隐私", PrivacyWord, 7.0, "隐私"),
    k("zh", "隱私", PrivacyWord, 7.0, "隱私"),
    k("zh", "cookie政策", Cookie, 8.0, "Cookie政策"),
    k("zh", "隐私设置", Settings, 8.0, "隐私设置"),
    k("zh", "用户协议", Terms, 8.0, "用户协议"),
    k("zh", "使用条款", Terms, 8.0, "使用条款"),
    k("zh", "服务条款", Terms, 8.0, "服务条款"),
    k("zh", "服務條款", Terms, 8.0, "服務條款"),
    k("zh", "法律声明", Terms, 7.0, "法律声明"),
    // ---- Korean ---------------------------------------------------------------------------
    k("ko", "개인정보처리방침", PolicyName, 10.0, "개인정보처리방침"),
    k("ko", "개인정보 처리방침", PolicyName, 10.0, "개인정보 처리방침"),
    k("ko", "개인정보취급방침", PolicyName, 10.0, "개인정보취급방침"),
    k("ko", "개인정보 보호정책", PolicyName, 10.0, "개인정보 보호정책"),
    k("ko", "개인정보보호정책", PolicyName, 10.0, "개인정보보호정책"),
    k("ko", "개인정보", PrivacyWord, 6.0, "개인정보"),
    k("ko", "쿠키 정책", Cookie, 8.0, "쿠키 정책"),
    k("ko", "쿠키정책", Cookie, 8.0, "쿠키정책"),
    k("ko", "쿠키 설정", Settings, 8.0, "쿠키 설정"),
    k("ko", "이용약관", Terms, 8.0, "이용약관"),
];

/// Words that do not make a link text less specific ("Read our Privacy Policy", "Updated
/// Privacy Policy", "More information about your privacy"): articles, possessives and the
/// usual verbs of a link, per language. Normalised like the phrases.
#[rustfmt::skip]
pub(crate) const FILLERS: &[(&str, &[&str])] = &[
    ("en", &["a", "an", "the", "our", "your", "my", "this", "of", "to", "for", "on", "at", "and",
             "or", "about", "view", "read", "see", "full", "here", "more", "info", "information",
             "learn", "website", "site", "online", "web", "updated", "new", "us", "s", "global",
             "general", "main", "page", "click", "opens", "in", "tab", "window", "link", "external",
             "pdf", "english"]),
    ("de", &["unsere", "zur", "zum", "die", "der", "das", "und", "hier", "mehr", "zu", "fur", "ihre", "infos"]),
    ("fr", &["notre", "nos", "la", "le", "les", "de", "des", "du", "et", "votre", "vos", "d", "l", "en", "savoir", "plus"]),
    ("es", &["nuestra", "nuestro", "la", "el", "los", "de", "del", "y", "su", "aqui", "mas"]),
    ("it", &["la", "il", "di", "e", "sulla", "nostra", "qui"]),
    ("pt", &["a", "o", "de", "da", "do", "e", "nossa", "aqui"]),
    ("nl", &["het", "de", "en", "ons", "onze", "hier"]),
    ("pl", &["i", "nasza"]),
    ("sv", &["och", "var"]),
    ("da", &["og", "vores"]),
    ("no", &["og", "var"]),
    ("fi", &["ja"]),
    ("cs", &["a"]),
    ("tr", &["ve"]),
    ("ru", &["и", "наша"]),
];

/// What a word in a link's URL (path and query) says. Matched as substrings of the lowercase
/// path, so `privacy` covers `/privacy-policy`, `/privacypolicy` and `?page=privacy`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct UrlWord {
    /// The substring, lowercase ASCII.
    pub word: &'static str,
    /// What it says; [`UrlCue::Listing`] marks tag and topic pages.
    pub cue: UrlCue,
    /// How strongly, for a link whose text says nothing (`"here"`, an icon).
    pub weight: f32,
    /// A real URL path that contains it.
    pub example: &'static str,
}

/// What a URL word says (the link kinds, plus listings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UrlCue {
    /// A full policy slug (`privacy-policy`, `datenschutzerklaerung`).
    PolicyName,
    /// The privacy topic (`/privacy`, `/datenschutz`, `/legal/privacy`).
    Privacy,
    /// A privacy hub (`/privacy-center`).
    Hub,
    /// Cookie policy.
    Cookie,
    /// Opt-out pages.
    OptOut,
    /// Privacy or consent settings.
    Settings,
    /// Terms, legal, imprint.
    Terms,
    /// A state-law supplement.
    StateLaw,
    /// A tag, topic or category listing (`/tag/privacy`): articles about privacy, not a policy.
    Listing,
}

const fn w(word: &'static str, cue: UrlCue, weight: f32, example: &'static str) -> UrlWord {
    UrlWord {
        word,
        cue,
        weight,
        example,
    }
}

/// URL words (ASCII: the path as sent, percent-encoding left alone).
#[rustfmt::skip]
pub(crate) const URL_WORDS: &[UrlWord] = &[
    w("privacy-policy", UrlCue::PolicyName, 5.0, "/privacy-policy/"),
    w("privacy_policy", UrlCue::PolicyName, 5.0, "/about_us/privacy_policy/"),
    w("privacypolicy", UrlCue::PolicyName, 5.0, "/privacypolicy/privacypolicy.aspx"),
    w("privacy-notice", UrlCue::PolicyName, 5.0, "/legal/privacy-notice"),
    w("privacy-statement", UrlCue::PolicyName, 5.0, "/en/privacy-statement.html"),
    w("datenschutzerklaerung", UrlCue::PolicyName, 5.0, "/datenschutzerklaerung/"),
    w("politique-de-confidentialite", UrlCue::PolicyName, 5.0, "/politique-de-confidentialite"),
    w("politica-de-privacidad", UrlCue::PolicyName, 5.0, "/politica-de-privacidad"),
    w("politica-de-privacidade", UrlCue::PolicyName, 5.0, "/politica-de-privacidade"),
    w("polityka-prywatnosci", UrlCue::PolicyName, 5.0, "/polityka-prywatnosci"),
    w("privacybeleid", UrlCue::PolicyName, 5.0, "/privacybeleid"),
    w("privacyverklaring", UrlCue::PolicyName, 5.0, "/privacyverklaring"),
    w("integritetspolicy", UrlCue::PolicyName, 5.0, "/integritetspolicy"),
    w("privatlivspolitik", UrlCue::PolicyName, 5.0, "/privatlivspolitik"),
    w("personvernerklaering", UrlCue::PolicyName, 5.0, "/personvernerklaering"),
    w("tietosuojaseloste", UrlCue::PolicyName, 5.0, "/tietosuojaseloste"),
    w("gizlilik-politikasi", UrlCue::PolicyName, 5.0, "/gizlilik-politikasi"),
    w("politika-konfidencialnosti", UrlCue::PolicyName, 5.0, "/politika-konfidencialnosti"),
    w("privacy", UrlCue::Privacy, 4.0, "/legal/privacy"),
    w("datenschutz", UrlCue::Privacy, 4.0, "/datenschutz"),
    w("confidentialite", UrlCue::Privacy, 4.0, "/confidentialite"),
    w("vie-privee", UrlCue::Privacy, 4.0, "/vie-privee"),
    w("donnees-personnelles", UrlCue::Privacy, 4.0, "/donnees-personnelles"),
    w("privacidad", UrlCue::Privacy, 4.0, "/privacidad"),
    w("privacidade", UrlCue::Privacy, 4.0, "/privacidade"),
    w("riservatezza", UrlCue::Privacy, 4.0, "/riservatezza"),
    w("prywatnosc", UrlCue::Privacy, 4.0, "/prywatnosc"),
    w("integritet", UrlCue::Privacy, 4.0, "/integritet"),
    w("personuppgift", UrlCue::Privacy, 4.0, "/personuppgifter"),
    w("privatliv", UrlCue::Privacy, 4.0, "/privatliv"),
    w("personvern", UrlCue::Privacy, 4.0, "/personvern"),
    w("tietosuoja", UrlCue::Privacy, 4.0, "/tietosuoja"),
    w("ochrana-osobnich-udaju", UrlCue::Privacy, 4.0, "/ochrana-osobnich-udaju"),
    w("gizlilik", UrlCue::Privacy, 4.0, "/gizlilik"),
    w("kvkk", UrlCue::Privacy, 4.0, "/kvkk-aydinlatma-metni"),
    w("konfidencialnost", UrlCue::Privacy, 4.0, "/konfidencialnost"),
    w("personal-data", UrlCue::Privacy, 3.0, "/personal-data-policy"),
    w("data-protection", UrlCue::Privacy, 3.0, "/data-protection"),
    w("privacy-center", UrlCue::Hub, 4.0, "/privacy-center"),
    w("privacycenter", UrlCue::Hub, 4.0, "/privacycenter"),
    w("privacy-hub", UrlCue::Hub, 4.0, "/privacy-hub"),
    w("cookie", UrlCue::Cookie, 4.0, "/cookie-policy"),
    w("do-not-sell", UrlCue::OptOut, 4.0, "/do-not-sell-my-personal-information"),
    w("donotsell", UrlCue::OptOut, 4.0, "/donotsell"),
    w("opt-out", UrlCue::OptOut, 4.0, "/privacy/opt-out"),
    w("optout", UrlCue::OptOut, 4.0, "/optout"),
    w("privacy-choices", UrlCue::OptOut, 4.0, "/your-privacy-choices"),
    w("adchoices", UrlCue::OptOut, 4.0, "/adchoices"),
    w("ad-choices", UrlCue::OptOut, 4.0, "/ad-choices"),
    w("privacy-settings", UrlCue::Settings, 4.0, "/privacy-settings"),
    w("cookie-settings", UrlCue::Settings, 4.0, "/cookie-settings"),
    w("consent", UrlCue::Settings, 3.0, "/consent-preferences"),
    w("terms", UrlCue::Terms, 3.0, "/terms-of-use"),
    w("conditions", UrlCue::Terms, 3.0, "/conditions-of-use"),
    w("legal", UrlCue::Terms, 3.0, "/legal"),
    w("impressum", UrlCue::Terms, 3.0, "/impressum"),
    w("imprint", UrlCue::Terms, 3.0, "/imprint"),
    w("disclaimer", UrlCue::Terms, 3.0, "/disclaimer"),
    w("california", UrlCue::StateLaw, 4.0, "/california-privacy-rights"),
    w("ccpa", UrlCue::StateLaw, 4.0, "/ccpa-notice"),
    w("/tag/", UrlCue::Listing, 0.0, "/tag/privacy/"),
    w("/tags/", UrlCue::Listing, 0.0, "/tags/privacy"),
    w("/topic/", UrlCue::Listing, 0.0, "/topic/privacy"),
    w("/topics/", UrlCue::Listing, 0.0, "/topics/privacy/"),
    w("/category/", UrlCue::Listing, 0.0, "/category/privacy/"),
    w("/search", UrlCue::Listing, 0.0, "/search?q=privacy"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_has_an_example_that_contains_it_or_is_cjk() {
        for kw in KEYWORDS {
            assert!(!kw.example.is_empty(), "{}", kw.phrase);
            assert!(kw.weight >= 0.0 && kw.weight <= 10.0, "{}", kw.phrase);
            assert!(kw.cue == DocNoun || kw.weight > 0.0, "{}", kw.phrase);
        }
        for uw in URL_WORDS {
            assert!(
                uw.example.contains(uw.word),
                "{} not in {}",
                uw.word,
                uw.example
            );
            assert_eq!(uw.word, uw.word.to_ascii_lowercase());
        }
    }

    #[test]
    fn the_eighteen_languages_of_the_issue_are_covered() {
        for lang in [
            "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "fi", "cs", "tr",
            "ru", "ja", "zh", "ko",
        ] {
            let names = KEYWORDS
                .iter()
                .filter(|k| k.lang == lang && k.cue == PolicyName)
                .count();
            assert!(names > 0, "no policy name for {lang}");
        }
    }
}
