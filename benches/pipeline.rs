//! Throughput of segmentation alone and of the whole pipeline (with JSON output), on the corpus
//! mix and on generated news-like text. Run with `cargo bench`; BENCHMARKS.md records the figures.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// Every corpus article, concatenated with blank lines: the corpus mix.
fn corpus_mix() -> String {
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
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn articles() -> Vec<String> {
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

fn bench(c: &mut Criterion) {
    let mix = corpus_mix();
    let arts = articles();
    let bytes: usize = arts.iter().map(String::len).sum();
    let extractor = claimex::Extractor::new();

    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(mix.len() as u64));
    g.bench_function("segment", |b| {
        b.iter(|| {
            let blocks = claimex::segment::blocks(&mix);
            claimex::segment::sentences(&mix, &blocks).len()
        })
    });
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("pipeline+json", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(bytes * 8);
            for (i, a) in arts.iter().enumerate() {
                let r = extractor.extract(&i.to_string(), a);
                serde_json::to_writer(&mut out, &r).unwrap();
                out.push(b'\n');
            }
            out.len()
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
