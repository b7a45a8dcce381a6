//! Numeric claims: the numbers that state a quantity, normalized and attributed.
//!
//! Three steps over the recognizer's numbers, each sentence on its own:
//! - filter: drop numbers that do not state a quantity (years, dates, identifiers, list markers,
//!   durations that only place a time such as `five months back`);
//! - normalize: the counted noun (`unit`), the `kind`, and the `qualifier` read from the cue words
//!   before the number (`far exceeding` -> over), all cue words coming from `src/data/`;
//! - attribute: whose figure it is (`subject`), the time expression tied to it (`time`), and the
//!   earlier figures it is set against (`compared_to`).

use std::sync::LazyLock;

use regex::Regex;

use crate::fasthash::{FastMap, WordSet};
use crate::lexicon;
use crate::numbers::{self, Number, NumberKind};
use crate::record::{Claim, Comparison, Mention, TimeRef};
use crate::segment::Sentence;

static QUALIFIERS: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    lexicon::map(include_str!("data/qualifiers.tsv"))
        .into_iter()
        .collect()
});
static QUALIFIERS_AFTER: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    lexicon::map(include_str!("data/qualifiers_after.tsv"))
        .into_iter()
        .collect()
});
static COMPARISONS: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    lexicon::map(include_str!("data/comparisons.tsv"))
        .into_iter()
        .collect()
});
/// The last words of the qualifier and comparison cues: a cue ends with the word right before
/// the figure, so that a word ending none rules them all out with one look-up.
static QUALIFIER_ENDS: LazyLock<WordSet> = LazyLock::new(|| last_words(&QUALIFIERS));
static COMPARISON_ENDS: LazyLock<WordSet> = LazyLock::new(|| last_words(&COMPARISONS));
static FUNCTION_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/function_words.txt")).collect());
/// Conjunctions opening a clause after a comma: what follows is no aside.
static CLAUSE_OPENERS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/clause_openers.txt")).collect());
/// Minor units of money (`cents`, `pence`) and the currencies whose hundredth part they name,
/// the first being the one meant when the article names none.
static MINOR_UNITS: LazyLock<FastMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    lexicon::rows(include_str!("data/minor_units.tsv"))
        .filter(|r| r.len() >= 2)
        .map(|r| (r[0], r[1].split(' ').collect()))
        .collect()
});
static NOT_CLAIM_BEFORE: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/not_claim_before.txt")).collect());
static STREET_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/street_words.txt")).collect());
static PRONOUN_DETERMINERS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/pronoun_determiners.txt")).collect());
static UNIT_MODIFIERS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/unit_modifiers.txt")).collect());
static ADJECTIVE_SUFFIXES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::entries(include_str!("data/adjective_suffixes.txt")).collect());
static NATIONALITIES: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/nationalities.txt")).collect());
static PLAIN_ADJECTIVES: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/plain_adjectives.txt")).collect());
static AGE_CUES: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    lexicon::map(include_str!("data/age_cues.tsv"))
        .into_iter()
        .collect()
});
static FUTURE_PLACERS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/future_placers.txt")).collect());
static SCALE_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/scale_nouns.txt")).collect());
static PEOPLE_VERBS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/people_verbs.txt")).collect());
static CHANGE_VERBS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/change_verbs.txt")).collect());
static PARTICIPLE_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/participle_nouns.txt")).collect());
static MULTIPLIER_FOLLOWERS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/multiplier_followers.txt")).collect());
static CLOCK_FOLLOWERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::entries(include_str!("data/clock_followers.txt")).collect());
static COLLECTIVE_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/collective_nouns.txt")).collect());
static FINITE_VERBS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/finite_verbs.txt")).collect());
/// Prepositions that follow a plural noun rather than a verb in -s (`and guests on Saturday`,
/// not `and plans to`).
static NOUN_PHRASE_ENDERS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/noun_phrase_enders.txt")).collect());
static MONEY_OF_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/money_of_nouns.txt")).collect());
static VALUE_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/value_nouns.txt")).collect());
static ONE_IDIOMS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/one_idioms.txt")).collect());
static COUNT_NAMES: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/count_names.txt")).collect());
static PHONE_CUES: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/phone_cues.txt")).collect());
static DURATION_VERBS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/duration_verbs.txt")).collect());
/// Compound units of `per` (`micrograms per litre`): numerator as written, denominator.
static RATE_UNITS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    lexicon::rows(include_str!("data/rate_units.tsv"))
        .filter(|r| r.len() >= 2)
        .map(|r| (r[0], r[1]))
        .collect()
});
static PAST_TENSE_VERBS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/past_tense_verbs.txt")).collect());
static PEOPLE_SUBJECT_VERBS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/people_subject_verbs.txt")).collect());
static PLURAL_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/plural_nouns.txt")).collect());
static IRREGULAR_PLURALS: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    lexicon::rows(include_str!("data/irregular_plurals.tsv"))
        .filter(|r| r.len() >= 2)
        .map(|r| (r[0], r[1]))
        .collect()
});
static SKIP_ADVERBS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/skip_adverbs.txt")).collect());
static POSITION_ADVERBS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/position_adverbs.txt")).collect());
static PASSIVE_AUXILIARIES: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/passive_auxiliaries.txt")).collect());
static TIME_WORDS: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    lexicon::map(include_str!("data/time_words.tsv"))
        .into_iter()
        .collect()
});

/// The longest word read around a figure, in characters: keeps the scans around each figure
/// bounded on text without spaces.
const MAX_WORD: usize = 64;

/// How many figures back an earlier figure looks for the one it is set against.
const MAX_COMPARE_BACK: usize = 8;

/// How many claims back a scale named before a figure (`magnitude 6.9`) still reads a bare
/// decimal figure (`a reading of 6.7`).
const SCALE_REACH: usize = 8;

/// How far before a figure its subject is looked for, in bytes.
const SUBJECT_WINDOW: usize = 240;

/// How many words before a bare figure its currency is looked for in an exchange rate.
const RATE_REACH: usize = 8;

/// The longest cue phrase, in words.
const MAX_CUE_WORDS: usize = 4;

/// Time expressions, built from the time words and the number words of the data files.
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    let class = |c: &str| {
        let mut words: Vec<&str> = TIME_WORDS
            .iter()
            .filter(|(_, v)| **v == c)
            .map(|(k, _)| *k)
            .collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        words.join("|")
    };
    let mut counts: Vec<&str> = lexicon::rows(include_str!("data/number_words.tsv"))
        .filter(|r| r.len() >= 3 && matches!(r[2], "unit" | "teen" | "tens" | "article"))
        .map(|r| r[0])
        .collect();
    counts.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let counts = counts.join("|");
    let mut ordinal: Vec<&str> = lexicon::rows(include_str!("data/number_words.tsv"))
        .filter(|r| r.len() >= 3 && matches!(r[2], "ordinal" | "tail"))
        .map(|r| r[0])
        .collect();
    ordinal.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let ordinal = ordinal.join("|");
    let (month, weekday, period, relative, deictic, day, part) = (
        class("month"),
        class("weekday"),
        class("period"),
        class("relative"),
        class("deictic"),
        class("day"),
        class("part"),
    );
    Regex::new(&format!(
        // ASCII word boundaries keep the fast DFA engine on text with curly quotes.
        r"(?xi)
        (?-u:\b)(?:
            # just five months back, a year earlier, two years ago
            (?:just\s+|some\s+|about\s+)?(?:{counts}|\d+)\s+(?:{period})\s+(?:{relative})
            # in the third quarter (of 2024)
          | (?:in\s+|during\s+)?the\s+(?:{ordinal}|{deictic})\s+(?:quarter|half)
            (?:\s+of\s+(?:the\s+year|\d{{4}}))?
            # last year, this week, next Tuesday
          | (?:{deictic})\s+(?:{period}|{weekday}|{month})
            # in mid-March, on March 3, 2024, early 2024
          | (?:(?:in|on|since|by|until|from|through|during)\s+)?(?:(?:{part})[-\s])?
            (?:{month})(?-u:\b)\.?(?:\s+\d{{1,2}}(?-u:\b))?(?:,?\s+\d{{4}})?
          | (?:(?:in|on|since|by|until|during)\s+)(?:(?:{part})[-\s])?(?:1[89]|20)\d\d(?-u:\b)
          | (?:on\s+)?(?:{weekday})
          | (?:{day})
        )(?-u:\b)"
    ))
    .expect("time pattern")
});

/// The claims of an article, in text order.
pub fn extract(
    text: &str,
    sentences: &[Sentence],
    numbers: &[Number],
    mentions: &[Mention],
) -> Vec<Claim> {
    // At most a claim per figure: sized once, as a claim is large to copy on regrowing.
    let mut claims: Vec<Claim> = Vec::with_capacity(numbers.len());
    // Where each claim's qualifier cue starts (its start when it has none).
    let mut cue_ends: Vec<usize> = Vec::with_capacity(numbers.len());
    // The last claim read on a named scale: its index and unit.
    let mut scale: Option<(usize, String)> = None;
    // Where the last figure dropped as a telephone number ends: a figure right after it
    // goes on spelling the number (`triple zero`).
    let mut phone_end = usize::MAX;
    for n in numbers {
        let Some(si) = sentence_of(sentences, n.start) else {
            continue;
        };
        let sent = sentences[si].span;
        if text
            .get(phone_end..n.start)
            .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '-'))
        {
            phone_end = n.end;
            continue;
        }
        let elided = elided_unit(text, n, si, sent.end, claims.last());
        // A number read across a sentence break is not one figure.
        if n.end > sent.end
            || (elided.is_none() && !is_claim(text, n, sent.start))
            || claims.last().is_some_and(|c| n.start < c.end)
        {
            if n.end <= sent.end && is_phone_number(text, n, sent.start) {
                phone_end = n.end;
            }
            continue;
        }
        if n.kind == NumberKind::Duration && places_time(text, n, sent.start) {
            continue;
        }
        // The figure before, passing over a multiple between (`25 million installs, more than
        // double the 11 million`).
        let previous = claims
            .iter()
            .rev()
            .take(2)
            .find(|c| c.kind != "ratio")
            .filter(|c| c.sentence + 1 >= si);
        let near_scale = scale
            .as_ref()
            .filter(|(k, _)| claims.len() - k <= SCALE_REACH)
            .map(|(_, u)| u.as_str());
        let context = Context {
            sent_start: sent.start,
            limit: sent.end,
            sentence: si,
            previous,
            scale: near_scale,
            numbers,
        };
        let (end, unit, inherited) = match elided {
            Some(u) => (n.end, Some(u), true),
            None => unit_of(text, n, &context),
        };
        // `11.7 micrograms per litre`, `175 kilometres per hour`: one compound unit.
        let rate = unit
            .as_deref()
            .filter(|_| !inherited)
            .and_then(|u| rate_unit(text, end, sent.end, u));
        let (end, mut unit) = match rate {
            Some((u, e)) => (e, Some(u)),
            None => (end, unit),
        };
        let mut kind = kind_name(n.kind);
        // `2 kilograms (4.4 pounds)`, `weighing 9 pounds`: pounds of weight, not sterling.
        if n.kind == NumberKind::Money
            && is_weight_in_pounds(text, n, sent.start, sent.end, claims.last())
        {
            unit = Some("pounds".to_string());
            kind = "measure";
        }
        // `three times the usual rate`: a multiple, not a count of occasions.
        if unit.as_deref() == Some("times") && is_multiple(text, end, sent.end) {
            unit = None;
            kind = "ratio";
        }
        // The cue words before the figure, read once: the comparison cues stand before them.
        let cue = qualifier_cue(text, n.start, sent.start);
        let (mut qualifier, mut qualifier_text) = qualifier_of(text, n, cue, sent.end);
        // `over four years` is a span of time, not more than it; `more than 52 weeks` is more.
        let time_unit = unit
            .as_deref()
            .is_some_and(|u| TIME_WORDS.get(u) == Some(&"period"));
        let bare_over =
            !matches!(qualifier_text.as_deref(), Some(c) if !c.eq_ignore_ascii_case("over"));
        if (n.kind == NumberKind::Duration || time_unit) && qualifier == "over" && bare_over {
            qualifier = "exact".to_string();
            qualifier_text = None;
        }
        // A figure converted in brackets shares the cue of the one before: about 1,000 km
        // (620 miles).
        if let Some(p) = claims.last().filter(|c| c.sentence == si) {
            let between = text.get(p.end..n.start).map(str::trim);
            // Also a list under one cue: roughly 1,200 rolls, 300 loaves.
            let listed = between == Some(",") && p.kind == kind_name(n.kind);
            if qualifier_text.is_none() && (between == Some("(") || listed) {
                qualifier.clone_from(&p.qualifier);
                qualifier_text.clone_from(&p.qualifier_text);
            }
        }
        // An age after a name between commas: `Hale, 54, pleaded guilty`.
        // After a cue that makes any figure an age (`aged 12 to 18 pay half`), a word read
        // as the unit that is no plural noun is the clause's verb, not a counted thing.
        let age = is_age_apposition(text, n, sent.start)
            || match is_age_statement(text, n, sent.start, sent.end) {
                Some(any) => {
                    inherited
                        || unit.as_deref().map_or(true, |u| {
                            any && !u.contains(' ')
                                && !is_plural(u)
                                && !COLLECTIVE_NOUNS.contains(u)
                        })
                }
                None => false,
            };
        // An age's text ends at its figure: the word read after it was no unit.
        let (kind, unit, end) = if age {
            ("age", Some("years".to_string()), n.end)
        } else {
            (kind, unit, end)
        };
        // `20,000 members and guests`: a plural noun coordinated with the counted one is
        // counted with it.
        let (unit, end) = match unit {
            Some(u) if kind == "count" && !inherited && is_plural(&u) => {
                match coordinated_noun(text, end, sent.end) {
                    Some((s, e)) => (Some(format!("{u} and {}", &text[s..e])), e),
                    None => (Some(u), end),
                }
            }
            unit => (unit, end),
        };
        if unit.as_deref().is_some_and(|u| SCALE_NOUNS.contains(u)) {
            scale = Some((claims.len(), unit.clone().unwrap_or_default()));
        }
        cue_ends.push(cue.map_or(n.start, |q| q.1));
        claims.push(Claim {
            id: claims.len(),
            text: text[n.start..end].to_string(),
            value: Some(n.value),
            high: n.high,
            unit,
            kind: kind.to_string(),
            qualifier,
            qualifier_text,
            start: n.start,
            end,
            sentence: si,
            subject: None,
            time: None,
            compared_to: None,
            minor_unit: None,
        });
    }
    // `19 of his 26 matches`: the first figure counts what the second does.
    for k in 1..claims.len() {
        let (a, b) = (&claims[k - 1], &claims[k]);
        if a.unit.is_none() && a.kind == "count" && a.sentence == b.sentence {
            let between: Vec<&str> = text
                .get(a.end..b.start)
                .unwrap_or_default()
                .split_whitespace()
                .collect();
            // Up to two words between: of his, of their first.
            if between.first() == Some(&"of") && between.len() <= 3 {
                let unit = claims[k].unit.clone();
                claims[k - 1].unit = unit;
            }
        }
    }
    // The time expressions, read up to the end of the last claim's sentence (those after it
    // are never looked at), and not at all in an article without claims.
    let times_end = claims.last().map_or(0, |c| sentences[c.sentence].span.end);
    let times: Vec<(usize, usize)> = if claims.is_empty() {
        Vec::new()
    } else {
        // Searched in ASCII lower case, which the case-blind pattern matches at the same
        // places (the bytes keep their offsets): the lazy DFA then never builds its states
        // for capital letters, most of the search's cost on a corpus being that building.
        let lower = text.to_ascii_lowercase();
        TIME.find_iter(&lower)
            .take_while(|m| m.start() < times_end)
            .map(|m| (m.start(), m.end()))
            .collect()
    };
    attribute(text, sentences, &mut claims, &cue_ends, mentions, &times);
    to_major_units(text, &mut claims);
    claims
}

/// Gives money written in a minor unit (`52 cents`, `40p`) in its currency's major unit
/// (0.52 CAD), as the record gives money by its ISO 4217 code: the currency is that of the
/// nearest money in the article that the minor unit can be a hundredth of (before the figure,
/// else after it), else the unit's usual one (`cents`: USD, `pence`: GBP). The written unit
/// stays in `minor_unit`. A minor unit counted against its major one (`3 cents on the dollar`,
/// `6 cents per $100`) is a proportion, not an amount of money, and keeps its written unit.
fn to_major_units(text: &str, claims: &mut [Claim]) {
    let minor = |c: &Claim| {
        (c.kind == "money")
            .then(|| MINOR_UNITS.get(c.unit.as_deref()?))
            .flatten()
            .filter(|_| !per_major_unit(text, c.end))
    };
    if !claims.iter().any(|c| minor(c).is_some()) {
        return;
    }
    for i in 0..claims.len() {
        let Some(codes) = minor(&claims[i]) else {
            continue;
        };
        let of_these =
            |c: &Claim| c.kind == "money" && c.unit.as_deref().is_some_and(|u| codes.contains(&u));
        let code = claims[..i]
            .iter()
            .rev()
            .find(|c| of_these(c))
            .or_else(|| claims[i + 1..].iter().find(|c| of_these(c)))
            .and_then(|c| c.unit.clone())
            .unwrap_or_else(|| codes[0].to_string());
        let c = &mut claims[i];
        c.minor_unit = c.unit.replace(code);
        c.value = c.value.map(|v| v / 100.0);
        c.high = c.high.map(|v| v / 100.0);
    }
}

/// Whether the words at `end` count the figure against a unit of money: `on the dollar`, `in
/// the pound`, `per dollar`, `per $100` (a preposition, an optional determiner, then a currency
/// word or symbol).
fn per_major_unit(text: &str, end: usize) -> bool {
    let limit = text.len().min(end + 40);
    let limit = (limit..=text.len())
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(text.len());
    let words = words_after(text, end, limit, 3);
    let Some(&(s, e)) = words.first() else {
        return false;
    };
    if !matches!(
        lexicon::lower(&text[s..e]).as_ref(),
        "on" | "in" | "per" | "to"
    ) {
        return false;
    }
    let mut rest = &words[1..];
    if let Some(&(s, e)) = rest.first() {
        if matches!(
            lexicon::lower(&text[s..e]).as_ref(),
            "the" | "a" | "each" | "every"
        ) {
            rest = &rest[1..];
        }
    }
    match rest.first() {
        Some(&(s, e)) => {
            let w = lexicon::lower(&text[s..e]);
            numbers::currency_word(&w).is_some()
                || w.strip_suffix('s')
                    .is_some_and(|w| numbers::currency_word(w).is_some())
                || numbers::currency_word(&format!("{w}s")).is_some()
        }
        // `per $100`: a symbol is no word, so the word reader stops before it.
        None => text[e..limit]
            .trim_start()
            .starts_with(['$', '€', '£', '¥']),
    }
}

/// True when a phone cue stands right before the figure: `call 911`, `dial triple zero`.
fn is_phone_number(text: &str, n: &Number, sent_start: usize) -> bool {
    words_before(text, n.start, sent_start, 1)
        .first()
        .is_some_and(|&(s, e)| PHONE_CUES.contains_lower(&text[s..e]))
}

/// The noun of the figure before, left out after `and one of`: `19 counts of fraud and one of
/// money laundering` counts one more count (but `and one of the` picks one of a group).
fn elided_unit(
    text: &str,
    n: &Number,
    sentence: usize,
    limit: usize,
    previous: Option<&Claim>,
) -> Option<String> {
    let p = previous.filter(|p| p.sentence == sentence && p.kind == "count" && p.end <= n.start)?;
    if !n.text.eq_ignore_ascii_case("one") {
        return None;
    }
    let before = words_before(text, n.start, p.end, 1);
    let &(s, e) = before.first()?;
    if !is_and_or(&text[s..e]) {
        return None;
    }
    let after = words_after(text, n.end, limit, 2);
    let [(s1, e1), (s2, e2)] = after[..] else {
        return None;
    };
    let next = text[s2..e2].to_lowercase();
    (text[s1..e1].eq_ignore_ascii_case("of")
        && !FUNCTION_WORDS.contains(next.as_str())
        && !PRONOUN_DETERMINERS.contains(next.as_str()))
    .then(|| p.unit.clone())
    .flatten()
    .filter(|u| is_plural(u))
}

/// `Name, 54,`: a whole number from 1 to 120 set off by commas right after a capitalized word.
fn is_age_apposition(text: &str, n: &Number, sent_start: usize) -> bool {
    if n.kind != NumberKind::Count || n.value.fract() != 0.0 || !(1.0..=120.0).contains(&n.value) {
        return false;
    }
    let before = text[sent_start..n.start].trim_end();
    let Some(before) = before.strip_suffix(',') else {
        return false;
    };
    let after = text[n.end..].trim_start();
    if !after.starts_with(',') {
        return false;
    }
    // The word before the comma, found by a bounded backward scan (a long run of text without
    // spaces must not be rescanned for every figure in it). A surname after a lower-case
    // particle (`al-Hariri`, `bin-Saad`) is capitalized after its hyphen.
    words_before(text, sent_start + before.len(), sent_start, 1)
        .first()
        .is_some_and(|&(s, e)| {
            let word = &text[s..e];
            let capital = |part: &str| part.chars().next().is_some_and(char::is_uppercase);
            capital(word) || word.rsplit('-').next().is_some_and(capital)
        })
}

/// `dies at 88`, `She was 88.`, `now 39 and`: a bare whole number after an age cue. Whether
/// the cue makes a figure anywhere an age (`aged`, `died at`: `Some(true)`) or only one closing
/// its clause (`she was`: `Some(false)`), or `None` where no cue holds.
fn is_age_statement(text: &str, n: &Number, sent_start: usize, limit: usize) -> Option<bool> {
    if n.kind != NumberKind::Count || n.value.fract() != 0.0 || !(1.0..=120.0).contains(&n.value) {
        return None;
    }
    let before = words_before(text, n.start, sent_start, 2);
    let lowered: Vec<String> = before
        .iter()
        .map(|&(s, e)| text[s..e].to_lowercase())
        .collect();
    let cue = (lowered.len() == 2)
        .then(|| AGE_CUES.get(lowered.join(" ").as_str()))
        .flatten()
        .or_else(|| lowered.last().and_then(|w| AGE_CUES.get(w.as_str())));
    match cue {
        Some(&"any") => Some(true),
        Some(_) => {
            let after = text[n.end..limit].trim_start();
            (after.is_empty()
                || after.starts_with(['.', ',', ';', ')'])
                || after.starts_with("and "))
            .then_some(false)
        }
        None => None,
    }
}

/// `be in 24 hours`, `coming in two weeks`: a duration placing a point in the future.
fn places_time(text: &str, n: &Number, sent_start: usize) -> bool {
    let before = words_before(text, n.start, sent_start, 2);
    let [(a, _), (_, e)] = before[..] else {
        return false;
    };
    FUTURE_PLACERS.contains_lower(&text[a..e])
}

fn sentence_of(sentences: &[Sentence], pos: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.span.start <= pos);
    let i = i.checked_sub(1)?;
    (pos < sentences[i].span.end).then_some(i)
}

fn kind_name(kind: NumberKind) -> &'static str {
    match kind {
        NumberKind::Money => "money",
        NumberKind::Percent => "percent",
        NumberKind::PercentagePoints => "percentage_points",
        NumberKind::Measure => "measure",
        NumberKind::Duration => "duration",
        NumberKind::Age => "age",
        NumberKind::Ratio | NumberKind::Fraction | NumberKind::Multiplier => "ratio",
        _ => "count",
    }
}

/// Words before `pos` (at most `n`, nearest last), stopping at punctuation, with their spans.
fn words_before(text: &str, pos: usize, floor: usize, n: usize) -> Spans {
    let b = text.as_bytes();
    // The character ending at `k` (after `floor`), read from its bytes where ASCII.
    let char_before = |k: usize| -> Option<char> {
        if k <= floor {
            return None;
        }
        match b[k - 1] {
            x if x.is_ascii() => Some(char::from(x)),
            _ => text[floor..k].chars().next_back(),
        }
    };
    let n = n.min(MAX_SPANS);
    let mut out = Spans::default();
    let mut i = pos;
    while out.len() < n {
        // Back over white space (as `str::trim_end` reads it).
        let mut end = i;
        while let Some(c) = char_before(end).filter(|c| c.is_whitespace()) {
            end -= c.len_utf8();
        }
        if end == i && !out.is_empty() {
            break; // two words must be separated by space
        }
        // Back over at most `MAX_WORD` word characters.
        let mut start = end;
        for _ in 0..MAX_WORD {
            match char_before(start) {
                Some(c) if c.is_alphanumeric() || matches!(c, '\'' | '’' | '-') => {
                    start -= c.len_utf8();
                }
                _ => break,
            }
        }
        if start == end {
            break;
        }
        out.push((start, end));
        i = start;
    }
    out.reverse();
    out
}

/// The most words [`words_before`] and [`words_after`] are asked for (a cue's words and one).
const MAX_SPANS: usize = MAX_CUE_WORDS + 1;

/// The byte spans of up to [`MAX_SPANS`] words, kept inline: the word readers run several
/// times for every figure, and a vector each was some 100,000 allocations a megabyte.
#[derive(Clone, Copy, Debug, Default)]
struct Spans {
    buf: [(usize, usize); MAX_SPANS],
    len: usize,
}

impl Spans {
    fn push(&mut self, span: (usize, usize)) {
        self.buf[self.len] = span;
        self.len += 1;
    }

    /// Takes the span at `i` out, as `Vec::remove` does.
    fn remove(&mut self, i: usize) -> (usize, usize) {
        let span = self.buf[i];
        self.buf.copy_within(i + 1..self.len, i);
        self.len -= 1;
        span
    }
}

impl std::ops::Deref for Spans {
    type Target = [(usize, usize)];

    fn deref(&self) -> &[(usize, usize)] {
        &self.buf[..self.len]
    }
}

impl std::ops::DerefMut for Spans {
    fn deref_mut(&mut self) -> &mut [(usize, usize)] {
        &mut self.buf[..self.len]
    }
}

/// Words after `pos` up to `limit`, stopping at punctuation other than an abbreviation's dot.
fn words_after(text: &str, pos: usize, limit: usize, n: usize) -> Spans {
    let b = text.as_bytes();
    // The character at `k` (before `limit`), read from its byte where ASCII: the readers run
    // several times for every figure, and decoding each character was most of their cost.
    let char_at = |k: usize| -> Option<char> {
        if k >= limit {
            return None;
        }
        match b[k] {
            x if x.is_ascii() => Some(char::from(x)),
            _ => text[k..limit].chars().next(),
        }
    };
    let n = n.min(MAX_SPANS);
    let mut out = Spans::default();
    let mut i = pos;
    while out.len() < n && i < limit {
        // Over white space (as `str::trim_start` reads it).
        let mut start = i;
        while let Some(c) = char_at(start).filter(|c| c.is_whitespace()) {
            start += c.len_utf8();
        }
        if start == i && i != pos {
            break;
        }
        if !char_at(start).is_some_and(char::is_alphanumeric) {
            break;
        }
        // Over at most `MAX_WORD` word characters; a joiner only with a word character after.
        let mut end = start;
        for _ in 0..MAX_WORD {
            let Some(c) = char_at(end) else { break };
            let next = end + c.len_utf8();
            if c.is_alphanumeric()
                || (matches!(c, '\'' | '’' | '-' | '.')
                    && char_at(next).is_some_and(char::is_alphanumeric))
            {
                end = next;
            } else {
                break;
            }
        }
        // `U.S.` keeps its final dot.
        if text[start..end].contains('.') && text[end..].starts_with('.') {
            end += 1;
        }
        out.push((start, end));
        i = end;
    }
    out
}

/// [`words_after`] as it was first written, on `str` methods: the reference its byte-wise
/// reading is tested against.
#[cfg(test)]
fn words_after_plain(text: &str, pos: usize, limit: usize, n: usize) -> Spans {
    let n = n.min(MAX_SPANS);
    let mut out = Spans::default();
    let mut i = pos;
    while out.len() < n && i < limit {
        let rest = &text[i..limit];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() && i != pos {
            break;
        }
        let start = limit - trimmed.len();
        if !trimmed.starts_with(char::is_alphanumeric) {
            break;
        }
        let len = trimmed
            .char_indices()
            .take(MAX_WORD)
            .take_while(|(k, c)| {
                c.is_alphanumeric()
                    || (matches!(c, '\'' | '’' | '-' | '.')
                        && trimmed[k + c.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric))
            })
            .map(|(k, c)| k + c.len_utf8())
            .last()
            .unwrap_or(0);
        if len == 0 {
            break;
        }
        let mut end = start + len;
        if text[start..end].contains('.') && text[end..].starts_with('.') {
            end += 1;
        }
        out.push((start, end));
        i = end;
    }
    out
}

fn is_claim(text: &str, n: &Number, sent_start: usize) -> bool {
    if !n.kind.is_quantity() {
        return false;
    }
    let after = text[n.end..].trim_start();
    let letters = after
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(after.len(), |(k, _)| k);
    let next_word = lexicon::lower(&after[..letters]);
    // A format's or a rate's name: `a one-day international`, `the one-week repo rate`.
    if n.text.contains('-')
        && COUNT_NAMES.contains(format!("{} {next_word}", lexicon::lower(&n.text)).as_str())
    {
        return false;
    }
    // A list marker: `1. ` or `2) ` opening a sentence.
    if n.start == sent_start && (text[n.end..].starts_with(". ") || text[n.end..].starts_with(") "))
    {
        return false;
    }
    let before = words_before(text, n.start, sent_start, 1);
    let prev = before
        .first()
        .map(|&(s, e)| lexicon::lower(&text[s..e]))
        .unwrap_or_default();
    // A duration that only places a time: five months back, two years ago, five days after
    // the attack, on 71 minutes, the first nine months of the year. A verb of lasting before
    // (past a cue) keeps it a length: lasted two days before talks resumed, for nearly four
    // years before; so does a cue before `after` or `before`: at least six weeks before.
    if n.kind == NumberKind::Duration {
        if TIME_WORDS.get(&*prev) == Some(&"placing") {
            return false;
        }
        if matches!(
            TIME_WORDS.get(&*next_word),
            Some(&"relative" | &"following")
        ) {
            let cue = qualifier_cue(text, n.start, sent_start);
            let lead = cue.map_or(Some(prev.clone()), |(_, s, _)| {
                words_before(text, s, sent_start, 1)
                    .first()
                    .map(|&(a, b)| lexicon::lower(&text[a..b]))
            });
            let lasting = lead.is_some_and(|w| DURATION_VERBS.contains(&w));
            let bounded = cue.is_some() && matches!(&*next_word, "after" | "before");
            if !lasting && !bounded {
                return false;
            }
        }
        if matches!(&*prev, "first" | "last") && next_word == "of" {
            return false;
        }
    }
    // A number to ring: call 911, dial triple zero (but call three witnesses).
    if PHONE_CUES.contains(&prev) && !is_plural(&next_word) {
        return false;
    }
    // `the first half`, `the second half`: a position, not a quantity.
    if NOT_CLAIM_BEFORE.contains(&prev) && n.kind == NumberKind::Fraction {
        return false;
    }
    // An address: 10 Downing Street, 1600 Pennsylvania Avenue.
    if n.kind == NumberKind::Count && n.unit.is_none() {
        let name = words_after(text, n.end, text.len(), 4);
        let capitalized =
            |&&(s, _): &&(usize, usize)| text[s..].chars().next().is_some_and(char::is_uppercase);
        let run: Vec<&(usize, usize)> = name.iter().take_while(capitalized).collect();
        if run.len() >= 2
            && run.last().is_some_and(|&&(s, e)| {
                STREET_WORDS.contains(lexicon::lower(&text[s..e]).trim_end_matches('.'))
            })
        {
            return false;
        }
    }
    // `four in the morning`, `six o'clock`: a time of day.
    if n.kind == NumberKind::Count
        && n.value.fract() == 0.0
        && (1.0..=12.0).contains(&n.value)
        && CLOCK_FOLLOWERS.iter().any(|f| {
            after
                .get(..f.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(f))
        })
    {
        return false;
    }
    // `one of the`, `this one`: a pronoun.
    if lexicon::lower(&n.text) == "one"
        && (next_word == "of"
            || next_word.is_empty()
            || FUNCTION_WORDS.contains(&next_word)
            || ONE_IDIOMS.contains(&next_word)
            || ONE_IDIOMS.contains(format!("{prev} {next_word}").as_str())
            || PRONOUN_DETERMINERS.contains(&prev))
    {
        return false;
    }
    true
}

/// Where a figure stands, for reading its unit.
struct Context<'c> {
    sent_start: usize,
    /// The end of its sentence.
    limit: usize,
    sentence: usize,
    /// The claim before it, in this sentence or the one before.
    previous: Option<&'c Claim>,
    /// The unit of a recent claim read on a named scale (`magnitude`).
    scale: Option<&'c str>,
    /// Every figure of the article, with the currencies the recognizer read in it.
    numbers: &'c [Number],
}

/// Pounds written as a word that weigh: a conversion in brackets after a measure (`2 kilograms
/// (4.4 pounds)`), a figure after `weighing`/`weighed`/`weighs`, or pounds of a bare noun that
/// money is not spent as (`1.4 million pounds of lobster`, not `pounds of funding`).
fn is_weight_in_pounds(
    text: &str,
    n: &Number,
    sent_start: usize,
    limit: usize,
    previous: Option<&Claim>,
) -> bool {
    let written = &text[n.start..n.end];
    if n.unit.as_deref() != Some("GBP")
        || !(written.ends_with("pounds") || written.ends_with("pound"))
    {
        return false;
    }
    let converted = previous.is_some_and(|p| {
        p.kind == "measure"
            && p.start >= sent_start
            && text.get(p.end..n.start).map(str::trim) == Some("(")
    });
    let cue_end = qualifier_cue(text, n.start, sent_start).map_or(n.start, |q| q.1);
    let weighs = words_before(text, cue_end, sent_start, 1)
        .first()
        .is_some_and(|&(s, e)| lexicon::lower(&text[s..e]).starts_with("weigh"));
    converted || weighs || weighed_stuff_after(text, n.end, limit)
}

/// Whether `of` and a bare lower-case noun follow `end` (`pounds of lobster`) that is no
/// function word (`pounds of their money`) and nothing money is counted as (`pounds of
/// funding`): a weighed substance.
fn weighed_stuff_after(text: &str, end: usize, limit: usize) -> bool {
    let after = words_after(text, end, limit, 2);
    let [(os, oe), (ws, we)] = after[..] else {
        return false;
    };
    let word = &text[ws..we];
    text[end..os].trim().is_empty()
        && &text[os..oe] == "of"
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !FUNCTION_WORDS.contains(word)
        && !MONEY_OF_NOUNS.contains(word)
}

/// `three times the usual rate`, `five times as many`: `times` at `end` followed by a word
/// that makes it a multiple, or by a possessive in the next two words (`eight times Acme's
/// revenue`, `three times last year's price`): a possessive opens the noun phrase multiplied,
/// while occasions are followed by a time or place (`three times this month`, `in the`).
fn is_multiple(text: &str, end: usize, limit: usize) -> bool {
    let after = words_after(text, end, limit, 2);
    let possessive = |&(s, e): &(usize, usize)| {
        let w = &text[s..e];
        w.len() > 2 && (w.ends_with("'s") || w.ends_with("’s"))
    };
    after
        .first()
        .is_some_and(|&(s, e)| MULTIPLIER_FOLLOWERS.contains_lower(&text[s..e]))
        || after.iter().any(possessive)
}

/// A word that ends a plural noun: `cases`, not `class` or `Peru's`.
fn is_plural(w: &str) -> bool {
    // Words in -ous and -us (`serious`, `bonus`) are no plurals; a few plurals have no -s.
    (w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("'s")
        && !w.ends_with("’s"))
        || PLURAL_NOUNS.contains_lower(w)
}

/// The plural of a unit written as an adjective (`a 40-metre mast` -> `metres`, `a 12-member
/// board` -> `members`, `a 40-foot container` -> `feet`), as the unit of the same count written
/// out would be; the last word of several (`square kilometre` -> `square kilometres`). A figure
/// of one keeps the singular (`a one-match ban`), and so do abbreviations (`a 5-km run`), which
/// have no plural: a word with no vowel, written with a capital (`written`, the unit as the
/// text has it), or under three letters. A scale's name is no count (`a 6.9-magnitude quake`).
fn adjective_unit(unit: String, value: f64, written: &str) -> String {
    let (head, last) = match unit.rfind(' ') {
        Some(k) => unit.split_at(k + 1),
        None => ("", unit.as_str()),
    };
    let abbreviation = last.len() < 3
        || !last.bytes().all(|b| b.is_ascii_lowercase())
        || written.bytes().any(|b| b.is_ascii_uppercase())
        || !last.bytes().any(|b| b"aeiouy".contains(&b));
    if value == 1.0 || abbreviation || is_plural(last) || SCALE_NOUNS.contains(last) {
        return unit;
    }
    let plural = if let Some(p) = IRREGULAR_PLURALS.get(last) {
        (*p).to_string()
    } else if last.ends_with('y') && !last[..last.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']) {
        format!("{}ies", &last[..last.len() - 1])
    } else if last.ends_with(['s', 'x', 'z']) || last.ends_with("ch") || last.ends_with("sh") {
        format!("{last}es")
    } else {
        format!("{last}s")
    };
    format!("{head}{plural}")
}

/// Where a compound counted noun starts that ends in the head word at `head`: up to two words
/// of `phrase` right before it (one space apart) that name a kind of the thing counted (`11 bus
/// drivers`, `four tunnel boring machines`, `two grain silos`), as the gold keeps them, not
/// adjectives that only describe it (`26 medical staff`, `regional governors`, `wooden
/// pirogues`, `confirmed cases`). Measured over the corpus gold, a lower-case noun modifier is
/// kept about 140 times to 95; adjectives (by ending or in the lists), participles in -ed,
/// hyphenated and capitalized modifiers are dropped more often than kept.
fn noun_modifiers_start(text: &str, phrase: &[(usize, usize)], head: usize) -> usize {
    let Some(k) = phrase.iter().position(|&(s, _)| s == head) else {
        return head;
    };
    // A group counted by its members takes no kind: `38 cleaning staff` counts staff.
    let (_, e) = phrase[k];
    if COLLECTIVE_NOUNS.contains_lower(&text[head..e]) {
        return head;
    }
    let mut start = head;
    for &(s, e) in phrase[..k].iter().rev().take(2) {
        if &text[e..start] != " " || !is_noun_modifier(&text[s..e]) {
            break;
        }
        start = s;
    }
    start
}

/// A counted noun in lower case, but for words the gold writes with their capitals: demonyms
/// (`7 million Americans`) and abbreviations (`four MRI scans`, `12 SUVs`).
fn unit_case(noun: &str) -> String {
    let keeps = |w: &str| {
        NATIONALITIES.contains(w) || w.bytes().filter(u8::is_ascii_uppercase).count() >= 2
    };
    if !noun.split(' ').any(keeps) {
        return noun.to_lowercase();
    }
    let mut out = String::with_capacity(noun.len());
    for (k, w) in noun.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        if keeps(w) {
            out.push_str(w);
        } else {
            out.push_str(&w.to_lowercase());
        }
    }
    out
}

/// A lower-case word that can name a kind of the noun after it: no adjective by its ending or
/// the lists, no time word, no participle in -ed, no hyphenated or capitalized word, and no plural (a noun
/// modifies another in the singular: `bus drivers`; `teenagers shows` is a noun and its verb).
fn is_noun_modifier(w: &str) -> bool {
    if !w.bytes().all(|b| b.is_ascii_lowercase()) || w.ends_with("ed") || is_plural(w) {
        return false;
    }
    // A time word places the things counted, it names no kind: `two earlier bids`.
    if UNIT_MODIFIERS.contains(w)
        || PLAIN_ADJECTIVES.contains(w)
        || FUNCTION_WORDS.contains(w)
        || TIME_WORDS.contains_key(w)
    {
        return false;
    }
    !ADJECTIVE_SUFFIXES
        .iter()
        .any(|x| w.len() >= x.len() + 3 && w.ends_with(x))
}

/// The scale named right before a figure (`a magnitude 8.4 quake`, `its magnitude at 6.9`,
/// `a magnitude of 7`): a scale noun with only function words after it.
fn scale_before(text: &str, n: &Number, sent_start: usize) -> Option<String> {
    let before = words_before(text, n.start, sent_start, 3);
    for &(s, e) in before.iter().rev() {
        let w = lexicon::lower(&text[s..e]);
        // `a magnitude-7.1 quake`
        let w = w.trim_end_matches('-');
        if SCALE_NOUNS.contains(w) {
            return Some(w.to_string());
        }
        if !FUNCTION_WORDS.contains(w) {
            return None;
        }
    }
    None
}

/// The counted noun, where the claim's text ends, and whether the noun was taken over from
/// the figure before.
fn unit_of(text: &str, n: &Number, cx: &Context) -> (usize, Option<String>, bool) {
    let (limit, sentence, previous) = (cx.limit, cx.sentence, cx.previous);
    let unit_of_kind = |end, unit| (end, unit, false);
    match n.kind {
        NumberKind::Money | NumberKind::Percent | NumberKind::PercentagePoints => {
            return unit_of_kind(n.end, n.unit.clone())
        }
        NumberKind::Age => return unit_of_kind(n.end, Some("years".to_string())),
        NumberKind::Measure | NumberKind::Duration => {
            // The unit as written: `megawatts`, `GW`, `metres`.
            // The unit as written (`megawatts`, `km/h`, `metres`), or its canonical plural when
            // written as an adjective (`6.7-inch` -> inches, `three-month` -> months).
            let written = n
                .unit_start
                .filter(|&u| u >= n.start && u <= n.end)
                .map(|u| {
                    let written = &text[u..n.end];
                    // A unit written as an adjective is hyphenated throughout
                    // (`23,000-square-kilometre`): its words are the unit's (`square
                    // kilometre`); a unit hyphenated as a word (`megawatt-hours`) stays so.
                    let adjective = written.starts_with('-') || text[..u].ends_with('-');
                    let as_written = written.trim_start_matches('-');
                    let written = as_written.to_lowercase();
                    if adjective {
                        adjective_unit(written.replace('-', " "), n.value, as_written)
                    } else {
                        written
                    }
                });
            let unit = match (written, &n.unit) {
                (Some(w), Some(c)) if c.to_lowercase().starts_with(&w) => Some(c.clone()),
                // A scale's letter (`34C`) says less than the scale's name.
                (Some(w), Some(c)) if w.chars().count() == 1 && c.len() > 1 => Some(c.clone()),
                (Some(w), _) if !w.is_empty() => Some(w),
                (_, c) => c.clone(),
            };
            return unit_of_kind(n.end, unit);
        }
        // A fraction's only unit is one it is a fraction of (`half a second`).
        // Written out, as the gold keeps measures (`half a kilometre` -> kilometre, not km).
        NumberKind::Fraction => {
            let written = n
                .unit_start
                .filter(|&u| u >= n.start && u <= n.end)
                .map(|u| text[u..n.end].trim_start_matches('-').to_lowercase());
            let unit = match (written, &n.unit) {
                // Only an abbreviation gives way: `half a century` stays in years.
                (Some(w), Some(c))
                    if c.len() <= 3
                        && w.len() > c.len()
                        && w.bytes().all(|b| b.is_ascii_lowercase()) =>
                {
                    Some(w)
                }
                (_, c) => c.clone(),
            };
            return unit_of_kind(n.end, unit);
        }
        NumberKind::Multiplier => return unit_of_kind(n.end, None),
        // A ratio of occasions (`19 times out of 20`) names its unit.
        NumberKind::Ratio if n.unit.is_some() => return unit_of_kind(n.end, n.unit.clone()),
        _ => {}
    }
    // The scale named before the figure, over any noun after it: a magnitude 8.4 quake.
    if let Some(scale) = scale_before(text, n, cx.sent_start) {
        return unit_of_kind(n.end, Some(scale));
    }
    // `40-odd boats`: the hyphen's `odd` only makes the figure approximate (see
    // `qualifier_of`); the counted noun follows it.
    let after_odd = n.end + odd_suffix_len(&text[n.end..limit]);
    // A hyphenated count: a 30-date tour, a 19-year history.
    if let Some(rest) = text[after_odd..limit].strip_prefix('-') {
        let len = rest
            .char_indices()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(0, |(k, c)| k + c.len_utf8());
        let word = rest[..len].to_lowercase();
        if len > 0 && !FUNCTION_WORDS.contains(word.as_str()) {
            let end = n.end + 1 + len;
            return unit_of_kind(end, Some(adjective_unit(word, n.value, &rest[..len])));
        }
    }
    let mut words = words_after(text, after_odd, limit, MAX_CUE_WORDS + 1);
    if n.kind == NumberKind::Vague
        && words
            .first()
            .is_some_and(|&(s, e)| text[s..e].eq_ignore_ascii_case("of"))
    {
        words.remove(0);
        // `millions of dollars`: money.
        if let Some(code) = words
            .first()
            .and_then(|&(s, e)| numbers::currency_word(&lexicon::lower(&text[s..e])))
        {
            return unit_of_kind(words[0].1, Some(code.to_string()));
        }
    }
    // An exchange rate: `the lira weakened to 42.35 against the dollar` is in lira.
    if let Some(code) = exchange_rate(text, n, cx, &words) {
        return unit_of_kind(n.end, Some(code.to_string()));
    }
    // The noun phrase after the number; its head is its first plural word (`derivative models
    // being`, `seats left`), else its first word (`people live`, `children attend`).
    let mut phrase: Vec<(usize, usize)> = Vec::new();
    // The second of two coordinated modifiers, passed over with the first.
    let mut skip = None;
    for (k, &(s, e)) in words.iter().enumerate() {
        if skip == Some(k) {
            continue;
        }
        let w = &text[s..e];
        let lw = lexicon::lower(w);
        // The figure is the subject of a verb that people do (More than 4,000 flee) or of one
        // done to people (37 were killed, 12 have been arrested).
        if k == 0 && PEOPLE_SUBJECT_VERBS.contains(&lw) {
            return unit_of_kind(n.end, Some("people".to_string()));
        }
        // An irregular past right after the figure is its verb, no noun (`2.8 million came`,
        // `the 2,316 set a year ago`): the figure counts what a bare one would. Only `one`
        // may count a singular (`one set of rules`). Right before a plural it is a participle
        // that describes the counted noun (`41 made three-pointers`); a count between them
        // keeps it a verb (`seven sent three cars`).
        if k == 0
            && n.value != 1.0
            && PAST_TENSE_VERBS.contains(&lw)
            && !plural_noun_ahead(text, words.get(1..2).unwrap_or(&[]))
        {
            break;
        }
        if k == 0 && PASSIVE_AUXILIARIES.contains(&lw) {
            let verb = words
                .iter()
                .skip(1)
                .take(2)
                .map(|&(s, e)| lexicon::lower(&text[s..e]))
                .find(|w| !PASSIVE_AUXILIARIES.contains(w));
            if verb.is_some_and(|v| PEOPLE_VERBS.contains(&v)) {
                return unit_of_kind(n.end, Some("people".to_string()));
            }
        }
        let first_char = w.chars().next().unwrap_or(' ');
        // After adjectives only, a time word is the counted noun: two full days.
        let only_modifiers = !phrase.is_empty()
            && phrase
                .iter()
                .all(|&(s, e)| UNIT_MODIFIERS.contains_lower(&text[s..e]));
        if only_modifiers && TIME_WORDS.get(&*lw) == Some(&"period") {
            phrase.push((s, e));
            break;
        }
        // A gerund before a period names a kind of it, kept whole: `15 working days`, `ten
        // trading days`.
        let gerunds = !phrase.is_empty()
            && phrase
                .iter()
                .all(|&(s, e)| text[s..e].len() > 5 && text[s..e].ends_with("ing"));
        if gerunds && TIME_WORDS.get(&*lw) == Some(&"period") {
            phrase.push((s, e));
            break;
        }
        // `12 still missing`, `150 more staff`: an adverb is no noun; read on past it.
        if phrase.is_empty() && SKIP_ADVERBS.contains(&lw) {
            continue;
        }
        // `58 ahead of her`, `from four down`: a margin names no noun after it; the figure
        // counts what a bare one would (the points or goals before it).
        if phrase.is_empty() && POSITION_ADVERBS.contains(&lw) {
            break;
        }
        // Paired adjectives (`4,200 current and former residents`): the noun comes after both.
        let paired = only_modifiers
            && is_and_or(w)
            && words
                .get(k + 1)
                .is_some_and(|&(s2, e2)| UNIT_MODIFIERS.contains_lower(&text[s2..e2]));
        if paired {
            continue;
        }
        // Two coordinated modifiers of one plural (`900 administrative and technical
        // workers`, `1,500 direct and indirect jobs`, `3,000 sheep and goat farms`): the gold
        // counts the plural alone, so both modifiers are dropped.
        let coordinated = is_and_or(w)
            && !phrase.is_empty()
            // A group counted by its members is a noun of its own: `crew and dock workers`.
            && !phrase.iter().any(|&(s, e)| {
                is_plural(&text[s..e]) || COLLECTIVE_NOUNS.contains_lower(&text[s..e])
            })
            && words.get(k + 1).is_some_and(|&(s2, e2)| {
                let w2 = &text[s2..e2];
                w2.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && !is_plural(w2)
                    && !FUNCTION_WORDS.contains(w2)
                    && text[e2..].starts_with(' ')
            })
            && words.get(k + 2).is_some_and(|&(s3, e3)| {
                let w3 = lexicon::lower(&text[s3..e3]);
                is_plural(&w3) && !FUNCTION_WORDS.contains(&w3) && !TIME_WORDS.contains_key(&*w3)
            });
        if coordinated {
            phrase.clear();
            skip = Some(k + 1);
            continue;
        }
        if FUNCTION_WORDS.contains(&lw) || first_char.is_ascii_digit() {
            break;
        }
        let time = TIME_WORDS.get(lw.trim_end_matches('.'));
        if time.is_some()
            || lw.ends_with("ed")
            || (k > 0 && (lw.ends_with("ing") || lw.ends_with("ly")))
        {
            // A participle or time word before a plural noun is its adjective: 312 confirmed
            // cases, two earlier bids; closing the phrase, a participle is the group itself:
            // some 230 injured.
            let next = words.get(k + 1).copied();
            let adjective = time != Some(&"period")
                && text[e..].starts_with(' ')
                && plural_noun_ahead(text, &words[k + 1..]);
            if adjective {
                phrase.push((s, e));
                continue;
            }
            let closes = text[e..limit]
                .trim_start()
                .chars()
                .next()
                .map_or(true, |c| !c.is_alphanumeric())
                || next.is_some_and(|(s2, e2)| is_and_or(&text[s2..e2]));
            if phrase.is_empty() && PARTICIPLE_NOUNS.contains(&lw) && closes {
                phrase.push((s, e));
            }
            break;
        }
        phrase.push((s, e));
        // A comma or other punctuation right after ends the phrase.
        if !text[e..].starts_with(char::is_whitespace) {
            break;
        }
    }
    let plural = |&&(s, e): &&(usize, usize)| is_plural(&text[s..e]);
    // Adjectives before the noun are not it (`26 medical staff`); adjectives alone leave no
    // noun after the number (`12 short of`).
    phrase.retain(|&(s, e)| !UNIT_MODIFIERS.contains_lower(&text[s..e]));
    // A lower-case plural before a capitalized one: `40 Airbus jets` counts jets.
    let lower_plural =
        |p: &&(usize, usize)| plural(p) && text[p.0..].starts_with(char::is_lowercase);
    // A plural noun before another is its modifier: `45 police officers`, `2,500 livestock
    // farms`.
    let last_of_run = |k: usize| {
        let mut k = k;
        while phrase.get(k + 1).is_some_and(|p| lower_plural(&p)) {
            k += 1;
        }
        phrase[k]
    };
    let head = phrase
        .iter()
        .position(|p| lower_plural(&p))
        .map(last_of_run)
        .or_else(|| phrase.iter().find(plural).copied())
        .or(phrase.first().copied());
    if let Some((_, e)) = head {
        let (s, _) = head.unwrap_or_default();
        let s = noun_modifiers_start(text, &phrase, s);
        let noun = unit_case(text[s..e].trim_end_matches('.'));
        let noun = lexicon::trim_possessive(&noun).to_string();
        return unit_of_kind(e, Some(noun));
    }
    // A part of a group: `four of the country's biggest banks` counts banks.
    if let Some(noun) = partitive(text, n.end, limit) {
        return unit_of_kind(n.end, Some(noun));
    }
    // A noun before the cue: `downloads far exceeding 1.2 billion`.
    let before = words_before(text, n.start, 0, MAX_CUE_WORDS + 1);
    let lowered: Vec<String> = before
        .iter()
        .map(|&(s, e)| text[s..e].to_lowercase())
        .collect();
    // The words before the figure with its qualifier's cue cut off.
    let cut = (1..lowered.len())
        .find(|&cut| QUALIFIERS.contains_key(lowered[cut..].join(" ").as_str()))
        .unwrap_or(lowered.len());
    let bare = &lowered[..cut];
    // A verb whose bare object counts people: kills at least 14, injuring some 230 (a vague
    // magnitude, `displace tens of thousands`, is left as written).
    if n.kind != NumberKind::Vague
        && bare
            .last()
            .is_some_and(|w| PEOPLE_VERBS.contains(w.as_str()))
    {
        return unit_of_kind(n.end, Some("people".to_string()));
    }
    if cut < lowered.len() {
        let w = &lowered[cut - 1];
        if !FUNCTION_WORDS.contains(w.as_str())
            && is_plural(w)
            && !CHANGE_VERBS.contains(w.as_str())
        {
            return unit_of_kind(n.end, Some(w.clone()));
        }
    }
    // A group counted by its members: her crew of nine, a team of 12.
    if let [.., group, of] = bare {
        if of == "of" && COLLECTIVE_NOUNS.contains(group.as_str()) {
            return unit_of_kind(n.end, Some(group.clone()));
        }
    }
    // A noun before a verb of change: mortgage approvals rose to 4,973, deaths have climbed
    // to 14.
    if let Some(noun) = noun_before_change(bare).filter(|_| n.value.fract() == 0.0) {
        return unit_of_kind(n.end, Some(noun.to_string()));
    }
    // A bare figure after another counts the same thing: 18 shots, seven on target; we have
    // 14 boats. We need at least 40.
    let ends_clause = text[n.end..limit].trim_start().is_empty()
        || text[n.end..].starts_with([',', '.', ';', '”', '"', ')']);
    // A figure with a decimal part counts no things: it is read on the scale named near it
    // (`magnitude 6.9 ... a reading of 6.7`), never as a count of the figure before.
    if n.value.fract() != 0.0 {
        return (n.end, cx.scale.map(str::to_string), cx.scale.is_some());
    }
    // A bare figure the sentence gives as the number of something counts that thing: the
    // number of ships passing through the canal dropped to 13,213 from 20,148.
    if let Some(noun) = number_of(text, cx.sent_start, n.start) {
        return unit_of_kind(n.end, Some(noun));
    }
    // `from 32 dinars to 23`: the bare end of a change is in the currency of its start.
    if let Some(p) = previous.filter(|p| {
        p.kind == "money"
            && p.sentence == sentence
            && p.end <= n.start
            && text[p.end..n.start].trim().eq_ignore_ascii_case("to")
            && words_before(text, p.start, cx.sent_start, 1)
                .first()
                .is_some_and(|&(s, e)| text[s..e].eq_ignore_ascii_case("from"))
    }) {
        return (n.end, p.unit.clone(), false);
    }
    // A bare figure after a measure in its sentence is in the same unit: `1,100 tonnes per
    // barge instead of the usual 1,500`, `4.3 million tonnes ..., against 5.6 million`; not
    // a part of a group (`200 metres from three of the four ignition points`).
    let part_of = text[n.end..limit].trim_start().starts_with("of ");
    let unit = previous
        .filter(|p| {
            (p.kind == "count" && (p.sentence == sentence || ends_clause))
                || (p.kind == "measure" && p.sentence == sentence && !part_of)
        })
        .and_then(|p| p.unit.clone());
    let inherited = unit.is_some();
    (n.end, unit, inherited)
}

/// The compound unit of `per` that `unit`, ending at `end`, opens (`micrograms per litre`)
/// and where it ends, when the words after it name one of [`RATE_UNITS`].
fn rate_unit(text: &str, end: usize, limit: usize, unit: &str) -> Option<(String, usize)> {
    const PER: &str = " per ";
    let rest = text.get(end..limit)?.strip_prefix(PER)?;
    RATE_UNITS
        .iter()
        .filter(|(num, _)| num.eq_ignore_ascii_case(unit))
        .find_map(|&(_, den)| {
            let written = rest.get(..den.len())?;
            let whole = !rest[den.len()..].starts_with(char::is_alphanumeric);
            (whole && written.eq_ignore_ascii_case(den))
                .then(|| (format!("{unit} per {den}"), end + PER.len() + den.len()))
        })
}

/// The currency a bare figure prices another in (`the yen weakened past 151 per dollar`,
/// `the lira fell to 42.35 against the dollar`): the currency word before it in the sentence,
/// when the words after it set it against another currency.
fn exchange_rate<'a>(
    text: &str,
    n: &Number,
    cx: &Context<'a>,
    after: &[(usize, usize)],
) -> Option<&'a str> {
    if n.kind != NumberKind::Count {
        return None;
    }
    let lowered: Vec<String> = after
        .iter()
        .take(3)
        .map(|&(s, e)| text[s..e].to_lowercase())
        .collect();
    let against = match lowered.as_slice() {
        [p, w, ..] if matches!(p.as_str(), "per" | "a") => w,
        [p, a, w, ..] if matches!(p.as_str(), "against" | "to") && a == "the" => w,
        _ => return None,
    };
    let other = numbers::currency_word(against)?;
    // Back over figures and signs too (`weakened 0.8% to`); a bounded look.
    let from = window_start(text, cx.sent_start, n.start, SUBJECT_WINDOW);
    let (word, code) = words_back(text, from, n.start)
        .take(RATE_REACH)
        .find_map(|(s, e)| {
            let w = lexicon::lower(&text[s..e]);
            numbers::currency_word(&w).map(|c| (w, c))
        })?;
    if code == other {
        return None;
    }
    // A word several countries use (`the rupee`) means the currency the article's amounts
    // are read in (`38 rupees` in a Pakistani story), unless some are in its usual one.
    let read = |c: &str| cx.numbers.iter().any(|m| m.unit.as_deref() == Some(c));
    if read(code) {
        return Some(code);
    }
    let local = cx.numbers.iter().find_map(|m| {
        m.unit
            .as_deref()
            .filter(|&u| u != other && numbers::currency_word_means(&word, u))
    });
    Some(local.unwrap_or(code))
}

/// The plural noun of `of [the, their, a country's, biggest ...] NOUNS` after a figure, read
/// over at most a few words and past one figure sizing the whole (`850 of its 3,400 jobs`
/// counts jobs, as the gold does), stopping at a second.
fn partitive(text: &str, end: usize, limit: usize) -> Option<String> {
    let words = words_after(text, end, limit, MAX_CUE_WORDS + 1);
    let (&(s, e), rest) = words.split_first()?;
    if !text[s..e].eq_ignore_ascii_case("of") || text[end..s].trim() != "" {
        return None;
    }
    partitive_noun(text, rest, limit, false)
}

/// The plural noun in the words after `of` (see [`partitive`]); one figure giving the size
/// of the whole (`850 of its 3,400 jobs`) is passed over unless `whole` says one was.
fn partitive_noun(
    text: &str,
    rest: &[(usize, usize)],
    limit: usize,
    whole: bool,
) -> Option<String> {
    for &(s, e) in rest {
        let w = lexicon::lower(&text[s..e]);
        if w.starts_with(|c: char| c.is_ascii_digit()) && !whole {
            // The figure read whole (its group commas and decimal dot), then the words after.
            let len = text[s..]
                .bytes()
                .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
                .count();
            let end = s + text[s..s + len].trim_end_matches([',', '.']).len();
            if !text[end..].starts_with(' ') {
                return None;
            }
            let after = words_after(text, end, limit, 3);
            return partitive_noun(text, &after, limit, true);
        }
        if w.starts_with(|c: char| c.is_ascii_digit()) || TIME_WORDS.contains_key(&*w) {
            return None;
        }
        if is_plural(&w) && !FUNCTION_WORDS.contains(&w) {
            return Some(w.into_owned());
        }
        // A possessive (`the country's`), function word or adjective may come before the noun;
        // a noun in the singular ends the look.
        let possessive = w.ends_with("'s") || w.ends_with("’s");
        let adjective = UNIT_MODIFIERS.contains(&w)
            || w.ends_with("est")
            || w.ends_with("ed")
            || w.ends_with("ing");
        if !(possessive || adjective || FUNCTION_WORDS.contains(&w)) {
            return None;
        }
        if !text[e..].starts_with(' ') {
            return None;
        }
    }
    None
}

/// The words open with a plural noun, right away or after one or two lower-case words that
/// modify it, one space apart: what a participle before them describes (`312 confirmed cases`,
/// `1,200 registered rose growers`, `51 licensed digital credit providers`).
fn plural_noun_ahead(text: &str, words: &[(usize, usize)]) -> bool {
    for (k, &(s, e)) in words.iter().take(3).enumerate() {
        let w = lexicon::lower(&text[s..e]);
        if FUNCTION_WORDS.contains(&w) || TIME_WORDS.contains_key(&*w) {
            return false;
        }
        if is_plural(&w) {
            return true;
        }
        let modifier = text[s..e]
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-');
        if !modifier || k == 2 || !text[e..].starts_with(' ') {
            return false;
        }
    }
    false
}

/// How far before a bare figure `number_of` looks for `the number of`, in bytes: far enough
/// that the corpus's records are the same as with the whole sentence.
const NUMBER_OF_REACH: usize = 400;

/// The plural noun of `the number of [adjectives, noun modifiers] NOUNS` earlier in the
/// sentence (between `from` and `to`), with the noun modifiers the unit keeps: `The number of
/// hop farms has fallen from 2,000 to about 820` counts hop farms. Only `the` (or `total`)
/// number: `a number of` is a vague amount, no measure of one.
fn number_of(text: &str, from: usize, to: usize) -> Option<String> {
    // Look back a bounded stretch, not the whole sentence: every figure of a sentence asks,
    // and a sentence can run for megabytes (a text with no spaces), which made this quadratic.
    let from = window_start(text, from, to, NUMBER_OF_REACH);
    let before = &text[from..to];
    let at = before
        .rfind("number of ")
        .or_else(|| before.rfind("Number of "))?;
    let lead = before[..at].trim_end().as_bytes();
    let ends_with = |word: &str| {
        lead.len() >= word.len()
            && lead[lead.len() - word.len()..].eq_ignore_ascii_case(word.as_bytes())
    };
    if !(ends_with("the") || ends_with("total")) {
        return None;
    }
    let start = from + at + "number of ".len();
    let words = words_after(text, start, to, MAX_SPANS);
    let mut phrase: Vec<(usize, usize)> = Vec::with_capacity(words.len());
    for &(s, e) in words.iter() {
        let w = lexicon::lower(&text[s..e]);
        if FUNCTION_WORDS.contains(&w) || w.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        phrase.push((s, e));
        if is_plural(&w) {
            let head = noun_modifiers_start(text, &phrase, s);
            return Some(unit_case(&text[head..e]));
        }
        if !text[e..].starts_with(' ') {
            return None;
        }
    }
    None
}

/// `and` or `or` in any case, without lowering the word into a new string.
fn is_and_or(word: &str) -> bool {
    word.eq_ignore_ascii_case("and") || word.eq_ignore_ascii_case("or")
}

/// The plural noun before a verb of change in the words before a figure (`approvals rose to`,
/// `deaths have climbed to`), the words lowered.
fn noun_before_change(words: &[String]) -> Option<&str> {
    let mut k = words.len();
    // The preposition between the verb and the figure.
    if k > 0 && matches!(words[k - 1].as_str(), "to" | "by" | "at") {
        k -= 1;
    }
    if k == 0 || !CHANGE_VERBS.contains(words[k - 1].as_str()) {
        return None;
    }
    k -= 1;
    // One auxiliary: have climbed, had risen.
    if k > 0 && FUNCTION_WORDS.contains(words[k - 1].as_str()) {
        k -= 1;
    }
    let noun = words.get(k.checked_sub(1)?)?;
    (is_plural(noun)
        && !FUNCTION_WORDS.contains(noun.as_str())
        && !CHANGE_VERBS.contains(noun.as_str())
        && !VALUE_NOUNS.contains(noun.as_str()))
    .then_some(noun.as_str())
}

/// Writes `words` lowered (as `str::to_lowercase` does) and joined by single spaces into
/// `joined`, and where each word starts in it into `starts`, so that the last `k` words joined
/// are a suffix of one string rather than a new one. Words beyond `starts` are left out.
fn join_lower(text: &str, words: &[(usize, usize)], joined: &mut String, starts: &mut [usize]) {
    for (k, (&(s, e), start)) in words.iter().zip(starts.iter_mut()).enumerate() {
        if k > 0 {
            joined.push(' ');
        }
        *start = joined.len();
        let w = &text[s..e];
        if w.is_ascii() {
            joined.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            // `str::to_lowercase`, not per character: a final sigma lowers as such.
            joined.push_str(&w.to_lowercase());
        }
    }
}

/// The last word of each cue of `cues`.
fn last_words(cues: &FastMap<&'static str, &'static str>) -> WordSet {
    cues.keys()
        .map(|k| k.rsplit(' ').next().unwrap_or(k))
        .collect()
}

/// Whether the word right before `pos` (lowered as [`join_lower`] lowers it) is one of `ends`.
fn may_end_cue(text: &str, pos: usize, floor: usize, ends: &WordSet) -> bool {
    words_before(text, pos, floor, 1)
        .first()
        .is_some_and(|&(s, e)| ends.contains_lower(&text[s..e]))
}

/// The longest qualifier cue right before `start`: its qualifier and span.
fn qualifier_cue(
    text: &str,
    start: usize,
    sent_start: usize,
) -> Option<(&'static str, usize, usize)> {
    if !may_end_cue(text, start, sent_start, &QUALIFIER_ENDS) {
        return None;
    }
    let before = words_before(text, start, sent_start, MAX_CUE_WORDS);
    // The words lowered and joined once; each shorter cue is a suffix of that string.
    let mut joined = String::with_capacity(64);
    let mut starts = [0; MAX_CUE_WORDS];
    join_lower(text, &before, &mut joined, &mut starts);
    (0..before.len()).find_map(|cut| {
        let q = QUALIFIERS.get(&joined[starts[cut]..])?;
        Some((*q, before[cut].0, before[before.len() - 1].1))
    })
}

/// The qualifier read from the cue words right before the number, or right after it.
/// `cue` is [`qualifier_cue`] before the figure.
fn qualifier_of(
    text: &str,
    n: &Number,
    cue: Option<(&'static str, usize, usize)>,
    limit: usize,
) -> (String, Option<String>) {
    // `within` bounds a distance (`within 10 metres`) and a span of time alike (`within 30
    // days`, `within two years`): the figure is the most it may take, so it is `at_most` for
    // every kind (the gold reads it so about two times in three on times).
    if let Some((q, s, e)) = cue {
        // A verb cue (`passes`, `topped`) or `over` acts on an amount only when the amount is
        // its object: not in `passes $1.84 billion budget` or `jailed over $48 million fraud`,
        // where the amount only describes the noun after it. (Counts are left alone: `passes
        // 300 people` has no plural `s` to tell the noun by.)
        let cue = &text[s..e];
        let verb = !cue.contains(' ')
            && (cue.ends_with('s') || cue.ends_with("ed") || cue.ends_with("ing"));
        let attributive = || {
            n.kind == NumberKind::Money
                && words_after(text, n.end, limit, 1)
                    .first()
                    .is_some_and(|&(s, e)| {
                        let w = lexicon::lower(&text[s..e]);
                        text[s..].starts_with(char::is_lowercase)
                            && !is_plural(&w)
                            && w != "worth"
                            && !FUNCTION_WORDS.contains(&w)
                    })
        };
        if !((verb || cue.eq_ignore_ascii_case("over")) && attributive()) {
            return (q.to_string(), Some(cue.to_string()));
        }
    }
    // `40-odd boats`: about 40.
    if odd_suffix_len(&text[n.end..limit]) > 0 {
        return (
            "approx".to_string(),
            Some(text[n.end + 1..n.end + 4].to_string()),
        );
    }
    let after = words_after(text, n.end, limit, 3);
    // `6.9% and up 1.4 points`: a cue before another figure is that figure's verb.
    let before_figure = after
        .get(2)
        .is_some_and(|&(s, _)| text[s..].starts_with(|c: char| c.is_ascii_digit()));
    if after.len() >= 2 && !before_figure {
        let cue = lexicon::lower(&text[after[0].0..after[1].1]);
        if let Some(q) = QUALIFIERS_AFTER.get(&*cue) {
            return (
                q.to_string(),
                Some(text[after[0].0..after[1].1].to_string()),
            );
        }
    }
    let q = if n.kind == NumberKind::Vague {
        "at_least"
    } else if n
        .text
        .get(..8)
        .is_some_and(|t| t.eq_ignore_ascii_case("a couple"))
    {
        // `a couple of seconds`: about two.
        "approx"
    } else {
        "exact"
    };
    (q.to_string(), None)
}

/// A second plural noun joined by `and` to the counted noun ending at `end` (`22 rides and
/// slides`, `300 engineers and supervisors`): its span, when it is a bare lower-case plural,
/// no auxiliary (`and has`), and followed by what follows a noun rather than a verb in -s:
/// punctuation, the sentence's end, an auxiliary (`and soldiers were deployed`) or a
/// preposition that opens no verb's complement (`and guests on Saturday`; not `and plans to`,
/// `and accounts for`, `and dozens of`).
fn coordinated_noun(text: &str, end: usize, limit: usize) -> Option<(usize, usize)> {
    let after = words_after(text, end, limit, 3);
    let (&(a_s, a_e), &(y_s, y_e)) = (after.first()?, after.get(1)?);
    let y = &text[y_s..y_e];
    let joined = text[end..a_s].trim().is_empty()
        && &text[a_s..a_e] == "and"
        && text[a_e..y_s].trim().is_empty();
    if !joined
        || !y.bytes().all(|b| b.is_ascii_lowercase())
        || !is_plural(y)
        || FUNCTION_WORDS.contains(y)
        || FINITE_VERBS.contains(y)
    {
        return None;
    }
    let ends_phrase = match after.get(2) {
        None => true,
        Some(&(n_s, n_e)) => {
            let next = lexicon::lower(&text[n_s..n_e]);
            !text[y_e..n_s].trim().is_empty()
                || FINITE_VERBS.contains(&next)
                || NOUN_PHRASE_ENDERS.contains(&next)
        }
    };
    ends_phrase.then_some((y_s, y_e))
}

/// The length of a `-odd` right after a figure (`40-odd`, `7,000-odd`), which makes it
/// approximate; 0 when there is none (`-oddly` is no such suffix).
fn odd_suffix_len(rest: &str) -> usize {
    let b = rest.as_bytes();
    let odd = b.len() >= 4
        && b[0] == b'-'
        && b[1..4].eq_ignore_ascii_case(b"odd")
        && !b.get(4).is_some_and(|c| c.is_ascii_alphanumeric());
    if odd {
        4
    } else {
        0
    }
}

/// Fills in subject, time and comparisons, sentence by sentence.
fn attribute(
    text: &str,
    sentences: &[Sentence],
    claims: &mut [Claim],
    cue_ends: &[usize],
    mentions: &[Mention],
    times: &[(usize, usize)],
) {
    let mut i = 0;
    while i < claims.len() {
        let si = claims[i].sentence;
        let mut j = i;
        while j < claims.len() && claims[j].sentence == si {
            j += 1;
        }
        let sent = sentences[si].span;
        let group = &mut claims[i..j];
        // Time: the expression right after a figure (before the next one), else the nearest
        // before it in the sentence.
        let lo = times.partition_point(|t| t.0 < sent.start);
        let hi = times.partition_point(|t| t.0 < sent.end);
        let in_sent: Vec<(usize, usize)> = times[lo..hi]
            .iter()
            .copied()
            .filter(|&(_, e)| e <= sent.end)
            .collect();
        for k in 0..group.len() {
            let end = group[k].end;
            let next_start = group.get(k + 1).map_or(sent.end, |c| c.start);
            let start = group[k].start;
            // Sorted by start: the first one at or after the figure's end, and the last one
            // ending before its start (looked for among those starting before it).
            let a = in_sent.partition_point(|t| t.0 < end);
            let after = in_sent.get(a).filter(|t| t.0 < next_start);
            let b = in_sent.partition_point(|t| t.0 < start);
            let before = in_sent[..b]
                .iter()
                .rev()
                .take(8)
                .find(|&&(_, e)| e <= start);
            group[k].time = after.or(before).map(|&(s, e)| TimeRef {
                text: text[s..e].to_string(),
                start: s,
                end: e,
            });
            group[k].subject = subject_of(text, sent.start, start, mentions);
        }
        compare(text, sent.start, group, &cue_ends[i..j]);
        i = j;
    }
}

/// Whose figure it is: a possessive or the nearest named thing before it in the sentence.
fn subject_of(text: &str, sent_start: usize, start: usize, mentions: &[Mention]) -> Option<String> {
    // The nearest named organization, person or product before the figure; a place or event
    // only when there is nothing else (`Harbor, based in Baltimore, employs 19,000 people`).
    // Mentions are in text order: only those of this sentence before the figure are looked at.
    let lo = mentions.partition_point(|m| m.start < sent_start);
    let hi = mentions.partition_point(|m| m.start < start);
    let before = || {
        mentions[lo..hi.max(lo)]
            .iter()
            .rev()
            .filter(move |m| m.end <= start)
    };
    // A name inside an aside closed before the figure (`Sofía Paredes, on loan from Colombian
    // side Santa Fe, made five saves`) says more of the name before it, which the figure is
    // the subject's.
    let in_aside = |m: &Mention| {
        // The aside's comma is looked for in the window before the name only, so that a long
        // run-on "sentence" with many figures and names stays linear.
        let from = window_start(text, sent_start, m.start, SUBJECT_WINDOW);
        let Some(open) = text[from..m.start].rfind(',') else {
            return false;
        };
        let after = text[from + open + 1..].trim_start();
        let lower_after = after.starts_with(|c: char| c.is_lowercase());
        // (`58.2%, while the Royal Brisbane and Women's Hospital, the state's largest,
        // managed 66.4%`: a conjunction opens a clause whose subject the name is.)
        let first = after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        lower_after && !CLAUSE_OPENERS.contains(first) && text[m.end..start].contains(',')
    };
    let main = || before().filter(|m| !in_aside(m));
    let m = main()
        .find(|m| !matches!(m.kind.as_str(), "PLACE" | "EVENT"))
        .or_else(|| before().find(|m| !matches!(m.kind.as_str(), "PLACE" | "EVENT")))
        .or_else(|| before().next());
    if let Some(m) = m {
        return Some(m.canonical.clone());
    }
    // Without entities: the nearest run of capitalized words before the figure.
    // Only a bounded window before the figure is read, so that a long run-on "sentence" with
    // many figures stays linear; a subject further away is too uncertain anyway.
    let from = window_start(text, sent_start, start, SUBJECT_WINDOW);
    let mut run: Vec<(usize, usize)> = Vec::new();
    // Words are read back from the figure only as far as the run of capitalized words goes.
    for (s, e) in words_back(text, from, start) {
        let w = &text[s..e];
        if w == "&" && !run.is_empty() {
            continue; // Brandt & Kessel
        }
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        // Looked up only for a capitalized word.
        let stop = || {
            lexicon::with_lower(w, |lw| {
                let lw = lexicon::trim_possessive(lw);
                FUNCTION_WORDS.contains(lw) || TIME_WORDS.contains_key(lw)
            })
        };
        // A name's words are separated by spaces only: `Newswire) - Skyline` is two things.
        let joined = run.last().map_or(true, |&(next, _)| {
            matches!(text[e..next].trim_matches(' '), "" | "&")
        });
        if cap && joined && !stop() {
            run.push((s, e));
        } else if !run.is_empty() {
            break;
        }
    }
    // A lone capitalized word opening the sentence is most often a common noun (`Revenue
    // rose 9.4%`); without entities it is not taken as a subject.
    if run.len() == 1 && run[0].0 == sent_start {
        return None;
    }
    let (&(_, e), &(s, _)) = (run.first()?, run.last()?);
    let name =
        lexicon::trim_possessive(&text[s..e]).trim_end_matches(|c: char| !c.is_alphanumeric());
    (!name.is_empty()).then(|| name.to_string())
}

/// Where a look back from `to` of at most `reach` bytes starts, not before `floor` (a sentence's
/// start) and on a character boundary: every figure of a sentence looks back, and a sentence
/// can run for megabytes, so each look is bounded to stay linear.
fn window_start(text: &str, floor: usize, to: usize, reach: usize) -> usize {
    let mut from = to.saturating_sub(reach).max(floor);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// Every word of `text[from..to]` (runs of letters, digits, apostrophes and `&`), the last
/// first, read back lazily.
fn words_back(text: &str, from: usize, to: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '&');
    // The character ending at byte `k` and where it starts, read without decoding for ASCII.
    let before = move |k: usize| -> Option<(usize, char)> {
        if k <= from {
            return None;
        }
        match text.as_bytes()[k - 1] {
            b if b.is_ascii() => Some((k - 1, char::from(b))),
            _ => text[from..k]
                .chars()
                .next_back()
                .map(|c| (k - c.len_utf8(), c)),
        }
    };
    let mut pos = to;
    std::iter::from_fn(move || {
        // Past the characters between words, then back to the word's first character.
        let end = loop {
            let (k, c) = before(pos)?;
            if is_word(c) {
                break pos;
            }
            pos = k;
        };
        while let Some((k, c)) = before(pos) {
            if !is_word(c) {
                break;
            }
            pos = k;
        }
        Some((pos, end))
    })
}

/// Links earlier figures (`up from $380 million`, `an increase from 1 billion`) to the figure
/// they are set against.
/// `cue_ends` holds where each claim's qualifier cue starts.
fn compare(text: &str, sent_start: usize, group: &mut [Claim], cue_ends: &[usize]) {
    let mut earlier: Vec<Option<&'static str>> = Vec::with_capacity(group.len());
    let mut joined = String::with_capacity(64);
    for &cue_end in cue_ends {
        if !may_end_cue(text, cue_end, sent_start, &COMPARISON_ENDS) {
            earlier.push(None);
            continue;
        }
        // Cue words come before the qualifier's: `up from about $380 million`.
        let before = words_before(text, cue_end, sent_start, MAX_CUE_WORDS);
        // Lowered and joined once: the words from `cut` on are a suffix of it.
        joined.clear();
        let mut starts = [0; MAX_CUE_WORDS];
        join_lower(text, &before, &mut joined, &mut starts);
        let cue = (0..before.len().min(MAX_CUE_WORDS)).find_map(|cut| {
            COMPARISONS
                .get_key_value(&joined[starts[cut]..])
                .map(|(_, v)| *v)
        });
        earlier.push(cue);
    }
    for k in 0..group.len() {
        let Some(direction) = earlier[k] else {
            continue;
        };
        // `from X to Y`: Y is the figure; otherwise the nearest figure before that is not itself
        // an earlier one.
        let to_next = group.get(k + 1).is_some_and(|n| {
            earlier[k + 1].is_none()
                && words_before(text, n.start, sent_start, 1)
                    .first()
                    .is_some_and(|&(s, e)| text[s..e].eq_ignore_ascii_case("to"))
        });
        let anchor = if to_next {
            Some(k + 1)
        } else {
            (k.saturating_sub(MAX_COMPARE_BACK)..k).rev().find(|&a| {
                // Money is set against money in the same currency, not its conversion.
                earlier[a].is_none()
                    && group[a].kind == group[k].kind
                    && (group[a].kind != "money" || group[a].unit == group[k].unit)
            })
        };
        let Some(a) = anchor else { continue };
        let direction = match direction {
            "increase" | "decrease" => direction,
            _ => match (group[a].value, group[k].value) {
                (Some(x), Some(y)) if x > y => "increase",
                (Some(x), Some(y)) if x < y => "decrease",
                _ => continue,
            },
        };
        let id = group[k].id;
        let cmp = group[a].compared_to.get_or_insert_with(|| Comparison {
            ids: Vec::new(),
            direction: direction.to_string(),
        });
        cmp.ids.push(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{numbers, segment};

    fn claims(text: &str) -> Vec<Claim> {
        let blocks = segment::blocks(text);
        let sentences = segment::sentences(text, &blocks);
        extract(text, &sentences, &numbers::recognize(text), &[])
    }

    #[test]
    fn words_after_reads_bytes_as_the_plain_str_reading_does() {
        let texts = [
            "rose 5 per cent to U.S. $4bn, the firm's own-brand sales.",
            "cost £40m\u{a0}in\u{2003}Zürich's naïve café\u{b}tax — réseau, 12\tkm\r\nnorth",
            "a  -b 'c d.' e-- f.g. h’s x.y.z. end.",
            &format!("{} tail", "w".repeat(80)),
        ];
        for text in texts {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&k| text.is_char_boundary(k))
                .collect();
            for &pos in &bounds {
                for &limit in bounds.iter().filter(|&&l| l >= pos) {
                    for n in [1, 3, 6] {
                        assert_eq!(
                            &*words_after(text, pos, limit, n),
                            &*words_after_plain(text, pos, limit, n),
                            "{text:?} {pos} {limit} {n}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn word_readers_keep_up_to_five_words_inline() {
        let text = "so many of the state’s well-known 42 million tonnes of grain, said";
        let at = text.find("42").unwrap();
        let words = |spans: &[(usize, usize)]| -> Vec<&str> {
            spans.iter().map(|&(s, e)| &text[s..e]).collect()
        };
        assert_eq!(
            words(&words_before(text, at, 0, 3)),
            ["the", "state’s", "well-known"]
        );
        let mut after = words_after(text, at + 2, text.len(), MAX_SPANS);
        assert_eq!(words(&after), ["million", "tonnes", "of", "grain"]);
        assert_eq!(after.remove(0), (at + 3, at + 10));
        assert_eq!(words(&after), ["tonnes", "of", "grain"]);
        // Asked for more than it holds, a reader stops at its capacity.
        assert_eq!(words_before(text, text.len(), 0, 9).len(), 1);
        assert_eq!(words_before(text, at, 0, 9).len(), MAX_SPANS);
    }

    fn one(text: &str) -> Claim {
        let c = claims(text);
        assert_eq!(c.len(), 1, "{text}: {c:#?}");
        c.into_iter().next().unwrap()
    }

    #[test]
    fn an_acre_foot_is_a_volume_not_an_area() {
        let c = one("The district lost 52,000 acre-feet of water.");
        assert_eq!(
            (c.text.as_str(), c.unit.as_deref()),
            ("52,000 acre-feet", Some("acre-feet"))
        );
        let c = one("They farm 300 acres.");
        assert_eq!(c.unit.as_deref(), Some("acres"));
    }

    #[test]
    fn a_margin_adverb_is_never_the_unit() {
        let c = claims("She keeps the bib with 612 points, 58 ahead of her rival.");
        assert_eq!(c[1].unit.as_deref(), Some("points"), "{c:#?}");
        let c = claims("Holm scored 11 goals and Denmark came back from four down to win.");
        assert_eq!(c[1].unit.as_deref(), Some("goals"), "{c:#?}");
        let c = one("It said 940 down.");
        assert_eq!(c.unit, None);
    }

    #[test]
    fn a_bare_figure_after_a_measure_in_its_sentence_shares_its_unit() {
        let c =
            claims("Barges carry about 1,100 tonnes instead of the usual 1,500, the union said.");
        assert_eq!(c[1].unit.as_deref(), Some("tonnes"), "{c:#?}");
        // A part of a group is no measure: `three of the four points`.
        let c = claims("The phone was 200 metres from three of the four ignition points.");
        assert_ne!(c[1].unit.as_deref(), Some("metres"), "{c:#?}");
    }

    #[test]
    fn aged_makes_a_figure_an_age_over_a_verb_after_it() {
        let c = claims("Those aged 12 to 18 pay half.");
        assert_eq!(c[0].text, "12 to 18");
        assert_eq!(
            (c[0].kind.as_str(), c[0].unit.as_deref()),
            ("age", Some("years"))
        );
        // A plural noun after the figure is still what it counts.
        let c = claims("Those aged 12 children pay half.");
        assert_eq!(c[0].unit.as_deref(), Some("children"));
    }

    #[test]
    fn a_unit_written_as_a_hyphenated_adjective_keeps_its_words() {
        let c = one("The firm may mine a 23,000-square-kilometre block.");
        assert_eq!(c.unit.as_deref(), Some("square kilometres"));
        assert_eq!(c.text, "23,000-square-kilometre");
        let c = one("They farm a 40-square-mile tract.");
        assert_eq!(c.unit.as_deref(), Some("square miles"));
    }

    #[test]
    fn a_count_written_as_an_adjective_names_its_unit_in_the_plural() {
        for (text, unit) in [
            ("They built a 40-metre mast.", "metres"),
            ("A 12-member board met.", "members"),
            ("It was a 40-foot container.", "feet"),
            ("A two-story house burned.", "stories"),
            ("It plays a 14-match season.", "matches"),
            ("A 22-storey tower rose.", "storeys"),
            ("He ran a 5-km race.", "km"),
            ("It needs a 640-MW plant.", "MW"),
        ] {
            assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
        }
        // One keeps the singular: a one-match ban.
        assert_eq!(adjective_unit("match".into(), 1.0, "match"), "match");
        let two = adjective_unit("square kilometre".into(), 3.0, "square-kilometre");
        assert_eq!(two, "square kilometres");
        assert_eq!(adjective_unit("teu".into(), 40.0, "TEU"), "teu");
        assert_eq!(
            adjective_unit("magnitude".into(), 6.9, "magnitude"),
            "magnitude"
        );
    }

    #[test]
    fn paired_adjectives_leave_the_noun_after_both() {
        let c = one("The suit names about 4,200 current and former residents.");
        assert_eq!(c.unit.as_deref(), Some("residents"));
        assert_eq!(c.text, "4,200 current and former residents");
        // `and` after a noun still ends its phrase before anything but a second plural (the
        // gold counts `20,000 members and guests` together, 21 rows, so `30 nurses and cooks`
        // is now `nurses and cooks`: see `coordinated_noun`).
        let c = one("It hired 30 nurses and a cook.");
        assert_eq!(c.unit.as_deref(), Some("nurses"));
    }

    #[test]
    fn at_most_after_the_amount_bounds_it() {
        let c = one("The buyer could offer 800 shillings at most.");
        assert_eq!(c.qualifier, "at_most");
        let c = one("The trip takes 40 minutes at least.");
        assert_eq!(c.qualifier, "at_least");
        // Before another figure the words are its verb: `and up 1.4 points`.
        let c = claims("The rate was 6.9% and up 1.4 percentage points on the year.");
        assert_eq!(c[0].qualifier, "exact", "{c:#?}");
        let c = one("Tickets cost $200 and up.");
        assert_eq!(c.qualifier, "at_least");
    }

    #[test]
    fn a_count_that_names_a_format_or_rate_is_no_claim() {
        let texts = |t: &str| -> Vec<String> { claims(t).into_iter().map(|c| c.text).collect() };
        assert_eq!(
            texts(
                "She scored a century in a One-Day International and cut the one-week repo rate."
            ),
            Vec::<String>::new()
        );
        // The same count before another noun is a quantity.
        assert_eq!(texts("The union called a one-day strike."), ["one-day"]);
    }

    #[test]
    fn plain_francs_in_a_text_about_a_cfa_country_are_cfa_francs() {
        let c =
            claims("Exporters in Mali earned 14 billion CFA francs, down from 19 billion francs.");
        assert_eq!(c[1].unit.as_deref(), Some("XOF"), "{c:#?}");
        let c = one("The Geneva clinic charged 900 francs.");
        assert_eq!(c.unit.as_deref(), Some("CHF"));
    }

    #[test]
    fn pula_written_p_in_a_text_about_botswana_and_kina() {
        let c = claims("Botswana will pay farmers P4,500 for each animal, P1.1 billion in all.");
        assert_eq!(c.len(), 2, "{c:#?}");
        assert!(c.iter().all(|c| c.unit.as_deref() == Some("BWP")), "{c:#?}");
        // The letter alone is no currency elsewhere.
        assert!(claims("The P1 grade sold out.")
            .iter()
            .all(|c| c.unit.as_deref() != Some("BWP")));
        let c = one("Growers were paid 4.50 kina a kilogram.");
        assert_eq!(c.unit.as_deref(), Some("PGK"));
    }

    #[test]
    fn words_back_reads_the_words_last_first_within_the_window() {
        let t = "Brandt & Kessel’s unit, (sold) 12";
        let words =
            |from, to| -> Vec<&str> { words_back(t, from, to).map(|(s, e)| &t[s..e]).collect() };
        assert_eq!(
            words(0, t.len()),
            ["12", "sold", "unit", "Kessel’s", "&", "Brandt"]
        );
        // A word cut by the window is read from its edge.
        assert_eq!(words(2, 12), ["Kes", "&", "andt"]);
        assert!(words(5, 5).is_empty());
    }

    #[test]
    fn a_cue_is_looked_up_only_after_a_word_that_ends_one() {
        let t = "Sales were more than 5";
        assert!(may_end_cue(t, t.len() - 1, 0, &QUALIFIER_ENDS));
        assert!(qualifier_cue(t, t.len() - 1, 0).is_some());
        let t = "Sales were 5";
        assert!(!may_end_cue(t, t.len() - 1, 0, &QUALIFIER_ENDS));
        assert!(qualifier_cue(t, t.len() - 1, 0).is_none());
    }

    #[test]
    fn context_reads_lengths_phones_ellipses_and_subjects() {
        // A verb of lasting keeps a duration before `before` a length of time.
        let c = one("The walkout lasted three days before talks resumed.");
        assert_eq!((c.value, c.unit.as_deref()), (Some(3.0), Some("days")));
        assert!(claims("Two days before the vote, the party split.").is_empty());
        // Numbers to ring, spelled out or not, are not quantities.
        assert!(claims("Residents were told to call triple zero.").is_empty());
        assert!(claims("Dial 999 if you see smoke.").is_empty());
        let c = one("The defence will call three witnesses.");
        assert_eq!(c.unit.as_deref(), Some("witnesses"));
        // `and one of` takes over the noun of the figure before.
        let c = claims("He admitted 12 counts of theft and one of arson.");
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(
            (c[1].value, c[1].unit.as_deref()),
            (Some(1.0), Some("counts"))
        );
        let c = claims("Four players and one of the coaches fell ill.");
        assert_eq!(c.len(), 1, "{c:#?}");
        // A range of ages after `aged between`.
        let c = one("The patients, aged between 60 and 85, recovered.");
        assert_eq!((c.unit.as_deref(), c.high), (Some("years"), Some(85.0)));
        // A bare figure before a verb people do counts people.
        let c = one("More than 2,000 flee as floods rise.");
        assert_eq!(
            (c.unit.as_deref(), c.text.as_str()),
            (Some("people"), "2,000")
        );
        let c = one("At least 9 died in the crash.");
        assert_eq!(c.unit.as_deref(), Some("people"));
        let c = claims("Police said 37 were killed and 12 have been arrested.");
        let units: Vec<_> = c.iter().map(|c| c.unit.as_deref()).collect();
        assert_eq!(units, [Some("people"), Some("people")]);
        assert_eq!(one("Only 3 were sold.").unit, None);
        // A lower-case `may` is no month: `30 may` is a figure, `30 May` a date.
        assert_eq!(one("Those aged 26 to 30 may apply.").high, Some(30.0));
        assert!(claims("It opened on 30 May.").is_empty());
        // An adverb after the figure is passed over.
        let c = claims("The toll rose to 41, with 12 still missing.");
        assert_eq!(c[1].unit.as_deref(), Some("missing"));
        // `one` in an idiom named by the words on both sides.
        assert!(claims("The parcel arrived in one piece.").is_empty());
        assert!(claims("In one case, a man lost his savings.").is_empty());
        assert_eq!(one("One case was confirmed.").unit.as_deref(), Some("case"));
    }

    #[test]
    fn australian_dollars_and_verb_cues() {
        let c = one("Payments of A$2,500 per household were approved.");
        assert_eq!(
            (c.unit.as_deref(), c.text.as_str()),
            (Some("AUD"), "A$2,500")
        );
        let c = one("A $5 fee applies.");
        assert_eq!((c.unit.as_deref(), c.text.as_str()), (Some("USD"), "$5"));
        let c = one("Losses could exceed £40 million.");
        assert_eq!(c.qualifier, "over");
        assert_eq!(one("It has north of 2 million users.").qualifier, "over");
        assert_eq!(one("Upward of 9,000 marched.").qualifier, "over");
        assert_eq!(one("Shares trade just south of $12.").qualifier, "under");
    }

    #[test]
    fn qualifiers_come_from_cue_words() {
        for (s, q) in [
            ("It has about 40 staff.", "approx"),
            ("It has close to 1 billion users.", "approx"),
            ("Sales were more than $5 million.", "over"),
            ("Downloads far exceeding 1.2 billion.", "over"),
            ("It fell to less than 4 percent.", "under"),
            ("At least 38 people died.", "at_least"),
            ("It could hold up to 150 homeowners.", "at_most"),
            ("They stood within 10 metres of it.", "at_most"),
            ("The figure is closer to 80%.", "approx"),
            // `went up to`: rose to.
            ("The wage went up to 70,000 naira.", "exact"),
            ("We have thousands of developers.", "at_least"),
            ("It sold 40 jets.", "exact"),
        ] {
            assert_eq!(one(s).qualifier, q, "{s}");
        }
        let c = one("downloads far exceeding 1.2 billion.");
        assert_eq!(c.qualifier_text.as_deref(), Some("far exceeding"));
        assert_eq!(c.text, "1.2 billion");
        assert_eq!(c.unit.as_deref(), Some("downloads"));
    }

    #[test]
    fn units_are_the_counted_noun() {
        let c = one("They saw 650 million downloads just five months back.");
        assert_eq!(
            (c.text.as_str(), c.unit.as_deref()),
            ("650 million downloads", Some("downloads"))
        );
        let c = one("tens of thousands of derivative models being downloaded");
        assert_eq!(c.unit.as_deref(), Some("models"));
        assert_eq!(c.value, Some(10000.0));
        assert_eq!(one("It made $3.5m.").unit.as_deref(), Some("USD"));
        assert_eq!(one("It rose 12%.").unit.as_deref(), Some("percent"));
        assert_eq!(one("A 72 km cable.").unit.as_deref(), Some("km"));
        assert_eq!(one("the 23-year-old striker").kind, "age");
        assert_eq!(one("one in five adults").unit.as_deref(), Some("adults"));
        let both = claims("They took 18 shots, seven on target.");
        assert_eq!(both[1].unit.as_deref(), Some("shots"));
    }

    #[test]
    fn a_bare_figure_given_as_the_number_of_a_thing_counts_it() {
        let c = claims("The number of licensed kiosks has fallen from 3,400 in 2010 to 1,900.");
        let units: Vec<_> = c.iter().map(|c| c.unit.as_deref()).collect();
        assert_eq!(units, [Some("kiosks"), Some("kiosks")]);
        // `a number of` is a vague amount, not the measure of one.
        let c = one("A number of stalls were shut, and 40 reopened.");
        assert_ne!(c.unit.as_deref(), Some("stalls"));
    }

    #[test]
    fn the_bare_end_of_a_change_in_money_is_in_its_currency() {
        let c = claims("In Amman the voucher went from 32 dinars to 23, the agency said.");
        let units: Vec<_> = c.iter().map(|c| c.unit.as_deref()).collect();
        assert_eq!(units, [Some("JOD"), Some("JOD")]);
        // Without `from` the figure after `to` is no end of a change from the amount.
        let c = claims("In Amman a 32 dinars bonus went to 23 of them.");
        assert_ne!(c.last().and_then(|c| c.unit.as_deref()), Some("JOD"));
    }

    #[test]
    fn a_part_of_a_counted_whole_counts_its_noun() {
        let c = claims("The plant puts about 850 of its 3,400 jobs at risk.");
        let units: Vec<_> = c.iter().map(|c| c.unit.as_deref()).collect();
        assert_eq!(units, [Some("jobs"), Some("jobs")]);
    }

    #[test]
    fn an_age_after_a_particle_surname_is_an_age() {
        let c = one("\"It hurts,\" said Khaled al-Hariri, 46, who sells rice.");
        assert_eq!((c.kind.as_str(), c.unit.as_deref()), ("age", Some("years")));
        // A hyphenated given name keeps its capital in front.
        let c = one("Its chief, Lee Jae-young, 52, spoke.");
        assert_eq!((c.kind.as_str(), c.unit.as_deref()), ("age", Some("years")));
    }

    #[test]
    fn coordinated_modifiers_of_one_plural_are_dropped() {
        let unit = |text: &str| one(text).unit;
        assert_eq!(
            unit("The bank has 700 rural and urban branches.").as_deref(),
            Some("branches")
        );
        assert_eq!(
            unit("It sold 90 new and used tractors.").as_deref(),
            Some("tractors")
        );
        // Coordinated plurals stay as they are, and a group noun is no modifier.
        assert_eq!(
            unit("About 40 crew and dock workers left.").as_deref(),
            Some("crew")
        );
    }

    #[test]
    fn determiners_setting_the_things_apart_are_passed_over() {
        let unit = |text: &str| one(text).unit;
        assert_eq!(
            unit("Five other bidders withdrew.").as_deref(),
            Some("bidders")
        );
        assert_eq!(
            unit("The town has 12 such kilns.").as_deref(),
            Some("kilns")
        );
    }

    #[test]
    fn a_participle_reaches_over_noun_modifiers_to_its_plural() {
        let unit = |text: &str| one(text).unit;
        // The participle alone would have left no noun after the figure.
        assert!(
            unit("There are 300 licensed taxi drivers.").is_some_and(|u| u.ends_with("drivers"))
        );
        assert!(
            unit("It runs 14 automated parcel lockers.").is_some_and(|u| u.ends_with("lockers"))
        );
        // With no plural ahead, a participle closing the phrase is still the group itself.
        assert_eq!(
            unit("Police said 230 injured, most of them badly.").as_deref(),
            Some("injured")
        );
    }

    #[test]
    fn a_noun_naming_a_kind_stays_in_the_unit_and_adjectives_do_not() {
        let unit = |text: &str| one(text).unit;
        assert_eq!(
            unit("The firm hired 11 bus drivers.").as_deref(),
            Some("bus drivers")
        );
        assert_eq!(
            unit("It bought four tunnel boring machines.").as_deref(),
            Some("tunnel boring machines")
        );
        // Two noun modifiers at most, after an adjective that is dropped.
        assert_eq!(
            unit("It has 30 new grain silos.").as_deref(),
            Some("grain silos")
        );
        // Adjectives by ending, in the lists, participles, capitals and plurals stay out.
        assert_eq!(
            unit("It named two regional governors.").as_deref(),
            Some("governors")
        );
        assert_eq!(
            unit("They own 19,000 wooden pirogues.").as_deref(),
            Some("pirogues")
        );
        assert_eq!(
            unit("It serves 98,000 poor households.").as_deref(),
            Some("households")
        );
        assert_eq!(
            unit("There were 312 confirmed cases.").as_deref(),
            Some("cases")
        );
        assert_eq!(unit("It ordered 40 Airbus jets.").as_deref(), Some("jets"));
        assert_eq!(
            unit("It runs 30 inner-city routes.").as_deref(),
            Some("routes")
        );
        // Demonyms and abbreviations keep their capitals.
        assert_eq!(
            unit("It helps 7 million Americans.").as_deref(),
            Some("Americans")
        );
        assert_eq!(unit("It sold 12 SUVs.").as_deref(), Some("SUVs"));
        // A capitalized modifier joins no unit; a title-cased head is lowered.
        assert_eq!(unit("He had 40 Bus Drivers.").as_deref(), Some("drivers"));
        assert!(is_noun_modifier("bus") && !is_noun_modifier("daily") && !is_noun_modifier("fish"));
    }

    #[test]
    fn adjectives_are_skipped_and_ages_and_placed_times_read() {
        let c = one("The operation involved 26 medical staff working in shifts.");
        assert_eq!(
            (c.text.as_str(), c.unit.as_deref()),
            ("26 medical staff", Some("staff"))
        );
        let c = one("They tracked pupils over two academic years.");
        assert_eq!(
            (c.unit.as_deref(), c.qualifier.as_str()),
            (Some("years"), "exact")
        );
        let both = claims("Its 104 seats left it 12 short of a majority.");
        assert_eq!(both[1].unit.as_deref(), Some("seats"));
        assert_eq!(one("Elena Voss dies at 88").unit.as_deref(), Some("years"));
        assert_eq!(one("She was 88.").kind, "age");
        assert_ne!(one("The team was 12 points behind.").kind, "age");
        assert!(claims("I have a unit coming in two weeks.").is_empty());
        let rain = claims("Rainfall topped 180 millimetres in 24 hours.");
        assert_eq!(rain.len(), 2);
        assert_eq!(one("It cost 49,600 cedis.").unit.as_deref(), Some("GHS"));
        assert_eq!(one("A 750Wh battery.").unit.as_deref(), Some("Wh"));
    }

    #[test]
    fn the_counted_noun_is_found_around_the_figure() {
        let unit = |s: &str, k: usize| claims(s)[k].unit.clone();
        // Participles and time words before a plural noun are its adjectives.
        assert_eq!(
            unit("It has 312 confirmed cases.", 0).as_deref(),
            Some("cases")
        );
        assert_eq!(
            unit("It turned down two earlier bids.", 0).as_deref(),
            Some("bids")
        );
        // Closing the phrase, a participle is the group counted.
        assert_eq!(
            unit("14 dead and some 230 injured", 1).as_deref(),
            Some("injured")
        );
        // A bare figure before a verb people do counts people.
        assert_eq!(unit("He said 230 died.", 0).as_deref(), Some("people"));
        // The group a part is taken from.
        let banks = "All four of the country's biggest banks cut rates.";
        assert_eq!(unit(banks, 0).as_deref(), Some("banks"));
        assert_eq!(
            unit("They won five of their first 17 games.", 0).as_deref(),
            Some("games")
        );
        // A noun before a verb of change; people after a verb of harm.
        assert_eq!(
            unit("Mortgage approvals rose to 4,973.", 0).as_deref(),
            Some("approvals")
        );
        assert_eq!(unit("Apple shares rose to 190.", 0), None);
        let quake = "A quake kills at least 14 in Peru.";
        assert_eq!(unit(quake, 0).as_deref(), Some("people"));
        assert_eq!(unit("Floods displace tens of thousands.", 0), None);
        // A named scale, and a later decimal figure read on it.
        let q = claims("A magnitude 8.4 quake hit. Aftershocks numbered 120, the strongest 5.2.");
        let units: Vec<_> = q.iter().map(|c| c.unit.as_deref()).collect();
        assert_eq!(
            units,
            [Some("magnitude"), Some("aftershocks"), Some("magnitude")]
        );
        assert_eq!(q[0].text, "8.4");
        // A multiple is no count of occasions.
        let c = one("It rose to three times the usual rate.");
        assert_eq!((c.unit.as_deref(), c.kind.as_str()), (None, "ratio"));
        assert_eq!(
            unit("They met three times a week.", 0).as_deref(),
            Some("times")
        );
        // A fraction of one unit keeps it; a fraction of a group has none.
        assert_eq!(
            unit("The gap was three tenths of a second.", 0).as_deref(),
            Some("seconds")
        );
        assert_eq!(unit("Half of the seats were empty.", 0), None);
        // A possessive after `times` opens the thing multiplied.
        for s in [
            "The price is eight times Acme's annual revenue.",
            "Hay sold at three times last year's price.",
        ] {
            assert_eq!(unit(s, 0), None, "{s}");
        }
        assert_eq!(
            unit("They met three times this month.", 0).as_deref(),
            Some("times")
        );
        // An age in a relative clause, even after another figure.
        let kids = claims("She has two children. Her son, who is four, was ill.");
        assert_eq!(
            (kids[1].kind.as_str(), kids[1].unit.as_deref()),
            ("age", Some("years"))
        );
    }

    #[test]
    fn verb_cues_and_idioms() {
        assert_eq!(one("Measles passes 300 cases").qualifier, "over");
        assert_eq!(
            one("Council passes $1.84 billion budget").qualifier,
            "exact"
        );
        assert_eq!(one("It costs perhaps 20% more.").qualifier, "approx");
        assert_eq!(one("jailed over $48 million fraud").qualifier, "exact");
        assert_eq!(one("revenue of over $48 million").qualifier, "over");
        assert!(claims("“Ask me again in ten years!” she said.").is_empty());
        assert!(claims("Prices will keep going one way.").is_empty());
        assert!(claims("I walked until four in the morning.").is_empty());
    }

    #[test]
    fn pounds_groups_and_names_before_the_noun() {
        let w = claims("babies weighing less than 2 kilograms (4.4 pounds).");
        assert_eq!(
            (w[1].unit.as_deref(), w[1].kind.as_str()),
            (Some("pounds"), "measure")
        );
        assert_eq!(one("It cost 40 pounds.").unit.as_deref(), Some("GBP"));
        // A plural coordinated with the counted noun is counted with it.
        let rides = one("The park will have 22 rides and slides, the firm said.");
        assert_eq!(
            (rides.text.as_str(), rides.unit.as_deref()),
            ("22 rides and slides", Some("rides and slides"))
        );
        let guests = one("It hosted 20,000 members and guests.");
        assert_eq!(guests.unit.as_deref(), Some("members and guests"));
        // Not a verb in -s after `and`, nor a noun that opens a phrase of its own.
        let bank = one("It employs 19,000 people and operates the network.");
        assert_eq!(bank.unit.as_deref(), Some("people"));
        let staff = one("It has 62 people and plans to hire more.");
        assert_eq!(staff.unit.as_deref(), Some("people"));
        let games = one("He played 11 games and is now injured.");
        assert_eq!(games.unit.as_deref(), Some("games"));
        let flowers = one("It sells 12 billion flowers and plants a year.");
        assert_eq!(flowers.unit.as_deref(), Some("flowers"));
        // `40-odd boats`: about 40 boats.
        let odd = one("He owns 40-odd boats that fish the bay.");
        assert_eq!(
            (
                odd.text.as_str(),
                odd.unit.as_deref(),
                odd.qualifier.as_str()
            ),
            ("40-odd boats", Some("boats"), "approx")
        );
        let makers = one("The country's 7,000-odd garment makers protested.");
        assert_eq!(makers.unit.as_deref(), Some("garment makers"));
        // Pounds of a substance weigh; pounds of what money is spent as are sterling.
        let lobster = one("Fishermen landed about 1.4 million pounds of lobster last year.");
        assert_eq!(lobster.unit.as_deref(), Some("pounds"));
        let funding = one("The council won 2 million pounds of funding.");
        assert_eq!(funding.unit.as_deref(), Some("GBP"));
        let theirs = one("They lost 5 million pounds of their savings.");
        assert_eq!(theirs.unit.as_deref(), Some("GBP"));
        assert_eq!(one("Her crew of nine baked.").unit.as_deref(), Some("crew"));
        assert_eq!(
            one("It orders 40 Airbus jets.").unit.as_deref(),
            Some("jets")
        );
        let installs =
            claims("It has 25 million installs, more than double the 11 million in June.");
        assert_eq!(installs[2].unit.as_deref(), Some("installs"));
    }

    #[test]
    fn durations_that_place_a_time_and_deadlines() {
        // Placing a time: after an event, a calendar stretch of the year.
        for s in [
            "Crews reached Varnholt on Sunday, six days after the storm.",
            "Sales rose in the first eight months of the year.",
        ] {
            assert!(claims(s).is_empty(), "{s}: {:?}", claims(s));
        }
        // A length, even before `before`: a cue or a verb of lasting keeps it.
        let c = one("The intruders sat in the network for at least five weeks before the attack.");
        assert_eq!((c.value, c.qualifier.as_str()), (Some(5.0), "at_least"));
        let c = one("Mr Orlov studied the site for nearly three years before he bid.");
        assert_eq!((c.value, c.qualifier.as_str()), (Some(3.0), "approx"));
        let c = claims("It earned $4 million in its first 12 days.");
        assert_eq!(
            c.iter().map(|c| c.value).collect::<Vec<_>>(),
            [Some(4e6), Some(12.0)]
        );
        // `within` bounds the span of time as it bounds a distance. (This once asserted
        // `exact`; the grown gold reads `within N days` as `at_most` about two times in three.)
        let c = one("Refunds will be paid within 21 days.");
        assert_eq!((c.value, c.qualifier.as_str()), (Some(21.0), "at_most"));
        assert!(claims("The road reopened within a week.").is_empty());
    }

    #[test]
    fn nouns_after_modifiers_and_ordinal_thirds() {
        let unit = |s: &str| one(s).unit;
        assert_eq!(
            unit("The fund had four serious bidders.").as_deref(),
            Some("bidders")
        );
        assert_eq!(
            unit("It will hire 120 more nurses.").as_deref(),
            Some("nurses")
        );
        assert_eq!(
            unit("It kept all 38 cleaning staff.").as_deref(),
            Some("staff")
        );
        assert_eq!(
            unit("Police sought two masked men.").as_deref(),
            Some("men")
        );
        assert_eq!(
            unit("The city hired 30 traffic wardens.").as_deref(),
            Some("wardens")
        );
        // `bonus` is no plural, so `points` is the head; the gold keeps a noun naming the kind
        // with it (`six bonus seconds` -> `bonus seconds`, `two match points`), so the unit
        // is `bonus points` (it was `points` before noun modifiers were kept).
        assert_eq!(
            unit("It won four bonus points.").as_deref(),
            Some("bonus points")
        );
        // `a third` before a noun of sequence is an ordinal; before others, a fraction.
        for s in [
            "Exports fell for a third consecutive month.",
            "He ran for a third term.",
        ] {
            assert!(claims(s).is_empty(), "{s}: {:?}", claims(s));
        }
        let third = one("A third fewer crashes were seen.")
            .value
            .unwrap_or_default();
        assert!((third - 1.0 / 3.0).abs() < 1e-9, "{third}");
    }

    #[test]
    fn compound_units_verbs_and_ages_after_figures() {
        let unit = |t: &str| one(t).unit;
        assert_eq!(
            unit("Levels reached 11.7 micrograms per litre.").as_deref(),
            Some("micrograms per litre")
        );
        assert_eq!(
            unit("It harvests 900 kilograms per hectare.").as_deref(),
            Some("kilograms")
        );
        assert_eq!(
            unit("The utility has 15 working days to reply.").as_deref(),
            Some("working days")
        );
        assert_eq!(
            unit("It followed three record years.").as_deref(),
            Some("years")
        );
        assert_eq!(unit("Nearly 2.8 million came by sea.").as_deref(), None);
        // Before a plural the past is a participle describing it.
        let made = one("Its starters have combined for just 41 made three-pointers.");
        assert_eq!(
            (made.text.as_str(), made.unit.as_deref()),
            ("41 made three-pointers", Some("made three-pointers"))
        );
        // `as` ends in -s but is no plural: the past before it stays a verb.
        assert_eq!(
            unit("Nearly 2.8 million came as cruise passengers.").as_deref(),
            None
        );
        // A count between the past and its plural keeps the past a verb.
        let sent = claims("Of the 12 teams, seven sent three cars to the start.");
        assert!(
            sent.iter()
                .any(|c| c.text == "three cars" && c.unit.as_deref() == Some("cars")),
            "{sent:#?}"
        );
        assert_eq!(
            unit("Those over the age of 55 said so.").as_deref(),
            Some("years")
        );
        assert_eq!(
            unit("It is half a kilometre long.").as_deref(),
            Some("kilometre")
        );
    }

    #[test]
    fn exchange_rates_and_vague_money() {
        let c = claims("The rand slipped 1.2% to 18.40 against the dollar on Monday.");
        assert_eq!(c[1].unit.as_deref(), Some("ZAR"));
        assert_eq!(
            one("The yen fell past 149 per dollar.").unit.as_deref(),
            Some("JPY")
        );
        // Without a currency before it a figure is no rate.
        assert_eq!(
            one("Sales rose to 40 per dollar spent.").unit.as_deref(),
            Some("sales")
        );
        assert_eq!(
            one("It cost them millions of euros.").unit.as_deref(),
            Some("EUR")
        );
        // A rupee shared by several countries is the one the article's amounts are read in.
        let c = claims(
            "Pakistan held rates. The rupee was at 280.45 per dollar. Pakistan's mills pay \
             38 rupees a unit.",
        );
        assert_eq!(c[0].unit.as_deref(), Some("PKR"), "{c:#?}");
        assert_eq!(
            one("The rupee was at 83.2 per dollar.").unit.as_deref(),
            Some("INR")
        );
    }

    #[test]
    fn minor_units_are_given_in_the_articles_currency() {
        let c = claims("Fares rose to C$3.40, up 52 cents. A stamp is 40p dearer.");
        let got: Vec<_> = c
            .iter()
            .map(|c| (c.value, c.unit.as_deref(), c.minor_unit.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Some(3.4), Some("CAD"), None),
                (Some(0.52), Some("CAD"), Some("cents")),
                (Some(0.4), Some("GBP"), Some("p")),
            ]
        );
        // The currency may come after; with none in the text, cents are US cents.
        let c = claims("It was 95 cents, not €1.30.");
        assert_eq!(c[0].unit.as_deref(), Some("EUR"));
        let c = one("Shares fell 12 cents.");
        assert_eq!((c.value, c.unit.as_deref()), (Some(0.12), Some("USD")));
        // Counted against the major unit, cents are a proportion and stay as written.
        let c = one("The bonds gained 3 cents on the dollar.");
        assert_eq!((c.value, c.unit.as_deref()), (Some(3.0), Some("cents")));
        let c = &claims("The rate will rise by 6 cents per $100 of value.")[0];
        assert_eq!((c.value, c.unit.as_deref()), (Some(6.0), Some("cents")));
        let c = one("The dividend rose to 6 cents a share.");
        assert_eq!((c.value, c.unit.as_deref()), (Some(0.06), Some("USD")));
    }

    #[test]
    fn as_many_as_is_a_ceiling() {
        let c = one("The hall will take as many as 450 guests.");
        assert_eq!((c.value, c.qualifier.as_str()), (Some(450.0), "at_most"));
        assert_eq!(one("Shares fell as much as 6.2%.").qualifier, "at_most");
    }

    #[test]
    fn non_claims_are_dropped() {
        for s in [
            "In 2024 the firm grew.",
            "It opened on March 3.",
            "The Qwen 3 launch.",
            "A Boeing 737 landed.",
            "It runs Windows 11.",
            "Flight 370 vanished.",
            "Call 555-123-4567 now.",
            "They won 3-1.",
            "It was the first ever event.",
            "It was five months back.",
            "Two years ago it failed.",
            "At 10:30 it began.",
            "It is one of the best.",
            "It came third.",
            "In the first half they led.",
            "Operating profit for the half rose.",
            "She lives at 10 Downing Street.",
            "Call 020 7946 0958.",
        ] {
            assert!(claims(s).is_empty(), "{s}: {:?}", claims(s));
        }
        // A share stays a quantity whatever precedes it, but `the` alone.
        assert_eq!(claims("Sales fell by half.").len(), 1);
        assert_eq!(claims("About half the staff left.").len(), 1);
    }

    #[test]
    fn ages_units_as_written_and_lists() {
        let c = one("Hale, 54, pleaded guilty.");
        assert_eq!((c.kind.as_str(), c.unit.as_deref()), ("age", Some("years")));
        assert!(claims("The school opened in 1871, with pupils.").is_empty());
        assert_eq!(one("It reached 215 km/h.").unit.as_deref(), Some("km/h"));
        assert_eq!(
            one("It makes 15 megawatts.").unit.as_deref(),
            Some("megawatts")
        );
        assert_eq!(one("A 6.7-inch screen.").unit.as_deref(), Some("inches"));
        assert_eq!(one("It took over four years.").qualifier, "exact");
        assert_eq!(one("Some waited more than 40 weeks.").qualifier, "over");
        assert_eq!(one("Others waited longer than 13 weeks.").qualifier, "over");
        assert_eq!(one("Many waited 9 hours or longer.").qualifier, "at_least");
        assert_eq!(one("Sales crossed 700 units.").qualifier, "over");
        assert_eq!(
            one("It handled 9.2 million TEU.").unit.as_deref(),
            Some("TEU")
        );
        let l = claims("They baked roughly 1,200 rolls, 300 loaves and cakes.");
        assert_eq!(l[1].qualifier, "approx");
        assert_eq!(one("Some 104 seats left.").unit.as_deref(), Some("seats"));
        assert_eq!(
            one("the 230 million or so that it sells").qualifier,
            "approx"
        );
        assert_eq!(
            one("it undercuts rivals by $200 or more.").qualifier,
            "at_least"
        );
        // An age's open end: `65 and older` is at least 65, `5 and under` at most 5.
        assert_eq!(
            one("seniors aged 65 and older who qualify").qualifier,
            "at_least"
        );
        assert_eq!(
            one("children aged 5 or under are free").qualifier,
            "at_most"
        );
        assert_eq!(
            one("the yen weakened past 151 per dollar").qualifier,
            "over"
        );
        let r = one("keep two or three small partners happy");
        assert_eq!(
            (r.value, r.high, r.unit.as_deref()),
            (Some(2.0), Some(3.0), Some("partners"))
        );
    }

    #[test]
    fn ranges_are_one_claim() {
        let c = one("It will cost $4.1 billion to $4.3 billion.");
        assert_eq!((c.value, c.high), (Some(4.1e9), Some(4.3e9)));
        let c = one("About 4-5 million homes.");
        assert_eq!(
            (c.value, c.high, c.qualifier.as_str()),
            (Some(4e6), Some(5e6), "approx")
        );
        assert_eq!(c.unit.as_deref(), Some("homes"));
    }

    #[test]
    fn time_subject_and_comparison() {
        let text = "Acme Corp said revenue was $420 million in the third quarter, up from $380 million a year earlier.";
        let c = claims(text);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].time.as_ref().unwrap().text, "in the third quarter");
        assert_eq!(c[1].time.as_ref().unwrap().text, "a year earlier");
        let cmp = c[0].compared_to.as_ref().unwrap();
        assert_eq!(
            (cmp.ids.as_slice(), cmp.direction.as_str()),
            (&[1][..], "increase")
        );
        assert_eq!(c[0].subject.as_deref(), Some("Acme Corp"));
        // A lone capitalized word opening a sentence is no subject without entities.
        assert_eq!(claims("Revenue rose 9.4%.")[0].subject, None);
        assert_eq!(
            claims("Brandt & Kessel said it saves 5 million.")[0]
                .subject
                .as_deref(),
            Some("Brandt & Kessel")
        );
        // Nor is a name across punctuation.
        assert_eq!(
            claims("LONDON (Wire) - Skyline Air bought 40 jets.")[0]
                .subject
                .as_deref(),
            Some("Skyline Air")
        );
        let d = claims("Sales fell to $2 million from $3 million.");
        let cmp = d[0].compared_to.as_ref().unwrap();
        assert_eq!(
            (cmp.ids.as_slice(), cmp.direction.as_str()),
            (&[1][..], "decrease")
        );
    }

    #[test]
    fn a_name_in_an_aside_is_not_the_subject() {
        let text = "Sofía Paredes, on loan from Colombian side Santa Fe, made five saves.";
        let names = [("Sofía Paredes", "PERSON"), ("Santa Fe", "ORG")];
        assert_eq!(
            first_subject(text, &names).as_deref(),
            Some("Sofía Paredes")
        );
        // An aside that is the subject itself (`In 2023, Meta, the parent of Facebook, had`)
        // leaves the name before the aside.
        let text = "In 2023, Meta, the parent of Facebook, had 3 billion users.";
        let names = [("Meta", "ORG"), ("Facebook", "PRODUCT")];
        assert_eq!(first_subject(text, &names).as_deref(), Some("Meta"));
    }

    #[test]
    fn a_name_after_a_conjunction_heads_its_clause() {
        let text = "Grey Bank rose, while Harbor Trust, the largest lender, made 66.4%.";
        let names = [("Grey Bank", "ORG"), ("Harbor Trust", "ORG")];
        assert_eq!(first_subject(text, &names).as_deref(), Some("Harbor Trust"));
    }

    /// The subject of the first claim of `text`, its entities the `names` (surface, type) given.
    fn first_subject(text: &str, names: &[(&str, &str)]) -> Option<String> {
        let blocks = segment::blocks(text);
        let sentences = segment::sentences(text, &blocks);
        let mentions: Vec<Mention> = names
            .iter()
            .map(|&(surface, kind)| mention_at(text, surface, kind))
            .collect();
        let c = extract(text, &sentences, &numbers::recognize(text), &mentions);
        c.into_iter().next()?.subject
    }

    /// A mention of `surface`, the first in `text`, as the entities stage would hand it over.
    fn mention_at(text: &str, surface: &str, kind: &str) -> Mention {
        let start = text.find(surface).unwrap();
        Mention {
            text: surface.into(),
            kind: kind.into(),
            canonical: surface.into(),
            start,
            end: start + surface.len(),
        }
    }

    #[test]
    fn subject_prefers_mentions() {
        let text = "Meta AI is close to 1 billion users.";
        let blocks = segment::blocks(text);
        let sentences = segment::sentences(text, &blocks);
        let mention = Mention {
            text: "Meta AI".into(),
            kind: "PRODUCT".into(),
            canonical: "Meta AI".into(),
            start: 0,
            end: 7,
        };
        let c = extract(text, &sentences, &numbers::recognize(text), &[mention]);
        assert_eq!(c[0].subject.as_deref(), Some("Meta AI"));
        assert_eq!(claims(text)[0].subject.as_deref(), Some("Meta AI"));
    }
}

#[cfg(test)]
mod fuzz {
    use crate::{numbers, segment};

    /// Random mixtures of the pieces numbers are made of never panic, and every claim slices
    /// back to its text.
    #[test]
    fn random_number_soup_never_panics() {
        let pieces = [
            "1",
            "2,5",
            "3.",
            ".4",
            "$",
            "£",
            "€",
            "¥",
            "%",
            "-",
            "–",
            "/",
            "^",
            "e",
            "k",
            "m",
            "bn",
            "million",
            "one",
            "twenty",
            "hundred",
            "and",
            "a",
            "half",
            "third",
            "of",
            "thousands",
            "tens",
            "between",
            "to",
            "from",
            "up from",
            "more than",
            "about",
            "(",
            ")",
            "\"",
            "“",
            "”",
            "’s",
            "'s",
            "U.S.",
            "p.m.",
            "March",
            "Tuesday",
            "ago",
            "years",
            "-year-old",
            "km",
            "per cent",
            "points",
            "½",
            "é",
            "日本",
            "\n\n",
            ". ",
            ", ",
            " ",
            "Qwen",
            "in",
            "every",
            "minus",
            "point",
            "dozen",
            "RM",
            "US",
            "G",
            "x",
            "'",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..(seed % 40) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
                if seed % 3 == 0 {
                    s.push(' ');
                }
            }
            seed = seed.wrapping_add(0x9e37_79b9);
            let blocks = segment::blocks(&s);
            let sentences = segment::sentences(&s, &blocks);
            let nums = numbers::recognize(&s);
            for n in &nums {
                assert_eq!(&s[n.start..n.end], n.text, "{s:?}");
            }
            for c in super::extract(&s, &sentences, &nums, &[]) {
                assert_eq!(&s[c.start..c.end], c.text, "{s:?}");
            }
        }
    }
}
