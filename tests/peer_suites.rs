//! The Recognizers-Text number, percentage and currency suites from `../shared/data/`, scored on
//! the number recognizer (below the claim filter) by the value-only rule of
//! `../shared/data/README.md`: a case passes when every expected non-null value is among the
//! values found (multiset, relative tolerance 1e-9, `%` stripped). The pass counts are printed
//! and held to their floors in `tests/floors.json`.

use crate::util::{floor, shared_data};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

/// Scores one suite; returns the number of passing cases, the total, and the failures.
fn score(file: &str) -> (usize, usize, Vec<String>) {
    let text = std::fs::read_to_string(shared_data(file)).expect("shared peer suite");
    let cases: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let mut passed = 0;
    let mut failures = Vec::new();
    for case in &cases {
        let input = case["input"].as_str().unwrap();
        let mut found: Vec<f64> = Vec::new();
        for n in claimex::numbers::recognize(input) {
            found.push(n.value);
            found.extend(n.high);
        }
        let mut used = vec![false; found.len()];
        let mut ok = true;
        for r in case["results"].as_array().unwrap() {
            let Some(v) = r["value"].as_str() else {
                continue;
            };
            let v: f64 = v.trim_end_matches('%').parse().unwrap();
            match (0..found.len()).find(|&i| !used[i] && close(found[i], v)) {
                Some(i) => used[i] = true,
                None => ok = false,
            }
        }
        if ok {
            passed += 1;
        } else {
            failures.push(format!("{input:?} -> {found:?}"));
        }
    }
    (passed, cases.len(), failures)
}

fn check(file: &str, name: &str, key: &str) {
    let (passed, total, failures) = score(file);
    println!("recognizers {name}: {passed}/{total} passed");
    for f in &failures {
        println!("  fail: {f}");
    }
    let floor = floor(key);
    assert!(
        passed as f64 >= floor,
        "recognizers {name}: {passed}/{total} is below the floor {floor}"
    );
}

#[test]
fn recognizers_number() {
    check(
        "recognizers_number_en.json",
        "number",
        "numbers_recognizers_number",
    );
}

#[test]
fn recognizers_percent() {
    check(
        "recognizers_percent_en.json",
        "percent",
        "numbers_recognizers_percent",
    );
}

#[test]
fn recognizers_currency() {
    check(
        "recognizers_currency_en.json",
        "currency",
        "numbers_recognizers_currency",
    );
}
