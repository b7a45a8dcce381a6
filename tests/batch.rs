//! Batch runs: JSON Lines streams, HTML pages, parallel order, `--out` safety, bad inputs.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::util::{claimex, succeed};

fn run_with_stdin(cmd: &mut Command, input: &[u8]) -> std::process::Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

#[test]
fn jsonl_stream_gives_one_line_per_line_in_order_with_error_records() {
    let mut input = String::new();
    for i in 0..300 {
        if i == 150 {
            input.push_str("{broken json\n");
        } else {
            input.push_str(&format!("{{\"id\": \"doc-{i}\", \"text\": \"Article {i} says 12% of {i} people agreed. Fine.\"}}\n"));
        }
    }
    let out = run_with_stdin(
        claimex().args([
            "extract",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "-j",
            "2",
            "-",
        ]),
        input.as_bytes(),
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "one bad line makes the run exit 1"
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 300);
    for (i, v) in lines.iter().enumerate() {
        if i == 150 {
            assert_eq!(v["source"], "-:151");
            assert!(v["error"].as_str().unwrap().contains("invalid JSON"));
        } else {
            assert_eq!(v["source"], format!("doc-{i}"));
            assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
        }
    }
    assert!(String::from_utf8_lossy(&out.stderr).contains("claimex: -:151: invalid JSON"));
}

#[test]
fn html_articles_are_read_as_their_text() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        "<html><head><title>T</title><script>alert(1)</script></head><body><nav><a href='/'>Home</a></nav>\
         <article><h1>Rates held</h1><p>The bank held rates at 4.5% on Thursday, as expected by most.</p></article></body></html>",
    )
    .unwrap();
    let out = succeed(claimex().arg("extract").arg(&page));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format"], "html");
    let text = v["text"].as_str().unwrap();
    assert_eq!(
        text,
        "Rates held\n\nThe bank held rates at 4.5% on Thursday, as expected by most."
    );
    let s = &v["sentences"][1];
    assert_eq!(
        &text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize],
        s["text"].as_str().unwrap()
    );
}

#[test]
fn parallel_output_keeps_input_order() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..50 {
        std::fs::write(
            dir.path().join(format!("a{i:03}.txt")),
            format!("Article {i}. It has {i} words."),
        )
        .unwrap();
    }
    let run = |j: &str| {
        claimex()
            .args(["extract", "--format", "jsonl", "-q", "-j", j])
            .arg(dir.path())
            .output()
            .unwrap()
    };
    let one = run("1");
    let two = run("2");
    assert!(one.status.success());
    assert_eq!(one.stdout, two.stdout);
    let sources: Vec<String> = String::from_utf8(one.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let mut sorted = sources.clone();
    sorted.sort();
    assert_eq!(sources, sorted);
    assert_eq!(sources.len(), 50);
}

#[test]
fn out_dir_inside_the_input_tree_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "An article.").unwrap();
    let out = claimex()
        .arg("extract")
        .arg("-o")
        .arg(dir.path().join("facts"))
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("inside the input folder"));
    assert!(!dir.path().join("facts").exists());
}

#[test]
fn two_inputs_with_one_output_name_are_an_error_not_an_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("story.md"), "# Story\n\nFrom Markdown.").unwrap();
    std::fs::write(input.join("story.txt"), "From text.").unwrap();
    let out_dir = dir.path().join("out");
    let out = claimex()
        .arg("extract")
        .arg("-q")
        .arg("-o")
        .arg(&out_dir)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("story.txt") && stderr.contains("already written"),
        "{stderr}"
    );
    let kept: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("story.json")).unwrap())
            .unwrap();
    assert!(kept["source"].as_str().unwrap().ends_with("story.md"));
    let leftovers: Vec<_> = std::fs::read_dir(&out_dir).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary files left behind");
}

#[test]
fn pathological_inputs_give_records_not_crashes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("quotes.txt"), "\"“”‘’'".repeat(20_000)).unwrap();
    std::fs::write(d.join("oneline.txt"), "word ".repeat(400_000)).unwrap();
    std::fs::write(d.join("nospace.txt"), "x.".repeat(500_000)).unwrap();
    let mut deep = d.to_path_buf();
    for i in 0..100 {
        deep.push(format!("d{i}"));
    }
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(deep.join("deep.txt"), "Deep down. Very deep.").unwrap();
    let out = succeed(
        claimex()
            .args(["extract", "-q", "--format", "jsonl"])
            .arg(d),
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 4);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["sentences"].is_array());
    }
}

/// Links are skipped unless `--follow`; followed, a link loop and a link back up the tree are
/// errors naming the link, and the good articles still come out. An unreadable file is an error
/// naming it (when the file system refuses this user: root reads anything, and then the file is
/// an article like any other).
#[cfg(unix)]
#[test]
fn link_loops_and_unreadable_files_cost_only_themselves() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("d");
    std::fs::create_dir(&d).unwrap();
    std::fs::write(d.join("a.txt"), "A good one. Yes.").unwrap();
    std::os::unix::fs::symlink("loop.txt", d.join("loop.txt")).unwrap();
    std::os::unix::fs::symlink("..", d.join("up")).unwrap();
    let locked = d.join("locked.txt");
    std::fs::write(&locked, "Locked away. Or not.").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let readable = std::fs::read(&locked).is_ok();

    let sources = |out: &std::process::Output| -> Vec<String> {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["source"]
                    .as_str()
                    .unwrap()
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    let run = |follow: bool| {
        let mut cmd = claimex();
        cmd.args(["extract", "-q", "--format", "jsonl"]);
        if follow {
            cmd.arg("--follow");
        }
        cmd.arg(&d).output().unwrap()
    };
    let expected: Vec<&str> = if readable {
        vec!["a.txt", "locked.txt"]
    } else {
        vec!["a.txt"]
    };

    let out = run(false);
    assert_eq!(sources(&out), expected);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("loop.txt") && !stderr.contains("/up"),
        "{stderr}"
    );
    if readable {
        assert_eq!(out.status.code(), Some(0), "{stderr}");
    } else {
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr.contains("locked.txt: Permission denied"), "{stderr}");
    }

    let out = run(true);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(sources(&out), expected);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = |name: &str| {
        stderr
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} not reported: {stderr}"))
            .to_string()
    };
    assert!(line("loop.txt").contains("symbolic links"));
    assert!(line("d/up").contains("loop"));
}
