//! Command-line parsing and output. The library never prints; everything a person sees is here.

use std::fs;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use claimex::batch::{self, Input};
use claimex::entities::Lexicon;
use claimex::eval::{self, Gold, Scores};
use claimex::{Error, Extractor, Record};

const EXAMPLES: &str = "\
Examples:
  claimex extract corpus/                     every article under corpus/, as a JSON array
  claimex extract --format jsonl a.txt b.md   one compact record per line
  cat article.txt | claimex extract           read standard input
  claimex extract -o facts/ archive/          one .json per article, mirroring archive/
  claimex numbers article.txt                 every number the recognizer finds
  claimex eval corpus/                        score against corpus/gold/*.json

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
}

#[derive(clap::Args, Debug)]
#[command(after_long_help = EXAMPLES)]
struct ExtractArgs {
    /// Files or folders to read (folders recursively: .txt and .md, in sorted order); `-` or
    /// nothing reads standard input.
    paths: Vec<PathBuf>,
    /// Output format: one pretty JSON object (an array for several inputs), or JSON Lines.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Write one .json file per article into DIR, mirroring the input tree, instead of stdout.
    #[arg(short, long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Extra entity lexicon, a TSV of `surface<TAB>type<TAB>canonical` lines; overrides built-ins.
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
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
fn report(err: &Error) {
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

fn extractor(lexicons: &[PathBuf]) -> Result<Extractor> {
    let mut lexicon = Lexicon::builtin();
    for path in lexicons {
        lexicon.extend_from_file(path)?;
    }
    Ok(Extractor::with_lexicon(lexicon))
}

/// Inputs with the output name each gets under `--out`: its path below the folder given, or its
/// file name.
fn inputs(paths: &[PathBuf]) -> Vec<(Result<Input, Error>, PathBuf)> {
    let mut out = Vec::new();
    let stdin = [PathBuf::from("-")];
    let paths = if paths.is_empty() { &stdin[..] } else { paths };
    for arg in paths {
        for input in batch::expand(std::slice::from_ref(arg)) {
            let rel = match &input {
                Ok(Input::File(p)) if arg.is_dir() => {
                    p.strip_prefix(arg).unwrap_or(p).to_path_buf()
                }
                Ok(Input::File(p)) => p
                    .file_name()
                    .map(PathBuf::from)
                    .unwrap_or_else(|| p.clone()),
                _ => PathBuf::from("stdin"),
            };
            out.push((input, rel.with_extension("json")));
        }
    }
    out
}

fn extract(args: ExtractArgs) -> Result<bool> {
    if args.paths.is_empty() && io::stdin().is_terminal() {
        anyhow::bail!(
            "no input: give files or folders, or pipe an article to standard input (see --help)"
        );
    }
    let extractor = extractor(&args.lexicon)?;
    let inputs = inputs(&args.paths);
    let many = inputs.len() > 1;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut ok = true;
    let mut written = 0;
    if args.out.is_none() && args.format == Format::Json && many {
        out.write_all(b"[\n")?;
    }
    for (input, rel) in inputs {
        let record = input.and_then(|input| {
            let text = batch::read(&input)?;
            Ok(extractor.extract(&input.source(), &text))
        });
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                report(&e);
                ok = false;
                continue;
            }
        };
        if let Some(dir) = &args.out {
            write_file(&dir.join(&rel), &record)?;
            continue;
        }
        match args.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut out, &record)?;
                out.write_all(b"\n")?;
                // Flushed per article, so a pipeline downstream sees each record as it is made.
                out.flush()?;
            }
            Format::Json => {
                if many && written > 0 {
                    out.write_all(b",\n")?;
                }
                serde_json::to_writer_pretty(&mut out, &record)?;
                if !many {
                    out.write_all(b"\n")?;
                }
            }
        }
        written += 1;
    }
    if args.out.is_none() && args.format == Format::Json && many {
        out.write_all(b"\n]\n")?;
    }
    out.flush()?;
    Ok(ok)
}

fn write_file(path: &Path, record: &Record) -> Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .with_context(|| format!("{}: cannot create folder", parent.display()))?;
    }
    let mut json = serde_json::to_vec_pretty(record)?;
    json.push(b'\n');
    fs::write(path, json).with_context(|| format!("{}: cannot write", path.display()))
}

fn numbers(args: NumbersArgs) -> Result<bool> {
    let input = match args.path {
        Some(p) if p.as_os_str() != "-" => Input::File(p),
        _ => Input::Stdin,
    };
    let text = match batch::read(&input) {
        Ok(t) => t,
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
    for input in batch::expand(&args.paths) {
        let path = match input {
            Ok(Input::File(p)) => p,
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
