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

use crate::fasthash::{FastMap, FastSet};
use crate::lexicon;
use crate::numbers::{Number, NumberKind};
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
static FUNCTION_WORDS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::entries(include_str!("data/function_words.txt")).collect());
static NOT_CLAIM_BEFORE: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::entries(include_str!("data/not_claim_before.txt")).collect());
static STREET_WORDS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::entries(include_str!("data/street_words.txt")).collect());
static PRONOUN_DETERMINERS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::entries(include_str!("data/pronoun_determiners.txt")).collect());
static UNIT_MODIFIERS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::entries(include_str!("data/unit_modifiers.txt")).collect());
static AGE_CUES: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    lexicon::map(include_str!("data/age_cues.tsv"))
        .into_iter()
        .collect()
});
static FUTURE_PLACERS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::entries(include_str!("data/future_placers.txt")).collect());
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

/// How far before a figure its subject is looked for, in bytes.
const SUBJECT_WINDOW: usize = 240;

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
    let times: Vec<(usize, usize)> = TIME.find_iter(text).map(|m| (m.start(), m.end())).collect();
    let mut claims: Vec<Claim> = Vec::new();
    for n in numbers {
        let Some(si) = sentence_of(sentences, n.start) else {
            continue;
        };
        let sent = sentences[si].span;
        // A number read across a sentence break is not one figure.
        if n.end > sent.end
            || !is_claim(text, n, sent.start)
            || claims.last().is_some_and(|c| n.start < c.end)
        {
            continue;
        }
        if n.kind == NumberKind::Duration && places_time(text, n, sent.start) {
            continue;
        }
        let previous = claims.last().filter(|c| c.sentence + 1 >= si);
        let (end, unit) = unit_of(text, n, sent.end, si, previous);
        let (mut qualifier, mut qualifier_text) = qualifier_of(text, n, sent.start, sent.end);
        // `over four years` is a span of time, not more than it.
        let time_unit = unit
            .as_deref()
            .is_some_and(|u| TIME_WORDS.get(u) == Some(&"period"));
        if (n.kind == NumberKind::Duration || time_unit) && qualifier == "over" {
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
        let age = is_age_apposition(text, n, sent.start)
            || (unit.is_none() && is_age_statement(text, n, sent.start, sent.end));
        let (kind, unit) = if age {
            ("age", Some("years".to_string()))
        } else {
            (kind_name(n.kind), unit)
        };
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
            if between.first() == Some(&"of") && between.len() <= 2 {
                let unit = claims[k].unit.clone();
                claims[k - 1].unit = unit;
            }
        }
    }
    attribute(text, sentences, &mut claims, mentions, &times);
    claims
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
    // spaces must not be rescanned for every figure in it).
    words_before(text, sent_start + before.len(), sent_start, 1)
        .first()
        .and_then(|&(s, _)| text[s..].chars().next())
        .is_some_and(char::is_uppercase)
}

/// `dies at 88`, `She was 88.`, `now 39 and`: a bare whole number after an age cue.
fn is_age_statement(text: &str, n: &Number, sent_start: usize, limit: usize) -> bool {
    if n.kind != NumberKind::Count || n.value.fract() != 0.0 || !(1.0..=120.0).contains(&n.value) {
        return false;
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
        Some(&"any") => true,
        Some(_) => {
            let after = text[n.end..limit].trim_start();
            after.is_empty() || after.starts_with(['.', ',', ';', ')']) || after.starts_with("and ")
        }
        None => false,
    }
}

/// `be in 24 hours`, `coming in two weeks`: a duration placing a point in the future.
fn places_time(text: &str, n: &Number, sent_start: usize) -> bool {
    let before = words_before(text, n.start, sent_start, 2);
    let [(a, _), (_, e)] = before[..] else {
        return false;
    };
    FUTURE_PLACERS.contains(text[a..e].to_lowercase().as_str())
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
fn words_before(text: &str, pos: usize, floor: usize, n: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = pos;
    while out.len() < n {
        let before = &text[floor..i];
        let trimmed = before.trim_end();
        if trimmed.len() == before.len() && !out.is_empty() {
            break; // two words must be separated by space
        }
        let end = floor + trimmed.len();
        let start = trimmed
            .char_indices()
            .rev()
            .take(MAX_WORD)
            .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
            .last()
            .map_or(end, |(k, _)| floor + k);
        if start == end {
            break;
        }
        out.push((start, end));
        i = start;
    }
    out.reverse();
    out
}

/// Words after `pos` up to `limit`, stopping at punctuation other than an abbreviation's dot.
fn words_after(text: &str, pos: usize, limit: usize, n: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
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
        // `U.S.` keeps its final dot.
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
    let next_word: String = after
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    // A list marker: `1. ` or `2) ` opening a sentence.
    if n.start == sent_start && (text[n.end..].starts_with(". ") || text[n.end..].starts_with(") "))
    {
        return false;
    }
    let before = words_before(text, n.start, sent_start, 1);
    let prev = before
        .first()
        .map(|&(s, e)| text[s..e].to_lowercase())
        .unwrap_or_default();
    // A duration that only places a time: five months back, two years ago, on 71 minutes.
    if n.kind == NumberKind::Duration
        && (TIME_WORDS.get(next_word.as_str()) == Some(&"relative")
            || TIME_WORDS.get(prev.as_str()) == Some(&"placing"))
    {
        return false;
    }
    // `the first half`, `the second half`: a position, not a quantity.
    if NOT_CLAIM_BEFORE.contains(prev.as_str()) && n.kind == NumberKind::Fraction {
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
                STREET_WORDS.contains(text[s..e].to_lowercase().trim_end_matches('.'))
            })
        {
            return false;
        }
    }
    let lower = n.text.to_lowercase();
    // `one of the`, `this one`: a pronoun.
    if lower == "one"
        && (next_word == "of"
            || next_word.is_empty()
            || FUNCTION_WORDS.contains(next_word.as_str())
            || PRONOUN_DETERMINERS.contains(prev.as_str()))
    {
        return false;
    }
    true
}

/// The counted noun and where the claim's text ends.
fn unit_of(
    text: &str,
    n: &Number,
    limit: usize,
    sentence: usize,
    previous: Option<&Claim>,
) -> (usize, Option<String>) {
    match n.kind {
        NumberKind::Money | NumberKind::Percent | NumberKind::PercentagePoints => {
            return (n.end, n.unit.clone())
        }
        NumberKind::Age => return (n.end, Some("years".to_string())),
        NumberKind::Measure | NumberKind::Duration => {
            // The unit as written: `megawatts`, `GW`, `metres`.
            // The unit as written (`megawatts`, `km/h`, `metres`), or its canonical plural when
            // written as an adjective (`6.7-inch` -> inches, `three-month` -> months).
            let written = n
                .unit_start
                .filter(|&u| u >= n.start && u <= n.end)
                .map(|u| text[u..n.end].trim_start_matches('-').to_lowercase());
            let unit = match (written, &n.unit) {
                (Some(w), Some(c)) if c.to_lowercase().starts_with(&w) => Some(c.clone()),
                (Some(w), _) if !w.is_empty() => Some(w),
                (_, c) => c.clone(),
            };
            return (n.end, unit);
        }
        NumberKind::Fraction | NumberKind::Multiplier => return (n.end, None),
        _ => {}
    }
    // A hyphenated count: a 30-date tour, a 19-year history.
    if let Some(rest) = text[n.end..limit].strip_prefix('-') {
        let len = rest
            .char_indices()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(0, |(k, c)| k + c.len_utf8());
        let word = rest[..len].to_lowercase();
        if len > 0 && !FUNCTION_WORDS.contains(word.as_str()) {
            let end = n.end + 1 + len;
            return (end, Some(word));
        }
    }
    let mut words = words_after(text, n.end, limit, MAX_CUE_WORDS + 1);
    if n.kind == NumberKind::Vague
        && words
            .first()
            .is_some_and(|&(s, e)| text[s..e].eq_ignore_ascii_case("of"))
    {
        words.remove(0);
    }
    // The noun phrase after the number; its head is its first plural word (`derivative models
    // being`, `seats left`), else its first word (`people live`, `children attend`).
    let mut phrase: Vec<(usize, usize)> = Vec::new();
    for (k, &(s, e)) in words.iter().enumerate() {
        let w = &text[s..e];
        let lw = w.to_lowercase();
        let first_char = w.chars().next().unwrap_or(' ');
        // After adjectives only, a time word is the counted noun: two full days.
        let only_modifiers = !phrase.is_empty()
            && phrase
                .iter()
                .all(|&(s, e)| UNIT_MODIFIERS.contains(text[s..e].to_lowercase().as_str()));
        if only_modifiers && TIME_WORDS.get(lw.as_str()) == Some(&"period") {
            phrase.push((s, e));
            break;
        }
        if FUNCTION_WORDS.contains(lw.as_str())
            || TIME_WORDS.contains_key(lw.trim_end_matches('.'))
            || first_char.is_ascii_digit()
            || lw.ends_with("ed")
            || (k > 0 && (lw.ends_with("ing") || lw.ends_with("ly")))
        {
            break;
        }
        phrase.push((s, e));
        // A comma or other punctuation right after ends the phrase.
        if !text[e..].starts_with(char::is_whitespace) {
            break;
        }
    }
    let plural = |&&(s, e): &&(usize, usize)| {
        let w = &text[s..e];
        w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s") && !w.ends_with("’s")
    };
    // Adjectives before the noun are not it (`26 medical staff`); adjectives alone leave no
    // noun after the number (`12 short of`).
    phrase.retain(|&(s, e)| !UNIT_MODIFIERS.contains(text[s..e].to_lowercase().as_str()));
    let head = phrase
        .iter()
        .position(|p| plural(&p))
        .map(|k| phrase[k])
        .or(phrase.first().copied());
    if let Some((_, e)) = head {
        let (s, _) = head.unwrap_or_default();
        let noun = text[s..e].trim_end_matches('.').to_lowercase();
        let noun = noun
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string();
        return (e, Some(noun));
    }
    // A noun before the cue: `downloads far exceeding 1.2 billion`.
    let before = words_before(text, n.start, 0, MAX_CUE_WORDS + 1);
    let lowered: Vec<String> = before
        .iter()
        .map(|&(s, e)| text[s..e].to_lowercase())
        .collect();
    for cut in 1..lowered.len() {
        let cue = lowered[cut..].join(" ");
        if QUALIFIERS.contains_key(cue.as_str()) {
            let w = &lowered[cut - 1];
            if !FUNCTION_WORDS.contains(w.as_str()) && w.ends_with('s') {
                return (n.end, Some(w.clone()));
            }
            break;
        }
    }
    // A bare figure after another counts the same thing: 18 shots, seven on target; we have
    // 14 boats. We need at least 40.
    let ends_clause = text[n.end..limit].trim_start().is_empty()
        || text[n.end..].starts_with([',', '.', ';', '”', '"', ')']);
    let unit = previous
        .filter(|p| p.kind == "count" && (p.sentence == sentence || ends_clause))
        .and_then(|p| p.unit.clone());
    (n.end, unit)
}

/// The longest qualifier cue right before `start`: its qualifier and span.
fn qualifier_cue(
    text: &str,
    start: usize,
    sent_start: usize,
) -> Option<(&'static str, usize, usize)> {
    let before = words_before(text, start, sent_start, MAX_CUE_WORDS);
    // The words lowered and joined once; each shorter cue is a suffix of that string.
    let mut joined = String::new();
    let mut starts = [0; MAX_CUE_WORDS];
    for (k, &(s, e)) in before.iter().enumerate() {
        if k > 0 {
            joined.push(' ');
        }
        starts[k] = joined.len();
        let w = &text[s..e];
        if w.is_ascii() {
            joined.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            // `str::to_lowercase`, not per character: a final sigma lowers as such.
            joined.push_str(&w.to_lowercase());
        }
    }
    (0..before.len()).find_map(|cut| {
        let q = QUALIFIERS.get(&joined[starts[cut]..])?;
        Some((*q, before[cut].0, before[before.len() - 1].1))
    })
}

/// The qualifier read from the cue words right before the number, or right after it.
fn qualifier_of(
    text: &str,
    n: &Number,
    sent_start: usize,
    limit: usize,
) -> (String, Option<String>) {
    if let Some((q, s, e)) = qualifier_cue(text, n.start, sent_start) {
        return (q.to_string(), Some(text[s..e].to_string()));
    }
    let after = words_after(text, n.end, limit, 2);
    if after.len() == 2 {
        let cue = text[after[0].0..after[1].1].to_lowercase();
        if let Some(q) = QUALIFIERS_AFTER.get(cue.as_str()) {
            return (
                q.to_string(),
                Some(text[after[0].0..after[1].1].to_string()),
            );
        }
    }
    let q = if n.kind == NumberKind::Vague {
        "at_least"
    } else {
        "exact"
    };
    (q.to_string(), None)
}

/// Fills in subject, time and comparisons, sentence by sentence.
fn attribute(
    text: &str,
    sentences: &[Sentence],
    claims: &mut [Claim],
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
        compare(text, sent.start, group);
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
    let m = before()
        .find(|m| !matches!(m.kind.as_str(), "PLACE" | "EVENT"))
        .or_else(|| before().next());
    if let Some(m) = m {
        return Some(m.canonical.clone());
    }
    // Without entities: the nearest run of capitalized words before the figure.
    // Only a bounded window before the figure is read, so that a long run-on "sentence" with
    // many figures stays linear; a subject further away is too uncertain anyway.
    let mut from = start.saturating_sub(SUBJECT_WINDOW).max(sent_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let words = words_before_any(text, from, start);
    let mut run: Vec<(usize, usize)> = Vec::new();
    for &(s, e) in words.iter().rev() {
        let w = &text[s..e];
        if w == "&" && !run.is_empty() {
            continue; // Brandt & Kessel
        }
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let lw = w.to_lowercase();
        let lw = lw.trim_end_matches("'s").trim_end_matches("’s");
        let stop = FUNCTION_WORDS.contains(lw) || TIME_WORDS.contains_key(lw);
        // A name's words are separated by spaces only: `Newswire) - Skyline` is two things.
        let joined = run.last().map_or(true, |&(next, _)| {
            matches!(text[e..next].trim_matches(' '), "" | "&")
        });
        if cap && !stop && joined {
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
    let name = text[s..e]
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    (!name.is_empty()).then(|| name.to_string())
}

/// Every word of `text[from..to]`, in order.
fn words_before_any(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (k, c) in text[from..to].char_indices() {
        let word = c.is_alphanumeric() || matches!(c, '\'' | '’' | '&');
        match (word, start) {
            (true, None) => start = Some(from + k),
            (false, Some(s)) => {
                out.push((s, from + k));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, to));
    }
    out
}

/// Links earlier figures (`up from $380 million`, `an increase from 1 billion`) to the figure
/// they are set against.
fn compare(text: &str, sent_start: usize, group: &mut [Claim]) {
    let mut earlier: Vec<Option<&'static str>> = Vec::with_capacity(group.len());
    for c in group.iter() {
        // Cue words come before the qualifier's: `up from about $380 million`.
        let cue_end = qualifier_cue(text, c.start, sent_start).map_or(c.start, |q| q.1);
        let before = words_before(text, cue_end, sent_start, MAX_CUE_WORDS);
        let lowered: Vec<String> = before
            .iter()
            .map(|&(s, e)| text[s..e].to_lowercase())
            .collect();
        let cue = (0..lowered.len()).find_map(|cut| {
            COMPARISONS
                .get_key_value(lowered[cut..].join(" ").as_str())
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
            (k.saturating_sub(MAX_COMPARE_BACK)..k)
                .rev()
                .find(|&a| earlier[a].is_none() && group[a].kind == group[k].kind)
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

    fn one(text: &str) -> Claim {
        let c = claims(text);
        assert_eq!(c.len(), 1, "{text}: {c:#?}");
        c.into_iter().next().unwrap()
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
            "She lives at 10 Downing Street.",
            "Call 020 7946 0958.",
        ] {
            assert!(claims(s).is_empty(), "{s}: {:?}", claims(s));
        }
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
