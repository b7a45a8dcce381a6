//! The `claimex` command: a thin layer over the library (see `cli.rs`).

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
