//! The number recognizer: every number in a text, normalized, before any claim filter.
//!
//! (First cut: plain digits. The numbers issue grows this into the full recognizer.)

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::span::Span;

/// What sort of number was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    /// A plain count or amount.
    Number,
}

/// One number found in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Number {
    /// The number as written.
    pub text: String,
    /// Its value.
    pub value: f64,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// What it is.
    pub kind: NumberKind,
}

impl Number {
    /// Where it is.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

static DIGITS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b").unwrap());

/// Finds every number in `text`, in order.
pub fn recognize(text: &str) -> Vec<Number> {
    DIGITS
        .find_iter(text)
        .filter_map(|m| {
            let value = m.as_str().replace(',', "").parse().ok()?;
            Some(Number {
                text: m.as_str().to_string(),
                value,
                start: m.start(),
                end: m.end(),
                kind: NumberKind::Number,
            })
        })
        .collect()
}
