//! `claimex diff` as a newsroom's CI would use it: two runs over the corpus, compared, with the
//! exit status saying whether anything changed.

use std::path::Path;
use std::process::Output;

use crate::review::fixture;
use crate::util::{claimex, root};

/// A sentence-initial common word, which the entity stage never takes for a name by itself:
/// a lexicon entry is the only way it becomes one.
const LEXICON_ENTRY: &str = "Provisions\tORG\tProvisions Board\n";

fn extract_to(out: &Path, lexicon: Option<&Path>) {
    let mut cmd = claimex();
    cmd.current_dir(root())
        .args(["extract", "-q", "-o"])
        .arg(out);
    if let Some(l) = lexicon {
        cmd.arg("--lexicon").arg(l);
    }
    let done = cmd.arg("corpus/").output().unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
}

fn diff(args: &[&str], old: &Path, new: &Path) -> Output {
    claimex()
        .arg("diff")
        .args(args)
        .arg(old)
        .arg(new)
        .output()
        .unwrap()
}

#[test]
fn identical_corpus_runs_do_not_differ() {
    let dir = tempfile::tempdir().unwrap();
    let (old, again) = (dir.path().join("old"), dir.path().join("again"));
    extract_to(&old, None);
    extract_to(&again, None);
    let same = diff(&[], &old, &again);
    let text = String::from_utf8(same.stdout).unwrap();
    assert_eq!(same.status.code(), Some(0), "{text}");
    let articles = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .filter(|e| claimex::batch::is_article(&e.as_ref().unwrap().path()))
        .count();
    assert_eq!(text, format!("no differences in {articles} articles\n"));
}

#[test]
fn a_lexicon_entry_shows_up_as_an_added_entity() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    let lexicon = dir.path().join("extra.tsv");
    std::fs::write(&lexicon, LEXICON_ENTRY).unwrap();
    extract_to(&old, None);
    extract_to(&new, Some(&lexicon));

    // One entry more: exit 1, and the listing names the new entity where it is.
    let changed = diff(&["--color", "never"], &old, &new);
    let text = String::from_utf8(changed.stdout).unwrap();
    assert_eq!(changed.status.code(), Some(1), "{text}");
    let article = "corpus/earnings-harbor-bank.txt";
    let at = root().join(article);
    let body = std::fs::read_to_string(at).unwrap();
    let start = body.find("Provisions").unwrap();
    assert!(text.starts_with(&format!("{article}\n")), "{text}");
    assert!(
        text.contains(&format!(
            "  + entity “Provisions” [{start}..{}] ORG → Provisions Board\n",
            start + "Provisions".len()
        )),
        "{text}"
    );
    assert!(!text.contains('\x1b'));
    assert!(text.lines().last().unwrap().starts_with("1 of "), "{text}");

    // The same, for machines.
    let json = diff(&["--format", "json"], &old, &new);
    assert_eq!(json.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["summary"]["articles_changed"], 1);
    assert_eq!(v["summary"]["by_kind"]["entity"]["added"], 1);
    let a = &v["articles"][0];
    assert_eq!(a["source"], article);
    assert_eq!(a["added"][0]["fact"], "entity");
    assert_eq!(a["added"][0]["type"], "ORG");
    assert_eq!(a["added"][0]["canonical"], "Provisions Board");
    assert_eq!(a["added"][0]["start"], start);
    assert_eq!(a["removed"], serde_json::json!([]));
}

#[test]
fn changed_values_and_speakers_are_listed_field_by_field() {
    let dir = tempfile::tempdir().unwrap();
    let old = fixture();
    let mut new = fixture();
    new.claims[1].value = Some(1600.0);
    new.claims[1].qualifier = "over".into();
    new.quotes[0].speaker = None;
    new.claims.remove(4);
    // One file against JSON Lines: both forms `extract` writes.
    std::fs::write(
        dir.path().join("old.json"),
        serde_json::to_string(&[&old]).unwrap(),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("new.jsonl"),
        serde_json::to_string(&new).unwrap() + "\n",
    )
    .unwrap();
    let out = diff(
        &["--color", "never"],
        &dir.path().join("old.json"),
        &dir.path().join("new.jsonl"),
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{text}");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "fixture.html");
    // In text order: the quote (which opens before both claims), then the claims.
    assert!(
        lines[1].starts_with("  ~ quote “We expect revenue of $4.2 billion this year,”")
            && lines[1].ends_with(": speaker “Dana Whitfield” → null"),
        "{text}"
    );
    assert!(
        lines[2].starts_with("  ~ claim “1,500 people”")
            && lines[2].ends_with(": value 1,500 → 1,600, qualifier “approx” → “over”"),
        "{text}"
    );
    assert!(lines[3].starts_with("  - claim “$800 million”"), "{text}");
    assert_eq!(
        lines[4],
        "1 of 1 articles differ: 0 added, 1 removed, 2 changed (claim +0 -1 ~1; entity +0 -0 ~0; quote +0 -0 ~1)"
    );

    let colored = diff(
        &["--color", "always"],
        &dir.path().join("old.json"),
        &dir.path().join("new.jsonl"),
    );
    assert!(String::from_utf8(colored.stdout).unwrap().contains("\x1b["));
}

#[test]
fn unreadable_records_are_an_error_not_a_difference() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.json"), "{not json").unwrap();
    let out = diff(
        &[],
        &dir.path().join("bad.json"),
        &dir.path().join("missing"),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("claimex: ") && err.contains("bad.json"),
        "{err}"
    );
}
