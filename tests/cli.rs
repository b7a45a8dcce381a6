//! The command line as a user meets it: inputs, formats, errors and exit codes.

use std::path::Path;

use crate::util::{claimex, root, succeed};

fn records(stdout: &[u8]) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_slice(stdout).expect("stdout is JSON");
    match v {
        serde_json::Value::Array(a) => a,
        one => vec![one],
    }
}

#[test]
fn one_input_gives_one_pretty_object() {
    let out = succeed(
        claimex()
            .args(["extract", "corpus/llamacon.txt"])
            .current_dir(root()),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["source"], "corpus/llamacon.txt");
    assert_eq!(v["sentences"].as_array().unwrap().len(), 21);
    for key in ["entities", "quotes", "claims", "paragraphs"] {
        assert!(v[key].is_array(), "{key} is always present");
    }
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("\n  \"source\""),
        "pretty-printed"
    );
}

#[test]
fn stdin_is_read_and_named_dash() {
    use std::io::Write;
    let mut child = claimex()
        .args(["extract", "--format", "jsonl"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"One sentence. Two sentences.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["source"], "-");
    assert_eq!(v["sentences"][1]["text"], "Two sentences.");
}

/// A batch of good and bad inputs: each bad one is named on stderr, every good record is written,
/// and the exit status says something failed.
#[test]
fn bad_inputs_are_reported_and_the_rest_still_comes_out() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a-good.txt"), "The first article. It is fine.").unwrap();
    std::fs::write(d.join("b-binary.txt"), b"PK\x03\x04\x00\x00binary").unwrap();
    std::fs::write(d.join("c-latin1.txt"), b"caf\xe9 au lait.").unwrap();
    std::fs::write(d.join("d-empty.txt"), b"").unwrap();
    std::fs::write(d.join("e-good.md"), "# Title\n\nAnother article.").unwrap();
    let missing = d.join("missing.txt");
    let out = claimex()
        .arg("extract")
        .arg(d)
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (name, what) in [
        ("b-binary.txt", "binary file"),
        ("c-latin1.txt", "not valid UTF-8"),
        ("d-empty.txt", "empty file"),
        ("missing.txt", "No such file"),
    ] {
        let line = stderr
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} not reported: {stderr}"));
        assert!(line.starts_with("claimex: "), "{line}");
        assert!(line.contains(what), "{line}");
    }
    let summary = stderr.lines().last().unwrap_or_default();
    assert!(
        summary.starts_with("claimex: 2 articles, 4 failed; 0 claims, 0 quotes, 0 entities; "),
        "{summary}"
    );
    let recs = records(&out.stdout);
    let sources: Vec<&str> = recs.iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert_eq!(sources.len(), 2);
    assert!(sources[0].ends_with("a-good.txt") && sources[1].ends_with("e-good.md"));
}

#[test]
fn out_dir_mirrors_the_input_tree() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    std::fs::write(input.join("sub/x.txt"), "An article. Short.").unwrap();
    let out_dir = dir.path().join("out");
    let out = succeed(claimex().arg("extract").arg("-o").arg(&out_dir).arg(&input));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(out_dir.join("sub/x.json")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(out_dir.join("sub/x.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o777,
            0o644,
            "outputs are readable by others, as any new file"
        );
    }
    let v: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn output_is_byte_identical_across_runs() {
    let run = || {
        claimex()
            .args(["extract", "--format", "jsonl", "corpus"])
            .current_dir(root())
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn usage_errors_exit_2_and_help_has_examples() {
    let out = claimex()
        .args(["extract", "--format", "xml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = claimex().args(["extract", "--help"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Examples:"));
    let out = claimex().arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("claimex "));
    assert!(Path::new(env!("CARGO_BIN_EXE_claimex")).exists());
}
