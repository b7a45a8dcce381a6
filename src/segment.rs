//! Segmentation: paragraphs (blocks), sentences and words, as spans into the unchanged input.
//!
//! Blocks are split on blank lines; a single line break inside a block is a soft wrap unless the
//! line before it is plainly a heading, a byline or a list item. Sentences never cross a block.
//! Sentence boundaries are decided at candidate stops (`.`, `?`, `!`, `…`) by named rules, the
//! first rule that claims a stop winning, in the manner of SRX: the text is never rewritten.

use std::collections::HashSet;
use std::sync::LazyLock;

use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon;
use crate::span::Span;

static ABBREVIATIONS: LazyLock<HashSet<String>> =
    LazyLock::new(|| lexicon::lower_set(include_str!("data/abbreviations.txt")));
static HONORIFICS: LazyLock<HashSet<String>> =
    LazyLock::new(|| lexicon::lower_set(include_str!("data/honorifics.txt")));

/// What kind of block a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// Running text.
    Text,
    /// A headline or subheading (a Markdown `#` line or a short line without a final stop).
    Heading,
    /// A bulleted or numbered list item.
    ListItem,
}

impl BlockKind {
    /// The name used in records.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Text => "text",
            BlockKind::Heading => "heading",
            BlockKind::ListItem => "list_item",
        }
    }
}

/// A paragraph, heading or list item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// Where it is, without surrounding whitespace.
    pub span: Span,
    /// What it is.
    pub kind: BlockKind,
}

/// A sentence, without surrounding whitespace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is.
    pub span: Span,
    /// Index of the block holding it.
    pub block: usize,
}

/// Splits `text` into blocks: on blank lines, and after lines that are headings or list items.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut lines: Vec<Span> = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(pos, pos + line.len()).trim(text);
        pos += line.len();
        if span.is_empty() {
            flush_lines(text, &mut lines, &mut out);
        } else {
            lines.push(span);
        }
    }
    flush_lines(text, &mut lines, &mut out);
    out
}

/// Turns the lines of one blank-line-separated chunk into blocks.
fn flush_lines(text: &str, lines: &mut Vec<Span>, out: &mut Vec<Block>) {
    let mut current: Option<Block> = None;
    for &line in lines.iter() {
        let s = line.slice(text);
        let kind = line_kind(s);
        current = match current {
            // A new list item or a line after a heading or a list item starts a block when it
            // looks like one; otherwise a line continues the block (a soft wrap).
            Some(block) if kind == BlockKind::ListItem || ends_block(block, text) => {
                out.push(block);
                Some(Block {
                    span: line,
                    kind: chunk_kind(kind, lines.len(), s),
                })
            }
            Some(block) => Some(Block {
                span: block.span.cover(line),
                kind: block.kind,
            }),
            None => Some(Block {
                span: line,
                kind: chunk_kind(kind, lines.len(), s),
            }),
        };
    }
    out.extend(current);
    lines.clear();
}

/// A short unpunctuated line is a heading when it stands alone between blank lines; inside a
/// chunk of several lines it must also be written in title case, or it is a soft-wrapped line.
fn chunk_kind(kind: BlockKind, lines: usize, line: &str) -> BlockKind {
    match kind {
        BlockKind::Heading if lines > 1 && !line.starts_with('#') && !is_title_case(line) => {
            BlockKind::Text
        }
        k => k,
    }
}

/// Most words capitalized, as headlines and subheadings are written.
fn is_title_case(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic) && w.chars().count() > 3)
        .collect();
    !words.is_empty()
        && words.iter().all(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
}

/// True when a line break after `block` ends it, whatever follows.
fn ends_block(block: Block, text: &str) -> bool {
    match block.kind {
        BlockKind::Heading => true,
        BlockKind::ListItem => false,
        BlockKind::Text => {
            let s = block.span.slice(text);
            // A one-line block with no final punctuation that is short and title-like is a
            // heading or byline sitting directly above its text.
            !s.contains('\n') && looks_like_heading(s) && is_title_case(s)
        }
    }
}

fn line_kind(line: &str) -> BlockKind {
    if line.starts_with('#') {
        return BlockKind::Heading;
    }
    if is_list_marker(line) {
        return BlockKind::ListItem;
    }
    if looks_like_heading(line) {
        return BlockKind::Heading;
    }
    BlockKind::Text
}

fn is_list_marker(line: &str) -> bool {
    let b = line.as_bytes();
    if b.len() >= 2 && matches!(b[0], b'-' | b'*' | b'+') && b[1] == b' ' {
        return true;
    }
    if line.starts_with("• ") {
        return true;
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits) && b.len() > digits + 1 && matches!(b[digits], b'.' | b')') {
        return b[digits + 1] == b' ';
    }
    false
}

/// A short line that does not end like a sentence: a headline, subheading or byline.
fn looks_like_heading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let last = line.trim_end().chars().last().unwrap_or('.');
    words <= 12
        && !matches!(
            last,
            '.' | ',' | ';' | ':' | '"' | '”' | '’' | '\'' | ')' | '?' | '!'
        )
}

/// Splits every block into sentences.
pub fn sentences(text: &str, blocks: &[Block]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        let mut start = block.span.start;
        for stop in boundaries(text, block.span) {
            let span = Span::new(start, stop).trim(text);
            if !span.is_empty() {
                out.push(Sentence { span, block: i });
            }
            start = stop;
        }
        let span = Span::new(start, block.span.end).trim(text);
        if !span.is_empty() {
            out.push(Sentence { span, block: i });
        }
    }
    out
}

/// Byte offsets inside `block` after which a sentence ends.
fn boundaries(text: &str, block: Span) -> Vec<usize> {
    let s = block.slice(text);
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut iter = s.char_indices().peekable();
    // Where the word before the current character starts, kept up to date as we go: looking
    // back for it at each stop would be quadratic in a block without whitespace.
    let mut word_start = 0;
    // The last full stop seen, to tell whether that word holds one (`U.S.`, `e.g.`).
    let mut last_dot = None;
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '?' | '!' | '…') {
            if ends_word(c) {
                word_start = i + c.len_utf8();
            }
            continue;
        }
        let word = Word {
            tail: tail(&s[word_start..i]),
            dotted: last_dot.is_some_and(|d| d >= word_start),
        };
        if c == '.' {
            last_dot = Some(i);
        }
        // Take the whole run of stops and closing marks: `?!`, `..."`, `.)`.
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if matches!(
                d,
                '.' | '?' | '!' | '…' | '"' | '”' | '’' | '\'' | ')' | ']'
            ) {
                end = j + d.len_utf8();
                if ends_word(d) {
                    word_start = end;
                }
                if d == '.' {
                    last_dot = Some(j);
                }
                iter.next();
            } else {
                break;
            }
        }
        if end >= bytes.len() {
            break;
        }
        if is_boundary(s, word, c, end) {
            out.push(block.start + end);
        }
    }
    out
}

/// The word before a stop, without leading brackets or quotes.
struct Word<'t> {
    /// Its last [`WORD_TAIL`] bytes at most: enough for any abbreviation, and bounded so that a
    /// text without whitespace does not cost a whole-prefix scan at every stop.
    tail: &'t str,
    /// True when the whole word holds a full stop.
    dotted: bool,
}

/// Longer than any abbreviation or honorific.
const WORD_TAIL: usize = 64;

/// The last [`WORD_TAIL`] bytes of `word` or a little fewer, on a char boundary.
fn tail(word: &str) -> &str {
    let mut from = word.len().saturating_sub(WORD_TAIL);
    while !word.is_char_boundary(from) {
        from += 1;
    }
    &word[from..]
}

/// Decides whether the stop `c` after `word`, whose run ends at `end`, ends a sentence.
fn is_boundary(s: &str, word: Word, c: char, end: usize) -> bool {
    let Word { tail: word, dotted } = word;
    let rest = &s[end..];
    let next = rest.trim_start();
    let gap = rest.len() - next.len();
    let Some(first) = next.chars().next() else {
        return false;
    };
    if gap == 0 {
        // No space after the stop: only `word.Next` with a capital is a missed space.
        return c == '.' && first.is_uppercase() && word.chars().nth(1).is_some() && !dotted;
    }
    if c == '.' {
        let lower = word.to_lowercase();
        if HONORIFICS.contains(lower.as_str()) {
            return false;
        }
        if ABBREVIATIONS.contains(lower.as_str()) && !first.is_uppercase() {
            return false;
        }
        if ABBREVIATIONS.contains(lower.as_str()) && is_title_abbreviation(&lower) {
            return false;
        }
        // An initial: `J. R. Okonkwo`.
        if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
            return false;
        }
    }
    // A stop inside a quotation followed by a lower-case attribution: `"Why?" she asked.`
    if !(first.is_uppercase() || first.is_numeric() || "\"“‘'(".contains(first)) {
        return false;
    }
    true
}

/// Abbreviations that stand before a name or number and so never end a sentence.
fn is_title_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "no" | "nos" | "st" | "mt" | "ft" | "jan" | "feb" | "aug" | "sept" | "oct" | "nov" | "dec"
    )
}

/// True for the characters a word never spans: whitespace, opening brackets and quotes.
fn ends_word(c: char) -> bool {
    c.is_whitespace() || "(\"“‘[".contains(c)
}

/// The words of a span, as spans (Unicode word boundaries, punctuation left out).
pub fn words(text: &str, span: Span) -> Vec<Span> {
    span.slice(text)
        .unicode_word_indices()
        .map(|(i, w)| Span::new(span.start + i, span.start + i + w.len()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let b = blocks(text);
        sentences(text, &b)
            .iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    #[test]
    fn hard_wrapped_paragraph_is_one_block() {
        let text = "The council voted on Tuesday to raise\nthe levy by 4.5% after a long\ndebate about it.";
        assert_eq!(blocks(text).len(), 1);
        assert_eq!(split(text).len(), 1);
    }

    #[test]
    fn heading_and_list_lines_are_blocks_of_their_own() {
        let text = "# Budget passes\nThe vote was close.\n- First item\n- Second item\nwrapped on.";
        let b = blocks(text);
        let kinds: Vec<_> = b.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading,
                BlockKind::Text,
                BlockKind::ListItem,
                BlockKind::ListItem
            ]
        );
        assert_eq!(b[3].span.slice(text), "- Second item\nwrapped on.");
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Smith met J. R. Okonkwo in the U.S. on Friday. They talked."),
            [
                "Mr. Smith met J. R. Okonkwo in the U.S. on Friday.",
                "They talked."
            ]
        );
    }

    #[test]
    fn a_missed_space_is_judged_on_the_whole_word_however_long() {
        // The word before the stop is tracked as the block is read, not looked for from each
        // stop (quadratic without whitespace): a dot far back in it still counts.
        let long = "a".repeat(100);
        assert_eq!(split(&format!("www.x{long}.Next one.")).len(), 1);
        assert_eq!(split(&format!("Go x{long}.Next one.")).len(), 2);
        assert_eq!(split("It is in the U.S.Army now.").len(), 1);
        assert_eq!(split("\"Quote\"Bar.Next one.").len(), 2);
    }

    #[test]
    fn question_in_quote_before_attribution() {
        assert_eq!(
            split("\"Why?\" she asked. Nobody knew."),
            ["\"Why?\" she asked.", "Nobody knew."]
        );
    }
}
