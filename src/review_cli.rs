//! The `review` and `diff` commands: a page to check facts by reading, and the changes between
//! two runs.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rayon::prelude::*;

use claimex::batch::{self, Input};
use claimex::record::Record;
use claimex::{diff as compare, review as page, Error};

use crate::cli::{extractor, report};
use crate::text_format::{self, ColorChoice};

const REVIEW_EXAMPLES: &str = "\
Examples:
  claimex review corpus/ -o report.html        every article under corpus/ in one page
  claimex review article.txt -o a.html         one article
  claimex review facts.json -o a.html          records written earlier by `claimex extract`;
                                               the text is read from each record's source

The page needs no network and works opened from disk. Click a row of an article's table to go
to the fact in the text and see its full record; the check boxes at the top filter by kind.

Exit status: 0 when every input was shown, 1 when some input failed (the page shows the
others), 2 on a usage error or when the page cannot be written.";

const DIFF_EXAMPLES: &str = "\
Examples:
  claimex extract -o old/ corpus/ && claimex extract -o new/ --lexicon extra.tsv corpus/
  claimex diff old/ new/                        per article: + added, - removed, ~ changed
  claimex diff --format json old.jsonl new.jsonl

Articles are matched by their `source`, facts by kind and span. A changed fact is one at the
same span whose fields moved: a claim's value, unit, qualifier, subject or time; a quote's
speaker; an entity's type or canonical name.

Exit status: 0 when nothing changed, 1 when something did, 2 when a record file cannot be read.";

/// Arguments of `claimex review`.
#[derive(clap::Args, Debug)]
#[command(after_long_help = REVIEW_EXAMPLES)]
pub struct ReviewArgs {
    /// Articles or folders of articles (as for `extract`), or record files (.json/.jsonl) that
    /// `extract` wrote.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Write the page to FILE instead of standard output (required on a terminal).
    #[arg(short, long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Extra entity lexicon, as for `extract`.
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
    /// The page's title.
    #[arg(long, default_value = "claimex review")]
    title: String,
    /// Follow symbolic links inside folders.
    #[arg(long)]
    follow: bool,
    /// No summary on standard error.
    #[arg(short, long)]
    quiet: bool,
}

/// Arguments of `claimex diff`.
#[derive(clap::Args, Debug)]
#[command(after_long_help = DIFF_EXAMPLES)]
pub struct DiffArgs {
    /// The earlier run: a record file (.json or .jsonl) or a folder of them.
    old: PathBuf,
    /// The later run, likewise.
    new: PathBuf,
    /// A listing for people, or JSON for machines.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
    /// Color the listing: auto (on a terminal, unless NO_COLOR is set or TERM is dumb), always
    /// or never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, clap::ValueEnum)]
enum DiffFormat {
    Text,
    Json,
}

/// One thing to show: an article to extract, or a record read from a file.
enum Job {
    Input(Result<Input, Error>),
    Record(Box<Record>),
}

/// True for a file given on the command line that holds records rather than an article.
fn is_record_file(path: &Path) -> bool {
    path.is_file()
        && path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("json") || e.eq_ignore_ascii_case("jsonl"))
}

/// `claimex review`: extracts (or reads) the records and writes the page.
pub fn review(args: ReviewArgs) -> Result<bool> {
    if args.out.is_none() && io::stdout().is_terminal() {
        anyhow::bail!("the review is an HTML page: write it to a file with -o FILE (or pipe it)");
    }
    let extractor = extractor(&args.lexicon)?;
    let mut ok = true;
    let mut jobs = Vec::new();
    let opts = batch::WalkOptions {
        follow_links: args.follow,
    };
    for path in &args.paths {
        if is_record_file(path) {
            let mut records = Vec::new();
            match compare::read_file(path, &mut records) {
                Ok(()) => jobs.extend(records.into_iter().map(|r| Job::Record(Box::new(r)))),
                Err(e) => {
                    report(&e);
                    ok = false;
                }
            }
        } else {
            jobs.extend(batch::expand(std::slice::from_ref(path), opts).map(Job::Input));
        }
    }
    let done: Vec<Result<(Record, String), Error>> = jobs
        .into_par_iter()
        .map(|job| match job {
            Job::Input(input) => {
                let article = batch::read(&input?)?;
                Ok((extractor.extract_article(&article), article.text))
            }
            Job::Record(record) => {
                let text = match &record.text {
                    Some(t) => t.clone(),
                    None => batch::read_path(Path::new(&record.source))?.text,
                };
                Ok((*record, text))
            }
        })
        .collect();
    let mut shown = Vec::with_capacity(done.len());
    for d in done {
        match d {
            Ok(pair) => shown.push(pair),
            Err(e) => {
                report(&e);
                ok = false;
            }
        }
    }
    let articles: Vec<page::Article> = shown
        .iter()
        .map(|(record, text)| page::Article { record, text })
        .collect();
    let html = page::render(&articles, &args.title);
    match &args.out {
        Some(path) => write_atomically(path, html.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => {
            let mut out = io::stdout().lock();
            out.write_all(html.as_bytes())?;
            out.flush()?;
        }
    }
    if !args.quiet {
        let (c, q, e) = articles.iter().fold((0, 0, 0), |(c, q, e), a| {
            (
                c + a.record.claims.len(),
                q + a.record.quotes.len(),
                e + a.record.entities.len(),
            )
        });
        let to = args
            .out
            .as_ref()
            .map_or("standard output".to_string(), |p| p.display().to_string());
        eprintln!(
            "claimex: review of {} articles ({c} claims, {q} quotes, {e} entity mentions) written to {to}",
            articles.len()
        );
    }
    Ok(ok)
}

/// Writes a file through a temporary file renamed into place, so a reader never sees half a page.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    Ok(crate::cli::write_atomically(path, bytes)?)
}

/// `claimex diff`: true (exit 0) when nothing changed.
pub fn diff(args: DiffArgs) -> Result<bool> {
    let old = compare::read_records(std::slice::from_ref(&args.old))?;
    let new = compare::read_records(std::slice::from_ref(&args.new))?;
    let d = compare::diff(&old, &new);
    let mut out = io::stdout().lock();
    match args.format {
        DiffFormat::Json => {
            // Serialized first, so a closed pipe is an I/O error (quiet), not a JSON one.
            let mut json = serde_json::to_vec_pretty(&d)?;
            json.push(b'\n');
            out.write_all(&json)?;
        }
        DiffFormat::Text => {
            let color = args.color.resolve(io::stdout().is_terminal());
            out.write_all(text_format::diff(&d, color).as_bytes())?;
        }
    }
    out.flush()?;
    Ok(d.is_empty())
}
