//! The `claimex` command: a thin layer over the library (see `cli.rs`).

mod cli;
mod review_cli;
mod text_format;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
