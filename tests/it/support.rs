//! What the integration tests share: the `unsc` binary run with colour off, and its output
//! read back as text or JSON.

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
