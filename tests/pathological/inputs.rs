//! Generators of pathological inputs, any size: what makes text tools go quadratic or overflow
//! their stack. Shared by the pathological tests and `benches/pathological.rs` (which includes
//! this file by path), so that the README's ratios are measured on what the tests check.

use std::fmt::Write;

/// One kind of pathological input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Words, stops, figures and quotes with no whitespace anywhere: one endless token.
    NoWhitespace,
    /// Nothing but quote marks of every kind, never balanced.
    QuoteMarks,
    /// Nothing but digits: one endless number.
    Digits,
    /// Digits with thousands separators and decimal points: `1,234,567.8.9,1...`.
    GroupedDigits,
    /// One bulleted list item per line.
    ListLines,
    /// Brackets and quotes nested as deep as the size allows, then closed.
    NestedBrackets,
    /// One sentence that never ends: words and figures, no stop.
    EndlessSentence,
    /// Capitalized words without end: one endless candidate name.
    EndlessName,
    /// Quotations opened and never closed, with speakers and speech verbs between them.
    UnclosedQuotes,
}

impl Kind {
    /// Every kind, in table order.
    pub const ALL: [Kind; 9] = [
        Kind::NoWhitespace,
        Kind::QuoteMarks,
        Kind::Digits,
        Kind::GroupedDigits,
        Kind::ListLines,
        Kind::NestedBrackets,
        Kind::EndlessSentence,
        Kind::EndlessName,
        Kind::UnclosedQuotes,
    ];

    /// Its name in test output and in the benchmark.
    pub fn name(self) -> &'static str {
        match self {
            Kind::NoWhitespace => "no_whitespace",
            Kind::QuoteMarks => "quote_marks",
            Kind::Digits => "digits",
            Kind::GroupedDigits => "grouped_digits",
            Kind::ListLines => "list_lines",
            Kind::NestedBrackets => "nested_brackets",
            Kind::EndlessSentence => "endless_sentence",
            Kind::EndlessName => "endless_name",
            Kind::UnclosedQuotes => "unclosed_quotes",
        }
    }
}

/// Repeats `unit(i)` for i = 0, 1, ... until the text holds at least `bytes` bytes.
fn fill(bytes: usize, mut unit: impl FnMut(usize, &mut String)) -> String {
    let mut s = String::with_capacity(bytes + 64);
    let mut i = 0;
    while s.len() < bytes {
        unit(i, &mut s);
        i += 1;
    }
    s
}

/// One list item.
fn item(i: usize, s: &mut String) {
    writeln!(s, "- Item {i} costs ${i}.5m, up {}%", i % 100).unwrap();
}

/// Brackets and quotes nested `depth` deep, a few words at some levels, then all closed.
fn nested(bytes: usize) -> String {
    const OPEN: [&str; 7] = ["(", "[", "{", "“", "\"", "‘", "'"];
    const CLOSE: [&str; 7] = [")", "]", "}", "”", "\"", "’", "'"];
    let mut s = String::with_capacity(bytes + 64);
    let mut depth = 0;
    // Each closer is as wide as its opener: count them in before writing them.
    let mut closing = 0;
    while s.len() + closing < bytes {
        s.push_str(OPEN[depth % OPEN.len()]);
        closing += CLOSE[depth % CLOSE.len()].len();
        if depth % 97 == 0 {
            s.push_str("Acme said 5 ");
        }
        depth += 1;
    }
    for i in (0..depth).rev() {
        s.push_str(CLOSE[i % CLOSE.len()]);
    }
    s
}

/// An input of `kind` of about `bytes` bytes (at least that many, at most one unit more).
pub fn make(kind: Kind, bytes: usize) -> String {
    match kind {
        // Stops followed by capitals with no space are where a segmenter looks back for the word
        // before the stop; abbreviations and initials make it look further.
        Kind::NoWhitespace => fill(bytes, |_, s| {
            s.push_str("Acme.Corp,sold1.2million.Widgets,e.g.U.S.A.Mr.Smith!Why?é€5%")
        }),
        Kind::QuoteMarks => fill(bytes, |_, s| s.push_str("\"“”‘’'«»„‹›\"'")),
        Kind::Digits => fill(bytes, |_, s| s.push_str("0123456789")),
        Kind::GroupedDigits => fill(bytes, |_, s| s.push_str("1,234,567.8.9,")),
        Kind::ListLines => fill(bytes, item),
        Kind::NestedBrackets => nested(bytes),
        Kind::EndlessSentence => fill(bytes, |i, s| {
            write!(s, "the council of Acme said {i} people and ").unwrap();
        }),
        Kind::EndlessName => fill(bytes, |_, s| {
            s.push_str("Harbor Bank Chris Cox Acme Inc Mr Okonkwo New York University Ms Roe ")
        }),
        Kind::UnclosedQuotes => fill(bytes, |i, s| {
            write!(
                s,
                "“We will rise {i}%, said Jane Roe, a spokesperson for Acme. \"It "
            )
            .unwrap();
        }),
    }
}

/// A list of exactly `lines` items, one a line.
pub fn list(lines: usize) -> String {
    let mut s = String::new();
    for i in 0..lines {
        item(i, &mut s);
    }
    s
}
