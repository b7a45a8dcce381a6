//! Writes a generated archive of news-like articles, for benchmarks: deterministic, as large as
//! asked, with the quotes, figures, names and abbreviations that real news carries.
//!
//! ```text
//! cargo run --release --example news_archive -- --mb 1000 --jsonl > archive.jsonl
//! cargo run --release --example news_archive -- --mb 50 --dir archive/
//! ```

use std::io::{BufWriter, Write};
use std::path::PathBuf;

#[path = "../benches/support/news.rs"]
mod news;

use news::{article, Rng, SEED};

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let get = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let mb: u64 = get("--mb").and_then(|s| s.parse().ok()).unwrap_or(10);
    let limit = mb * 1_000_000;
    let mut rng = Rng(SEED);
    let mut written = 0u64;
    let mut i = 0u64;
    if let Some(dir) = get("--dir").map(PathBuf::from) {
        while written < limit {
            let sub = dir.join(format!("{:04}", i / 1000));
            std::fs::create_dir_all(&sub)?;
            let text = article(&mut rng);
            written += text.len() as u64;
            std::fs::write(sub.join(format!("{i:08}.txt")), text)?;
            i += 1;
        }
    } else {
        let stdout = std::io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        while written < limit {
            let text = article(&mut rng);
            written += text.len() as u64;
            let line = serde_json::json!({"id": format!("gen-{i}"), "text": text});
            serde_json::to_writer(&mut out, &line)?;
            out.write_all(b"\n")?;
            i += 1;
        }
        out.flush()?;
    }
    eprintln!(
        "news_archive: {i} articles, {:.1} MB of text",
        written as f64 / 1e6
    );
    Ok(())
}
