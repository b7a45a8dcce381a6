//! Pathological inputs: each completes and gives a well-formed record. Sizes here are about
//! 1 MB so that the suite stays quick in debug builds; the `#[ignore]`d tests run the 10 MB
//! sizes (`cargo test --release --test main pathological -- --ignored`, which scripts/test.sh
//! does), and `benches/pathological.rs` times 1 MB against 4 MB for the README's ratios.
//! Timings are never asserted here: a loaded machine must not fail the suite.
//!
//! Inputs the fuzzers found crashing live at the end, each as its own test.

pub mod inputs;

use claimex::Record;
use inputs::Kind;

use crate::properties::wellformed::{check_numbers, check_record};

const MB: usize = 1_000_000;

/// Extracts `text` and checks the record and the recognizer against the offset contract.
fn run(name: &str, text: &str) -> Record {
    let record = claimex::extract("-", text);
    if let Err(e) = check_record(text, &record) {
        panic!("{name}: {e}");
    }
    if let Err(e) = check_numbers(text, &claimex::numbers::recognize(text)) {
        panic!("{name}: {e}");
    }
    record
}

fn run_kind(kind: Kind, bytes: usize) -> Record {
    let text = inputs::make(kind, bytes);
    assert!(text.len() >= bytes);
    run(kind.name(), &text)
}

#[test]
fn no_whitespace() {
    let r = run_kind(Kind::NoWhitespace, MB);
    // No blank line and no line break: one paragraph whatever the sentences are.
    assert_eq!(r.paragraphs.len(), 1);
}

#[test]
fn quote_marks() {
    let r = run_kind(Kind::QuoteMarks, MB);
    assert_eq!(r.paragraphs.len(), 1);
    assert!(r.claims.is_empty(), "no digits, no claims");
}

#[test]
fn digits() {
    let r = run_kind(Kind::Digits, MB);
    assert_eq!(r.sentences.len(), 1);
}

#[test]
fn grouped_digits() {
    // A number every few bytes makes this the slowest kind (about 1 MB/s in release): a quarter
    // of the size keeps the debug suite quick; the 10 MB run covers the full size.
    let r = run_kind(Kind::GroupedDigits, MB / 4);
    assert_eq!(r.paragraphs.len(), 1);
}

/// A list of `lines` items: one list item a line, one sentence each.
fn check_list(lines: usize) {
    let text = inputs::list(lines);
    let r = run("list_lines", &text);
    assert_eq!(r.paragraphs.len(), lines);
    assert!(r.paragraphs.iter().all(|p| p.kind == "list_item"));
    assert_eq!(r.sentences.len(), lines);
}

/// 25,000 lines in the debug suite; the 100,000 of the issue run with the 10 MB inputs.
#[test]
fn a_long_list() {
    check_list(25_000);
}

#[test]
fn deeply_nested_brackets() {
    let r = run_kind(Kind::NestedBrackets, MB);
    assert_eq!(r.paragraphs.len(), 1);
}

#[test]
fn an_endless_sentence() {
    let r = run_kind(Kind::EndlessSentence, MB);
    assert_eq!(r.sentences.len(), 1);
}

#[test]
fn an_endless_name() {
    let r = run_kind(Kind::EndlessName, MB);
    assert_eq!(r.sentences.len(), 1);
}

#[test]
fn unclosed_quotes() {
    let r = run_kind(Kind::UnclosedQuotes, MB);
    assert_eq!(r.paragraphs.len(), 1);
}

#[test]
fn the_generators_give_what_they_say() {
    for kind in Kind::ALL {
        let text = inputs::make(kind, 10_000);
        assert!((10_000..10_200).contains(&text.len()), "{kind:?}");
        match kind {
            Kind::NoWhitespace | Kind::QuoteMarks | Kind::Digits | Kind::GroupedDigits => {
                assert!(!text.contains(char::is_whitespace), "{kind:?}")
            }
            Kind::NestedBrackets => {
                let opens = text.matches(['(', '[', '{']).count();
                let closes = text.matches([')', ']', '}']).count();
                assert_eq!(opens, closes);
                assert!(text.starts_with("(Acme said 5 [{“\"‘'("));
                assert!(text.ends_with("'’\"”}])"));
            }
            Kind::ListLines | Kind::EndlessSentence | Kind::EndlessName | Kind::UnclosedQuotes => {}
        }
    }
    assert_eq!(inputs::list(3).lines().count(), 3);
}

/// Every input a fuzzer found crashing (`tests/pathological/crashes/`, named after what broke),
/// read as the fuzz targets read it: the valid UTF-8 prefix of its bytes.
#[test]
fn inputs_the_fuzzers_found() {
    let dir = crate::util::root().join("tests/pathological/crashes");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    for path in paths {
        let bytes = std::fs::read(&path).unwrap();
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => t,
            Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap(),
        };
        run(&path.display().to_string(), text);
    }
}

/// The 10 MB sizes and the 100,000-line list of the issue, for release builds.
#[test]
#[ignore = "10 MB inputs: run in release (scripts/test.sh does)"]
fn ten_megabytes_of_each() {
    let started = std::time::Instant::now();
    check_list(100_000);
    eprintln!("a list of 100,000 lines in {:.2?}", started.elapsed());
    for kind in Kind::ALL {
        let started = std::time::Instant::now();
        run_kind(kind, 10 * MB);
        eprintln!("{}: 10 MB in {:.2?}", kind.name(), started.elapsed());
    }
}
