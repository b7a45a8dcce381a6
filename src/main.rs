//! The `claimex` command: a thin layer over the library (see `cli.rs`).

mod cli;
mod review_cli;
mod text_format;

use std::process::ExitCode;

/// mimalloc: the pipeline makes many small short-lived allocations (tokens, names, record
/// strings), which it serves markedly faster than the system allocator, per thread.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}
