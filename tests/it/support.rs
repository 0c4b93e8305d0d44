//! What the integration tests share: the `unsc` binary run with colour off, its output read
//! back as text or JSON, golden files, fuzzed inputs, and headless Chromium for the browser
//! tests.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use snapbox::Data;
use snapbox::cmd::{Command, cargo_bin};
use unsc::render::{Format, Report, render};

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

/// Asserts that `subject`, rendered in each of `formats` (text, JSON, Markdown), matches its
/// golden file `tests/it/snapshots/{folder}/{stem}.{txt,json,md}`. Bless deliberate changes
/// with `SNAPSHOTS=overwrite`.
#[track_caller]
pub fn assert_pinned(subject: &impl Report, folder: &str, stem: &str, formats: &[Format]) {
    let assert = snapbox::Assert::new().action_env("SNAPSHOTS");
    for &format in formats {
        let extension = match format {
            Format::Text => "txt",
            Format::Json => "json",
            Format::Markdown => "md",
            other => panic!("no golden files are kept in {other}"),
        };
        let golden = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/it/snapshots")
            .join(folder)
            .join(format!("{stem}.{extension}"));
        assert.eq(
            render(subject, format).unwrap_or_else(|e| panic!("{stem}: {e}")),
            Data::read_from(&golden, None),
        );
    }
}

/// What the fuzzing property tests feed a reader: `text` with `insert` spliced in at `cut`
/// (moved back to a character boundary), and `text` cut short there.
pub fn mutations(text: &str, cut: proptest::sample::Index, insert: &str) -> [String; 2] {
    let at = text.floor_char_boundary(cut.index(text.len() + 1));
    let mut spliced = text.to_owned();
    spliced.insert_str(at, insert);
    [spliced, text[..at].to_owned()]
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
