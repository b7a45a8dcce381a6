//! Parsing of the language data files under `src/data/`.
//!
//! Word lists live in plain text files, one entry a line, `#` starting a comment, so that adding
//! a word never means touching logic. Each stage includes its files with `include_str!` and parses
//! them once into a `LazyLock` with the helpers here.

use std::collections::{HashMap, HashSet};

/// The entries of a data file: trimmed lines, blank lines and `#` comments dropped.
pub fn entries(src: &str) -> impl Iterator<Item = &str> {
    Entries { rest: src }
}

/// The lines of a data file, each as `str::trim` leaves it, blank lines and comments dropped.
///
/// Some 230,000 lines are read at start-up (the gazetteer alone 144,000): `split('\n')` with
/// `str::trim` and a filter cost some 240 instructions a line, a third of the process's set-up;
/// a `memchr` to each newline and an ASCII trim cost a fifth of that.
struct Entries<'a> {
    rest: &'a str,
}

/// White space that `char::is_whitespace` calls so in ASCII (`u8::is_ascii_whitespace` leaves
/// out the vertical tab, which `str::trim` takes).
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// `line.trim()`, with ASCII white space taken off a byte at a time: only a line whose end is
/// then a non-ASCII character (maybe a no-break space) goes through `str::trim`.
#[inline]
fn trim(line: &str) -> &str {
    let b = line.as_bytes();
    let (mut lo, mut hi) = (0, b.len());
    while lo < hi && ascii_space(b[lo]) {
        lo += 1;
    }
    while hi > lo && ascii_space(b[hi - 1]) {
        hi -= 1;
    }
    // Only ASCII bytes were taken off, so both ends are character boundaries.
    let t = &line[lo..hi];
    match (t.as_bytes().first(), t.as_bytes().last()) {
        (Some(&f), Some(&l)) if !f.is_ascii() || !l.is_ascii() => t.trim(),
        _ => t,
    }
}

impl<'a> Iterator for Entries<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        while !self.rest.is_empty() {
            let (line, rest) = match memchr::memchr(b'\n', self.rest.as_bytes()) {
                // A newline is one byte: both sides of it are character boundaries.
                Some(i) => (&self.rest[..i], &self.rest[i + 1..]),
                None => (self.rest, ""),
            };
            self.rest = rest;
            // Most lines are a bare entry: an ASCII first and last byte that are neither white
            // space nor `#` (every ASCII white space byte is at most a space) need no trim.
            if let (Some(&f), Some(&l)) = (line.as_bytes().first(), line.as_bytes().last()) {
                if f > b' ' && f < 0x80 && f != b'#' && l > b' ' && l < 0x80 {
                    return Some(line);
                }
            }
            let line = trim(line);
            if !line.is_empty() && !line.starts_with('#') {
                return Some(line);
            }
        }
        None
    }
}

/// An upper bound on the entries of a data file (its line count), to size a set before filling
/// it: the larger lists (the gazetteer, the surnames) would otherwise be rehashed a dozen times.
pub(crate) fn capacity(src: &str) -> usize {
    memchr::memchr_iter(b'\n', src.as_bytes()).count() + 1
}

/// A data file as a set of entries.
pub fn set(src: &str) -> HashSet<&str> {
    let mut set = HashSet::with_capacity(capacity(src));
    set.extend(entries(src));
    set
}

/// A data file as a set of lower-cased entries, for case-insensitive look-up.
pub fn lower_set(src: &str) -> HashSet<String> {
    entries(src).map(str::to_lowercase).collect()
}

/// A tab-separated data file as rows of fields.
pub fn rows(src: &str) -> impl Iterator<Item = Vec<&str>> {
    entries(src).map(|l| fields(l).collect())
}

/// The tab-separated fields of a line, each trimmed: what `line.split('\t').map(str::trim)`
/// gives, found a byte at a time (the fields are short; a `split` costs some 140 instructions
/// a field, the typer's weights alone have 60,000).
pub(crate) fn fields(line: &str) -> impl Iterator<Item = &str> {
    Fields { rest: Some(line) }
}

/// The iterator of [`fields`]: `rest` is what follows the last tab taken, `None` once the last
/// field is given.
struct Fields<'a> {
    rest: Option<&'a str>,
}

impl<'a> Iterator for Fields<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.bytes().position(|b| b == b'\t') {
            // A tab is one byte: both sides of it are character boundaries.
            Some(i) => {
                self.rest = Some(&rest[i + 1..]);
                Some(trim(&rest[..i]))
            }
            None => {
                self.rest = None;
                Some(trim(rest))
            }
        }
    }
}

/// A two-column tab-separated data file as a map from the first column to the second.
pub fn map(src: &str) -> HashMap<&str, &str> {
    rows(src)
        .filter(|r| r.len() >= 2)
        .map(|r| (r[0], r[1]))
        .collect()
}

/// Calls `f` with `word` in lower case (as `str::to_lowercase` writes it), without allocating
/// for short ASCII words: stages lower a word per token only to look it up.
pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    // Most words are ASCII without a capital: they are their own lower case, no copy needed.
    let (mut ascii, mut upper) = (true, false);
    for &b in word.as_bytes() {
        ascii &= b.is_ascii();
        upper |= b.is_ascii_uppercase();
    }
    if ascii && !upper {
        return f(word);
    }
    let mut buf = [0u8; 40];
    if word.len() <= buf.len() && ascii {
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        // ASCII lower-casing keeps the bytes valid UTF-8.
        f(std::str::from_utf8(b).unwrap_or(word))
    } else {
        f(&word.to_lowercase())
    }
}

/// `word` in lower case, exactly as `str::to_lowercase` writes it, borrowed when it already is
/// (ASCII without a capital, as most words of running text are): no copy per word looked up.
pub(crate) fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

/// `word` without possessive endings: every trailing `'s`, then every trailing `’s` (what
/// `trim_end_matches("'s").trim_end_matches("’s")` gives, without building a substring
/// searcher per call).
pub(crate) fn trim_possessive(word: &str) -> &str {
    let mut w = word;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("’s") {
        w = rest;
    }
    w
}

/// The base letter of a common accented Latin letter, so that name lists written without
/// accents still match `Siobhán` or `José` (stages compare names in both spellings).
pub(crate) fn fold_accent(c: char) -> char {
    if c.is_uppercase() {
        // Fold the lower-case form and raise the base letter again: one table for both cases.
        // Some capitals have no lower-case form (`𝔛`, U+1D51B): they are their own base.
        let lower = c.to_lowercase().next().unwrap_or(c);
        let base = fold_lower(lower);
        return if base == lower {
            c
        } else {
            base.to_ascii_uppercase()
        };
    }
    fold_lower(c)
}

/// The base letter of a lower-case accented letter; any other character as it is.
fn fold_lower(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        other => other,
    }
}

/// The base letter of a lower-case letter, for looking up a given name written with letters
/// [`fold_accent`] leaves as they are (Turkish `şükrü`, Polish `łukasz`, Czech `jiří`).
pub(crate) fn fold_letter(c: char) -> char {
    match fold_accent(c) {
        'ş' | 'ś' | 'š' | 'ș' => 's',
        'ğ' => 'g',
        'ı' | 'ī' => 'i',
        'ł' => 'l',
        'ć' | 'č' => 'c',
        'ń' | 'ň' => 'n',
        'ź' | 'ż' | 'ž' => 'z',
        'ě' | 'ē' => 'e',
        'ř' => 'r',
        'ț' | 'ţ' => 't',
        'ă' | 'ā' => 'a',
        'ő' => 'o',
        'ű' | 'ū' => 'u',
        'ý' => 'y',
        'đ' => 'd',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `entries` gives what trimming each line and dropping blanks and comments gives, for
    /// lines with and without white space or a non-ASCII letter at either end.
    #[test]
    fn entries_agree_with_trimmed_lines() {
        let src =
            "a\n  b \n\t\n# c\n #d\ne#\n\u{a0}f\u{a0}\nZürich\nŌsaka \n\r\ng\r\nh\u{3000}\n\nlast";
        let plain: Vec<&str> = src
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        assert_eq!(entries(src).collect::<Vec<_>>(), plain);
        for data in [
            include_str!("data/gazetteer.txt"),
            include_str!("data/surnames.txt"),
            include_str!("data/titles.txt"),
        ] {
            let plain = data
                .split('\n')
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'));
            assert!(entries(data).eq(plain));
        }
    }

    #[test]
    fn fields_split_and_trim_as_the_standard_library() {
        for line in [
            "",
            "a",
            "\t",
            "a\tb",
            " a \t b\t",
            "\t\tc",
            "x\u{a0}\t\u{a0}y\u{2003}\tz ",
            "é\tß\t0.125",
        ] {
            let plain: Vec<&str> = line.split('\t').map(str::trim).collect();
            assert_eq!(fields(line).collect::<Vec<_>>(), plain, "{line:?}");
        }
    }

    #[test]
    fn lower_is_to_lowercase_and_borrows_what_is_lower_already() {
        for w in ["cases", "Cases", "ÉCOLE", "ΟΔΟΣ", "straße", "a-b's", ""] {
            assert_eq!(lower(w), w.to_lowercase(), "{w}");
        }
        assert!(matches!(lower("cases"), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(lower("Cases"), std::borrow::Cow::Owned(_)));
    }

    #[test]
    fn upper_case_letters_without_a_lower_case_form_fold_to_themselves() {
        assert_eq!(fold_accent('\u{1D49F}'), '\u{1D49F}');
        assert_eq!(fold_accent('É'), 'E');
    }

    #[test]
    fn accents_fold_in_both_cases() {
        let fold = |w: &str| w.chars().map(fold_accent).collect::<String>();
        assert_eq!(fold("Siobhán Ó Dónaill"), "Siobhan O Donaill");
        assert_eq!(fold("JOSÉ Núñez Ørsted"), "JOSE Nunez Orsted");
        assert_eq!(fold("İstanbul Łódź"), "İstanbul Łodź");
        // Capitals with no lower-case form fold to themselves (they once recursed forever).
        assert_eq!(fold("𝔐𝐀Ⓜ"), "𝔐𝐀Ⓜ");
    }

    #[test]
    fn lowering_and_possessives_match_the_standard_library() {
        for w in [
            "Word",
            "ÉCOLE",
            "ΣΟΦΙΑΣ",
            "Mayor's's",
            "Nation’s",
            "it’s's",
            "'s",
            "plain",
        ] {
            assert_eq!(with_lower(w, str::to_string), w.to_lowercase());
            assert_eq!(
                trim_possessive(w),
                w.trim_end_matches("'s").trim_end_matches("’s")
            );
        }
        let long = "A".repeat(100);
        assert_eq!(with_lower(&long, str::len), 100);
    }

    #[test]
    fn entries_trim_as_str_trim_does() {
        let src = "a\n \u{a0}b\u{a0} \n\x0bc\x0c\n\u{2003}\n\u{85}#d\n \u{3000} e\u{2009}\t\nf\u{e9}\n\u{e9}";
        let std: Vec<&str> = src
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        assert_eq!(entries(src).collect::<Vec<_>>(), std);
        assert_eq!(std, ["a", "b", "c", "e", "f\u{e9}", "\u{e9}"]);
    }

    #[test]
    fn entries_skip_comments_and_blanks() {
        let src = "# words\nalpha\n\n  beta  \n#gamma\n";
        assert_eq!(entries(src).collect::<Vec<_>>(), ["alpha", "beta"]);
        assert_eq!(
            entries("a\r\n#b\r\n\r\n c \r\nd").collect::<Vec<_>>(),
            ["a", "c", "d"]
        );
        assert!(capacity(src) >= entries(src).count());
        assert_eq!(map("a\tb\nc\td\te\n")["c"], "d");
    }

    /// Every data file parses, and a word list carries no duplicate entry (a duplicate usually
    /// means two people added the same word with different intent).
    #[test]
    fn data_files_have_no_duplicates() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/data");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            // The same entries as the plain split, trim and filter the reader stands in for.
            assert!(entries(&text).eq(text
                .split('\n')
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))));
            let mut seen = HashSet::new();
            for line in entries(&text) {
                assert!(
                    seen.insert(line),
                    "{}: duplicate entry {line:?}",
                    path.display()
                );
            }
        }
    }
}
