//! Property tests: on arbitrary Unicode text the pipeline never panics, every span it reports lies
//! on char boundaries inside the input, sentences come in order without overlapping, and the same
//! input always gives the same record.
//!
//! The texts are built from fragments chosen to stress the stages: news-like words and figures,
//! every kind of quote mark and bracket, control characters, lone combining marks, right-to-left
//! text and direction marks, emoji sequences, `\r\n` and bare `\r` line ends, and arbitrary
//! characters (binary noise without NUL, which batch input rejects before extraction).

pub mod wellformed;

use proptest::prelude::*;

use wellformed::{check_numbers, check_record, utf8_prefix};

/// Fragments that look like news: names, abbreviations, figures, attributions.
const NEWS: &[&str] = &[
    "The",
    "council",
    "said",
    "Mr.",
    "Dr.",
    "U.S.",
    "J. R.",
    "Okonkwo",
    "Acme Corp.",
    "Inc.",
    "sold",
    "1.2 million",
    "$4.5bn",
    "£3.5m",
    "45%",
    "12 per cent",
    "between 30 and 40",
    "nearly",
    "more than",
    "up from",
    "in 2024",
    "on Tuesday",
    "last year",
    "three",
    "tens of",
    "thousands",
    "downloads",
    "e.g.",
    "i.e.",
    "No. 5",
    "p.m.",
    "1,234,567",
    "0.5",
    "-3",
    "1e9",
    "#",
    "- ",
    "* ",
    "1. ",
    "•",
    "according to",
    "she said",
    "he added",
    "Ms. Roe",
    "Meta",
];

/// Marks that open or close things: quotes of every kind, brackets, sentence stops.
const MARKS: &[&str] = &[
    "\"", "“", "”", "'", "‘", "’", "«", "»", "„", "‹", "›", "(", ")", "[", "]", "{", "}", ".", "?",
    "!", "…", "...", ",", ";", ":", "—", "–", "-", "%", "$", "€", "£", "¥",
];

/// Line ends and spaces of every style, including blank lines (paragraph breaks).
const BREAKS: &[&str] = &[
    " ", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\t", "\u{a0}", "\u{2028}",
    "\u{2029}", "\u{3000}", "\u{200b}", " \n ",
];

/// Text that is hard on byte offsets: multi-byte, combining, right-to-left, emoji.
const HARD: &[&str] = &[
    "\u{301}",             // a lone combining acute
    "e\u{301}\u{302}",     // stacked combining marks
    "שלום עולם",           // Hebrew
    "مرحبا بالعالم.",      // Arabic with a full stop
    "\u{200f}",            // right-to-left mark
    "\u{202e}abc\u{202c}", // right-to-left override
    "👍",
    "👨‍👩‍👧‍👦", // a zero-width-joiner family
    "👋🏽", // a skin-tone modifier
    "🇬🇧", // a flag (regional indicators)
    "Ünïcödé",
    "日本語の文。",
    "ﬁ",
    "İ",
    "ß",
    "\u{feff}",
    "\u{1}",
    "\u{7}",
    "\u{1b}[31m",
    "\u{7f}",
    "\u{85}",
    "\u{fffd}",
    "\u{10ffff}",
    "１２３", // full-width digits
    "٣٤٥",    // Arabic-Indic digits
    "½",
    "²",
];

/// One piece of text: a fragment from one of the lists, or arbitrary characters.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(NEWS).prop_map(str::to_string),
        3 => proptest::sample::select(MARKS).prop_map(str::to_string),
        3 => proptest::sample::select(BREAKS).prop_map(str::to_string),
        2 => proptest::sample::select(HARD).prop_map(str::to_string),
        // Digits, words and punctuation in any order.
        2 => "[0-9.,%$a-zA-Z ]{1,12}",
        // Binary noise: any characters at all but NUL.
        1 => proptest::collection::vec(any::<char>().prop_filter("no NUL", |c| *c != '\0'), 1..8)
            .prop_map(|cs| cs.into_iter().collect::<String>()),
    ]
}

/// A text of up to `max` fragments.
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 0..max).prop_map(|v| v.concat())
}

/// Extraction twice, with a fresh and a shared extractor, must agree byte for byte.
fn deterministic(text: &str) -> Result<(), String> {
    let a = serde_json::to_string(&claimex::extract("-", text)).unwrap();
    let extractor = claimex::Extractor::new();
    let b = serde_json::to_string(&extractor.extract("-", text)).unwrap();
    let c = serde_json::to_string(&extractor.extract("-", text)).unwrap();
    if a != b || b != c {
        return Err("two extractions of the same text differ".into());
    }
    Ok(())
}

proptest! {
    // 512 cases a property in the suite; PROPTEST_CASES=N asks for more (in release, say).
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(512),
        ..ProptestConfig::default()
    })]

    #[test]
    fn records_are_well_formed_on_any_text(text in text(120)) {
        let record = claimex::extract("-", &text);
        prop_assert_eq!(check_record(&text, &record), Ok(()));
    }

    #[test]
    fn extraction_is_deterministic(text in text(80)) {
        prop_assert_eq!(deterministic(&text), Ok(()));
    }

    #[test]
    fn numbers_lie_inside_the_text(text in text(120)) {
        prop_assert_eq!(check_numbers(&text, &claimex::numbers::recognize(&text)), Ok(()));
    }

    #[test]
    fn segmentation_spans_are_ordered_and_inside(text in text(120)) {
        let blocks = claimex::segment::blocks(&text);
        let sentences = claimex::segment::sentences(&text, &blocks);
        let mut last = 0;
        for b in &blocks {
            prop_assert!(b.span.start >= last && b.span.end <= text.len());
            prop_assert!(text.is_char_boundary(b.span.start) && text.is_char_boundary(b.span.end));
            last = b.span.end;
        }
        let mut last = 0;
        for s in &sentences {
            prop_assert!(s.span.start >= last, "sentences overlap");
            prop_assert!(blocks[s.block].span.contains(s.span));
            last = s.span.end;
            for w in claimex::segment::words(&text, s.span) {
                prop_assert!(s.span.contains(w));
                prop_assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end));
            }
        }
    }

    /// Arbitrary strings with no structure at all: the fuzzers' view, in the normal suite.
    #[test]
    fn arbitrary_strings_never_break_the_contract(text in "\\PC{0,400}") {
        let text = text.replace('\0', " ");
        let record = claimex::extract("-", &text);
        prop_assert_eq!(check_record(&text, &record), Ok(()));
    }

    /// Raw bytes cut to their UTF-8 prefix, exactly as the fuzz targets feed the pipeline.
    #[test]
    fn raw_bytes_never_break_the_contract(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = utf8_prefix(&bytes);
        prop_assert!(bytes.starts_with(text.as_bytes()));
        let record = claimex::extract("-", text);
        prop_assert_eq!(check_record(text, &record), Ok(()));
    }
}

/// The fragment lists themselves, as one text: each hard case once, in a fixed order.
#[test]
fn every_fragment_together_is_well_formed() {
    let text: String = [NEWS, MARKS, BREAKS, HARD]
        .iter()
        .flat_map(|l| l.iter())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let record = claimex::extract("-", &text);
    assert_eq!(check_record(&text, &record), Ok(()));
    assert!(!record.sentences.is_empty());
    assert_eq!(deterministic(&text), Ok(()));
}

/// The checker must catch a broken record, or the properties above prove nothing.
#[test]
fn the_checker_rejects_bad_offsets() {
    let text = "Héllo there. Second one.";
    let good = claimex::extract("-", text);
    assert_eq!(check_record(text, &good), Ok(()));

    let mut bad = good.clone();
    bad.sentences[0].end = 2; // inside the two-byte é
    assert!(check_record(text, &bad).is_err());

    let mut bad = good.clone();
    bad.sentences.swap(0, 1);
    assert!(check_record(text, &bad).is_err());

    let mut bad = good;
    bad.sentences[1].end = text.len() + 1;
    assert!(check_record(text, &bad).is_err());
}
