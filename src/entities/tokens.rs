//! Tokens for entity finding: words with their shape, kept as spans into the text.
//!
//! A word keeps its inner stops, apostrophes, hyphens and ampersands (`U.S.`, `O'Neill`,
//! `Nimbus-2.5`, `AT&T`); a possessive `'s` is left out of its span; a compound with a lower-case
//! part (`Llama-powered`, `anti-Trump`) is split so the name stands alone.

use crate::segment::{Block, BlockKind, Sentence};
use crate::span::Span;

use super::words::{with_lower, Cue, Pos, WORDS};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    /// Letters (and maybe digits), starting with a letter.
    Word,
    /// Starting with a digit.
    Number,
    /// One punctuation character.
    Punct,
}

/// One token.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    /// Where it is, without a possessive `'s`.
    pub span: Span,
    /// Where it ends with its possessive.
    pub raw_end: usize,
    pub class: Class,
    /// Written with a capital: `Meta`, `OpenAI`, `iPhone`, `A321neo`.
    pub cap: bool,
    /// Every letter upper case, at least two letters: an acronym.
    pub upper: bool,
    /// The first word of a sentence, or of a quotation or clause after a colon.
    pub initial: bool,
    /// Followed by a possessive `'s` or `'`.
    pub possessive: bool,
    /// Joined to the next token by a hyphen (`Llama` in `Llama-powered`).
    pub hyphen_next: bool,
    /// Only white space between the previous token and this one.
    pub adjacent: bool,
    /// Index of the sentence.
    pub sentence: usize,
    /// In a headline written in title case, where capitals say nothing.
    pub heading: bool,
}

impl Tok {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }
}

/// A byte that is an ASCII letter or digit.
const ALNUM: u8 = 1;
/// A byte that is an ASCII letter.
const ALPHA: u8 = 2;
/// A byte that is an ASCII capital.
const UPPER: u8 = 4;
/// A hyphen.
const HYPHEN: u8 = 8;
/// A byte of a character beyond ASCII.
const NON_ASCII: u8 = 16;
/// An ASCII byte that `char::is_whitespace` counts as white space.
const SPACE: u8 = 32;
/// An ASCII byte that may join two parts of a word (`.`, `'`, `-`, `&`, `/`): after a run of
/// letters and digits, any other ASCII byte that is no letter or digit ends the word at once.
const WORD_MARK: u8 = 64;

/// The classes above of every byte, so that a word's bytes are read with one look-up each
/// (a byte of a longer UTF-8 character is in none).
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 128;
    while b < 256 {
        t[b] = NON_ASCII;
        b += 1;
    }
    b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] |= ALNUM;
        }
        if c.is_ascii_alphabetic() {
            t[b] |= ALPHA;
        }
        if c.is_ascii_uppercase() {
            t[b] |= UPPER;
        }
        if c == b'-' {
            t[b] |= HYPHEN;
        }
        // (The ASCII characters `char::is_whitespace` accepts, written out for a `const`.)
        if matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
            t[b] |= SPACE;
        }
        if matches!(c, b'.' | b'\'' | b'-' | b'&' | b'/') {
            t[b] |= WORD_MARK;
        }
        b += 1;
    }
    t
};

/// What `Shape::of` counts of each byte, in four 16-bit fields (a letter, a capital, a hyphen,
/// a byte beyond ASCII), so a word's counts are summed with one addition a byte.
static SHAPE_COUNT: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut b = 0;
    while b < 256 {
        let f = BYTE_CLASS[b];
        t[b] = (f & ALPHA != 0) as u64
            | ((f & UPPER != 0) as u64) << 16
            | ((f & HYPHEN != 0) as u64) << 32
            | ((f & NON_ASCII != 0) as u64) << 48;
        b += 1;
    }
    t
};

/// In `RUN_COUNT`, the mark of a byte that is no ASCII letter or digit.
const RUN_END: u64 = 1 << 63;

/// `SHAPE_COUNT` of an ASCII letter or digit, `RUN_END` of any other byte: the word scan reads
/// a byte's class and its counts with one look-up.
static RUN_COUNT: [u64; 256] = {
    let mut t = [RUN_END; 256];
    let mut b = 0;
    while b < 256 {
        if BYTE_CLASS[b] & ALNUM != 0 {
            t[b] = SHAPE_COUNT[b];
        }
        b += 1;
    }
    t
};

/// How many bytes from the start of `b` are ASCII letters and digits, and their `SHAPE_COUNT`
/// sum: the word's shape is counted in the scan that finds its end, not in a second pass.
fn alnum_run(b: &[u8]) -> (usize, u64) {
    let mut sum = 0;
    for (k, &x) in b.iter().enumerate() {
        let c = RUN_COUNT[usize::from(x)];
        if c & RUN_END != 0 {
            return (k, sum);
        }
        sum += c;
    }
    (b.len(), sum)
}

fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '\'' | '’' | '-' | '&' | '‑')
}

/// Tokens of every sentence, in order.
pub(super) fn tokenize(text: &str, blocks: &[Block], sentences: &[Sentence]) -> Vec<Tok> {
    // A token per 5 to 6 bytes of news text: a little more, so a dense text is not regrown.
    let mut out = Vec::with_capacity(text.len() / 4 + 16);
    for (si, s) in sentences.iter().enumerate() {
        let first = out.len();
        sentence_tokens(text, s.span, si, &mut out);
        let heading = blocks
            .get(s.block)
            .is_some_and(|b| b.kind == BlockKind::Heading);
        if title_case(text, &out[first..], heading) {
            for t in &mut out[first..] {
                t.heading = true;
            }
        }
    }
    out
}

/// A headline written in title case: most longer words capitalized.
fn title_case(text: &str, toks: &[Tok], heading: bool) -> bool {
    if !heading {
        return false;
    }
    let mut words = 0;
    let mut caps = 0;
    for t in toks.iter().filter(|t| t.class == Class::Word) {
        let w = t.text(text);
        if w.chars().count() > 3 {
            words += 1;
            caps += usize::from(t.cap);
        }
    }
    // Running text full of capitals is a list of names (a byline, a credit line), not a headline.
    heading && words > 0 && caps * 10 >= words * 6
}

/// `Ramon "Bong" Alvarado-Ting`, `Jesús "Chucho" Galindo-Mejía`, `Arvin "The Bull" Macaraeg`,
/// `Jericho "Jeck" dela Cruz`: a short nickname in quote marks (one to three capitalized
/// words) between a given name (the word before, one space away) and a capitalized surname
/// (maybe after a particle such as `dela`) is part of the name, not a quotation. The given
/// name is one `is_given` knows or, for an unlisted one (`Yohanes "Anes" Situmorang`), a
/// capitalized word that is no common, function or title word, before a surname that is no
/// common word either. The length of the nickname with its marks when the mark at byte `open`
/// of `text` opens one. The entities stage passes over it so the name's words stay one run;
/// the quotes stage does not count it a quotation.
pub(crate) fn nickname_len(
    text: &str,
    open: usize,
    is_given: impl Fn(&str) -> bool,
) -> Option<usize> {
    // One space between the given name and the mark.
    let before = text[..open].strip_suffix(' ')?;
    let given_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, ch)| ch.is_alphabetic() || matches!(ch, '-' | '\'' | '’'))
        .last()
        .map(|(k, _)| k)?;
    let given = &before[given_start..];
    if !given.starts_with(char::is_uppercase) {
        return None;
    }
    let mark = text[open..]
        .chars()
        .next()
        .filter(|&ch| matches!(ch, '"' | '“'))?;
    let rest = &text[open + mark.len_utf8()..];
    let nick_len = nickname_words(rest)?;
    let after = &rest[nick_len..];
    let close = after.chars().next().filter(|&ch| matches!(ch, '"' | '”'))?;
    let tail = &after[close.len_utf8()..];
    let surname = surname_after(tail)?;
    let known = is_given(given);
    // A one-word nickname after a listed given name is the long-standing case; anything
    // else needs a word shaped like an unlisted name on both sides, so a title in quotes
    // between two capitalized words (`Netflix "Stranger Things" Season`) stays a title.
    let one_word = !rest[..nick_len].contains(' ');
    let ok =
        (known && one_word) || (plain_name_word(given, known) && plain_name_word(surname, false));
    ok.then_some(mark.len_utf8() + nick_len + close.len_utf8())
}

/// The byte length of a nickname's words at the start of `rest`: one to three capitalized
/// words (`Bong`, `The Bull`) of letters and hyphens, one space apart, read no further than a
/// nickname can run so a long line costs nothing here.
fn nickname_words(rest: &str) -> Option<usize> {
    let mut pos = 0;
    for n in 0..3 {
        let word = &rest[pos..];
        let word_len = word
            .char_indices()
            .take(17)
            .find(|&(_, ch)| !(ch.is_alphabetic() || ch == '-'))
            .map(|(k, _)| k)?;
        let chars = word[..word_len].chars().count();
        if !(2..=15).contains(&chars) || !word.starts_with(char::is_uppercase) {
            return None;
        }
        pos += word_len;
        // Another word of the nickname follows one space away, or the nickname ends.
        if n < 2 && rest[pos..].starts_with(' ') && rest[pos + 1..].starts_with(char::is_uppercase)
        {
            pos += 1;
            continue;
        }
        break;
    }
    Some(pos)
}

/// The surname's first capitalized word after a nickname's closing mark: one space, then the
/// capital, or a lower-case name particle (`dela Cruz`, `de Klerk`) and then the capital.
fn surname_after(tail: &str) -> Option<&str> {
    let tail = tail.strip_prefix(' ')?;
    let word_end = |s: &str| {
        s.char_indices()
            .take(30)
            .find(|&(_, ch)| !(ch.is_alphabetic() || matches!(ch, '-' | '\'' | '’')))
            .map_or(s.len().min(30), |(k, _)| k)
    };
    let first = &tail[..word_end(tail)];
    if first.starts_with(char::is_uppercase) {
        return Some(first);
    }
    if !WORDS.particles.contains(first) {
        return None;
    }
    let next = tail[first.len()..].strip_prefix(' ')?;
    let surname = &next[..word_end(next)];
    surname.starts_with(char::is_uppercase).then_some(surname)
}

/// A capitalized word that may be part of a personal name (a listed given name when `known`):
/// not a common, function or title word, nor a nationality, day or month, nor a possessive,
/// nor a word that heads or closes a name of another kind (`Festival`, `Ltd`).
fn plain_name_word(w: &str, known: bool) -> bool {
    known
        || (w.chars().count() >= 2
            && !w.ends_with(['\'', '’'])
            && !w.contains("'s")
            && !w.contains("’s")
            && !WORDS.is_common(w)
            && !WORDS.is_function(w)
            && !WORDS.is_title(w)
            && !WORDS.is_non_entity(w)
            // (`Harbour "Lantern" Festival`: a word that heads a place's, body's or event's
            // name says the quoted word is a title inside that name.)
            && WORDS.head(w).is_empty()
            && !WORDS.is_suffix(w))
}

fn sentence_tokens(text: &str, span: Span, si: usize, out: &mut Vec<Tok>) {
    let s = span.slice(text);
    let base = span.start;
    // Where the next character starts: read a byte at a time where it is ASCII.
    let mut pos = 0;
    let mut prev_end: Option<usize> = None;
    let mut seen_word = false;
    let mut after_opener = true;
    let bytes = s.as_bytes();
    while let Some(&b) = bytes.get(pos) {
        // White space between tokens, the commonest byte after letters: passed over at once.
        if BYTE_CLASS[usize::from(b)] & SPACE != 0 {
            pos += 1;
            continue;
        }
        let i = pos;
        // Only white space is passed over between tokens (every other character starts one),
        // so any token after the sentence's first has only white space before it.
        let adjacent = prev_end.is_some();
        // Most tokens start with an ASCII letter or digit: a word, with no character to decode
        // and no question of white space, quotation marks or punctuation to ask.
        let ascii_word = BYTE_CLASS[usize::from(b)] & ALNUM != 0;
        let c = if ascii_word {
            char::from(b)
        } else {
            let Some(c) = char_at(s, pos) else {
                break;
            };
            if c.is_whitespace() {
                pos += c.len_utf8();
                continue;
            }
            c
        };
        if !ascii_word && matches!(c, '"' | '“') {
            let after_name = out
                .last()
                .is_some_and(|t| t.sentence == si && t.class == Class::Word && t.cap);
            let nick = after_name
                .then(|| nickname_len(text, base + i, |w| WORDS.is_given(w)))
                .flatten();
            if let Some(len) = nick {
                pos = i + len;
                continue;
            }
        }
        if !ascii_word && !c.is_alphanumeric() && !glued_apostrophe(s, i, c) {
            out.push(Tok {
                span: Span::new(base + i, base + i + c.len_utf8()),
                raw_end: base + i + c.len_utf8(),
                class: Class::Punct,
                cap: false,
                upper: false,
                initial: false,
                possessive: false,
                hyphen_next: false,
                adjacent,
                sentence: si,
                heading: false,
            });
            prev_end = Some(i + c.len_utf8());
            pos = i + c.len_utf8();
            after_opener = matches!(
                c,
                '"' | '“' | '‘' | ':' | ';' | '•' | '—' | '–' | '-' | '#' | '*'
            ) || (after_opener && !seen_word);
            continue;
        }
        // A word: alphanumerics joined by inner stops, apostrophes, hyphens and ampersands.
        let first_end = if ascii_word { i + 1 } else { i + c.len_utf8() };
        let mut end = first_end;
        // Whether a hyphen joins its parts, noted here so the word is not searched for one.
        let mut hyphen = false;
        // The word's `SHAPE_COUNT` sum, counted as it is scanned; `summed` says it holds, which
        // it does while the word is ASCII (a stop or a plus added below counts nothing).
        let mut summed = ascii_word;
        let mut sum = SHAPE_COUNT[usize::from(b)];
        loop {
            // Most of a word is ASCII letters and digits, which always join: passed over a byte
            // at a time without the questions asked of the characters between them.
            let (run, run_sum) = alnum_run(&bytes[end..]);
            end += run;
            sum += run_sum;
            // Most words end at a space or a comma, which neither joins nor closes a word.
            let next = bytes.get(end).map_or(0, |&x| BYTE_CLASS[usize::from(x)]);
            if next & (WORD_MARK | NON_ASCII) == 0 {
                break;
            }
            let Some(d) = char_at(s, end) else {
                break;
            };
            let joins = d.is_alphanumeric()
                || (is_joiner(d)
                    && char_at(s, end + d.len_utf8()).is_some_and(char::is_alphanumeric));
            if !joins && d == '/' && end == first_end && slashed_suffix(s, i, end) {
                end += 2;
                summed = false;
                break;
            }
            if joins {
                hyphen |= d == '-';
                // A character beyond ASCII ends the counting: the sum is then not read, and
                // adding 2^48 for each such character would overflow it in a long word.
                if d.is_ascii() {
                    sum += SHAPE_COUNT[usize::from(bytes[end])];
                } else {
                    summed = false;
                }
                end += d.len_utf8();
            } else {
                break;
            }
        }
        // A final stop that belongs to the word: an initial, a dotted acronym, an abbreviation.
        if bytes.get(end) == Some(&b'.') {
            let w = &s[i..end];
            // The stop closing the sentence after one capital is the sentence's (`a post on
            // X.`): an initial always has more of the sentence after it.
            let last = s[end + 1..]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | ')'));
            // (Each rule below is asked only when the ones before it did not keep the stop.)
            let initial = || !last && w.chars().count() == 1 && w.chars().all(char::is_uppercase);
            // `U.S.`, `Ph.D.`, but not the sentence's stop after a web address (`MyHome.ie.`).
            let dotted = || {
                w.contains('.')
                    && w.chars().any(char::is_alphabetic)
                    && w.split('.').all(|p| p.chars().count() <= 2)
            };
            // `Brookline, Mass.`: a state after a city's comma keeps its stop.
            let state = || {
                WORDS.states.contains(w)
                    && out
                        .last()
                        .is_some_and(|t| t.sentence == si && t.span.slice(text) == ",")
            };
            // A title's stop closing the sentence is the sentence's (`from the South Col.`).
            // A company suffix in capitals is no abbreviation (`BV`, `AG`, `LLC`): closing the
            // sentence, its stop is the sentence's (`built by Zeta Marine BV.`).
            // So is a suffix with a capital inside, which no stop shortens (`GmbH`, `SpA`),
            // before a capital that opens the next sentence (`sold by Kakao Nord GmbH. "We`).
            let next_capital = s[end + 1..]
                .trim_start()
                .trim_start_matches(['"', '“', '\'', '‘'])
                .chars()
                .next()
                .map_or(true, char::is_uppercase);
            let form =
                || next_capital && WORDS.is_suffix(w) && w.chars().skip(1).any(char::is_uppercase);
            let capitals = || (last && w.chars().all(|c| c.is_ascii_uppercase())) || form();
            let abbreviation = || {
                !capitals()
                    && with_lower(w, |l| {
                        WORDS.dotted.contains(l) && !(last && WORDS.honorifics.contains(l))
                    })
            };
            // `Ma. Cristina Dela Rosa-Uy`: a shortened given name before the rest of the name.
            let given =
                || !last && next_capital && with_lower(w, |l| WORDS.given_dotted.contains(l));
            if initial() || dotted() || state() || abbreviation() || given() {
                end += 1;
            }
        }
        // `OPEC+`, `Disney+`: a plus closing a capitalized name is part of it.
        if bytes.get(end) == Some(&b'+')
            && !s[end + 1..].starts_with(|c: char| c.is_alphanumeric() || c == '+')
            && end - i >= 2
            && c.is_uppercase()
        {
            end += 1;
        }
        // A possessive: `Meta’s`, `Reuters'`.
        let mut word_end = end;
        let mut possessive = false;
        // Every possessive ending (`'s`, `’s`, `'S`, `’S`) ends in an `s`: most words are ruled
        // out by their last byte, the rest by the byte before it (`'`, or the last of `’`).
        if matches!(bytes[end - 1], b's' | b'S') && end - i > 2 {
            let p = match bytes[end - 2] {
                b'\'' => 2,
                0x99 if end - i > 4 && bytes[..end - 1].ends_with("’".as_bytes()) => 4,
                _ => 0,
            };
            if p > 0 {
                word_end = end - p;
                possessive = true;
                // (The apostrophe counts nothing; `’` has already set the sum aside.)
                sum -= SHAPE_COUNT[usize::from(bytes[end - 1])];
            }
        }
        if !possessive && bytes[end - 1] == b's' && matches!(char_at(s, end), Some('\'' | '’')) {
            let after = s[end..].chars().nth(1);
            if !matches!(after, Some(a) if a.is_alphanumeric()) {
                possessive = true;
                end += s[end..].chars().next().map_or(0, char::len_utf8);
            }
        }
        let initial = !seen_word || after_opener;
        let span = Span::new(base + i, base + word_end);
        // (Each count fits its 16 bits only in a word shorter than 65,536 bytes.)
        let shape = if summed && word_end - i <= usize::from(u16::MAX) {
            Shape::from_sum(&bytes[i..word_end], sum)
        } else {
            Shape::of(&s[i..word_end])
        };
        // Nearly every word has no hyphen and is pushed whole, here, without the call.
        if !(hyphen
            && push_split(
                text,
                span,
                base + end,
                possessive,
                initial,
                adjacent,
                si,
                out,
            ))
        {
            push_one(
                text,
                span,
                shape,
                base + end,
                possessive,
                initial,
                adjacent,
                false,
                si,
                out,
            );
        }
        // A list number (`1.`) does not start the sentence's words: `1. Tap in ...`.
        let list_number = !seen_word && s[i..end].chars().all(|c| c.is_ascii_digit());
        seen_word |= !list_number;
        after_opener = list_number;
        prev_end = Some(end);
        pos = end;
    }
}

/// `A/S`, `I/S`: a Nordic legal form's slash (at `slash`, after the one character at `i`)
/// joins its two capitals, where the pair is a known company suffix (a slash elsewhere parts
/// words: `and/or`, `N/A`).
// (Out of line: asked only at a slash, its bounds would otherwise be worked out for every word.)
#[inline(never)]
fn slashed_suffix(s: &str, i: usize, slash: usize) -> bool {
    s.get(i..slash + 2)
        .is_some_and(|w| WORDS.suffixes.contains(w))
        && !char_at(s, slash + 2).is_some_and(char::is_alphanumeric)
}

/// `'Eua`, `'Mamello`: an apostrophe (a Polynesian ʻokina, a Sesotho `'M`) glued to the front of
/// a capitalized word is its first letter, not a single quotation mark. A quotation's opening
/// mark is told apart by its closing one later in the sentence (`'Buy Local' rules`) or by the
/// ordinary word it opens (`'We have ...`).
fn glued_apostrophe(s: &str, i: usize, c: char) -> bool {
    if !matches!(c, '\'' | '’') {
        return false;
    }
    let after = &s[i + c.len_utf8()..];
    let mut chars = after.chars();
    // A capital, then a lower-case letter: a name, not an acronym in quotation marks.
    if !(chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase))
    {
        return false;
    }
    // Glued to nothing before it: after white space, a bracket or the sentence's start.
    if s[..i]
        .chars()
        .next_back()
        .is_some_and(|p| !p.is_whitespace() && p != '(')
    {
        return false;
    }
    let word_len = after
        .find(|d: char| !d.is_alphanumeric())
        .unwrap_or(after.len());
    if WORDS.is_common(&after[..word_len]) || WORDS.is_function(&after[..word_len]) {
        return false;
    }
    // A mark closing a quotation later in the sentence: after a letter or a stop, before
    // anything but a letter. Looked for within a bounded stretch, so a line of such words
    // stays linear.
    let b = after.as_bytes();
    let closes = after
        .char_indices()
        .take_while(|&(k, _)| k < 600)
        .any(|(k, d)| {
            d == c
                && k > 0
                && !b[k - 1].is_ascii_whitespace()
                && !after[k + d.len_utf8()..].starts_with(char::is_alphanumeric)
        });
    !closes
}

/// The character at byte `k` of `s` (a character boundary), decoded only when it is not ASCII.
fn char_at(s: &str, k: usize) -> Option<char> {
    match *s.as_bytes().get(k)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => s.get(k..)?.chars().next(),
    }
}

/// Pushes a word that has a hyphen split at its hyphens, where a part is an ordinary
/// lower-case word; says whether it did (if not, the word is to be pushed whole).
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn push_split(
    text: &str,
    span: Span,
    raw_end: usize,
    possessive: bool,
    initial: bool,
    adjacent: bool,
    si: usize,
    out: &mut Vec<Tok>,
) -> bool {
    let w = span.slice(text);
    // `Dairy Co-operative`: a head word written with a hyphen stays whole.
    let head = || !WORDS.head(w).is_empty();
    if w.chars().any(char::is_uppercase) && !head() {
        let mut parts: Vec<Span> = Vec::new();
        let mut start = span.start;
        for piece in w.split('-') {
            parts.push(Span::new(start, start + piece.len()));
            start += piece.len() + 1;
        }
        // `Bangkok-Phuket route`: two known places joined by a hyphen are two names, unless
        // the whole is one (`Guinea-Bissau`).
        let place = |s: &str| {
            WORDS.gazetteer.contains(s)
                || super::BUILTIN
                    .map
                    .get(s)
                    .is_some_and(|(k, _)| *k == super::Kind::Place)
        };
        // `Gonzalo Ibarra-Mendoza`, `Maria Lima-Santos`: after a given name, two place names
        // joined by a hyphen are a double surname, not a route.
        // (`said Aminata Koné-Bamba`: so, after a lone capitalized word that no list knows,
        // not after a longer name (`Kenya Airways Nairobi-Mombasa`) or a known place.)
        let lone_unknown = |t: &Tok| {
            let w = t.span.slice(text);
            let before_cap = out.len() >= 2 && {
                let b = &out[out.len() - 2];
                b.sentence == si && b.cap
            };
            !before_cap
                && !t.upper
                && !place(w)
                && !super::BUILTIN.map.contains_key(w)
                && !WORDS.is_common(w)
                && !WORDS.nationalities.contains(w)
                && WORDS.head(w).is_empty()
        };
        let after_given = adjacent
            && out.last().is_some_and(|t| {
                t.sentence == si && t.cap && (WORDS.is_given(t.span.slice(text)) || lone_unknown(t))
            });
        // `SG Flensburg-Handewitt`, `FC Ingolstadt-Süd`: after a club's form, the places
        // joined by a hyphen are the club's one name.
        let after_club = adjacent
            && out.last().is_some_and(|t| {
                t.sentence == si
                    && t.cap
                    && WORDS.has_head(t.span.slice(text), super::Kind::Org, Pos::Start)
            });
        let route = parts.len() == 2
            && !after_given
            && !after_club
            && parts.iter().all(|p| place(p.slice(text)))
            && !place(w.strip_suffix(['\'', '\u{2019}']).unwrap_or(w));
        // Rejoin the parts that make one name; split off lower-case words.
        let mut groups: Vec<Span> = Vec::new();
        let mut lower_prev = false;
        for (k, p) in parts.iter().enumerate() {
            let pw = p.slice(text);
            // `Saint-Tarvo-d'Oska`: a French elided particle glued to a capitalized name
            // (`d'`, `l'`) is that name's.
            let elided = ["d'", "d\u{2019}", "l'", "l\u{2019}"].iter().any(|e| {
                pw.strip_prefix(e)
                    .is_some_and(|rest| rest.starts_with(char::is_uppercase))
            });
            let lower = pw.chars().next().is_some_and(char::is_lowercase)
                && !elided
                && !(k == 0 && WORDS.particles.contains(pw));
            // `Weston-super-Mare`, `Stratford-upon-Avon`: a lower-case word between two
            // capitalized ones is inside one place name.
            let cap_at = |j: usize| {
                parts
                    .get(j)
                    .is_some_and(|q| q.slice(text).starts_with(char::is_uppercase))
            };
            let inner = k > 0 && cap_at(k - 1) && cap_at(k + 1) && !range_ends(text, &parts, k);
            // `Co-operation`, `Re-insurance`: a capitalized prefix and its word are one word.
            let prefixed = k == 1
                && cap_at(0)
                && with_lower(parts[0].slice(text), |l| WORDS.hyphen_prefixes.contains(l));
            let splits = lower
                && !inner
                && !prefixed
                && (pw.len() > 3 || WORDS.is_common(pw))
                && !(k == 1 && given_syllables(text, &parts, adjacent, si, out));
            match groups.last_mut() {
                Some(g) if !splits && !lower_prev && !route => *g = g.cover(*p),
                _ => groups.push(*p),
            }
            lower_prev = splits;
        }
        if groups.len() > 1 {
            let n = groups.len();
            for (k, g) in groups.into_iter().enumerate() {
                let last = k + 1 == n;
                push_one(
                    text,
                    g,
                    Shape::of(g.slice(text)),
                    if last { raw_end } else { g.end },
                    possessive && last,
                    initial && k == 0,
                    if k == 0 { adjacent } else { false },
                    !last,
                    si,
                    out,
                );
            }
            return true;
        }
    }
    false
}

/// `the Odesa-to-Bosphorus run`, `the November-to-February season`: the part `k` of a
/// hyphenated word is a range's or a route's connector (`to`, `via`) and a known place or a
/// calendar word stands beside it, so the word is two names (or none), not one. Unknown words
/// (`Farm-to-Market Road`) keep the compound whole.
fn range_ends(text: &str, parts: &[Span], k: usize) -> bool {
    let known = |j: usize| {
        parts.get(j).is_some_and(|p| {
            let s = p.slice(text);
            WORDS.calendar.contains(s)
                || WORDS.gazetteer.contains(s)
                || super::BUILTIN
                    .map
                    .get(s)
                    .is_some_and(|(k, _)| *k == super::Kind::Place)
        })
    };
    k > 0 && WORDS.range_connectors.contains(parts[k].slice(text)) && (known(k - 1) || known(k + 1))
}

/// `Park Ji-hoon`, `Kim Seo-yeon`: a two-part given name after a surname, its second syllable
/// in lower case. Only the short shape counts (a part of two to four letters, then one of
/// four to six that is no English word), and only after a capitalized word: `Tokyo-based`
/// splits.
fn given_syllables(text: &str, parts: &[Span], adjacent: bool, si: usize, out: &[Tok]) -> bool {
    let [first, second] = parts else {
        return false;
    };
    let (f, s) = (first.slice(text), second.slice(text));
    let mut fc = f.chars();
    let title_case = fc.next().is_some_and(char::is_uppercase) && fc.all(char::is_lowercase);
    let surname_before = adjacent
        && out
            .last()
            .is_some_and(|t| t.sentence == si && t.cap && !t.upper && t.class == Class::Word);
    // `Winnie Lau Suet-ying`: a first part of four letters too, when it is no English word and
    // the second ends as such syllables do (a vowel, `n`, `ng`), unlike `Dual-band`, `Self-help`.
    let syllable_end = s.ends_with(['a', 'e', 'i', 'o', 'u', 'y', 'n']) || s.ends_with("ng");
    // `Seo Dong-hyuk`, `Kim Jong-seok`: after a Korean family name, a syllable may close on a
    // consonant (`-hyuk`, `-sik`, `-chul`) and the first may be an English word (`Dong`); a
    // first syllable runs to five letters (`Byung`, `Kyung`, `Seung`, `Hyeon`).
    let korean = surname_before
        && out
            .last()
            .is_some_and(|t| WORDS.korean_surnames.contains(t.span.slice(text)))
        && (2..=5).contains(&f.len())
        && (2..=5).contains(&s.len());
    let shaped = korean
        || (((2..=3).contains(&f.len())
            || (f.len() == 4 && syllable_end && !WORDS.is_common(f)))
            // `Tsai Ming-hsien`, `Chiang Ching-kuo`: Wade-Giles syllables run to six
            // letters; beyond four they end as syllables do.
            && (s.len() == 4 || ((5..=6).contains(&s.len()) && syllable_end)));
    title_case
        && shaped
        && s.chars().all(|c| c.is_ascii_lowercase())
        && !s.ends_with("ed")
        && !WORDS.is_common(s)
        && WORDS.cue(s, Cue::Hyphen).is_none()
        && surname_before
}

/// What `push_one` reads off a word's letters, in one pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Shape {
    /// The first character (a space for an empty word).
    first: char,
    /// How many letters.
    letters: usize,
    /// How many upper-case letters.
    uppers: usize,
    /// The first letter with a case.
    first_alpha: Option<char>,
    /// An upper-case letter after the first character.
    inner_upper: bool,
    /// A hyphen anywhere.
    hyphen: bool,
}

impl Shape {
    /// The shape of `w`: read byte by byte when the word is ASCII (nearly every word), where
    /// a letter is `a-z` or `A-Z` and every letter has a case.
    // (Inlined into `push_one`, so the shape is kept in registers, not written out and read
    // back, for each of the 300,000-odd words of the corpus.)
    #[inline(always)]
    fn of(w: &str) -> Shape {
        let b = w.as_bytes();
        // Each count fits its 16 bits only in a word shorter than 65,536 bytes.
        if b.len() > usize::from(u16::MAX) {
            return Shape::of_chars(w);
        }
        let sum: u64 = b.iter().map(|&x| SHAPE_COUNT[usize::from(x)]).sum();
        if (sum >> 48) & 0xffff != 0 {
            return Shape::of_chars(w);
        }
        Shape::from_sum(b, sum)
    }

    /// The shape of `b`, an ASCII word shorter than 65,536 bytes, from `sum`, its bytes'
    /// `SHAPE_COUNT` sum (counted by the word scan, so the word is not read twice).
    #[inline(always)]
    fn from_sum(b: &[u8], sum: u64) -> Shape {
        debug_assert!(b.is_ascii() && b.len() <= usize::from(u16::MAX));
        let field = |k: u32| ((sum >> (16 * k)) & 0xffff) as usize;
        let (letters, uppers) = (field(0), field(1));
        let hyphen = field(2) != 0;
        let first_alpha = b
            .iter()
            .find(|&&x| x.is_ascii_alphabetic())
            .map(|&x| char::from(x));
        let first_upper = b.first().is_some_and(u8::is_ascii_uppercase);
        Shape {
            first: b.first().map_or(' ', |&x| char::from(x)),
            letters,
            uppers,
            first_alpha,
            inner_upper: uppers > usize::from(first_upper),
            hyphen,
        }
    }

    /// The shape of `w`, read a character at a time: any script.
    #[inline(never)]
    fn of_chars(w: &str) -> Shape {
        let mut chars = w.chars();
        let first = chars.next().unwrap_or(' ');
        let mut letters = usize::from(first.is_alphabetic());
        let mut uppers = usize::from(first.is_uppercase());
        // `ʻEua`: a letter without case (the ʻokina) opens the word; the first cased letter
        // says whether it is written as a name.
        let cased = |c: char| c.is_uppercase() || c.is_lowercase();
        let mut first_alpha = cased(first).then_some(first);
        let mut inner_upper = false;
        let mut hyphen = first == '-';
        for c in chars {
            hyphen |= c == '-';
            if c.is_alphabetic() {
                letters += 1;
                if cased(c) {
                    first_alpha.get_or_insert(c);
                }
                if c.is_uppercase() {
                    uppers += 1;
                    inner_upper = true;
                }
            }
        }
        Shape {
            first,
            letters,
            uppers,
            first_alpha,
            inner_upper,
            hyphen,
        }
    }
}

#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn push_one(
    text: &str,
    span: Span,
    shape: Shape,
    raw_end: usize,
    possessive: bool,
    initial: bool,
    adjacent: bool,
    hyphen_next: bool,
    si: usize,
    out: &mut Vec<Tok>,
) {
    let Shape {
        first,
        letters,
        uppers,
        first_alpha,
        inner_upper,
        hyphen,
    } = shape;
    let class = if first.is_numeric() {
        Class::Number
    } else {
        Class::Word
    };
    // `iPhone`, `eBay`: a lower-case start with a capital inside is written as a name.
    // `al-Ansari`, `el-Sisi`: a particle joined to a capitalized name.
    // Only read for a hyphenated word (found in the pass above, not by searching again).
    let particle_name = || {
        span.slice(text).split_once('-').is_some_and(|(p, rest)| {
            WORDS.particles.contains(p) && rest.starts_with(char::is_uppercase)
        })
    };
    let camel = first.is_lowercase() && inner_upper && (!hyphen || particle_name());
    let cap = uppers > 0 && (first_alpha.is_some_and(char::is_uppercase) || camel);
    out.push(Tok {
        span,
        raw_end,
        class,
        cap,
        upper: letters >= 2 && uppers == letters,
        initial,
        possessive,
        hyphen_next,
        adjacent,
        sentence: si,
        heading: false,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(String, bool, bool)> {
        let b = crate::segment::blocks(text);
        let s = crate::segment::sentences(text, &b);
        tokenize(text, &b, &s)
            .iter()
            .filter(|t| t.class != Class::Punct)
            .map(|t| (t.text(text).to_string(), t.cap, t.possessive))
            .collect()
    }

    #[test]
    fn a_word_of_many_characters_beyond_ascii_is_one_token() {
        // Each character beyond ASCII would add 2^48 to the word's packed counts: 65,536 of them
        // overflowed the sum (a panic in a debug build) before it stopped counting them.
        let word = "aé".repeat(70_000);
        let text = format!("Kim {word} left.");
        let t = toks(&text);
        assert_eq!(t.len(), 3);
        assert_eq!(t[1].0, word);
        assert!(!t[1].1);
    }

    #[test]
    fn only_a_known_suffix_s_slash_joins_its_capitals() {
        assert!(slashed_suffix("Maersk A/S said", 7, 8));
        assert!(slashed_suffix("by Maersk A/S", 10, 11));
        // Not a known suffix, or a slash before more of a word.
        assert!(!slashed_suffix("N/A here", 0, 1));
        assert!(!slashed_suffix("A/Sx", 0, 1));
        assert_eq!(
            toks("Maersk A/S and N/A.")
                .iter()
                .map(|t| t.0.as_str())
                .collect::<Vec<_>>(),
            ["Maersk", "A/S", "and", "N", "A"]
        );
    }

    #[test]
    fn a_byte_s_counts_are_its_classes() {
        for b in 0..=255u8 {
            let f = BYTE_CLASS[usize::from(b)];
            let c = SHAPE_COUNT[usize::from(b)];
            let field = |k: u32| (c >> (16 * k)) & 0xffff;
            assert_eq!(field(0), u64::from(b.is_ascii_alphabetic()), "{b}");
            assert_eq!(field(1), u64::from(b.is_ascii_uppercase()), "{b}");
            assert_eq!(field(2), u64::from(b == b'-'), "{b}");
            assert_eq!(field(3), u64::from(f & NON_ASCII != 0), "{b}");
        }
    }

    #[test]
    fn the_byte_classes_are_the_ascii_ones() {
        for b in 0..=255u8 {
            let f = BYTE_CLASS[usize::from(b)];
            assert_eq!(f & ALNUM != 0, b.is_ascii_alphanumeric(), "{b}");
            assert_eq!(f & ALPHA != 0, b.is_ascii_alphabetic(), "{b}");
            assert_eq!(f & UPPER != 0, b.is_ascii_uppercase(), "{b}");
            assert_eq!(f & HYPHEN != 0, b == b'-', "{b}");
            assert_eq!(f & NON_ASCII != 0, !b.is_ascii(), "{b}");
            let c = char::from(b);
            assert_eq!(f & SPACE != 0, b.is_ascii() && c.is_whitespace(), "{b}");
            // Every ASCII byte that can follow a letter inside a word is marked.
            let marked = b.is_ascii() && (is_joiner(c) || c == '/');
            assert_eq!(f & WORD_MARK != 0, marked, "{b}");
        }
        for b in 0..=255u8 {
            let run = RUN_COUNT[usize::from(b)];
            let plain = if b.is_ascii_alphanumeric() {
                SHAPE_COUNT[usize::from(b)]
            } else {
                RUN_END
            };
            assert_eq!(run, plain, "{b}");
        }
        for w in [
            "",
            "abc",
            "ab-c",
            "a1é",
            "Nimbus-2.5",
            "--",
            "McDonald",
            "A321neo x",
        ] {
            let plain = w.bytes().take_while(u8::is_ascii_alphanumeric).count();
            let sum = w.as_bytes()[..plain]
                .iter()
                .map(|&x| SHAPE_COUNT[usize::from(x)])
                .sum();
            assert_eq!(alnum_run(w.as_bytes()), (plain, sum), "{w:?}");
        }
    }

    #[test]
    fn a_word_s_shape_counted_in_its_scan_is_its_shape_read_again() {
        let text = "Meta's U.S. team met AT&T, O'Neill and NASA's Nimbus-2.5 crew. Reuters' \
                    eBay's iPhone, Llama-powered al-Ansari, Disney+ and Ph.D. Zürich’s CEO’S \
                    Kakao Nord GmbH. \"We\" sold A/S 3M's mRNA ITS's a's on X.";
        let b = crate::segment::blocks(text);
        let s = crate::segment::sentences(text, &b);
        let toks = tokenize(text, &b, &s);
        assert!(toks.iter().any(|t| t.possessive));
        for t in toks.iter().filter(|t| t.class != Class::Punct) {
            let mut again = Vec::new();
            let shape = Shape::of(t.text(text));
            push_one(
                text,
                t.span,
                shape,
                t.raw_end,
                t.possessive,
                t.initial,
                t.adjacent,
                t.hyphen_next,
                t.sentence,
                &mut again,
            );
            let a = &again[0];
            let (got, want) = ((t.class, t.cap, t.upper), (a.class, a.cap, a.upper));
            assert_eq!(got, want, "{:?}", t.text(text));
        }
    }

    #[test]
    fn a_word_s_shape_read_by_bytes_is_its_shape_read_by_characters() {
        let words = [
            "",
            "a",
            "A",
            "Meta",
            "iPhone",
            "eBay",
            "U.S.",
            "AT&T",
            "A321neo",
            "al-Ansari",
            "Llama-powered",
            "-",
            "'Eua",
            "O'Neill",
            "2.5",
            "Nimbus-2.5",
            "NASA",
            "x-Y",
            "GmbH",
            "Ph.D.",
            "3M",
            "mRNA",
            "ʻEua",
            "Lucía",
            "ÉCOLE",
            "über-Cool",
            "Zürich",
            "Ŋa",
        ];
        for w in words {
            assert_eq!(Shape::of(w), Shape::of_chars(w), "{w:?}");
        }
        // Every ASCII byte, alone and between letters.
        for b in 0u8..128 {
            let one = char::from(b).to_string();
            let mid = format!("a{}B", char::from(b));
            for w in [one.as_str(), mid.as_str()] {
                assert_eq!(Shape::of(w), Shape::of_chars(w), "{w:?}");
            }
        }
    }

    #[test]
    fn possessives_and_compounds() {
        let t = toks("Meta’s Llama-powered bot met Mary-Kate O'Neill and the U.S. team.");
        let words: Vec<&str> = t.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            words,
            [
                "Meta",
                "Llama",
                "powered",
                "bot",
                "met",
                "Mary-Kate",
                "O'Neill",
                "and",
                "the",
                "U.S.",
                "team"
            ]
        );
        assert!(t[0].2, "Meta’s is possessive");
    }

    #[test]
    fn versions_and_camel_case() {
        let t = toks("They tried Nimbus-2.5, iPhone and anti-Trump ads.");
        let words: Vec<&str> = t.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            words,
            [
                "They",
                "tried",
                "Nimbus-2.5",
                "iPhone",
                "and",
                "anti",
                "Trump",
                "ads"
            ]
        );
        assert!(t[3].1, "iPhone is written as a name");
    }

    #[test]
    fn nicknames_of_several_words_or_before_a_particle_stay_inside_the_name() {
        let text = "Arvin \"The Bull\" Macaraeg and Jericho \"Jeck\" dela Cruz met \
                    Yohanes \u{201c}Anes\u{201d} Situmorang.";
        for (name, len) in [
            ("\"The Bull\"", 10),
            ("\"Jeck\"", 6),
            ("\u{201c}Anes\u{201d}", 10),
        ] {
            let open = text.find(name).unwrap();
            assert_eq!(nickname_len(text, open, |_| false), Some(len), "{name}");
        }
        let words: Vec<String> = toks(text).into_iter().map(|t| t.0).collect();
        assert!(
            !words
                .iter()
                .any(|w| w == "Bull" || w == "Jeck" || w == "Anes"),
            "{words:?}"
        );
        // A title in quotes between capitalized common words is still a title.
        let text =
            "Netflix \"Stranger Things\" Season five; the \"Big Deal\" Act; Said \"No\" Way.";
        for name in ["\"Stranger Things\"", "\"Big Deal\"", "\"No\""] {
            let open = text.find(name).unwrap();
            assert_eq!(nickname_len(text, open, |_| false), None, "{name}");
        }
    }

    #[test]
    fn a_korean_family_name_keeps_a_given_name_closing_on_a_consonant() {
        let t = toks("Seo Dong-hyuk met Kim Jong-seok, Han Ji-woo and Lee Byung-gook.");
        for name in ["Dong-hyuk", "Jong-seok", "Ji-woo", "Byung-gook"] {
            assert!(t.iter().any(|x| x.0 == name), "{name}: {t:?}");
        }
        // After no family name the lower-case part of a compound still splits off.
        let t = toks("The Tokyo-based Dong-style band played.");
        assert!(t.iter().any(|x| x.0 == "based"), "{t:?}");
        assert!(t.iter().any(|x| x.0 == "style"), "{t:?}");
    }

    #[test]
    fn a_suffix_with_a_capital_inside_leaves_a_closing_stop_to_the_sentence() {
        let t = toks("It sells through Kakao Nord GmbH. \"We expect more,\" she said.");
        assert!(t.iter().any(|x| x.0 == "GmbH"), "{t:?}");
        // Before a lower-case word the stop may still be the word's; a plain suffix keeps it.
        let t = toks("It sells through Tarvo Holdings Ltd. and others.");
        assert!(t.iter().any(|x| x.0 == "Ltd."), "{t:?}");
    }

    #[test]
    fn a_route_or_a_range_in_one_hyphenated_word_is_split() {
        let words = |text: &str| -> Vec<String> { toks(text).into_iter().map(|t| t.0).collect() };
        let t = words("Rates on the Odesa-to-Bosphorus run rose from November-to-February.");
        for w in ["Odesa", "to", "Bosphorus", "November", "February"] {
            assert!(t.iter().any(|x| x == w), "{w}: {t:?}");
        }
        // Unknown words on both sides, or a place's own connector, keep the word whole.
        let t = words("The site off Farm-to-Market Road 2837 is near Stratford-upon-Avon.");
        assert!(t.iter().any(|x| x == "Farm-to-Market"), "{t:?}");
        assert!(t.iter().any(|x| x == "Stratford-upon-Avon"), "{t:?}");
    }
}
