//! Parsing of the language data files under `src/data/`.
//!
//! Word lists live in plain text files, one entry a line, `#` starting a comment, so that adding
//! a word never means touching logic. Each stage includes its files with `include_str!` and parses
//! them once into a `LazyLock` with the helpers here.

use std::collections::{HashMap, HashSet};

/// The entries of a data file: trimmed lines, blank lines and `#` comments dropped.
pub fn entries(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A data file as a set of entries.
pub fn set(src: &str) -> HashSet<&str> {
    entries(src).collect()
}

/// A data file as a set of lower-cased entries, for case-insensitive look-up.
pub fn lower_set(src: &str) -> HashSet<String> {
    entries(src).map(str::to_lowercase).collect()
}

/// A tab-separated data file as rows of fields.
pub fn rows(src: &str) -> impl Iterator<Item = Vec<&str>> {
    entries(src).map(|l| l.split('\t').map(str::trim).collect())
}

/// A two-column tab-separated data file as a map from the first column to the second.
pub fn map(src: &str) -> HashMap<&str, &str> {
    rows(src)
        .filter(|r| r.len() >= 2)
        .map(|r| (r[0], r[1]))
        .collect()
}

/// The base letter of a common accented Latin letter, so that name lists written without
/// accents still match `Siobhán` or `José` (stages compare names in both spellings).
pub(crate) fn fold_accent(c: char) -> char {
    if c.is_uppercase() {
        // Fold the lower-case form and raise the base letter again: one table for both cases.
        let lower = c.to_lowercase().next().unwrap_or(c);
        // `𝒟` (U+1D49F) is upper case without a lower-case form: nothing to fold, and
        // folding it again would never end.
        if lower == c {
            return c;
        }
        let base = fold_accent(lower);
        return if base == lower {
            c
        } else {
            base.to_ascii_uppercase()
        };
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
    }

    #[test]
    fn entries_skip_comments_and_blanks() {
        let src = "# words\nalpha\n\n  beta  \n#gamma\n";
        assert_eq!(entries(src).collect::<Vec<_>>(), ["alpha", "beta"]);
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
