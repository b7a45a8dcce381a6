//! Typed errors of the library, each naming the input it is about.

use std::fmt;
use std::path::{Path, PathBuf};

/// An error reading or decoding one input. Opaque: ask [`Error::kind`] for the details.
#[derive(Debug)]
pub struct Error(Box<ErrorKind>);

/// What went wrong, and with which input.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input could not be read (missing, permission denied, a folder loop, ...).
    Io {
        /// The input as given.
        path: PathBuf,
        /// The operating system's error.
        err: std::io::Error,
    },
    /// The input holds NUL bytes: a binary file, not an article.
    Binary {
        /// The input as given.
        path: PathBuf,
        /// Byte offset of the first NUL.
        offset: usize,
    },
    /// The input is not valid UTF-8.
    NotUtf8 {
        /// The input as given.
        path: PathBuf,
        /// Length of the valid prefix: the byte offset of the first bad byte.
        valid_up_to: usize,
    },
    /// The input is empty or holds only whitespace.
    Empty {
        /// The input as given.
        path: PathBuf,
    },
    /// A gold-annotation or record file could not be parsed.
    Json {
        /// The file as given.
        path: PathBuf,
        /// The parser's error, with its line and column.
        err: serde_json::Error,
    },
    /// A lexicon file has a malformed line.
    Lexicon {
        /// The file as given.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

impl Error {
    /// Wraps a kind.
    pub fn new(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// Unwraps into the kind.
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }

    /// The input this error is about.
    pub fn path(&self) -> &Path {
        match &*self.0 {
            ErrorKind::Io { path, .. }
            | ErrorKind::Binary { path, .. }
            | ErrorKind::NotUtf8 { path, .. }
            | ErrorKind::Empty { path }
            | ErrorKind::Json { path, .. }
            | ErrorKind::Lexicon { path, .. } => path,
        }
    }

    /// An I/O error about `path`.
    pub fn io(path: impl Into<PathBuf>, err: std::io::Error) -> Error {
        Error::new(ErrorKind::Io {
            path: path.into(),
            err,
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path().display();
        match &*self.0 {
            ErrorKind::Io { err, .. } => write!(f, "{path}: {err}"),
            ErrorKind::Binary { offset, .. } => {
                write!(
                    f,
                    "{path}: binary file (NUL byte at offset {offset}), not an article"
                )
            }
            ErrorKind::NotUtf8 { valid_up_to, .. } => {
                write!(
                    f,
                    "{path}: not valid UTF-8 (first bad byte at offset {valid_up_to})"
                )
            }
            ErrorKind::Empty { .. } => write!(f, "{path}: empty file, no article text"),
            ErrorKind::Json { err, .. } => write!(f, "{path}: invalid JSON: {err}"),
            ErrorKind::Lexicon { line, message, .. } => write!(f, "{path}:{line}: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.0 {
            ErrorKind::Io { err, .. } => Some(err),
            ErrorKind::Json { err, .. } => Some(err),
            _ => None,
        }
    }
}

/// Checks that raw bytes read from `path` are an article: not binary, valid UTF-8, not empty.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, Error> {
    if let Some(offset) = memchr_nul(&bytes) {
        return Err(Error::new(ErrorKind::Binary {
            path: path.to_path_buf(),
            offset,
        }));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::new(ErrorKind::NotUtf8 {
            path: path.to_path_buf(),
            valid_up_to: e.utf8_error().valid_up_to(),
        })
    })?;
    if text.trim().is_empty() {
        return Err(Error::new(ErrorKind::Empty {
            path: path.to_path_buf(),
        }));
    }
    Ok(text)
}

/// The first NUL byte: every article's bytes are searched, a word at a time, not a byte.
fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(0, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_nul_byte_is_found_at_any_offset() {
        let text = "Café prices rose 3%. ".repeat(20).into_bytes();
        assert_eq!(memchr_nul(&text), None);
        assert_eq!(memchr_nul(b""), None);
        for at in [0, 1, 7, 8, 15, 16, 31, 32, 33, 63, 64, 200, text.len() - 1] {
            let mut b = text.clone();
            b[at] = 0;
            if at + 5 < b.len() {
                b[at + 5] = 0;
            }
            assert_eq!(memchr_nul(&b), b.iter().position(|&x| x == 0), "{at}");
            assert_eq!(memchr_nul(&b), Some(at));
        }
    }

    #[test]
    fn decode_names_the_file_and_the_fault() {
        let p = Path::new("a/b.txt");
        let e = decode(p, b"ab\0c".to_vec()).unwrap_err();
        assert!(matches!(e.kind(), ErrorKind::Binary { offset: 2, .. }));
        assert_eq!(
            e.to_string(),
            "a/b.txt: binary file (NUL byte at offset 2), not an article"
        );
        let e = decode(p, vec![b'o', b'k', 0xff]).unwrap_err();
        assert!(matches!(
            e.kind(),
            ErrorKind::NotUtf8 { valid_up_to: 2, .. }
        ));
        let e = decode(p, b" \n\t ".to_vec()).unwrap_err();
        assert!(matches!(e.kind(), ErrorKind::Empty { .. }));
        assert_eq!(decode(p, b"Hi.".to_vec()).unwrap(), "Hi.");
    }
}
