//! The fact record: the output contract of `../shared/FACT-RECORD.md`, and nothing else.
//!
//! Every field the contract names keeps its name and meaning; the extra fields (paragraphs,
//! sentence text, claim context, quote parts) are there so that a person can read a record.
//! Stages build these types at their end; their working types stay private to them.

use serde::{Deserialize, Serialize, Serializer};

use crate::span::Span;

/// Version of this record layout; raised whenever a field changes meaning.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything claimex extracts from one article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Version of the record layout ([`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The input path as given, `-` for standard input, or the id of a JSON Lines article.
    pub source: String,
    /// `text`, `markdown` or `html`: what the input was read as.
    pub format: String,
    /// The text the offsets refer to, when it is not the input file itself (HTML articles).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Paragraphs (blocks separated by blank lines, or headings and list items), in order.
    pub paragraphs: Vec<Paragraph>,
    /// Every sentence, in order.
    pub sentences: Vec<Sentence>,
    /// One per mention of a named entity, in text order.
    pub entities: Vec<Mention>,
    /// One per direct quotation, in text order.
    pub quotes: Vec<Quote>,
    /// One per numeric expression that states a quantity, in text order.
    pub claims: Vec<Claim>,
}

/// A block of text: a paragraph, a heading, a list item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// `text`, `heading`, `list_item` or `byline`.
    pub kind: String,
}

/// A sentence, without surrounding whitespace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// Index into [`Record::paragraphs`] of the paragraph holding it.
    pub paragraph: usize,
    /// The sentence as written.
    pub text: String,
}

/// One mention of a named entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The mention as written, without a possessive `'s`.
    pub text: String,
    /// `PERSON`, `ORG`, `PLACE`, `PRODUCT` or `EVENT`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The fullest name this mention refers to in the article.
    pub canonical: String,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

/// A direct quotation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words without the quote marks; the parts of an interrupted quotation joined by
    /// one space.
    pub text: String,
    /// Canonical name of the speaker, a description (`a spokesperson`), or null.
    pub speaker: Option<String>,
    /// The speaker's title or role when the text gives one (`Chief Product Officer`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_title: Option<String>,
    /// The words in the text that name the speaker (a name, a pronoun, a description).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_span: Option<Span>,
    /// Byte offset of the opening quote mark.
    pub start: usize,
    /// Byte offset one past the closing quote mark (or the paragraph's end when unclosed).
    pub end: usize,
    /// Each quoted part's content, without its marks.
    pub parts: Vec<Span>,
    /// True when the quotation has no closing mark before its paragraph ends.
    #[serde(default, skip_serializing_if = "is_false")]
    pub unclosed: bool,
}

/// A numeric claim: a stated quantity with its context.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Position of the claim in [`Record::claims`], used by `compared_to`.
    pub id: usize,
    /// The number phrase with the counted thing, without qualifier cue words.
    pub text: String,
    /// The quantity in natural units as written (`1.2 billion` -> 1200000000).
    #[serde(serialize_with = "number_or_null")]
    pub value: Option<f64>,
    /// Upper end of a range, with `value` its lower end.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "number_or_null"
    )]
    pub high: Option<f64>,
    /// The counted noun, an ISO 4217 code for money, `percent` for percentages.
    pub unit: Option<String>,
    /// `count`, `money`, `percent`, `percentage_points`, `measure`, `ratio`, `age` or `duration`.
    pub kind: String,
    /// `exact`, `approx`, `over`, `under`, `at_least` or `at_most`.
    pub qualifier: String,
    /// The cue words the qualifier was read from (`far exceeding`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier_text: Option<String>,
    /// Byte offset of the first character of `text`.
    pub start: usize,
    /// Byte offset one past the last character of `text`.
    pub end: usize,
    /// Index into [`Record::sentences`] of the sentence holding it.
    pub sentence: usize,
    /// Whose figure it is: a canonical entity name, else a noun phrase; null when unsure.
    pub subject: Option<String>,
    /// The time expression tied to the figure, as written.
    pub time: Option<TimeRef>,
    /// The earlier figures this one is set against, when the sentence compares them.
    pub compared_to: Option<Comparison>,
    /// The minor unit money was written in (`cents`, `pence`, `p`) when `value` and `unit`
    /// give it in its currency's major unit (`52 cents` -> 0.52 `CAD`); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minor_unit: Option<String>,
}

/// A time expression tied to a claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRef {
    /// The expression as written (`in mid-March`).
    pub text: String,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

/// Figures a claim is compared to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    /// Ids of the claims it is set against.
    pub ids: Vec<usize>,
    /// `increase` or `decrease` from those figures to this one.
    pub direction: String,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Writes whole numbers without a fractional part (`1200000000`, not `1200000000.0`), so that a
/// record reads as the article does.
fn number_or_null<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match *v {
        Some(x) if x.is_finite() && x.fract() == 0.0 && x.abs() < 9.0e15 => {
            s.serialize_i64(x as i64)
        }
        Some(x) if x.is_finite() => s.serialize_f64(x),
        _ => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_values_serialize_as_integers() {
        #[derive(Serialize)]
        struct V(#[serde(serialize_with = "number_or_null")] Option<f64>);
        assert_eq!(
            serde_json::to_string(&V(Some(1.2e9))).unwrap(),
            "1200000000"
        );
        assert_eq!(serde_json::to_string(&V(Some(4.5))).unwrap(), "4.5");
        assert_eq!(serde_json::to_string(&V(None)).unwrap(), "null");
        assert_eq!(serde_json::to_string(&V(Some(f64::NAN))).unwrap(), "null");
    }
}
