//! Segmentation: paragraphs (blocks), sentences and words, as spans into the unchanged input.
//!
//! Blocks are split on blank lines. A single line break inside a blank-line-separated chunk is a
//! soft wrap (hard-wrapped archive text, PDF copy) unless the evidence says the line before it
//! stands alone: a Markdown heading, a byline, a list item, a short title-case line above running
//! text, or a chunk made only of short unpunctuated lines. Sentences never cross a block.
//!
//! Sentence boundaries are decided SRX-style: every candidate stop (a run of `.`, `?`, `!`, `…`
//! with its closing quotes and brackets) is put to a list of named rules in order, and the first
//! rule that claims it decides whether a sentence ends there (see `boundaries`). Inline list
//! markers (`1) first 2) second`) add breaks before them. The text is never rewritten: a
//! boundary is a byte offset, a sentence a trimmed span.
//!
//! Everything here is linear in the input: look-behinds and look-aheads are bounded, and the one
//! unbounded look-around (is this stop inside an e-mail address or URL?) is cached per token.

use crate::fasthash::{FastMap, WordSet};
use std::sync::LazyLock;

use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon;
use crate::span::Span;

/// Abbreviations whose stop ends a sentence only before a sentence starter (`Inc.`, `co.`).
static ABBREVIATIONS: LazyLock<WordSet<String>> = LazyLock::new(|| {
    lexicon::entries(include_str!("data/abbreviations.txt"))
        .map(str::to_lowercase)
        .collect()
});
/// US state abbreviations (`Calif.`), matched case-sensitively; they act as abbreviations.
static STATE_ABBREVIATIONS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/state_abbreviations.txt")).collect());
/// Abbreviations that stand before a number (`No. 5`, `p. 55`, `Jan. 5`).
static NUMBER_ABBREVIATIONS: LazyLock<WordSet<String>> = LazyLock::new(|| {
    lexicon::entries(include_str!("data/number_abbreviations.txt"))
        .map(str::to_lowercase)
        .collect()
});
/// Titles before a name (`Mr.`, `Sen.`): their stop never ends a sentence.
static HONORIFICS: LazyLock<WordSet<String>> = LazyLock::new(|| {
    lexicon::entries(include_str!("data/honorifics.txt"))
        .map(str::to_lowercase)
        .collect()
});
/// Lower-case words allowed between the names of a byline (`and`, `de`).
static BYLINE_CONNECTORS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/byline_connectors.txt")).collect());
/// Words a heading never ends with (`and`, `the`, `of`), each with whether it holds on any line
/// (`true`) or only on a long one (`in`: `Winter Sets In` is a heading).
static OPEN_LINE_ENDERS: LazyLock<FastMap<&'static str, bool>> = LazyLock::new(|| {
    lexicon::rows(include_str!("data/open_line_enders.txt"))
        .map(|row| (row[0], row.get(1) == Some(&"always")))
        .collect()
});
/// Verbs of an attribution after a quotation (`"Why?" Smith asked.`).
static SPEECH_VERBS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/speech_verbs.txt")).collect());
/// Times of day written with stops (`a.m`, `p.m`).
static TIME_ABBREVIATIONS: LazyLock<WordSet<String>> = LazyLock::new(|| {
    lexicon::entries(include_str!("data/time_abbreviations.txt"))
        .map(str::to_lowercase)
        .collect()
});
/// Capitalized words that go on a time (`10 p.m. Eastern`, `5 p.m. Friday`).
static TIME_FOLLOWERS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/time_followers.txt")).collect());
/// Capitalized words that begin sentences (`The`, `It`, `How`).
static SENTENCE_STARTERS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/sentence_starters.txt")).collect());

/// What kind of block a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// Running text.
    Text,
    /// A headline or subheading (a Markdown `#` line or a short line without a final stop).
    Heading,
    /// A bulleted, numbered or lettered list item.
    ListItem,
    /// A byline on a line of its own (`By Jane Doe`).
    Byline,
}

impl BlockKind {
    /// The name used in records.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Text => "text",
            BlockKind::Heading => "heading",
            BlockKind::ListItem => "list_item",
            BlockKind::Byline => "byline",
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

// ---------------------------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------------------------

/// Splits `text` into blocks: on blank lines, and after lines that are headings, bylines or list
/// items. Lines end in `\n` or `\r\n`.
///
/// A chunk between blank lines is one block when it is one line (a short unpunctuated one is a
/// heading), one block per line when all its lines are short and unpunctuated (a list written a
/// line per item), and otherwise joined over soft wraps, with a hard break where one of these
/// rules, in order, claims a line break (see `split_wrapped_chunk`): `after_heading`,
/// `next_list_item`, `before_markdown_heading`, `before_byline`, `before_dateline`,
/// `unwrapped_lines`, `wrapped_list_item`, `heading_between_paragraphs`, `short_last_line`,
/// `next_word_fits`, `heading_above_text`.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut chunk: Vec<Span> = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(pos, pos + line.len()).trim(text);
        pos += line.len();
        if span.is_empty() {
            split_chunk(text, &chunk, &mut out);
            chunk.clear();
        } else {
            chunk.push(span);
        }
    }
    split_chunk(text, &chunk, &mut out);
    out
}

/// Turns the lines of one blank-line-separated chunk into blocks.
fn split_chunk(text: &str, lines: &[Span], out: &mut Vec<Block>) {
    match lines {
        [] => {}
        // A line standing alone between blank lines: a short one without a final stop is a
        // headline or subheading (`Meta’s Next Move`).
        [line] => {
            let s = line.slice(text);
            let kind = match marker_kind(s, None, true) {
                Some(_) => BlockKind::ListItem,
                None if is_byline(s) => BlockKind::Byline,
                None if is_markdown_heading(s) || is_unpunctuated_short(s) => BlockKind::Heading,
                // The first line of the text, alone, short and not ending in a full stop, is
                // the headline even with a question or exclamation mark (`Is Llama winning?`).
                None if out.is_empty() && is_top_headline(s) => BlockKind::Heading,
                None => BlockKind::Text,
            };
            out.push(Block { span: *line, kind });
        }
        _ if is_line_list(text, lines) => {
            // `features\ncontact manager\nevents, activities`: every line stands alone. At the
            // top of the text the first is the headline, whatever its case.
            let mut prev_item = None;
            let at_top = out.is_empty();
            for (k, line) in lines.iter().enumerate() {
                let s = line.slice(text);
                let kind = match marker_kind(s, prev_item, k == 0) {
                    Some(item) => {
                        prev_item = item;
                        BlockKind::ListItem
                    }
                    None if is_byline(s) => BlockKind::Byline,
                    None if is_markdown_heading(s) || is_title_case(s) || (at_top && k == 0) => {
                        BlockKind::Heading
                    }
                    None => BlockKind::Text,
                };
                out.push(Block { span: *line, kind });
            }
        }
        _ => split_wrapped_chunk(text, lines, out),
    }
}

/// Splits a chunk of several lines where most line breaks are soft wraps.
fn split_wrapped_chunk(text: &str, lines: &[Span], out: &mut Vec<Block>) {
    let max_len = lines.iter().map(Span::len).max().unwrap_or(0);
    let chars: Vec<usize> = lines
        .iter()
        .map(|l| l.slice(text).chars().count())
        .collect();
    let max_chars = chars.iter().copied().max().unwrap_or(0);
    // How many lines reach the widest: a line as wide as the widest shows the wrap width only
    // when another line is as wide, counted in characters since accents widen bytes.
    let widest = chars.iter().filter(|&&c| c == max_chars).count();
    let first = lines[0];
    let first_s = first.slice(text);
    // The counter of the last numbered or lettered item, so that inside a chunk `b. ` only
    // starts an item after `a. ` and `5. ` after `4. ` (`p. 55` or `Dec.\n5. The` at the start of
    // a wrapped line stay text).
    let mut prev_item = None;
    let mut kind = match marker_kind(first_s, None, true) {
        Some(item) => {
            prev_item = item;
            BlockKind::ListItem
        }
        None if is_markdown_heading(first_s) => BlockKind::Heading,
        None if is_byline(first_s) => BlockKind::Byline,
        None => BlockKind::Text,
    };
    let mut block = first;
    let mut prev = first;
    let mut prev_is_first = true;
    for (k, &line) in lines.iter().enumerate().skip(1) {
        let p = prev.slice(text);
        let s = line.slice(text);
        // An ASCII dash after running text that did not end a sentence or announce a list is a
        // dash wrapped to the line start (`...a trade war\n- a move that...`), not a bullet.
        let marker = marker_kind(s, prev_item, false).filter(|_| {
            kind != BlockKind::Text
                || !s.starts_with(['-', '*', '+'])
                || ends_sentence(p)
                || p.ends_with([':', ';'])
        });
        let indented = line.start > 0 && matches!(text.as_bytes()[line.start - 1], b' ' | b'\t');
        let hard = match kind {
            // Rule `after_heading`: `# Budget passes\nThe vote...`.
            BlockKind::Heading | BlockKind::Byline => true,
            // Rule `next_list_item`: `- First item\n- Second item`.
            _ if marker.is_some() => true,
            // Rule `before_markdown_heading`: `...last sentence.\n## The key numbers`.
            _ if is_markdown_heading(s) => true,
            // Rule `before_byline`: `Skyline Air orders 40 jets\nBy Jane Doe`.
            _ if is_byline(s) => true,
            // Rule `before_dateline`: `...trims Boeing 737 MAX plans\nFRANKFURT, Nov 26
            // (Newswire) - Skyline Air has...`: a dateline opens the story's first paragraph.
            _ if is_dateline(s) => true,
            // Rule `unwrapped_lines`: in a chunk with lines longer than any wrap width, each
            // line is a paragraph (text scraped with single line breaks between paragraphs),
            // unless the next goes on in lower case (an errant newline) or indented under a list
            // item.
            _ if max_len > UNWRAPPED_LINE => {
                !(starts_lower(s) || kind == BlockKind::ListItem && indented)
            }
            // Rule `wrapped_list_item`: an item goes on over an indented or lower-case line, or
            // after a line that did not end its sentence and was filled by the wrapper.
            BlockKind::ListItem => {
                !indented
                    && starts_upper(s)
                    && (ends_sentence(p) || word_fits(p, s, max_len, max_chars))
            }
            // Rule `heading_between_paragraphs`: a short title-case line after a sentence's end
            // and before a capital (`limitations.\nMeta’s Next Move\nThat is`) is a subheading.
            BlockKind::Text
                if ends_sentence(p)
                    && is_unpunctuated_short(s)
                    && is_title_case(s)
                    && line.len() * 5 <= max_len * 4
                    && lines
                        .get(k + 1)
                        .map_or(true, |n| starts_upper(n.slice(text))) =>
            {
                true
            }
            // Rule `short_last_line`: in wrapped text a line well short of the width that ends
            // a sentence or a clause (`Chris Cox said,`) ends its paragraph when a capital or a
            // quotation follows: paragraphs separated by single line breaks.
            BlockKind::Text
                if prev.len() * 20 < max_len * 13
                    && (ends_sentence(p) || p.ends_with([',', ':']))
                    && starts_upper(s) =>
            {
                true
            }
            // Rule `next_word_fits`: a wrapper fills each line, so when the next line's first word
            // would have fitted on this one, the break is not a wrap (`...loan demand holds
            // up\nHarbor Bancorp Inc. reported...` under a headline).
            BlockKind::Text if starts_upper(s) && word_fits(p, s, max_len, max_chars) => true,
            // Rule `heading_above_text`: a short unpunctuated line above a line starting with a
            // capital, when it is title case (and not a full-width wrapped line), or when it is
            // the first line and much shorter than the next (a sentence-case headline); a
            // full-width first line with a comma inside only when the next word would have
            // fitted on it (`The Minister of Fisheries and Maritime Infrastructure, Aminata
            // Ndiaye\nSarr, said` is a wrapped sentence, its names in capitals), and likewise
            // one with a bracket inside (`The French Agency for Development (AFD) and the
            // Ministry for Overseas\nFrance have pledged`). Not when
            // the next line opens with a bracket (`The International Federation of Red Cross and
            // Red Crescent Societies\n(IFRC) has launched`: a name that filled the line, its
            // acronym after it), the line leaves a bracket open (`The Kinabalu Growers'
            // Co-operative (Koperasi Pekebun\nKinabalu Berhad), which`), or the line is a
            // dateline (`HAMILTON, New Zealand, Oct 2
            // (Newswire) - Pūkaki Dairy Co-operative, New\nZealand's`): both go on. Nor is a
            // title-case line a heading when the chunk's other lines show the wrap width (three
            // lines or more, a longer one among them) and the next word would not have fitted on
            // it even without slack: the wrapper had to break there (`Deputy Minister for Natural Resources and Tourism
            // Hamisi\nMwinyimkuu-Salim told reporters`, a long surname that did not fit).
            BlockKind::Text => {
                let prev_chars = chars[k - 1];
                let width_explains_break = lines.len() >= 3
                    && (prev_chars < max_chars || widest >= 2)
                    && !word_fits_exactly(p, s, max_len, max_chars);
                block == prev
                    && is_unpunctuated_short(p)
                    && starts_upper(s)
                    && !s.starts_with('(')
                    && !leaves_bracket_open(p)
                    && !(goes_on_after_a_comma(s) && prev.len() * 5 > max_len * 4)
                    && !is_dateline(p)
                    && ((is_title_case(p)
                        && !width_explains_break
                        && (prev.len() * 5 <= max_len * 4
                            || prev_is_first
                                && (!(p.contains(", ") || p.contains(" ("))
                                    || word_fits(p, s, max_len, max_chars))))
                        || (prev_is_first && prev.len() * 5 <= line.len() * 3))
            }
        };
        if hard {
            let kind_of_prev = match kind {
                BlockKind::Text if block == prev && is_unpunctuated_short(p) => BlockKind::Heading,
                k => k,
            };
            out.push(Block {
                span: block,
                kind: kind_of_prev,
            });
            block = line;
            kind = match marker {
                Some(item) => {
                    prev_item = item;
                    BlockKind::ListItem
                }
                None if is_markdown_heading(s) => BlockKind::Heading,
                None if is_byline(s) => BlockKind::Byline,
                None => BlockKind::Text,
            };
        } else {
            block = block.cover(line);
        }
        prev = line;
        prev_is_first = false;
    }
    out.push(Block { span: block, kind });
}

/// Hard-wrapped text (archives, e-mail, PDF copy) has lines of at most about 80 characters; a
/// chunk with a line longer than this was not wrapped, so its line breaks end paragraphs.
const UNWRAPPED_LINE: usize = 100;

/// Starts with a lower-case letter.
fn starts_lower(line: &str) -> bool {
    line.chars().next().is_some_and(char::is_lowercase)
}

/// The first word of `next` would have fitted at the end of `line`, the chunk's widest line
/// being `width_bytes` bytes and `width_chars` characters wide: wrappers count bytes (`fold`) or
/// characters, so the word must fit by both counts, with a little slack.
fn word_fits(line: &str, next: &str, width_bytes: usize, width_chars: usize) -> bool {
    let word = next.split_whitespace().next().unwrap_or("");
    line.len() + 1 + word.len() + 2 <= width_bytes
        && line.chars().count() + 1 + word.chars().count() + 2 <= width_chars
}

/// The first word of `next` would have fitted at the end of `line` with no slack at all, by
/// either count: when it would not, a wrapper of that width had to break before it.
fn word_fits_exactly(line: &str, next: &str, width_bytes: usize, width_chars: usize) -> bool {
    let word = next.split_whitespace().next().unwrap_or("");
    line.len() + 1 + word.len() <= width_bytes
        || line.chars().count() + 1 + word.chars().count() <= width_chars
}

/// A chunk of several lines none of which is longer than a short item or ends in punctuation:
/// a list written one item a line (golden rule #42), a headline over a dek, an address.
fn is_line_list(text: &str, lines: &[Span]) -> bool {
    lines.len() >= 2
        && lines.iter().enumerate().all(|(i, line)| {
            let s = line.slice(text);
            let indented =
                i > 0 && line.start > 0 && matches!(text.as_bytes()[line.start - 1], b' ' | b'\t');
            line.len() <= 50 && !indented && is_unpunctuated_short(s)
        })
}

/// When `line` starts with a list marker, `Some` of its counter (`Some(None)` for a bullet).
/// Unless the line is `first` in its chunk, a counter must start a list (`1.`, `a.`) or follow
/// `prev` (`5.` after `4.`), since a number or letter and a stop also begin wrapped lines.
fn marker_kind(line: &str, prev: Option<Enumerator>, first: bool) -> Option<Option<Enumerator>> {
    let m = parse_marker(line, 0)?;
    let Some(e) = m.enumerator else {
        return Some(None);
    };
    let follows = prev.is_some_and(|p| p.kind == e.kind && p.value + 1 == e.value);
    let ok = match e.kind {
        EnumKind::Letter => e.value == u32::from(b'a') || follows,
        EnumKind::Number => first || e.value == 1 || follows,
    };
    ok.then_some(Some(e))
}

/// `# Title` to `###### Title`: one to six `#` and a space (not a `#hashtag`).
fn is_markdown_heading(line: &str) -> bool {
    let hashes = line.bytes().take_while(|&c| c == b'#').count();
    (1..=6).contains(&hashes) && line[hashes..].starts_with(' ')
}

/// `By Jane Doe`, `By JANE DOE and Tom Lee, Reuters`: a short unpunctuated line of `By ` and
/// names: every word capitalized but those of `byline_connectors.txt` (`and`, `de`), so that
/// a wrapped line `By Senate Democrats and the White` stays text.
fn is_byline(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("By ") else {
        return false;
    };
    rest.starts_with(char::is_uppercase)
        && is_unpunctuated_short(line)
        && rest
            .split_whitespace()
            .all(|w| !w.starts_with(char::is_lowercase) || BYLINE_CONNECTORS.contains(w))
}

/// `FRANKFURT, Nov 26 (Newswire) - ...`, `SEATTLE, Wash. (AP) — ...`, `LONDON (Reuters) -`: a
/// place in capitals, then a comma or bracket, and a dash within the first 80 bytes.
fn is_dateline(line: &str) -> bool {
    let mut cut = line.len().min(80);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &line[..cut];
    let place_len = head
        .find(|c: char| !(c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'')))
        .unwrap_or(head.len());
    let place = &head[..place_len];
    let rest = head[place_len..].trim_start();
    place.chars().filter(|c| c.is_uppercase()).count() >= 3
        && (rest.starts_with(',') || rest.starts_with('('))
        && (rest.contains(" - ") || rest.contains(['—', '–']))
}

/// A line of at most 12 words that does not end like a sentence or a clause (a final stop,
/// comma, colon, dash, closing quote or bracket all say the text goes on or has ended), nor
/// with a word that wants what follows (`... of Nigerian Universities (SSANU) and the`: a
/// full-width wrapped line of capitalized names, not a heading).
fn is_unpunctuated_short(line: &str) -> bool {
    let last_word = line.split_whitespace().next_back().unwrap_or("");
    if last_word.len() <= 7 {
        let long = line.split_whitespace().nth(7).is_some();
        let open = lexicon::with_lower(last_word, |w| OPEN_LINE_ENDERS.get(w).copied());
        if open.is_some_and(|always| always || long) {
            return false;
        }
    }
    let last = line.trim_end().chars().last().unwrap_or('.');
    !matches!(
        last,
        '.' | ','
            | ';'
            | ':'
            | '"'
            | '”'
            | '’'
            | '\''
            | ')'
            | ']'
            | '?'
            | '!'
            | '…'
            | '-'
            | '–'
            | '—'
    ) && line.split_whitespace().nth(12).is_none()
}

/// A headline that ends in `?` or `!` (inside quotes or not), of at most 14 words.
fn is_top_headline(line: &str) -> bool {
    line.trim_end_matches(['"', '”', '’', '\''])
        .ends_with(['?', '!'])
        && line.split_whitespace().nth(14).is_none()
}

/// The line ends a sentence: a final stop, possibly inside closing quotes or brackets.
fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')', ']'])
        .ends_with(['.', '?', '!', '…'])
}

/// Starts with an upper-case letter (after any opening quote or bracket) or a digit.
fn starts_upper(line: &str) -> bool {
    line.trim_start_matches(['"', '“', '‘', '\'', '('])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The line's first word ends with a comma and a lower-case word follows (`Corrientes, which
/// groups 34 co-operatives`): after a line that filled the width, the clause of a name wrapped
/// from it, not a paragraph's opening under a heading.
fn goes_on_after_a_comma(line: &str) -> bool {
    let mut words = line.split_whitespace();
    words
        .next()
        .is_some_and(|w| w.ends_with(',') && w.len() > 1)
        && words
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_lowercase)
}

/// The line opens a bracket it does not close: a heading is whole, so it goes on below.
fn leaves_bracket_open(line: &str) -> bool {
    let opened = line.matches(['(', '[']).count();
    opened > 0 && opened > line.matches([')', ']']).count()
}

/// Every word of more than three letters capitalized, as headlines and subheadings are written
/// (`Expanding Ecosystem & Tougher Competition`); at least one such word.
fn is_title_case(line: &str) -> bool {
    let mut any = false;
    for w in line.split_whitespace() {
        let mut letters = w.chars().filter(|c| c.is_alphabetic());
        let Some(first) = letters.next() else {
            continue;
        };
        if letters.nth(2).is_none() {
            continue;
        }
        if !first.is_uppercase() {
            return false;
        }
        any = true;
    }
    any
}

// ---------------------------------------------------------------------------------------------
// List markers
// ---------------------------------------------------------------------------------------------

/// How a list item is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EnumKind {
    /// `1.`, `2)`.
    Number,
    /// `a.`, `b)`.
    Letter,
}

/// The counter of a numbered or lettered list marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Enumerator {
    kind: EnumKind,
    /// The number, or the letter's byte.
    value: u32,
    /// What follows the counter: `.`, `)` or `.)`.
    delim: &'static str,
}

/// A list marker at the start of an item: a bullet, a counter, or both (`• 9.`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marker {
    /// Offset just past the marker.
    end: usize,
    bullet: Option<char>,
    enumerator: Option<Enumerator>,
}

/// Bullets that never occur inside running text, so a second one on the same line starts a new
/// item (`• 9. The first item • 10. The second item`).
fn is_pure_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '◦' | '▪' | '‣' | '●')
}

/// Parses a list marker at byte `at` of `s`: an optional bullet, then an optional counter
/// (1-3 digits or one lower-case letter, then `.`, `)` or `.)`), then a space. ASCII bullets
/// (`-`, `*`, `+`) need a space after them.
fn parse_marker(s: &str, at: usize) -> Option<Marker> {
    let rest = &s[at..];
    let mut pos = 0;
    let mut bullet = None;
    if let Some(c) = rest.chars().next() {
        if is_pure_bullet(c) {
            bullet = Some(c);
            pos += c.len_utf8();
            pos += rest[pos..].len() - rest[pos..].trim_start_matches(' ').len();
        } else if matches!(c, '-' | '*' | '+') && rest[1..].starts_with(' ') {
            bullet = Some(c);
            pos = 1 + rest[1..].len() - rest[1..].trim_start_matches(' ').len();
        }
    }
    let b = rest.as_bytes();
    let digits = b[pos..].iter().take_while(|c| c.is_ascii_digit()).count();
    let (kind, value, after) = if (1..=3).contains(&digits) {
        let value = rest[pos..pos + digits].parse().ok()?;
        (EnumKind::Number, value, pos + digits)
    } else if digits == 0 && b.get(pos).is_some_and(u8::is_ascii_lowercase) {
        (EnumKind::Letter, u32::from(b[pos]), pos + 1)
    } else {
        return bullet.map(|_| Marker {
            end: at + pos,
            bullet,
            enumerator: None,
        });
    };
    let delim = if rest[after..].starts_with(".)") {
        ".)"
    } else if rest[after..].starts_with(')') {
        ")"
    } else if rest[after..].starts_with('.') {
        "."
    } else {
        return bullet.map(|_| Marker {
            end: at + pos,
            bullet,
            enumerator: None,
        });
    };
    let end = after + delim.len();
    if !rest[end..].starts_with(' ') {
        return bullet.map(|_| Marker {
            end: at + pos,
            bullet,
            enumerator: None,
        });
    }
    Some(Marker {
        end: at + end,
        bullet,
        enumerator: Some(Enumerator { kind, value, delim }),
    })
}

/// Inline list markers are looked for at most this many bytes after the previous one, so that
/// the search stays linear however many lists a block opens.
const LIST_WINDOW: usize = 600;

/// A list starts at `p`: `1.`, `1)`, `a.`, `a)` or a pure bullet, then a space.
fn opens_list(s: &str, p: usize) -> bool {
    match parse_marker(s, p) {
        Some(Marker {
            enumerator: Some(e),
            ..
        }) => e.value == 1 || e.value == u32::from(b'a'),
        Some(Marker {
            bullet: Some(c), ..
        }) => is_pure_bullet(c),
        _ => false,
    }
}

/// The list markers of a block that starts with one, as `(start, end)` byte ranges: the first at
/// 0, then each following marker of the same list on the same line (`1) first 2) second`), found
/// by searching for the next counter (or the same pure bullet) after whitespace.
fn list_markers(s: &str, at: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let Some(mut m) = parse_marker(s, at) else {
        return out;
    };
    out.push((at, m.end));
    loop {
        // What the next marker starts with: the same pure bullet, or the next counter.
        let mut key = [0u8; 8];
        let key_len = match (m.bullet, m.enumerator) {
            (Some(c), _) if is_pure_bullet(c) => c.encode_utf8(&mut key).len(),
            (_, Some(e)) if e.value < 999 => match e.kind {
                EnumKind::Number => {
                    let n = (e.value + 1).to_string();
                    key[..n.len()].copy_from_slice(n.as_bytes());
                    n.len()
                }
                EnumKind::Letter if e.value < u32::from(b'z') => {
                    key[0] = e.value as u8 + 1;
                    1
                }
                EnumKind::Letter => break,
            },
            _ => break,
        };
        let key = std::str::from_utf8(&key[..key_len]).unwrap_or("");
        let mut from = m.end;
        let mut window = (m.end + LIST_WINDOW).min(s.len());
        while !s.is_char_boundary(window) {
            window -= 1;
        }
        let mut found = None;
        while let Some(off) = s[from..window].find(key) {
            let at = from + off;
            from = at + key.len();
            if !s[..at].ends_with(char::is_whitespace) {
                continue;
            }
            if let Some(next) = parse_marker(s, at) {
                let same = match (m.enumerator, next.enumerator) {
                    (Some(a), Some(b)) => {
                        a.kind == b.kind && a.delim == b.delim && a.value + 1 == b.value
                    }
                    (None, None) => true,
                    _ => false,
                };
                if same && next.bullet == m.bullet {
                    found = Some((at, next));
                    break;
                }
            }
        }
        let Some((at, next)) = found else { break };
        out.push((at, next.end));
        m = next;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------------

/// Splits every block into sentences.
pub fn sentences(text: &str, blocks: &[Block]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut stops = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        let s = block.span.slice(text);
        stops.clear();
        boundaries(s, block.kind == BlockKind::ListItem, &mut stops);
        let mut start = 0;
        for &stop in stops.iter().chain(std::iter::once(&s.len())) {
            if stop <= start {
                continue;
            }
            let span = Span::new(block.span.start + start, block.span.start + stop).trim(text);
            if !span.is_empty() {
                out.push(Sentence { span, block: i });
            }
            start = stop;
        }
    }
    out
}

/// A candidate stop: a run of `.`, `?`, `!`, `…` with the closing quotes and brackets after it,
/// including spaced ellipses (`. . .`).
#[derive(Clone, Copy, Debug)]
struct Run {
    start: usize,
    end: usize,
    /// Full stops counted, `…` as three.
    dots: usize,
    /// Holds a `?` or `!`.
    question: bool,
    /// Holds a space (`. . .`).
    spaced: bool,
    /// Holds a closing quote or bracket.
    closed: bool,
}

impl Run {
    fn scan(s: &str, start: usize) -> Run {
        let b = s.as_bytes();
        let mut run = Run {
            start,
            end: start,
            dots: 0,
            question: false,
            spaced: false,
            closed: false,
        };
        let mut j = start;
        while j < b.len() {
            match b[j] {
                b'.' if !run.closed => {
                    run.dots += 1;
                    j += 1;
                }
                b'?' | b'!' if !run.closed => {
                    run.question = true;
                    j += 1;
                }
                // `. . .`: a space, then a stop that is followed by a space, a stop, a closer or
                // the end.
                b' ' if !run.closed
                    && b[j - 1] == b'.'
                    && b.get(j + 1) == Some(&b'.')
                    && !b.get(j + 2).is_some_and(|c| {
                        !matches!(c, b' ' | b'.' | b'"' | b'\'' | b')' | 0xE2)
                    }) =>
                {
                    run.spaced = true;
                    run.dots += 1;
                    j += 2;
                }
                b'"' | b'\'' | b')' | b']' => {
                    run.closed = true;
                    j += 1;
                }
                0xE2 | 0xC2 => {
                    let c = s[j..].chars().next().unwrap_or(' ');
                    match c {
                        '…' if !run.closed => run.dots += 3,
                        '”' | '’' | '»' => run.closed = true,
                        _ => break,
                    }
                    j += c.len_utf8();
                }
                _ => break,
            }
        }
        run.end = j;
        run
    }
}

/// Whether a sentence ends at a candidate, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Decision {
    /// A sentence ends at this offset.
    Break(usize),
    /// No sentence ends here.
    Keep,
}

/// Remembers the whitespace-delimited token last examined, and whether it is an e-mail address
/// or URL, so that a 10 MB token is scanned once rather than once per stop in it.
#[derive(Default)]
struct LinkCache {
    start: usize,
    end: usize,
    link: bool,
}

impl LinkCache {
    fn is_link(&mut self, s: &str, i: usize) -> bool {
        if i >= self.start && i < self.end {
            return self.link;
        }
        let b = s.as_bytes();
        // Tokens are visited left to right: the new one starts no earlier than the old one's end.
        let floor = if i >= self.end { self.end } else { 0 };
        let mut start = i;
        while start > floor && !b[start - 1].is_ascii_whitespace() {
            start -= 1;
        }
        let mut end = i;
        while end < b.len() && !b[end].is_ascii_whitespace() {
            end += 1;
        }
        let token = &b[start..end];
        let has = |pat: &[u8]| token.windows(pat.len()).any(|w| w == pat);
        self.link = token.contains(&b'@')
            || has(b"://")
            || token.starts_with(b"www.")
            || token.starts_with(b"(www.");
        self.start = start;
        self.end = end;
        self.link
    }
}

/// Pushes onto `out` the byte offsets inside the block text `s` after which a sentence ends
/// (and before which a list item starts), in increasing order.
///
/// The rules, in order; the first that claims a candidate decides:
/// 1. `list_marker`: in a list item, a stop inside the marker is no boundary (`1. The first
///    item`), and a marker on the same line as the previous item breaks before it (`1) first
///    2) second`).
/// 2. `end_of_block`: nothing but whitespace after the stop: the block's end does the work.
/// 3. `bracketed_omission`: `[...]` marks words left out (`stairways [...]" (Smith 55).`).
/// 4. `no_space`: with no whitespace after it, a stop ends a sentence only where a space was
///    missed (`world.Today`, `1,000.That`), never in a number (`4.5`), an abbreviation (`U.S.A`),
///    an e-mail address or a URL (`Jane.Doe@example.com`).
/// 5. `quote_attribution`: a quotation ending in a stop keeps a short attribution that follows
///    it and ends its clause (`"Why?" Smith asked.`, `"No!" Mayor Jo Park said,`), but not a
///    new sentence about the speaker (`"No." Smith said nothing more.`).
/// 6. `ellipsis`: a spaced three-dot ellipsis never ends a sentence (`is . . . I didn’t`); a
///    four-dot one does before a capital (`period . . . . Next`), and after a word it is that
///    word's full stop followed by an ellipsis opening the next sentence (`compounds. . . . The`);
///    `...` and `…` end one before a capital (`that... She`).
/// 7. `question_exclamation`: `?` and `!` end a sentence unless lower case follows (`"Why?" she
///    asked`, `Yahoo! in`).
/// 8. `lower_case_next`: a full stop before lower case is no boundary (`co. at`, `"This is
///    great." she said`).
/// 9. `dateline_credit`: `SEATTLE, Wash. (AP) — The` keeps the dateline in the first sentence.
/// 10. `number_abbreviation`: `p. 55`, `No. 5`, `Jan. 5`, `N°. 1026`.
/// 11. `honorific`: `Mr. Smith`, `Sen. Warren`, also after a missed space (`Tuesday.Mr. Smith`);
///     but a title word ending a name before a sentence starter ends it (`the South Col. Each`).
/// 12. `time`: `before 11 p.m. Several drivers` ends a sentence, unless a time zone or day goes
///     on the time (`10 p.m. Eastern`) or the time closes a short opening phrase (`At 5 a.m.
///     Mr. Smith went`).
/// 13. `abbreviation`: an abbreviation (`Inc.`, `co.`, `U.S.`, `Calif.`) or an initial (`J.`,
///     `I.`) ends a sentence only before a sentence starter (`& Co. It closed`, `the U.S. How`,
///     `you and I. Did`) and never before a number (`U.S. 10-year`); a letter alone opening a
///     sentence is a label (`A. His name is`).
/// 14. `default`: a full stop before anything else ends a sentence.
fn boundaries(s: &str, list_item: bool, out: &mut Vec<usize>) {
    let b = s.as_bytes();
    let mut markers = if list_item {
        list_markers(s, 0)
    } else {
        Vec::new()
    };
    let mut next_marker = 0;
    let mut links = LinkCache::default();
    let mut sentence_start = 0;
    let mut i = 0;
    // The next `.`, `?` or `!` and the next lead byte of `…` at or after where each was last
    // looked for: the scan jumps between them, and each search is redone only once passed,
    // so that the text is searched once however the two kinds alternate.
    let (mut next_punct, mut next_lead) = (0, 0);
    while i < b.len() {
        let is_stop = match b[i] {
            b'.' | b'?' | b'!' => true,
            0xE2 => b[i..].starts_with("…".as_bytes()),
            _ => false,
        };
        if !is_stop {
            i += 1;
            if next_punct < i {
                next_punct = memchr::memchr3(b'.', b'?', b'!', &b[i..]).map_or(b.len(), |k| i + k);
            }
            if next_lead < i {
                next_lead = memchr::memchr(0xE2, &b[i..]).map_or(b.len(), |k| i + k);
            }
            i = next_punct.min(next_lead);
            continue;
        }
        // Rule `list_marker`: breaks before the markers passed, and no break inside one.
        while let Some(&(start, end)) = markers.get(next_marker) {
            if start > i {
                break;
            }
            if start > 0 && start > sentence_start {
                out.push(start);
                sentence_start = start;
            }
            if i < end {
                break;
            }
            next_marker += 1;
        }
        if markers
            .get(next_marker)
            .is_some_and(|&(start, end)| start <= i && i < end)
        {
            i += 1;
            continue;
        }
        let run = Run::scan(s, i);
        if let Decision::Break(at) = decide(s, &run, sentence_start, &mut links) {
            out.push(at);
            sentence_start = at;
            // A list opening after a sentence (`Finally, this. 1. The first item 2. The...`).
            if next_marker >= markers.len() {
                let p = s.len() - s[at..].trim_start().len();
                if opens_list(s, p) {
                    markers = list_markers(s, p);
                    next_marker = 0;
                }
            }
        }
        i = run.end.max(i + 1);
    }
    for &(start, _) in &markers[next_marker..] {
        if start > 0 && start > sentence_start {
            out.push(start);
            sentence_start = start;
        }
    }
}

/// Applies the rules 2-14 of [`boundaries`] to one candidate run.
fn decide(s: &str, run: &Run, sentence_start: usize, links: &mut LinkCache) -> Decision {
    let b = s.as_bytes();
    let rest = &s[run.end..];
    let next = rest.trim_start();
    let gap = rest.len() - next.len();
    // Rule `end_of_block`.
    let Some(first) = next.chars().next() else {
        return Decision::Keep;
    };
    let here = Decision::Break(run.end);
    // Rule `bracketed_omission`: `[...]`.
    if run.start > 0 && b[run.start - 1] == b'[' && s[run.start..run.end].contains(']') {
        return Decision::Keep;
    }
    let word = word_before(s, run.start);
    // Rule `no_space`.
    if gap == 0 {
        let missed_space = run.dots == 1
            && !run.question
            && !run.closed
            && starts_capitalized_word(next)
            && word.chars().nth(1).is_some()
            && !word.contains('.')
            && classify(word) == WordClass::Plain
            && !links.is_link(s, run.start);
        return if missed_space { here } else { Decision::Keep };
    }
    // Rule `quote_attribution`.
    if s[..run.end].ends_with(['"', '”', '’', '\'']) && is_short_attribution(next, run.question)
    {
        return Decision::Keep;
    }
    // Rule `ellipsis`.
    if run.dots >= 3 && !run.question {
        let attached = run.start > 0 && !b[run.start - 1].is_ascii_whitespace();
        let capital = starts_upper(next);
        return match (run.dots, run.spaced) {
            (4.., true) if attached && capital => {
                let first_stop = s[run.start..].chars().next().map_or(1, char::len_utf8);
                Decision::Break(run.start + first_stop)
            }
            (4.., _) | (3, false) if capital => here,
            _ => Decision::Keep,
        };
    }
    // Rule `question_exclamation`.
    if run.question {
        return if starts_lower_word(next) {
            Decision::Keep
        } else {
            here
        };
    }
    // Rule `lower_case_next`.
    if starts_lower_word(next) {
        return Decision::Keep;
    }
    // Rule `dateline_credit`: `(AP) —` right after the stop.
    if is_dateline_credit(next) {
        return Decision::Keep;
    }
    if run.closed {
        // A stop inside closing quotes or brackets before a capital ends the sentence whatever
        // the word before it (`in the U.S." She`).
        return here;
    }
    let class = classify(word);
    match class {
        // Rule `number_abbreviation`.
        WordClass::NumberAbbreviation if first.is_ascii_digit() => Decision::Keep,
        // Rule `honorific`: a title's stop never ends a sentence, unless the title word ends
        // a name (`the South Col. Each climber`): a capitalized word before it that is no
        // title itself, and a sentence starter after it.
        WordClass::Honorific => {
            let at = run.start - word.len();
            let before = word_before(s, s[..at].trim_end().len());
            let ends_name = at > 0
                && starts_capitalized_word(before)
                && classify(before.trim_end_matches('.')) == WordClass::Plain;
            if ends_name && starts_with_starter(next) {
                here
            } else {
                Decision::Keep
            }
        }
        // Rule `time`.
        WordClass::Time => {
            let (w, _) = next_word(next);
            if TIME_FOLLOWERS.contains(w) || is_opening_phrase(s, sentence_start, run.start) {
                Decision::Keep
            } else {
                here
            }
        }
        // Rule `abbreviation`.
        WordClass::Abbreviation => {
            // A letter alone is no sentence: `Q. What is it? A. His name is Sloan.`
            let label = word.len() == 1 && s[sentence_start..run.start].trim_start() == word;
            if starts_with_starter(next) && !label {
                here
            } else {
                Decision::Keep
            }
        }
        // Rule `default`.
        WordClass::Plain | WordClass::NumberAbbreviation => here,
    }
}

/// True when `word` (without its final stop) is written with a full stop that belongs to it: an
/// abbreviation (`Inc`, `etc` excepted), a title (`Mr`), a time (`a.m`), an abbreviation before
/// numbers (`No`, `Jan`), a state (`Calif`), an initial (`J`) or dotted initials (`U.S`). The
/// same look-up the sentence rules use, for stages that tokenize (ASCII case-insensitive, no
/// allocation).
pub fn is_abbreviation(word: &str) -> bool {
    classify_one(word) != WordClass::Plain
}

/// What the word before a full stop says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WordClass {
    /// An ordinary word or number.
    Plain,
    /// `Mr`, `Sen`.
    Honorific,
    /// `a.m`, `P.M`.
    Time,
    /// `No`, `p`, `Jan`.
    NumberAbbreviation,
    /// `Inc`, `co`, `U.S`, `Calif`, an initial `J`.
    Abbreviation,
}

/// Classifies the word before a full stop. A word glued to the previous sentence by a missed
/// space (`Tuesday.Mr`) is classified by its part after the last dot.
fn classify(word: &str) -> WordClass {
    let class = classify_one(word);
    if class != WordClass::Plain {
        return class;
    }
    match word.rfind('.') {
        Some(dot) if word[dot + 1..].starts_with(|c: char| c.is_ascii_uppercase()) => {
            classify_one(&word[dot + 1..])
        }
        _ => WordClass::Plain,
    }
}

fn classify_one(word: &str) -> WordClass {
    if word.is_empty() {
        return WordClass::Plain;
    }
    // An initial (`J`, `P`), before the look-ups: `Harold P. Byers` is no `p. 55`.
    let mut chars = word.chars();
    if chars.next().is_some_and(char::is_uppercase) && chars.next().is_none() {
        return WordClass::Abbreviation;
    }
    let mut buf = [0u8; 24];
    let Some(lower) = ascii_lower(word, &mut buf) else {
        return WordClass::Plain;
    };
    if HONORIFICS.contains(lower) {
        return WordClass::Honorific;
    }
    if TIME_ABBREVIATIONS.contains(lower) {
        return WordClass::Time;
    }
    if NUMBER_ABBREVIATIONS.contains(lower) {
        return WordClass::NumberAbbreviation;
    }
    if ABBREVIATIONS.contains(lower) || STATE_ABBREVIATIONS.contains(word) {
        return WordClass::Abbreviation;
    }
    // Dotted initials (`U.S`, `E.U`, `N.Y`).
    if is_dotted_initials(word) {
        return WordClass::Abbreviation;
    }
    WordClass::Plain
}

/// `U.S`, `e.g`, `N.Y`: single letters joined by dots (the final dot is the candidate).
fn is_dotted_initials(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3
        && b.len() % 2 == 1
        && b.iter().enumerate().all(|(k, &c)| {
            if k % 2 == 0 {
                c.is_ascii_alphabetic()
            } else {
                c == b'.'
            }
        })
}

/// `word` lower-cased (ASCII only) into `buf`, or `None` when it does not fit (an abbreviation
/// never is that long), so that a look-up allocates nothing.
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let n = word.len();
    if n > buf.len() {
        return None;
    }
    buf[..n].copy_from_slice(word.as_bytes());
    buf[..n].make_ascii_lowercase();
    std::str::from_utf8(&buf[..n]).ok()
}

/// The word before byte `i`: back to whitespace or an opening quote or bracket, at most 32
/// characters (longer is no abbreviation, and the look-behind must stay bounded).
fn word_before(s: &str, i: usize) -> &str {
    let before = &s[..i];
    let mut start = i;
    for (n, (k, c)) in before.char_indices().rev().enumerate() {
        if c.is_whitespace() || matches!(c, '(' | '[' | '"' | '“' | '‘' | '\'') {
            break;
        }
        if n == 32 {
            return "";
        }
        start = k;
    }
    &before[start..]
}

/// Starts with a lower-case word, not a brand written in camel case (`iPhone`, `eBay`), which
/// may open a sentence. Looks at most 12 characters ahead.
fn starts_lower_word(next: &str) -> bool {
    let mut chars = next.chars();
    chars.next().is_some_and(char::is_lowercase)
        && !chars
            .take(11)
            .take_while(|c| c.is_alphabetic())
            .any(char::is_uppercase)
}

/// Starts with an upper-case letter followed by a lower-case one: a word, not an initial
/// (`Today`, `Mr`, but not `S.` in `U.S.A`).
fn starts_capitalized_word(next: &str) -> bool {
    let mut chars = next.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// The next word, after any opening quotes or brackets: its leading run of letters, and whether
/// a full stop follows that run (`A.` is an initial, not the article).
fn next_word(next: &str) -> (&str, bool) {
    let w = next.trim_start_matches(['"', '“', '‘', '\'', '(']);
    let len = w
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(w.len())
        .min(24);
    let len = (0..=len)
        .rev()
        .find(|&k| w.is_char_boundary(k))
        .unwrap_or(0);
    (&w[..len], w[len..].starts_with('.'))
}

/// The next word is a sentence starter (`The`, `It`, `How`).
fn starts_with_starter(next: &str) -> bool {
    let (w, dotted) = next_word(next);
    !dotted && SENTENCE_STARTERS.contains(w)
}

/// `Smith asked.`, `Mayor Mary-Kate O'Neill said,`: at most four capitalized words, then a
/// speech verb followed by `.`, or by `,` after a `?` or `!` (`question`). Looks at most six
/// words ahead.
fn is_short_attribution(next: &str, question: bool) -> bool {
    for (n, word) in next.split_ascii_whitespace().take(6).enumerate() {
        // After a full stop only `Smith said.` closes the attribution: `“It was dead.”
        // Officials said, however, ...` is a new sentence.
        let verb = if question {
            word.strip_suffix(['.', ','])
        } else {
            word.strip_suffix('.')
        };
        if let Some(verb) = verb {
            return n > 0 && SPEECH_VERBS.contains(verb);
        }
        if word.ends_with(',') {
            return false;
        }
        if n == 5 || !word.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// `(AP) —`, `(Reuters) -`: a short bracketed credit and a dash, as in datelines.
fn is_dateline_credit(next: &str) -> bool {
    let Some(inner) = next.strip_prefix('(') else {
        return false;
    };
    let Some(close) = inner.bytes().take(40).position(|c| c == b')') else {
        return false;
    };
    if inner[..close].contains(['(', '\n', '.']) {
        return false;
    }
    inner[close + 1..].trim_start().starts_with(['-', '–', '—'])
}

/// The sentence so far (from `sentence_start` to `i`) is a short opening phrase of at most three
/// words (`At 5 a.m.`), which cannot be a sentence of its own. Looks back at most 48 bytes.
fn is_opening_phrase(s: &str, sentence_start: usize, i: usize) -> bool {
    let mut from = i.saturating_sub(48).max(sentence_start);
    if from > sentence_start {
        return false;
    }
    while !s.is_char_boundary(from) {
        from += 1;
    }
    s[from..i].split_whitespace().nth(3).is_none()
}

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

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

    fn block_texts(text: &str) -> Vec<(&str, BlockKind)> {
        blocks(text)
            .iter()
            .map(|b| (b.span.slice(text), b.kind))
            .collect()
    }

    /// Offsets are char boundaries, sentences ordered, non-overlapping, inside their blocks.
    fn check_valid(text: &str) {
        let b = blocks(text);
        for w in b.windows(2) {
            assert!(w[0].span.end <= w[1].span.start);
        }
        let s = sentences(text, &b);
        for w in s.windows(2) {
            assert!(w[0].span.end <= w[1].span.start);
        }
        for sent in &s {
            assert!(text.is_char_boundary(sent.span.start));
            assert!(text.is_char_boundary(sent.span.end));
            assert!(b[sent.block].span.contains(sent.span));
            assert!(!sent.span.is_empty());
        }
    }

    // --- blocks ---

    #[test]
    fn a_wrapped_line_of_names_ending_in_and_the_goes_on() {
        // Full width, capitalized, unpunctuated: a heading but for its last words.
        let text = "Lecturers walked out on Monday across the campus of the university.\n\n\
                    The Senior Staff Association of Northern Colleges (SSANC) and the\n\
                    Union of Technical Staff joined the strike in September.";
        assert_eq!(blocks(text).len(), 2);
        assert!(blocks(text).iter().all(|b| b.kind == BlockKind::Text));
        // A title-case line ending in a noun above a sentence is still a heading.
        let heading = "Prices Rise Again\nThe index rose 2% in May.";
        assert_eq!(blocks(heading)[0].kind, BlockKind::Heading);
        let heading = "Winter Sets In\nThe first snow fell in May.";
        assert_eq!(blocks(heading)[0].kind, BlockKind::Heading);
        // Other languages' particles inside a long name want what follows as `of` does.
        let text = "Farmers met in the capital on Monday to discuss the price.\n\n\
                    The Fédération Régionale des Producteurs de Cacao du\n\
                    Nord (FRPCN) said prices had fallen.";
        assert_eq!(blocks(text).len(), 2);
        assert!(blocks(text).iter().all(|b| b.kind == BlockKind::Text));
    }

    #[test]
    fn hard_wrapped_paragraph_is_one_block() {
        let text = "The council voted on Tuesday to raise\nthe levy by 4.5% after a long\ndebate about it.";
        assert_eq!(blocks(text).len(), 1);
        assert_eq!(split(text).len(), 1);
        let crlf = "The council voted on Tuesday to raise\r\nthe levy by 4.5% after a long\r\ndebate.\r\n\r\nNext one.\r\n";
        assert_eq!(
            split(crlf),
            [
                "The council voted on Tuesday to raise\r\nthe levy by 4.5% after a long\r\ndebate.",
                "Next one."
            ]
        );
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
    fn a_title_case_name_or_a_dateline_filling_the_first_line_goes_on() {
        let text = "The International Federation of Red Cross and Red Crescent Societies\n(IFRC) has launched an appeal for 6.3 million Swiss francs to supply\nfood and fuel.";
        assert_eq!(block_texts(text), [(text, BlockKind::Text)]);
        let text = "HAMILTON, New Zealand, Oct 2 (Newswire) - Pukaki Dairy Co-operative, New\nZealand's third-largest milk processor, raised its forecast payout to\nfarmers on Wednesday.";
        assert_eq!(block_texts(text), [(text, BlockKind::Text)]);
    }

    #[test]
    fn title_case_heading_above_wrapped_text() {
        let text = "Expanding Ecosystem & Tougher Competition\nThe level of adoption shows that Meta is keen\non building a community.";
        assert_eq!(
            block_texts(text),
            [
                (
                    "Expanding Ecosystem & Tougher Competition",
                    BlockKind::Heading
                ),
                (
                    "The level of adoption shows that Meta is keen\non building a community.",
                    BlockKind::Text
                )
            ]
        );
    }

    #[test]
    fn a_wrapped_line_of_capitalized_names_with_a_comma_is_no_heading() {
        let text = "The Minister of Fisheries and Maritime Infrastructure, Aminata Ndiaye\nSarr, said the audit had covered every licence issued since 2019. It was\nthe first audit.";
        assert_eq!(blocks(text).len(), 1);
        // Nor is one with a name and its acronym in brackets inside.
        let text = "The Northern Agency for Development (NAD) and the Ministry for Overseas\nTerritories have pledged \u{20ac}420 million for water infrastructure by\n2030.";
        assert_eq!(blocks(text).len(), 1, "{:?}", block_texts(text));
    }

    #[test]
    fn a_wrapped_title_case_line_whose_name_goes_on_after_a_comma_is_no_heading() {
        let text = "The Federation of Agricultural Co-operatives of Misiones and Northern\nCorrientes, which groups 34 co-operatives, said it would ask the courts to\nact.";
        assert_eq!(blocks(text).len(), 1);
        // A short heading above a paragraph that opens with a name and its comma still stands.
        let text = "Our readers said so.\nExpanding Ecosystem And Tougher Competition\nMeta, the parent of Facebook, said it would act. It was the first time the company had\nspoken.";
        assert_eq!(blocks(text).len(), 3, "{:?}", block_texts(text));
    }

    #[test]
    fn a_wrapped_title_case_line_before_a_long_surname_is_no_heading() {
        // The surname did not fit on the first line: the wrapper broke there, not a heading.
        let text = "Deputy Minister for Natural Resources and Tourism Hamisi\nMwinyimkuu-Salim told reporters in Dodoma that the fees were still low\nagainst other parks.";
        assert_eq!(blocks(text).len(), 1, "{:?}", block_texts(text));
        // The same when the line is itself the widest, as wide in characters as another and
        // wider in bytes for its accents (a wrapped name that went on to `Madre y Maestra`).
        let text = "Economist Ramón Féliz-Taveras of the Pontificia Universidad Católica\nMadre y Maestra (PUCMM) warned that the industry's reliance on North\nAmerican travellers left the country exposed.";
        assert_eq!(blocks(text).len(), 1, "{:?}", block_texts(text));
        // A title-case line in a chunk of two lines, the width unknown, is still a heading.
        let text =
            "Expanding Ecosystem And Tougher Competition\nConsolidation-minded investors piled in.";
        assert_eq!(blocks(text).len(), 2, "{:?}", block_texts(text));
    }

    #[test]
    fn a_wrapped_line_that_leaves_a_bracket_open_is_no_heading() {
        let text = "The Kinabalu Durian Growers' Co-operative (Koperasi Pekebun Durian\nKinabalu Berhad), which has 1,250 members, has spent RM3.2 million on\nfreezers.";
        assert_eq!(blocks(text).len(), 1);
        assert!(leaves_bracket_open(
            "Growers' Co-operative (Koperasi Pekebun"
        ));
        assert!(!leaves_bracket_open("Growers' Co-operative (KPDK) Grows"));
    }

    #[test]
    fn sentence_case_headline_much_shorter_than_the_text() {
        let text = "Meta says downloads top 1.2 billion\nMeta might not be winning every benchmark contest for its Llama models, but they certainly seem to be winning.";
        assert_eq!(blocks(text).len(), 2);
    }

    #[test]
    fn byline_is_a_block() {
        let text = "By Jane Doe and John Smith\nNAIROBI, Nov 25 (Newswire) - Kenya raised rates. It was expected.";
        assert_eq!(
            block_texts(text),
            [
                ("By Jane Doe and John Smith", BlockKind::Byline),
                (
                    "NAIROBI, Nov 25 (Newswire) - Kenya raised rates. It was expected.",
                    BlockKind::Text
                )
            ]
        );
        assert_eq!(
            split(text)[1],
            "NAIROBI, Nov 25 (Newswire) - Kenya raised rates."
        );
        assert!(is_byline("By JANE DOE and Luis de la Cruz, Reuters"));
        assert!(!is_byline("By Senate Democrats and the White"));
    }

    #[test]
    fn headline_and_byline_at_the_top() {
        let text = "Skyline Air orders 40 Airbus jets in $4.2 bln deal\nBy Jane Doe\n\nTOULOUSE, France, March 3 (Newswire) - Skyline Air Inc. said on Monday it would buy 40\nAirbus jets.";
        let b = block_texts(text);
        assert_eq!(b[0].1, BlockKind::Heading);
        assert_eq!(b[1], ("By Jane Doe", BlockKind::Byline));
        assert_eq!(b.len(), 3);
        // A headline too long for a short-line list is split from its byline too.
        let text = "Skyline Air orders 40 Airbus jets in a deal worth $4.2 billion, the biggest\nBy Jane Doe";
        let b = block_texts(text);
        assert_eq!(b[1], ("By Jane Doe", BlockKind::Byline));
    }

    #[test]
    fn long_lines_are_paragraphs_of_their_own() {
        let long = "The company announced its family of Llama AI models has seen downloads far exceeding 1.2 billion, up from 1 billion in mid-March and from 650 million five months back.";
        let text = format!("{long}\nMeta Chief Product Officer, Chris Cox said,\n“We have thousands of developers.”\n{long}\nand an errant newline.");
        let b = blocks(&text);
        assert_eq!(b.len(), 4);
        assert_eq!(
            b[1].span.slice(&text),
            "Meta Chief Product Officer, Chris Cox said,"
        );
        assert!(b[3].span.slice(&text).ends_with("errant newline."));
    }

    #[test]
    fn wrapped_paragraphs_without_blank_lines() {
        let text = "The ecosystem does not just grow in a void. With competition that is so\nstiff, every competitor is facing competition.\nMeta’s Next Move\nThat is an impressive figure for Meta, a whopping 1.2 billion downloads.\nNext comes the question of whether Llama can keep up the pace, whether\nMeta will share more.\nChris Cox said,\n“We have thousands of developers contributing tens of thousands of\nderivative models.”";
        let b = block_texts(text);
        assert_eq!(b.len(), 5, "{b:?}");
        let text = "It has tremendous limitations, an attribute that critics assert does\nhave tremendous limitations.\nMeta’s Next Move\nThat is an impressive figure.";
        assert_eq!(
            block_texts(text)[1],
            ("Meta’s Next Move", BlockKind::Heading)
        );
        assert_eq!(b[1], ("Meta’s Next Move", BlockKind::Heading));
        assert_eq!(b[3], ("Chris Cox said,", BlockKind::Text));
    }

    #[test]
    fn wrapped_headline_and_numbers_at_line_start() {
        let text = "Riverton council passes $1.84 billion budget after late-night fight\nover bus cuts\nThe Riverton City Council approved a $1.84 billion budget late\nWednesday by a 7-2 vote, ending a standoff over proposed cuts to bus\nservice that drew nearly 400 residents, and it first opened on Dec.\n5. The film, a $38 million adaptation, was booked.";
        let b = block_texts(text);
        assert_eq!(b.len(), 2, "{b:?}");
        assert!(b[0].0.ends_with("over bus cuts"));
        assert_eq!(split(text).len(), 3);
    }

    #[test]
    fn dateline_after_headline_without_blank_line() {
        let text = "Skyline Air orders 40 Airbus jets, trims Boeing 737 MAX plans\nFRANKFURT, Nov 26 (Newswire) - Skyline Air has agreed to buy 40 Airbus\nA321neo jets.";
        let b = block_texts(text);
        assert_eq!(
            b[0],
            (
                "Skyline Air orders 40 Airbus jets, trims Boeing 737 MAX plans",
                BlockKind::Heading
            )
        );
        assert_eq!(b.len(), 2);
        assert!(is_dateline("SEATTLE, Wash. (AP) — The"));
        assert!(is_dateline("LONDON (Reuters) - Britain"));
        assert!(!is_dateline("NATO said on Monday - and"));
    }

    #[test]
    fn markdown_heading_inside_a_chunk() {
        let text = "It expects that number to grow.\n## The key numbers\n- Single journeys fall.\n- A weekly ticket will cost £21.";
        assert_eq!(
            block_texts(text),
            [
                ("It expects that number to grow.", BlockKind::Text),
                ("## The key numbers", BlockKind::Heading),
                ("- Single journeys fall.", BlockKind::ListItem),
                ("- A weekly ticket will cost £21.", BlockKind::ListItem)
            ]
        );
    }

    #[test]
    fn hashtags_and_wrapped_dashes_are_text() {
        let text = "The protest spread under the tag\n#MeToo and drew crowds in a trade war\n- a move that stunned markets.";
        assert_eq!(blocks(text).len(), 1);
        let text = "The deal follows:\n- a 2023 order\n- a lease.";
        assert_eq!(blocks(text).len(), 3);
    }

    #[test]
    fn legal_and_company_abbreviations() {
        assert_eq!(
            split("In Roe v. Wade the court ruled. Acme Mfg. Cos. sued Sgt. Det. Insp. Lee at ext. 42."),
            [
                "In Roe v. Wade the court ruled.",
                "Acme Mfg. Cos. sued Sgt. Det. Insp. Lee at ext. 42."
            ]
        );
    }

    #[test]
    fn wrapped_lines_ending_in_a_dash_or_comma_stay_joined() {
        let text = "NAIROBI, Nov 25 (Newswire) -\nKenya's central bank raised rates.";
        assert_eq!(blocks(text).len(), 1);
        let text =
            "Meta Chief Product Officer, Chris Cox said,\n“We have thousands of developers.”";
        assert_eq!(blocks(text).len(), 1);
    }

    #[test]
    fn short_unpunctuated_lines_are_a_list() {
        assert_eq!(
            split("features\ncontact manager\nevents, activities\n"),
            ["features", "contact manager", "events, activities"]
        );
    }

    #[test]
    fn numbered_and_lettered_lines_and_wrapped_items() {
        let text = "The plan has three parts:\n1. Raise the levy on imported\n   goods by 4.5%.\n2. Cut fees.\na. Not a letter list\nb. really";
        let b = block_texts(text);
        assert_eq!(b[0].0, "The plan has three parts:");
        assert_eq!(
            b[1],
            (
                "1. Raise the levy on imported\n   goods by 4.5%.",
                BlockKind::ListItem
            )
        );
        assert_eq!(b[2].1, BlockKind::ListItem);
        assert_eq!(b[3].0, "a. Not a letter list");
        assert_eq!(b[4], ("b. really", BlockKind::ListItem));
        // `p. 55` at the start of a wrapped line is not a lettered item.
        let text = "Please turn to\np. 55 of the report.";
        assert_eq!(blocks(text).len(), 1);
    }

    #[test]
    fn question_headline_at_the_top() {
        let text =
            "Is Meta winning the AI race?\n\nMeta said so. Why not?\n\nHe asked: “Who knows?”";
        let kinds: Vec<_> = blocks(text).iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [BlockKind::Heading, BlockKind::Text, BlockKind::Text]
        );
    }

    #[test]
    fn lone_short_line_is_a_heading() {
        let text =
            "Meta’s Next Move\n\nMeta Chief Product Officer, Chris Cox said,\n\n“We have it.”";
        assert_eq!(
            block_texts(text),
            [
                ("Meta’s Next Move", BlockKind::Heading),
                (
                    "Meta Chief Product Officer, Chris Cox said,",
                    BlockKind::Text
                ),
                ("“We have it.”", BlockKind::Text)
            ]
        );
    }

    // --- sentences ---

    #[test]
    fn a_title_word_ending_a_place_name_ends_the_sentence_before_a_starter() {
        assert_eq!(
            split("They carried 1,200 kg from the South Col. Each climber paid. Lt. Col. Ames agreed. State Sen. Harold Byers said so."),
            vec![
                "They carried 1,200 kg from the South Col.",
                "Each climber paid.",
                "Lt. Col. Ames agreed.",
                "State Sen. Harold Byers said so.",
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Smith met J. R. Okonkwo in the U.S. on Friday. They talked. State Sen. Harold P. Byers agreed."),
            [
                "Mr. Smith met J. R. Okonkwo in the U.S. on Friday.",
                "They talked.",
                "State Sen. Harold P. Byers agreed.",
            ]
        );
        assert_eq!(
            split("Sen. Warren and Gov. Newsom met Apple Inc. Chief Executive Tim Cook, e.g. at lunch, i.e. twice, vs. once."),
            ["Sen. Warren and Gov. Newsom met Apple Inc. Chief Executive Tim Cook, e.g. at lunch, i.e. twice, vs. once."]
        );
    }

    #[test]
    fn abbreviations_end_sentences_before_starters() {
        assert_eq!(
            split("It bought Acme Corp. The deal closed. Smith et al. It was the U.K. How so?"),
            [
                "It bought Acme Corp.",
                "The deal closed.",
                "Smith et al.",
                "It was the U.K.",
                "How so?"
            ]
        );
        assert_eq!(
            split("They sold apples, pears, etc. Prices rose at Apple Inc. Shares fell, etc. and more."),
            [
                "They sold apples, pears, etc.",
                "Prices rose at Apple Inc.",
                "Shares fell, etc. and more."
            ]
        );
        assert_eq!(
            split("He was ill. Doctors came. The U.S. 10-year yield rose."),
            [
                "He was ill.",
                "Doctors came.",
                "The U.S. 10-year yield rose."
            ]
        );
    }

    #[test]
    fn abbreviation_lookup_for_other_stages() {
        for w in [
            "Inc", "mr", "P.M", "Jan", "No", "Calif", "J", "U.S", "e.g", "N°",
        ] {
            assert!(is_abbreviation(w), "{w}");
        }
        for w in ["Tuesday", "ill", "said", "", "1,000", "Smith"] {
            assert!(!is_abbreviation(w), "{w}");
        }
    }

    /// Cases from pragmatic_segmenter's English spec beyond the golden rules.
    #[test]
    fn pragmatic_segmenter_cases() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Down, down, down. Would the fall NEVER come to an end! 'I wonder how many miles I've fallen by this time?' she said aloud.",
                &[
                    "Down, down, down.",
                    "Would the fall NEVER come to an end!",
                    "'I wonder how many miles I've fallen by this time?' she said aloud.",
                ],
            ),
            (
                "I think Jun. is a great month, said Mr. Suzuki.",
                &["I think Jun. is a great month, said Mr. Suzuki."],
            ),
            (
                "I live in the U.S.A. I went to J.C. Penney.",
                &["I live in the U.S.A.", "I went to J.C. Penney."],
            ),
            (
                "Q. What is his name? A. His name is Alfred E. Sloan.",
                &["Q. What is his name?", "A. His name is Alfred E. Sloan."],
            ),
            ("Today is 11.18.2014.", &["Today is 11.18.2014."]),
            (
                "Hello Wolrd. Finally, this. 1. The first item 2. The second item 3. Hello",
                &[
                    "Hello Wolrd.",
                    "Finally, this.",
                    "1. The first item",
                    "2. The second item",
                    "3. Hello",
                ],
            ),
            (
                "He works for ABC Ltd. and sometimes for BCD Ltd. She works for ABC Co. and BCD Co. They work.",
                &[
                    "He works for ABC Ltd. and sometimes for BCD Ltd.",
                    "She works for ABC Co. and BCD Co.",
                    "They work.",
                ],
            ),
            (
                "On Jan. 20, former Sen. Barack Obama became the 44th President of the U.S. Millions attended.",
                &[
                    "On Jan. 20, former Sen. Barack Obama became the 44th President of the U.S.",
                    "Millions attended.",
                ],
            ),
            (
                "He left at 6 P.M. Travelers who didn't get the warning at 5 P.M. left later.",
                &[
                    "He left at 6 P.M.",
                    "Travelers who didn't get the warning at 5 P.M. left later.",
                ],
            ),
            (
                "The game is the Giants vs. the Tigers at 10 p.m. I'm going are you?",
                &[
                    "The game is the Giants vs. the Tigers at 10 p.m.",
                    "I'm going are you?",
                ],
            ),
            ("He is no. 5, the shortstop.", &["He is no. 5, the shortstop."]),
            (
                "As payment for 1. above, pay us a fee and for 2. above, no fee will be paid.",
                &["As payment for 1. above, pay us a fee and for 2. above, no fee will be paid."],
            ),
            (
                "Organising your care early \nmeans you'll have months to build a relationship with your midwife, ready for \nthe birth.",
                &["Organising your care early \nmeans you'll have months to build a relationship with your midwife, ready for \nthe birth."],
            ),
            (
                "• 9. Stop smoking \n• 10. Get some rest \n \nYou have the best chance if you follow \na few simple guidelines:  \n\n1. Organise your pregnancy care early",
                &[
                    "• 9. Stop smoking",
                    "• 10. Get some rest",
                    "You have the best chance if you follow \na few simple guidelines:",
                    "1. Organise your pregnancy care early",
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "{text}");
        }
    }

    #[test]
    fn number_abbreviations_and_months() {
        assert_eq!(
            split("The No. 5 seed won on Jan. 5 at p. 55. He said no. Doctors agreed."),
            [
                "The No. 5 seed won on Jan. 5 at p. 55.",
                "He said no.",
                "Doctors agreed."
            ]
        );
    }

    #[test]
    fn a_currency_abbreviated_before_an_amount_ends_no_sentence() {
        assert_eq!(
            split("The dam will cost Rs. 90 billion. Work starts in May."),
            ["The dam will cost Rs. 90 billion.", "Work starts in May."]
        );
    }

    #[test]
    fn decimals_and_thousands() {
        assert_eq!(
            split("Rates rose 4.5% to $1,000.50 on 1,000. Then 2.5 million fell."),
            [
                "Rates rose 4.5% to $1,000.50 on 1,000.",
                "Then 2.5 million fell."
            ]
        );
    }

    #[test]
    fn times() {
        assert_eq!(
            split("At 5 a.m. Mr. Smith left. He came back at 6 P.M. Mr. Smith then slept at 10 p.m. Eastern time. It ended before 11 p.m. Several drivers at 9 a.m. Friday said so."),
            [
                "At 5 a.m. Mr. Smith left.",
                "He came back at 6 P.M.",
                "Mr. Smith then slept at 10 p.m. Eastern time.",
                "It ended before 11 p.m.",
                "Several drivers at 9 a.m. Friday said so."
            ]
        );
    }

    #[test]
    fn closing_quotes_and_brackets() {
        assert_eq!(
            split(
                "He said, “It works.” She left. (It was late.) They agreed.\" Then 'No.' she said."
            ),
            [
                "He said, “It works.”",
                "She left.",
                "(It was late.)",
                "They agreed.\"",
                "Then 'No.' she said."
            ]
        );
    }

    #[test]
    fn question_in_quote_before_attribution() {
        assert_eq!(
            split("\"Why?\" she asked. Nobody knew! “Really?” asked Tom."),
            [
                "\"Why?\" she asked.",
                "Nobody knew!",
                "“Really?” asked Tom."
            ]
        );
    }

    #[test]
    fn attribution_after_a_quotation() {
        assert_eq!(
            split("“Why?” Smith asked. \"No!\" Mayor Mary-Kate O'Neill said, smiling. “It was dead.” Officials said, however, it lived. \"Go!\" Smith said nothing more."),
            [
                "“Why?” Smith asked.",
                "\"No!\" Mayor Mary-Kate O'Neill said, smiling.",
                "“It was dead.”",
                "Officials said, however, it lived.",
                "\"Go!\"",
                "Smith said nothing more."
            ]
        );
    }

    #[test]
    fn camel_case_brand_opens_a_sentence() {
        assert_eq!(
            split("Apple sold more. iPhone sales rose. Is it eBay? eBay said no. It was e.g. iOS."),
            [
                "Apple sold more.",
                "iPhone sales rose.",
                "Is it eBay?",
                "eBay said no.",
                "It was e.g. iOS."
            ]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            split("I never meant that.... She left. It was … well, odd… Then . . . nothing."),
            [
                "I never meant that....",
                "She left.",
                "It was … well, odd…",
                "Then . . . nothing."
            ]
        );
    }

    #[test]
    fn inline_lists() {
        assert_eq!(
            split("1) The first item 2) The second item"),
            ["1) The first item", "2) The second item"]
        );
        assert_eq!(
            split("a. The first item b. The second item"),
            ["a. The first item", "b. The second item"]
        );
        assert_eq!(
            split("• 9. The first item • 10. The second item"),
            ["• 9. The first item", "• 10. The second item"]
        );
        // A number in running text is no marker: the block does not start with one.
        assert_eq!(split("He came 2. Then left."), ["He came 2.", "Then left."]);
    }

    #[test]
    fn missing_space_links_and_emails() {
        assert_eq!(
            split("Hello world.Today is Tuesday.Mr. Smith wrote to Jane.Doe@example.com. See www.Example.com/A.B now."),
            [
                "Hello world.",
                "Today is Tuesday.",
                "Mr. Smith wrote to Jane.Doe@example.com.",
                "See www.Example.com/A.B now."
            ]
        );
    }

    #[test]
    fn dateline_stays_in_first_sentence() {
        assert_eq!(
            split("SEATTLE, Wash. (AP) — The firm grew. Palo Alto, Calif., said so. It moved to Ore. The end."),
            [
                "SEATTLE, Wash. (AP) — The firm grew.",
                "Palo Alto, Calif., said so.",
                "It moved to Ore.",
                "The end."
            ]
        );
    }

    #[test]
    fn credit_line_is_its_own_sentence() {
        assert_eq!(
            split("The bank said so. (Reporting by Jane Doe; Editing by Tom Lee)"),
            [
                "The bank said so.",
                "(Reporting by Jane Doe; Editing by Tom Lee)"
            ]
        );
    }

    #[test]
    fn sentences_never_cross_blocks() {
        let text =
            "Meta Chief Product Officer, Chris Cox said,\n\n“We have thousands of developers.”";
        assert_eq!(
            split(text),
            [
                "Meta Chief Product Officer, Chris Cox said,",
                "“We have thousands of developers.”"
            ]
        );
    }

    #[test]
    fn pathological_inputs_complete_with_valid_offsets() {
        let no_space = "ab.cd?Ef!é…".repeat(200_000);
        check_valid(&no_space);
        let dots = ".".repeat(2_000_000);
        check_valid(&dots);
        let spaced = ". ".repeat(500_000);
        check_valid(&spaced);
        let list: String = (0..100_000)
            .map(|k| format!("{}. item\n", k % 999 + 1))
            .collect();
        check_valid(&list);
        let inline: String = (1..999)
            .map(|k| format!("{k}) x "))
            .collect::<String>()
            .repeat(200);
        check_valid(&inline);
        let lists_after_sentences = "Done. 1. a b. ".repeat(200_000);
        check_valid(&lists_after_sentences);
        let wrapped = "word word word word word word word word\n".repeat(100_000);
        check_valid(&wrapped);
        let mixed = "Mr. U.S. a.m. [...] “Why?” “ ( ) \r\n\u{2029} é ".repeat(100_000);
        check_valid(&mixed);
        let unicode = "\u{0301}.\u{0301}?\u{00e9}!\u{1F600}.\u{1F600} ".repeat(100_000);
        check_valid(&unicode);
    }

    /// Random strings over the characters the rules look at never panic and give valid spans.
    #[test]
    fn random_inputs_give_valid_spans() {
        const PALETTE: &[&str] = &[
            ".", "?", "!", "…", "\"", "”", "“", "’", "'", "(", ")", "[", "]", " ", " ", "\n",
            "\r\n", "\n\n", "\t", "•", "⁃", "- ", "1", "2", ". ", "a", "b", "A", "I", "Mr", "U.S",
            "p.m", "é", "😀", "#", "## ", "By ", "@", "://", "www.", ",", ":", "—", "Inc", "The",
            "said", "LONDON, ", "(AP) - ", "\u{301}", "\u{2029}",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..3000 {
            let len = (next() % 40) as usize;
            let text: String = (0..len)
                .map(|_| PALETTE[(next() % PALETTE.len() as u64) as usize])
                .collect();
            check_valid(&text);
        }
    }

    #[test]
    fn words_are_spans() {
        let text = "Hi, Dr. Who.";
        let w: Vec<_> = words(text, Span::new(0, text.len()))
            .iter()
            .map(|s| s.slice(text))
            .collect();
        assert_eq!(w, ["Hi", "Dr", "Who"]);
    }
}
