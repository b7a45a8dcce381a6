//! Throughput of segmentation alone and of the whole pipeline (with JSON output), on the corpus
//! mix and on generated news-like text. Run with `cargo bench --bench pipeline`; BENCHMARKS.md
//! records the figures and how they were taken.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

#[path = "support/news.rs"]
mod news;

/// Every corpus article, in name order: the corpus mix.
fn corpus_articles() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// Segmentation over all the articles as one text, and the whole pipeline with each record
/// serialized as a JSON line, as `claimex extract --format jsonl` does.
fn group(c: &mut Criterion, name: &str, articles: &[String]) {
    let joined = articles.join("\n\n");
    let bytes: usize = articles.iter().map(String::len).sum();
    let extractor = claimex::Extractor::new();

    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(joined.len() as u64));
    g.bench_function("segment", |b| {
        b.iter(|| {
            let blocks = claimex::segment::blocks(&joined);
            claimex::segment::sentences(&joined, &blocks).len()
        })
    });
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("pipeline+json", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(bytes * 8);
            for (i, a) in articles.iter().enumerate() {
                let r = extractor.extract(&i.to_string(), a);
                serde_json::to_writer(&mut out, &r).unwrap();
                out.push(b'\n');
            }
            out.len()
        })
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    group(c, "corpus", &corpus_articles());
    group(c, "generated", &news::archive(2_000_000));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
