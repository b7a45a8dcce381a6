//! The gold-annotated corpus: gold files that agree with their articles, the eval ratchet, and
//! one insta snapshot per article in the top-level `snapshots/` folder.

use std::path::{Path, PathBuf};

use claimex::eval::{self, Gold, Scores};

use crate::util::{floor, root};

fn articles() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && claimex::batch::is_article(p))
        .collect();
    v.sort();
    v
}

fn gold_path(article: &Path) -> PathBuf {
    root()
        .join("corpus/gold")
        .join(article.file_stem().unwrap())
        .with_extension("json")
}

/// Words of `needle` occur in `hay` in order, each within a short gap of the one before: a
/// quotation interrupted by its attribution still passes, a made-up one does not.
fn words_in_order(hay: &str, needle: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let hay = words(hay);
    let needle = words(needle);
    let Some(first) = needle.first() else {
        return true;
    };
    'start: for s in (0..hay.len()).filter(|&i| hay[i] == *first) {
        let mut at = s;
        for w in &needle[1..] {
            match hay[at + 1..hay.len().min(at + 30)]
                .iter()
                .position(|h| h == w)
            {
                Some(p) => at += 1 + p,
                None => continue 'start,
            }
        }
        return true;
    }
    false
}

#[test]
fn corpus_has_enough_articles_each_with_gold() {
    let articles = articles();
    assert!(
        articles.len() >= 2,
        "the snapshot glob needs at least two articles"
    );
    for a in &articles {
        assert!(gold_path(a).exists(), "{} has no gold file", a.display());
    }
    let seed = root().join("../shared/seed/llamacon.txt");
    if seed.exists() {
        assert_eq!(
            std::fs::read(seed).unwrap(),
            std::fs::read(root().join("corpus/llamacon.txt")).unwrap()
        );
    }
}

#[test]
fn every_gold_string_occurs_in_its_article() {
    for a in articles() {
        let text = std::fs::read_to_string(&a).unwrap();
        let gold = Gold::read(&gold_path(&a)).unwrap();
        let name = a.display();
        let mut from = 0;
        for s in &gold.sentences {
            let at = text[from..]
                .find(s.as_str())
                .unwrap_or_else(|| panic!("{name}: sentence not found in order: {s:?}"));
            from += at + s.len();
        }
        for c in &gold.claims {
            assert!(
                text.contains(&c.text),
                "{name}: claim text not found: {:?}",
                c.text
            );
        }
        for e in &gold.entities {
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                assert!(
                    text.contains(n.as_str()),
                    "{name}: entity name not found: {n:?}"
                );
            }
        }
        for q in &gold.quotes {
            assert!(
                words_in_order(&text, &q.text),
                "{name}: quote not found: {:?}",
                q.text
            );
        }
    }
}

#[test]
fn eval_scores_do_not_fall_below_their_floors() {
    let mut total = Scores::default();
    for a in articles() {
        let rel = a.strip_prefix(root()).unwrap();
        let record = claimex::extract_path(rel).unwrap();
        total += eval::score(&record, &Gold::read(&gold_path(&a)).unwrap());
    }
    let mut fallen = Vec::new();
    for (name, value) in eval::figures(&total) {
        let f = floor(&format!("eval.{name}"));
        println!("eval {name}: {value:.3} (floor {f:.3})");
        if value + 1e-9 < f {
            fallen.push(format!("{name} {value:.3} < {f:.3}"));
        }
    }
    assert!(
        fallen.is_empty(),
        "scores fell below their floors: {fallen:?}"
    );
}

#[test]
fn snapshots_of_every_article() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        insta::glob!("../corpus", "*.{txt,md}", |path| {
            // The record's source is the path relative to the project, the same on every machine.
            let rel = path.strip_prefix(root()).unwrap();
            insta::assert_json_snapshot!("extract", claimex::extract_path(rel).unwrap());
        });
    });
}

#[test]
fn words_in_order_allows_an_interruption() {
    let hay = "\"We will not wait,\" said Ms. Ruiz, \"for the state to act.\"";
    assert!(words_in_order(
        hay,
        "We will not wait for the state to act."
    ));
    assert!(!words_in_order(hay, "We will wait for nobody."));
}
