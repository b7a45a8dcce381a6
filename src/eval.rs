//! Scoring records against hand-written gold annotations (`corpus/gold/NAME.json`, written as
//! `../shared/ANNOTATION.md` says).
//!
//! Each task is matched per article and the counts are summed over articles (micro-average):
//! entities unique by canonical name and type, aliases counting as the same entity; claims matched
//! by value, then checked for unit and qualifier; quotes matched by word overlap of at least 0.8,
//! then checked for speaker; sentences matched as exact strings.

use std::collections::HashSet;
use std::ops::AddAssign;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};
use crate::record::Record;

/// The gold annotation of one article.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct Gold {
    /// One row per distinct entity.
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    /// One row per stated quantity (a range is two rows).
    #[serde(default)]
    pub claims: Vec<GoldClaim>,
    /// One row per direct quotation.
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    /// Every sentence exactly as in the text.
    #[serde(default)]
    pub sentences: Vec<String>,
}

/// A gold entity.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct GoldEntity {
    /// The fullest name used in the article.
    pub name: String,
    /// `PERSON`, `ORG`, `PLACE`, `PRODUCT` or `EVENT`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Every other surface form used for it.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A gold claim.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct GoldClaim {
    /// The number phrase as written.
    pub text: String,
    /// Its value in natural units.
    pub value: Option<f64>,
    /// The counted noun, ISO code or `percent`.
    #[serde(default)]
    pub unit: Option<String>,
    /// `exact`, `approx`, `over`, `under`, `at_least` or `at_most`.
    #[serde(default = "exact")]
    pub qualifier: String,
}

fn exact() -> String {
    "exact".to_string()
}

/// A gold quote.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct GoldQuote {
    /// The quoted words without marks.
    pub text: String,
    /// Canonical speaker, description, or null.
    #[serde(default)]
    pub speaker: Option<String>,
}

impl Gold {
    /// Reads a gold file.
    pub fn read(path: &Path) -> Result<Gold, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        serde_json::from_str(&text).map_err(|err| {
            Error::new(ErrorKind::Json {
                path: path.to_path_buf(),
                err,
            })
        })
    }
}

/// Matched, spurious and missed items of one task.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Items found that are in the gold.
    pub tp: usize,
    /// Items found that are not.
    pub fp: usize,
    /// Gold items not found.
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp); 1 when nothing was found and nothing was expected.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// tp / (tp + fn).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

impl AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

/// Right answers out of those checked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Accuracy {
    /// How many were right.
    pub right: usize,
    /// How many were checked.
    pub total: usize,
}

impl Accuracy {
    /// right / total; 1 when nothing was checked.
    pub fn value(&self) -> f64 {
        ratio(self.right, self.total)
    }

    fn check(&mut self, ok: bool) {
        self.total += 1;
        self.right += usize::from(ok);
    }
}

impl AddAssign for Accuracy {
    fn add_assign(&mut self, o: Accuracy) {
        self.right += o.right;
        self.total += o.total;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The scores of one article, or the sum over several.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Scores {
    /// Entities, unique by canonical name and type.
    pub entities: Counts,
    /// Mentions of gold names whose canonical name is the gold entity's.
    pub canonical: Accuracy,
    /// Claims matched by value.
    pub claims: Counts,
    /// Matched claims with the gold unit.
    pub claim_unit: Accuracy,
    /// Matched claims with the gold qualifier.
    pub claim_qualifier: Accuracy,
    /// Quotes matched by word overlap.
    pub quotes: Counts,
    /// Matched quotes with the gold speaker.
    pub quote_speaker: Accuracy,
    /// Sentences matched as exact strings.
    pub sentences: Counts,
}

impl AddAssign for Scores {
    fn add_assign(&mut self, o: Scores) {
        self.entities += o.entities;
        self.canonical += o.canonical;
        self.claims += o.claims;
        self.claim_unit += o.claim_unit;
        self.claim_qualifier += o.claim_qualifier;
        self.quotes += o.quotes;
        self.quote_speaker += o.quote_speaker;
        self.sentences += o.sentences;
    }
}

/// Scores one record against its gold annotation.
pub fn score(record: &Record, gold: &Gold) -> Scores {
    let mut s = Scores::default();
    score_entities(record, gold, &mut s);
    score_claims(record, gold, &mut s);
    score_quotes(record, gold, &mut s);
    s.sentences = match_strings(
        record.sentences.iter().map(|x| x.text.as_str()),
        gold.sentences.iter().map(String::as_str),
    );
    s
}

fn names(e: &GoldEntity) -> impl Iterator<Item = &str> {
    std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str))
}

fn score_entities(record: &Record, gold: &Gold, s: &mut Scores) {
    let found: HashSet<(&str, &str)> = record
        .entities
        .iter()
        .map(|m| (m.canonical.as_str(), m.kind.as_str()))
        .collect();
    let mut found: Vec<_> = found.into_iter().collect();
    found.sort();
    let mut matched = vec![false; gold.entities.len()];
    for (canonical, kind) in found {
        let hit = gold
            .entities
            .iter()
            .position(|g| g.kind == kind && names(g).any(|n| n.eq_ignore_ascii_case(canonical)));
        match hit {
            Some(i) if !matched[i] => {
                matched[i] = true;
                s.entities.tp += 1;
            }
            // A second name for an entity already found: the same entity, not a spurious one;
            // the canonical-name accuracy below charges the failure to link it.
            Some(_) => {}
            None => s.entities.fp += 1,
        }
    }
    s.entities.fn_ = matched.iter().filter(|m| !**m).count();
    for m in &record.entities {
        let owners: Vec<&GoldEntity> = gold
            .entities
            .iter()
            .filter(|g| names(g).any(|n| n.eq_ignore_ascii_case(&m.text)))
            .collect();
        if !owners.is_empty() {
            s.canonical.check(
                owners
                    .iter()
                    .any(|g| g.name.eq_ignore_ascii_case(&m.canonical)),
            );
        }
    }
}

/// One value a record states: a claim, or one end of a range.
struct Stated<'r> {
    value: f64,
    text: &'r str,
    unit: Option<&'r str>,
    qualifier: &'r str,
}

fn score_claims(record: &Record, gold: &Gold, s: &mut Scores) {
    let mut stated: Vec<Stated> = Vec::new();
    for c in &record.claims {
        for v in [c.value, c.high].into_iter().flatten() {
            stated.push(Stated {
                value: v,
                text: &c.text,
                unit: c.unit.as_deref(),
                qualifier: &c.qualifier,
            });
        }
    }
    let mut used = vec![false; stated.len()];
    for g in &gold.claims {
        let Some(gv) = g.value else { continue };
        let candidates = || {
            stated
                .iter()
                .enumerate()
                .filter(|(i, x)| !used[*i] && same_value(x.value, gv))
                .map(|(i, _)| i)
        };
        // Prefer the stated value whose text holds the gold text, so repeated figures pair up
        // with the right mention.
        let pick = candidates()
            .find(|&i| stated[i].text.contains(g.text.as_str()) || g.text.contains(stated[i].text))
            .or_else(|| candidates().next());
        match pick {
            Some(i) => {
                used[i] = true;
                s.claims.tp += 1;
                s.claim_unit
                    .check(same_unit(stated[i].unit, g.unit.as_deref()));
                s.claim_qualifier.check(stated[i].qualifier == g.qualifier);
            }
            None => s.claims.fn_ += 1,
        }
    }
    s.claims.fp = used.iter().filter(|u| !**u).count();
}

/// A stated value `a` matches the gold value `g` when they are equal to a millionth, or when the
/// gold writes a repeating fraction rounded to three or more decimals (`two-thirds` as 0.6667)
/// and `a` rounds to it: the annotator could not write the value exactly.
fn same_value(a: f64, g: f64) -> bool {
    if (a - g).abs() <= 1e-6 * a.abs().max(g.abs()).max(1.0) {
        return true;
    }
    let written = g.to_string();
    let decimals = written.split_once('.').map_or(0, |(_, d)| d.len());
    if !(3..=8).contains(&decimals) {
        return false;
    }
    let scale = 10f64.powi(decimals as i32);
    (a * scale).round() == (g * scale).round()
}

/// Units compare without case and without a plural `s`: the gold writes "singular or as written".
fn same_unit(a: Option<&str>, b: Option<&str>) -> bool {
    fn norm(u: &str) -> String {
        let u = u.trim().to_lowercase();
        u.strip_suffix('s').map(str::to_string).unwrap_or(u)
    }
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => norm(a) == norm(b),
        _ => false,
    }
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Shared words (as a multiset) over the longer word count.
fn overlap(a: &[String], b: &[String]) -> f64 {
    let mut rest: Vec<&String> = b.iter().collect();
    let mut common = 0;
    for w in a {
        if let Some(p) = rest.iter().position(|x| *x == w) {
            rest.swap_remove(p);
            common += 1;
        }
    }
    let n = a.len().max(b.len());
    if n == 0 {
        1.0
    } else {
        common as f64 / n as f64
    }
}

fn score_quotes(record: &Record, gold: &Gold, s: &mut Scores) {
    let found: Vec<Vec<String>> = record.quotes.iter().map(|q| words(&q.text)).collect();
    let mut used = vec![false; found.len()];
    for g in &gold.quotes {
        let gw = words(&g.text);
        let best = (0..found.len())
            .filter(|&i| !used[i])
            .map(|i| (i, overlap(&gw, &found[i])))
            .filter(|&(_, o)| o >= 0.8)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((i, _)) => {
                used[i] = true;
                s.quotes.tp += 1;
                let speaker = record.quotes[i].speaker.as_deref();
                s.quote_speaker
                    .check(match (speaker, g.speaker.as_deref()) {
                        (Some(a), Some(b)) => same_speaker(a, b),
                        (a, b) => a == b,
                    });
            }
            None => s.quotes.fn_ += 1,
        }
    }
    s.quotes.fp = used.iter().filter(|u| !**u).count();
}

/// True when two speakers agree: the same name, or two descriptions of an unnamed speaker of
/// which one is the other cut short at a word (`a spokesperson` and `a spokesperson for Health
/// Canada`), both opening with a lower-case `a`, `an` or `the`.
fn same_speaker(a: &str, b: &str) -> bool {
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    let described = |s: &str| ["a ", "an ", "the "].iter().any(|d| s.starts_with(d));
    if !described(a) || !described(b) {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.get(..short.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(short))
        && long[short.len()..].starts_with(' ')
}

fn match_strings<'a>(
    found: impl Iterator<Item = &'a str>,
    gold: impl Iterator<Item = &'a str>,
) -> Counts {
    let mut rest: Vec<&str> = found.collect();
    let mut c = Counts::default();
    for g in gold {
        match rest.iter().position(|f| *f == g) {
            Some(p) => {
                rest.remove(p);
                c.tp += 1;
            }
            None => c.fn_ += 1,
        }
    }
    c.fp = rest.len();
    c
}

/// The headline figure of each task, by name, as the floors file and `--format json` use them.
pub fn figures(s: &Scores) -> Vec<(&'static str, f64)> {
    vec![
        ("sentences_f1", s.sentences.f1()),
        ("entities_f1", s.entities.f1()),
        ("entities_canonical", s.canonical.value()),
        ("claims_f1", s.claims.f1()),
        ("claims_unit", s.claim_unit.value()),
        ("claims_qualifier", s.claim_qualifier.value()),
        ("quotes_f1", s.quotes.f1()),
        ("quotes_speaker", s.quote_speaker.value()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rounded_repeating_fraction_in_gold_matches_the_exact_value() {
        assert!(same_value(2.0 / 3.0, 0.6667));
        assert!(same_value(1.0 / 3.0, 0.333));
        assert!(same_value(1_200_000_000.0, 1.2e9));
        // Few decimals are a value as written, not a rounding: 0.54 is not 0.5.
        assert!(!same_value(0.54, 0.5));
        assert!(!same_value(0.67, 0.6667));
        assert!(!same_value(2.0 / 3.0, 0.6668));
    }

    fn gold(json: &str) -> Gold {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn an_unnamed_speaker_matches_a_shorter_or_longer_description() {
        assert!(same_speaker(
            "a spokesperson",
            "a spokesperson for Health Canada"
        ));
        assert!(same_speaker("an economist at a bank", "an economist"));
        assert!(same_speaker("Chris Cox", "chris cox"));
        // A word cut in half, another description, or a name is no match.
        assert!(!same_speaker("a spokes", "a spokesperson"));
        assert!(!same_speaker("a spokesman", "a spokesperson for the city"));
        assert!(!same_speaker("Chris", "Chris Cox"));
        assert!(!same_speaker("A spokesperson", "A spokesperson for Acme"));
        assert!(!same_speaker("a spokesperson", "the spokesperson"));
    }

    #[test]
    fn counts_give_precision_recall_f1() {
        let c = Counts {
            tp: 3,
            fp: 1,
            fn_: 2,
        };
        assert_eq!(c.precision(), 0.75);
        assert_eq!(c.recall(), 0.6);
        assert!((c.f1() - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-12);
    }

    #[test]
    fn sentences_and_claims_are_matched() {
        let text = "Sales rose 12% to $4 billion. It was fine.";
        let mut r = crate::extract("-", text);
        r.claims = vec![crate::record::Claim {
            id: 0,
            text: "12%".into(),
            value: Some(12.0),
            high: None,
            unit: Some("percent".into()),
            kind: "percent".into(),
            qualifier: "exact".into(),
            qualifier_text: None,
            start: 11,
            end: 14,
            sentence: 0,
            subject: None,
            time: None,
            compared_to: None,
            minor_unit: None,
        }];
        let g = gold(
            r#"{"sentences": ["Sales rose 12% to $4 billion.", "It was fine."],
                "claims": [{"text": "12%", "value": 12, "unit": "percent", "qualifier": "exact"},
                           {"text": "$4 billion", "value": 4e9, "unit": "USD", "qualifier": "exact"}]}"#,
        );
        let s = score(&r, &g);
        assert_eq!(
            s.sentences,
            Counts {
                tp: 2,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            s.claims,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(s.claim_unit, Accuracy { right: 1, total: 1 });
    }

    #[test]
    fn quote_overlap_tolerates_small_differences() {
        let a = words("We have thousands of developers contributing models.");
        let b = words("We have thousands of developers contributing models");
        assert_eq!(overlap(&a, &b), 1.0);
        assert!(overlap(&a, &words("We have developers")) < 0.8);
    }

    #[test]
    fn units_compare_without_case_or_plural() {
        assert!(same_unit(Some("Downloads"), Some("download")));
        assert!(!same_unit(Some("USD"), None));
    }
}
