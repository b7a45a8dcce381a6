//! Command-line parsing and output. The library never prints; everything a person sees is here.

use std::fs;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};

use claimex::batch::{self, Article, Input};
use claimex::entities::Lexicon;
use claimex::eval::{self, Gold, Scores};
use claimex::{Error, Extractor};

use crate::review_cli::{diff, review, DiffArgs, ReviewArgs};
use crate::text_format::{self, ColorChoice};

const EXAMPLES: &str = "\
Examples:
  claimex extract corpus/                     every article under corpus/, as a JSON array
  claimex extract --format jsonl a.txt b.md   one compact record per line
  cat article.txt | claimex extract           read standard input
  claimex extract -o facts/ archive/          one .json per article, mirroring archive/
  claimex numbers article.txt                 every number the recognizer finds
  claimex eval corpus/                        score against corpus/gold/*.json
  claimex extract --format text article.txt   the facts as a readable listing
  claimex review corpus/ -o report.html       a page to check the facts by reading
  claimex diff old-facts/ new-facts/          what changed between two runs (exit 1 if any)

Exit status: 0 when every input was processed, 1 when some input failed (the others are still
written), 2 on a usage error.";

/// Reads news articles and turns them into structured, reviewable fact records: sentences,
/// numeric claims, direct quotes with their speakers, and named entities, all with byte offsets
/// into the original text.
#[derive(Parser, Debug)]
#[command(name = "claimex", version, about, long_about = None, after_long_help = EXAMPLES, max_term_width = 98)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract the fact record of each article.
    Extract(ExtractArgs),
    /// List every number the recognizer finds, before the claim filter, as JSON.
    Numbers(NumbersArgs),
    /// Score extraction against gold annotations.
    Eval(EvalArgs),
    /// Write one self-contained HTML page showing articles with their facts highlighted.
    Review(ReviewArgs),
    /// Compare two runs' fact records; exit status 1 when anything changed.
    Diff(DiffArgs),
}

#[derive(clap::Args, Debug)]
#[command(after_long_help = EXAMPLES)]
struct ExtractArgs {
    /// Files or folders to read (folders recursively: .txt, .md and .html, in sorted order,
    /// hidden files skipped); `-` or nothing reads standard input.
    paths: Vec<PathBuf>,
    /// Output format: one pretty JSON object (an array for several inputs), JSON Lines, or a
    /// readable listing of the facts for a terminal.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Color the text listing: auto (on a terminal, unless NO_COLOR is set or TERM is dumb),
    /// always or never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Write one .json file per article into DIR, mirroring the input tree, instead of stdout.
    #[arg(short, long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Extra entity lexicon, a TSV of `surface<TAB>type<TAB>canonical` lines; overrides built-ins.
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
    /// How to read the inputs: as article files, or as JSON Lines streams of
    /// `{"id": ..., "text": ...}` objects (one record out per line in, in order; with
    /// `--format jsonl` a bad line gives an error record).
    #[arg(long, value_enum, default_value_t = InputFormat::Files)]
    input_format: InputFormat,
    /// Number of worker threads [default: all cores].
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,
    /// No progress bar and no summary.
    #[arg(short, long)]
    quiet: bool,
    /// Follow symbolic links inside folders.
    #[arg(long)]
    follow: bool,
}

#[derive(clap::Args, Debug)]
struct NumbersArgs {
    /// The file to read; `-` or nothing reads standard input.
    path: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
struct EvalArgs {
    /// Articles or folders of articles to score.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Folder of gold files (NAME.json for NAME.txt); default: `gold/` beside each article.
    #[arg(long, value_name = "DIR")]
    gold: Option<PathBuf>,
    /// Print a table for people or JSON for machines.
    #[arg(long, value_enum, default_value_t = EvalFormat::Text)]
    format: EvalFormat,
    /// Extra entity lexicon, as for `extract`.
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Jsonl,
    Text,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    Files,
    Jsonl,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum EvalFormat {
    Text,
    Json,
}

/// Runs the command line and turns the outcome into an exit status.
pub fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let result = match args.command {
        Command::Extract(a) => extract(a),
        Command::Numbers(a) => numbers(a),
        Command::Eval(a) => evaluate(a),
        Command::Review(a) => review(a),
        Command::Diff(a) => diff(a),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimex: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Reports a failed input and moves on.
pub(crate) fn report(err: &Error) {
    eprintln!("claimex: {}", sanitize(&err.to_string()));
}

/// Control characters in file names are escaped so an error line cannot rewrite the terminal.
fn sanitize(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            }
        })
        .collect()
}

pub(crate) fn extractor(lexicons: &[PathBuf]) -> Result<Extractor> {
    let mut lexicon = Lexicon::builtin();
    for path in lexicons {
        lexicon.extend_from_file(path)?;
    }
    Ok(Extractor::with_lexicon(lexicon))
}

/// One unit of work: an input to read, or an article already read from a JSON Lines stream.
enum Job {
    Input(Result<Input, Error>),
    Line(Result<Article, Error>),
}

/// What a worker hands back for one article.
struct Done {
    /// The record, serialized, with its counts; or why there is none.
    result: Result<(Vec<u8>, Tally), Error>,
    /// Where it goes under `--out`, and the file it came from.
    target: Option<(PathBuf, PathBuf)>,
    /// The source name, for error records.
    source: String,
}

/// Counts for the closing summary.
#[derive(Default, Clone, Copy)]
struct Tally {
    articles: usize,
    failed: usize,
    bytes: u64,
    claims: usize,
    quotes: usize,
    entities: usize,
}

fn jobs(args: &ExtractArgs) -> Box<dyn Iterator<Item = Job> + '_> {
    let opts = batch::WalkOptions {
        follow_links: args.follow,
    };
    match args.input_format {
        InputFormat::Files => Box::new(batch::expand(&args.paths, opts).map(Job::Input)),
        InputFormat::Jsonl => {
            let paths = if args.paths.is_empty() {
                vec![PathBuf::from("-")]
            } else {
                args.paths.clone()
            };
            Box::new(
                paths
                    .into_iter()
                    .flat_map(|p| -> Box<dyn Iterator<Item = Job>> {
                        if p.as_os_str() == "-" {
                            return Box::new(
                                batch::jsonl_articles(io::stdin().lock(), "-").map(Job::Line),
                            );
                        }
                        match fs::File::open(&p) {
                            Ok(f) => Box::new(
                                batch::jsonl_articles(io::BufReader::new(f), &p.to_string_lossy())
                                    .map(Job::Line),
                            ),
                            Err(e) => Box::new(std::iter::once(Job::Line(Err(Error::io(&p, e))))),
                        }
                    }),
            )
        }
    }
}

fn extract(args: ExtractArgs) -> Result<bool> {
    if args.paths.is_empty() && io::stdin().is_terminal() {
        anyhow::bail!(
            "no input: give files or folders, or pipe an article to standard input (see --help)"
        );
    }
    if args.format == Format::Text && args.out.is_some() {
        anyhow::bail!("--format text is for reading; use --format json with --out");
    }
    let extractor = extractor(&args.lexicon)?;
    if let Some(out) = &args.out {
        check_out_dir(out, &args.paths)?;
    }
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.max(1))
        .build()?;
    let progress = progress_bar(&args);
    let started = std::time::Instant::now();

    let mut jobs = jobs(&args).peekable();
    // One input prints one object, several an array: look ahead one job to know which.
    let first = jobs.next();
    let many = jobs.peek().is_some();
    let jobs = first.into_iter().chain(jobs);
    let array = args.out.is_none() && args.format == Format::Json && many;
    let error_records = args.input_format == InputFormat::Jsonl && args.format == Format::Jsonl;

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut tally = Tally::default();
    let mut written = 0usize;
    let mut outputs = std::collections::HashSet::new();
    if array {
        out.write_all(b"[\n")?;
    }
    let work = |job: Job| process(job, &extractor, &args);
    batch::for_each_ordered(
        jobs,
        64 * threads.max(1),
        &pool,
        work,
        |done: Done| -> Result<()> {
            let result = done.result.and_then(|(json, t)| match &done.target {
                Some((path, input)) => {
                    write_output(path, input, &json, &mut outputs).map(|()| (json, t))
                }
                None => Ok((json, t)),
            });
            match result {
                Ok((json, t)) => {
                    tally.articles += 1;
                    tally.bytes += t.bytes;
                    tally.claims += t.claims;
                    tally.quotes += t.quotes;
                    tally.entities += t.entities;
                    if args.out.is_none() {
                        if array && written > 0 {
                            out.write_all(b",\n")?;
                        }
                        out.write_all(&json)?;
                        // A JSON Lines record carries its own newline (see `process`).
                        if !array && args.format != Format::Jsonl {
                            out.write_all(b"\n")?;
                        }
                        if args.format == Format::Jsonl {
                            // Flushed per article, so a pipeline downstream sees each record as made.
                            out.flush()?;
                        }
                        written += 1;
                    }
                }
                Err(e) => {
                    tally.failed += 1;
                    progress.suspend(|| report(&e));
                    if error_records {
                        let line =
                            serde_json::json!({"source": done.source, "error": e.to_string()});
                        serde_json::to_writer(&mut out, &line)?;
                        out.write_all(b"\n")?;
                        out.flush()?;
                    }
                }
            }
            progress.inc(1);
            Ok(())
        },
    )?;
    if array {
        out.write_all(b"\n]\n")?;
    }
    out.flush()?;
    progress.finish_and_clear();
    if !args.quiet {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "claimex: {}, {} failed; {}, {}, {}; {:.2} s, {:.1} MB/s",
            text_format::count(tally.articles, "article", "articles"),
            tally.failed,
            text_format::count(tally.claims, "claim", "claims"),
            text_format::count(tally.quotes, "quote", "quotes"),
            text_format::count(tally.entities, "entity", "entities"),
            secs,
            tally.bytes as f64 / 1e6 / secs.max(1e-9)
        );
    }
    Ok(tally.failed == 0)
}

/// Reads, extracts and serializes one article: the part that runs on the worker threads.
fn process(job: Job, extractor: &Extractor, args: &ExtractArgs) -> Done {
    let (article, target, source) = match job {
        Job::Input(Err(e)) => {
            let source = e.path().display().to_string();
            return Done {
                result: Err(e),
                target: None,
                source,
            };
        }
        Job::Input(Ok(input)) => {
            let target = args.out.as_ref().map(|dir| {
                let path = match &input {
                    Input::File { path, .. } => path.clone(),
                    Input::Stdin => PathBuf::from("-"),
                };
                (dir.join(input.output_name()), path)
            });
            (batch::read(&input), target, input.source())
        }
        Job::Line(article) => {
            let source = match &article {
                Ok(a) => a.source.clone(),
                Err(e) => e.path().display().to_string(),
            };
            let target = match (&args.out, &article) {
                (Some(dir), Ok(a)) => Some((
                    dir.join(format!("{}.json", sanitize_name(&a.source))),
                    PathBuf::new(),
                )),
                _ => None,
            };
            (article, target, source)
        }
    };
    let result = article.map(|article| {
        let record = extractor.extract_article(&article);
        let tally = Tally {
            bytes: article.text.len() as u64,
            claims: record.claims.len(),
            quotes: record.quotes.len(),
            entities: record.entities.len(),
            ..Tally::default()
        };
        let json = if args.format == Format::Text {
            let color = args.color.resolve(io::stdout().is_terminal());
            text_format::record(&record, color).into_bytes()
        } else {
            // A record's JSON is about five times its text (the sentences repeat it, entities
            // and claims add their fields): sized once up front instead of grown by copying.
            let mut json = Vec::with_capacity(article.text.len() * 5 + 1024);
            let line = args.format == Format::Jsonl && args.out.is_none();
            let written = if line {
                serde_json::to_writer(&mut json, &record)
            } else {
                serde_json::to_writer_pretty(&mut json, &record)
            };
            written.expect("records always serialize");
            if line {
                // The line's newline in the same write: standard output searches each write
                // for its last newline, and a record without one is searched from end to start.
                json.push(b'\n');
            }
            json
        };
        (json, tally)
    });
    Done {
        result,
        target,
        source,
    }
}

/// A JSON Lines id made safe as a file name.
fn sanitize_name(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() || s.starts_with('.') {
        format!("_{s}")
    } else {
        s
    }
}

/// Refuses an output folder inside an input folder: a second run would read its own output.
fn check_out_dir(out: &Path, inputs: &[PathBuf]) -> Result<()> {
    let out_abs = resolve(out);
    for input in inputs.iter().filter(|p| p.is_dir()) {
        let input_abs = resolve(input);
        if out_abs.starts_with(&input_abs) {
            anyhow::bail!(
                "{}: the output folder is inside the input folder {}; choose one outside it",
                out.display(),
                input.display()
            );
        }
    }
    Ok(())
}

/// The absolute path with links resolved as far as it exists.
fn resolve(p: &Path) -> PathBuf {
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let mut existing = abs.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return abs,
        }
    }
    let mut out = existing
        .canonicalize()
        .unwrap_or_else(|_| existing.to_path_buf());
    out.extend(rest.iter().rev());
    out
}

/// Writes one record file atomically (a temporary file renamed into place), refusing to write
/// over an input or over another input's output of the same name.
fn write_output(
    path: &Path,
    input: &Path,
    json: &[u8],
    outputs: &mut std::collections::HashSet<PathBuf>,
) -> Result<(), Error> {
    let fail = |msg: String| Error::io(input, io::Error::other(msg));
    if !outputs.insert(path.to_path_buf()) {
        return Err(fail(format!(
            "output {} already written for another input of the same name",
            path.display()
        )));
    }
    if !input.as_os_str().is_empty() && resolve(path) == resolve(input) {
        return Err(fail(format!(
            "output {} would overwrite the input",
            path.display()
        )));
    }
    let mut bytes = Vec::with_capacity(json.len() + 1);
    bytes.extend_from_slice(json);
    bytes.push(b'\n');
    write_atomically(path, &bytes).map_err(|e| Error::io(path, e))
}

/// Writes a file through a temporary file in the same folder renamed into place, so a reader
/// never sees half a file and an interrupted run leaves no partial output.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    fs::create_dir_all(parent)?;
    let mut tmp = tempfile::NamedTempFile::new_in(parent)?;
    tmp.write_all(bytes)?;
    // A temporary file is private to its owner; an output is for sharing, as any new file is.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(fs::Permissions::from_mode(0o644))?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A progress bar on stderr when it is a terminal and not `--quiet`; hidden otherwise.
fn progress_bar(args: &ExtractArgs) -> indicatif::ProgressBar {
    if args.quiet || !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    // Counting the inputs first costs a folder walk, and buys a total and a time left.
    let total = match args.input_format {
        InputFormat::Files => batch::expand(
            &args.paths,
            batch::WalkOptions {
                follow_links: args.follow,
            },
        )
        .count() as u64,
        InputFormat::Jsonl => 0,
    };
    let bar = if total > 0 {
        indicatif::ProgressBar::new(total)
    } else {
        indicatif::ProgressBar::no_length()
    };
    let style = indicatif::ProgressStyle::with_template(
        "{spinner} {pos}/{len} articles [{bar:30}] {per_sec} elapsed {elapsed} left {eta}",
    )
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
    .progress_chars("=> ");
    bar.set_style(style);
    bar
}

fn numbers(args: NumbersArgs) -> Result<bool> {
    let input = match args.path {
        Some(p) if p.as_os_str() != "-" => Input::file(p),
        _ => Input::Stdin,
    };
    let text = match batch::read(&input) {
        Ok(a) => a.text,
        Err(e) => {
            report(&e);
            return Ok(false);
        }
    };
    let found = claimex::numbers::recognize(&text);
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &found)?;
    out.write_all(b"\n")?;
    Ok(true)
}

fn evaluate(args: EvalArgs) -> Result<bool> {
    let extractor = extractor(&args.lexicon)?;
    let mut ok = true;
    let mut total = Scores::default();
    let mut rows = Vec::new();
    for input in batch::expand(&args.paths, batch::WalkOptions::default()) {
        let path = match input {
            Ok(Input::File { path, .. }) => path,
            Ok(Input::Stdin) => anyhow::bail!("eval reads article files, not standard input"),
            Err(e) => {
                report(&e);
                ok = false;
                continue;
            }
        };
        let gold_dir = match &args.gold {
            Some(d) => d.clone(),
            None => path.parent().unwrap_or(Path::new(".")).join("gold"),
        };
        let stem = path.file_stem().unwrap_or_default();
        let gold_path = gold_dir.join(stem).with_extension("json");
        if !gold_path.exists() {
            eprintln!(
                "claimex: {}: no gold file {}, skipped",
                path.display(),
                gold_path.display()
            );
            continue;
        }
        let scored = Gold::read(&gold_path).and_then(|gold| {
            let record = extractor.extract_path(&path)?;
            Ok(eval::score(&record, &gold))
        });
        match scored {
            Ok(s) => {
                total += s;
                rows.push((path.display().to_string(), s));
            }
            Err(e) => {
                report(&e);
                ok = false;
            }
        }
    }
    let mut out = io::stdout().lock();
    match args.format {
        EvalFormat::Json => {
            let json = serde_json::json!({
                "articles": rows.len(),
                "scores": eval::figures(&total)
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), serde_json::json!(v)))
                    .collect::<serde_json::Map<_, _>>(),
                "counts": total,
                "per_article": rows.iter().map(|(p, s)| serde_json::json!({"article": p, "counts": s})).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut out, &json)?;
            writeln!(out)?;
        }
        EvalFormat::Text => print_scores(&mut out, &rows, &total)?,
    }
    Ok(ok)
}

fn print_scores(out: &mut impl Write, rows: &[(String, Scores)], total: &Scores) -> io::Result<()> {
    writeln!(
        out,
        "{:<40} {:>9} {:>9} {:>9} {:>9}",
        "article", "sentences", "entities", "claims", "quotes"
    )?;
    for (path, s) in rows {
        writeln!(
            out,
            "{:<40} {:>9.3} {:>9.3} {:>9.3} {:>9.3}",
            path,
            s.sentences.f1(),
            s.entities.f1(),
            s.claims.f1(),
            s.quotes.f1()
        )?;
    }
    writeln!(out, "\n{} articles, micro-averaged:", rows.len())?;
    writeln!(
        out,
        "{:<12} {:>9} {:>9} {:>9}   {:>5} {:>5} {:>5}",
        "task", "precision", "recall", "f1", "tp", "fp", "fn"
    )?;
    for (name, c) in [
        ("sentences", total.sentences),
        ("entities", total.entities),
        ("claims", total.claims),
        ("quotes", total.quotes),
    ] {
        writeln!(
            out,
            "{:<12} {:>9.3} {:>9.3} {:>9.3}   {:>5} {:>5} {:>5}",
            name,
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_
        )?;
    }
    for (name, a) in [
        ("entity canonical names", total.canonical),
        ("claim units", total.claim_unit),
        ("claim qualifiers", total.claim_qualifier),
        ("quote speakers", total.quote_speaker),
    ] {
        writeln!(
            out,
            "{:<24} {:.3} ({}/{})",
            name,
            a.value(),
            a.right,
            a.total
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn args_are_well_formed() {
        Args::command().debug_assert();
    }

    #[test]
    fn sanitize_escapes_control_characters() {
        assert_eq!(sanitize("a\x1b[31mb\n"), "a\\u{1b}[31mb\\n");
    }
}
