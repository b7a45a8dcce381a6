//! Inputs: files, folders and standard input, expanded in a stable order and read as articles.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{self, Error};

/// File extensions read when walking a folder.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md"];

/// One article to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// Standard input, named `-` in records.
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Input {
    /// The name the record's `source` gets.
    pub fn source(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.to_string_lossy().into_owned(),
        }
    }
}

/// Expands command-line paths into inputs: `-` is standard input, a folder gives its article files
/// (recursively, in sorted order), anything else is a file. A folder that cannot be walked, or a
/// path that does not exist, gives an error in its place so that the others still run.
pub fn expand(paths: &[PathBuf]) -> Vec<Result<Input, Error>> {
    let mut out = Vec::new();
    if paths.is_empty() {
        out.push(Ok(Input::Stdin));
    }
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Ok(Input::Stdin));
        } else if path.is_dir() {
            walk(path, &mut out);
        } else {
            // Ask the file system, so the error says why (missing, permission denied, ...).
            match std::fs::metadata(path) {
                Ok(_) => out.push(Ok(Input::File(path.clone()))),
                Err(e) => out.push(Err(Error::io(path, e))),
            }
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Result<Input, Error>>) {
    let walker = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            // Hidden files and folders (`.git`) are never articles; the root is kept as given.
            e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')
        });
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() && is_article(e.path()) => {
                out.push(Ok(Input::File(e.into_path())))
            }
            Ok(_) => {}
            Err(err) => {
                let path = err.path().unwrap_or(dir).to_path_buf();
                let io = err
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("folder loop"));
                out.push(Err(Error::io(path, io)));
            }
        }
    }
}

/// True when the file's extension marks an article.
pub fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e)))
}

/// Reads one input's text, checking that it is an article (not binary, UTF-8, not empty).
pub fn read(input: &Input) -> Result<String, Error> {
    match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io("-", e))?;
            error::decode(Path::new("-"), bytes)
        }
        Input::File(path) => read_article(path),
    }
}

/// Reads the article file at `path`.
pub fn read_article(path: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    error::decode(path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        ] {
            std::fs::write(root.join(f), "x").unwrap();
        }
        let got: Vec<_> = expand(&[root.to_path_buf()])
            .into_iter()
            .map(|i| match i.unwrap() {
                Input::File(p) => p.strip_prefix(root).unwrap().to_string_lossy().into_owned(),
                Input::Stdin => "-".into(),
            })
            .collect();
        assert_eq!(got, ["a.txt", "b/a.md", "b/z.txt"]);
    }

    #[test]
    fn a_missing_path_is_an_error_in_its_place() {
        let got = expand(&[PathBuf::from("/no/such/file.txt"), PathBuf::from("-")]);
        assert_eq!(got.len(), 2);
        assert!(got[0]
            .as_ref()
            .unwrap_err()
            .to_string()
            .starts_with("/no/such/file.txt: "));
        assert_eq!(got[1].as_ref().unwrap(), &Input::Stdin);
    }
}
