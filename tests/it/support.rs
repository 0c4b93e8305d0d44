//! What the integration tests share: the `unsc` binary run with colour off, its output read
//! back as text or JSON, and headless Chromium for the browser tests.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use snapbox::cmd::{Command, cargo_bin};

/// The `unsc` binary, colour off (`NO_COLOR`, and no `CLICOLOR_FORCE` from the environment).
pub fn unsc() -> Command {
    Command::new(cargo_bin!("unsc"))
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
}

/// The standard output of a successful run.
pub fn stdout(args: &[&str]) -> String {
    let out = unsc()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8")
}

/// The standard output of a successful run, read into a strict mirror of its JSON.
pub fn json<T: DeserializeOwned>(args: &[&str]) -> T {
    serde_json::from_str(&stdout(args))
        .unwrap_or_else(|e| panic!("{args:?}: the JSON does not match its documented shape: {e}"))
}

/// The standard error of a run that exits with `code`.
pub fn stderr_of(args: &[&str], code: i32) -> String {
    let output = unsc().args(args).assert().code(code).get_output().clone();
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The Chromium the browser tests drive: `UNSC_CHROMIUM`, or Debian's (`build.rs` found it).
fn chromium() -> PathBuf {
    std::env::var_os("UNSC_CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| {
            ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
                .into_iter()
                .map(PathBuf::from)
                .find(|p| p.exists())
        })
        .expect("build.rs found Chromium")
}

/// Headless Chromium with its profile in `profile`: no sandbox, GPU, QUIC or first-run page,
/// nothing fetched in the background (networking, component updates, sync), no scrollbars.
pub fn headless_chromium(profile: &Path) -> std::process::Command {
    let mut command = std::process::Command::new(chromium());
    command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
        ])
        .args([
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()));
    command
}
