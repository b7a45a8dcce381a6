//! Integration tests of the entities stage: the LlamaCon bar and `--lexicon` on the command line.

use std::collections::BTreeSet;

use crate::util::{claimex, root};

/// The LlamaCon article names exactly these 11 entities, with these types, and nothing else.
#[test]
fn llamacon_has_exactly_its_eleven_entities() {
    let record = claimex::extract_path(root().join("corpus/llamacon.txt")).unwrap();
    let found: BTreeSet<(String, String)> = record
        .entities
        .iter()
        .map(|m| (m.canonical.clone(), m.kind.clone()))
        .collect();
    let expected: BTreeSet<(String, String)> = [
        ("Meta", "ORG"),
        ("Llama", "PRODUCT"),
        ("LlamaCon", "EVENT"),
        ("Chris Cox", "PERSON"),
        ("Meta AI", "PRODUCT"),
        ("Alibaba", "ORG"),
        ("Qwen 3", "PRODUCT"),
        ("Mistral", "ORG"),
        ("Anthropic", "ORG"),
        ("OpenAI", "ORG"),
        ("Google", "ORG"),
    ]
    .into_iter()
    .map(|(c, k)| (c.to_string(), k.to_string()))
    .collect();
    assert_eq!(found, expected);
    let text = std::fs::read_to_string(root().join("corpus/llamacon.txt")).unwrap();
    for m in &record.entities {
        assert_eq!(&text[m.start..m.end], m.text, "mention offsets");
        assert!(
            !m.text.ends_with("’s") && !m.text.ends_with("'s"),
            "no possessive"
        );
    }
    // `Llama-powered` is a mention of Llama; `Meta’s` of Meta.
    assert!(record.entities.iter().filter(|m| m.text == "Llama").count() >= 10);
    assert!(record.entities.windows(2).all(|w| w[0].start <= w[1].start));
}

/// A newsroom's own lexicon adds names and overrides the built-in ones.
#[test]
fn lexicon_file_teaches_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = dir.path().join("beat.tsv");
    std::fs::write(
        &lexicon,
        "# surface\ttype\tcanonical\nZindle\tPRODUCT\tZindle Pro\nAlibaba\tPERSON\tAli Baba\n",
    )
    .unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "Sales of Zindle rose, and Alibaba cheered.").unwrap();
    let out = claimex()
        .arg("extract")
        .arg("--lexicon")
        .arg(&lexicon)
        .arg(&article)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(String, String, String)> = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["text"].as_str().unwrap().to_string(),
                m["type"].as_str().unwrap().to_string(),
                m["canonical"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("Zindle".into(), "PRODUCT".into(), "Zindle Pro".into()),
            ("Alibaba".into(), "PERSON".into(), "Ali Baba".into()),
        ]
    );
    // A malformed lexicon fails the run with its line number.
    std::fs::write(&lexicon, "Zindle\n").unwrap();
    let out = claimex()
        .arg("extract")
        .arg("--lexicon")
        .arg(&lexicon)
        .arg(&article)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("beat.tsv:1"));
}
