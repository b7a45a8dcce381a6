//! Integration tests of the claims stage: the LlamaCon bar of the claims issue, and the
//! `claimex numbers` command that lists the recognizer's numbers before the claim filter, and
//! units read from the context around a figure.

use crate::util::{claimex, root};

fn llamacon() -> claimex::Record {
    claimex::extract_path(root().join("corpus/llamacon.txt")).unwrap()
}

/// All ten LlamaCon claims, in order, with value, unit and qualifier.
#[test]
fn llamacon_claims_have_value_unit_and_qualifier() {
    let record = llamacon();
    let got: Vec<(&str, f64, Option<&str>, &str)> = record
        .claims
        .iter()
        .map(|c| {
            (
                c.text.as_str(),
                c.value.unwrap(),
                c.unit.as_deref(),
                c.qualifier.as_str(),
            )
        })
        .collect();
    let want: Vec<(&str, f64, Option<&str>, &str)> = vec![
        ("1.2 billion", 1.2e9, Some("downloads"), "over"),
        ("1 billion downloads", 1e9, Some("downloads"), "exact"),
        ("650 million downloads", 6.5e8, Some("downloads"), "exact"),
        (
            "thousands of developers",
            1e3,
            Some("developers"),
            "at_least",
        ),
        (
            "tens of thousands of derivative models",
            1e4,
            Some("models"),
            "at_least",
        ),
        (
            "hundreds of thousands of times",
            1e5,
            Some("times"),
            "at_least",
        ),
        ("1 billion users", 1e9, Some("users"), "approx"),
        ("1.2 billion downloads", 1.2e9, Some("downloads"), "exact"),
        ("billions of users", 1e9, Some("users"), "at_least"),
        ("1.2 billion downloads", 1.2e9, Some("downloads"), "over"),
    ];
    assert_eq!(got, want);
    assert_eq!(
        record.claims[0].qualifier_text.as_deref(),
        Some("far exceeding")
    );
    assert_eq!(record.claims[6].qualifier_text.as_deref(), Some("close to"));
    // Nothing else numeric is a claim: `first ever`, `Qwen 3`, `five months back`, `a month`.
    for c in &record.claims {
        assert!(!c.text.contains("Qwen") && !c.text.contains("five") && !c.text.contains("first"));
    }
}

/// `1 billion` and `650 million` are the earlier figures of the `1.2 billion` claim.
#[test]
fn llamacon_comparison_and_times() {
    let record = llamacon();
    let c = &record.claims;
    let cmp = c[0].compared_to.as_ref().expect("1.2 billion is compared");
    assert_eq!(cmp.ids, vec![c[1].id, c[2].id]);
    assert_eq!(cmp.direction, "increase");
    assert_eq!(c[1].time.as_ref().unwrap().text, "in mid-March");
    assert_eq!(c[2].time.as_ref().unwrap().text, "just five months back");
    assert_eq!(c[6].subject.as_deref(), Some("Meta AI"));
    for claim in c {
        let s = &record.sentences[claim.sentence];
        assert!(s.start <= claim.start && claim.end <= s.end);
        assert_eq!(
            &std::fs::read_to_string(root().join("corpus/llamacon.txt")).unwrap()
                [claim.start..claim.end],
            claim.text
        );
    }
}

/// `claimex numbers` prints every number before the claim filter, non-claims included, with
/// text, value, offsets and kind.
#[test]
fn numbers_command_lists_every_number() {
    use std::io::Write;
    let mut child = claimex()
        .args(["numbers", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let input = "In 2024 the Qwen 3 team had about 1,250 users and $3.5m, up 12%.";
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let got: Vec<(&str, f64, &str)> = v
        .iter()
        .map(|n| {
            (
                n["text"].as_str().unwrap(),
                n["value"].as_f64().unwrap(),
                n["kind"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("2024", 2024.0, "year"),
            ("3", 3.0, "identifier"),
            ("1,250", 1250.0, "count"),
            ("$3.5m", 3.5e6, "money"),
            ("12%", 12.0, "percent"),
        ]
    );
    for n in &v {
        let (s, e) = (
            n["start"].as_u64().unwrap() as usize,
            n["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&input[s..e], n["text"].as_str().unwrap());
    }
}

/// A missing file is reported and the exit status says so.
#[test]
fn numbers_command_reports_a_missing_file() {
    let out = claimex()
        .args(["numbers", "no-such-file.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-file.txt"));
}

/// Every NewsQuant sentence (`../shared/data/newsquant_en.json`, CQE's news test set) goes
/// through the whole pipeline without a panic, every claim slices back to its text inside its
/// sentence, and the share of the gold single values found among the claims is held to its floor.
#[test]
fn newsquant_sentences_are_handled_and_recalled() {
    let text = std::fs::read_to_string(crate::util::shared_data("newsquant_en.json")).unwrap();
    let cases: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let (mut found, mut total) = (0, 0);
    for case in &cases {
        let input = case["text"].as_str().unwrap();
        let record = claimex::extract("-", input);
        let mut values: Vec<f64> = Vec::new();
        for c in &record.claims {
            assert_eq!(&input[c.start..c.end], c.text, "{input}");
            let s = &record.sentences[c.sentence];
            assert!(s.start <= c.start && c.end <= s.end, "{input}");
            values.extend(c.value);
            values.extend(c.high);
            // NewsQuant keeps a minor unit as written (`19 cents` -> 19); the record gives it
            // in the major unit (0.19 USD) and keeps the written unit, so it is compared as
            // written.
            if c.minor_unit.is_some() {
                values.extend(c.value.map(|v| v * 100.0));
                values.extend(c.high.map(|v| v * 100.0));
            }
        }
        for q in case["quantities"].as_array().unwrap() {
            let Some(v) = q["value"].as_f64() else {
                continue;
            };
            total += 1;
            if let Some(k) = values
                .iter()
                .position(|x| (x - v).abs() <= 1e-5 * x.abs().max(v.abs()) + 1e-8)
            {
                values.swap_remove(k);
                found += 1;
            }
        }
    }
    let recall = found as f64 / total as f64;
    println!("newsquant single values recalled by claims: {found}/{total} ({recall:.3})");
    let floor = crate::util::floor("numbers_newsquant_recall");
    assert!(
        recall >= floor,
        "newsquant recall {recall:.3} is below the floor {floor}"
    );
}

/// A wire story mixing what batch 2 first missed: a shared currency symbol, a magnitude scale
/// read again later, casualties counted as people, a part of a group, and a multiple.
#[test]
fn units_read_from_context_through_the_whole_pipeline() {
    let text = "A magnitude 6.9 quake kills at least 14 in Peru\n\n\
        The USGS gave a slightly lower reading of 6.7. All four of the country's biggest banks \
        said the rand would hold. A R2 million bond now costs nearly three times the usual rate.\n";
    let record = claimex::extract("wire.txt", text);
    let got = texts_and_units(&record);
    assert_eq!(
        got,
        [
            ("6.9", Some("magnitude")),
            ("14", Some("people")),
            ("6.7", Some("magnitude")),
            ("four", Some("banks")),
            ("R2 million", Some("ZAR")),
            ("three times", None),
        ]
    );
    assert_eq!(record.claims[1].qualifier, "at_least");
    assert_eq!(record.claims[5].qualifier, "approx");
}

/// Currencies named by their plural or a less common name get their ISO code, not the word.
#[test]
fn currency_names_in_the_plural_are_money() {
    let text = "The museum was fined 2.4 billion forints. Tickets cost 40 reais in Recife \
        and 300 hryvnias in Lviv.\n";
    let record = claimex::extract("fx.txt", text);
    let got = texts_and_units(&record);
    assert_eq!(
        got,
        [
            ("2.4 billion forints", Some("HUF")),
            ("40 reais", Some("BRL")),
            ("300 hryvnias", Some("UAH")),
        ]
    );
}

/// Each claim's text with its unit, in order.
fn texts_and_units(record: &claimex::Record) -> Vec<(&str, Option<&str>)> {
    record
        .claims
        .iter()
        .map(|c| (c.text.as_str(), c.unit.as_deref()))
        .collect()
}
