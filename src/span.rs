//! Byte spans into the unchanged input text.
//!
//! Every stage of the pipeline reports where things are as a [`Span`]: a half-open range of byte
//! offsets into the article exactly as it was read. The text is never rewritten, so a span can
//! always be checked by slicing the input.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the original input, on UTF-8 character boundaries.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Makes a span; `start` must not be after `end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// The text this span covers.
    ///
    /// # Panics
    /// When the span is out of bounds or not on character boundaries: a bug in the stage that
    /// made it, never a property of the input.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies wholly inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span shrunk to exclude leading and trailing whitespace of `text`.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let trimmed = s.trim();
        Span::new(self.start + lead, self.start + lead + trimmed.len())
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_keeps_offsets_into_the_input() {
        let text = "  héllo  world ";
        let span = Span::new(0, text.len()).trim(text);
        assert_eq!(span.slice(text), "héllo  world");
        assert_eq!(span.start, 2);
    }

    #[test]
    fn contains_and_overlaps() {
        let a = Span::new(0, 10);
        assert!(a.contains(Span::new(2, 10)));
        assert!(!a.contains(Span::new(2, 11)));
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
        assert_eq!(a.cover(Span::new(12, 14)), Span::new(0, 14));
    }
}
