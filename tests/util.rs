//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

/// The project root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A file of the shared peer suites, `../shared/data/NAME` from the project root.
pub fn shared_data(name: &str) -> PathBuf {
    root().join("../shared/data").join(name)
}

/// The floors the ratchet tests hold scores to (`tests/floors.json`).
pub fn floor(name: &str) -> f64 {
    let text = std::fs::read_to_string(root().join("tests/floors.json")).unwrap();
    let floors: serde_json::Value = serde_json::from_str(&text).unwrap();
    floors[name]
        .as_f64()
        .unwrap_or_else(|| panic!("no floor {name} in tests/floors.json"))
}

/// The claimex binary built for these tests.
pub fn claimex() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_claimex"))
}

/// Runs `cmd` to its end and returns its output, failing the test with its stderr when it does
/// not succeed.
pub fn succeed(cmd: &mut std::process::Command) -> std::process::Output {
    let out = cmd.output().expect("the command starts");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}
