//! The cue tables: what a policy says that supports each verdict of each practice.
//!
//! Everything here is data. Patterns are regexes over the ASCII-lowercased sentence, with
//! shorthands expanded by [`super::engine::expand`]:
//!
//! | shorthand | means |
//! |---|---|
//! | `{PD}` | a personal-data noun phrase ("personal information", "your data", "PII") |
//! | `{ADS}` | targeted-advertising phrases ("interest-based ads", "cross-context behavioral advertising") |
//! | `{Wn}` | up to *n* words |
//! | `{V:verb}` | the verb's forms: `{V:notify}` notify/notifies/notified/notifying, `{V:share}` share/shares/shared/sharing, `{V:rent}` rent/rents/rented/renting; irregular and doubling verbs (`{V:sell}` … sold, `{V:transfer}` … transferred) from [`IRREGULAR_VERBS`] |
//! | `{LI}` | a list marker: `(2)`, `b.`, `iv)`, `•`, `●`, `-` …; a pattern that starts with it (or with a punctuation mark) has no leading word boundary |
//! | `'` | any apostrophe (`'` or `’`) |
//!
//! A **negatable** cue preceded by a negation in its clause ("we do **not** sell …", "is
//! **never** sold") supports the opposite verdict. **Exclusions** mark sentences that cannot
//! support `yes`/`unclear` for the practice (a merger "sale"); they keep their `no` signals.
//! A **context** pattern, where given, must occur in the sentence (or its heading) for any cue
//! to count, unless the sentence follows one in context or sits under a topical heading.
//!
//! Every cue and exclusion carries an example sentence; a unit test runs each example through
//! the whole engine and checks it gives the stated verdict.

use super::Verdict;

/// What a cue match means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Supports this verdict (flipped yes↔no when negated and the cue is negatable).
    Supports(Verdict),
}

/// One cue: a pattern and the verdict it supports.
#[derive(Debug)]
pub struct Cue {
    /// The verdict it supports.
    pub effect: Effect,
    /// 1 = weak (hedged or indirect), 2 = normal, 3 = explicit.
    pub strength: u8,
    /// Whether a preceding negation flips yes↔no.
    pub negatable: bool,
    /// Regex (with shorthands) over the lowercased sentence.
    pub pattern: &'static str,
    /// A sentence the cue is written for.
    pub example: &'static str,
}

/// A pattern that stops a sentence from supporting `yes`/`unclear` for a practice.
#[derive(Debug)]
pub struct Exclusion {
    /// Regex (with shorthands).
    pub pattern: &'static str,
    /// A sentence it is written for.
    pub example: &'static str,
}

/// How `yes` and `no` signals in one policy combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// Any `yes` wins.
    YesWins,
    /// Any `no` wins.
    NoWins,
    /// The stronger side wins; a tie is `unclear`.
    Stronger,
    /// The stronger side wins; a tie is `yes`.
    StrongerOrYes,
    /// The stronger side wins; a tie is `no`.
    StrongerOrNo,
}

/// The rules of one practice.
#[derive(Debug)]
pub struct PracticeRules {
    /// Practice id.
    pub id: &'static str,
    /// Lowercase literals; only sentences containing one are examined.
    pub topics: &'static [&'static str],
    /// Optional pattern the sentence (or its section heading) must contain for its cues to
    /// count, when the sentence holds a topic keyword itself and neither follows a sentence in
    /// context nor sits under a heading that names the topic.
    pub context: Option<&'static str>,
    /// How many following sentences of the same section are read too ("Some browsers send
    /// DNT signals. We do not respond to them.").
    pub follow: usize,
    /// Whether a heading naming the topic makes every sentence of its section a candidate.
    pub heading_scope: bool,
    /// A following or heading-scoped sentence matching this is about a rival topic (GPC for
    /// DNT) and is not read for this practice.
    pub rivals: Option<&'static str>,
    /// Sentences that cannot support `yes`/`unclear`.
    pub exclusions: &'static [Exclusion],
    /// Denials too narrow to answer the question ("we do not sell data of children under
    /// 16"): such a sentence cannot support `no`.
    pub narrow_denials: &'static [Exclusion],
    /// The cues.
    pub cues: &'static [Cue],
    /// How conflicting signals combine.
    pub conflict: Conflict,
}

/// Shorthands used in patterns.
pub const MACROS: &[(&str, &str)] = &[
    (
        "{NUM}",
        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty(?:-four)?|thirty(?:-six)?|forty(?:-five)?|sixty|ninety|a)",
    ),
    ("{UNIT}", r"(?:days?|weeks?|months?|years?|hours?)"),
    (
        "{LI}",
        r"(?:\(?\b(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[-–—•●▪◦·‣*])",
    ),
    // One address too: "we will never trade your email address".
    (
        "{PD}",
        r"(?:personal(?:ly)? (?:identifiable |identifying )?(?:data|information|info|details)|pii|(?:your|user|users'|customer|consumer|member|visitor|subscriber|client|patient)s?'? (?:personal )?(?:data|information|info|details|e-?mail address(?:es)?|contact information|contact details|names|profiles?)|(?:data|information) (?:about|of|from|relating to|concerning) (?:you|our users|users|customers|visitors|individuals|consumers|our customers))",
    ),
    (
        "{PLACES}",
        r"(?:countr(?:y|ies)|jurisdictions?|the united states|the u\.s|the us\b|united states|usa\b|the eea\b|the eu\b|the european|europe\b|other countries|abroad|canada|india|overseas|the uk\b|the united kingdom|anywhere in the world|around the world|worldwide|third countries|other locations|several (?:different )?(?:places|locations|countries)|another country|continents|internationally|germany|ireland|australia|japan|singapore|china|new zealand|the netherlands|france|switzerland|israel|brazil|mexico|the philippines|philippines|vietnam|ukraine|poland|romania|portugal|spain|south africa|south korea|taiwan|hong kong|malaysia|argentina|colombia|costa rica|egypt|pakistan)",
    ),
    (
        "{ADS}",
        r"(?:(?:interest|behaviou?r|audience)[- ]based|targeted|personali[sz]ed|behaviou?ral|tailored|retargeted|re-targeted|customi[sz]ed|cross[- ]context(?: behaviou?ral)?|online behaviou?ral|relevant|profile[- ]based) (?:ads|advertising|advertisements?|ad|marketing)",
    ),
];

/// Verbs whose forms `{V:verb}` cannot derive by rule (irregular past, doubled consonant).
pub const IRREGULAR_VERBS: &[(&str, &str)] = &[
    ("sell", "sell(?:s|ing)?|sold"),
    ("give", "giv(?:e|es|en|ing)|gave"),
    ("send", "send(?:s|ing)?|sent"),
    ("tell", "tell(?:s|ing)?|told"),
    ("keep", "keep(?:s|ing)?|kept"),
    ("hold", "hold(?:s|ing)?|held"),
    ("make", "mak(?:e|es|ing)|made"),
    ("let", "let(?:s|ting)?"),
    ("get", "get(?:s|ting)?|got(?:ten)?"),
    ("transfer", "transfer(?:s|red|ring)?"),
    ("permit", "permit(?:s|ted|ting)?"),
    ("submit", "submit(?:s|ted|ting)?"),
    ("stop", "stop(?:s|ped|ping)?"),
    ("swap", "swap(?:s|ped|ping)?"),
];

/// Negation words (over the lowercased, masked text).
pub const NEGATION: &str = r"\b(?:not|never|no|nor|neither|none|cannot|unable|nothing|refrains?|refrained|refraining)\b|n['’]t\b|\b(?:prohibit|forbid|bar|preclude)\w* (?:\w+ ){0,4}from\b";

/// Where a clause ends: a negation before it does not reach past. A relative clause with its own
/// negation ends at its comma: "visitors who have not opened an account, may ask us to delete …".
pub const CLAUSE_BREAK: &str = r"[;:]| \bwithout (?:(?:your |the |a |an |appropriate |adequate |suitable |proper |prior |express |explicit )*)(?:safeguards|protections|consent|permission|authori[sz]ation)\b|, yet\b|^(?:while|although|though|whereas|even though|because|since|if|when|unless|as)\b[^,]*,|,? \b(?:but|however|although|though|except|unless|whereas|other than|instead|if|where|which|so that)\b|,? \b(?:while|when)\b(?: \w*(?:[a-fh-z0-9_]|[a-mo-z0-9_]g|[a-hj-z0-9_]ng)\b|[^ a-z0-9_]|$)|, and (?:we|our|they|you|it|the|these|this)\b|\b(?:who|that) (?:have|has|had|do|does|did|are|is|was|were)(?: not|n't)\b[^,;]{0,60},";

/// Phrases masked before matching (same length): (lowercase phrase, replacement, only when
/// Title Cased in the original).
pub const MASKS: &[(&str, &str, bool)] = &[
    ("do not track", "do_not_track", true),
    ("do not track signal", "do_not_track signal", false),
    ("do not track header", "do_not_track header", false),
    ("do not track request", "do_not_track request", false),
    ("do not track setting", "do_not_track setting", false),
    ("do not track feature", "do_not_track feature", false),
    ("do not track option", "do_not_track option", false),
    ("do not track preference", "do_not_track preference", false),
    ("do not track browser", "do_not_track browser", false),
    ("do not track mechanism", "do_not_track mechanism", false),
    ("do not track technolog", "do_not_track technolog", false),
    ("do not track standard", "do_not_track standard", false),
    ("do not track function", "do_not_track function", false),
    (
        "do not track instruction",
        "do_not_track instruction",
        false,
    ),
    ("do not track polic", "do_not_track polic", false),
    ("do not track (dnt", "do_not_track (dnt", false),
    ("do not track\"", "do_not_track\"", false),
    ("\"do not track", "\"do_not_track", false),
    ("do not track”", "do_not_track”", false),
    ("“do not track", "“do_not_track", false),
    ("do not track’", "do_not_track’", false),
    ("‘do not track", "‘do_not_track", false),
    ("do not track'", "do_not_track'", false),
    ("'do not track", "'do_not_track", false),
    ("do-not-track", "do_not_track", false),
    ("do not sell", "do_not_sell", true),
    ("do not sell my", "do_not_sell my", false),
    ("do not sell or share my", "do_not_sell or share my", false),
    ("do not share my", "do_not_share my", false),
    ("do not share", "do_not_share", true),
    // A telemarketing list's name, not a denial: "added to our do-not-call list".
    ("do-not-call", "do_not_call", false),
    ("do not call list", "do_not_call list", false),
    ("not limited to", "NOT limited to", false),
    ("whether or not", "whether or NOT", false),
    ("not only", "NOT only", false),
    ("not necessarily", "NOT necessarily", false),
    ("no longer necessary", "NO longer necessary", false),
    ("no longer needed", "NO longer needed", false),
    ("no longer required", "NO longer required", false),
    ("if you do not", "if you do NOT", false),
    ("if you have not", "if you have NOT", false),
    ("if you haven't", "if you haveN'T", false),
    ("you do not wish", "you do NOT wish", false),
    ("you do not want", "you do NOT want", false),
    // The reader's negation in a relative clause: "customers who do not want us to share …".
    ("who do not want", "who do NOT want", false),
    ("who do not wish", "who do NOT wish", false),
    ("if you don't", "if you DON'T", false),
    ("if you don’t", "if you DON’T", false),
    ("if you would not", "if you would NOT", false),
    ("if you would prefer not", "if you would prefer NOT", false),
    ("would rather not", "would rather NOT", false),
    ("would prefer not", "would prefer NOT", false),
    ("if you prefer not", "if you prefer NOT", false),
    ("if you prefer we not", "if you prefer we NOT", false),
    // GLBA's subjunctive: "if you prefer that we not send you offers".
    ("prefer that we not", "prefer that we NOT", false),
    ("if you no longer", "if you NO longer", false),
    ("you no longer want", "you NO longer want", false),
    ("you no longer wish", "you NO longer wish", false),
    ("you don't want", "you DON'T want", false),
    ("you don't wish", "you DON'T wish", false),
    ("if you wish not", "if you wish NOT", false),
    ("do not hesitate", "do NOT hesitate", false),
    // A figure of speech, not access: "as you can see, we protect your personal information".
    ("as you can see", "as you can SEE", false),
    // A reserved right, not retention: "we retain the right to refuse service".
    ("retain the right", "RETAIN the right", false),
    ("retains the right", "RETAINS the right", false),
    ("not to receive", "NOT to receive", false),
    ("not to be", "NOT to be", false),
    ("no matter", "NO matter", false),
    // A price, not a denial: "you may receive a copy at no cost", "free of charge or for no fee".
    ("no cost", "NO cost", false),
    ("no charge", "NO charge", false),
    ("no fee", "NO fee", false),
    // A statute's article in a sentence ("the right to erasure (Art. 17)"): not a sentence end to the word gaps.
    ("(art.", "(art_", false),
    ("no more than", "NO more than", false),
    ("no longer than", "NO longer than", false),
    ("not more than", "NOT more than", false),
    ("not longer than", "NOT longer than", false),
    ("not to exceed", "NOT to exceed", false),
    ("no later", "NO later", false),
    // Taken off a mailing list: not a deletion of data.
    (
        "remove you from our mailing list",
        "REMOVE you from our mailing list",
        false,
    ),
    (
        "remove your name from our mailing list",
        "REMOVE your name from our mailing list",
        false,
    ),
    (
        "removed from our mailing list",
        "REMOVED from our mailing list",
        false,
    ),
];

/// Examples document the table and are checked by the tests; the WASM build leaves them out
/// (they would only add bytes to the download).
const fn ex(example: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        example
    }
}
/// The WASM build leaves the cue and exclusion patterns out too: the build script parses
/// them on the build machine, and the engine compiles their syntax trees (`prepared`).
const fn pat(pattern: &'static str) -> &'static str {
    ex(pattern)
}
const fn yes(strength: u8, pattern: &'static str, example: &'static str) -> Cue {
    Cue {
        effect: Effect::Supports(Verdict::Yes),
        strength,
        negatable: true,
        pattern: pat(pattern),
        example: ex(example),
    }
}
const fn yes_fixed(strength: u8, pattern: &'static str, example: &'static str) -> Cue {
    Cue {
        effect: Effect::Supports(Verdict::Yes),
        strength,
        negatable: false,
        pattern: pat(pattern),
        example: ex(example),
    }
}
const fn no(strength: u8, pattern: &'static str, example: &'static str) -> Cue {
    Cue {
        effect: Effect::Supports(Verdict::No),
        strength,
        negatable: false,
        pattern: pat(pattern),
        example: ex(example),
    }
}
const fn unclear(strength: u8, pattern: &'static str, example: &'static str) -> Cue {
    Cue {
        effect: Effect::Supports(Verdict::Unclear),
        strength,
        negatable: false,
        pattern: pat(pattern),
        example: ex(example),
    }
}
const fn except(pattern: &'static str, example: &'static str) -> Exclusion {
    Exclusion {
        pattern: pat(pattern),
        example: ex(example),
    }
}

/// Business transfers: a "sale" of the company is not a sale of data.
const BUSINESS_TRANSFER: Exclusion = except(
    r"merger|acquisition|acquired by|buyer|purchaser|acquir(?:er|ing (?:entity|company|party))|all or (?:part|substantially all|a portion|any part) of (?:our|its|the) (?:business|company|assets)|bankrupt|insolven|reorgani[sz]ation|dissolution|divestiture|liquidation|receivership|substantially all|(?:sale|sell|transfer)\w* (?:of |or transfer of )?(?:all |some |part |a portion |any portion )?(?:of )?(?:our |its |the )?(?:company|business|assets|stock|shares|business units?)|successor|change (?:of|in) control|corporate transaction|business transfer",
    "If we are involved in a merger or sale of our assets, your personal information may be sold to the buyer.",
);

/// Third-party analytics named as left out ("have deliberately been left out", "we decided
/// against", "we have removed", "we stopped using"): a denial, and no sentence that names the
/// service it left out ("we stopped using Google Analytics") reads as its use.
const LEFT_OUT: &str = r"(?:analytics|tracking|trackers|measurement)\w* {W6}(?:been |are |is )?(?:deliberately |intentionally |consciously |purposely )?(?:left out|excluded|omitted|avoided)\b|(?:decided against|chose not to|chosen not to|opted against|opt not to|elected not to|we (?:have )?removed|stopped using) {W4}(?:third[- ]party |external |outside )?(?:analytics|tracking|trackers|measurement)";

/// Data kept in one region: "never leaves the EU", "does not leave your country", "our servers
/// are in Norway and we do not transfer your data to other countries".
const STAYS_IN_REGION: &str = r"(?:never|not|\w+n't) (?:leaves?|left) (?:the |your |our )?(?:eu|eea|european|uk|united kingdom|country|jurisdiction|region|it|them)\b|(?:never|not|\w+n't) (?:be |been |being )?(?:{V:transfer}|moved|sent) {W4}(?:(?:outside|out of|beyond) (?:the |your |our )?(?:\w+ ){0,3}(?:union|area|eu|eea|uk|kingdom|country|region)|to (?:any )?other countries)\W*$";

/// A table's or a question's answer: "Sale of personal information in the past 12 months: None."
/// Also a gerund subject denied by its predicate: "Selling your data is not part of our business model".
const TABLE_NONE: &str = r"(?:sale|sold|sell)\w*(?-u:[^:;?]){0,80}[:?] (?:none|no|never|n/a)\W*$|(?:selling|renting) {W4}(?:is|are) (?:not|never) (?:part|what|how|something)";

/// COPPA's data minimisation presupposes collection from children: "we do not require a child to
/// disclose more information than is reasonably necessary", or in the rule's own words "we do not
/// condition a child's participation in an activity on the disclosure of more information than".
const COPPA_MINIMUM: &str = r"(?:child|kid|minor|student)\w*(?:'s?)? {W8}(?:disclos|provid|submit|shar|giv)\w* (?:of )?more (?:personal )?(?:information|data) than";

/// The GLBA model notice's account of the law ("Federal law gives you the right to limit only
/// sharing for … affiliates from using your information to market to you"): no practice.
const GLBA_LAW: Exclusion = except(
    r"laws? gives? (?:you|consumers|customers|members) the right to limit",
    "Federal law gives you the right to limit only sharing for affiliates from using your information to market to you.",
);

/// A CCPA category table's row, read as one line: "Precise geolocation | Collected: No | —", or
/// "| No |" under no column title (not collected).
const GEO_ROW_NO: &str = r"geolocation(?: data)? \| (?:collected\W{0,2} )?(?:no|none)\b";

/// Browsers' or other sites' handling of GPC: "not all browsers support GPC", "many websites do not yet honor it";
/// unless "we" come after it ("some browsers support GPC; we honor it").
const OTHERS_GPC: &str = r"(?:few|many|most|some|other|not all) (?:web ?sites|sites|companies|services|browsers|businesses)(?:,? (?:do|does|may|might|can|currently|yet|not|already|now|also|such as|for example|\w+,))* (?:honou?r|respect|respond|support|recogni[sz]e)(?-u:[^w]|w[^e]|we\w)*$";

/// All practices' rules.
pub const RULES: &[PracticeRules] = &[
    PracticeRules {
        id: "ad_tracking",
        topics: &[ "ads", " ad ", "ad-", "target", "remarketing", "interest-based",
            "interest based", "behavioral", "behavioural", "doubleclick",
            "cross-context", "cross context", "pixel", "criteo", "taboola", "outbrain", "adroll", "youradchoices", "third-party cookie", "third party cookie", "youronlinechoices", "track", "advert", "audience", "lookalike", "marketing cookie", "other websites", "other sites", "across ", "similar ", "around the web", "follow you", "hashed", "idfa", "gaid", "bid", "attribut",
        ],
        context: None,
        follow: 0,
        heading_scope: false,
        rivals: None,
        // An ad-free tier ("members get ad-free feeds") says the other tiers carry ads.
        narrow_denials: &[except(
            r"ad[- ]free (?:feeds?|versions?|plans?|tiers?|subscriptions?|options?|upgrades?|memberships?)",
            "Members get ad-free feeds.",
        ),
        // A right to direct a stop is no denial: "you may direct us not to use your data for targeted ads".
        except(r"(?:instruct|ask|direct|tell|request)\w* us (?:not|to not) to", "You may ask us not to use your data for targeted advertising.")],
        exclusions: &[except(
            // Also ads sent by email or post, or printed: "we may mail you our catalogue advertising by post".
            r"(?:ads|advertising|advertisements|adverts) (?:by|via|in) (?:our |the |a )?(?:e-?mail|post|(?:postal |direct )?mail|print|printed)\b|contextual (?:ads|advertising)|(?:ads|advertising) {W4}(?:not|never) based on|(?:ads|advertising|advertisements) {W10}based (?:only|solely|purely|exclusively) on (?:the )?(?:content|article|page|context|keywords|search)|(?:not|never) (?:on|based on|using) (?:your )?(?:browsing|personal|past|interests|history|behaviou?r|profile)|(?:ads|advertisements|adverts|advertising|sponsor\w*)\b {W12}(?:the same for (?:every|all|each)|identical for (?:every|all|each)|host[- ]read|read by (?:the |our )?hosts?)\b",
            "We show contextual advertising that is not based on your browsing history.",
        ),
        // A state law's definition: "“Targeted advertising” means displaying ads selected on activity across sites".
        except(r"(?:targeted|cross[- ]context behaviou?ral) advertising\W* (?:means|is defined as|refers to)\b", "\"Targeted advertising\" means showing a consumer ads selected on data from their activity over time across unrelated websites.")],
        cues: &[
            yes(3, r"{ADS}", "We and our partners use cookies to show you interest-based ads."),
            yes(3, r"(?:advertising|ad|targeting|marketing|retargeting|remarketing) (?:cookies|pixels|tags|trackers|technolog(?:y|ies)|identifiers|ids|beacons|scripts)", "Our site uses advertising cookies set by third parties."),
            yes(1, r"tracking (?:cookies|pixels)", "Our partners use tracking cookies."),
            yes(3, r"(?:re-?target|re-?market)\w*", "We use retargeting to show our ads on other websites."),
            yes(3, r"doubleclick|google ads|adsense|google ad manager|facebook pixel|meta pixel|criteo|taboola|outbrain|adroll|the trade desk|appnexus|xandr|linkedin insight|bing ads|reddit ads|quora ads|twitter ads|tiktok pixel|amazon advertising|google marketing platform", "We use Google Ads conversion tracking and the Facebook pixel."),
            yes_fixed(2, r"aboutads\.info|youradchoices|networkadvertising\.org|youronlinechoices|digital advertising alliance|network advertising initiative|adchoices", "To opt out, visit www.aboutads.info/choices."),
            yes(2, r"(?:third[- ]party |online )?(?:advertising|ad|adtech|ad tech) (?:partners?|networks?|companies|vendors|providers|servers?|platforms|technology (?:companies|providers)|exchanges)", "Our advertising partners may collect information about your visits."),
            yes(3, r"(?:serv|show|display|deliver|provid|present|send)\w* (?:you )?(?:with )?{W3}(?:ads|advertisements|advertising|offers|promotions) {W6}(?:based on|relevant to|tailored to|that match|according to|matching) {W4}(?:interests|activit|browsing|preferences|behaviou?r|profile|visits|history|how you use)", "We display advertisements based on your browsing activity."),
            yes(3, r"(?:ads|advertisements|advertising) {W4}(?:based on|tailored to|relevant to|targeted to|targeted at) {W4}(?:interests|browsing|activit|preferences|behaviou?r|profile|demographic|visits|history)", "You may see ads tailored to your interests."),
            yes(2, r"(?:track|follow|monitor|recogni[sz]|identif)\w* (?:you|users|your (?:activity|activities|browsing|devices?|browsers?)) {W2}(?:across|on|over|around) {W3}(?:other |third[- ]party |different |non-affiliated )?(?:websites|sites|apps|services|devices|the (?:web|internet))", "Our partners track you across other websites."),
            yes(2, r"(?:for|to) {W2}(?:advertis(?:ing|ements?)|ad targeting|ad personali[sz]ation) (?:purposes|and marketing)", "We use your personal data for advertising purposes."),
            yes(3, r"(?:opt|opting)[- ]out of {W4}(?:interest[- ]based|targeted|personali[sz]ed|behaviou?ral|online|cross[- ]context) (?:ads|advertising)", "You can opt out of targeted advertising."),
            yes_fixed(3, r"(?:instruct|ask|direct|tell|request)\w* us (?:not|to not) to {W8}{ADS}", "Colorado residents may direct us not to process their personal data for targeted advertising."),
            yes(3, r"(?:ads|advertisements|adverts|advertising|offers|promotions) {W8}(?:selected|chosen|picked|tailored|customi[sz]ed|targeted|personali[sz]ed) {W3}(?:based on|according to|using|in light of) {W6}(?:pages?|sites?|content|products|items|searches|interests|browsing|activit\w*|history|purchases|viewed|visited|behaviou?r)", "Some of the ads you see are chosen based on the pages you have visited."),
            // The reader as subject too: "you may later see ads for the shoes you looked at on other sites".
            yes(2, r"(?:(?:show|serv|display|deliver|present)\w*|see[ns]?|seeing) (?:you )?{W4}(?:ads|advertisements|adverts|offers|promotions|messages) {W6}(?:on|across) {W2}(?:other|third[- ]party|partner|different|external) (?:websites|sites|apps|platforms|services|networks)", "If you accept marketing cookies, our partners will use them to show you personalised offers on other websites."),
            yes(2, r"(?:{V:choose}|select|{V:decide}|{V:determine}|pick)\w* (?:which|what) {W4}(?:ads|advertisements|adverts|offers) {W4}(?:show|see|display|serve|deliver)|(?:{V:measure}|track|assess|{V:evaluate}|{V:gauge})\w* {W3}(?:effectiveness|performance|success|reach) of {W4}(?:ads|advertisements|advertising|ad campaigns)|(?:limit|cap)\w* {W4}(?:how often|the number of times|frequency) {W6}(?:ads?|advertisements?)\b", "We and our partners use cookies to measure the effectiveness of ads and to limit how often you see the same ad."),
            yes(2, r"(?:mobile )?advertising (?:id|identifiers?|ids)|\b(?:idfa|g?aaid|gaid)\b|real[- ]time bid|bid\w* in real[- ]time", "We collect your mobile advertising identifier."),
            yes(2, r"audience (?:matching|targeting|segments|extension)|lookalike|custom audiences?|matched audiences", "We may upload hashed emails to create custom audiences."),
            // Conversion tracking: ad clicks followed to the sign-up or sale.
            yes(2, r"conversion (?:tracking|tags?|pixels?|api|measurement)|microsoft advertising", "We use conversion tracking tags to learn whether someone who clicked one of our ads later made a purchase."),
            // Attribution: a listener or visitor followed from the ad to the sponsor's site.
            yes(2, r"attribution (?:services?|partners?|providers?|tracking|pixels?|tools?)|(?:ads?|advertisements?|adverts?) {W3}(?:led|leads?|resulted|results?) (?:to|in)\b", "Our sponsors use attribution services to learn whether an ad you heard led to a visit to their website."),
            // Custom and lookalike audiences without the words: hashed contact lists uploaded to a platform.
            yes(2, r"(?:upload|share|provide|send|disclose|match|pass)\w* {W6}hashed {W4}(?:e-?mail|emails|contact|customer|phone|identifiers)\w* {W10}(?:facebook|meta|google|linkedin|tiktok|snapchat|pinterest|twitter|social (?:media|networks?|platforms?)|advertising (?:platforms?|partners?)|platforms?|ad networks?)\b|(?:find|reach|target|identify)\w* (?:new |other )?(?:people|users|customers|audiences|individuals) (?:(?:with|who have|who share) similar (?:profiles|interests|characteristics)|(?:similar to|like|resembling) (?:our|your|existing|current) (?:customers|users|visitors|audiences?|followers|subscribers|buyers))", "We may give hashed email addresses of our customers to LinkedIn so that we can reach people with similar profiles."),
            // After an opt-out the ads stay but lose their targeting: they are targeted until then.
            yes_fixed(3, r"(?:still|continue to|keep) (?:see|seeing|receive|receiving|be shown|get|getting) {W4}(?:ads|advertisements|advertising|adverts)\b {W8}(?:not|no longer|n't|less) {W4}(?:be )?(?:personali[sz]ed|tailored|targeted|relevant|based on|interest[- ]based)", "If you opt out, you will continue to see ads, but they will no longer be tailored to your interests."),
            no(2, r"(?:do not|don't|never|not|no longer) (?:advertise|(?:display|show|serve|run|host|carry|sell|have|include|place|allow) (?:any )?(?:ads|advertising|advertisements|adverts))\b|\bno (?:advertising|ads|advertisements)\b|(?:ad|advertising)[- ]free|(?:disabled|turned off|deactivated|switched off|not (?:enabled|activated)) {W3}advertising (?:features|functions|reporting)|(?:ads|advertisements|adverts|advertising)\b {W16}(?:not|never|rather than|instead of) (?:on |by |using |use |based on |from )?(?:any )?(?:information about you|(?:your|any) (?:personal (?:data|information)|browsing|interests|history|behaviou?r|profile|activit\w*|data|information)|personal (?:data|information)|(?:browsing|search) history|tracking|profiling)\b", "We do not advertise on our site."),
            yes(2, r"(?:track|tracks|tracking) (?:you|users|visitors|people|individuals|your (?:activity|activities|behaviou?r|browsing))\b", "The service tracks you."),
            yes(3, r"ad targeting|targeting (?:ads|advertising)|ad personali[sz]ation|advertising profiles?|ads? tracking|(?:personali[sz]e|tailor|target)\w* {W3}(?:ads|advertising|advertisements)\b|(?:ads|advertising|advertisements|adverts?) {W5}(?:personali[sz]ed|tailored|targeted|more relevant|relevant to you)|(?:show|{V:serve}|display|deliver)\w* {W3}(?:ads?|advertisements?|adverts?) to (?:people|users|those|you|individuals) {W6}(?:interested|interests)", "We use the contents of your profile to tailor our ads to you."),
            yes(2, r"(?:{V:disclose}|{V:share}|{V:use}|{V:provide})\w* {W10}(?:for|to) {W4}advertising\b", "We may disclose usage information for marketing, advertising, and research."),
            yes(2, r"(?:serv|display|show|deliver|provid|present|send|manag|fund|plac)\w* (?:you )?{W3}(?:advertising|ads|advertisements|adverts?)\b", "It also enables us to serve you advertising on and off our services."),
            yes(2, r"(?:advertising|ad) (?:and|or|&) \w+ (?:companies|partners|networks|providers|vendors)", "We share your data with advertising and analytics companies."),
            yes(1, r"third[- ]party cookies", "Third-party cookies may be placed on your device by our partners."),
            yes(2, r"track\w* {W4}(?:browsing|online|internet) (?:activit|behavio|histor)\w*|(?:third[- ]party|other|partner) advertisers?|third[- ]party advertising", "These technologies may track your device's browsing activity."),
            no(2, r"(?:not|never|no) {W6}(?:tracking|tracker) (?:mechanisms|technolog(?:y|ies)|services|software|devices|tools)|(?:not|never|no) {W6}(?:form of )?(?:tracking|trackers)\b", "Our website does not use cookies or other tracking mechanisms."),
            // "We do not use cookies to target them": the tool denied, whatever the object.
            no(2, r"(?:not|never|\w+n't) {W4}(?:cookies|trackers|tracking|{PD}) {W3}to (?:target|personali[sz]e|tailor)\w*", "The ads on our site are contextual, and we do not use cookies to target them."),
        ],
        conflict: Conflict::StrongerOrYes,
    },
    PracticeRules {
        id: "sells_data",
        topics: &[
            "sell", "sold", "sale", "rent", "trade", "lease", "broker", "consideration",
            "cross-context", "cross context", "moneti", "pay us", "pays us", "sharing", "licens",
            "compensat", "in return", "exchange", "swap", "payment from", "payments from", "remunerat", "revenue",
        ],
        context: None,
        follow: 0,
        heading_scope: false,
        rivals: None,
        narrow_denials: &[except(
            r"(?:sell|sold|rent)\w*(?:,? (?:or )?(?:rent|swap)\w*)* (?:(?-u:[^ ,;:!?])+ ){0,10}for their own (?:use|purposes)|(?:minors|children)(?:'s?)? (?:(?-u:[^ ,;:!?])+ ){0,8}(?:sold|shared|rented|disclosed)|sensitive (?:personal )?(?:data|information)|individual consumers|as defined (?:by|in|under)|(?:if|once|after|when) you (?:have )?opt(?:ed)?[- ]out|direct us|for (?:money|monetary (?:compensation|payment|gain|value|consideration|reasons|purposes))(?:[^ a-z]|$| [a-np-z]| o[a-qs-z])|collected (?:from you )?(?:via|through|on|at) (?:this|our|the) (?:web ?site|site)|(?:instruct|ask|direct|tell|request)\w* us (?:not|to not) (?:to )?(?:sell|share)|unless (?:specifically |otherwise )?(?:stated|noted|described)|in the traditional sense|in exchange for money(?:[^ ]|$| [^o]| o[^r]| or\w)",
            "We do not sell your sensitive personal information.",
        ),
        // Minors narrow a denial only inside its object, not after a comma (", including users under 16"),
        // and only in the sentence's first statement: after "; " or ", and" a general denial came first
        // ("we do not sell your data, and we have no actual knowledge of selling data of minors under 16").
        except(
            r"^(?:(?-u:[^,;])|,(?-u:[^ ])|, (?-u:[^a])|, a(?-u:[^n])|, an(?-u:[^d]))*\b(?:sell|sold|shar|disclos|rent)\w* (?:(?-u:[^ ,;:!?])+ ){0,10}(?:(?:under (?:the age of )?|aged? (?:of )?)(?:1[0-9]|sixteen|thirteen|eighteen)|minors|children(?:$|[^']|'(?:$|[^s]|s(?:$|[^ ]| [^o]| o[^r]))))",
            "We do not sell the personal information of consumers under 16 years of age.",
        )],
        exclusions: &[
            BUSINESS_TRANSFER,
            except(TABLE_NONE, "Categories of personal information we sold in the past 12 months: none."),
            // Selling products: a pronoun far from "sell" ("sell tickets … and send them") is
            // not data. "products" takes only a determiner, so "sell data products" stays a sale.
            except(
                r"(?:sell|sells|sold|selling) (?:(?:our|its|their|the|a|an|these|such|various|many|other) )?(?:products?|services)\b|(?:sell|sells|sold|selling) (?:(?:our|its|their|the|a|an|these|such|various|many|other) )?(?:\w+ )?(?:goods|merchandise|wares|furniture|clothing|apparel|tickets|memberships|gift cards|books|devices|hardware|equipment|software|licen[cs]es|subscriptions|groceries|vehicles|cars|jewel(?:le)?ry|artwork|crafts|ceramics|pottery|prints|cosmetics|toys|coffee|wines?|flowers|shoes|accessories|electronics|courses|tours)\b|(?:sell|sells|sold|selling) {W4}(?:and|then) (?:ship|deliver|dispatch|post|mail)(?:s|ped|ping|ed|ing)?\b (?:it|them|these|those|orders?|products?|goods|items?|worldwide|internationally|to you)\b",
                "We sell handmade furniture online and ship it to you within a week.",
            ),
            // Selling aggregate data is not a sale of personal data; the object must end there
            // ("aggregated data and your email address" is still a sale).
            except(
                r"(?:{V:sell}|{V:rent}|{V:license}|{V:trade}) {W2}(?:aggregated?|anonymi[sz]ed|de-identified|anonymous|non-personal)(?:,? (?:and )?(?:aggregated?|anonymi[sz]ed|de-identified|anonymous|non-personal|statistical|usage))* (?:data|information|statistics|insights|reports)(?:[.,;]|$| (?:that|which|about|derived|to|for|from|on|in)\b)",
                "We may sell aggregated, de-identified data that cannot reasonably be used to identify you.",
            ),
            except(
                r"(?:means|is defined as|are defined as|refers to|defined as) {W3}(?:the )?(?:exchange|disclos|selling|renting|releasing|sharing|making available|transfer|targeting)|(?:sale|sell|selling|sharing|share) (?:includes?|covers|encompasses|can include|may include) {W2}(?:the )?(?:exchange|disclos|selling|renting|releasing|sharing|making|transfer)|defines? {W6}as (?:the )?(?:exchange|disclos|selling|renting|releasing|sharing|making|transfer)",
                "“Sale” means the exchange of personal information for monetary or other valuable consideration.",
            ),
            except(
                r"\b(?:if|whether|in case) (?:we|the company|it|they|a business|businesses) {W3}(?:{V:sell}|{V:share})|(?:if|should|in the event|before) we (?:ever )?(?:decide|choose|begin|start|plan|intend)|whether {W16}(?:sell|sold|sale)|requires? (?:businesses|companies|us) to|(?:request|ask|submit)\w* {W12}(?:sold|sell)|categories of {W6}(?:collected|disclosed), (?:sold|shared)|(?:business|commercial) purposes? for {W6}(?:selling|sharing|sale)|\?$",
                "If we have sold your personal information, you have the right to opt out of that sale.",
            ),
        ],
        cues: &[
            yes(3, r"(?:{V:sell}|{V:rent}|{V:trade}|{V:lease}|{V:license}|{V:monetize}|{V:monetise}|{V:barter}) {W4}{PD}", "We have sold personal information about consumers in the past 12 months."),
            yes(3, r"{PD} {W8}(?:is|are|be|been|being|was|were|get|gets) {W4}(?:sold|rented|traded|leased)", "Your personal information will be sold to our partners."),
            yes(3, r"{PD} (?:that |which )?we {W2}(?:sell|sold|rent)\b|data products {W4}(?:sell|sold|licen[cs]e)|(?:sell|licen[cs]e)\w* {W4}data products", "Categories of personal information that we sell: online identifiers."),
            yes(3, r"(?:may|might|could|would) {W3}(?:meet|fall within|fall under|satisfy|qualify under) {W4}definition of {W2}(?:sale|sell|selling|share|sharing)", "We may share personal information with partners in arrangements that may meet the broad definition of sale."),
            yes(3, r"(?:classify|classifies|consider|deem|characteri[sz]e|interpret|view|treat|regard)\w* {W10}as {W2}(?:a )?(?:sales?|selling|sharing)\b", "The CCPA may classify our use of these services as sharing your personal information."),
            yes(3, r"(?:considered|deemed|constitutes?|qualify as|qualifies as|treated as|characteri[sz]ed as) (?:an? )?(?:sales?|selling|sharing)\b", "These activities are considered sales or sharing under certain state laws."),
            yes(2, r"(?:sales?|selling|renting|rental) {W3}of {W3}{PD}", "We engage in the sale of personal information."),
            yes(2, r"(?:{V:sell}|{V:rent}|{V:trade}|{V:lease}|{V:monetize}|{V:monetise}) {W12}(?:data|information|info|details|lists?|names|email addresses|identifiers|it|them)\b", "We do not sell, rent, or give away any of your information."),
            yes(3, r"(?:{V:exchange}|{V:swap}|{V:trade}) {W4}(?:our |your |their )?(?:(?:mailing|contact|customer|member|membership|donor|subscriber|supporter|marketing) lists?|(?:postal |mailing |e-?mail |home )?addresses|contact details) {W4}(?:with|for)\b", "We occasionally swap our donor list with other charities for their own appeals."),
            yes(2, r"(?:data|information|info|lists?|it) {W12}(?:is|are|be|been|being|was|were|get|gets|ever) {W4}(?:sold|rented|traded|leased|moneti[sz]ed)", "Any information we have about you will never be sold or rented to others."),
            // Also a table's cell: "Identifiers | Sold: Yes | Shared: Yes".
            yes(3, r"business of (?:selling|renting|trading)|\b(?:sold|sale)\W{1,3}yes\b", "We are in the business of selling data."),
            yes(3, r"(?:{V:sell}|{V:share}|disclosed) {W8}(?:the )?following categories|(?:we|company) (?:have|has|may have) {W2}(?:sold|shared)\b", "In the preceding 12 months, we have “sold” the following categories of personal information."),
            yes(3, r"(?:categories of )?{PD} {W4}(?:we have |that we |we )?(?:sold|shared) {W10}(?:(?:in|during|within|over) the (?:past|last|preceding|prior) (?:12|twelve|year\b|calendar year)|for cross[- ]context|for (?:targeted|behaviou?ral) advertising)", "Categories of personal information we sold in the past 12 months: identifiers."),
            yes(2, r"(?:{V:share}|{V:disclose})\w* {W12}(?:for|with|to provide|to deliver|to show|to serve) {W6}(?:cross[- ]context behaviou?ral|targeted|behaviou?ral|interest[- ]based|tailored|personali[sz]ed) advertising", "We share identifiers for cross-context behavioral advertising."),
            yes(3, r"(?:may|might|could|would|will) {W2}(?:be )?(?:considered|constitute|deemed|qualify as|count as|be a|(?:regarded|treated|viewed|seen|classified) as) (?:a )?[\x22“']?(?:sale|selling|sell|sharing)", "Our use of advertising cookies may be considered a sale under the CCPA."),
            yes(3, r"(?:for|in exchange for|receive) (?:monetary|valuable|other valuable) consideration", "We disclose information to partners for valuable consideration."),
            yes(3, r"(?:compensation|payment|paid|money|remuneration|revenue|fees?|(?:monetary|financial) (?:benefit|gain))\w* {W8}(?:in exchange for|in return for|for|by|when we|whenever we|if we) {W3}(?:provid|giv|shar|disclos|making available|access to|sell|rent)\w* {W6}(?:data|information|details|lists|{PD})", "We receive compensation from partners in exchange for giving them information about our customers."),
            // "Against remuneration" (non-native: "your datas can be given to partners against remuneration").
            yes(3, r"(?:datas?|information|details|lists|{PD}) {W10}(?:(?:in exchange for|in return for) (?:an? )?fees?|(?:in exchange for|in return for|for|against) (?:money|payment|compensation|remuneration|cash|monetary|financial|something of value|value))\b", "We do not exchange your personal information for money or other valuable consideration."),
            yes(3, r"(?:data|information|details|lists|{PD}) {W10}(?:is|are|be|been|being|was|were) {W3}licen[sc]ed to {W3}(?:third|partners|other|advertisers|companies|data brokers|marketers|organi[sz]ations)", "Some of the data we collect is licensed to third parties for their own marketing."),
            yes(2, r"(?:data|information|info|details|{PD}) {W4}(?:is|are|will be|be) {W2}(?:for sale|up for sale|on sale)\b", "Your personal data is not for sale."),
            // Also "details": "some advertisers pay us for the contact details of our readers".
            yes(3, r"(?:who|which|that|they|partners|brokers|advertisers|companies|third parties|one|anyone|anybody) (?:pays?|paid|compensates?|compensated) us (?:for|in exchange for) {W3}(?:it|them|data|information|details|access|{PD})", "We may share your email address with data brokers who pay us for it."),
            // The payment after the disclosure: "we pass your details to sponsors, who pay us a fee in return".
            yes(3, r"(?:{V:disclose}|{V:share}|{V:provide}|{V:give}|pass)\w* {W16}(?:compensation|payment|money|remuneration|fees?) (?:in (?:return|exchange)|for (?:it|this|that|them|doing so))\b", "We pass your contact details to sponsors, who pay us a fee in return."),
            // A sale named before (a definition): "we do not engage in any such sales".
            yes(2, r"(?:engag|participat)\w* in (?:(?:any|such|these|this|that) )+(?:sales?|selling|sharing)\b", "That is a sale under the law, and we do not participate in such sales."),
            yes_fixed(1, r"do_not_sell|do_not_share", "Do Not Sell or Share My Personal Information"),
            yes(1, r"(?:opt|opting)[- ]out of (?:the )?(?:sale|selling|sharing)", "You have the right to opt out of the sale of your personal information."),
            no(3, TABLE_NONE, "Personal information sold to third parties in the last 12 months: None."),
        ],
        conflict: Conflict::StrongerOrYes,
    },
    PracticeRules {
        id: "do_not_track",
        topics: &["do_not_track", "dnt", "tracking signal", "track signal"],
        context: Some(r"do_not_track|\bdnt\b"),
        follow: 2,
        heading_scope: true,
        rivals: Some(r"global privacy control|\bgpc\b|preference signal|opt[- ]out signal"),
        // Partners' answer, not the site's: "note that the ad networks we use may not respond to DNT";
        // unless "we" come after it: "… do not respond to DNT, and neither do we".
        narrow_denials: &[except(
            r"^(?:(?:please )?note(?: that)? |however,? )?(?:(?:our|the|some|certain|these|such|many|other) )?(?:\w+ )?(?:third[- ]part(?:y|ies)|partners|advertisers|ad networks|vendors|providers)\b {W6}(?:not|never|\w+n't)\b(?-u:[^w]|w[^e]|we\w)*$",
            "Note that some third-party ad networks on our pages might not honour DNT.",
        )],
        // What the signal says is the user's wish, and what most websites or browsers do with
        // it ("few websites have ever honoured it"), are not the site's answer.
        exclusions: &[except(
            r"(?:tells?|telling|signals?|signall?ing|informs?|communicat\w*|indicat\w*|express\w*|lets? (?:\w+ )?know) {W4}(?:that )?(?:you|users?|the user|visitors?|people|consumers|individuals) {W2}(?:would rather|would prefer|prefer|do NOT want|DON'T want|NOT want|do NOT wish|wish|want|would like) (?:NOT )?(?:to )?(?:be )?(?:tracked|followed|monitored|profiled)|\b(?:few|many|most|some|other) (?:web ?sites|sites|companies|services|operators|browsers) (?:\w+ ){0,2}(?:honou?r|respect|respond|support|recogni[sz]e)|\?$",
            "Do Not Track is a browser setting that tells websites you would rather not be followed.",
        )],
        cues: &[
            yes(3, r"(?:(?:honou?r|respect|recogni[sz]e|respond|comply|{V:adhere}|{V:abide}|support|process|accept|{V:observe}|obey|{V:acknowledge}|follow|react)\w*|act(?:s|ed|ing)?|actions?) {W2}(?:to |with |by |on |upon )?{W6}(?:dnt|do_not_track|browser signals?|such signals?|these signals?|this signal|the signal|that signal|signals?|requests?|settings?|mechanisms?|them|it)\b", "We honor Do Not Track signals sent by your browser."),
            yes(3, r"(?:dnt|do_not_track)\)?:? {W10}(?:honou?red|respected|recogni[sz]ed|supported|processed|accepted|observed|acted upon|acted on|responded to|followed|taken into account)", "Do Not Track signals are honored on this site."),
            yes(2, r"(?:{V:change}|alter|modify|adjust)\w* {W4}(?:behaviou?r|practices|data collection|collection|tracking|the way|how (?:we|our|it|this|the)\b|what we)", "We do not change our data collection practices when we receive a Do Not Track signal."),
            // Also anaphoric: "we treat it as that opt-out", "as the same request".
            yes(3, r"(?:treat|consider|interpret|regard)\w* {W8}(?:as|like) (?:an? |th(?:at|is|e)(?: same)? )?(?:valid |binding )?(?:request|opt|signal to opt|instruction)", "When a browser sends a Do Not Track signal, we treat it as the same opt-out as our web form."),
            yes(3, r"(?:treat|{V:handle}|respond)\w* {W12}differently", "Our websites do not treat browsers that send a Do Not Track signal differently."),
            yes(2, r"(?:we|our (?:site|website|service|services|platform|app)s?) {W3}(?:offer|{V:provide}|have|support)\w* {W4}(?:functionality|mechanism|way|feature|option|process)", "We do not offer functionality to respond to Do Not Track signals."),
            yes_fixed(3, r"(?:if|when|once) {W12}(?:do_not_track|dnt) {W12}(?:not|\w+n't|never|no longer|stop|disable|turn off) {W2}(?:{V:use}|utili[sz]e|collect|track|set|load|{V:share}|send|{V:serve}|{V:place})\w*", "If your browser sends a Do Not Track signal, we will not load third-party trackers."),
            // Passive too: "the Do Not Track feature of your browser will be disregarded".
            no(3, r"(?:{V:ignore}|disregard)\w* {W6}(?:dnt|do_not_track|signals?|requests?|settings?)|(?:{V:ignore}|disregard)\w* (?:it|them|these|those|such)\b|(?:dnt|do_not_track) {W10}(?:ignored|disregarded)", "This site ignores Do Not Track signals."),
            // The industry has not agreed what the signal means.
            no(2, r"(?:industry|standards? (?:bod(?:y|ies)|setters)|browsers?|regulators|companies|websites) (?:has|have) (?:not|yet to) (?:yet )?(?:agreed|settled|reached|established|adopted|defined|developed|decided)", "Because the industry has not yet agreed on how to interpret DNT, we do not respond to it."),
            no(2, r"(?:no|not yet|not been|lack of|absence of|without|isn't|is not) (?:an? |any )?(?:uniform|industry|common|universal|accepted|agreed|consistent|single|clear|established|final|consensus|standard)\w*", "There is no industry standard for Do Not Track, so we do not respond to it."),
            no(2, r"(?:the same|regardless of|irrespective of|independently of|whether or NOT) {W10}(?:do_not_track|dnt|signals?|settings?|preferences?)|(?:do_not_track|dnt) {W6}(?:has|have|will have|makes?) no (?:effect|impact|difference)|(?:(?:continue|continues) to|still) (?:operate|function|collect|work|process|track|gather)\w* {W8}even (?:if|when|though)", "We collect the same information regardless of whether your browser sends a Do Not Track signal."),
            // Also "we have not adopted a standard / an approach / a policy for DNT".
            yes(2, r"(?:implement|adopt|develop|buil)\w* {W4}(?:response|mechanism|process|solution|protocol|technology|functionality|way|system|practice|standard|approach|polic)", "We have implemented a process to respond to Do Not Track signals."),
            // The signal switched on by the user: "turning on do-not-track will stop our site from placing cookies".
            yes(3, r"(?:(?:if|when|once|whenever|where) {W12}|(?:detect|see|{V:receive}|read|(?:turn|switch)\w* on|enabl)\w* {W3})(?:do_not_track|dnt) {W10}(?:{V:disable}|block|turn off|switch off|stop|suppress|{V:deactivate})\w* {W6}(?:cookies|tracking|trackers?|analytics|advertising|ads|pixels|tags|scripts|collect\w*)", "When your browser sends a Do Not Track signal, we disable third-party advertising cookies."),
            // The pages served without trackers when the signal is on: "loads without any advertising tags".
            // Not negatable: "with no" is the answer itself, and a denial elsewhere in the clause
            // ("we don't track you and pages load without ads") does not undo it.
            yes_fixed(3, r"(?:(?:if|when|once|whenever|where) {W12}(?:do_not_track|dnt) {W12}without|(?:do_not_track|dnt) {W12}(?:served|receives?|gets?|delivered|loads?|shown|sees?) {W8}(?:without|omit\w*|with no|exclud\w*|free of)) (?:any |every |all )?(?:advertising|analytics|tracking|third[- ]party|ads?|cookies|trackers?|tags|pixels)\b", "When DNT is enabled, our pages are served without any third-party trackers."),
            no(2, r"(?:track|tracks) (?:users|you) anyway", "The service tracks users anyway even if they set Do Not Track."),
            // An answer still under study is no answer yet: "we are exploring whether to honour DNT".
            no(3, r"(?:evaluat|consider|explor|assess|review|stud(?:y|ie))\w* (?:how|whether|ways?|options) {W4}(?:honou?r|respect|respond|recogni[sz]e|support)", "We are still considering whether to recognise DNT requests in a later version of our site."),
        ],
        conflict: Conflict::StrongerOrNo,
    },
    PracticeRules {
        id: "gpc",
        topics: &[
            "global privacy control", "gpc", "preference signal", "privacy signal", "browser signal",
            "opt-out signal", "opt out signal", "universal opt", "user-enabled", "browser-based opt",
            "privacy control signal",
        ],
        context: Some(r"\bgpc\b|preference signal|privacy signal|browser signal|opt[- ]out signal|universal opt|user-enabled|browser-based|privacy control"),
        follow: 2,
        heading_scope: true,
        rivals: Some(r"do_not_track|\bdnt\b"),
        // What browsers or other websites do with the signal is not the site's answer. (A bare
        // "browser signals", often Do Not Track's, is no GPC target in the cue below.)
        narrow_denials: &[except(OTHERS_GPC, "Not all browsers support GPC yet.")],
        exclusions: &[except(OTHERS_GPC, "Some browsers, for example Brave, now support Global Privacy Control.")],
        cues: &[
            // The header's name too ("we read the Sec-GPC header"), but not a bare "browser signals",
            // as often DNT's: "we respect Do Not Track browser signals; GPC we do not yet recognise".
            yes(3, r"(?:honou?r|respect|recogni[sz]e|respond|comply|{V:adhere}|{V:abide}|support|process|accept|{V:observe}|act|{V:acknowledge}|follow|treat|apply|applies|detect|read|{V:receive}|{V:handle}|interpret|giv\w* effect|pick\w* up)\w* {W2}(?:to |with |by |on |upon )?{W8}(?:global privacy control|(?:sec-)?gpc|(?:opt[- ]out )?preference signals?|privacy signals?|opt[- ]out signals?|such signals?|the signals?|these signals|user-enabled|universal opt)", "We honor the Global Privacy Control signal as a request to opt out."),
            // The signal named before, the answer after: "Some browsers offer GPC; we do not yet process it".
            yes(2, r"(?:we|our (?:site|website|service|app)s?) {W4}(?:honou?r|respect|recogni[sz]e|support|respond|process|accept)\w* {W3}(?:it|them)\b", "Some browsers let you switch on GPC, but we do not yet respond to it."),
            // The answer in a relative clause: "… a universal opt-out mechanism, which we honor".
            yes(2, r"(?:which|that) we {W3}(?:honou?r|respect|recogni[sz]e|support|process|accept)", "You may send us a universal opt-out signal, which we honor for your browser."),
            yes(3, r"(?:global privacy control|gpc|signals?)\)?:? {W10}(?:is |are |will be )?(?:honou?red|recogni[sz]ed|respected|processed|treated|accepted|supported|applied)", "Your Opt Out Preference Signal is Honored."),
            yes(3, r"(?:preference signals?|gpc|global privacy control) {W8}(?:will |shall )?(?:opt you out|be treated as|serve as|act as|count as|apply as)", "Opt-out preference signals will opt you out of the selling or sharing of personal information."),
            yes(3, r"(?:treat|consider|interpret|regard)\w* {W8}(?:as|like) (?:an? )?(?:valid )?(?:request|opt)", "We treat GPC as a valid request to opt out of the sale of your data."),
            yes(2, r"(?:{V:enable}|turn on|{V:use}|set|send|enabling|using|broadcast|transmit)\w* {W6}(?:global privacy control|gpc|(?:opt[- ]out )?preference signal)", "You can opt out by enabling Global Privacy Control in your browser."),
            // Conditional: the signal first, then what the site does with it.
            yes(3, r"(?:if|when|once|whenever|where) {W8}(?:global privacy control|(?:sec-)?gpc|(?:opt[- ]out )?preference signals?)\b {W6}(?:we|our \w+|this (?:site|website|service)) {W4}(?:apply|applies|applied|honou?r|process|treat|respect|recogni[sz]e|{V:opt}|{V:disable}|turn off|switch off|{V:suppress}|{V:block})\w* {W6}(?:opt[- ]?outs?|requests?|choices?|preferences?|it|them|you|your|the signal|selling|sales?|sharing|cookies|advertising|browser|device)\b", "If your browser sends the Sec-GPC header, we will automatically apply your opt-out choice."),
            yes_fixed(3, r"(?:if|when|once|whenever|where) {W8}(?:global privacy control|(?:sec-)?gpc|(?:opt[- ]out )?preference signals?)\b {W6}(?:we|our \w+|this (?:site|website|service)) {W4}(?:not|never|no longer|\w+n't) {W3}(?:{V:sell}|{V:share}|track|{V:use}|set|load|{V:serve}|{V:place}|{V:disclose})\w*", "If your browser transmits GPC, we will not sell data associated with that browser."),
            // The signal said to change nothing: "a GPC signal has no effect on our apps".
            no(2, r"(?:global privacy control|gpc|signals?)\b {W8}(?:has|have|will have) no (?:effect|impact)", "A GPC signal has no effect on how our mobile apps handle your data."),
        ],
        conflict: Conflict::StrongerOrYes,
    },
    PracticeRules {
        id: "third_party_sharing",
        topics: &["third part", "third-part", "partner", "affiliat", "broker", "sponsor", "co-brand", "other compan", "outside", "anyone", "advertisers", "shar", "disclose", "offers from", "whose", "handed over", "customer list", "mailing list", "charit", "pass your", "hand your", "contractor", "supplier", "vendor", "no one", "nobody", "passed on", "passed to", "sister", "exchange", " rent", "licens", "own privacy"],
        context: None,
        follow: 0,
        heading_scope: false,
        rivals: None,
        // The GLBA notice's account of the law, not of the company: "Federal law gives you the right to limit only sharing for …".
        narrow_denials: &[GLBA_LAW],
        exclusions: &[
            BUSINESS_TRANSFER,
            GLBA_LAW,
            except(
                r"service providers?|on our behalf|process\w* (?:it |them |data |information )?for us\b|(?:on|based on|under|per|following|according to) our (?:documented |written )?instructions|(?:delivery|shipping|courier|logistics|payment) (?:companies|carriers|firms|services|providers|processors|partners?)|so (?:that )?they (?:can|may|could) (?:deliver|ship|process|fulfil)|perform(?:ing)? (?:services|functions)|(?:vendors|contractors|processors) (?:who|that)|law enforcement|legal process|required by law|subpoena|court order|(?:with|upon) your (?:explicit |express |prior )?(?:consent|permission)|(?:if|when|once|where) you (?:give (?:us )?)?(?:consent|agree|choose to|authori[sz]e|connect|link|direct us|ask us)\b|(?:if|when|once|where|after) you (?:have )?(?:(?:given|provided|granted) (?:us )?(?:your )?(?:explicit |express |prior |specific |written )?(?:consent|permission)|(?:expressly |explicitly )?(?:agreed|consented|opted[- ]in))|at your (?:request|direction)|(?:aggregate|aggregated|anonymi[sz]ed|de-identified|non-personal)|\?$",
                "We share your personal information with service providers who perform services on our behalf.",
            ),
        ],
        cues: &[
            // Also "transmit", "license" (a broker's data files to marketing companies), other "firms", and "their offers" (non-native: "so that they propose you their offers").
            yes(3, r"(?:{V:share}|{V:disclose}|{V:provide}|transfer|transmit|make available|{V:give}|pass|hand|sell|rent|licens\w* {W3}(?:data|information|profiles|records)|{V:exchange}|{V:swap})\w* {W10}(?:third[- ]part(?:y|ies)|partners?|affiliates?|compan(?:y|ies)|sponsors?|advertisers?|others|anyone|anybody|organi[sz]ations?|charit(?:y|ies)|businesses|brands|retailers|merchants|publishers|marketers|firms) {W10}(?:for their own|(?:their|its) offers|for (?:their|its) (?:marketing|promotional|advertising|commercial)|(?:their|its) own (?:marketing|purposes|use|business|products|services|offers|apps)|so (?:that )?they (?:can|may)|to (?:market|send|offer|promote)|(?:for )?(?:marketing|promotional|advertising) purposes|direct marketing|to contact you)", "We may share your information with selected partners so they can send you offers."),
            // Also sister brands, and a sponsor who "may follow up with you".
            yes(3, r"(?:partners?|third[- ]parties|affiliates?|(?:affiliated|sister) (?:\w+ )?(?:brands|companies|entities|businesses)|sponsors?|selected companies|other companies|subsidiar(?:y|ies)(?: companies)?) {W6}(?:may|might|will|can) {W5}(?:send|contact|offer|{V:provide}|market|e-?mail|{V:promote}|follow up)\w* {W4}(?:you\b|offers|promotions|information about (?:their|its) (?:products|services))", "Our partners may send you offers about their products."),
            yes(2, r"(?:{V:share}|{V:disclose}|{V:provide}|transfer|{V:give}|pass)\w* {W8}(?:{PD}|customer information|your information|information|(?:your |the |their )?(?:e-?mail address(?:es)?|(?:contact )?details)) {W8}(?:with|to) {W4}(?:third[- ]part(?:y|ies)|partners|affiliates|business partners|other companies|unaffiliated|outside parties|advertisers|data brokers|anyone|any (?:other )?(?:third|outside|company)|others|non-affiliated)", "We may share your personal information with third parties."),
            yes(2, r"(?:{V:share}|{V:disclose}|{V:provide}|transfer|{V:give}|pass)\w* {W4}(?:any )?(?:user |customer |personal )?(?:information|data) {W4}(?:with |to )?(?:any |a )?(?:third[- ]part(?:y|ies)|partners|anyone)", "We have never given any user information to any third party."),
            yes(2, r"{PD} {W6}(?:is|are|will be|may be|be) {W3}(?:shared|disclosed|transferred|provided|given) {W3}(?:with|to) {W4}(?:third[- ]part(?:y|ies)|partners|affiliates|others|anyone)", "Your personal data will not be shared with third parties."),
            // Plain verbs, not {V:}: the heading "Sharing With Other Third Parties" states nothing.
            yes(2, r"(?:share|disclose|provide|transfer|make available|give|pass)\w* (?:with |to )(?:any )?(?:other )?(?:third[- ]part(?:y|ies)|partners|advertisers|organi[sz]ations|entities|compan(?:y|ies)|anyone|others)\b", "We are not permitted to make available to third parties any customer data."),
            yes(2, r"(?:{V:share}|{V:disclose}|{V:provide}|transfer|{V:give}|pass)\w* {W6}(?:information|data) {W4}(?:with|to) {W3}(?:third[- ]part(?:y|ies)|partners|advertisers|organi[sz]ations|entities|compan(?:y|ies)|anyone|others)\b", "We do not share this information with any other organizations."),
            yes(2, r"(?:information|data|activities|it|details) {W14}(?:shared|disclosed|transferred|provided|sold|rented|given|passed on|handed over|handed on) {W3}(?:with|to) {W4}(?:third[- ]part(?:y|ies)|partners|advertisers|organi[sz]ations|entit(?:y|ies)|compan(?:y|ies)|anyone|others)\b", "None of the information will ever be shared with or sold to any entity."),
            yes(2, r"(?:allow|permit|authori[sz]e)\w* {W3}(?:third[- ]part(?:y|ies)|partners|advertisers|others|compan(?:y|ies)) {W6}to (?:use|access|collect|receive)", "We will not authorize any third party to use your email address."),
            yes(3, r"(?:{V:share}|{V:disclose}|{V:provide}|transfer|{V:make}|{V:give}|pass|sell|rent|{V:exchange})\w* {W10}(?:companies|partners|organi[sz]ations|third[- ]part(?:y|ies)|businesses|merchants|advertisers|retailers|charit(?:y|ies)|brands|publishers|marketers|sponsors) (?:whose|that offer|offering) (?:products|services|offers|promotions|goods|causes)", "From time to time we may make our customer list available to carefully screened companies whose offers we think you will enjoy."),
            yes(2, r"(?:pass|hand)\w* {W3}(?:on|over) to {W3}(?:third[- ]part(?:y|ies)|partners|advertisers|organi[sz]ations|entities|compan(?:y|ies)|anyone|others|outside (?:parties|companies|organi[sz]ations))", "We keep your information to ourselves and do not pass it on to third parties."),
            // List rental and exchange: the names and addresses go to other businesses for their own mailings.
            yes(3, r"(?:{V:rent}|{V:exchange}|{V:swap}) {W4}(?:names|addresses|lists?)\b {W8}(?:with|to) {W6}(?:businesses|retailers|companies|organi[sz]ations|charit(?:y|ies)|nonprofits)", "We may rent the names and addresses of our subscribers to local businesses for one-time mailings."),
            // The GLBA notice's table, a row read as one line: "For our affiliates to market to you | Yes | Yes".
            yes_fixed(3, r"for (?:our )?(?:non-?)?affiliates to market to you \| (?:does (?-u:[^|:]){0,30}: )?yes\b", "For our affiliates to market to you | Does Acme share?: Yes | Can you limit this sharing?: Yes"),
            no(2, r"for (?:our )?(?:non-?)?affiliates to market to you \| (?:does (?-u:[^|:]){0,30}: )?no\b", "For nonaffiliates to market to you | No | We don't share"),
            // Lists too: "we never share member lists with sponsors".
            no(1, r"(?:do not|does not|don't|doesn't|never|will not|won't) (?:{V:share}|{V:disclose}|{V:give}) {W4}(?:{PD}|information|data|lists?)\b", "Except as provided below, we do not share your personal information."),
            no(2, r"only (?:with|upon|after|if|when) (?:you (?:give |provide )?|your )?(?:explicit |express |prior |specific )?(?:consent|permission|authori[sz]ation)", "We share your data only with your explicit consent."),
            // "only" before the verb or after its object, consent later in the clause.
            no(2, r"(?:only (?:{V:share}|{V:disclose}|{V:provide}|{V:give}|transfer|pass|{V:make})\w* {W14}|(?:{V:share}|{V:disclose}|{V:provide}|{V:give}|transfer|pass)\w* {W14}only )(?:if|when|where|once|after|with|upon) {W6}(?:consent|consented|permission|authori[sz]ation|agreed|opted[- ]in)", "We will only share your personal data with a third party if you have given us your express consent to do so."),
            // Recipients who act for the company, and only for it: "contractors receive your data solely to perform services for us".
            no(2, r"(?:contractors|vendors|suppliers|processors|service providers|agents|subcontractors)\b {W6}(?:receive|get|have access to|access|process|use)\w* {W6}(?:solely|only|exclusively|strictly) (?:to|for|in order to) (?:perform|provide|carry out|deliver|help|assist|support)\w*", "Our suppliers receive customer details only to deliver the services we have engaged them for."),
            // Only to those who act for the company: "we only disclose personal information to service providers".
            no(2, r"(?:only (?:{V:share}|{V:disclose}|{V:provide}|{V:give}|transfer|pass)\w* {W8}|(?:{V:share}|{V:disclose}|{V:provide}|{V:give}|transfer|pass)\w* {W8}only )(?:with|to) {W3}(?:service providers|vendors|(?:data )?processors|contractors|agents)\b", "We only disclose personal information to service providers who process it on our behalf."),
            // The recipient as subject: "third parties will not receive your details for their own campaigns".
            yes(3, r"(?:third[- ]part(?:y|ies)|partners|advertisers|affiliates|sponsors|other companies|outside (?:parties|companies)|data brokers|marketers) {W4}(?:{V:receive}|get|gets|obtain|gain access to|have access to|be given|be provided with|be sent) {W4}(?:{PD}|your (?:information|data|details|e-?mail address|address|name)|personal (?:information|data|details)|contact details)\b {W8}(?:for (?:their|its) own|(?:their|its) own (?:marketing|promotional|advertising|commercial|business|purposes|use|campaigns|privacy (?:polic|notice))|to (?:market|send|offer|promote|contact)|(?:for )?(?:marketing|promotional|advertising) purposes|direct marketing)", "Third parties will not receive your details for use in their own promotional campaigns."),
            // The recipient's own use: "partners, who may use it for their own marketing", or after a
            // relative clause: "affiliates may use the details we pass to them to send you offers for their own brands".
            // Also professionals paid for a lead: "lenders may contact you and use your details under their own privacy policies".
            yes(3, r"(?:third[- ]part(?:y|ies)|partners?|affiliates?|affiliated (?:companies|brands|entities)|sponsors?|advertisers?|organi[sz]ations?|businesses|merchants|brands|agents|lenders|brokers|brokerages|dealers|professionals|they)\b,? (?:who |which |that )?(?:may |might |will |can |could |are free to |are allowed to )?(?:(?:{V:receive}|get|obtain|contact)\w* {W10}and (?:may |might |will |can |could )?)?(?:{V:use}|process|exploit)\w* {W12}(?:for (?:their|its) own\b|(?:in accordance with|in line with|according to|subject to|under) (?:their|its) own (?:privacy )?(?:polic(?:y|ies)|notices?|terms)\b)", "We share your email address with co-branded partners, who may use it for their own marketing."),
            // Partners who collect it themselves (SDKs, ad networks) for their own ends, the use after the list of what they take.
            yes(3, r"(?:partners?|third[- ]parties)\b {W6}collect\w* {W14}and (?:may |will )?(?:{V:use}|process)\w* {W16}(?:for (?:their|its) own\b|under (?:their|its) own (?:privacy )?polic|to (?:improve|develop) (?:their|its) (?:own )?(?:products|services)\b)", "These ad partners collect your device identifiers, and use them to measure ads and to improve their own products."),
            // Nobody outside receives it: "apart from our payment processor, no one else receives your details".
            no(2, r"\b(?:no one|nobody|no (?:other|outside|third)[- ](?:company|companies|party|parties|organi[sz]ations?|businesses))(?: else)? {W4}(?:{V:receive}|gets?|sees?|(?:has|have|gets?|gains?|is given|are given) access to) {W4}(?:your|{PD}|personal|customer)\b", "Apart from the courier who delivers your parcel, no one else receives your address."),
            no(1, r"(?:aggregate|anonymous|anonymi[sz]ed|de-identified|non-personal|non-identifiable)\w* {W6}(?:data|information|statistics) {W8}(?:third|partner|advertis|others)", "Only aggregated data is given to third parties."),
        ],
        conflict: Conflict::Stronger,
    },
    PracticeRules {
        id: "third_party_analytics",
        topics: &[
            "analatical", "beacon", "pixel", "hotjar", "mixpanel", "amplitude", "segment.",
            "session re", "session-re", "heat map", "heatmap", "statistic", "measure",
            "clarity", "matomo", "piwik", "adobe", "omniture", "comscore", "nielsen", "quantcast",
            "new relic", "fullstory", "crazy egg", "crazyegg", "kissmetrics", "chartbeat", "firebase",
            "appsflyer", "localytics", "flurry", "tag manager", "clear gif", "optimizely", "mouseflow",
            "third part", "third-part", "transparent", "cookies", "track", "web bug", "google", "analy",
            "insight tag", "plausible", "fathom", "umami", "goatcounter", "contentsquare", "clicktale", "parse.ly", "sentry", "posthog", "crashlytics", "bugsnag", "logrocket",
            "outside", "external", "_ga", "which link", "kochava", "appmetrica", "deltadna", "yandex", "invisible", "scroll", "mouse mov", "keystroke",
        ],
        context: None,
        follow: 0,
        heading_scope: false,
        rivals: None,
        narrow_denials: &[],
        // Self-hosted analytics is first-party.
        exclusions: &[except(
            r"self[- ]host\w*|(?:host|run|operat|install)\w* {W6}(?:on|in) our own (?:servers?|infrastructure|data cent(?:er|re)s?|hardware)",
            "Analytics cookies are set by Matomo, which we host on our own servers.",
        ), except(LEFT_OUT, "We stopped using Google Analytics in 2021.")],
        cues: &[
            yes(3, r"google analytics|google tag manager|hotjar|mixpanel|amplitude|fullstory|heap analytics|crazy ?egg|kissmetrics|chartbeat|comscore|nielsen|quantcast|adobe analytics|omniture|new relic|firebase|appsflyer|localytics|flurry|microsoft clarity|matomo|piwik|segment\.(?:com|io)|mouseflow|inspectlet|optimizely|visual website optimizer|smartlook|lucky orange|clicky|statcounter|woopra|pendo|yandex\b|google signals|webtrends|coremetrics|posthog|crashlytics|bugsnag|logrocket|sentry\b|gameanalytics|unity analytics|kochava|appmetrica|deltadna|plausible(?: analytics|\.io)|(?:called|named|service|tool|uses?|using|via|with|through|by) \(?(?:plausible|fathom|umami|goatcounter|pirsch|heap)\b|fathom analytics|usefathom|simple ?analytics|cloudflare web analytics|vercel analytics|contentsquare|quantum metric|clicktale|decibel insight|parse\.ly|etracker|_g(?:a|id|at)\b", "We use Google Analytics to understand how visitors use the site."),
            yes(3, r"(?:third[- ]party|external|outside|independent) {W3}(?:analytics|analytic|analytical|measurement|statistics|statistical|tracking|web analysis|audience measurement) (?:services?|providers?|processors?|tools?|companies|partners|vendors|cookies|software|platforms?|technolog\w*|firms?|programs?)", "We use third-party analytics services to measure traffic."),
            yes(2, r"(?:analytics|analytical|analatical|measurement|statistical|performance|web analysis) (?:services?|providers?|tools?|scripts?|tags?|companies|partners|vendors|cookies|software|platforms?|technolog\w*) {W8}(?:third[- ]part|(?:provided|supplied|operated|run) by|from|such as|like|including)", "We use analytics tools provided by reputable vendors."),
            // Also e-mail link tracking: "our mailing provider records which links each recipient followed".
            yes(2, r"(?:record|track|log|measure|tell)\w* {W4}(?:whether|which|when) {W4}(?:links?|e-?mails?|newsletters?|messages)\b {W6}(?:click|follow|open)\w*|(?:web beacons?|pixel tags?|tracking pixels?|clear gifs?|(?:transparent|invisible) (?:images?|graphics?|gifs?)|(?:single|one|1)[- ]pixel (?:gifs?|images?|graphics?)|1x1 (?:pixel|gif)|web bugs?|spotlight tags|session[- ]re(?:play|cording)|heat ?maps?|(?:record|captur)\w* {W4}(?:scroll|mouse|cursor|keystroke|click)\w*(?: movements?)?,? (?:and|or) (?:scroll|mouse|cursor|keystroke|click|tap))", "Our emails contain web beacons that tell us whether you opened them."),
            yes(2, r"(?:meta|facebook|tiktok|pinterest|snap(?:chat)?|twitter|linkedin|reddit|bing|microsoft|quora|amazon) (?:pixels?|insight tags?|conversion (?:tags?|api|tracking)|tags?|tracking (?:pixels?|codes?|tags?))\b", "Pages may contain a Meta pixel that reports page views back to Meta."),
            yes(2, r"(?:third[- ]part(?:y|ies)|(?:outside|external) (?:companies|vendors|providers|parties)) {W6}(?:may|might|can)? ?(?:{V:place}|set|{V:use}|{V:serve}|collect|access|read|deploy|drop)\w* {W6}(?:cookies|tracking|beacons|pixels|information about (?:your|users|how)|data about)", "Third parties and affiliates may set and access their cookies on your computer."),
            yes(3, r"third[- ]party cookies {W8}(?:statistic|analy|measure|performance|traffic)", "The service uses third-party cookies for statistics."),
            yes(2, r"(?:companies|partners|providers|third[- ]part(?:y|ies)|vendors|services from|several companies) {W10}(?:analytics|measurement|crash reporting)|(?:analytics|measurement|crash reporting) {W4}(?:services|reports) {W4}(?:from|by|to our partners)", "We share information with companies that provide analytics and measurement reports."),
            // Google Analytics' legal boilerplate: the use of the site sent to and stored by Google.
            yes(2, r"(?:use of|usage of|visits? to) (?:this|the|our) (?:web ?site|site|app|service|online offering)s? {W14}(?:transmitted|sent|transferred|stored|processed) {W6}(?:by|to) (?:an? |the )?google\b", "The information generated by the cookie about your use of this website is usually transmitted to a Google server in the USA and stored there."),
            yes(2, r"\bgoogle(?:,? inc\.?|,? llc)? {W6}(?:cookies?|collect|evaluate|plants?|places?|sets?|uses?)\b", "Google uses cookies to collect the information required to evaluate your use of the website."),
            yes(2, r"(?:third[- ]part(?:y|ies)|vendors|partners|providers|outside (?:companies|vendors|parties|firms)|external (?:companies|vendors|services|providers)) {W6}(?:help|assist|{V:enable}|allow)\w* (?:us )?(?:to )?(?:analy[sz]e|{V:measure}|understand|monitor|{V:evaluate})\w* {W6}(?:use|usage|traffic|visits|performance|how)", "Outside vendors help us analyse how the app is used by collecting crash reports and usage statistics."),
            // Third-party analytics named as left out: "have deliberately been left out", "we decided against".
            no(3, LEFT_OUT, "Third-party analytics have deliberately been left out of our website."),
            // First party only, said of outsiders: "no outside company receives any information about how you browse".
            no(2, r"(?:no|not|never|\w+n't|nor|without) {W3}(?:outside|external|third[- ]party|other) (?:compan(?:y|ies)|part(?:y|ies)|firms?|vendors?|providers?|services?) {W6}(?:receives?|gets?|sees?|measures?|tracks?|collects?|has access|analy[sz]es?)|(?:no|not|never|\w+n't|nor|without) {W3}(?:analytics|tracking|measurement)\w* {W4}(?:from|by|of) (?:other|third|outside|external) (?:parties|companies|providers|vendors)", "We count visits ourselves and no outside company receives any information about how you browse our site."),
            no(2, r"(?:apart from|other than|except for|besides|beyond) our own {W2}(?:server )?logs?,? (?:nothing|no (?:other )?(?:tool|service|script|technology|one))\b|\bnothing (?:else )?(?:measures|tracks|monitors|analy[sz]es|records) how you", "Apart from our own server logs, nothing measures how you use this site."),
            no(2, r"(?:not|never|\w+n't|no) (?:use |employ |run |have |load |do )?(?:any )?(?:web )?(?:analytics|tracking|statistics)\b {W2}(?:of any kind|at all|whatsoever)", "We do not use analytics of any kind on this website."),
            no(2, r"(?:no|not|never|\w+n't|nor|without) {W4}(?:third[- ]party|external|outside) {W3}(?:cookies|trackers|tracking|scripts|analytics)", "Our site loads no third-party cookies or tracking scripts."),
            no(2, r"(?:not|never|\w+n't) {W2}(?:embed|load|use|run|include|install|host|allow)\w* {W3}(?:trackers|tracking|pixels|analytics|beacons)\b {W6}(?:from|by|of) (?:other|third|outside|external) (?:parties|companies|providers|vendors)", "Unlike many websites, we do not embed trackers, pixels or analytics scripts from other companies."),
            yes(2, r"(?:analytics|measurement|statistics) (?:compan(?:y|ies)|firms?|vendors?|providers?|partners?)\b|(?:analytics|measurement) (?:cookies|tags|scripts|pixels) {W4}(?:set|placed|served|provided|dropped|operated|run) by", "We do not share your usage data with any analytics company."),
            yes(2, r"(?:analytics|analytical|tracking|statistics) (?:or|and) (?:tracking|analytics|measurement|advertising) (?:services|platforms|tools|providers|companies)", "We do not use third-party analytics or tracking platforms."),
            // A denial lifted by consent: "third parties may not place analytics cookies unless you agree".
            yes_fixed(2, r"(?:not|n't) {W6}(?:analytic|measurement|statistic)\w* {W8}unless you {W3}(?:agree|consent|accept|allow|opt)", "We do not load analytics scripts from outside providers unless you accept them in the cookie banner."),
        ],
        conflict: Conflict::StrongerOrYes,
    },
    PracticeRules {
        id: "data_retention",
        topics: &[
            "retain", "retention", "keep", "kept", "store", "delete", "erase", "purge", "destr",
            "anonymi", "as long as", "period", "days", "months", "years", "maintain", "overwrit",
            "-day", "-month", "-year", "-week", "discard", "wiped", "stays with us", "only while",
            "how long", "until you", "longer than", "some time", "limited time",
        ],
        context: None,
        follow: 0,
        heading_scope: true,
        rivals: None,
        narrow_denials: &[],
        exclusions: &[except(
            r"retain\w* {W3}to (?:perform|provide|help|assist|process)|browser window|close (?:your|the) browser|session cookies?|persistent cookies?|cookies? {W3}(?:expire|remain|last|stay)|expir\w* |(?:of|after|from) (?:receiving |receipt of )?(?:your|a|the) (?:request|verified request)|respond to (?:your|a|the) request",
            "Session cookies are erased when you close your browser window; persistent cookies expire after 2 years.",
        )],
        cues: &[
            // Non-native too: "your datas are conserved during 3 years".
            yes(3, r"(?:retain|{V:keep}|{V:store}|{V:hold}|maintain|{V:preserve}|log|remain|persist|stay|conserv)\w* {W12}(?:for|during|up to|(?:no|NO|not|NOT) (?:longer|more) than|at most|maximum of|a maximum|within|period of|a period of|after|plus) {W3}(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|eighteen|twenty|thirty|sixty|ninety|a) (?:\(\d+\) )?(?:full )?(?:calendar )?(?:days?|weeks?|months?|years?|hours?)", "We keep server logs for 90 days."),
            yes(3, r"(?:{V:delete}|{V:erase}|{V:purge}|destroy|anonymi[sz]e|anonymi[sz]ed|{V:remove}|discard|reset|overwrit|(?:recorded|written|taped) over|rotat)\w* {W12}(?:after|within|in|every|once|following|older than) {W3}(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety|a) (?:\(\d+\) )?(?:days?|weeks?|months?|years?|hours?)", "Account data is deleted within 30 days after account closure."),
            // Also a text table's row: "Website analytics data | 14 months | Legitimate interest".
            yes(3, r"(?:retention|storage) (?:period|periods|schedule|time|duration) {W6}(?:is|are|of|will be|for) {W3}(?:\d+|one|two|three|six|twelve|thirty|ninety)|(?:data|records|logs|information|details|files|history) \| {NUM} (?:\(\d+\) )?{UNIT}\b", "The retention period for log data is 12 months."),
            yes(3, r"(?:\d+|one|two|three|six|twelve|thirty|sixty|ninety) (?:\(\d+\) )?(?:days?|months?|years?) {W8}(?:after|following|from|of) {W4}(?:account (?:closure|deletion|termination)|termination|closure|(?:your )?last (?:activity|login|interaction|use|visit)|inactivity|collection|the end of|is (?:closed|terminated|paid off))", "We delete inactive accounts 24 months after your last login."),
            // The account's life plus a period: a table cell "Life of your account plus 3 years".
            yes(3, r"(?:life|duration) of (?:your |the )?(?:account|membership|subscription|contract) plus {NUM} {UNIT}", "Order history: the life of your account plus 3 years."),
            // The period first: "after 90 days, server logs are automatically deleted".
            yes(3, r"(?:after|within) {NUM} (?:\(\d+\) )?{UNIT}\b {W12}(?:deleted|erased|removed|purged|destroyed|anonymi[sz]ed|discarded|overwritten)", "After 90 days, server logs are automatically deleted."),
            yes(3, r"{NUM}[- ](?:day|week|month|year|hour)s? (?:retention|rolling|deletion|purge|storage)|(?:retention|rolling|deletion|purge|storage) (?:period |cycle |window |schedule )?(?:of )?(?:up to |at most )?{NUM}[- ](?:day|week|month|year|hour)", "Support tickets are subject to a 24-month retention period."),
            yes(3, r"(?:{V:delete}|{V:erase}|{V:purge}|destroy|anonymi[sz]\w*|{V:remove}|discard|overwrit)\w* {W6}{NUM} (?:\(\d+\) )?(?:academic |calendar |financial )?{UNIT} (?:after|following|from|since|past|later)\b", "Chat transcripts are automatically deleted six months after the conversation ends."),
            yes(3, r"(?:inactiv\w*|dormant|unused|not (?:been )?(?:used|accessed|logged in)) {W3}(?:for|over|more than|longer than|in) {W3}{NUM} (?:\(\d+\) )?(?:consecutive )?{UNIT}", "Accounts that have been inactive for three years are deleted."),
            // A denial with a ceiling states the period: "we do not keep logs for more than 30 days".
            yes_fixed(3, r"(?:not|never|\w+n't) {W6}(?:retain|{V:keep}|{V:store}|{V:hold}|maintain|{V:preserve}|{V:save}|log)\w* {W10}(?:(?:for )?(?:longer|more) than|beyond|in excess of) {W3}{NUM} (?:\(\d+\) )?(?:full )?(?:calendar )?{UNIT}", "We do not keep raw access logs for more than 30 days."),
            // Not kept once the purpose is done: a deletion criterion.
            yes_fixed(2, r"(?:not|never|\w+n't) {W3}(?:be )?(?:retained|stored|kept|held|saved|logged|retain|{V:store}|{V:keep}|{V:hold}|{V:save}) {W8}(?:after|once|beyond|following) {W4}(?:the |your |a |an |each |it |they |we )?(?:transactions?|payments?|purchases?|orders?|sessions?|calls?|visits?|requests?|conversations?|processing|completion|delivery|(?:has|have) been (?:processed|transcribed|completed|fulfilled|delivered|sent|used|resolved|answered|verified)|(?:is|are) (?:complete|completed|processed|fulfilled|resolved)|you (?:leave|close|exit)\w* (?:the |our |this )?(?:page|site|app))\b", "Card numbers are not stored on our servers once the payment has been processed."),
            // Inactivity as the trigger: "profiles that have not been logged into for 24 months".
            yes_fixed(3, r"(?:(?:not|never|\w+n't) (?:been )?(?:logged|signed) (?:in|on|into|onto|in to)|(?:no|without(?: any)?) (?:(?:sign|log)[- ]?(?:ins?|ons?)|purchases?|activity|orders?|transactions?)\b) {W4}(?:for|over|in|more than|longer than) {W3}{NUM} (?:\(\d+\) )?(?:consecutive )?{UNIT}", "Accounts that have not been signed into for three years are closed and their data erased."),
            yes(2, r"(?:retain|{V:keep}|{V:store}|{V:hold}|maintain|stay|stays|remain|remains|persist|persists)\w* {W20}(?:until|(?:as|so) long as|while|for the (?:duration|life)) {W4}(?:you|your|the user) {W3}(?:delete|close|terminate|cancel|request|remain|maintain|have an?|keep|is (?:open|active)|change|remove|deactivate|unsubscribe)", "We retain your profile until you delete your account."),
            // Deletion tied to an event: "destroyed at the end of the research project".
            // Or done with: "voice clips are discarded as soon as they have been transcribed".
            yes(2, r"(?:{V:delete}|{V:erase}|{V:purge}|destroy\w*|anonymi[sz]\w*|discard\w*|wiped)\w* {W4}(?:(?:at|by|upon|on|after) the (?:end|close|conclusion|completion|termination|expiry) of|(?:as soon as|once) {W3}(?:has|have) been)", "Data collected through the survey will be destroyed at the end of the research project."),
            // Deletion on account closure, the trigger first: "when you close your account, we will delete …".
            yes(2, r"(?:when|once|after|if|upon|on) (?:you )?(?:close|closing|delete|deleting|terminate|terminating|cancel|cancell?ing|deactivate|deactivating)\w* (?:your |an? |the )?account,? {W8}(?:{V:delete}|{V:erase}|{V:purge}|destroy|anonymi[sz]\w*|{V:remove})", "When you close your account, we will delete or anonymise your personal information, except where we must keep it to comply with legal obligations."),
            // The closure after the deletion: "erased when you close it", "deleted once you cancel your subscription".
            yes(2, r"(?:{V:delete}|{V:erase}|{V:purge}|destroy\w*|anonymi[sz]\w*|{V:remove}|discard\w*|wiped)\w* (?:when|once|after|as soon as|upon|if) you (?:close|delete|cancel|terminate|deactivate|end)\w* (?:it|them|your (?:account|membership|subscription|profile))\b", "Your listings stay visible while your subscription is active and are deleted once you cancel your subscription."),
            // "Only while it serves the purposes", "beyond the point at which we stop needing it": as long as necessary.
            unclear(2, r"(?:only|solely) (?:while|so long as) {W4}(?:serves?|needed|necessary|required|useful|relevant)|(?:beyond|past) the (?:point|time|moment) {W6}(?:stop|no longer|cease)\w* (?:needing|need|requiring|using)", "Nothing you give us is kept beyond the point at which we stop needing it."),
            // Criteria named but not a rule: "we determine how long to keep information based on its sensitivity".
            unclear(2, r"how long (?:to|we) (?:keep|retain|store|hold)\w* {W12}(?:based on|depends on|depending on|criteria|factors|considering|taking into account)", "We determine how long to keep information based on the amount and sensitivity of the data, the purposes for which we process it, and legal requirements."),
            unclear(2, r"(?:longer|long) than {W4}(?:necessary|needed|required|we need|permitted|is necessary|(?:business )?reasons?\b|purposes?\b)|long enough|(?:no|NO) longer (?:need|necessary|needed|required)|(?:as long as|for as long as|only as long as|so long (?:\w+ )?as|no longer than|for the (?:period|time)|for the duration|as needed) {W6}(?:necessary|needed|requir\w*|reasonably|we need|appropriate|permitted|allowed|legitimate|relevant|useful)|(?:minimum|shortest) (?:period|time|necessary)", "We keep your data only as long as it is useful to us, or as long as the law requires."),
            unclear(2, r"(?:regular|periodic|scheduled|routine) (?:destruction|deletion|purging|purges)|(?:in accordance with|according to|pursuant to|consistent with) {W4}(?:retention|records?) (?:schedules?|polic(?:y|ies)|guidelines|requirements)", "Raw logs are scheduled for regular destruction in accordance with records guidelines."),
            unclear(1, r"(?:retention|retain(?:s|ed)?)\b", "We retain certain information as described here."),
            // A period left vague: "may remain in backups for a period of time", "kept as required by law".
            unclear(1, r"(?:remain|stay|kept|stored)\w* {W6}for (?:a|some) (?:\w+ )?(?:period|time)\b|(?:{V:keep}|{V:hold}|{V:store})\w* {W8}as (?:required|mandated) by {W2}law", "Deleted photos can stay on our backup tapes for some time, and we keep invoices as required by tax law."),
        ],
        conflict: Conflict::YesWins,
    },
    PracticeRules {
        id: "user_deletion",
        topics: &["delet", "eras", "remov", "purg", "wipe", "forgotten", "scrub", "rid of", "close your account", "deactivat", "cancel your account", "terminate your account"],
        context: None,
        follow: 0,
        heading_scope: false,
        rivals: None,
        // Removing the app (or deactivating) is not deletion: "uninstalling the app does not delete your account".
        narrow_denials: &[except(
            r"(?:deleting|un-?installing|removing|deactivating|disabling|logging out of|unsubscribing from) (?:the |our |this |your )?(?:mobile )?(?:app|application|software|extension|add-on|plug-?in|account|profile|subscription|newsletter)\b {W8}(?:not|never|\w+n't) {W3}(?:delete|remove|erase|cancel)",
            "Uninstalling the app from your phone does not delete your account.",
        )],
        exclusions: &[except(
            r"(?:{V:delete}|{V:remove}|clear|block|{V:disable}|{V:erase}|reject|{V:refuse}|{V:manage})\w* {W4}cookies?|cookies? {W8}(?:delete|deleted|erased|removed)|browser settings|clear your (?:browser|cache|history)|(?:delete|remove) (?:any )?(?:content|posts?|material|comments)|we (?:may|reserve the right to) (?:delete|remove|suspend|terminate)",
            "You can disable or delete the cookie through your browser settings.",
        )],
        cues: &[
            yes(3, r"(?:(?:right|request|ask)\w*|(?:direct|instruct|require)\w* us) {W8}(?:deletion|erasure|delete|erase|removal|remove|purge|wipe|be forgotten|get rid of)", "You have the right to request deletion of your personal data."),
            yes(2, r"(?:delet|eras|remov|{V:deactivate}|{V:close}|{V:terminate}|cancel|{V:wipe}|purg|scrub)\w* {W3}(?:your|the|their|my|his|her|an?) (?:personal |user |app |online |customer |member )?(?:account|data|information|profile|records)", "You can delete your account at any time from the settings page."),
            // A menu path ending at the control: "Settings > Account > Delete account".
            yes(2, r"> ?(?:delete|erase|close|remove) (?:my |your |the )?(?:account|profile|data)\b", "Go to Settings > Privacy > Delete account."),
            yes(2, r"(?:deletion|erasure|removal) (?:of|request) {W4}(?:your|personal|the|account|data|information|profile)", "Deletion of your profile is possible by contacting support."),
            yes(3, r"right to be forgotten|right to erasure|right to deletion|right to delete", "Under GDPR you have the right to erasure."),
            // The control's label: a "Delete account" option or button.
            yes(2, r"(?:delete|erase|close|remove|deactivate)[- ](?:my |your |the )?(?:account|profile|data)(?:\x22|”|')? {W2}(?:option|button|link|feature|setting|menu|page|tool|function)s?\b|(?:option|button|link|feature|setting|tool)s? {W3}(?:to|for|called|labell?ed|marked|named) (?:\x22|“|')?(?:delete|erase|remove)\b", "Use the Delete account option in the app to close your account for good."),
            // Also the company's inability and the missing means: "we are unable to delete records once they are filed", "there is no way to remove an entry".
            yes(2, r"(?:can|may|(?:un)?able to|option to|choose(?: to)?|(?:how|way) to) {W2}(?:delet|eras|remov)\w*", "You may delete it at any time."),
            yes(3, r"(?:you (?:may|can|could|have)|rights?|option|ability|able|tools?|entitled|ask|request|free|how|in order) {W14}(?:{V:delete}|{V:erase}|{V:remove}|deletion|erasure)\w*", "You can ask to update incorrect information, delete it, or get a copy."),
            yes(2, r"(?:have|get|having|getting) {W4}(?:data|information|account|profile|details|{PD}) {W3}(?:deleted|erased|removed|purged)|(?:to|can|may) (?:have|get) (?:it|them) (?:deleted|erased|removed|purged)", "To have your information removed from our systems, email our privacy team."),
            yes(2, r"(?:account|data|profile|information) (?:deletion|erasure|removal) {W3}(?:is|are) {W3}(?:available|possible|supported|offered|permitted|allowed)", "Account deletion is not currently supported."),
            yes(3, r"(?:rights?|right to|entitled to|you (?:may|can|could))(?: to)?: (?:{LI} )?(?:[^;:]{0,120}; ){0,4}(?:the right )?(?:to )?(?:request )?(?:the )?(?:delet|eras)\w*", "Depending on where you live, you may have the following rights: access to the personal data we hold about you; correction; deletion."),
            yes(3, r"{LI} (?:the right )?(?:to )?(?:(?:request|ask)(?: that we| us to)? )?(?:the )?(?:deletion|erasure|delete|erase)\b", "You may: (a) request a copy of your data; (b) delete or amend your personal data; (c) object to processing."),
            no(2, r"(?:data|information|accounts?|profiles?|details|{PD}|it|posts|records|transactions|entries) {W3}(?:cannot|can't|can not|will not|won't|may not) {W2}be (?:deleted|erased|removed)", "Once submitted, your information cannot be deleted."),
            // A gerund subject denied by its predicate: "deleting your account is not possible".
            no(3, r"(?:deleting|erasing|removing|deletion of|erasure of)\b {W4}(?:is|are) (?:not|never) (?:something|possible|available|supported|offered)", "Deleting your profile is not possible once a booking has been made."),
            yes(3, r"(?:{V:delete}|{V:erase}|{V:remove})\w* {W12}(?:upon|on|at) (?:your )?request", "We will promptly remove any information upon request."),
            yes(2, r"(?:correct|{V:update}|amend|modify|review|view|access)\w*,? (?:and |or |and/or )?(?:to )?(?:request )?(?:the )?(?:deletion|{V:delete}|{V:erase}|{V:remove})\w*", "You can review, correct and delete certain information."),
        ],
        conflict: Conflict::StrongerOrYes,
    },
    PracticeRules {
        id: "user_access",
        topics: &["access", "copy", "copies", "export", "download", "portab", "obtain", "inspect", "right to know", "request", "view", "whether we", "hold about you", "hold on you", "held on you", "holds on you", "have about you", "know about you", "learn which", "learn what", "find out which", "find out what", "know which", "transmit", "another controller", "my account", "account page", "dashboard", "ask us", "consult", "take your", "can see"],
        context: None,
        follow: 0,
        heading_scope: false,
        rivals: None,
        narrow_denials: &[],
        exclusions: &[except(
            r"(?:employees|staff|personnel|authori[sz]ed|third[- ]part(?:y|ies)|service providers?)\w* {W6}access|(?:restrict|limit)(?:s|ing)?\b {W6}access|(?:restricted|limited) access|access {W4}(?:is|are) (?:restricted|limited)|unauthori[sz]ed|access controls?|gain access|access (?:the |our |this )?(?:site|services?|website|app|platform|features|content|internet|web)\b|(?:when|while|if|each time|whenever) you (?:access|use|visit)|accessing (?:the |our )?(?:site|services?|website|app|platform)",
            "Access to your information is restricted to employees who need it.",
        ), except(
            // California's Shine the Light: a list of disclosures for others' direct marketing, not the data itself.
            r"(?:disclos|shar)\w* {W8}(?:for|to) (?:their |its )?(?:own )?direct marketing",
            "Under California law, residents may ask which categories of information we shared with other businesses for their own direct marketing purposes last year.",
        )],
        cues: &[
            // "Consult" (non-native: "you may at any time consult the personal data we process about you").
            yes(3, r"(?:right|request|ask|able|can|may|entitled|how|option)\w* {W6}(?:to )?(?:access|obtain|{V:receive}|get|request|review|see|inspect|view|know|learn|find out|discover|download|export|confirm|consult)\w* {W8}(?:a copy|an? (?:summary|overview|extract) of {W3}(?:data|information|details|records)|copies|your (?:personal )?(?:data|information|records|files)|personal (?:data|information)|the (?:personal )?(?:data|information)|information (?:we|that we) (?:hold|have|collect|maintain|process|store)|(?:what|which) (?:personal )?(?:data|information)|the categories|specific pieces|(?:data|information) (?:we|that we) (?:hold|have|collect|maintain|process|store))", "You have the right to request a copy of the personal data we hold about you."),
            // A parent's access for the child: "parents may review their child's information".
            yes(2, r"(?:review|access|see|inspect|view|obtain|request)\w* {W3}(?:their|your|the|a|each) (?:child|kid|minor|student|son|daughter)\w*(?:'s?)? (?:personal |education |educational |school )?(?:data|information|info|records|details)", "Parents may review a student's education records through the school."),
            // A control's label: "Request my data", "Download my data".
            yes(3, r"data portability|right of access|right to access|access requests?|requests? (?:for|to) (?:access|know)|subject access|right to know|portability|principles of {W12}access\b|(?:request|access|get|see|view|download) my (?:data|information)\b", "You have the right of access and data portability."),
            yes(2, r"(?:data |account )?export (?:tools?|features?|functions?|options?|facilit\w*)\b|(?:data|account|archive) download|take (?:your|their) (?:personal )?(?:data|information) with (?:you|them)", "We provide an export tool that lets you take your data with you in JSON or CSV format."),
            yes(2, r"ask\w* us (?:what|which|whether) {W4}(?:data|information) {W3}(?:hold|have|keep|store|process)\w*|(?:see|find out|learn) what we (?:know|hold|have) about you", "You can ask us what information we hold about you."),
            // Access given to the user, in the active voice or to a named recipient: not "employees are granted access to personal information" (access control).
            yes(2, r"(?:give|gives|provide|provides|offer|offers|grant|grants) (?:you |individuals |users |customers |consumers |members |data subjects |people )?access to {W8}(?:information|data|account|records|profile)|(?:{V:give}|{V:provide}|offer|grant)\w* (?:you|individuals|users|customers|consumers|members|data subjects|people) access to {W8}(?:information|data|account|records|profile)", "We give you access to a broad range of information about your account."),
            yes(2, r"(?:tell|inform|confirm|let)\w* (?:to )?(?:you )?(?:know )?(?:whether|if) {W3}(?:we|the company) {W3}(?:hold|process|have|{V:store}|maintain|collect)\w* {W6}(?:data|information|{PD})", "Upon request, we will tell you whether we hold any of your personal information."),
            yes(2, r"(?:{V:provide}|send|{V:give}|furnish|deliver|supply)\w* {W5}cop(?:y|ies) of {W4}(?:data|information|records|{PD}|recordings?|files|messages|documents|transcripts|content)", "We do not provide users with copies of their data."),
            yes(2, r"(?:access|obtain|see|{V:receive}|request|know|shows|displays|lists|view|review)\w* {W4}(?:the )?(?:personal )?(?:information|data) (?:we|that we|which we) (?:hold|have|keep|store|process|maintain|collect)", "Depending on where you live, you may have the following rights: access to the personal data we hold about you; correction; deletion."),
            yes(3, r"(?:rights?|right to|entitled to|you (?:may|can|could))(?: to)?: (?:{LI} )?(?:the right )?(?:to )?(?:request )?(?:access|obtain|review|a copy)\b", "You may have some or all of the following rights: access and update certain personal information you have provided."),
            yes(3, r"{LI} (?:the right )?(?:to )?(?:request )?(?:access|obtain|a copy)\b", "Under EU law you also have these rights: ● to access information we hold about you ● to object to processing."),
            // "The" only before the data itself: "the report can be downloaded from the link" is a document of the company's.
            yes(2, r"(?:download|export)\w* {W4}(?:your|a copy|an archive|my|all|everything|the (?:personal )?(?:data|information|details|records|files?|archive|copy|export|contents)\b|them|it|personal|data|his|her|their)", "You can download an archive of your data from your account."),
            yes(3, r"(?:you (?:may|can|could|have)|rights?|option|ability|able|tools?|entitled|ask|request|free|how|in order) {W8}(?:access|obtain|review|see|inspect|view|know|download|export|{V:retrieve}|copy)\w*,? {W6}(?:data|information|info|pii|records|copy|copies|archive|backup|profile|details|what (?:personal )?(?:data|information))\b", "You may access, correct, or request deletion of your PII by contacting us."),
            yes(3, r"access (?:and|or|,) {W3}(?:deletion|correction|erasure|portability)|(?:{V:provide}|send|{V:give})\w* {W4}(?:{PD}|data|information|it) to you|(?:transmit|send|transfer|port|move|deliver)\w* {W14}(?:directly )?to another (?:controller|service|provider|company|organi[sz]ation|business)\b|machine[- ]readable (?:format|file|form|copy|export)", "You have the right to make an access and deletion request."),
            // "To review the information in your profile, log in": self-service review.
            yes(2, r"(?:to|can|may|able to) (?:review|view|see|access|inspect|check) (?:and \w+ )?{W4}(?:information|data|details|personal data) {W6}(?:in|on|of|about|associated with|linked to) your (?:profile|account)\b", "To view the data associated with your account, sign in and open Settings."),
            // Self-service view in the account area: "members can see a record of every purchase under My Account".
            yes(2, r"(?:can|may|are able to|is able to) (?:see|view|review|check|look at|browse) {W8}(?:records?|history|list|all|every|everything)\b {W10}(?:under|in|on|from|via|through) (?:the |your |their )?(?:my account|account|profile|settings|dashboard)", "Members can see a record of every purchase and all saved addresses under My Account."),
            yes(2, r"(?:review|view|access|see)\w*,? (?:and|or|{V:update}|correct|edit|{V:change}|modify|amend)\w*,? {W4}(?:your|the|their|his|her|certain|any|some|all|such) {W2}(?:personal )?(?:data|information|account|profile)", "You can review and update your account information at any time."),
        ],
        conflict: Conflict::StrongerOrYes,
    },
    PracticeRules {
        id: "children",
        topics: &["child", "minor", "under 1", "under the age", "under age", "underage", "years of age", "years old", "coppa", "kids", "teen", "parental", "guardian", "age of 1", "younger than", "students", "pupils", "13 years", "16 years", "18 years", "or older", "and older", "or over", "over 1", "older than 1", "over the age", "at least 1", "adults", "for adult", "legal age", "age of majority", "and over", "ages of", "baby", "babies", "infant", "toddler", "between 1"],
        context: Some(r"child|minor|kids|teen|parents? or (?:legal )?guardians?|\bages? (?:of )?\d{1,2} (?:to|and|through|-|–) \d{1,2}\b|under (?:1[0-8]|eighteen|sixteen|thirteen)|age of (?:1[0-8]|eighteen|sixteen|thirteen)|younger than|years of age|years old|coppa|parental|students|pupils|(?:1[0-8]|thirteen|sixteen|eighteen) (?:\(\d+\) )?years|(?:be|are|is|aged) {W2}(?:at least|over|older than|above) (?:1[0-8]|thirteen|sixteen|eighteen)\b|(?:1[0-8]|thirteen|sixteen|eighteen) (?:or|and) (?:older|over|above)|adults\b|(?:for|to) adult\b|legal age|age of majority|bab(?:y|ies)|infants?|toddlers?|between (?:the ages of )?(?:1[0-8]|thirteen|sixteen)\b|under (?:the )?age (?:1[0-8]|thirteen|sixteen)\b"),
        follow: 1,
        heading_scope: true,
        rivals: None,
        narrow_denials: &[except(
            r"(?:register|sign up|enrol|create an account)\w* directly|directly (?:register|sign up|create)",
            "Our service does not knowingly permit child users to register directly.",
        ), except(
            // "Directly from children" in a sentence's first clause: the route through parents stays open.
            r"^[^,;]*\bdirectly from (?:children|kids|minors)\b",
            "We never take contest entries directly from kids.",
        ), except(
            // "Although the site is not intended for children, we may collect …": the denial is conceded.
            r"^(?:although|though|while|whilst|even though)\b[^,]{0,100}(?:not|n't) (?:intended|directed|designed|aimed|meant|targeted)\b[^;]{0,200}\bwe (?:may|might|will|can|do|also)(?: also| still| sometimes)? (?:collect|{V:receive}|obtain|process|gather)",
            "Although the Services are not intended for children, we may collect limited information from users who say they are under 13.",
        ), except(
            // The same conceded after it: "not intended for children, but children may join with a parent's consent".
            r"(?:not|n't) (?:intended|directed|designed|aimed|meant|targeted)\b[^;]{0,120}, but (?:children|kids|minors)\b[^;]{0,40}\b(?:may|can)\b",
            "Our forums are not meant for kids under 13, but kids can take part in the drawing contest with a parent's permission.",
        ), except(
            r"(?:not|n't|never) (?:require|ask|force|oblige|compel)\w* (?:a |any |the |our |your |their )?(?:child|children|kids?|minors?|students?|pupils?|learners?)\b {W2}to (?:provide|give|submit|disclose|enter|share)",
            "We do not require students to provide an email address.",
        ), except(COPPA_MINIMUM, "We do not require a child to disclose more information than is reasonably necessary to participate in an activity."), except(
            // A use of children's data denied presupposes the data; a location denial is about location.
            r"(?:not|n't|never) {W3}(?:(?:use|share|sell|disclose)\w* (?:their )?(?:child|kid|minor|student|pupil)\w*'s? (?:data|information)|(?:collect|track)\w* {W3}(?:geo)?location)",
            "We never use children's data to build advertising profiles.",
        ), except(
            // The same in the passive, and a denial about the ad identifier only.
            r"(?:child|kid|minor|student|pupil)\w*(?:'s)? (?:personal )?(?:data|information) {W3}(?:not|never) (?:be )?(?:used|shared|sold|disclosed)|(?:not|n't|never) {W3}(?:use|track)\w* {W3}(?:advertising|ad|device) (?:ids?|identifiers?)",
            "Children's data is never used for advertising.",
        ), except(
            // Denied only without consent or until a parent consents, or beyond a minimum: collection with consent is left open
            // ("we do not open the child's account or collect anything more until the parent gives consent").
            r"(?:not|n't|never) {W3}(?:knowingly |intentionally )?(?:collect|gather|obtain|process|use|request)\w* {W12}without {W3}(?:verifiable |verified |prior |express )?(?:parental|parent['’]?s?|guardian['’]?s?) (?:consent|permission|approval|authori[sz]ation)|(?:not|n't|never)\b[^;]{0,150}\buntil {W4}(?:parent|guardian)\w* {W4}(?:consent|approv|agree)|(?:not|n't|never) {W4}(?:collect|gather|obtain|request|ask for|require)\w* (?:any )?(?:other|additional|further|more) (?:personal )?(?:information|data|details)\b",
            "We do not knowingly collect personal information from children under 13 without prior verifiable parental consent.",
        ), except(
            // A use denied in the passive in the first clause presupposes the data ("kids' clips are never used for training").
            r"^[^,;]{0,80}\b(?:is|are) (?:not|never) used (?:to|for)\b",
            "Voice clips from kids' accounts are never used for training, and a parent may erase them.",
        ), except(
            r"^(?:except|other than|apart from|aside from|save)(?: (?:for|where|when|through|via|in the case of|as))?\b {W12}(?:schools?|teachers?|educators?|parents?|guardians?|parental|consent|education\w*|family|families|classroom|kids?|children's)\b[^,]{0,80},",
            "Except for accounts created by schools under our education program, we do not knowingly collect information from students under 13.",
        )],
        exclusions: &[],
        cues: &[
            no(3, r"(?:(?:do|does|did|will|wo|shall|would)? ?(?:not|n't|never)|no (?:effort|attempt)s? to) {W3}(?:knowingly|intentionally|purposely|purposefully|deliberately|actively|wilfully|willfully)? ?(?:collect|solicit|gather|obtain|seek|process|target|direct|market(?:ed)?\b|request|ask for|accept|receive|use|maintain|store|hold|keep|allow|permit|provide|aim|engag)", "We do not knowingly collect personal information from children under 13."),
            no(3, r"(?:not|\w+n't|never) (?:intended|directed|designed|targeted|aimed|meant|marketed|offered|available|suitable|appropriate)\w* {W4}(?:for|to|at|towards|by) {W4}(?:children|minors|kids|anyone|individuals|persons|people|users|those|visitors)", "Our services are not directed to children under 16."),
            no(2, r"(?:must|need to|have to|required to|should) be {W4}(?:at least|over|older than|of legal age|\d\d|eighteen|thirteen|sixteen)", "You must be at least 13 years old to use the service."),
            no(2, r"(?:may not|cannot|can't|should not|must not|are not (?:permitted|allowed|eligible)|is not (?:permitted|allowed)|not eligible|prohibited from|(?:barred|banned|excluded|precluded) from|do not (?:use|register|submit|provide|send)) {W3}(?:us(?:e|ed|ing)\b|register|access|creat|sign(?:ing)? up|submit|provid|send|join|open|continu|proceed)", "If you are under 13, you may not use the service."),
            no(2, r"(?:if|when|should|where) (?:we )?{W2}(?:learn|discover|become aware|find out|are notified|are made aware|{V:determine}|notice|aware)\w* {W20}(?:delete|remove|erase|terminate|destroy|take steps|close)", "If we learn that we have collected data from a child under 13, we will delete it."),
            no(2, r"(?:refuse|reject|decline|deny|block)\w* {W3}(?:registrations?|sign[- ]?ups?|accounts?|applications?|membership|access)", "We refuse registrations from anyone under the age of 13."),
            no(2, r"(?:intended|available|offered|designed|meant|directed)\w* {W2}(?:only|solely|exclusively)? ?(?:for|to|at) (?:use by )?adults?\b|(?:only|solely|exclusively) (?:for|to) adults\b", "The service is intended only for adults."),
            yes(2, r"child\w* {W12}(?:ask|seek|obtain|request|get)\w* (?:for )?(?:your |their |the )?(?:verifiable )?consent", "If your child is under 13, we will ask for your consent before collecting their name and age."),
            yes(1, r"parents? {W6}(?:review|access|see|inspect)\w* {W8}(?:information|data) {W6}(?:collected|we have|we hold) {W4}(?:from|about|of) (?:their|your|the) child", "Parents can review the personal information we have collected from their children."),
            // Parents' rights over "their child's information" presuppose that it is collected.
            yes(1, r"parents? (?:or (?:legal )?guardians? )?(?:may|can|have the right to|are entitled to|also have the right to|are able to) {W4}(?:review|access|see|inspect|delete|request|refuse|stop|revoke|withdraw|obtain)\w* {W10}(?:their|your|the) (?:child|children|kid|minor)(?:'s|s'|s)? {W3}(?:information|data|details|account|records)|parents? (?:or (?:legal )?guardians? )?{W10}(?:stop|cease|end|refuse|halt)\w* {W4}(?:collect|collection|using|use|processing|process)\w* {W6}(?:from|of|about) (?:their|your|the) (?:child|children|kid|minor)\b", "Parents may review, delete or stop further collection of their child's information by contacting us."),
            yes(2, r"(?:parents?|guardians?)\w*,? (?:who |must |may |can |will |should |has to |have to )?{W2}(?:consents?|consented|consenting) (?:to|on behalf)", "Kids' accounts can be created by a parent, who consents to our collecting the child's name and age."),
            yes(2, r"(?:schools?|teachers?|educators?|educational institutions?) {W12}(?:{V:provide}|{V:give}|grant|obtain)\w* {W3}consent|consent on behalf of (?:their |the |a )?(?:parents?|children|child|students?|minors?)", "Schools may create accounts for students under 13 and provide consent on behalf of their parents."),
            no(2, r"only (?:for|to) (?:users|persons|people|individuals|adults) (?:over|aged|above|who are)", "The service is only for users over 18 years of age."),
            no(2, r"(?:may not|cannot|can't|will be unable to|are unable to|not be able to) (?:have|hold|open|register|use|create|sign up|access|join)", "If you are a child under the age of 13, you may not have an account."),
            no(2, r"(?:are|is|be|being) {W2}(?:at least|over the age of|older than|above the age of|aged) {W2}(?:1[0-9]|thirteen|sixteen|eighteen)", "You warrant that you are at least 13 years old."),
            no(2, r"(?:intended|available|offered|designed|meant|reserved)\w* {W3}(?:solely |only |exclusively |mainly |primarily )?(?:for|to) (?:the use of )?(?:users|persons|people|individuals|adults|those) (?:who are |aged |over |above |older |who have reached )", "This Service is intended solely for users who are thirteen years of age or older."),
            yes(2, r"under (?:the age of )?(?:1[0-8]|thirteen|sixteen) {W8}(?:must|may|can|should) {W8}(?:parent|guardian)|(?:approved|authori[sz]ed|consented|permission) (?:by|from|of) (?:a |their |the |your |his or her )?(?:legal )?(?:parent|guardian|school)", "Any users under the age of 13 must have a parent monitor their usage."),
            yes(3, r"(?:collect|process|obtain|{V:use}|gather)\w* {W10}(?:child|students|minors|kids)\w* {W10}(?:with|after|upon|once|until|through|via|when|(?:enrolled|registered|added) by) {W5}(?:verifiable |verified |prior )?(?:parental|parent|guardian|school|teacher)", "We collect information from students with the consent of their school or parent."),
            // Collection narrowed for the under-age group: "if you are under 13, … we only collect the player ID".
            yes_fixed(2, r"(?:under|below|younger than) (?:the age of )?(?:1[0-6]|thirteen|sixteen)\b(?-u:[^.?!;]){0,150}\bwe (?:will )?(?:only|just) (?:collect|gather|obtain|process|record)", "If a player says they are under 13, we only collect a random player ID to save their progress."),
            no(2, r"(?:if|where|when|believes?|thinks?|suspects?|concerned that|aware (?:that|of)|learns? that|discovers? that) {W3}(?:child|minor)\w* {W10}(?:provided|submitted|given|sent|shared) {W14}(?:delete|remove|erase|contact us|e-?mail us|notify us|write to us)", "If a child has provided us with information, the parent should e-mail us to remove it."),
            yes(2, r"(?:under (?:the age of )?(?:1[0-8]|thirteen|sixteen|eighteen)|minors?) {W10}(?:only )?with {W4}(?:parent|guardian)", "If you are under 18, you may use the site only with the involvement of a parent."),
            yes(3, r"(?:seek|obtain|request|ask for|get)\w* {W4}(?:(?:verifiable )?(?:parental |parent's |guardian's )?consent|(?:parental|parent(?:'s|s')|guardian(?:'s|s')) (?:e-?mail|contact|phone|telephone)\w*) {W8}(?:child|children|minor|parent|guardian)|(?:parent|guardian)\w* {W10}(?:seek|obtain|request)\w* {W3}consent|(?:parent|guardian)\w* {W6}(?:provides?|gives?) {W3}consent", "If a child under 13 signs up, we will request the email address of the child's parent in order to seek consent."),
            // Any audience noun before the age: "the Kids Club is designed for fans under 13".
            yes(3, r"(?:offer|provide|feature|host)\w* {W4}(?:games|activities|lessons|videos|stories|courses|apps?|programs?|programmes?) (?:\w+ )?(?:for|to) (?:young )?(?:children|kids|pupils)\b|(?:designed|intended|directed|made|built|created|offered|open) (?:for|to|at) (?:use by )?(?:(?:primary |elementary |secondary )?(?:school )?(?:pupils|students)|children|kids|young|(?:\w+ ){1,2}(?:under|below|younger than) (?:the age of )?(?:1[0-8]|thirteen|sixteen))", "Our app is designed for children and schools."),
            // The consent noun before its giver: "consent from a parent", "authorisation from the holder of parental responsibility".
            yes(3, r"(?:consent|authori[sz]ation|approval|permission) (?:from|of|by) (?:a |the |their |your |his or her |the holder of |a holder of |the holders of )?(?:legal )?(?:parents?|guardians?|parental responsibility)\b|\bwith (?:a |the |their |your |his or her )?(?:parental|parent(?:'s|s')|guardian(?:'s|s')) (?:verifiable |verified |prior |express |written )?(?:consent|permission|approval|authori[sz]ation)\b", "Where a child below the age of digital consent wishes to use the service, we require authorisation from the holder of parental responsibility."),
            // A parent acting for the child: "sets up the child's profile", "agrees on the child's behalf".
            // … or the child's data collected knowingly: "we process each child's name and date of birth".
            yes(2, r"(?:collect|process)\w* {W3}(?:child|kid|minor)(?:'s|ren's|s') (?:names?|data|information|details|dates? of birth)|on (?:the |their |your |a |his or her )?(?:child|kid|minor)(?:'s|ren's|s') behalf|(?:parents?|guardians?)\b {W6}(?:set up|sets up|create|creates|open|opens|register|registers) (?:a |the |their |your )?(?:child|kid|minor)(?:'s|ren's|s')? (?:profiles?|accounts?)", "A parent or legal guardian must set up the child's profile and agree to this policy on the child's behalf."),
            // The parent hands over the child's data: "a parent, who gives us the child's first name and age".
            yes(2, r"(?:parents?|guardians?)\b {W6}(?:gives?|provides?|submits?|sends?) (?:us )?(?:the|their|your|a) (?:child|kid|minor)(?:'s|ren's|s') (?:first )?(?:names?|ages?|data|information|details|recordings?|photos?)", "Entries for the drawing contest are sent by a parent, who gives us the child's first name and age."),
            // Whoever consents, consent to collecting a child's data presupposes the collection.
            yes(2, r"consent\w* to (?:our |us |the )?(?:collect|process|use|using|gather|stor)\w* {W3}(?:the |their |your |a )?(?:child|kid|minor|student|pupil)", "Children may use the family plan, in which case the account holder consents to our collecting the child's nickname and usage data."),
            // Compliance with COPPA alone: no collection, or collection with consent.
            unclear(1, r"(?:compl\w*|accordance|conform\w*|adhere\w*|abide\w*|follow\w*) {W4}(?:coppa|age[- ]appropriate design|children's online privacy protection)", "Our app complies with the Children's Online Privacy Protection Act."),
            // "None of our products are designed for children."
            no(3, r"\bnone of {W4}(?:is|are|was|were|has been|have been) {W2}(?:intended|directed|designed|targeted|aimed|meant|marketed|offered)\w* {W6}(?:for|to|at|towards) {W4}(?:children|minors|kids|anyone|individuals|persons|people|users)", "None of our products are designed for or marketed to children under thirteen years of age."),
            // Collection from an under-age group, stated outright: "we may collect … from users who indicate they are under 13".
            yes_fixed(3, r"\bwe (?:may|might|will|can|do|also|only)(?: also| only| sometimes)? (?:collect|obtain|{V:receive}|gather|process)\w* {W6}(?:from|about|of) {W3}(?:users?|people|persons|individuals|players|anyone|visitors|those) {W4}(?:under|below|younger than) (?:the age of )?(?:1[0-8]|thirteen|sixteen)", "Although the Services are not intended for children, we may collect limited information from users who say they are under 13."),
            // COPPA data minimisation presupposes collection: "we do not require a child to disclose more information than is reasonably necessary".
            yes_fixed(2, COPPA_MINIMUM, "As COPPA requires, we will not make a child's entry in a contest depend on the disclosure of more personal information than the contest needs."),
            // Accounts for children opened by the parent, in the passive.
            yes(2, r"(?:child|kid|minor|student|pupil)\w*(?:'s?)? (?:accounts?|profiles?) {W10}(?:created|set up|opened|registered|managed) by (?:a |the |their |your )?(?:parents?|guardians?|schools?|teachers?)", "Child accounts (under 13) are created and managed by a parent."),
            // An exception carved out of a denial is itself a yes: "except for accounts created by schools, we do not …".
            // Also a children's product carved out: "other than the Kids Club, our sites are not directed to children".
            yes_fixed(2, r"^(?:except|other than|apart from|aside from|save)(?: (?:for|where|when|through|via|in the case of|as))?\b {W12}(?:schools?|teachers?|educators?|parents?|guardians?|parental|consent|education\w*|family|families|classroom|kids?|children's)", "Except for accounts created by schools under our education program, we do not knowingly collect information from students under 13."),
            yes(2, r"(?:with|obtain\w*|require\w*|get|upon|after|proof of) {W3}(?:verifiable |verified |prior |express )?(?:parental|parent['’]?s?|guardian['’]?s?|school['’]?s?) (?:consent|permission|authori[sz]ation|approval)", "Children may join only after we obtain verifiable parental consent."),
            // Denied only without consent: both readings stand.
            unclear(2, r"(?:not|n't|never) {W3}(?:knowingly |intentionally )?(?:collect|gather|obtain|process|use|request)\w* {W12}without {W3}(?:verifiable |verified |prior |express )?(?:parental|parent['’]?s?|guardian['’]?s?) (?:consent|permission|approval|authori[sz]ation)", "We do not knowingly collect personal information from children under 13 without prior verifiable parental consent."),
            // "Only" or "no other": a limit on what is collected from children presupposes collection.
            yes_fixed(3, r"\bno (?:other|additional|further|more) (?:personal )?(?:information|data|details) {W4}(?:collected|gathered|obtained|requested|required) {W3}(?:from|of|about) {W3}(?:child|children|kids|minors|students|pupils|players)\b|(?:not|n't|never) {W4}(?:collect|gather|obtain|request|ask for|require)\w* (?:any )?(?:other|additional|further|more) (?:personal )?(?:information|data|details) {W3}(?:from|of|about) {W3}(?:child|children|kids|minors|students|pupils|players)\b", "We ask each child for a first name only, and we do not collect any other personal information from children."),
            // A children's product that collects: "the Kids Zone records high scores".
            yes(2, r"\b(?:kids?|children|child)(?:['’]s?)? (?:zone|section|area|mode|version|app|club|corner|channel|edition|space|hub|profile|account)s? {W4}(?:collects?|records?|stores?|asks? for|requests?|saves?|keeps?|logs?|lets?|allows?|enables?)\b", "The Kids Mode app records a nickname and the levels completed."),
            // Collected when the child uses a feature.
            yes(3, r"(?:collect|record|gather|obtain|receive|process|store|capture)\w* {W8}(?:when|whenever|while|as|each time) (?:a|your|the|our) (?:child|kid|minor|student|pupil|young user)s? (?:uses?|plays?|interacts?|speaks?|talks?|visits?|creates?|submits?|joins?|registers?|participates?|completes?)\b", "We collect a child's drawings and progress data when a child uses the sketchbook feature."),
            // Under-13 users routed to a consent step: collection with consent.
            yes(2, r"(?:parental|parent|guardian)[- ]consent (?:flow|process|screen|page|form|step|mechanism|procedure|request)s?\b", "Users who indicate they are under 13 are taken to our parental consent process before an account is opened."),
            // Data a parent records about a baby or child: held knowingly, not from the child itself.
            yes(1, r"(?:information|data|details|entries|records)\w* {W6}(?:parents?|guardians?|you|caregivers?) (?:enter|provide|submit|record|log|add|share|upload)\w* (?:about|on|for|regarding) (?:their|your|the|a) (?:child|children|kids?|bab(?:y|ies)|infants?|toddlers?|newborns?)\b", "The app stores the details you log about your baby, such as sleep and feeding times."),
            // "Please do not send us personal data": a request that children stay away.
            no(2, r"(?:please |kindly )?(?:do not|don't|must not|should not|may not) (?:send|provide|submit|give|share|post|disclose)\w* {W3}(?:any )?(?:personal|information|data|details)\b|please (?:leave|exit) (?:this|our|the)\b", "If you are under 16, please do not provide any personal data to us."),
            // "No one under age 13 is allowed to …".
            no(2, r"\b(?:no one|nobody|no person|no user|no individual)\b {W6}(?:is |are |be )?(?:allowed|permitted|authori[sz]ed|eligible|able|may)\b", "No one under age 13 may provide any personal information to the Site."),
            // The service withheld from the younger ones: "not offered to anyone younger".
            no(2, r"(?:not|n't|never) {W2}(?:offer|provide|make|open|available)\w* {W6}to (?:anyone|persons|people|users|individuals|those|children|kids) (?:younger|under|below)\b", "Teen accounts require a parent's approval, and we do not offer the app to anyone younger."),
        ],
        conflict: Conflict::StrongerOrNo,
    },
    PracticeRules {
        id: "policy_changes",
        topics: &["change", "update", "revis", "modif", "amend", "alter", "notif", "notice", "periodically", "regularly"],
        context: Some(r"(?:chang|updat|revis|modif|amend|alter)\w* {W6}(?:this|our|the|these|its|such|any|privacy) {W3}(?:policy|policies|statement|notice|terms|practices|document)|we {W3}chang\w* (?:how|the way) we\b|(?:policy|statement|notice|terms) (?:is |are |will be |may be |has been |might be )?{W2}(?:chang|updat|revis|modif|amend|alter)|^(?:amendments|changes|updates|revisions|modifications) (?:are|will be|shall be|become|take|apply|come)\b|we (?:make|makes|made) (?:a |an |any )?(?:material |significant |important |substantial )?(?:changes?|revisions?|updates?|amendments?|modifications?)\b|(?:check|review|consult|visit)\w* (?:this|the) page {W3}(?:for )?(?:updates|changes|revisions)|(?:material|significant|substantial|substantive|any) (?:changes?|revisions?|updates?|modifications?|amendments?|alterations?)|^(?:{LI} )?(?:changes|updates|amendments|revisions):|(?:check|review|consult|visit|revisit)\w* (?:this|the) page {W2}(?:periodically|regularly|frequently|often|from time to time)|(?:revised|updated|amended|new) version\b|(?:tell|notify|inform|alert|let) you (?:know )?(?:about|of) (?:any |the |these |such |future |those )?(?:changes|updates|revisions|amendments)(?:\W*$|,? (?:by|via|through|in advance|before)\b)|(?:changes|updates|revisions|modifications) (?:to|in|of) (?:this|our|the|these|its)|(?:these|such|those) (?:changes|revisions|modifications)|(?:review|check|revisit|visit|consult)\w* (?:this|our|the) (?:privacy )?(?:policy|statement|notice) {W4}(?:periodically|regularly|frequently|often|from time to time)|(?:chang|updat|revis|modif|amend)\w* {W4}(?:materially|significantly|substantially)|(?:revisions?|changes?|updates?|amendments?|modifications?) {W4}(?:reduc|affect|limit|diminish|impact)\w* {W2}(?:your )?rights|(?:revised|updated|amended|modified|changed|new) (?:privacy )?(?:policy|statement|notice|terms)|in a (?:material|significant) (?:way|manner)|(?:changes?|revisions?|updates?|modifications?|amendments?) (?:are|is|will be|would be) (?:material|significant|substantial|substantive)|materially (?:different|inconsistent)"),
        follow: 1,
        heading_scope: true,
        rivals: None,
        narrow_denials: &[],
        exclusions: &[except(
            r"merger|acquisition|loan|terms of your|new products|new features|promotional|special offers|security breach|data breach|transactional|order confirmations?|renewal|billing",
            "We will notify you by email of new products and features.",
        )],
        cues: &[
            // A named group of recipients too: "we will notify Rewards members by email"; a members' newsletter as the channel: "we will announce changes in our newsletter".
            yes(3, r"(?:(?:{V:notify}|inform|alert|tell|contact|e-?mail|message|reach out to|send|{V:provide}|{V:give}|let)\w* (?:you|(?:\w+ )?(?:users|members|customers|subscribers|holders|owners|administrators|admins|schools|teachers|parents|clients|players|donors|patients))\b|announce\w*|notice will be sent) {W12}(?:by|via|through|using|with|in) {W5}(?:e-?mails?|newsletters?|electronic mail|notifications?|in-app|in the app|push|your account|messages?|sms|text messages?|writing\b|the (?:service|app|application)|(?:a )?(?:notice|banner|pop-up) (?:in|within|on) (?:the |our )?(?:service|app|application|dashboard|account))", "If we make material changes, we will notify you by email."),
            yes(3, r"(?:you|users|members|customers|subscribers|account (?:holders|owners)) (?:(?:will|shall|may|would|can) (?:also )?(?:be )?|(?:are|get) )(?:notified|informed|alerted|contacted|told|e-?mailed|messaged) {W8}(?:by|via|through|using|in|with) {W5}(?:e-?mails?|electronic mail|notifications?|in-app|in the app|push|your account|messages?|sms|text messages?|contact|the (?:app|application|mobile app)\b)", "Registered users will be notified via e-mail of any material change."),
            yes(3, r"(?:send|e-?mail)\w* (?:you )?{W3}(?:notices?|notifications?|e-?mails?|messages?|reminders?)\b", "We will send you a notice before the changes take effect."),
            // The channel named as an example: "more prominent notice, such as an in-app notification", "notice (including, for certain services, email notification …)".
            yes(3, r"(?:notice|notification)s?,? \(?(?:such as|including|for example|e\.g\.)\b,? {W4}(?:e-?mail|in-app|push|sms|text message)", "Where the changes are significant, we will provide you with more prominent notice, such as an in-app notification."),
            // The channel as an adjective: "an in-app message", "a push notification".
            yes(3, r"(?:will|would|shall|may|to) (?:also |then |always |first )?(?:receive|get|send|display|show|provide|give|issue)\w* {W4}(?:an? |the )?(?:in-app|in-product|push|e-?mail|sms|text) (?:messages?|notices?|notifications?|alerts?|banners?|pop-?ups?)\b", "Registered users will receive an in-app message describing any significant revision to this policy."),
            yes(2, r"(?:e-?mail|email)\w* {W6}(?:notice|notification|{V:notify}|address)", "Material changes will be communicated through an email notification."),
            // The recipients quantified too: "we will email every registered family 30 days before".
            yes(2, r"(?:{V:notify}|inform|let you know|alert|tell|{V:announce}|contact|e-?mail)\w* (?:you|(?:(?:all|every|each|our) )?(?:registered |affected |active )?(?:users?|members?|customers?|famil(?:y|ies)|account (?:holders?|owners?)))\b {W8}(?:in advance|before|prior|\d+ days|thirty days|directly|personally|individually)", "We will e-mail all registered members at least 30 days before changes to this policy take effect."),
            yes(2, r"(?:{V:notify}|inform|alert|tell|contact|e-?mail|let|message|write to|make) (?:you|users|our users|members|customers|subscribers|account (?:holders|owners)|registered users)\b", "When we update our policy, we will take appropriate measures to inform you."),
            // Advance notice handed to the user, channel unstated: "subscribers will receive 30 days' advance notice".
            yes(2, r"(?:you|users|members|customers|subscribers) {W6}(?:advance|prior|individual|personal|direct) notice", "Subscribers will receive at least 30 days' advance notice of any change that reduces their rights under this policy."),
            // Acceptance asked for in the product: "we will ask you to accept the new terms the next time you log in".
            yes(2, r"(?:ask|prompt)\w* (?:you )?to (?:accept|agree to|consent to) {W4}(?:new|updated|revised|amended|changed)", "For changes that require your consent, we will ask you to accept the new terms the next time you log in."),
            yes(3, r"(?:display|show|{V:provide}|present|{V:place}|send|see|{V:receive}|get)\w* {W3}(?:notice|banner|pop-up|message|alert|notification|heads-up) (?:in|within|inside) (?:the |our |your |their )?(?:app|application|dashboard|account|product|mobile app|(?:e-?mail )?inbox|mailbox)", "We will display a notice in the app when we make significant changes to this policy."),
            // The notice handed over directly, in the passive: "will be communicated to affected customers in advance", "given to you directly".
            yes(3, r"(?:communicated|sent|delivered|given|provided|announced|emailed|e-mailed|notified)\w* (?:directly |personally |individually )?to (?:you|(?:affected |all |our |registered |active )?(?:users|members|customers|subscribers|account (?:holders|owners))) {W6}(?:in advance|directly|personally|individually|(?:by|via) {W2}(?:e-?mail|messages?|notifications?|sms|push)|through (?:the |your )?(?:contact details|e-?mail|app|account)|before)", "Material changes will be communicated to affected customers in advance through the contact details on their account."),
            // Passive e-mail as the channel itself: "registered members will be emailed a summary".
            yes(3, r"(?:you|users|members|customers|subscribers|account (?:holders|owners)) (?:will|shall|may|would|are to) (?:also |first )?be (?:e-?mailed|sent an? (?:e-?mail|message|notice|notification))\b", "Should we change our privacy practices in a material way, registered members will be emailed a summary of the changes at least two weeks beforehand."),
            // The notice itself in the passive, the direct channel after it: "will be announced via a pop-up in the app", "informed … by a notice in their customer portal",
            // a members' newsletter: "will be announced in our subscriber newsletter".
            yes(3, r"(?:communicated|announced|notified|sent|delivered|flagged|highlighted|signall?ed|informed|told|alerted|advised)\b {W14}(?:by|via|through|using|in|with) {W4}(?:e-?mails?|newsletters?|push notifications?|in-app (?:messages?|notifications?|banners?|notices?|pop-?ups?)|(?:an? )?(?:banner|pop-?up|notice|message|notification)s? (?:in|within|inside|on) (?:the |our |your |their )?(?:customer |client |member |user |account )?(?:app|application|dashboard|account|product|portal|inbox)\b|sms|text messages?|in writing)", "Significant revisions to this notice will be announced via a pop-up in the app before they apply."),
            // Consent asked for the change: the user is told directly.
            yes(2, r"(?:seek|obtain|ask for|request)\w* (?:your )?(?:prior |express |explicit |opt-in |affirmative )?consent {W4}(?:to|for|before|prior to) {W6}(?:changes?|amendments?|modifications?|revisions?|updates?)\b", "We will obtain your express consent before any material change applies to information we have already collected."),
            // Consent sought through a direct channel: "we will ask for it through the app".
            yes(2, r"(?:ask|seek|request|obtain)\w* (?:for )?(?:your (?:consent|agreement|permission)|it|them) {W4}(?:through|via|in|by) (?:the |our |an? )?(?:app|application|e-?mail|in-app|pop-?up|notification|dialog)\b", "Where we make a change that requires your consent under applicable law, we will ask for it through the app before the change applies to you."),
            // A notice on the site itself is not a direct notice.
            no(2, r"(?:banner|notice|message|announcement|link)s? {W6}(?:appear|displayed|shown|posted|placed)\w* {W2}(?:on|at) (?:our|the|this) (?:home ?page|web ?site|site|front page|main page|landing page)", "A banner will appear on our homepage for thirty days after any update to this policy."),
            no(3, r"(?:{V:notify}|inform|alert|tell|let you know|{V:give}|{V:provide})\w* (?:you |users )?{W3}(?:by|through|via) (?:posting|publishing|placing|displaying|updating)|by (?:posting|publishing) {W6}(?:on|at) (?:this|our|the) (?:web ?site|site|page|homepage)", "If we change this policy, we will notify users by posting a notice on our website."),
            unclear(1, r"(?:bring|draw) {W6}(?:to your attention)|more prominent (?:notice|notification|means|manner)|(?:{V:notify}|inform|let you know|alert|{V:announce}|tell)\w* {W8}(?:of|about) {W8}(?:changes?|material|significant|updates?)", "We will take steps to bring material changes to your attention."),
            no(1, r"(?:may|will|can|reserve the right to) {W4}(?:update|change|modify|revise|amend) (?:this|these|our|the) {W3}(?:policy|document|statement|notice|terms)|(?:policy|statement|notice) (?:may|can|might) {W2}(?:change|be (?:changed|updated|revised|amended|modified))\b", "We may occasionally update this document."),
            no(3, r"(?:without|with or without) (?:prior |any |further |advance |additional )?(?:or \w+ )?(?:notice|notification|notifying|informing)", "We may change this policy at any time without prior notice."),
            // "No individual notice will be sent": the direct notice denied outright.
            no(2, r"\bno (?:personal |individual |direct |separate |specific |further |other |additional |prior |advance )?(?:notice|notification)s? (?:will|shall|is|are|would|need) (?:be )?(?:given|sent|provided|made|issued|required|necessary)\b", "Amendments apply from their publication date, and no individual notice will be sent."),
            no(2, r"(?:effective|takes? effect|taking effect|becomes? effective|binding|in effect|go(?:es)? into effect) {W6}(?:upon|when|immediately|as soon as|on the date|after|once|from the (?:date|day|moment|time)|as of the (?:date|day|moment|time)) {W4}(?:posting|posted|publication|published|we post|they are posted|it is posted|(?:it|they) (?:appears?|goes live|go live|(?:is|are) (?:displayed|uploaded|made available|put online)))", "Changes to this policy are effective when posted on this page."),
            no(2, r"(?:check|review|revisit|visit|consult|read|come back|bookmark)\w* {W8}(?:periodically|regularly|from time to time|frequently|often|each time|every time|for (?:any )?(?:updates|changes|revisions))", "Please check this page periodically for changes to our privacy policy."),
            no(2, r"(?:post|publish|display)\w* {W8}(?:on (?:this|our|the) (?:page|site|sites|website|websites|web site|web ?pages?|home ?page|blog|privacy page)|here|revised|updated|new|changes|the changes)", "We will post any changes on this page."),
            no(1, r"(?:continued|continuing|further) (?:to )?(?:use|access) {W8}(?:constitutes|means|signifies|indicates|deemed|will be|shall be|acceptance|you (?:accept|agree|consent))", "Your continued use of the site after we update this policy constitutes acceptance of the revised policy."),
            no(1, r"(?:last )?(?:updated|revised|modified|effective) date|date (?:at the top|above|below)|(?:last updated|last revised)|version (?:number|date|history)|revision (?:date|number|history)|(?:indicated|reflected|signall?ed|shown|marked|identified|noted) by (?:changing|updating|revising|amending|incrementing) the (?:version|date|revision)", "The date at the top shows when the policy was last updated."),
        ],
        conflict: Conflict::StrongerOrYes,
    },
    PracticeRules {
        id: "international_transfer",
        topics: &[
            "transfer", "countr", "outside", "ireland", "germany", "singapore", "india", "canada", "australia", "japan", "abroad", "international", "united states", "u.s.",
            "eea", "europe", "standard contractual", "privacy shield", "border", "jurisdiction",
            "overseas", "world", "located in", "stored in", "processed in", "privacy framework", "leave", "export", "philippines", "vietnam", "ukraine", "poland", "romania", "south africa", "hong kong", "malaysia", "costa rica", "scc", "dpf", "continent", "headquarter", " mov",
        ],
        context: None,
        follow: 0,
        heading_scope: false,
        rivals: None,
        narrow_denials: &[],
        exclusions: &[except(
            r"merger|acquisition|purchaser|successor|bankrupt|government authorit|law enforcement|app stores",
            "If we are acquired, your information may be transferred to the purchaser.",
        ), except(STAYS_IN_REGION, "Your data is stored in the European Union and never leaves it.")],
        cues: &[
            yes(3, r"(?:transfer|transmit|{V:store}|process|host|maintain|access|{V:move}|sent|located|kept|held|export|replicat|cross)\w* {W14}{PLACES}", "Your information may be transferred to and processed in the United States."),
            yes(3, r"standard contractual clauses|sccs?\b|dpf\b|non-(?:eea|eu) (?:\w+ )?(?:countries|vendors|processors|providers|recipients|sub-?processors)|model (?:contractual )?clauses|privacy shield|data privacy framework|binding corporate rules|adequacy decision|international (?:data )?transfers?|cross[- ]border (?:data )?(?:transfers?|flows?)|a?cross (?:national |international |country )?borders|transfers? (?:of (?:personal )?(?:data|information) )?(?:outside|to third countries)", "We rely on Standard Contractual Clauses for transfers outside the EEA."),
            yes(2, r"(?:outside|beyond) (?:of )?(?:your|the) (?:home )?(?:country|jurisdiction|state|province|eea|european economic area|eu|uk)", "Data may be processed outside your country of residence."),
            yes(2, r"(?:servers?|data cent(?:er|re)s?|facilities) {W6}(?:located|based|hosted) (?:in|outside) {W3}{PLACES}", "Our servers are located in Germany and the United States."),
            yes(2, r"(?:sub-?processors?|(?:service|hosting|cloud|support) providers?|vendors|suppliers|processors|affiliates|subsidiaries|contractors|group companies|recipients|parent|(?:support|engineering|development|customer service) (?:teams?|staff)) {W6}(?:based|established|headquartered|situated|operating) (?:in|outside) {W4}{PLACES}", "Some of our subprocessors are based in India."),
            // Staff abroad who reach the data: "our support team in the Philippines may access your account".
            yes(2, r"(?:teams?|staff|employees|personnel|agents|offices|cent(?:er|re)s|subsidiar(?:y|ies)|affiliates|contractors|engineers) (?:located |based )?in {W2}{PLACES} {W6}(?:may |can |will |could )?(?:access|process|view|handle|receive|store|see)\w*", "Customer service agents in Costa Rica may view your order history when you contact us."),
            yes(2, r"(?:servers?|computers|data cent(?:er|re)s?|facilities|databases|infrastructure|service providers|companies) {W10}(?:around the world|worldwide|several (?:different )?(?:places|countries|locations)|other countries|in many countries)", "Our computers are in several different places around the world."),
            no(3, STAYS_IN_REGION, "All personal data is processed exclusively within the European Union and never leaves it."),
        ],
        conflict: Conflict::StrongerOrYes,
    },
    PracticeRules {
        id: "precise_location",
        topics: &["location", "gps", "latitude", "coordinates", "region", "whereabouts", "where you are", "your position", "exact position", "precise position", "ip address", "movements", "route", "satellite", "geotag", "postcode"],
        context: None,
        follow: 0,
        heading_scope: false,
        rivals: None,
        // Browsing is not whereabouts: "we do not track your movements across other websites".
        narrow_denials: &[except(
            r"movements (?:across|on|around) (?:other |the )?(?:websites|sites|web|internet|apps)",
            "We do not track your movements across other websites.",
        )],
        exclusions: &[except(GEO_ROW_NO, "Precise geolocation | Collected: No | —")],
        cues: &[
            yes(3, r"(?:precise|exact|accurate|specific|real-time|gps|gps-based|device|mobile|physical|current|fine|geo|satellite)[- ]?(?:location|geolocation|geo-location|position|coordinates)", "With your permission we collect your device's precise location."),
            // The handset's own location: "your phone's location", "the device's position".
            yes(3, r"(?:show|shows|use|uses|using|collect|collects|read|reads|access|accesses|record|records|track|tracks|obtain|obtains|detect|detects|determine|determines|share|shares|send|sends|receive|receives|based on|from|with) {W4}(?:phone|handset|smartphone|mobile device|device|tablet|watch)(?:'s|’s|s') (?:precise |exact |current |physical |real-time )?(?:location|position|gps|coordinates)|(?:access|use|uses|using|needs?)\b {W3}location services", "The map shows your phone's location so you can find the nearest branch."),
            yes(3, r"\bgps\b|global positioning|navigation (?:unit|system)s?|telematics|routes? (?:you|users) (?:take|took|follow|travel|run|ran|ride|rode|walk|cycle|record)\w*", "The app receives your location through GPS."),
            yes(2, r"latitude|longitude|(?:geographic|its|their) coordinates", "We record latitude and longitude when you check in."),
            yes(2, r"geo-?(?:location|tag)|(?:access|permission) to (?:use )?your location", "We may collect geolocation data."),
            no(2, r"(?:country|city|region|state|general|approximate|coarse|imprecise|ip[- ]based|zip code|postal code)[- ](?:level )?location|location {W6}(?:from|based on|derived from|inferred from) {W3}ip address|(?:approximate|general|coarse|broad|rough) (?:geographic )?(?:location|area|region)", "We infer your approximate location from your IP address."),
            no(2, r"(?:not|never|\w+n't) {W3}(?:collect|access|{V:use}|obtain|track|{V:store}|request|{V:receive}|ask for)\w* {W6}(?:your )?(?:precise |exact |physical |gps |device )?(?:location|geolocation|geo-location|movements|where you are)|\bno location (?:permissions?|access|data)\b|location (?:information|data|details) {W3}(?:not|never) (?:be )?(?:collected|obtained|used)\b|(?:not|never|\w+n't) {W3}(?:collect|access|{V:use}|obtain|track|{V:store}|request|{V:receive}|ask for)\w* {W4}(?:your )?(?:precise|exact|specific|gps|physical|device's) (?:position|coordinates|whereabouts)", "We do not collect your location."),
            no(2, GEO_ROW_NO, "Sensitive personal information: precise geolocation | No | Not applicable"),
            // Positioning from radio signals is device-level location.
            yes(2, r"(?:bluetooth|beacons?|wi-?fi|wireless (?:access points|networks)|access points|cell(?:ular)? towers?|triangulat\w*|ultra-wideband)\b {W12}(?:determine|identify|estimate|calculate|detect|pinpoint|infer|know|find|{V:locate}|work out|approximate)\w* {W4}(?:your |the |a |their |users' )?(?:location|position|whereabouts|where you are)|(?:location|position|whereabouts) {W8}(?:using|based on|from|derived from|via|through|by) {W4}(?:bluetooth|beacons?|wi-?fi|wireless access points|cell(?:ular)? towers?|triangulat\w*|nearby (?:wi-?fi|access points|networks|devices))", "We may use Bluetooth beacons and Wi-Fi signals to determine your location within our stores."),
            // Coarse place read from the IP address.
            no(2, r"(?:country|city|region|state|town|zip code|postal code|time ?zone)\w* {W6}(?:associated with|linked to|derived from|inferred from|based on|tied to|corresponding to|indicated by|from|of) {W3}(?:ip addresses?|ip\b|postcode|time ?zone)|the only (?:geographic|location) (?:information|data)", "The only location information we receive is the country associated with your IP address."),
            unclear(1, r"(?:collect|access|{V:use}|obtain|{V:receive}|track)\w* {W6}(?:your )?(?:location|where you are)|location (?:information|data|details) {W4}(?:collected|obtained|used|processed)\b", "We collect information about your location."),
        ],
        conflict: Conflict::StrongerOrYes,
    },
    PracticeRules {
        id: "security",
        topics: &["secur", "crypt", "tokeni", "vpn", "scrambl", "mask", "segregat", "non-disclos", "restrict", "employees", "access", "ssl", "tls", "https", "firewall", "protect", "password", "two-factor", "2fa", "hash", "authenticat", "confidential", "safe", "locked", "vulnerab", "pci", "guard"],
        context: None,
        follow: 0,
        heading_scope: false,
        rivals: None,
        narrow_denials: &[],
        exclusions: &[],
        cues: &[
            yes_fixed(3, r"encrypt\w*|tokeni[sz]\w*|\bssl\b|\btls\b|secure sockets? layer|transport layer security|firewalls?|two[- ]factor|\b2fa\b|multi[- ]factor|one-time (?:code|pass|pin)|\bpci\b|hash(?:ed|ing)|salted|pseudonymi[sz]\w*|intrusion detection|penetration test\w*|vulnerabilit(?:y|ies) (?:scan|assess|test)\w*|test\w* {W4}for vulnerabilit|access controls?|\baes\b|256-bit|128-bit|iso 27001|iso/iec 27001|soc 2|(?:using|uses?|via|over|through|with|by) https\b|https (?:connections?|protocol|encryption)|vpn\b|bcrypt|argon2|authenticator app|security certificates?|padlock|(?:\d+-hour|security) guards|non-disclosure|segregat\w*|scrambl\w*|mask(?:ed|ing)\b", "We encrypt data in transit using TLS."),
            yes_fixed(3, r"(?:only|solely) {W10}(?:have |are (?:provided|given|granted) |with )?access\b|access {W10}(?:is|are) (?:limited|restricted|logged|monitored|audited)|(?:restrict|limit)\w* {W2}access {W10}(?:employees|staff|personnel|those|authori[sz]ed|need|contractors|agents)|(?:only|solely) (?:authori[sz]ed|those) {W6}(?:access|have access)|(?:employees|personnel|staff) {W10}(?:confidentiality|need to know|need-to-know|background checks|security (?:awareness )?training|privacy training)", "We restrict access to personal information to employees who need it to do their jobs."),
            yes_fixed(2, r"physical,? (?:electronic|technical)|administrative,? technical|technical and organi[sz]ational (?:security )?measures|physical security|(?:security|independent) audit\w*|password[- ]protected|(?:protected|secured) (?:by|with) (?:a |your )?password|passwords|(?:secured?|locked|guarded) (?:servers?|pages?|files|buildings|facilities|premises|areas|storage|environments?|data cent(?:er|re)s?|cabinets|rooms|offices)", "We maintain physical, electronic and procedural safeguards."),
            yes_fixed(1, r"(?:reasonable|appropriate|industry|commercially reasonable|adequate|suitable|various|strict|robust) {W4}(?:security|measures|safeguards|precautions|procedures|controls)|security (?:measures|safeguards|procedures|program|programme|controls|technolog\w*)|(?:physical|technical|electronic|administrative|procedural|managerial|organi[sz]ational) (?:measures|safeguards|controls|procedures|security)", "We use reasonable security measures to protect your information."),
            unclear(1, r"(?:take|takes) {W3}security {W4}seriously|(?:keep|keeping|kept)\w* {W4}(?:data|information|details) (?:safe|secure|protected)\b|committed to {W4}(?:protect|secur)\w*|(?:protect|secure|safeguard)\w* {W6}(?:your |personal )?(?:data|information)|(?:cannot|can't|not) (?:guarantee|ensure|warrant)|be guaranteed|(?:100%|completely|totally|fully|perfectly|absolutely) secure", "We take the security of your data seriously."),
        ],
        conflict: Conflict::YesWins,
    },
    PracticeRules {
        id: "marketing_opt_out",
        topics: &["unsubscribe", "receiv", "stop the delivery", "email preferences", "e-mail preferences", "communication preferences", "opt out", "opt-out", "optout", "promotional", "marketing", "newsletter", "communications", "emails", "e-mails", "mailing", "hear from", "communication setting", "notification", "alerts", "text message", "sms", "direct advertising", "direct mail", "fundrais", "solicit", " list", "prefer that we"],
        context: None,
        follow: 1,
        heading_scope: false,
        rivals: None,
        // "You cannot opt out of service announcements": not about marketing.
        narrow_denials: &[except(
            r"(?:service|transactional|administrative|account|operational|security|legal|billing|non-promotional|non-marketing|service-related)[- ](?:related )?(?:announcements|messages|communications|e-?mails|notices|notifications|updates|alerts)|(?:about|regarding|concerning|relat\w* to) your (?:account|orders?|purchases|transactions|subscription|use of)",
            "You cannot opt out of service announcements, which we need to send to run your account.",
        )],
        // "You cannot unsubscribe from security alerts": that link is not for marketing.
        exclusions: &[except(
            r"^{W4}(?:not|\w+n't|cannot) {W3}unsubscrib\w* from {W3}(?:service|transactional|administrative|account|operational|security|legal|billing)",
            "You cannot unsubscribe from security alerts about your account.",
        )],
        cues: &[
            yes_fixed(3, r"unsubscrib\w*", "All our email communications contain an unsubscribe link."),
            yes(3, r"(?:opt|opting)[- ]?out {W8}(?:of|from) {W8}(?:marketing|promotional|newsletters?|commercial|advertising e-?mails|e-?mails|communications|mailings?|messages|offers|solicitations|text messages|sms|direct mail|being notified|notifications|announcements|updates|e-?mail\b|contacts)", "You can opt out of receiving promotional emails at any time."),
            yes(3, r"(?:stop|cease|no longer) (?:receiving|to receive|getting|sending|contacting you) {W6}(?:marketing|promotional|newsletters?|e-?mails|communications|messages|offers|mailings?|catalogu?es?|brochures?|fundraising)", "You can stop receiving marketing emails by changing your settings."),
            yes(3, r"(?:withdraw|{V:revoke})\w* {W4}consent {W10}(?:marketing|newsletter|promotional|e-?mail|communications|messages|mailings|texts|offers)", "You may withdraw your consent to marketing at any time."),
            // The marketing word first, the withdrawal after; or the consent withdrawn (passive), also
            // after the marketing word: "you agree to receive our offers, and this consent cannot be withdrawn".
            yes(3, r"(?:marketing|promotional|newsletters?|commercial)\w* {W12}(?:(?:withdraw|{V:revoke})\w* (?:{W4}consent|anytime|at any time)|take {W2}(?:consent|agreement) back|consent,? (?:(?:which|that) {W4}(?:withdraw|revoke|take)|{W3}(?:withdrawn|revoked)))|consent {W6}(?:marketing|promotional|newsletters?|e-?mails?|communications|messages|mailings?|offers)\w* {W8}(?:be )?(?:withdrawn|revoked)", "Each promotional email contains instructions for withdrawing your consent to further messages."),
            yes(3, r"(?:click|follow|{V:use}|using)\w* {W4}(?:the )?(?:unsubscribe|opt[- ]out|remove) (?:link|instructions|button|option)", "Follow the opt-out link at the bottom of each email."),
            yes(3, r"if you (?:do NOT|DON'T|DON’T|would prefer NOT|prefer NOT|would rather NOT|would NOT|NO longer|(?:would )?prefer (?:that )?we NOT|wish NOT) {W4}(?:to )?(?:{V:receive}|get|be contacted|hear from|deliver|send)\w* {W8}(?:marketing|promotional|offers|e-?mails?|newsletters?|communications|messages|mailings?|information)", "If you do not want to receive such offers, please adjust your preferences."),
            yes(2, r"if you (?:do NOT|DON'T|DON’T|would prefer NOT|prefer NOT|would rather NOT|would NOT|NO longer|wish NOT) {W3}(?:to )?hear from us\b", "If you would rather not hear from us, tell us and we will take you off our list."),
            // The reader's wish in a relative clause, or the list shared for others' mailings:
            // "customers who do not wish to receive catalogs", "if you prefer that we not share your name for marketing".
            yes(3, r"(?:(?:if you|who) do NOT (?:want|wish) us to|prefer that we NOT) (?:{V:share}|disclose|provide|give|rent)\w* {W10}for {W3}(?:mail|marketing|promotion)|who do NOT (?:want|wish) to (?:receive|get) {W4}(?:marketing|promotional|offers|e-?mails|newsletters?|mailings?|catalogu?es?)", "Members who do not wish us to give their postal address to partner companies for their own marketing can tell us on the order form."),
            // The marketing noun straight after the verb: "to stop our newsletters", "end promotional SMS messages".
            yes(3, r"(?:stop|end|cancel|halt)\w* (?:all |any |our |these |the |further )?(?:marketing|promotional|newsletters?|mailings?|promotions|special offers|commercial (?:e-?mails|messages))\b", "To stop our newsletters, use the link at the foot of any issue."),
            // Telling us: "you can tell us at any time that you no longer want marketing messages".
            yes(3, r"(?:tell|let|inform|notify|ask)\w* us {W6}(?:that )?you (?:NO longer|do NOT|DON'T|DON’T) (?:want|wish) {W3}(?:to )?(?:receive |get |hear )?{W4}(?:marketing|promotional|newsletters?|e-?mails|communications|messages|offers|mailings?)", "You can tell us at any time that you no longer want marketing messages."),
            yes(3, r"stop {W3}(?:receiving|delivery|sending|getting) {W6}(?:marketing|promotional|commercial|e-?mails?|newsletters?|communications|messages|offers)", "You can stop the delivery of commercial email messages by following the instructions in any such email."),
            yes(2, r"(?:marketing|promotional|newsletters?|e-?mails|communications|messages|offers) {W12}(?:opt|opting)[- ]?out (?:of |from )?(?:them|these|those|such|it|this)\b", "By creating an account you agree to receive promotional emails, and you cannot opt out of them while your account remains active."),
            yes(2, r"(?:preference|subscription) (?:cent(?:er|re)|page|portal)|(?:{V:manage}|{V:choose}|select|control|{V:decide})\w* {W3}(?:which|what|the) (?:kinds? of |types? of )?(?:e-?mails|communications|messages|newsletters|mailings) {W4}(?:receive|get)", "You can manage which emails you receive in our preference center."),
            yes(2, r"(?:e-?mails?|newsletters?|messages|communications|mailings?) {W12}(?:link|option|button|instructions) {W6}(?:opt|opting)[- ]?out\b", "Every marketing email we send includes a link you can use to opt out."),
            yes(3, r"(?:turn off|switch off|{V:disable}|toggle off|{V:deactivate})\w* {W4}(?:marketing|promotional|commercial) (?:notifications|messages|e-?mails|communications|push notifications|alerts|texts)|(?:notifications|alerts) (?:about|for) {W3}(?:deals|offers|promotions|discounts|sales)\b {W4}(?:(?:switched|turned) off|disabled)", "You can turn off promotional notifications in the app settings."),
            yes(2, r"(?:{V:update}|{V:change}|{V:manage}|adjust|modify)\w* {W4}(?:e-?mail|communication|marketing|notification|subscription|contact|privacy|direct marketing) (?:preferences|settings|choices)", "You can manage your email preferences in your account settings."),
            yes(2, r"(?:e-?mail|communications?|marketing|subscription|contact|newsletter|mailing|direct marketing) (?:preferences|settings|choices|options) {W6}(?:can|may|could) {W3}be (?:changed|updated|managed|adjusted|modified|edited|set)\b", "Marketing preferences can be changed at any time from the Communication tab."),
            yes(3, r"(?:choos(?:e|ing)|elect|decide|option|choice|ask us|request|right) {W4}(?:not to|to not|NOT to) (?:receive|be contacted|get) {W8}(?:marketing|promotional|newsletters?|e-?mails|communications|offers|information)", "You may choose not to receive marketing communications from us."),
            yes(3, r"(?:choose|decide|elect) whether {W6}(?:receive|get) {W6}(?:marketing|promotional|newsletters?|e-?mails|communications|offers)|(?:until|unless) you {W3}(?:withdraw|revoke|unsubscribe|opt[- ]out)", "Choose whether you wish to receive promotional email from us."),
            // The follow-on sentence: "We may send you push notifications about events. You can turn them off in settings."
            yes(2, r"(?:turn|switch|toggle) (?:them|these|those) off\b|(?:turn off|switch off|{V:disable}|opt out of) (?:them|these|those)\b", "We may send you promotional notifications. You can turn them off in the app's settings."),
            yes(3, r"object {W10}(?:direct )?(?:marketing|advertising)|(?:reply|respond|text|txt|send)\w* {W3}(?:stop|remove)\b|(?:reply|respond|text|txt)\w* {W4}(?:end|quit|cancel|unsubscribe)(?: or\b| to\b|\W*$)", "You have the right to object to direct marketing."),
            // Off the list: "ask to be taken off our promotional mailing list", a do-not-call list.
            yes(3, r"(?:take|taken|taking|took|REMOVED?|remov(?:e|ed|ing)) (?:you |your (?:name|details|address) )?(?:off|from) {W3}(?:mailing|marketing|promotional|e-?mail|contact|call) lists?|do_not_call", "You may ask to be taken off our mailing list at any time."),
            // Refused or stopped: "refuse further commercial solicitation", "catalogue mailings can be stopped";
            // passive with the denial inside: "newsletters come with the free plan and cannot be turned off".
            yes(3, r"(?:refus|declin)\w* {W4}(?:marketing|promotion|commercial|solicitation)\w*|(?:mailings?|newsletters?|catalogu?es|e-?mails|solicitations|offers|calls|texts) {W8}(?:be )?(?:stopped|declined|refused|(?:switched|turned) off|disabled)\b", "Customers may decline commercial solicitations by ticking the box on the order form."),
        ],
        conflict: Conflict::StrongerOrYes,
    },
];
