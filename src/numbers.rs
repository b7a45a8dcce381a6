//! The number recognizer: every number in a text, normalized, before any claim filter.
//!
//! The text is cut once into tokens (words, digit runs, symbols) and a small grammar is run over
//! them, left to right, each phrase consumed once, so the work is linear in the text. The grammar
//! reads digits (`1,250`, `4.5`, `.5`, `1 234 567`, `1e10`), number words (`three hundred and
//! twenty`, `forty-two`, `a dozen`), fractions (`3/4`, `two thirds`, `one and a half`), scale
//! words and short forms (`1.2 billion`, `$3.5m`, `10M`), vague magnitudes (`tens of thousands`),
//! percentages, money, units and ranges. Numbers that do not state a quantity (years, dates,
//! times, ordinals, identifiers, phone numbers, scores) are still reported, with a kind that says
//! so, so that the claim filter can drop them. All words come from the files in `src/data/`.

use std::sync::LazyLock;

use serde::Serialize;

// The word tables are looked up several times per token with fixed keys: the Fx hash.
use crate::fasthash::{FastMap, FastSet, WordMap, WordSet};
use crate::lexicon;
use crate::span::Span;

/// What sort of number was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    /// A plain count or amount (`650 million`, `twelve`).
    Count,
    /// A fraction (`3/4`, `two thirds`, `half`).
    Fraction,
    /// A percentage (`12%`, `12 per cent`).
    Percent,
    /// A difference of percentages (`2 percentage points`, `25 basis points`).
    PercentagePoints,
    /// An amount of money (`$3.5m`, `420 million euros`).
    Money,
    /// A measurement with a unit (`4,800 km`).
    Measure,
    /// A length of time (`22 years`).
    Duration,
    /// An age (`the 23-year-old`).
    Age,
    /// A ratio (`one in five`).
    Ratio,
    /// A multiple (`double`, `twice`).
    Multiplier,
    /// A vague magnitude (`thousands of`), valued at its floor.
    Vague,
    /// A year (`2024`, `the 1990s`).
    Year,
    /// A date or part of one (`5/17/2018`, `March 3`).
    Date,
    /// A time of day (`10:30`, `5pm`).
    Time,
    /// An ordinal (`3rd`, `twenty-first`).
    Ordinal,
    /// A number that names or numbers a thing (`Qwen 3`, `version 2`, `flight 370`, `192.168.1.2`).
    Identifier,
    /// A part of a phone number.
    Phone,
    /// A score or tally (`3-1`).
    Score,
}

impl NumberKind {
    /// True for kinds that state a quantity and so may be claims.
    pub fn is_quantity(self) -> bool {
        !matches!(
            self,
            NumberKind::Year
                | NumberKind::Date
                | NumberKind::Time
                | NumberKind::Ordinal
                | NumberKind::Identifier
                | NumberKind::Phone
                | NumberKind::Score
        )
    }
}

/// One number found in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Number {
    /// The number as written, with its scale, currency and unit.
    pub text: String,
    /// Its value in natural units (the low end of a range).
    pub value: f64,
    /// The high end of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// What it is.
    pub kind: NumberKind,
    /// ISO 4217 code for money (a minor unit written as `cents`/`pence`), `percent`, or the
    /// canonical measurement unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Byte offset where the unit is written (`megawatts` in `15 megawatts`), for measures.
    #[serde(skip)]
    pub unit_start: Option<usize>,
}

impl Number {
    /// Where it is.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

// ---------------------------------------------------------------------------------------------
// Language data

/// The grammatical class of a number word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Dozen,
    Ordinal { plural: bool },
    Tail { plural: bool },
    Article,
    Multiplier,
    And,
    Point,
    Negative,
    Between,
    To,
    Or,
    Range,
    From,
    Over,
    In,
    Out,
    Of,
    OrdinalSuffix,
    Vulgar,
    Clock,
    Zone,
    Every,
    Decade,
    Exponent,
}

/// The number words: value and class. Looked up on most words near a figure (some 230,000
/// times on the corpus), hence a [`WordMap`].
static WORDS: LazyLock<WordMap<(f64, Class)>> = LazyLock::new(|| {
    let map: FastMap<&'static str, (f64, Class)> =
        lexicon::rows(include_str!("data/number_words.tsv"))
            .filter(|r| r.len() >= 3)
            .filter_map(|r| {
                let class = match r[2] {
                    "unit" => Class::Unit,
                    "teen" => Class::Teen,
                    "tens" => Class::Tens,
                    "hundred" => Class::Hundred,
                    "scale" => Class::Scale,
                    "dozen" => Class::Dozen,
                    "ordinal" => Class::Ordinal { plural: false },
                    "ordinals" => Class::Ordinal { plural: true },
                    "tail" => Class::Tail { plural: false },
                    "tails" => Class::Tail { plural: true },
                    "article" => Class::Article,
                    "multiplier" => Class::Multiplier,
                    "and" => Class::And,
                    "point" => Class::Point,
                    "negative" => Class::Negative,
                    "between" => Class::Between,
                    "to" => Class::To,
                    "or" => Class::Or,
                    "range" => Class::Range,
                    "from" => Class::From,
                    "over" => Class::Over,
                    "in" => Class::In,
                    "out" => Class::Out,
                    "of" => Class::Of,
                    "ordinal_suffix" => Class::OrdinalSuffix,
                    "vulgar" => Class::Vulgar,
                    "clock" => Class::Clock,
                    "zone" => Class::Zone,
                    "every" => Class::Every,
                    "decade" => Class::Decade,
                    "exponent" => Class::Exponent,
                    _ => return None,
                };
                Some((r[0], (r[1].parse().ok()?, class)))
            })
            .collect();
    // Built in a map, where a word given twice keeps its later row; then packed.
    map.into_iter().collect()
});

/// Vague magnitude words: value, and whether the word needs `of` after it.
/// Words that make a bare scale word after them vague: `several hundred`.
static VAGUE_DETERMINERS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/vague_determiners.txt")).collect());

static VAGUE: LazyLock<FastMap<&'static str, (f64, bool)>> = LazyLock::new(|| {
    lexicon::rows(include_str!("data/vague_magnitudes.tsv"))
        .filter_map(|r| Some((r[0], (r.get(1)?.parse().ok()?, r.get(2) == Some(&"of")))))
        .collect()
});

/// Whether a number word of this class opens a number phrase on its own.
fn starts(c: Class) -> bool {
    matches!(
        c,
        Class::Unit
            | Class::Teen
            | Class::Tens
            | Class::Hundred
            | Class::Scale
            | Class::Dozen
            | Class::Ordinal { .. }
            | Class::Multiplier
            | Class::Negative
    )
}

/// What a lower-cased word says about whether a number phrase may start at it.
#[derive(Clone, Copy)]
enum Start {
    /// An article: a number only before a number word or as an amount (`a dozen`, `a mile`).
    Article,
    /// A number word, vague magnitude or currency form that opens a phrase.
    Yes,
}

/// [`WORDS`], [`VAGUE`] and [`CURRENCIES`] folded into one table, so that the test run on every
/// word of the text costs one hash probe instead of four.
static STARTS: LazyLock<WordMap<Start>> = LazyLock::new(|| {
    let mut map: FastMap<&'static str, Start> = FastMap::default();
    for w in VAGUE.keys().copied().chain(CURRENCIES.keys()) {
        map.insert(w, Start::Yes);
    }
    // The number-word class comes first: an article is an article even if listed elsewhere.
    for w in WORDS.keys() {
        let Some(&(_, c)) = WORDS.get(w) else {
            continue;
        };
        if c == Class::Article {
            map.insert(w, Start::Article);
        } else if starts(c) {
            map.insert(w, Start::Yes);
        }
    }
    // Built in a map, where a later insert wins; then packed for the per-word look-up.
    map.into_iter().collect()
});

/// Where a short scale form may stand.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ScaleMode {
    Any,
    End,
    Attached,
    Alone,
    Money,
}

static SCALES: LazyLock<FastMap<&'static str, (f64, ScaleMode)>> = LazyLock::new(|| {
    lexicon::rows(include_str!("data/scale_words.tsv"))
        .filter_map(|r| {
            let mode = match *r.get(2)? {
                "any" => ScaleMode::Any,
                "end" => ScaleMode::End,
                "attached" => ScaleMode::Attached,
                "alone" => ScaleMode::Alone,
                _ => ScaleMode::Money,
            };
            Some((r[0], (r[1].parse().ok()?, mode)))
        })
        .collect()
});

/// A multi-token form (currency or unit) with what it means.
struct Form {
    tokens: Vec<&'static str>,
    /// Matched against the original text rather than its lower-cased copy.
    exact: bool,
    value: &'static str,
    extra: &'static str,
}

fn forms(src: &'static str) -> Vec<Form> {
    let mut out: Vec<Form> = lexicon::rows(src)
        .filter(|r| r.len() >= 3)
        .map(|r| Form {
            tokens: r[0].split(' ').collect(),
            // One-letter forms (m, g) are case-sensitive: 5G is not five grams.
            exact: r[0].chars().any(char::is_uppercase) || r[0].chars().count() == 1,
            value: r[1],
            extra: r[2],
        })
        .collect();
    // Longest first, so that `percentage points` wins over `percentage`.
    out.sort_by_key(|f| std::cmp::Reverse(f.tokens.len()));
    out
}

/// Forms indexed by their first token (lower-cased unless the form is exact), longest first, so
/// that a look-up costs one hash probe per token: a [`WordMap`], as `Parser::candidates`
/// probes it at every word of a text that `Parser::named` scans, and at every amount.
type FormIndex = WordMap<Vec<Form>>;

fn index(forms: Vec<Form>) -> FormIndex {
    let mut map: FastMap<&'static str, Vec<Form>> = FastMap::default();
    for f in forms {
        map.entry(f.tokens[0]).or_default().push(f);
    }
    map.into_iter().collect()
}

static CURRENCIES: LazyLock<FormIndex> =
    LazyLock::new(|| index(forms(include_str!("data/currencies.tsv"))));
static UNITS: LazyLock<FormIndex> = LazyLock::new(|| index(forms(include_str!("data/units.tsv"))));

/// The currency forms [`Parser::named`] counts (all but `named`, `named_suffix` and
/// `home_prefix`), indexed by their first token in ASCII lower case: one probe of the
/// lower-cased text per word, where [`Parser::candidates`] probes the word as written and
/// again lower-cased. A form found here but written in other capitals than an exact form's is
/// turned away by `match_form`, as its first token is matched with the rest.
static NAMED_SCAN: LazyLock<WordMap<Vec<&'static Form>>> = LazyLock::new(|| {
    let mut map: FastMap<&'static str, Vec<&'static Form>> = FastMap::default();
    for key in CURRENCIES.keys() {
        let lower = if key.bytes().any(|b| b.is_ascii_uppercase()) {
            // Built once: the few capitalized keys (`A`, `Rs`, `US`) live as long as the table.
            &*Box::leak(key.to_ascii_lowercase().into_boxed_str())
        } else {
            key
        };
        let forms = CURRENCIES.get(key).into_iter().flatten();
        map.entry(lower)
            .or_default()
            .extend(forms.filter(|f| !matches!(f.extra, "named" | "named_suffix" | "home_prefix")));
    }
    map.retain(|_, forms| !forms.is_empty());
    map.into_iter().collect()
});
/// The lengths of [`NAMED_SCAN`]'s words by their first and last bytes, to rule out most words
/// of a text before hashing them: [`Parser::named`] asks about every word, and three in four
/// have no key of their ends and length.
struct ScanEnds {
    /// Bit `n` of the entry of ends `(f, l)` (see [`ScanEnds::slot`]): some key with those ends
    /// is `n` bytes long (bit 63: 63 bytes or more).
    lens: [u64; 1024],
}

impl ScanEnds {
    /// The entry of a word's first and last bytes: their low five bits each, which tell the
    /// lower-case letters apart (other bytes share entries, which only lets more words by).
    fn slot(first: u8, last: u8) -> usize {
        usize::from(first & 0x1f) << 5 | usize::from(last & 0x1f)
    }

    /// False when `word` is surely no key of [`NAMED_SCAN`]; true when it may be.
    fn may_hold(&self, word: &str) -> bool {
        let b = word.as_bytes();
        match (b.first(), b.last()) {
            (Some(&f), Some(&l)) => self.lens[Self::slot(f, l)] >> b.len().min(63) & 1 != 0,
            _ => true,
        }
    }
}

static SCAN_ENDS: LazyLock<ScanEnds> = LazyLock::new(|| {
    let mut ends = ScanEnds { lens: [0; 1024] };
    for w in NAMED_SCAN.keys() {
        let b = w.as_bytes();
        if let (Some(&f), Some(&l)) = (b.first(), b.last()) {
            ends.lens[ScanEnds::slot(f, l)] |= 1 << b.len().min(63);
        }
    }
    ends
});

static MONTHS: LazyLock<WordSet> = LazyLock::new(|| {
    lexicon::rows(include_str!("data/time_words.tsv"))
        .filter(|r| r.get(1) == Some(&"month"))
        .map(|r| r[0])
        .collect()
});
static YEAR_PREPS: LazyLock<WordSet> = LazyLock::new(|| {
    lexicon::rows(include_str!("data/time_words.tsv"))
        .filter(|r| r.get(1) == Some(&"year_prep"))
        .map(|r| r[0])
        .collect()
});
static FUNCTION_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/function_words.txt")).collect());
static IDENTIFIER_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/identifier_words.txt")).collect());
static SCORE_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/score_words.txt")).collect());
/// Cue words before `a`/`an` and a unit, and the unit kind they are limited to, if any.
static ARTICLE_UNIT_CUES: LazyLock<FastMap<&'static str, Option<&'static str>>> =
    LazyLock::new(|| {
        lexicon::rows(include_str!("data/article_unit_cues.txt"))
            .map(|r| (r[0], r.get(1).copied()))
            .collect()
    });
static ORDINAL_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/ordinal_nouns.txt")).collect());
static DIMENSION_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| lexicon::entries(include_str!("data/dimension_words.txt")).collect());

/// Denominators that make `a/b` a fraction rather than a date or a tally (`9/11`, `24/7`).
const FRACTION_DENOMINATORS: [f64; 11] = [2., 3., 4., 5., 6., 8., 10., 12., 16., 32., 100.];

/// The longest phrase the grammar reads, in tokens: keeps the scan linear on odd input.
const MAX_PHRASE: usize = 40;

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tk {
    Word,
    Num,
    Sym,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    kind: Tk,
    start: usize,
    end: usize,
    /// Whitespace comes before it.
    space: bool,
    /// Parsed value of a digit run.
    value: f64,
    /// A digit run with a decimal part.
    decimal: bool,
    /// A digit run with thousands separators.
    grouped: bool,
    /// One part of a dotted chain (`192.168.1.2`, `1.2.3`).
    chain: bool,
}

/// The vulgar fraction characters of [`WORDS`] (a handful): asked about at every word start,
/// where a short scan beats hashing the character.
static VULGAR: LazyLock<Vec<char>> = LazyLock::new(|| {
    WORDS
        .keys()
        .filter(|k| WORDS.get(k).is_some_and(|w| w.1 == Class::Vulgar))
        .filter_map(|k| {
            let mut chars = k.chars();
            chars.next().filter(|_| chars.next().is_none())
        })
        .collect()
});

/// A vulgar fraction character (½), read as a symbol.
fn is_vulgar(c: char) -> bool {
    VULGAR.contains(&c)
}

fn digit_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// The separator that may group digits by thousands after a space-like character.
fn group_space(text: &str, i: usize) -> Option<usize> {
    let c = text[i..].chars().next()?;
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}').then(|| c.len_utf8())
}

fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    // About one token per five bytes of running text: sized once, not regrown by copying.
    let mut out: Vec<Tok> = Vec::with_capacity(text.len() / 4 + 16);
    let mut i = 0;
    let mut space = true;
    let tok = |kind, start, end, space| Tok {
        kind,
        start,
        end,
        space,
        value: 0.0,
        decimal: false,
        grouped: false,
        chain: false,
    };
    while i < b.len() {
        // An ASCII byte is a whole character: decoded only when it is not.
        let c = if b[i].is_ascii() {
            char::from(b[i])
        } else {
            text[i..].chars().next().unwrap_or(' ')
        };
        if c.is_whitespace() {
            space = true;
            i += c.len_utf8();
            continue;
        }
        // Whether a dot opens a decimal (`.5`): asked only of a dot before a digit.
        let leading_dot = || {
            let prev_alnum = i > 0
                && if b[i - 1].is_ascii() {
                    b[i - 1].is_ascii_alphanumeric()
                } else {
                    text[..i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                };
            b.get(i + 1).is_some_and(u8::is_ascii_digit)
                && !prev_alnum
                && !out.last().is_some_and(|t| t.end == i && t.kind == Tk::Num)
        };
        if c.is_ascii_digit() || (c == '.' && leading_dot()) {
            i = scan_number(text, i, space, &mut out);
        } else if c.is_alphanumeric() && (c.is_ascii() || !is_vulgar(c)) {
            // A word after digits with no space is a suffix (10k, 3rd): letters only.
            let after_num =
                out.last().is_some_and(|t| t.end == i && t.kind == Tk::Num) && c.is_alphabetic();
            let start = i;
            i = word_end(text, start, after_num);
            // A short capitalized prefix glued to digits is its own word: RM3, USD10m, A321neo.
            // (Digits are ASCII: their byte offset is their character offset. Only the first
            // four bytes are looked at: a prefix is at most three letters.)
            let letters = b[start..i.min(start + 4)]
                .iter()
                .position(u8::is_ascii_digit)
                .unwrap_or(i - start);
            if !after_num
                && letters > 0
                && letters <= 3
                && start + letters < i
                && (text[start..start + letters]
                    .chars()
                    .all(|c| c.is_ascii_uppercase())
                    || is_titled_currency(&b[start..start + letters]))
            {
                out.push(tok(Tk::Word, start, start + letters, space));
                i = scan_number(text, start + letters, false, &mut out);
                space = false;
                continue;
            }
            out.push(tok(Tk::Word, start, i, space));
        } else {
            out.push(tok(Tk::Sym, i, i + c.len_utf8(), space));
            i += c.len_utf8();
        }
        space = false;
    }
    out
}

/// Whether `letters` (at most three ASCII bytes) are a capitalized currency prefix glued to
/// digits, written with lower case after its capital (`Rs18.4bn`, `Rs299`): its own word, as an
/// all-capital one is. Only a form of the currency table counts, so `Mp3` or `Fig4` stay whole.
fn is_titled_currency(letters: &[u8]) -> bool {
    let mut buf = [0u8; 3];
    if letters.len() < 2 || letters.len() > buf.len() || !letters[0].is_ascii_uppercase() {
        return false;
    }
    for (d, s) in buf.iter_mut().zip(letters) {
        if !s.is_ascii_alphabetic() {
            return false;
        }
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..letters.len()])
        .ok()
        .and_then(|w| CURRENCIES.get(w))
        .is_some_and(|forms| {
            forms
                .iter()
                .any(|f| !f.exact && matches!(f.extra, "prefix" | "both" | "home_prefix"))
        })
}

/// Where the word starting at `start` ends: letters and digits (letters only right after
/// digits, `after_num`), with an apostrophe inside before a letter (`don't`, `O’Brien`). ASCII
/// bytes are read as they are; other characters are decoded.
fn word_end(text: &str, start: usize, after_num: bool) -> usize {
    let b = text.as_bytes();
    let alphabetic_at = |k: usize| match b.get(k) {
        Some(x) if x.is_ascii() => x.is_ascii_alphabetic(),
        Some(_) => text[k..].chars().next().is_some_and(char::is_alphabetic),
        None => false,
    };
    // ASCII letters (and digits) by a table look-up a byte: the bulk of every word.
    let table = if after_num {
        &ASCII_LETTER
    } else {
        &ASCII_WORD
    };
    let mut i = start;
    while i < b.len() {
        if let Some(k) = b[i..].iter().position(|&x| !table[usize::from(x)]) {
            i += k;
        } else {
            return b.len();
        }
        let x = b[i];
        let (ok, len) = if x.is_ascii() {
            let ok = if after_num {
                x.is_ascii_alphabetic()
            } else {
                x.is_ascii_alphanumeric() || (x == b'\'' && i > start && alphabetic_at(i + 1))
            };
            (ok, 1)
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            let len = ch.len_utf8();
            let ok = if after_num {
                ch.is_alphabetic()
            } else {
                ch.is_alphanumeric() || (ch == '’' && i > start && alphabetic_at(i + len))
            };
            (ok, len)
        };
        if !ok {
            break;
        }
        i += len;
    }
    i
}

/// The ASCII bytes that go on a word after digits (letters), and anywhere else (letters and
/// digits); no other byte.
static ASCII_LETTER: [bool; 256] = ascii_table(false);
static ASCII_WORD: [bool; 256] = ascii_table(true);

const fn ascii_table(digits: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let x = b as u8;
        table[b] = x.is_ascii_alphabetic() || (digits && x.is_ascii_digit());
        b += 1;
    }
    table
}

/// Reads a digit run at `i` and pushes its token(s); returns where it ends.
fn scan_number(text: &str, i: usize, space: bool, out: &mut Vec<Tok>) -> usize {
    let b = text.as_bytes();
    let mut t = Tok {
        kind: Tk::Num,
        start: i,
        end: i,
        space,
        value: 0.0,
        decimal: false,
        grouped: false,
        chain: false,
    };
    // The digits as `f64` parses them: the text itself unless separators are dropped or a
    // decimal comma replaced, when a copy is made (most figures need none).
    let mut digits: Option<String> = None;
    let own = |digits: &mut Option<String>, j: usize| {
        if digits.is_none() {
            *digits = Some(text[i..j].to_string());
        }
    };
    let mut j;
    if b[i] == b'.' {
        j = digit_end(b, i + 1);
        digits = Some(format!("0{}", &text[i..j]));
        t.decimal = true;
    } else {
        j = digit_end(b, i);
        let int_len = j - i;
        if int_len <= 3 {
            // Thousands separated by commas: 1,234,567.
            while b.get(j) == Some(&b',') && digit_end(b, j + 1) == j + 4 {
                own(&mut digits, j);
                digits
                    .get_or_insert_with(String::new)
                    .push_str(&text[j + 1..j + 4]);
                j += 4;
                t.grouped = true;
            }
            // Or by spaces: 1 234 567, 40 000 (never after a lone zero or right after another
            // digit group: `0 800 11 222` is a telephone number in groups, read as one below).
            let after_group = i >= 2 && b[i - 1] == b' ' && b[i - 2].is_ascii_digit();
            if !(t.grouped || after_group || int_len == 1 && b[i] == b'0') {
                while let Some(w) = group_space(text, j) {
                    if digit_end(b, j + w) == j + w + 3
                        && !matches!(b.get(j + w + 3), Some(b'/' | b':' | b','))
                    {
                        own(&mut digits, j);
                        digits
                            .get_or_insert_with(String::new)
                            .push_str(&text[j + w..j + w + 3]);
                        j += w + 3;
                        t.grouped = true;
                    } else {
                        break;
                    }
                }
            }
        }
        if b.get(j) == Some(&b'.') && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
            let k = digit_end(b, j + 1);
            if b.get(k) == Some(&b'.') && b.get(k + 1).is_some_and(u8::is_ascii_digit) && !t.grouped
            {
                return scan_chain(text, i, space, out);
            }
            // Without a copy the digits so far end at `j`: the text up to `k` reads the same.
            if let Some(d) = digits.as_mut() {
                d.push_str(&text[j..k]);
            }
            t.decimal = true;
            j = k;
        } else if !t.grouped && b.get(j) == Some(&b',') && (i == 0 || b[i - 1] != b',') {
            // A decimal comma (5,00; 1,3), not a list (22,24,26).
            let k = digit_end(b, j + 1);
            if (1..=2).contains(&(k - j - 1))
                && !matches!(b.get(k), Some(b',') | Some(b'0'..=b'9'))
                && !b.get(k + 1).is_some_and(u8::is_ascii_digit)
            {
                own(&mut digits, j);
                let d = digits.get_or_insert_with(String::new);
                d.push('.');
                d.push_str(&text[j + 1..k]);
                t.decimal = true;
                j = k;
            }
        }
    }
    t.end = j;
    t.value = digits
        .as_deref()
        .unwrap_or(&text[i..j])
        .parse()
        .unwrap_or(0.0);
    out.push(t);
    j
}

/// A dotted chain such as an IP address or version: each part its own token.
fn scan_chain(text: &str, i: usize, space: bool, out: &mut Vec<Tok>) -> usize {
    let b = text.as_bytes();
    let mut j = i;
    let mut first = true;
    loop {
        let k = digit_end(b, j);
        out.push(Tok {
            kind: Tk::Num,
            start: j,
            end: k,
            space: first && space,
            value: text[j..k].parse().unwrap_or(0.0),
            decimal: false,
            grouped: false,
            chain: true,
        });
        first = false;
        if b.get(k) == Some(&b'.') && b.get(k + 1).is_some_and(u8::is_ascii_digit) {
            out.push(Tok {
                kind: Tk::Sym,
                start: k,
                end: k + 1,
                space: false,
                value: 0.0,
                decimal: false,
                grouped: false,
                chain: true,
            });
            j = k + 1;
        } else {
            return k;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The grammar

/// One element of a number-word phrase.
#[derive(Clone, Copy, Debug)]
struct Atom {
    class: Class,
    value: f64,
    /// A digit run rather than a word.
    digits: bool,
    /// A digit run with a decimal part.
    decimal: bool,
    /// Joined to the atom before by `and`.
    and: bool,
}

/// A parsed core number, before suffixes.
#[derive(Clone, Copy, Debug)]
struct Core {
    value: f64,
    /// Token index one past its end.
    next: usize,
    kind: NumberKind,
    /// A scale word or form was applied (a bare count gets the scale of the range's other end).
    scaled: bool,
    /// Written in digits.
    digits: bool,
    /// A single digit token without decimals or grouping.
    plain_int: bool,
}

/// What a text names of currencies (see [`Parser::named`]).
#[derive(Default)]
struct Named {
    /// Codes named by a currency word, code or country.
    codes: FastSet<&'static str>,
    /// How often each code is named by its country or written as a code.
    countries: FastMap<&'static str, usize>,
    /// Codes written by a currency form of their own (`C$`, `CAD`, `Canadian dollars`), not
    /// only named by a country: a text that marks its local dollars so means the US ones by a
    /// bare `$`.
    written: FastSet<&'static str>,
    /// Codes whose country the text's opening (its headline and first paragraph) names: where
    /// the story is set.
    opening: FastSet<&'static str>,
    /// Whether a bare `$` opens a bracket (`C$612 million ($447 million)`): the text converts
    /// its local dollars into US ones, so a bare `$` is the US dollar.
    converts: bool,
    /// Codes written by their country's adjective before a currency word (`0.9 Indian
    /// rupees`): a text that must say whose rupees it means there sets its bare `Rs` apart
    /// from them.
    marked: FastSet<&'static str>,
}

struct Parser<'a> {
    text: &'a str,
    lower: String,
    toks: Vec<Tok>,
    /// The currency codes the text names by a word or code (`rand`, `ZAR`), read on first need:
    /// a one-letter prefix (`R330`) is money only in a text that names its currency; and how
    /// often it names each code's country or writes the code (`Chile`, `CLP`), which decides
    /// what a word shared by several currencies (`pesos`) means in it.
    named: std::cell::OnceCell<Named>,
    /// The scale words (`m`, `bn`) the text attaches to a figure before a noun (`3.4m
    /// passengers`), read on first need: such a text means the same scale by a bare `2.9m`.
    scales_used: std::cell::OnceCell<FastSet<&'static str>>,
}

impl<'a> Parser<'a> {
    /// A parser of `text`: its tokens and lower-cased copy made once, the rest read on need.
    fn new(text: &'a str) -> Parser<'a> {
        Parser {
            text,
            lower: text.to_ascii_lowercase(),
            toks: tokenize(text),
            named: std::cell::OnceCell::new(),
            scales_used: std::cell::OnceCell::new(),
        }
    }

    /// A month name at token `i`, capitalized as months are: `30 may rise` holds no date.
    fn is_month(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| MONTHS.contains(w))
            && self.original(i).starts_with(char::is_uppercase)
    }

    fn word(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        (t.kind == Tk::Word).then(|| &self.lower[t.start..t.end])
    }

    fn original(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.text[t.start..t.end]
    }

    fn class(&self, i: usize) -> Option<(f64, Class)> {
        self.word(i).and_then(|w| WORDS.get(w).copied())
    }

    fn is_sym(&self, i: usize, set: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == Tk::Sym
                && self.text[t.start..]
                    .chars()
                    .next()
                    .is_some_and(|c| set.contains(c))
        })
    }

    fn attached(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space)
    }

    fn is_num(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Tk::Num)
    }

    /// Whether the word at `i` makes an attached `m` before it a million (`2m people`) rather
    /// than metres (`1.91m tall`, `100m in`).
    /// Whether the money-only scale word at `k`, attached to a figure, means a scale: before a
    /// noun (`2m people`), or, in a text that writes it so elsewhere, anywhere but before a
    /// dimension word (`3.4m passengers ... against 2.9m a year earlier`; `1.91m tall`).
    fn money_scale_at(&self, k: usize) -> bool {
        if self.million_before(k + 1) {
            return true;
        }
        let Some(w) = self.word(k) else {
            return false;
        };
        !self
            .word(k + 1)
            .is_some_and(|n| DIMENSION_WORDS.contains(n))
            && self
                .scales_used
                .get_or_init(|| {
                    let mut used = FastSet::default();
                    for (j, t) in self.toks.iter().enumerate() {
                        if t.kind != Tk::Word
                            || j == 0
                            || self.toks[j - 1].kind != Tk::Num
                            || !self.attached(j)
                        {
                            continue;
                        }
                        if let Some((&key, _)) = SCALES
                            .get_key_value(&self.lower[t.start..t.end])
                            .filter(|(_, (_, m))| matches!(m, ScaleMode::Money))
                            .filter(|_| self.million_before(j + 1))
                        {
                            used.insert(key);
                        }
                    }
                    used
                })
                .contains(w)
    }

    fn million_before(&self, i: usize) -> bool {
        self.word(i)
            .is_some_and(|w| !FUNCTION_WORDS.contains(w) && !DIMENSION_WORDS.contains(w))
    }

    /// Whether the word at `i` may go on the phrase before it as its noun or adjective: a word
    /// other than `of` and the function words, or a conjunction (`a fifth and sixth title`).
    fn noun_may_follow(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            matches!(w, "and" | "or") || (w != "of" && !FUNCTION_WORDS.contains(w))
        })
    }

    /// True when no word follows token `i` (the text or clause ends).
    fn no_word_at(&self, i: usize) -> bool {
        self.toks.get(i).map_or(true, |t| t.kind == Tk::Sym)
    }

    /// Matches a multi-token form at `i`; returns the index after it.
    fn match_form(&self, i: usize, form: &Form) -> Option<usize> {
        let mut j = i;
        for (n, part) in form.tokens.iter().enumerate() {
            let t = self.toks.get(j)?;
            if n > 0 && t.space && t.kind == Tk::Sym && *part != "$" {
                return None;
            }
            // A lone letter before a symbol is an article or an initial unless glued to it:
            // `A$150` is Australian dollars, `A $5 fee` is not.
            if n > 0 && t.space && form.tokens[0].len() == 1 && form.tokens[0] != "$" {
                return None;
            }
            let s = if form.exact {
                &self.text[t.start..t.end]
            } else {
                &self.lower[t.start..t.end]
            };
            if s != *part {
                return None;
            }
            j += 1;
        }
        // A word form must end at a word boundary, which tokens guarantee.
        Some(j)
    }

    /// The forms of `index` that may start at token `i`.
    fn candidates(
        &self,
        index: &'static FormIndex,
        i: usize,
    ) -> impl Iterator<Item = &'static Form> {
        // No form opens with digits (a unit test holds the data to that): a digit run is
        // looked up in neither table.
        let t = self.toks.get(i).filter(|t| t.kind != Tk::Num);
        let exact = t.and_then(|t| index.get(&self.text[t.start..t.end]));
        // Without an ASCII capital the lower-cased token is the token: no second probe.
        let lower = t
            .filter(|t| {
                self.text.as_bytes()[t.start..t.end]
                    .iter()
                    .any(u8::is_ascii_uppercase)
            })
            .and_then(|t| index.get(&self.lower[t.start..t.end]));
        let lower = if std::ptr::eq(
            exact.map_or(std::ptr::null(), |v| v as *const _),
            lower.map_or(std::ptr::null(), |v| v as *const _),
        ) {
            None
        } else {
            lower
        };
        exact.into_iter().chain(lower).flatten()
    }

    fn currency_at(&self, i: usize, prefix: bool) -> Option<(&'static Form, usize)> {
        if !prefix {
            return self.currency_after(i, true);
        }
        self.candidates(&CURRENCIES, i).find_map(|f| {
            if !matches!(f.extra, "named" | "prefix" | "both") {
                return None;
            }
            let j = self.match_form(i, f)?;
            if f.extra == "named" && self.is_quarter_label(i, j) {
                return None;
            }
            // Whether the text names the currency is asked last: its first asking scans the
            // whole text, and most forms (`S /` after `U.S`) fail on their tokens before.
            if f.extra == "named" {
                return self.named().codes.contains(f.value).then_some((f, j));
            }
            Some((self.home_currency(i, f, j), j))
        })
    }

    /// The currency a bare form at token `i` (ending at `j`) stands for in this text: the
    /// form's usual currency `usual`, or another country's written the same way (`home_prefix`:
    /// `$` for Canadian dollars) when the text names that country's places at least twice and
    /// more than twice as often as the usual one's, one of them in its opening (where the story
    /// is set: a Toronto-listed miner in Ghana reports in US dollars), and never writes that
    /// currency by a form of its own (a text with `C$612 million ($447 million)` means US
    /// dollars by `$`), unless it writes no US dollars and converts none (a Melbourne report
    /// writing `A$8.4 million` first means Australian dollars by `$4.20`).
    fn home_currency(&self, i: usize, usual: &'static Form, j: usize) -> &'static Form {
        let mut homes = self
            .candidates(&CURRENCIES, i)
            .filter(|f| f.extra == "home_prefix")
            .peekable();
        // Most forms have no home currencies: no scan of the text for them.
        if homes.peek().is_none() {
            return usual;
        }
        let named = self.named();
        let count = |f: &Form| named.countries.get(f.value).copied().unwrap_or(0);
        // A text that marks the usual currency by its country (`0.9 Indian rupees`) but not
        // the home one needs the home country named only more often than the usual one's,
        // not twice as often: the mark shows the bare form means another currency.
        let usual_marked = named.marked.contains(usual.value);
        let factor = if usual_marked { 1 } else { 2 };
        let mut best = (usual, (factor * count(usual)).max(1));
        // A text that marks its local dollars (`A$8.4 million`) but writes no US ones by a form
        // of their own and converts none in brackets means its local dollars by a bare `$` too
        // (`the $4.20 favourite` in a Melbourne Cup report).
        let marks_only_local = !named.written.contains(usual.value) && !named.converts;
        for f in homes {
            if count(f) > best.1
                && (!named.written.contains(f.value) || marks_only_local)
                && !(usual_marked && named.marked.contains(f.value))
                && named.opening.contains(f.value)
                && self.match_form(i, f) == Some(j)
            {
                best = (f, count(f));
            }
        }
        best.0
    }

    /// Whether the letter `Q` at `i` and the digit glued to it at `j` label a year's quarter
    /// (`Q3 results`) rather than write quetzales (`Q350`, `Q2 million`): one digit from 1 to
    /// 4 and no scale word after it.
    fn is_quarter_label(&self, i: usize, j: usize) -> bool {
        self.original(i) == "Q"
            && self.toks.get(j).is_some_and(|t| {
                t.kind == Tk::Num
                    && !t.space
                    && t.end - t.start == 1
                    && (1.0..=4.0).contains(&t.value)
            })
            && !self.word(j + 1).is_some_and(|w| SCALES.contains_key(w))
            && !matches!(self.class(j + 1), Some((_, Class::Scale)))
    }

    /// `currency_at(i, true)` kept only where `accept` takes the token after it: the same
    /// answer, without asking whether the text names the currency (a scan of the whole text,
    /// see [`Parser::named`]) where no answer could be accepted. A lone capital is both a
    /// currency the text may name (`R` for rand) and an initial (`J. R. Okonkwo`), and every
    /// amount's start asks here.
    fn prefix_currency_where(
        &self,
        i: usize,
        accept: impl Fn(usize) -> bool,
    ) -> Option<(&'static Form, usize)> {
        // A named form passed over (its end not accepted) leaves the answer to the forms after
        // it only when its currency is not named, which `currency_at` then settles.
        let mut passed_named = false;
        for f in self.candidates(&CURRENCIES, i) {
            if !matches!(f.extra, "named" | "prefix" | "both") {
                continue;
            }
            let Some(j) = self.match_form(i, f) else {
                continue;
            };
            if f.extra == "named" && !accept(j) {
                passed_named = true;
                continue;
            }
            if passed_named || f.extra == "named" {
                return self.currency_at(i, true).filter(|&(_, k)| accept(k));
            }
            // A shorter form whose end is not accepted leaves the answer to a longer one: `rs`
            // before the dot of `Rs. 262 billion`, which the form `rs .` takes.
            if !accept(j) {
                continue;
            }
            return Some((self.home_currency(i, f, j), j));
        }
        None
    }

    /// The currency written after an amount at token `i`: a country's adjective before a
    /// currency word names that country's currency (`Kenyan shillings`, `Omani rials`); a word
    /// several countries use (`pesos`, `won`) means the currency whose country the text names
    /// most, over the word's usual one (`suffix`) only when named more often than it.
    /// `country` allows a country's adjective before the word (one, not a run of them).
    fn currency_after(&self, i: usize, country: bool) -> Option<(&'static Form, usize)> {
        let mut usual: Option<(&'static Form, usize)> = None;
        let mut shared: Option<(&'static Form, usize, usize)> = None;
        for f in self.candidates(&CURRENCIES, i) {
            match f.extra {
                "country" if country => {
                    if let Some(j) = self.match_form(i, f) {
                        if let Some((_, e)) = self.currency_after(j, false) {
                            return Some((f, e));
                        }
                    }
                }
                "suffix" | "both" if usual.is_none() => {
                    usual = self.match_form(i, f).map(|j| (f, j));
                }
                "named_suffix" => {
                    let Some(j) = self.match_form(i, f) else {
                        continue;
                    };
                    let n = self.named().countries.get(f.value).copied().unwrap_or(0);
                    if n > 0 && shared.map_or(true, |s| n > s.2) {
                        shared = Some((f, j, n));
                    }
                }
                _ => {}
            }
        }
        match (shared, usual) {
            (Some((f, j, n)), Some((u, _)))
                if n > self.named().countries.get(u.value).copied().unwrap_or(0) =>
            {
                Some((f, j))
            }
            (Some((f, j, _)), None) => Some((f, j)),
            (_, usual) => usual,
        }
    }

    /// What the text names of currencies: one scan, on first need.
    fn named(&self) -> &Named {
        self.named.get_or_init(|| {
            let mut named = Named {
                converts: memchr::memmem::find(self.text.as_bytes(), b"($").is_some(),
                ..Named::default()
            };
            // The headline and the first paragraph: the text up to its second blank line, or
            // its third where a byline (`By Dilani Jayawardena`) stands between them, so that
            // the dateline after it (`COLOMBO -`) still sets the story.
            let mut blanks = memchr::memmem::find_iter(self.text.as_bytes(), b"\n\n");
            let first = blanks.next();
            let second = blanks.next();
            let byline = first.zip(second).is_some_and(|(a, b)| {
                let para = self.text[a..b].trim();
                para.starts_with("By ") && para.len() < 80 && !para.contains('\n')
            });
            let opening_end =
                if byline { blanks.next() } else { second }.unwrap_or(self.text.len());
            let ends = &*SCAN_ENDS;
            for (i, t) in self.toks.iter().enumerate() {
                if t.kind != Tk::Word {
                    continue;
                }
                let w = &self.lower[t.start..t.end];
                if !ends.may_hold(w) {
                    continue;
                }
                let Some(forms) = NAMED_SCAN.get(w) else {
                    continue;
                };
                for &f in forms {
                    if self.match_form(i, f).is_none() {
                        continue;
                    }
                    if f.extra != "country" {
                        named.written.insert(f.value);
                    }
                    if f.extra == "prefix" {
                        continue;
                    }
                    named.codes.insert(f.value);
                    if f.extra == "country" {
                        let j = self.match_form(i, f).unwrap_or(i + 1);
                        let word_after = self.candidates(&CURRENCIES, j).any(|g| {
                            g.value == f.value
                                && matches!(g.extra, "suffix" | "both" | "named_suffix")
                                && self.match_form(j, g).is_some()
                        });
                        if word_after {
                            named.marked.insert(f.value);
                        }
                    }
                    // The `US` of `US$300` writes a currency, it names no place: a
                    // Saskatchewan story quoting potash prices in `US$` is still set in
                    // Canada (and its bare `$` is Canadian).
                    let opens_symbol = f.extra == "country"
                        && self.candidates(&CURRENCIES, i).any(|g| {
                            g.value == f.value
                                && g.extra == "prefix"
                                && g.tokens.len() > f.tokens.len()
                                && self.match_form(i, g).is_some()
                        });
                    if matches!(f.extra, "country" | "both") && !opens_symbol {
                        *named.countries.entry(f.value).or_default() += 1;
                        if t.start < opening_end {
                            named.opening.insert(f.value);
                        }
                    }
                }
            }
            named
        })
    }

    fn unit_at(&self, i: usize) -> Option<(&'static Form, usize)> {
        self.candidates(&UNITS, i)
            .find_map(|f| self.match_form(i, f).map(|j| (f, j)))
    }

    /// Reads a word or digit atom at `i` for the number-word grammar.
    fn atom(&self, i: usize) -> Option<Atom> {
        let t = self.toks.get(i)?;
        match t.kind {
            Tk::Num if !t.chain => Some(Atom {
                class: Class::Unit,
                value: t.value,
                digits: true,
                decimal: t.decimal || t.grouped,
                and: false,
            }),
            Tk::Word => {
                let (value, class) = self.class(i)?;
                matches!(
                    class,
                    Class::Unit
                        | Class::Teen
                        | Class::Tens
                        | Class::Hundred
                        | Class::Scale
                        | Class::Dozen
                        | Class::Ordinal { .. }
                        | Class::Tail { .. }
                        | Class::Article
                )
                .then_some(Atom {
                    class,
                    value,
                    digits: false,
                    decimal: false,
                    and: false,
                })
            }
            _ => None,
        }
    }

    /// Skips a hyphen joining two number words (`forty-two`, `fifty - two`).
    fn joiner(&self, i: usize) -> usize {
        if self.is_sym(i, "-‐–") && self.word(i + 1).is_some() {
            i + 1
        } else {
            i
        }
    }

    /// True when an ordinal ends the run of number atoms starting at `i` (so that `one one
    /// hundred fifth` and `three twenty firsts` read as one fraction).
    fn ordinal_ahead(&self, mut i: usize) -> bool {
        for _ in 0..MAX_PHRASE {
            i = self.joiner(i);
            match self.atom(i) {
                Some(a) if matches!(a.class, Class::Ordinal { .. } | Class::Tail { .. }) => {
                    return true
                }
                Some(_) => i += 1,
                None if self.class(i).is_some_and(|c| c.1 == Class::And) => i += 1,
                None => return false,
            }
        }
        false
    }

    /// Reads the atoms of a number-word phrase from `i`. `no_and` stops at `and` (the first end
    /// of `between 30 and 40`).
    fn atoms(&self, i: usize, no_and: bool) -> (Vec<Atom>, usize) {
        let mut atoms: Vec<Atom> = Vec::new();
        let mut j = i;
        let mut after_point = false;
        while atoms.len() < MAX_PHRASE {
            let mut k = j;
            let mut and = false;
            if let Some(last) = atoms.last() {
                if last.digits && self.is_num(k) {
                    break; // two digit runs in a row are two numbers
                }
                if !last.digits {
                    k = self.joiner(k);
                }
                if self.class(k).is_some_and(|c| c.1 == Class::And) && !no_and {
                    and = true;
                    k += 1;
                }
                if self.class(k).is_some_and(|c| c.1 == Class::Point)
                    && !last.digits
                    && !after_point
                    && self.atom(k + 1).is_some_and(|a| {
                        !a.digits && matches!(a.class, Class::Unit | Class::Teen | Class::Tens)
                    })
                {
                    after_point = true;
                    atoms.push(Atom {
                        class: Class::Point,
                        value: 0.0,
                        digits: false,
                        decimal: false,
                        and: false,
                    });
                    j = k + 1;
                    continue;
                }
            }
            let Some(mut a) = self.atom(k) else { break };
            a.and = and;
            if let Some(last) = atoms.last().copied() {
                if !self.may_follow(&last, &a, k, after_point) {
                    break;
                }
                // Digits and a scale take no number word right after them (`1.31 million
                // twenty-foot units` is a figure before an adjective), only after `and` (`6
                // crore and two hundred`).
                if atoms[0].digits
                    && last.class == Class::Scale
                    && !a.digits
                    && !a.and
                    && matches!(a.class, Class::Unit | Class::Teen | Class::Tens)
                {
                    break;
                }
            } else if a.class == Class::Article {
                // `a` counts only before a scale, dozen or fraction: a dozen, a half, a million.
                let next = self.atom(self.joiner(k + 1));
                if !next.is_some_and(|n| {
                    !n.digits
                        && matches!(
                            n.class,
                            Class::Hundred
                                | Class::Scale
                                | Class::Dozen
                                | Class::Ordinal { .. }
                                | Class::Tens
                        )
                }) {
                    break;
                }
            } else if matches!(a.class, Class::Tail { .. }) {
                break;
            }
            atoms.push(a);
            j = k + 1;
            if matches!(a.class, Class::Ordinal { .. } | Class::Tail { .. }) {
                break;
            }
        }
        (atoms, j)
    }

    /// May atom `a` (at token `k`) continue a phrase whose last atom is `last`?
    fn may_follow(&self, last: &Atom, a: &Atom, k: usize, point: bool) -> bool {
        use Class::*;
        if point {
            return !a.digits && matches!(a.class, Unit | Teen | Tens) && !a.and;
        }
        if a.class == Article {
            // Only `and a half`, `one million and a half`.
            return a.and && self.ordinal_ahead(k + 1);
        }
        if a.digits {
            // Digits join words only after `hundred` or a scale (`3 hundred and 21`,
            // `4 thousand 3 hundred`), never as a decimal after `and`.
            // After a scale, only when more of the number follows (`4 thousand 3 hundred`), so
            // that `eight million 250ml bottles` stays two numbers.
            // A scale ahead must be smaller than the one before: `150 billion and 180 billion`
            // is two numbers.
            let more = self.atom(self.joiner(k + 1)).is_some_and(|n| {
                !n.digits
                    && (matches!(n.class, Hundred | Dozen)
                        || (n.class == Scale && n.value < last.value))
            });
            return !last.digits
                && matches!(last.class, Hundred | Scale)
                && !(a.and && a.decimal)
                && (last.class == Hundred || more);
        }
        let small = |c: Class| matches!(c, Unit | Teen | Tens);
        if a.and {
            // `and` after a small number only before a fraction (`twenty and three fifths`); after
            // a scale only before more of the number (`two thousand and two hundred`).
            if matches!(a.class, Ordinal { .. } | Tail { .. }) {
                return false;
            }
            return match last.class {
                Hundred => small(a.class),
                Scale => {
                    let next = self.atom(self.joiner(k + 1));
                    small(a.class)
                        && (next.is_some_and(|n| matches!(n.class, Hundred | Scale))
                            || self.ordinal_ahead(k + 1))
                }
                _ => small(a.class) && self.ordinal_ahead(k + 1) && !last.digits,
            };
        }
        match (last.class, a.class) {
            (_, Ordinal { .. }) => !last.decimal || last.digits,
            (Tens, Tail { .. }) => true,
            (_, Tail { .. }) => false,
            (Article, _) => matches!(a.class, Hundred | Scale | Dozen | Tens),
            (Unit | Teen | Tens, Hundred | Scale | Dozen) => true,
            (Hundred, Scale | Dozen) => true,
            (Scale, Scale) => a.value > last.value,
            (Hundred | Scale, Unit | Teen | Tens) => true,
            (Tens, Unit) if !last.digits => true,
            (Unit | Teen | Tens, Unit | Teen | Tens) => !last.digits && self.ordinal_ahead(k),
            (Ordinal { .. }, _) => false,
            _ => false,
        }
    }

    /// Parses the core number at token `i` (after any sign or currency).
    fn core(&self, i: usize, no_and: bool) -> Option<Core> {
        let t = *self.toks.get(i)?;
        let vulgar = |k: usize| {
            let t = self.toks.get(k)?;
            let w = WORDS.get(&self.text[t.start..t.end])?;
            (t.kind == Tk::Sym && w.1 == Class::Vulgar).then_some(w.0)
        };
        if let Some(v) = vulgar(i) {
            return Some(Core {
                value: v,
                next: i + 1,
                kind: NumberKind::Fraction,
                scaled: false,
                digits: true,
                plain_int: false,
            });
        }
        if t.kind == Tk::Num && !t.decimal && self.attached(i + 1) {
            if let Some(v) = vulgar(i + 1) {
                return Some(Core {
                    value: t.value + v,
                    next: i + 2,
                    kind: NumberKind::Fraction,
                    scaled: false,
                    digits: true,
                    plain_int: false,
                });
            }
        }
        if t.kind == Tk::Num {
            if t.chain {
                return None;
            }
            let mut value = t.value;
            let mut next = i + 1;
            // Exponents: 1e10, -12e-1, 1.1^23.
            if self.class(next).is_some_and(|c| c.1 == Class::Exponent) && self.attached(next) {
                let (sign, k) = self.signs(next + 1);
                if self.is_num(k) && self.attached(k) && self.attached(next + 1) {
                    // Zero stays zero however large the exponent (`0e999` is not 0 * inf = NaN).
                    if value != 0.0 {
                        value *= 10f64.powf(sign * self.toks[k].value);
                    }
                    next = k + 1;
                }
            } else if self.is_sym(next, "^") && self.attached(next) {
                let (sign, k) = self.signs(next + 1);
                // A power with no real value (a negative base to a fraction) is not read as one.
                if self.is_num(k) && self.attached(k) {
                    let power = value.powf(sign * self.toks[k].value);
                    if !power.is_nan() {
                        value = power;
                        next = k + 1;
                    }
                }
            }
            // Fractions and mixed numbers: 3/4, 2 1/4.
            if !t.decimal && self.is_sym(next, "/") && self.attached(next) && self.is_num(next + 1)
            {
                let d = self.toks[next + 1].value;
                if self.attached(next + 1)
                    && !self.is_sym(next + 2, "/")
                    && FRACTION_DENOMINATORS.contains(&d)
                    && t.value < d
                {
                    return Some(Core {
                        value: t.value / d,
                        next: next + 2,
                        kind: NumberKind::Fraction,
                        scaled: false,
                        digits: true,
                        plain_int: false,
                    });
                }
                return None;
            }
            if !t.decimal
                && self.is_num(next)
                && self.toks[next].space
                && self.is_sym(next + 1, "/")
                && self.attached(next + 1)
                && self.attached(next + 2)
                && self.is_num(next + 2)
            {
                let (n, d) = (self.toks[next].value, self.toks[next + 2].value);
                if FRACTION_DENOMINATORS.contains(&d) && n < d && !self.is_sym(next + 3, "/") {
                    return Some(Core {
                        value: value + n / d,
                        next: next + 3,
                        kind: NumberKind::Fraction,
                        scaled: false,
                        digits: true,
                        plain_int: false,
                    });
                }
            }
            if next != i + 1 {
                return Some(Core {
                    value,
                    next,
                    kind: NumberKind::Count,
                    scaled: true,
                    digits: true,
                    plain_int: false,
                });
            }
        }
        let (atoms, next) = self.atoms(i, no_and);
        if atoms.is_empty() {
            return None;
        }
        let digits = atoms[0].digits;
        let plain_int = atoms.len() == 1 && digits && !t.decimal && !t.grouped;
        let scaled = atoms
            .iter()
            .any(|a| matches!(a.class, Class::Hundred | Class::Scale | Class::Dozen))
            && !(atoms.len() == 1 && digits);
        let last = *atoms.last()?;
        if matches!(last.class, Class::Ordinal { .. } | Class::Tail { .. }) {
            return self.fraction(&atoms, next, i);
        }
        if atoms.len() == 1 && atoms[0].class == Class::Article {
            return None;
        }
        let value = eval_int(&atoms)?;
        Some(Core {
            value,
            next,
            kind: NumberKind::Count,
            scaled,
            digits,
            plain_int,
        })
    }

    /// A run of sign characters after `^` or `e`: returns the sign and the index after it.
    fn signs(&self, mut i: usize) -> (f64, usize) {
        let mut sign = 1.0;
        while self.is_sym(i, "-+−") && self.attached(i) {
            if !self.is_sym(i, "+") {
                sign = -sign;
            }
            i += 1;
        }
        (sign, i)
    }

    /// A phrase of atoms ending in an ordinal: a fraction (`two thirds`, `one and a half`) or,
    /// when it cannot be one, an ordinal or the cardinal before it.
    fn fraction(&self, atoms: &[Atom], next: usize, start: usize) -> Option<Core> {
        let n = atoms.len();
        let ord = atoms[n - 1];
        let pre = &atoms[..n - 1];
        let plural = matches!(
            ord.class,
            Class::Ordinal { plural: true } | Class::Tail { plural: true }
        );
        let tail = matches!(ord.class, Class::Tail { .. });
        let mut value = None;
        let mut next = next;
        let mut scale_done = false;
        // Rule 1: `and` + one small number + ordinal adds a fraction (one hundred and three
        // quarters, five billion and three quarters = 5.75 billion).
        if pre.len() >= 2 && !tail {
            let x = pre[pre.len() - 1];
            if x.and && matches!(x.class, Class::Unit | Class::Article) && x.value < 10.0 {
                let base = &pre[..pre.len() - 1];
                if let Some(b) = eval_int(base) {
                    let mut frac = x.value / ord.value;
                    if let Some((v, Class::Scale)) = self.class(next) {
                        // one billion and a half million
                        frac *= v;
                        next += 1;
                        scale_done = true;
                    } else if let Some(s) = base.last().filter(|a| a.class == Class::Scale) {
                        if s.value >= 1e6 {
                            frac *= s.value;
                        }
                    }
                    value = Some(b + frac);
                }
            }
        }
        // Rule 2: a tens word right before the ordinal forms its denominator when a numerator
        // comes before it (one hundred thirty fifths = 100/35, three twenty firsts = 3/21).
        if value.is_none() && pre.len() >= 2 {
            let x = pre[pre.len() - 1];
            if x.class == Class::Tens && !x.and && !x.digits {
                let num = eval_int(&pre[..pre.len() - 1])
                    .or_else(|| (pre.len() == 2 && pre[0].class == Class::Article).then_some(1.0));
                if let Some(num) = num {
                    if (num == 1.0) != plural || plural {
                        value = Some(num / (x.value + ord.value));
                    }
                }
            }
        }
        if value.is_none() && !tail {
            let num = if pre.is_empty() || (pre.len() == 1 && pre[0].class == Class::Article) {
                Some(1.0)
            } else {
                eval_int(pre)
            };
            match num {
                Some(num) => {
                    let word_num = pre.iter().all(|a| !a.digits);
                    // `a third` before a noun of sequence is an ordinal like `a fifth term`
                    // (`a third consecutive month`, `a third time`), not before others (`a
                    // third fewer`, `less than a third full`).
                    let third_before_noun = ord.value == 3.0
                        && self.word(next).is_some_and(|w| ORDINAL_NOUNS.contains(w));
                    let half = ord.value <= 4.0 && !third_before_noun;
                    // `two millionth` and `100 millionths` are not fractions; a singular
                    // ordinal takes a numerator of one.
                    if word_num && (plural != (num == 1.0) || half || plural) {
                        if (pre.is_empty() || (pre.len() == 1 && pre[0].class == Class::Article))
                            && !half
                            && !plural
                            && self.noun_may_follow(next)
                        {
                            // `a fifth term`, `a fifth and final`: an ordinal; `by a fifth
                            // this season`, `a fifth of`: a fraction.
                            return (!pre.is_empty()).then_some(Core {
                                value: ord.value,
                                next,
                                kind: NumberKind::Ordinal,
                                scaled: false,
                                digits: false,
                                plain_int: false,
                            });
                        }
                        if pre.is_empty() && ord.value != 2.0 && ord.value != 4.0 {
                            return None; // `third`, `fifth` alone are ordinals
                        }
                        if pre.is_empty()
                            && ord.value == 4.0
                            && self.class(next).map_or(true, |c| c.1 != Class::Scale)
                        {
                            return None; // `quarter` alone is a time word
                        }
                        if !pre.is_empty() || plural || half {
                            value = Some(num / ord.value);
                        }
                    }
                }
                None => {
                    // Rule 3: split where the words stop being one number (one one hundred
                    // fifth = 1/105).
                    for s in (1..pre.len()).rev() {
                        if let (Some(a), Some(b)) = (eval_int(&pre[..s]), eval_int(&pre[s..])) {
                            value = Some(a / (b + ord.value));
                            break;
                        }
                    }
                }
            }
        }
        let Some(mut value) = value else {
            // Not a fraction: an ordinal compound (`twenty-first`) or the cardinal before it.
            if pre
                .last()
                .is_some_and(|a| a.class == Class::Tens && !a.digits)
                && pre.len() == 1
            {
                return Some(Core {
                    value: pre[0].value + ord.value,
                    next,
                    kind: NumberKind::Ordinal,
                    scaled: false,
                    digits: false,
                    plain_int: false,
                });
            }
            if pre.is_empty() || pre.iter().all(|a| a.class == Class::Article) {
                return None;
            }
            let v = eval_int(pre)?;
            return Some(Core {
                value: v,
                next: next - 1,
                kind: NumberKind::Count,
                scaled: false,
                digits: pre[0].digits,
                plain_int: pre.len() == 1 && pre[0].digits && !pre[0].decimal,
            });
        };
        // A scale after the fraction: half a dozen, half million, two thirds of a million.
        let mut j = next;
        let mut scaled = false;
        for _ in 0..if scale_done { 0 } else { 2 } {
            let mut k = j;
            if self.class(k).is_some_and(|c| c.1 == Class::Of) {
                k += 1;
            }
            if self.class(k).is_some_and(|c| c.1 == Class::Article) {
                k += 1;
            }
            match self.class(k) {
                Some((v, Class::Scale | Class::Dozen | Class::Hundred)) => {
                    if k > j && self.class(j).is_some_and(|c| c.1 == Class::Of)
                        || k == j
                        || self.class(j).is_some_and(|c| c.1 == Class::Article)
                    {
                        value *= v;
                        j = k + 1;
                        scaled = true;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        let _ = start;
        Some(Core {
            value,
            next: j,
            kind: if scaled {
                NumberKind::Count
            } else {
                NumberKind::Fraction
            },
            scaled,
            digits: false,
            plain_int: false,
        })
    }
}

/// The value of a run of cardinal atoms, or None when they do not form one number.
fn eval_int(atoms: &[Atom]) -> Option<f64> {
    let mut total = 0.0;
    let mut hund = 0.0;
    let mut small = 0.0;
    let mut any = false;
    let mut last: Option<Class> = None;
    let mut last_scale = f64::INFINITY;
    let mut i = 0;
    while i < atoms.len() {
        let a = atoms[i];
        match a.class {
            Class::Unit | Class::Teen | Class::Tens => {
                if let Some(l) = last {
                    let ok = match (l, a.class) {
                        (Class::Tens, Class::Unit) => true,
                        (Class::Unit | Class::Teen | Class::Tens, _) => a.and,
                        _ => true,
                    };
                    if !ok {
                        return None;
                    }
                }
                small += a.value;
            }
            Class::Article => small += 1.0,
            Class::Hundred => {
                hund = (hund
                    + if small == 0.0 && !any_small(&atoms[..i]) {
                        1.0
                    } else {
                        small
                    })
                    * 100.0;
                if hund == 0.0 {
                    hund = 100.0;
                }
                small = 0.0;
            }
            Class::Dozen => {
                small = if small == 0.0 { 12.0 } else { small * 12.0 };
            }
            Class::Scale => {
                let cur = hund + small;
                if cur == 0.0 {
                    if last == Some(Class::Scale) && a.value > last_scale {
                        total *= a.value; // three lakh crore
                    } else if total == 0.0 {
                        total = a.value;
                    } else {
                        return None;
                    }
                } else {
                    if a.value >= last_scale {
                        // `two million three million`: not one number
                        if total != 0.0 {
                            total = (total + cur) * a.value;
                            hund = 0.0;
                            small = 0.0;
                            last = Some(Class::Scale);
                            last_scale = a.value;
                            i += 1;
                            continue;
                        }
                    }
                    total += cur * a.value;
                }
                last_scale = a.value;
                hund = 0.0;
                small = 0.0;
            }
            Class::Point => {
                // The words after `point` are read as digits: point zero three, point seventy-one.
                let mut s = String::from("0.");
                let mut k = i + 1;
                while k < atoms.len() {
                    let d = atoms[k].value;
                    s.push_str(&format!("{}", d as u64));
                    k += 1;
                }
                if k == i + 1 {
                    return None;
                }
                // Seventy-one is one digit group, not `70` then `1`.
                let mut digits = String::new();
                let mut k2 = i + 1;
                while k2 < atoms.len() {
                    let a2 = atoms[k2];
                    if a2.class == Class::Tens
                        && k2 + 1 < atoms.len()
                        && atoms[k2 + 1].class == Class::Unit
                    {
                        digits.push_str(&format!("{}", (a2.value + atoms[k2 + 1].value) as u64));
                        k2 += 2;
                    } else {
                        digits.push_str(&format!("{}", a2.value as u64));
                        k2 += 1;
                    }
                }
                let frac: f64 = format!("0.{digits}").parse().ok()?;
                return Some(total + hund + small + frac);
            }
            _ => return None,
        }
        any = true;
        last = Some(a.class);
        i += 1;
    }
    any.then_some(total + hund + small)
}

fn any_small(atoms: &[Atom]) -> bool {
    atoms
        .iter()
        .rev()
        .take_while(|a| !matches!(a.class, Class::Hundred | Class::Scale))
        .any(|a| {
            matches!(
                a.class,
                Class::Unit | Class::Teen | Class::Tens | Class::Article
            )
        })
}

// ---------------------------------------------------------------------------------------------
// Phrases: core numbers with signs, currencies, scales, units and ranges

/// A full number phrase being built.
struct Phrase {
    start_tok: usize,
    /// Token where a unit starts.
    unit_tok: Option<usize>,
    value: f64,
    high: Option<f64>,
    next: usize,
    kind: NumberKind,
    unit: Option<String>,
    scaled: bool,
    currency: bool,
}

impl Parser<'_> {
    /// Everything found at token `i`, and where to go on.
    fn phrase(&self, i: usize) -> Option<(Vec<Number>, usize)> {
        let t = self.toks[i];
        // Identifier chains (192.168.1.2) and hyphenated number chains (phone numbers).
        if t.kind == Tk::Num && t.chain {
            let mut out = Vec::new();
            let mut j = i;
            while j < self.toks.len() && self.toks[j].chain {
                if self.toks[j].kind == Tk::Num {
                    out.push(self.number(j, j + 1, self.toks[j].value, NumberKind::Identifier));
                }
                j += 1;
            }
            return Some((out, j));
        }
        if let Some(r) = self.digit_patterns(i) {
            return Some(r);
        }
        if let Some(r) = self.vague(i) {
            return Some(r);
        }
        if let Some((v, Class::Multiplier)) = self.class(i) {
            if !self.is_sym(i + 1, "-") || !self.attached(i + 1) {
                return Some((
                    vec![self.number(i, i + 1, v, NumberKind::Multiplier)],
                    i + 1,
                ));
            }
            return None;
        }
        if let Some(r) = self.article_amount(i) {
            return Some(r);
        }
        let mut p = self.amount(i)?;
        // A fraction word in a hyphenated compound is an adjective: a third-quarter profit,
        // a first-half goal, half-time.
        if p.kind == NumberKind::Fraction
            && self.word(p.next - 1).is_some()
            && ((self.is_sym(p.next, "-") && self.attached(p.next))
                || (i > 0 && self.is_sym(i - 1, "-") && self.attached(i)))
        {
            return None;
        }
        // So is a fraction word hyphened to its unit: a half-year, the half-hour, a quarter-mile
        // name a period or stretch, as half-time does, not a count of a fraction of one.
        if p.value < 1.0
            && self.word(i).is_some()
            && p.unit_tok == Some(i + 2)
            && self.is_sym(i + 1, "-")
            && self.attached(i + 1)
        {
            return None;
        }
        let first_kind = if p.kind == NumberKind::Count && p.unit.is_none() {
            self.context_kind(&p)
        } else {
            p.kind
        };
        // Ranges: 4-5 million, $4.1 billion to $4.3 billion, between 30 and 40 per cent.
        let between = i > 0 && self.class(i - 1).is_some_and(|c| c.1 == Class::Between);
        // `from X to Y` is a change, unless it is what something ranges over.
        let from = i > 0
            && self.class(i - 1).is_some_and(|c| c.1 == Class::From)
            && !(i > 1 && self.class(i - 2).is_some_and(|c| c.1 == Class::Range));
        let j = p.next;
        let connector = if self.is_sym(j, "-–—") && (self.attached(j) || self.is_sym(j, "–—"))
        {
            Some(j + 1)
        } else {
            match self.class(j) {
                Some((_, Class::To)) if !from => Some(j + 1),
                Some((_, Class::And)) if between => Some(j + 1),
                // two or three partners, 10 or 12 people: a range of small counts.
                Some((_, Class::Or)) if p.kind == NumberKind::Count && !p.scaled => Some(j + 1),
                _ => None,
            }
        };
        if let Some(k) = connector.filter(|_| !first_kind.is_quantity() && self.is_sym(j, "-")) {
            // Oct. 18-22, 2020-2023: both ends are what the first is.
            if let Some(q) = self.amount(k).filter(|q| q.kind == NumberKind::Count) {
                let a = self.number(p.start_tok, p.next, p.value, first_kind);
                let b = self.number(k, q.next, q.value, first_kind);
                return Some((vec![a, b], q.next));
            }
        }
        if let Some(k) = connector.filter(|_| first_kind.is_quantity()) {
            if let Some(q) = self.amount(k) {
                let mut low = p.value;
                if !p.scaled && q.scaled {
                    // 4-5 million: the scale of the high end applies to the low end.
                    let base = (k..q.next)
                        .find(|&x| self.is_num(x))
                        .map_or(q.value, |x| self.toks[x].value);
                    let scale = q.value / base;
                    // Only a low end below the high end's digits shares its scale: 4-5 million,
                    // but not $800,000 to $1.3 million.
                    if scale.is_finite() && scale > 1.0 && low.abs() < base.abs() {
                        low *= scale;
                    }
                }
                let bare =
                    |x: &Phrase| x.kind == NumberKind::Count && !x.currency && x.unit.is_none();
                let hyphen = self.is_sym(j, "-–—");
                // `0.4 per cent to 13176` is a change of something else, not a range.
                let near = hyphen || q.value <= 10.0 * low.abs();
                let same = p.kind == q.kind || bare(&p) || (bare(&q) && near);
                if same && q.value > low && p.high.is_none() {
                    p.value = low;
                    p.high = Some(q.value);
                    p.next = q.next;
                    if !bare(&q) {
                        p.kind = q.kind;
                    }
                    if p.unit.is_none() {
                        p.unit = q.unit;
                        p.unit_tok = q.unit_tok;
                    }
                }
            }
        }
        let kind = if p.kind == NumberKind::Count && p.unit.is_none() {
            self.context_kind(&p)
        } else {
            p.kind
        };
        let mut n = self.number(p.start_tok, p.next, p.value, kind);
        n.high = p.high.map(tidy);
        n.unit = p.unit;
        n.unit_start = p.unit_tok.map(|k| self.toks[k].start);
        Some((vec![n], p.next))
    }

    /// An article read as an amount: one of a unit after a cue of amount (`within a mile`,
    /// `by about a millimetre`), or two in `a couple of` (`a couple of seconds`).
    fn article_amount(&self, i: usize) -> Option<(Vec<Number>, usize)> {
        if !matches!(self.word(i), Some("a" | "an")) {
            return None;
        }
        let mut only: Option<&str> = None;
        let (value, at) = if self.word(i + 1) == Some("couple") && self.word(i + 2) == Some("of") {
            (2.0, i + 3)
        } else if let Some(limit) = i
            .checked_sub(1)
            .and_then(|k| self.word(k))
            .and_then(|w| ARTICLE_UNIT_CUES.get(w))
        {
            only = *limit;
            (1.0, i + 1)
        } else {
            return None;
        };
        let unit = self.unit_at(at).filter(|(f, _)| {
            matches!(f.extra, "measure" | "duration") && only.map_or(true, |k| k == f.extra)
        });
        let Some((f, e)) = unit else {
            // `a couple of players`: the count alone, its noun read by the claim.
            return (value == 2.0)
                .then(|| (vec![self.number(i, at, value, NumberKind::Count)], at));
        };
        let kind = if f.extra == "duration" {
            NumberKind::Duration
        } else {
            NumberKind::Measure
        };
        let mut n = self.number(i, e, value, kind);
        n.unit = Some(f.value.to_string());
        n.unit_start = Some(self.toks[at].start);
        Some((vec![n], e))
    }

    fn number(&self, a: usize, b: usize, value: f64, kind: NumberKind) -> Number {
        let start = self.toks[a].start;
        let end = self.toks[b - 1].end;
        Number {
            text: self.text[start..end].to_string(),
            value: tidy(value),
            high: None,
            start,
            end,
            kind,
            unit: None,
            unit_start: None,
        }
    }

    /// Dates, times, phone numbers and scores written with digits and punctuation.
    fn digit_patterns(&self, i: usize) -> Option<(Vec<Number>, usize)> {
        let t = self.toks[i];
        if t.kind != Tk::Num || t.decimal || t.grouped {
            return None;
        }
        // A run of digit groups joined by one kind of attached separator.
        let mut parts = vec![i];
        let mut sep = "";
        let mut j = i + 1;
        while self.is_sym(j, "/-:")
            && self.attached(j)
            && self.is_num(j + 1)
            && self.attached(j + 1)
            && !self.toks[j + 1].decimal
            && !self.toks[j + 1].grouped
        {
            let s = self.original(j);
            if !sep.is_empty() && s != sep {
                break;
            }
            sep = self.original(j);
            parts.push(j + 1);
            j += 2;
        }
        let emit = |kind| {
            let nums = parts
                .iter()
                .map(|&p| self.number(p, p + 1, self.toks[p].value, kind))
                .collect::<Vec<_>>();
            Some((nums, j))
        };
        let plus = i > 0 && self.is_sym(i - 1, "+") && self.attached(i);
        // Digit groups separated by spaces with a leading zero or three groups or more, the
        // last one long: a phone number (020 7946 0958, +44 20 7946 0958).
        if parts.len() == 1 {
            let mut k = i;
            let mut digits = self.len(i);
            while self.is_num(k + 1)
                && self.toks[k + 1].space
                && !self.toks[k + 1].decimal
                && !self.toks[k + 1].grouped
                && !self.toks[k + 1].chain
                && digits < 20
            {
                k += 1;
                digits += self.len(k);
            }
            let groups = k - i + 1;
            let leading_zero = self.original(i).starts_with('0');
            if (groups >= 3 && digits >= 8)
                || (groups >= 2 && leading_zero)
                || (plus && groups >= 2)
            {
                let nums = (i..=k)
                    .map(|p| self.number(p, p + 1, self.toks[p].value, NumberKind::Phone))
                    .collect();
                return Some((nums, k + 1));
            }
        }
        // An area code in brackets: (555) 014-2290.
        if parts.len() == 1
            && i > 0
            && self.is_sym(i - 1, "(")
            && self.is_sym(i + 1, ")")
            && self.is_num(i + 2)
            && self.is_sym(i + 3, "-")
            && self.len(i) == 3
        {
            return emit(NumberKind::Phone);
        }
        match (sep, parts.len()) {
            (":", 2) => {
                let mut j2 = j;
                if self.class(j).is_some_and(|c| c.1 == Class::Clock) {
                    j2 = j + 1;
                }
                let n = self.number(i, j2, t.value, NumberKind::Time);
                Some((vec![n], j2))
            }
            ("/", 3) => emit(NumberKind::Date),
            ("-", 3) => {
                // 2024-05-12 and 12-05-2024 are dates; 555-123-4567 is a phone number.
                let (a, b, c) = (self.len(parts[0]), self.len(parts[1]), self.len(parts[2]));
                if (a == 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && c == 4) {
                    emit(NumberKind::Date)
                } else {
                    emit(NumberKind::Phone)
                }
            }
            ("/", 2) => {
                let d = self.toks[parts[1]].value;
                if FRACTION_DENOMINATORS.contains(&d) && t.value < d {
                    None
                } else {
                    emit(NumberKind::Date)
                }
            }
            (_, n) if n >= 3 => emit(NumberKind::Phone),
            ("-", 2) => {
                let (a, b) = (t.value, self.toks[parts[1]].value);
                if plus || (self.len(parts[0]) >= 3 && self.len(parts[1]) >= 4) {
                    return emit(NumberKind::Phone);
                }
                let before = i.checked_sub(1).and_then(|k| self.word(k));
                let after = self.word(j).or_else(|| self.word(j + 1));
                let cue = before.is_some_and(|w| SCORE_WORDS.contains(w))
                    || after.is_some_and(|w| SCORE_WORDS.contains(w));
                if (a >= b || cue) && a < 200.0 && b < 200.0 && !self.followed_by_quantity(j) {
                    return emit(NumberKind::Score);
                }
                None
            }
            _ => None,
        }
    }

    fn len(&self, i: usize) -> usize {
        self.toks[i].end - self.toks[i].start
    }

    /// A scale, percent, currency or unit follows token `j`.
    fn followed_by_quantity(&self, j: usize) -> bool {
        self.class(j).is_some_and(|c| c.1 == Class::Scale)
            || self.unit_at(j).is_some()
            || self.currency_at(j, false).is_some()
            || self.word(j).is_some_and(|w| SCALES.contains_key(w))
    }

    /// `several hundred`, `a few thousand`: a bare scale word at `i` after a vague determiner
    /// is a vague magnitude from the determiner on.
    fn vague_determiner(&self, i: usize, n: &mut Number) {
        let bare = n.kind == NumberKind::Count
            && n.start == self.toks[i].start
            && self
                .class(i)
                .is_some_and(|c| matches!(c.1, Class::Hundred | Class::Scale));
        let Some(d) = i.checked_sub(1).filter(|&d| {
            bare && self.toks[i].space
                && self.word(d).is_some_and(|w| VAGUE_DETERMINERS.contains(w))
        }) else {
            return;
        };
        let d = if self.word(d) == Some("few") && d > 0 && self.word(d - 1) == Some("a") {
            d - 1
        } else {
            d
        };
        n.start = self.toks[d].start;
        n.text = self.text[n.start..n.end].to_string();
        n.kind = NumberKind::Vague;
    }

    /// `thousands of`, `tens of thousands of`, `hundreds of millions of`.
    fn vague(&self, i: usize) -> Option<(Vec<Number>, usize)> {
        let (mut value, needs_of) = *VAGUE.get(self.word(i)?)?;
        if i > 0
            && self.atom(i - 1).is_some()
            && !self.class(i - 1).is_some_and(|c| c.1 == Class::Article)
        {
            return None; // `three thousands`, not vague
        }
        let mut j = i + 1;
        while self.class(j).is_some_and(|c| c.1 == Class::Of) {
            match self.word(j + 1).and_then(|w| VAGUE.get(w)) {
                Some(v) => {
                    value *= v.0;
                    j += 2;
                }
                None => break,
            }
        }
        let of = self.class(j).is_some_and(|c| c.1 == Class::Of);
        if !of && j == i + 1 && needs_of {
            return None;
        }
        Some((vec![self.number(i, j, value, NumberKind::Vague)], j))
    }

    /// A signed amount with its currency, scale and unit, starting at `i`.
    fn amount(&self, i: usize) -> Option<Phrase> {
        let mut j = i;
        let mut currency: Option<&'static Form> = None;
        let mut sign = 1.0;
        if let Some((_, Class::Negative)) = self.class(j) {
            // `plus or minus 4 points`: a margin either way, read from its figure.
            if j >= 2 && self.word(j - 1) == Some("or") && self.word(j - 2) == Some("plus") {
                return None;
            }
            sign = -1.0;
            j += 1;
            // minus-130 degrees
            if self.is_sym(j, "-") && self.attached(j) && self.attached(j + 1) {
                j += 1;
            }
        }
        if let Some((f, k)) = self.prefix_currency_where(j, |k| {
            self.is_num(k) || self.is_sym(k, "-−") && self.is_num(k + 1)
        }) {
            currency = Some(f);
            j = k;
        }
        if self.is_sym(j, "-−+") && self.is_num(j + 1) && (self.attached(j + 1) || j == 0) {
            let prev_ok =
                j == 0 || self.toks[j].space || self.is_sym(j - 1, "(") || currency.is_some();
            if prev_ok {
                if !self.is_sym(j, "+") {
                    sign = -sign;
                }
                j += 1;
            }
        }
        if currency.is_none() {
            if let Some((f, k)) = self.prefix_currency_where(j, |k| self.is_num(k)) {
                currency = Some(f);
                j = k;
            }
        }
        if j > i && !self.is_num(j) && self.atom(j).is_none() && !self.is_sym(j, "½⅓⅔¼¾⅕⅛")
        {
            return None;
        }
        // Digits glued to letters or to digits and a hyphen before them (`S4C`, `747-8F`) are a
        // name's, so a one-letter unit after them (`C`, `F`) is the name's too.
        let glued = j > 0
            && self.attached(j)
            && (self.word(j - 1).is_some()
                || j > 1 && self.is_sym(j - 1, "-") && self.is_num(j - 2) && self.attached(j - 1));
        let after_name = j > 0
            && !self.attached(j)
            && self.word(j - 1).is_some()
            && self.original(j - 1).starts_with(char::is_uppercase);
        let core = self.core(j, false)?;
        if core.kind == NumberKind::Ordinal {
            return Some(Phrase {
                start_tok: i,
                unit_tok: None,
                value: core.value,
                high: None,
                next: core.next,
                kind: NumberKind::Ordinal,
                unit: None,
                scaled: false,
                currency: false,
            });
        }
        let mut p = Phrase {
            start_tok: i,
            unit_tok: None,
            value: sign * core.value,
            high: None,
            next: core.next,
            kind: core.kind,
            unit: None,
            scaled: core.scaled,
            currency: currency.is_some(),
        };
        let mut k = core.next;
        // Attached suffixes of digits: 3rd, 5pm, 1990s, 737MAX.
        if core.digits && self.word(k).is_some() && self.attached(k) {
            let w = self.original(k);
            match self.class(k) {
                Some((_, Class::OrdinalSuffix)) if core.plain_int => {
                    p.kind = NumberKind::Ordinal;
                    p.next = k + 1;
                    return Some(p);
                }
                Some((_, Class::Clock | Class::Zone)) => {
                    p.kind = NumberKind::Time;
                    p.next = k + 1;
                    return Some(p);
                }
                Some((_, Class::Decade)) if core.plain_int => {
                    p.kind = NumberKind::Year;
                    p.next = k + 1;
                    return Some(p);
                }
                // `3x quieter`, `10x the data`: a multiple (`4x4` stays an identifier).
                _ if matches!(w, "x" | "X")
                    && currency.is_none()
                    && self.word(k + 1).is_some()
                    && !self.attached(k + 1) =>
                {
                    p.kind = NumberKind::Multiplier;
                    p.next = k + 1;
                    return Some(p);
                }
                _ => {}
            }
            let scale = SCALES.get(w).filter(|(_, mode)| match mode {
                ScaleMode::Alone => self.no_word_at(k + 1),
                ScaleMode::Money => currency.is_some() || self.money_scale_at(k),
                _ => true,
            });
            if scale.is_none() && self.unit_at(k).is_none() && self.currency_at(k, false).is_none()
            {
                p.kind = NumberKind::Identifier;
                p.next = k + 1;
                return Some(p);
            }
        }
        // Times: 7 p.m., 10 a.m., 1105 GMT, 5 pm.
        if core.digits && currency.is_none() {
            let dotted = matches!(self.word(k), Some("a" | "p"))
                && self.is_sym(k + 1, ".")
                && self.attached(k + 1)
                && self.word(k + 2) == Some("m")
                && self.attached(k + 2);
            if dotted {
                p.kind = NumberKind::Time;
                p.next = if self.is_sym(k + 3, ".") && self.attached(k + 3) {
                    k + 4
                } else {
                    k + 3
                };
                return Some(p);
            }
            if self
                .class(k)
                .is_some_and(|c| matches!(c.1, Class::Clock | Class::Zone))
            {
                p.kind = NumberKind::Time;
                p.next = k + 1;
                return Some(p);
            }
        }
        // Short scale forms: 10k, $3.5m, £2.3bn, 2.33 k.
        if core.digits {
            if let Some(w) = self.word(k).map(|_| self.original(k)) {
                if let Some(&(v, mode)) = SCALES.get(w) {
                    let attached = self.attached(k);
                    let ok = match mode {
                        ScaleMode::Any => true,
                        // `SDIS 2B`, `Team 2B`: after a name a letter is the name's, not
                        // a billion (money keeps it: `$2B`).
                        ScaleMode::Attached => attached && (currency.is_some() || !after_name),
                        ScaleMode::End => attached || self.no_word_at(k + 1),
                        ScaleMode::Alone => self.no_word_at(k + 1),
                        ScaleMode::Money => {
                            attached && (currency.is_some() || self.money_scale_at(k))
                        }
                    };
                    if ok {
                        p.value *= v;
                        p.scaled = true;
                        k += 1;
                    }
                }
            }
        }
        // A fraction of one unit of measure or time: half a second, half an hour, three tenths
        // of a second, two thirds of a mile. (`second` is no unit on its own, where it is
        // mostly the ordinal; after `a` it can only be the unit.)
        if p.kind == NumberKind::Fraction && currency.is_none() {
            let mut a = k;
            if self.class(a).is_some_and(|c| c.1 == Class::Of) {
                a += 1;
            }
            if self.class(a).is_some_and(|c| c.1 == Class::Article) {
                let unit = self
                    .unit_at(a + 1)
                    .filter(|(f, _)| matches!(f.extra, "duration" | "measure"))
                    .map(|(f, e)| (f.value, e))
                    .or_else(|| (self.word(a + 1) == Some("second")).then_some(("seconds", a + 2)));
                if let Some((unit, e)) = unit {
                    p.unit = Some(unit.to_string());
                    p.unit_tok = Some(a + 1);
                    p.next = e;
                    return Some(p);
                }
            }
        }
        // Percentages and units (after an optional attached hyphen: a 10-km walk).
        let hy = if self.is_sym(k, "-") && self.attached(k) && self.attached(k + 1) {
            k + 1
        } else {
            k
        };
        if currency.is_none() {
            if let Some((f, e)) = self
                .unit_at(hy)
                .or_else(|| self.unit_at(k))
                .filter(|(f, _)| f.extra != "attached" || self.attached(k) && !glued)
            {
                let kind = match f.extra {
                    "percent" => NumberKind::Percent,
                    "points" => NumberKind::PercentagePoints,
                    "duration" => NumberKind::Duration,
                    "age" => NumberKind::Age,
                    _ => NumberKind::Measure,
                };
                // A hyphen joins only a unit used as an adjective: the 23-year-old, 10-km.
                if !(kind == NumberKind::Percent && hy != k) {
                    p.kind = kind;
                    p.unit = Some(f.value.to_string());
                    p.unit_tok = Some(if self.unit_at(hy).is_some() { hy } else { k });
                    p.next = e;
                    return Some(p);
                }
            }
        }
        // Currency after the amount: 420 million euros, 50 cents, 100元.
        if currency.is_none() {
            if let Some((f, e)) = self.currency_at(hy, false) {
                p.kind = NumberKind::Money;
                p.currency = true;
                p.next = e;
                if let Some(code) = f.value.strip_suffix("/100") {
                    let _ = code;
                    p.unit =
                        Some(self.lower[self.toks[hy].start..self.toks[e - 1].end].to_string());
                } else {
                    p.unit = Some(f.value.to_string());
                    // 3 dollars 50 cents, thirteen dollars and forty-five cents.
                    if let Some((c, e2)) = self.minor_amount(e) {
                        p.value += sign * c / 100.0;
                        p.next = e2;
                    }
                }
                return Some(p);
            }
        }
        if let Some(f) = currency {
            p.kind = NumberKind::Money;
            p.unit = Some(f.value.trim_end_matches("/100").to_string());
            p.next = k;
            // A trailing code after a symbol (US$ 5 USD) is part of it.
            return Some(p);
        }
        p.next = k;
        // Ratios: one in five, one out of three, 1 over 3.
        if core.kind == NumberKind::Count && !p.scaled {
            if let Some(r) = self.ratio(&p, core.value) {
                return Some(r);
            }
        }
        Some(p)
    }

    /// The minor part of `3 dollars 50 cents`: its value in cents and where it ends.
    fn minor_amount(&self, i: usize) -> Option<(f64, usize)> {
        let mut j = i;
        if self.class(j).is_some_and(|c| c.1 == Class::And) {
            j += 1;
        }
        let core = self.core(j, true)?;
        if core.kind != NumberKind::Count || core.value >= 100.0 || core.value < 1.0 {
            return None;
        }
        let k = core.next;
        if let Some((f, e)) = self.currency_at(k, false) {
            return f.value.ends_with("/100").then_some((core.value, e));
        }
        let end_ok = self.no_word_at(k) || self.class(k).is_some_and(|c| c.1 == Class::And);
        end_ok.then_some((core.value, k))
    }

    fn ratio(&self, p: &Phrase, a: f64) -> Option<Phrase> {
        let mut j = p.next;
        // `19 times out of 20`: how often, in occasions.
        let times = self.word(j) == Some("times")
            && self.class(j + 1).is_some_and(|c| c.1 == Class::Out)
            && self.class(j + 2).is_some_and(|c| c.1 == Class::Of);
        if times {
            j += 1;
        }
        let (k, role) = match self.class(j)? {
            (_, Class::In) if self.class(j + 1).is_some_and(|c| c.1 == Class::Every) => {
                (j + 2, Class::Out)
            }
            (_, Class::In) => (j + 1, Class::In),
            (_, Class::Out) if self.class(j + 1).is_some_and(|c| c.1 == Class::Of) => {
                (j + 2, Class::Out)
            }
            (_, Class::Over) => (j + 1, Class::Over),
            _ => return None,
        };
        let q = self.core(k, false)?;
        if q.kind != NumberKind::Count || q.value == 0.0 || q.scaled && role == Class::In {
            return None;
        }
        let ok = match role {
            Class::In => {
                a >= 1.0 && a < q.value && q.value <= 1000.0 && a <= 10.0 && q.plain_int
                    || (a >= 1.0 && a < q.value && q.value <= 100.0 && !q.digits)
            }
            Class::Out => a <= q.value,
            _ => self.no_word_at(q.next),
        };
        if !ok || (role == Class::In && self.unit_at(q.next).is_some()) {
            return None;
        }
        Some(Phrase {
            start_tok: p.start_tok,
            unit_tok: None,
            value: p.value / q.value,
            high: None,
            next: q.next,
            kind: NumberKind::Ratio,
            unit: times.then(|| "times".to_string()),
            scaled: false,
            currency: false,
        })
    }

    /// The kind of a bare count from the words around it: a year, a date, an identifier.
    fn context_kind(&self, p: &Phrase) -> NumberKind {
        let i = p.start_tok;
        let t = self.toks[i];
        let single = p.next == i + 1 && t.kind == Tk::Num;
        if p.kind != NumberKind::Count {
            return p.kind;
        }
        // Month names around a number make a date: March 3, 3 March, Nov. 25.
        let month_before =
            (1..=2).any(|d| i >= d && self.is_month(i - d) && (d == 1 || self.is_sym(i - 1, ".")));
        let month_after = self.is_month(p.next)
            || (self.class(p.next).is_some_and(|c| c.1 == Class::Of) && self.is_month(p.next + 1));
        if single && (month_before || month_after) && t.value <= 31.0 && !t.decimal {
            return NumberKind::Date;
        }
        if single
            && !t.decimal
            && !t.grouped
            && t.end - t.start == 4
            && (1900.0..=2100.0).contains(&t.value)
        {
            return NumberKind::Year;
        }
        let year_prep = i > 0 && self.word(i - 1).is_some_and(|w| YEAR_PREPS.contains(w));
        if single
            && (month_before || year_prep)
            && !t.decimal
            && !t.grouped
            && t.end - t.start == 4
            && (1000.0..=2100.0).contains(&t.value)
            && (self.no_word_at(i + 1)
                || self.word(i + 1).is_some_and(|w| FUNCTION_WORDS.contains(w)))
        {
            return NumberKind::Year;
        }
        if single && i > 0 {
            // Numbers inside names: Qwen 3, Boeing 737, Windows 11, flight 370, No. 5, COVID-19.
            let mut k = i - 1;
            if self.is_sym(k, "#") && self.attached(i) {
                return NumberKind::Identifier;
            }
            // Letters glued to the digits: S23, G7, A321.
            if self.word(k).is_some() && self.attached(i) {
                return NumberKind::Identifier;
            }
            if self.is_sym(k, "-")
                && self.attached(i)
                && k > 0
                && self.word(k - 1).is_some()
                && self.attached(k)
            {
                return NumberKind::Identifier;
            }
            if self.is_sym(k, ".") && k > 0 {
                k -= 1;
            }
            if let Some(w) = self.word(k) {
                if IDENTIFIER_WORDS.contains(w) && (w != "no" || self.is_sym(k + 1, ".")) {
                    return NumberKind::Identifier;
                }
                let orig = self.original(k);
                // Capitalized, or camel-cased (iPhone 11, eBay 2).
                let capital = orig.chars().next().is_some_and(char::is_uppercase)
                    || orig.chars().skip(1).any(char::is_uppercase);
                if capital
                    && !FUNCTION_WORDS.contains(w)
                    && !MONTHS.contains(w)
                    && !WORDS.contains_key(w)
                    && !orig.ends_with("'s")
                    && !orig.ends_with("’s")
                    && k + 1 == i
                {
                    return NumberKind::Identifier;
                }
            }
        }
        // A capitalized number word inside a name: Net Zero, Catch Twenty-Two.
        if t.kind == Tk::Word && i > 0 && self.word(i - 1).is_some() {
            let cap = |k: usize| {
                self.original(k)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            };
            let prev = self.word(i - 1).unwrap_or_default();
            if cap(i) && cap(i - 1) && !FUNCTION_WORDS.contains(prev) && !WORDS.contains_key(prev) {
                return NumberKind::Identifier;
            }
        }
        NumberKind::Count
    }
}

impl Parser<'_> {
    /// A cheap test that a phrase may start at token `i`, so that most words cost one look-up.
    fn may_start(&self, i: usize) -> bool {
        let t = &self.toks[i];
        match t.kind {
            Tk::Num => true,
            Tk::Word => {
                let w = &self.lower[t.start..t.end];
                match STARTS.get(w) {
                    Some(Start::Article) => {
                        // `a` starts a number only before a number word (a dozen, a half), or
                        // as an amount itself (within a mile, a couple of).
                        // `A$150` opens an amount in Australian dollars.
                        self.class(i + 1).is_some_and(|c| starts(c.1))
                            || self.word(i + 1) == Some("couple")
                            || self.currency_at(i, true).is_some()
                            || (i > 0
                                && self
                                    .word(i - 1)
                                    .is_some_and(|w| ARTICLE_UNIT_CUES.contains_key(w))
                                && self.unit_at(i + 1).is_some())
                    }
                    Some(Start::Yes) => true,
                    // A currency form written with capitals (the lower-cased word was looked
                    // up already; without a capital the two are the same).
                    None => {
                        let word = &self.text[t.start..t.end];
                        word.bytes().any(|b| b.is_ascii_uppercase())
                            && CURRENCIES.contains_key(word)
                    }
                }
            }
            Tk::Sym => {
                let c = &self.text[t.start..t.end];
                CURRENCIES.contains_key(c) || WORDS.contains_key(c) || matches!(c, "-" | "−" | "+")
            }
        }
    }
}

/// Rounds away binary noise from scaling (4.1 * 1e9 = 4099999999.9999995) by keeping 15
/// significant digits, as written figures never have more.
fn tidy(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 || (v.fract() == 0.0 && v.abs() < 1e15) {
        return v;
    }
    format!("{v:.14e}").parse().unwrap_or(v)
}

/// The ISO code of a one-word currency name written after amounts (`dollars`, `lira`, `yen`),
/// in its usual sense; `word` lower-cased.
pub fn currency_word(word: &str) -> Option<&'static str> {
    CURRENCIES.get(word)?.iter().find_map(|f| {
        (f.tokens.len() == 1 && f.extra == "suffix" && !f.value.ends_with("/100"))
            .then_some(f.value)
    })
}

/// Whether `word` (lower case) alone is written after amounts of the currency `code`, as its
/// usual word or as a word several countries share (`rupees` for Pakistani rupees).
pub fn currency_word_means(word: &str, code: &str) -> bool {
    CURRENCIES.get(word).is_some_and(|fs| {
        fs.iter().any(|f| {
            f.tokens.len() == 1 && f.value == code && matches!(f.extra, "suffix" | "named_suffix")
        })
    })
}

/// Whether `word` alone is a currency form written before amounts (`QR`, `Rs`, `AED`), in any
/// of its senses: `QR 47 billion` is money, the `QR` no name.
pub fn currency_prefix(word: &str) -> bool {
    let before = |f: &Form| {
        f.tokens.len() == 1
            && matches!(f.extra, "prefix" | "both" | "home_prefix" | "named")
            && (!f.exact || f.tokens[0] == word)
    };
    CURRENCIES.get(word).is_some_and(|fs| fs.iter().any(before))
        || CURRENCIES
            .get(lexicon::lower(word).as_ref())
            .is_some_and(|fs| fs.iter().any(before))
}

/// Whether `word` (lower case) alone is a currency's word written after amounts, its minor
/// units' too (`dollars`, `cents`, `rials`): the `US` of `6.4 US cents` is no place.
pub fn currency_noun(word: &str) -> bool {
    CURRENCIES.get(word).is_some_and(|fs| {
        fs.iter().any(|f| {
            f.tokens.len() == 1 && !f.exact && matches!(f.extra, "suffix" | "named_suffix" | "both")
        })
    })
}

/// Finds every number in `text`, in order.
pub fn recognize(text: &str) -> Vec<Number> {
    let parser = Parser::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < parser.toks.len() {
        if !parser.may_start(i) {
            i += 1;
            continue;
        }
        match parser.phrase(i) {
            Some((mut nums, next)) if next > i => {
                if let Some(first) = nums.first_mut() {
                    parser.vague_determiner(i, first);
                }
                out.extend(nums);
                i = next;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Number {
        let found = recognize(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn the_scan_ends_rule_out_only_words_the_named_scan_lacks() {
        for key in NAMED_SCAN.keys() {
            assert!(SCAN_ENDS.may_hold(key), "{key}");
        }
        let text = "The rand and the Kenyan shilling fell as Canada, US$ and Rs 40 rose; a \
                    café in Zürich sold 3 loaves at ¥200 to the 12 dollars' worth, ok.";
        let mut ruled_out = 0;
        for w in text
            .to_ascii_lowercase()
            .split(|c: char| !c.is_alphanumeric())
        {
            if !SCAN_ENDS.may_hold(w) {
                assert!(NAMED_SCAN.get(w).is_none(), "{w}");
                ruled_out += 1;
            }
        }
        assert!(ruled_out > 10, "{ruled_out}");
    }

    #[test]
    fn the_named_scan_index_finds_the_forms_candidates_find() {
        let texts = [
            "RS 40, Rs 40, rs. 40 and Rs. 40; A$5, a $5 fee, US$300, us $ 3, U.S. $4.",
            "Kenyan shillings, KENYAN SHILLINGS, the Rand, RAND, rand, ZAR, zar, Pesos.",
            "Omani rials in Oman, Chile's CLP, yen, YEN, Yen, ₨ 40, Sri Lanka, Canada.",
        ];
        for text in texts {
            let parser = Parser::new(text);
            for (i, t) in parser.toks.iter().enumerate() {
                if t.kind != Tk::Word {
                    continue;
                }
                let plain: Vec<*const Form> = parser
                    .candidates(&CURRENCIES, i)
                    .filter(|f| !matches!(f.extra, "named" | "named_suffix" | "home_prefix"))
                    .filter(|f| parser.match_form(i, f).is_some())
                    .map(|f| f as *const Form)
                    .collect();
                let mut scanned: Vec<*const Form> = NAMED_SCAN
                    .get(&parser.lower[t.start..t.end])
                    .into_iter()
                    .flatten()
                    .filter(|f| parser.match_form(i, f).is_some())
                    .map(|&f| f as *const Form)
                    .collect();
                let mut sorted = plain.clone();
                sorted.sort();
                scanned.sort();
                assert_eq!(sorted, scanned, "{text}: {}", parser.original(i));
            }
        }
    }

    #[test]
    fn east_african_currency_abbreviations_and_iso_codes() {
        for (text, written, value, code) in [
            (
                "Growers will share Rwf 184 million.",
                "Rwf 184 million",
                184e6,
                "RWF",
            ),
            (
                "The fund paid 90 million Frw.",
                "90 million Frw",
                90e6,
                "RWF",
            ),
            ("Loans start at KSh 500.", "KSh 500", 500., "KES"),
            ("Savers put in USh20,000.", "USh20,000", 20_000., "UGX"),
            ("A bag costs TSh 2,000.", "TSh 2,000", 2_000., "TZS"),
            (
                "Revenue was UGX 4.5 billion.",
                "UGX 4.5 billion",
                4.5e9,
                "UGX",
            ),
        ] {
            let n = one(text);
            assert_eq!((n.text.as_str(), n.value), (written, value), "{text}");
            assert_eq!(n.unit.as_deref(), Some(code), "{text}");
        }
    }

    #[test]
    fn a_rupee_prefix_is_read_glued_or_dotted_and_is_the_local_rupee() {
        // `Rs` glued to the figure is its own word, as an all-capital prefix is.
        let glued = one("The league sold the rights for Rs4.6bn.");
        assert_eq!((glued.text.as_str(), glued.value), ("Rs4.6bn", 4.6e9));
        assert_eq!(glued.unit.as_deref(), Some("INR"));
        // Only a currency form is cut so: a model name keeps its digits.
        assert!(recognize("She bought an Mp3 player.").is_empty());
        // `Rs.` before a spaced figure is the dotted form, not a bare `Rs` then a dot.
        let dotted = one("The bridge will cost Rs. 75 billion.");
        assert_eq!(
            (dotted.text.as_str(), dotted.value),
            ("Rs. 75 billion", 75e9)
        );
        // In a text set in Pakistan (or Sri Lanka, Nepal, Mauritius) it is that rupee.
        let karachi = "Karachi port fees rise\n\nKARACHI - Pakistan's port authority in \
                       Karachi raised fees to Rs850 a container.";
        assert_eq!(one(karachi).unit.as_deref(), Some("PKR"));
        // A byline between the headline and the dateline leaves the dateline in the opening.
        let byline = "Port fees rise\n\nBy A. Writer\n\nKARACHI - Pakistan's port in Karachi \
                      raised fees to Rs. 850 a container.";
        assert_eq!(one(byline).unit.as_deref(), Some("PKR"));
        let kandy = "Kandy water tariffs\n\nSri Lanka raised tariffs in Kandy and Colombo to \
                     ₨ 40 a unit.";
        assert_eq!(one(kandy).unit.as_deref(), Some("LKR"));
    }

    #[test]
    fn a_text_marking_indian_rupees_means_its_local_rupee_by_rs() {
        let units = |text: &str| -> Vec<Option<String>> {
            recognize(text).into_iter().map(|n| n.unit).collect()
        };
        // Nepal named three times, India twice: not twice as often, but the text marks
        // India's rupees by name, so its bare `Rs` is Nepal's.
        let marked = "Nepal to sell power via Indian grid\n\nNepal will sell power to \
                      Nepal's neighbours from Kathmandu for Rs 8.55 a unit, plus 0.9 Indian \
                      rupees a unit.";
        assert_eq!(
            units(marked),
            [Some("NPR".to_string()), Some("INR".to_string())]
        );
        // Without the mark, India's rupee stays until Nepal is named twice as often.
        let unmarked = "Nepal to sell power via Indian grid\n\nNepal will sell power to \
                        Nepal's neighbours from Kathmandu for Rs 8.55 a unit in India.";
        assert_eq!(units(unmarked), [Some("INR".to_string())]);
    }

    #[test]
    fn qatar_riyals_are_written_qr_in_a_text_naming_qatar() {
        let doha = "Doha airline orders jets\n\nThe Qatari carrier signed a QR 47 billion deal.";
        let n = one(doha);
        assert_eq!(
            (n.text.as_str(), n.unit.as_deref()),
            ("QR 47 billion", Some("QAR"))
        );
        assert!(recognize("Scan the QR code.").is_empty());
    }

    #[test]
    fn quetzales_are_written_q_in_a_text_naming_guatemala_but_quarters_are_not() {
        let units = |text: &str| -> Vec<(String, Option<String>)> {
            recognize(text)
                .into_iter()
                .map(|n| (n.text, n.unit))
                .collect()
        };
        let gtq = |t: &str| (t.to_string(), Some("GTQ".to_string()));
        let ixcan = "Guatemala cardamom slump\n\nBuyers offered Q275 a quintal, from a Q2 \
                     million credit line, after Q3 sales fell.";
        let u = units(ixcan);
        assert_eq!(u[..2], [gtq("Q275"), gtq("Q2 million")], "{u:?}");
        assert!(u.iter().all(|(t, _)| !t.contains("Q3")), "{u:?}");
        // Without Guatemala or the quetzal named, `Q` is no currency.
        assert!(units("The Q275 model sold well.")
            .iter()
            .all(|(_, u)| u.as_deref() != Some("GTQ")));
    }

    #[test]
    fn a_canadian_press_dateline_sets_the_story_in_its_province() {
        let units = |text: &str| -> Vec<Option<String>> {
            recognize(text).into_iter().map(|n| n.unit).collect()
        };
        let minnedosa = "Fire destroys elevator\n\nMINNEDOSA, Man. — A fire destroyed the \
                         elevator.\n\nThe Manitoba firm said the loss was $6 million.";
        assert_eq!(units(minnedosa), [Some("CAD".to_string())]);
        // A man in a sentence is no province.
        let man = "Fire destroys elevator\n\nDENVER — Police arrested a man. The Manitoba \
                   firm said the loss was $6 million.";
        assert_eq!(units(man), [Some("USD".to_string())]);
    }

    #[test]
    fn a_bare_dollar_is_the_local_one_where_the_text_is_set_in_its_country() {
        let units = |text: &str| -> Vec<Option<String>> {
            recognize(text).into_iter().map(|n| n.unit).collect()
        };
        let winnipeg = "Winnipeg Transit drivers walked out. The union in Winnipeg wants a \
                        raise that Manitoba says would cost $4.2m.";
        assert_eq!(units(winnipeg), [Some("CAD".to_string())]);
        // A text that marks its local dollars (`C$`) means the US ones by a bare `$`.
        let marked = "In Winnipeg, Manitoba, the band signed a C$612 million ($447 million) \
                      deal.";
        let u = units(marked);
        assert_eq!(u.last(), Some(&Some("USD".to_string())), "{u:?}");
        // A text that marks its local dollars and converts none means them by a bare `$`.
        let local = "Melbourne Cup at Flemington\n\nThe A$8.4 million race in Melbourne. The \
                     favourite started at $4.20.";
        assert_eq!(
            units(local),
            [Some("AUD".to_string()), Some("AUD".to_string())]
        );
        // Not when it writes the US ones by their own form as well.
        let both = "Melbourne Cup at Flemington\n\nThe A$8.4 million race in Melbourne, or \
                    US$5.4 million. The favourite started at $4.20.";
        assert_eq!(units(both).last(), Some(&Some("USD".to_string())));
        // A story set elsewhere stays in US dollars, however often it names Toronto.
        let ghana = "Ghana audits Birim Goldfields\n\nACCRA - Ghana ordered an audit of the \
                     miner.\n\nToronto-listed Birim, a Toronto firm with offices in Vancouver, \
                     said it paid $41 million.";
        assert_eq!(units(ghana), [Some("USD".to_string())]);
        // A US story that names Canada once stays in US dollars.
        let recall = "The fryers were sold in the United States, Canada and Mexico. A house \
                      fire in Indiana cost $80,000.";
        assert_eq!(units(recall), [Some("USD".to_string())]);
        // The `US` of `US$` names no place: prices quoted in US dollars leave a Saskatchewan
        // story's bare `$` Canadian.
        let potash = "Potash mine expands\n\nThe Saskatoon-based firm will spend $1.4 billion \
                      in Saskatchewan. Prices of US$300 to US$340 a tonne are expected.";
        // (The price range is one number.)
        assert_eq!(
            units(potash),
            [Some("CAD".to_string()), Some("USD".to_string())]
        );
    }

    fn values(text: &str) -> Vec<f64> {
        recognize(text).iter().map(|n| n.value).collect()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
    }

    #[test]
    fn a_vague_determiner_before_a_bare_scale_word_makes_a_vague_magnitude() {
        for (text, said, value) in [
            (
                "She told several hundred retirees.",
                "several hundred",
                100.0,
            ),
            ("A few thousand fans came.", "A few thousand", 1000.0),
        ] {
            let n = one(text);
            assert_eq!(
                (n.text.as_str(), n.kind),
                (said, NumberKind::Vague),
                "{text}"
            );
            assert!(close(n.value, value));
        }
        // A counted scale word stays exact: `three hundred`.
        assert_eq!(
            one("Several of the three hundred left.").kind,
            NumberKind::Count
        );
    }

    #[test]
    fn no_currency_or_unit_form_opens_with_digits() {
        // `Parser::candidates` skips digit runs on this ground.
        for index in [&*CURRENCIES, &*UNITS] {
            for key in index.keys() {
                assert!(!key.starts_with(|c: char| c.is_ascii_digit()), "{key}");
            }
        }
    }

    #[test]
    fn huge_exponents_and_odd_powers_are_never_nan() {
        // Found by the fuzzer: 0 * 10^732 was 0 * inf = NaN.
        for text in [
            "00e732m",
            "0e999",
            "0.0e400 people",
            "-8^0.5",
            "2^0.5",
            "1e400",
        ] {
            for n in recognize(text) {
                assert!(!n.value.is_nan(), "{text}: {n:?}");
                assert!(!n.high.is_some_and(f64::is_nan), "{text}: {n:?}");
            }
        }
        assert_eq!(values("0e999"), [0.0]);
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(
            values("1,250 people and 4.5 tonnes, .5 more"),
            [1250.0, 4.5, 0.5]
        );
        assert_eq!(one("1 234 567").value, 1234567.0);
        assert_eq!(values("1, 234, 567"), [1.0, 234.0, 567.0]);
        assert_eq!(one(" -9.25").value, -9.25);
        assert_eq!(one("1.3e6").value, 1.3e6);
    }

    #[test]
    fn fractions() {
        assert_eq!(one("1/2").value, 0.5);
        assert_eq!(one("2 1/4").value, 2.25);
        assert!(close(one("two thirds").value, 2.0 / 3.0));
        assert_eq!(one("one and a half").value, 1.5);
        assert_eq!(one("half").value, 0.5);
        // A fraction of one unit is measured in that unit.
        for (text, unit) in [
            ("cut the gap to three tenths of a second", "seconds"),
            ("half an hour later", "hours"),
            ("two thirds of a mile", "miles"),
        ] {
            let n = one(text);
            assert_eq!(n.unit.as_deref(), Some(unit), "{text}");
        }
        assert_eq!(one("two thirds of the votes").unit, None);
        // A fraction word hyphened to a unit names a period, not an amount.
        assert!(recognize("profit for the half-year rose").is_empty());
        assert!(recognize("the half-hour show").is_empty());
        assert!(close(one("a third of voters").value, 1.0 / 3.0));
        // `a fifth` is a fraction unless a noun or adjective follows it.
        assert_eq!(one("shrink by about a fifth this season").value, 0.2);
        assert_eq!(one("cut by a fifth.").kind, NumberKind::Fraction);
        assert_eq!(one("a fifth term").kind, NumberKind::Ordinal);
        assert_eq!(one("a fifth and final time").kind, NumberKind::Ordinal);
        assert_eq!(one("one in five adults").value, 0.2);
        assert_eq!(one("one in five adults").kind, NumberKind::Ratio);
    }

    #[test]
    fn number_words() {
        assert_eq!(one("twelve").value, 12.0);
        assert_eq!(one("forty-two").value, 42.0);
        assert_eq!(one("three hundred and twenty").value, 320.0);
        assert_eq!(one("a dozen eggs").value, 12.0);
        assert_eq!(one("two dozen").value, 24.0);
        assert_eq!(
            one("twenty-one trillion three hundred").value,
            21e12 + 300.0
        );
        assert_eq!(one("double").kind, NumberKind::Multiplier);
        assert_eq!(one("twice").value, 2.0);
        assert_eq!(one("sales more than doubling").kind, NumberKind::Multiplier);
        // An article is an amount after a cue (`within a mile`) and in `a couple of`.
        let a = one("within a mile of the shop");
        assert_eq!((a.value, a.unit.as_deref()), (1.0, Some("miles")));
        assert_eq!(one("in a couple of seconds").value, 2.0);
        assert!(recognize("a year ago, at €45 a day, a couple who ran it").len() == 1);
        let x = one("it is 3x quieter");
        assert_eq!((x.value, x.kind), (3.0, NumberKind::Multiplier));
    }

    #[test]
    fn scales_and_short_forms() {
        assert_eq!(one("1.2 billion").value, 1.2e9);
        let m = one("$3.5m");
        assert_eq!(
            (m.value, m.kind, m.unit.as_deref()),
            (3.5e6, NumberKind::Money, Some("USD"))
        );
        let b = one("£2.3bn");
        assert_eq!((b.value, b.unit.as_deref()), (2.3e9, Some("GBP")));
        assert_eq!(one("10M").value, 1e7);
        assert_eq!(one("10k").value, 1e4);
        assert_eq!(one("US$ 1MM").value, 1e6);
        let rm = one("RM3.06mil");
        assert_eq!((rm.value, rm.unit.as_deref()), (3.06e6, Some("MYR")));
        assert_eq!(one("$US55,931,000").unit.as_deref(), Some("USD"));
        assert_eq!(one("minus-130 degrees").value, -130.0);
    }

    #[test]
    fn vague_magnitudes() {
        let v = one("tens of thousands of derivative models");
        assert_eq!((v.value, v.kind), (1e4, NumberKind::Vague));
        assert_eq!(v.text, "tens of thousands");
        assert_eq!(one("hundreds of thousands of times").value, 1e5);
        assert_eq!(one("thousands of developers").value, 1e3);
        assert_eq!(one("billions of users").value, 1e9);
        assert_eq!(one("dozens of people").value, 12.0);
        // South Asian magnitudes, as vague as thousands before `of`.
        let v = one("stranding lakhs of commuters");
        assert_eq!((v.value, v.kind), (1e5, NumberKind::Vague));
        assert_eq!(one("crores of rupees").value, 1e7);
    }

    #[test]
    fn percentages_and_money() {
        for s in ["12%", "12 per cent", "12 percent"] {
            let p = one(s);
            assert_eq!((p.value, p.kind), (12.0, NumberKind::Percent), "{s}");
        }
        assert_eq!(
            one("12 percentage points").kind,
            NumberKind::PercentagePoints
        );
        assert_eq!(one("€45").unit.as_deref(), Some("EUR"));
        assert_eq!(one("¥100").unit.as_deref(), Some("JPY"));
        assert_eq!(one("USD 200").unit.as_deref(), Some("USD"));
        assert_eq!(one("420 million euros").value, 4.2e8);
        assert_eq!(one("50 dollars").unit.as_deref(), Some("USD"));
        assert_eq!(one("3 dollars 50 cents").value, 3.5);
    }

    #[test]
    fn a_shared_symbol_is_money_only_where_the_currency_is_named() {
        let found = recognize("The rand firmed to R17.92. A R2 million bond saves R330.");
        let units: Vec<_> = found.iter().map(|n| n.unit.as_deref()).collect();
        assert_eq!(units, [Some("ZAR"); 3]);
        assert_eq!(found[1].value, 2e6);
        // Without the rand named, `R330` is a model, not money.
        assert_ne!(one("the Canon R5 camera").unit.as_deref(), Some("ZAR"));
        assert_ne!(one("a R330 router").kind, NumberKind::Money);
        let found = recognize("South African banks lend R2 million.");
        assert_eq!(found[0].unit.as_deref(), Some("ZAR"));
        let found = recognize("It paid 50 million soles, or S/1,500 a family.");
        let units: Vec<_> = found.iter().map(|n| n.unit.as_deref()).collect();
        assert_eq!(units, [Some("PEN"); 2]);
    }

    /// `prefix_currency_where` answers as `currency_at(i, true)` filtered by the same test, at
    /// every token, and leaves the text's currencies unscanned for an initial before a name.
    #[test]
    fn prefix_currency_where_answers_as_currency_at() {
        let parser = Parser::new;
        for text in [
            "The rand firmed to R17.92. A R2 million bond saves R330.",
            "J. R. Okonkwo paid R330 and P. Sithole paid P 40, or S/1,500 and $5, A$150.",
            "It paid 50 million soles, or S/1,500 a family; US$ -3 and R -2 in Botswana pula.",
        ] {
            let p = parser(text);
            for i in 0..p.toks.len() {
                let accept = |k: usize| p.is_num(k);
                let key = |a: Option<(&'static Form, usize)>| a.map(|(f, k)| (f.value, k));
                assert_eq!(
                    key(p.prefix_currency_where(i, accept)),
                    key(p.currency_at(i, true).filter(|&(_, k)| accept(k))),
                    "{text} at token {i}"
                );
            }
        }
        let p = parser("J. R. Okonkwo said 5 people came.");
        for i in 0..p.toks.len() {
            assert!(p.prefix_currency_where(i, |k| p.is_num(k)).is_none());
        }
        assert!(p.named.get().is_none());
    }

    #[test]
    fn currencies_named_by_their_country() {
        let unit = |s: &str| recognize(s)[0].unit.clone();
        // A country's adjective before a currency word names its currency.
        assert_eq!(
            unit("It lent 3.2 billion Tanzanian shillings.").as_deref(),
            Some("TZS")
        );
        assert_eq!(
            unit("about 7 million Qatari riyals").as_deref(),
            Some("QAR")
        );
        // ... but only before a currency word: `20 Kenyan firms` is a count.
        assert_eq!(recognize("20 Kenyan firms")[0].kind, NumberKind::Count);
        // A word several countries use means the currency of the country the text names.
        let text = "SEOUL - The label earned 12.5 billion won, and its shares hit 50,000 won.";
        let units: Vec<_> = recognize(text).into_iter().map(|n| n.unit).collect();
        assert_eq!(units, [Some("KRW".to_string()), Some("KRW".to_string())]);
        assert_ne!(recognize("They have 40 won")[0].kind, NumberKind::Money);
        let chile = "Chile's miner rose to 1,200 pesos. Chilean buyers and Chile agreed.";
        assert_eq!(unit(chile).as_deref(), Some("CLP"));
        assert_eq!(unit("Tacos cost 30 pesos.").as_deref(), Some("MXN"));
        // The usual currency holds where its own country is named at least as often.
        let both = "In Mexico, tacos cost 30 pesos, a Mexican chef said; Chile disagreed.";
        assert_eq!(unit(both).as_deref(), Some("MXN"));
        assert_eq!(unit("It paid 2 billion kwacha.").as_deref(), Some("ZMW"));
        assert_eq!(unit("about 4 million krónur").as_deref(), Some("ISK"));
        // Words several currencies share: `lei` of Moldova or Romania, `crowns` of the Czech
        // Republic or a Nordic country, Bosnia's convertible `marks`: the country named decides.
        let moldova = "Moldova's regulator set the tariff at 12.96 lei, Moldovan officials said.";
        assert_eq!(unit(moldova).as_deref(), Some("MDL"));
        assert_eq!(unit("In Romania it costs 15 lei.").as_deref(), Some("RON"));
        assert_eq!(
            unit("In Prague a beer costs 62 crowns.").as_deref(),
            Some("CZK")
        );
        assert_eq!(unit("Oslo fined it 40,000 crowns.").as_deref(), Some("NOK"));
        assert_eq!(
            unit("Bosnian miners earn 1,050 marks.").as_deref(),
            Some("BAM")
        );
        assert_ne!(recognize("Pupils won 80 marks")[0].kind, NumberKind::Money);
        assert_eq!(unit("a fine of 24,000 dalasi").as_deref(), Some("GMD"));
        // Every ISO 4217 currency with a name of its own has it (`vatu`, `tala`, `nakfa`), and
        // a shared word (`francs`, `rubles`) is the currency of the country the text names.
        assert_eq!(unit("It lost 83 million vatu.").as_deref(), Some("VUV"));
        assert_eq!(unit("a fee of 300 pa'anga").as_deref(), Some("TOP"));
        let burundi = "Growers in Burundi were paid 1,200 francs, the Bujumbura office said.";
        assert_eq!(unit(burundi).as_deref(), Some("BIF"));
        assert_eq!(unit("It paid 900 francs.").as_deref(), Some("CHF"));
        assert_eq!(
            unit("Pearls fetched 4 million CFP francs.").as_deref(),
            Some("XPF")
        );
        let belarus = "Belarus exporters lost 12 million rubles, Minsk said.";
        assert_eq!(unit(belarus).as_deref(), Some("BYN"));
        assert_eq!(unit("It lost 12 million rubles.").as_deref(), Some("RUB"));
        // A long run of country words is read once, not recursed into.
        let run = format!("1 {}shillings", "Kenyan ".repeat(50_000));
        assert_eq!(recognize(&run)[0].kind, NumberKind::Count);
    }

    #[test]
    fn figures_that_end_before_another() {
        // Two scaled figures joined by `and` are two ends, not one sum.
        let r = one("between 150 billion and 180 billion rupees");
        assert_eq!((r.value, r.high), (1.5e11, Some(1.8e11)));
        assert_eq!(r.unit.as_deref(), Some("INR"));
        // A number word after a scaled figure is an adjective of its noun.
        assert_eq!(recognize("1.2 million twenty-foot boxes")[0].value, 1.2e6);
        // A margin either way is the figure, not a negative one.
        let m = one("plus or minus 3 percentage points");
        assert_eq!((m.value, m.kind), (3.0, NumberKind::PercentagePoints));
        assert_eq!(one("minus 3 degrees").value, -3.0);
        let r = one("19 times out of 20");
        assert_eq!(
            (r.value, r.kind, r.unit.as_deref()),
            (0.95, NumberKind::Ratio, Some("times"))
        );
        // A scale's letter glued to a temperature, and only glued.
        let t = one("It hit 41C");
        assert_eq!(
            (t.value, t.unit.as_deref()),
            (41.0, Some("degrees Celsius"))
        );
        assert_ne!(one("Grade 5 C").kind, NumberKind::Measure);
        // ... and not when the digits belong to a name: a channel, an aircraft model.
        for name in ["the S4C documentary", "a Boeing 747-8F freighter"] {
            assert!(
                recognize(name)
                    .iter()
                    .all(|n| n.kind != NumberKind::Measure),
                "{name}"
            );
        }
        assert_eq!(one("It fell to -5C").value, -5.0);
        // A letter after a name's number is the name's: `SDIS 2B` is no two billion.
        assert_eq!(one("the service (SDIS 2B)").kind, NumberKind::Identifier);
        assert_eq!(one("Revenue hit $2B").value, 2e9);
    }

    #[test]
    fn ranges() {
        let r = one("between 30 and 40 per cent");
        assert_eq!(
            (r.value, r.high, r.kind),
            (30.0, Some(40.0), NumberKind::Percent)
        );
        let r = one("4-5 million");
        assert_eq!((r.value, r.high), (4e6, Some(5e6)));
        let r = one("$4.1 billion to $4.3 billion");
        assert_eq!((r.value, r.high), (4.1e9, Some(4.3e9)));
        // `from X to Y` is a change, not a range, unless something ranges from X to Y.
        assert_eq!(values("from 10 to 20 people").len(), 2);
        let r = one("prices ranging from $800,000 to $1.3 million");
        assert_eq!((r.value, r.high), (8e5, Some(1.3e6)));
    }

    #[test]
    fn measures_and_ages() {
        for (s, unit) in [
            ("4,800 km", "km"),
            ("12 miles", "miles"),
            ("300 tonnes", "tonnes"),
            ("50 megawatts", "MW"),
            ("20 millimetres", "mm"),
            ("5 milligrams", "mg"),
        ] {
            let n = one(s);
            assert_eq!(
                (n.kind, n.unit.as_deref()),
                (NumberKind::Measure, Some(unit)),
                "{s}"
            );
        }
        let a = one("the 23-year-old");
        assert_eq!((a.value, a.kind), (23.0, NumberKind::Age));
        // An attached `m` before a dimension word is metres; before a noun, millions.
        let m = one("he stands 1.91m tall");
        assert_eq!((m.value, m.unit.as_deref()), (1.91, Some("m")));
        assert_eq!(one("2m people").value, 2e6);
        // A text that writes millions so means them by a bare `m` too, but not before `tall`.
        let all = recognize("It flew 3.4m passengers, against 2.9m a year earlier.");
        assert_eq!(all[1].value, 2.9e6);
        let all = recognize("It sold 3m tickets. The wall is 2.5m high and the pool 2m.");
        let values: Vec<f64> = all.iter().map(|n| n.value).collect();
        assert_eq!(values, [3e6, 2.5, 2e6]);
        assert_eq!(recognize("The pool is 2m.")[0].value, 2.0);
    }

    #[test]
    fn numbers_that_are_not_quantities() {
        let kind = |s: &str| one(s).kind;
        assert_eq!(kind("in 2024"), NumberKind::Year);
        assert_eq!(kind("the 1990s"), NumberKind::Year);
        assert_eq!(kind("March 3"), NumberKind::Date);
        assert_eq!(kind("on 3 March"), NumberKind::Date);
        assert!(recognize("on 5/17/2018")
            .iter()
            .all(|n| n.kind == NumberKind::Date));
        assert_eq!(kind("at 10:30"), NumberKind::Time);
        assert_eq!(kind("at 5pm"), NumberKind::Time);
        assert_eq!(kind("the 3rd"), NumberKind::Ordinal);
        assert_eq!(kind("the twenty-first century"), NumberKind::Ordinal);
        assert!(recognize("the first ever").is_empty());
        assert!(recognize("version 1.2.3")
            .iter()
            .all(|n| n.kind == NumberKind::Identifier));
        assert_eq!(kind("Qwen 3 launch"), NumberKind::Identifier);
        assert_eq!(kind("a Boeing 737"), NumberKind::Identifier);
        assert_eq!(kind("Windows 11"), NumberKind::Identifier);
        assert!(recognize("an Airbus A321neo")
            .iter()
            .all(|n| n.kind == NumberKind::Identifier));
        assert_eq!(kind("the iPhone 11"), NumberKind::Identifier);
        assert_eq!(kind("the Galaxy S23 Plus"), NumberKind::Identifier);
        assert_eq!(kind("5G networks"), NumberKind::Identifier);
        assert!(recognize("Oct. 18-22")
            .iter()
            .all(|n| n.kind == NumberKind::Date));
        assert_eq!(kind("flight 370"), NumberKind::Identifier);
        assert_eq!(kind("COVID-19"), NumberKind::Identifier);
        assert!(recognize("call 555-123-4567")
            .iter()
            .all(|n| n.kind == NumberKind::Phone));
        assert!(recognize("won 3-1")
            .iter()
            .all(|n| n.kind == NumberKind::Score));
        assert_eq!(kind("About 30"), NumberKind::Count);
        assert!(recognize("call 020 7946 0958")
            .iter()
            .all(|n| n.kind == NumberKind::Phone));
        // A lone leading zero: groups of a free number, not 800 and 11,222.
        let free = recognize("the free hotline, 0 800 11 222.");
        assert_eq!(free.len(), 4);
        assert!(free.iter().all(|n| n.kind == NumberKind::Phone));
        // Thousands grouped by spaces still read as one figure.
        assert_eq!(one("It has 40 000 staff").value, 40_000.0);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "",
            "-",
            "$",
            "1/",
            "1e",
            "1^",
            "½",
            "a a a a",
            "1,",
            ".",
            "1.",
            "1.2.",
            "— 5 —",
            "ünïcödé 5€",
            "one one one one one one one one one one one one",
            "and and 5 and",
            "point point",
            "1-2-3-4-5-6-7-8",
            "+",
            "1 1/",
            "$$$ 5",
            "5 %%",
            "between and",
        ] {
            let _ = recognize(s);
        }
        let long = "one ".repeat(10_000);
        assert_eq!(recognize(&long).len(), 10_000);
    }
}
