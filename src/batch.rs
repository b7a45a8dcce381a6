//! Inputs and batch runs: files, folders and standard input expanded lazily in a stable order,
//! read as articles (plain text, Markdown, HTML, or a JSON Lines stream), and processed in
//! parallel with results handed back in input order.

use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use crate::error::{self, Error, ErrorKind};
use crate::html;

/// File extensions read when walking a folder.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// One article to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// Standard input, named `-` in records.
    Stdin,
    /// A file.
    File {
        /// The path to read.
        path: PathBuf,
        /// Its path below the folder it was found in (its file name when given directly): the
        /// name its output gets under `--out`.
        rel: PathBuf,
    },
}

impl Input {
    /// A file given directly.
    pub fn file(path: impl Into<PathBuf>) -> Input {
        let path = path.into();
        let rel = path
            .file_name()
            .map(PathBuf::from)
            .unwrap_or_else(|| path.clone());
        Input::File { path, rel }
    }

    /// The name the record's `source` gets.
    pub fn source(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File { path, .. } => path.to_string_lossy().into_owned(),
        }
    }

    /// The name of its output file under `--out`, ending in `.json`.
    pub fn output_name(&self) -> PathBuf {
        match self {
            Input::Stdin => PathBuf::from("stdin.json"),
            Input::File { rel, .. } => rel.with_extension("json"),
        }
    }
}

/// How folders are walked.
#[derive(Clone, Copy, Debug, Default)]
pub struct WalkOptions {
    /// Follow symbolic links inside folders (links given on the command line are always read).
    pub follow_links: bool,
}

/// Expands command-line paths into inputs, lazily: `-` is standard input, a folder gives its
/// article files (recursively, in sorted order, hidden files and folders skipped), anything else
/// is a file. A folder that cannot be walked, a link loop, or a path that does not exist gives an
/// error in its place so that the others still run. No paths means standard input.
pub fn expand(
    paths: &[PathBuf],
    opts: WalkOptions,
) -> impl Iterator<Item = Result<Input, Error>> + '_ {
    let stdin = paths.is_empty().then_some(Ok(Input::Stdin));
    stdin
        .into_iter()
        .chain(paths.iter().flat_map(move |path| expand_one(path, opts)))
}

fn expand_one(
    path: &Path,
    opts: WalkOptions,
) -> Box<dyn Iterator<Item = Result<Input, Error>> + '_> {
    if path.as_os_str() == "-" {
        return Box::new(std::iter::once(Ok(Input::Stdin)));
    }
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Box::new(walk(path, opts)),
        Ok(_) => Box::new(std::iter::once(Ok(Input::file(path)))),
        // Ask the file system, so the error says why (missing, permission denied, ...).
        Err(e) => Box::new(std::iter::once(Err(Error::io(path, e)))),
    }
}

fn walk(dir: &Path, opts: WalkOptions) -> impl Iterator<Item = Result<Input, Error>> + '_ {
    walkdir::WalkDir::new(dir)
        .follow_links(opts.follow_links)
        .sort_by(by_name)
        .into_iter()
        // Hidden files and folders (`.git`) are never articles; the root is kept as given.
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(move |entry| match entry {
            Ok(e) if e.file_type().is_file() && is_article(e.path()) => {
                let rel = e.path().strip_prefix(dir).unwrap_or(e.path()).to_path_buf();
                Some(Ok(Input::File {
                    path: e.into_path(),
                    rel,
                }))
            }
            Ok(_) => None,
            Err(err) => {
                let path = err.path().unwrap_or(dir).to_path_buf();
                let io = match err.loop_ancestor() {
                    Some(a) => {
                        std::io::Error::other(format!("symbolic link loop back to {}", a.display()))
                    }
                    None => err
                        .into_io_error()
                        .unwrap_or_else(|| std::io::Error::other("cannot walk")),
                };
                Some(Err(Error::io(path, io)))
            }
        })
}

/// The order of `sort_by_file_name`, without taking each path apart: walkdir sorts the
/// entries of one folder at a time, and each entry's path is that folder's path joined with its
/// name, so the paths' bytes differ only in the names and compare as the names do
/// (`Path::file_name` parsed the path from its end at each of the sort's comparisons).
fn by_name(a: &walkdir::DirEntry, b: &walkdir::DirEntry) -> std::cmp::Ordering {
    debug_assert_eq!(a.path().parent(), b.path().parent());
    a.path()
        .as_os_str()
        .as_encoded_bytes()
        .cmp(b.path().as_os_str().as_encoded_bytes())
}

/// True when the file's extension marks an article.
pub fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e)))
}

/// What an article was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown, read as text (headings and list items are blocks of their own).
    Markdown,
    /// An HTML page, of which the article's own text is taken.
    Html,
}

impl Format {
    /// The record's `format` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }

    /// The format a file name says.
    pub fn of_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown") => Format::Markdown,
            Some("html" | "htm") => Format::Html,
            _ => Format::Text,
        }
    }
}

/// An article ready for extraction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// The name its record's `source` gets.
    pub source: String,
    /// The text all offsets refer to (for HTML, the text taken from the page).
    pub text: String,
    /// What it was read as.
    pub format: Format,
}

/// Reads one input as an article, checking that it is one (not binary, UTF-8, not empty).
pub fn read(input: &Input) -> Result<Article, Error> {
    match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io("-", e))?;
            let text = error::decode(Path::new("-"), bytes)?;
            Ok(Article {
                source: "-".into(),
                text,
                format: Format::Text,
            })
        }
        Input::File { path, .. } => read_path(path),
    }
}

/// Reads the article file at `path`, taking the article text out of an HTML page.
pub fn read_path(path: &Path) -> Result<Article, Error> {
    let format = Format::of_path(path);
    let mut text = read_article(path)?;
    if format == Format::Html {
        text = html::article_text(&text);
        if text.trim().is_empty() {
            return Err(Error::new(ErrorKind::Empty {
                path: path.to_path_buf(),
            }));
        }
    }
    Ok(Article {
        source: path.to_string_lossy().into_owned(),
        text,
        format,
    })
}

/// Reads the file at `path` as article text, without format conversion.
pub fn read_article(path: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    error::decode(path, bytes)
}

#[derive(Deserialize)]
struct Line {
    id: serde_json::Value,
    text: Option<String>,
}

/// Reads a JSON Lines stream of `{"id": ..., "text": ...}` articles, one result per non-blank line
/// in order: a line that is not such an object gives an error naming `name` and the line, and
/// the stream goes on.
pub fn jsonl_articles<R: BufRead>(
    reader: R,
    name: &str,
) -> impl Iterator<Item = Result<Article, Error>> {
    let name = name.to_string();
    reader
        .split(b'\n')
        .enumerate()
        .filter(|(_, l)| {
            l.as_ref()
                .map_or(true, |l| !l.iter().all(u8::is_ascii_whitespace))
        })
        .map(move |(i, line)| {
            let at = PathBuf::from(format!("{name}:{}", i + 1));
            let line = line.map_err(|e| Error::io(&at, e))?;
            let line = String::from_utf8(line).map_err(|e| {
                Error::new(ErrorKind::NotUtf8 {
                    path: at.clone(),
                    valid_up_to: e.utf8_error().valid_up_to(),
                })
            })?;
            let parsed: Line = serde_json::from_str(&line).map_err(|err| {
                Error::new(ErrorKind::Json {
                    path: at.clone(),
                    err,
                })
            })?;
            let source = match parsed.id {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            match parsed.text {
                Some(text) if !text.trim().is_empty() && !text.contains('\0') => Ok(Article {
                    source,
                    text,
                    format: Format::Text,
                }),
                Some(text) if text.contains('\0') => Err(Error::new(ErrorKind::Binary {
                    path: source.into(),
                    offset: text.find('\0').unwrap_or(0),
                })),
                _ => Err(Error::new(ErrorKind::Empty {
                    path: source.into(),
                })),
            }
        })
}

/// Maps `f` over `items` on `pool`, handing each result to `sink` in input order.
///
/// Items are taken `chunk` at a time, so memory stays flat however many pass through; within a
/// chunk they run in parallel. The calling thread reads the next chunk and hands on the previous
/// chunk's results while the pool works on the current one, so reading input (parsing JSON Lines)
/// and writing output are never a stop in the pool's work: at most three chunks are held at once.
/// The first error from `sink` stops the run.
pub fn for_each_ordered<T, U, E>(
    items: impl Iterator<Item = T>,
    chunk: usize,
    pool: &rayon::ThreadPool,
    f: impl Fn(T) -> U + Sync,
    mut sink: impl FnMut(U) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    U: Send,
{
    let mut items = items;
    let chunk = chunk.max(1);
    let f = &f;
    let mut batch: Vec<T> = items.by_ref().take(chunk).collect();
    let mut done: Vec<U> = Vec::new();
    while !batch.is_empty() {
        let mut working = Vec::new();
        let mut next = Vec::new();
        let mut failed = Ok(());
        pool.in_place_scope(|s| {
            let current = std::mem::take(&mut batch);
            let working = &mut working;
            s.spawn(move |_| *working = current.into_par_iter().map(f).collect());
            // Meanwhile, on this thread: the previous chunk's results out, the next chunk in.
            failed = done.drain(..).try_for_each(&mut sink);
            if failed.is_ok() {
                next = items.by_ref().take(chunk).collect();
            }
        });
        failed?;
        done = working;
        batch = next;
    }
    done.into_iter().try_for_each(sink)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(root: &Path, opts: WalkOptions) -> Vec<String> {
        expand(&[root.to_path_buf()], opts)
            .map(|i| match i {
                Ok(Input::File { rel, .. }) => rel.to_string_lossy().into_owned(),
                Ok(Input::Stdin) => "-".into(),
                Err(e) => format!("error: {e}"),
            })
            .collect()
    }

    #[test]
    fn folders_expand_sorted_and_skip_hidden_and_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("b/.hidden")).unwrap();
        for f in [
            "b/z.txt",
            "b/a.md",
            "a.txt",
            "notes.json",
            "b/.hidden/x.txt",
            ".h.txt",
            "c.html",
        ] {
            std::fs::write(root.join(f), "x").unwrap();
        }
        assert_eq!(
            names(root, WalkOptions::default()),
            ["a.txt", "b/a.md", "b/z.txt", "c.html"]
        );
    }

    #[test]
    fn folders_sort_by_the_bytes_of_their_names() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let files = [
            "a.txt", "a-b.txt", "a.b.txt", "ab.txt", "B.txt", "b.txt", "é.txt", "z.txt", "_.txt",
            "10.txt", "9.txt", "a b.txt",
        ];
        for f in files {
            std::fs::write(root.join(f), "x").unwrap();
        }
        let mut want: Vec<&str> = files.to_vec();
        want.sort_by(|x, y| x.as_bytes().cmp(y.as_bytes()));
        assert_eq!(names(root, WalkOptions::default()), want);
        // As walkdir's own order by file name, in a folder given with a trailing slash too.
        let theirs: Vec<String> = walkdir::WalkDir::new(root)
            .sort_by_file_name()
            .into_iter()
            .skip(1)
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names(&root.join(""), WalkOptions::default()), theirs);
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_only_when_asked_and_loops_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("real")).unwrap();
        std::fs::write(root.join("real/a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(root.join("real"), root.join("link")).unwrap();
        std::os::unix::fs::symlink(root, root.join("real/loop")).unwrap();
        assert_eq!(names(root, WalkOptions::default()), ["real/a.txt"]);
        let followed = names(root, WalkOptions { follow_links: true });
        assert!(followed.contains(&"link/a.txt".to_string()), "{followed:?}");
        assert!(
            followed
                .iter()
                .any(|n| n.starts_with("error: ") && n.contains("loop")),
            "{followed:?}"
        );
    }

    #[test]
    fn a_missing_path_is_an_error_in_its_place() {
        let got: Vec<_> = expand(
            &[PathBuf::from("/no/such/file.txt"), PathBuf::from("-")],
            WalkOptions::default(),
        )
        .collect();
        assert_eq!(got.len(), 2);
        assert!(got[0]
            .as_ref()
            .unwrap_err()
            .to_string()
            .starts_with("/no/such/file.txt: "));
        assert_eq!(got[1].as_ref().unwrap(), &Input::Stdin);
    }

    #[test]
    fn jsonl_lines_give_articles_or_errors_in_order() {
        let input = "{\"id\": \"a\", \"text\": \"One.\"}\n\nnot json\n{\"id\": 7, \"text\": \"\"}\n{\"id\": 8, \"text\": \"Two.\"}\n";
        let got: Vec<_> = jsonl_articles(input.as_bytes(), "-").collect();
        assert_eq!(got.len(), 4);
        assert_eq!(got[0].as_ref().unwrap().source, "a");
        assert!(got[1]
            .as_ref()
            .unwrap_err()
            .to_string()
            .starts_with("-:3: invalid JSON"));
        assert!(got[2]
            .as_ref()
            .unwrap_err()
            .to_string()
            .starts_with("7: empty"));
        assert_eq!(got[3].as_ref().unwrap().source, "8");
    }

    #[test]
    fn a_sink_error_stops_the_run() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let mut seen = Vec::new();
        let got = for_each_ordered(
            0..1000u32,
            7,
            &pool,
            |i| i,
            |x| {
                if x == 20 {
                    return Err(x);
                }
                seen.push(x);
                Ok(())
            },
        );
        assert_eq!(got, Err(20));
        assert_eq!(seen, (0..20).collect::<Vec<_>>());
    }

    #[test]
    fn parallel_results_come_back_in_order() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let mut seen = Vec::new();
        for_each_ordered(
            0..1000u32,
            7,
            &pool,
            |i| i * 2,
            |x| {
                seen.push(x);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(seen, (0..1000).map(|i| i * 2).collect::<Vec<_>>());
    }
}
