//! The review page and the text listing, used as a person would: the page is rendered from the
//! corpus and opened in headless Chromium, which clicks a row and reports what it saw; the
//! listing is read as a terminal or a pipe gets it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use claimex::record::{Claim, Comparison, Mention, Quote, Record, TimeRef};
use claimex::Span;

use crate::util::{claimex, root, succeed};

/// An article whose text carries markup that would run if it were not escaped.
const EVIL: &str = "Markup in an article is text.\n\n\
    The page said <script>document.title='PWNED'</script> and then \
    <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> in print.\n";

const FIXTURE_TEXT: &str = "Harbor Bank raised its forecast on Tuesday.\n\n\
\"We expect revenue of $4.2 billion this year,\" said Chief Executive Dana Whitfield, adding that the bank would hire about 1,500 people. <script>document.title='PWNED'</script>\n\n\
Whitfield said profit rose 12% to $900 million in the first quarter, up from $800 million.\n\n\
The Harbor Summit \"opens Monday in Riverton,\" organizers said, <img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">.\n";

fn at(text: &str, needle: &str) -> (usize, usize) {
    let s = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in text"));
    (s, s + needle.len())
}

fn after(text: &str, from: &str, needle: &str) -> (usize, usize) {
    let base = text.find(from).unwrap();
    let (s, e) = at(&text[base..], needle);
    (base + s, base + e)
}

fn mention(text: &str, (start, end): (usize, usize), kind: &str, canonical: &str) -> Mention {
    Mention {
        text: text[start..end].into(),
        kind: kind.into(),
        canonical: canonical.into(),
        start,
        end,
    }
}

#[allow(clippy::too_many_arguments)]
fn claim(
    text: &str,
    id: usize,
    (start, end): (usize, usize),
    value: f64,
    unit: &str,
    kind: &str,
    qualifier: &str,
    subject: Option<&str>,
    time: Option<&str>,
) -> Claim {
    Claim {
        id,
        text: text[start..end].into(),
        value: Some(value),
        high: None,
        unit: Some(unit.into()),
        kind: kind.into(),
        qualifier: qualifier.into(),
        qualifier_text: None,
        start,
        end,
        sentence: 0,
        subject: subject.map(Into::into),
        time: time.map(|t| {
            let (s, e) = after(text, &text[start..end], t);
            TimeRef {
                text: t.into(),
                start: s,
                end: e,
            }
        }),
        compared_to: None,
        minor_unit: None,
    }
}

/// A record with every kind of fact, nested and crossing spans, and markup in its text and
/// fields: what the extractors will give, written by hand.
pub fn fixture() -> Record {
    let t = FIXTURE_TEXT;
    let mut r = claimex::extract("fixture.html", t);
    r.format = "html".into();
    r.text = Some(t.to_string());
    r.entities = vec![
        mention(t, at(t, "Harbor Bank"), "ORG", "Harbor Bank"),
        mention(t, at(t, "Dana Whitfield"), "PERSON", "Dana Whitfield"),
        mention(
            t,
            at(t, "<script>document.title='PWNED'</script>"),
            "PRODUCT",
            "<img src=x onerror=\"document.body.setAttribute('data-pwned','3')\">",
        ),
        mention(
            t,
            after(t, "\n\nWhitfield", "Whitfield"),
            "PERSON",
            "Dana Whitfield",
        ),
        // Crosses the opening of the quotation that follows it.
        mention(t, at(t, "Harbor Summit \"opens"), "EVENT", "Harbor Summit"),
        mention(t, at(t, "Riverton"), "PLACE", "Riverton"),
    ];
    let mut claims = vec![
        claim(
            t,
            0,
            at(t, "$4.2 billion"),
            4.2e9,
            "USD",
            "money",
            "exact",
            Some("Harbor Bank"),
            Some("this year"),
        ),
        claim(
            t,
            1,
            at(t, "1,500 people"),
            1500.0,
            "people",
            "count",
            "approx",
            Some("Harbor Bank"),
            None,
        ),
        claim(
            t,
            2,
            at(t, "12%"),
            12.0,
            "percent",
            "percent",
            "exact",
            Some("Harbor Bank"),
            Some("in the first quarter"),
        ),
        claim(
            t,
            3,
            at(t, "$900 million"),
            9e8,
            "USD",
            "money",
            "exact",
            Some("Harbor Bank"),
            Some("in the first quarter"),
        ),
        claim(
            t,
            4,
            at(t, "$800 million"),
            8e8,
            "USD",
            "money",
            "exact",
            Some("Harbor Bank"),
            None,
        ),
    ];
    claims[3].compared_to = Some(Comparison {
        ids: vec![4],
        direction: "increase".into(),
    });
    r.claims = claims;
    let q0 = at(t, "\"We expect revenue of $4.2 billion this year,\"");
    let q1 = at(t, "\"opens Monday in Riverton,\"");
    let (ds, de) = at(t, "Dana Whitfield");
    r.quotes = vec![
        Quote {
            text: "We expect revenue of $4.2 billion this year,".into(),
            speaker: Some("Dana Whitfield".into()),
            speaker_title: Some("Chief Executive".into()),
            speaker_span: Some(Span::new(ds, de)),
            start: q0.0,
            end: q0.1,
            parts: vec![Span::new(q0.0 + 1, q0.1 - 1)],
            unclosed: false,
        },
        Quote {
            text: "opens Monday in Riverton,".into(),
            speaker: Some("organizers".into()),
            speaker_title: None,
            speaker_span: Some(Span::new(at(t, "organizers").0, at(t, "organizers").1)),
            start: q1.0,
            end: q1.1,
            parts: vec![Span::new(q1.0 + 1, q1.1 - 1)],
            unclosed: false,
        },
    ];
    r
}

/// Headless Chromium: `$CHROMIUM`, else Debian's `/usr/bin/chromium` (which `scripts/test.sh`
/// installs when it is missing).
fn chromium() -> PathBuf {
    let path = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    assert!(
        path.exists(),
        "{} not found: run ./scripts/test.sh, which installs Debian's chromium, or set CHROMIUM",
        path.display()
    );
    path
}

/// Runs headless Chromium on `url` with `extra` flags; returns its stdout and stderr. A fresh
/// profile each time, nothing reaching the network, and a time limit.
fn run_chromium(url: &str, extra: &[String], work: &Path) -> (String, String) {
    let profile = tempfile::tempdir_in(work).unwrap();
    let out_path = work.join("chromium.out");
    let err_path = work.join("chromium.err");
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1400,900",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .expect("chromium starts");
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "chromium did not finish in 120 s: {}",
                std::fs::read_to_string(&err_path).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    (
        std::fs::read_to_string(&out_path).unwrap(),
        std::fs::read_to_string(&err_path).unwrap(),
    )
}

/// The text of the element `<pre id="selftest-result">` in a dumped DOM, unescaped.
fn selftest_verdict(dom: &str) -> serde_json::Value {
    let open = "<pre id=\"selftest-result\">";
    let start = dom
        .find(open)
        .unwrap_or_else(|| panic!("no self-test result in the page:\n{dom}"))
        + open.len();
    let end = start + dom[start..].find("</pre>").unwrap();
    let text = dom[start..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("verdict is not JSON ({e}): {text}"))
}

fn records_of(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn the_page_works_in_a_browser() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    std::fs::write(dir.join("evil.txt"), EVIL).unwrap();
    std::fs::write(
        dir.join("fixture.json"),
        serde_json::to_string_pretty(&fixture()).unwrap(),
    )
    .unwrap();
    let report = dir.join("report.html");

    succeed(
        claimex()
            .current_dir(root())
            .arg("review")
            .arg("corpus/")
            .arg(dir.join("evil.txt"))
            .arg(dir.join("fixture.json"))
            .arg("-o")
            .arg(&report),
    );

    // What the page must show, counted from the records themselves.
    let listed = claimex()
        .current_dir(root())
        .args(["extract", "-q", "--format", "jsonl", "corpus/"])
        .arg(dir.join("evil.txt"))
        .output()
        .unwrap();
    assert!(listed.status.success());
    let mut records = records_of(&listed.stdout);
    records.push(serde_json::to_value(fixture()).unwrap());
    let count = |key: &str| -> u64 {
        records
            .iter()
            .map(|r| r[key].as_array().unwrap().len() as u64)
            .sum()
    };

    let url = format!("file://{}#selftest", report.display());
    let (dom, stderr) = run_chromium(&url, &["--dump-dom".to_string()], dir);
    let v = selftest_verdict(&dom);
    assert_eq!(
        v["errors"],
        serde_json::json!([]),
        "errors in the page: {v:#}"
    );
    let console: Vec<&str> = stderr.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "console output: {console:#?}");

    // One highlight per record, each with its own id; the crossing span split into pieces.
    assert_eq!(v["highlights"]["entity"], count("entities"), "{v:#}");
    assert_eq!(v["highlights"]["claim"], count("claims"), "{v:#}");
    assert_eq!(v["highlights"]["quote"], count("quotes"), "{v:#}");
    assert_eq!(v["highlights"], v["records"], "{v:#}");
    assert_eq!(v["ids_unique"], true);
    assert!(v["continuations"].as_u64().unwrap() >= 1, "{v:#}");

    // No markup from an article became an element; none of its script ran.
    assert_eq!(
        v["elements_in_text"],
        serde_json::json!(["mark", "span"]),
        "{v:#}"
    );
    // The first speaker named in the text leads to their quote.
    assert_eq!(v["speaker"]["selected"], true, "{v:#}");
    assert_eq!(v["speaker"]["in_view"], true, "{v:#}");
    assert_eq!(v["title"], "claimex review");
    assert_eq!(v["pwned"], serde_json::Value::Null);
    let shown = regex::Regex::new("<[^>]*>").unwrap().replace_all(&dom, "");
    assert_eq!(
        shown
            .matches("&lt;script&gt;document.title='PWNED'&lt;/script&gt;")
            .count(),
        2,
        "the script tags of both articles are shown as text"
    );
    assert!(!dom.contains("<img"));

    // Clicking the last claim's row scrolled the page to it and showed its record.
    let click = &v["click"];
    assert_eq!(click["kind"], "claim", "{v:#}");
    assert_eq!(click["target_text"], "$800 million", "{v:#}");
    assert_eq!(click["selected"], true);
    assert_eq!(click["in_view"], true, "{v:#}");
    assert!(
        click["page_height"].as_f64().unwrap() > click["viewport_height"].as_f64().unwrap(),
        "the page is taller than the window, so reaching the fact needs a scroll: {v:#}"
    );
    assert!(click["scrolled_to"].as_f64().unwrap() > 0.0, "{v:#}");
    let detail = click["detail"].as_str().unwrap();
    assert!(detail.starts_with("claim 4\n"), "{detail}");
    assert!(detail.contains("\"value\": 800000000"), "{detail}");

    // A picture for a person to look at: the fixture article after the click.
    let shot = root().join("target/review-screenshot.png");
    let _ = std::fs::remove_file(&shot);
    let (_, stderr) = run_chromium(&url, &[format!("--screenshot={}", shot.display())], dir);
    let png = std::fs::read(&shot).unwrap_or_else(|e| panic!("no screenshot ({e}): {stderr}"));
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "{}",
        png.len()
    );
}

#[test]
fn review_output_escapes_articles_and_reads_records() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("evil.txt"), EVIL).unwrap();
    let out = claimex()
        .arg("review")
        .arg(dir.path().join("evil.txt"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    // Shown as text (perhaps with highlights inside it, so compared without the page's tags).
    let shown = regex::Regex::new("<[^>]*>").unwrap().replace_all(&page, "");
    assert!(shown.contains("&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;"));
    assert!(!page.contains("<img"));
    assert!(!page.contains("id=\"index\""), "one article, no index");

    // A record file with no text of its own is shown with its source's text; a missing source
    // is an error for that record, and the rest is still written.
    let mut rec = claimex::extract_path(root().join("corpus/llamacon.txt")).unwrap();
    rec.entities.clear();
    rec.entities.push(Mention {
        text: "Meta".into(),
        kind: "ORG".into(),
        canonical: "Meta Platforms".into(),
        start: 0,
        end: 4,
    });
    let mut gone = rec.clone();
    gone.source = dir.path().join("gone.txt").display().to_string();
    let recs = [rec, gone]
        .iter()
        .map(|r| serde_json::to_string(r).unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(dir.path().join("facts.jsonl"), recs).unwrap();
    let report = dir.path().join("r.html");
    let out = claimex()
        .arg("review")
        .arg(dir.path().join("facts.jsonl"))
        .arg("-o")
        .arg(&report)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("gone.txt"), "{stderr}");
    let page = std::fs::read_to_string(&report).unwrap();
    assert!(page.contains("Meta Platforms"));
    assert_eq!(page.matches("data-fact=\"e").count(), 1);
}

#[test]
fn text_listing_is_plain_in_a_pipe_and_colored_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts.json");
    std::fs::write(&facts, serde_json::to_string(&fixture()).unwrap()).unwrap();
    // The listing of real extraction, piped: plain text.
    let plain = claimex()
        .current_dir(root())
        .args(["extract", "-q", "--format", "text", "corpus/llamacon.txt"])
        .output()
        .unwrap();
    assert!(plain.status.success());
    let plain = String::from_utf8(plain.stdout).unwrap();
    assert!(
        plain.starts_with("corpus/llamacon.txt  21 sentences"),
        "{plain}"
    );
    assert!(!plain.contains('\x1b'));

    let run = |color: &str, no_color: Option<&str>| {
        let mut c = claimex();
        c.current_dir(root()).args([
            "extract",
            "-q",
            "--format",
            "text",
            "--color",
            color,
            "corpus/llamacon.txt",
        ]);
        match no_color {
            Some(v) => c.env("NO_COLOR", v),
            None => c.env_remove("NO_COLOR"),
        };
        String::from_utf8(c.output().unwrap().stdout).unwrap()
    };
    assert!(run("always", None).contains("\x1b["));
    assert!(!run("never", None).contains('\x1b'));
    // `auto` into a pipe is plain, whatever NO_COLOR says.
    assert!(!run("auto", Some("")).contains('\x1b'));
    assert!(!run("auto", Some("1")).contains('\x1b'));

    let bad = claimex()
        .args(["extract", "--format", "text", "-o"])
        .arg(dir.path().join("out"))
        .arg(root().join("corpus/llamacon.txt"))
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

/// Runs `claimex ARGS` on a pseudo-terminal (util-linux `script`), with `env` set; its output.
fn on_terminal(args: &str, env: &[(&str, &str)]) -> String {
    let mut cmd = Command::new("script");
    cmd.current_dir(root())
        .args([
            "-qec",
            &format!("{} {args}", env!("CARGO_BIN_EXE_claimex")),
            "/dev/null",
        ])
        .env_remove("NO_COLOR")
        .env("TERM", "xterm")
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = succeed(&mut cmd);
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn text_listing_on_a_terminal_is_colored_unless_told_not_to() {
    let args = "extract -q --format text corpus/llamacon.txt";
    let tty = on_terminal(args, &[]);
    assert!(tty.contains("corpus/llamacon.txt"), "{tty}");
    assert!(tty.contains("\x1b["), "{tty:?}");
    assert!(!on_terminal(args, &[("NO_COLOR", "1")]).contains('\x1b'));
    assert!(!on_terminal(args, &[("TERM", "dumb")]).contains('\x1b'));
    assert!(on_terminal(args, &[("NO_COLOR", "")]).contains("\x1b["));
    assert!(!on_terminal(&format!("{args} --color never"), &[]).contains('\x1b'));
}

#[test]
fn review_on_a_terminal_asks_for_a_file() {
    let out = on_terminal("review corpus/llamacon.txt; echo status=$?", &[]);
    assert!(out.contains("write it to a file with -o FILE"), "{out}");
    assert!(out.contains("status=2"), "{out}");
    assert!(!out.contains("<html"));
}
