//! Time grows linearly on pathological inputs: the whole pipeline on 1 MB and on 4 MB of each
//! kind of `tests/pathological/inputs.rs`. Linear time gives a ratio near 4; the README's table
//! records the ratios, every one under 6.
//!
//! Run with `cargo bench --bench pathological`; after criterion's own report it prints the table
//! of ratios (from criterion's fastest samples) in Markdown.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput};

#[path = "../tests/pathological/inputs.rs"]
#[allow(dead_code)]
mod inputs;

use inputs::Kind;

const SIZES: [(usize, &str); 2] = [(1_000_000, "1MB"), (4_000_000, "4MB")];
const GROUP: &str = "pathological";

/// True under `cargo bench`; under `cargo test` criterion runs each benchmark once, untimed.
fn timing() -> bool {
    std::env::args().any(|a| a == "--bench")
}

fn bench(c: &mut Criterion) {
    let extractor = claimex::Extractor::new();
    let mut g = c.benchmark_group(GROUP);
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for kind in Kind::ALL {
        for (bytes, label) in SIZES {
            // Under `cargo test` (a debug build) a smoke run on small inputs is enough.
            let text = inputs::make(kind, if timing() { bytes } else { bytes / 100 });
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(kind.name(), label), &text, |b, text| {
                b.iter(|| {
                    black_box(extractor.extract("-", black_box(text)))
                        .sentences
                        .len()
                })
            });
        }
    }
    g.finish();
}

/// Where criterion wrote its estimates: `$CARGO_TARGET_DIR/criterion`, else `target/criterion`.
fn criterion_dir() -> PathBuf {
    std::env::var_os("CRITERION_HOME")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("CARGO_TARGET_DIR").map(|d| PathBuf::from(d).join("criterion"))
        })
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/criterion"))
}

/// The fastest time per run, in seconds, over criterion's samples of one benchmark. The fastest
/// sample is the one least disturbed by other work on the machine, which is what a ratio of two
/// sizes needs; criterion's own report gives the spread.
fn fastest(kind: Kind, label: &str) -> Option<f64> {
    let path = criterion_dir()
        .join(GROUP)
        .join(kind.name())
        .join(label)
        .join("new/sample.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    let iters = json["iters"].as_array()?;
    let times = json["times"].as_array()?;
    iters
        .iter()
        .zip(times)
        .filter_map(|(n, t)| Some(t.as_f64()? / n.as_f64()? / 1e9))
        .min_by(f64::total_cmp)
}

/// Prints the README's table: the fastest times of 1 MB and 4 MB and their ratio.
fn ratios() {
    println!("\n| input | 1 MB | 4 MB | ratio |\n| --- | ---: | ---: | ---: |");
    for kind in Kind::ALL {
        match (fastest(kind, SIZES[0].1), fastest(kind, SIZES[1].1)) {
            (Some(a), Some(b)) => println!(
                "| {} | {:.1} ms | {:.1} ms | {:.2} |",
                kind.name(),
                a * 1e3,
                b * 1e3,
                b / a
            ),
            // Filtered out on the command line, or criterion wrote elsewhere.
            _ => println!("| {} | - | - | - |", kind.name()),
        }
    }
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c);
    c.final_summary();
    if timing() {
        ratios();
    }
}
