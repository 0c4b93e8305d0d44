//! A catalogue of malformed scenario files (`tests/fixtures/malformed/`), each with its exact
//! diagnostics pinned in `NAME.stderr`: file, line, column, code, message and help. Bless new
//! output with `SNAPSHOTS=overwrite cargo test` and review the diff.

use std::path::PathBuf;

use snapbox::cmd::{Command, cargo_bin};

#[test]
fn every_malformed_input_gets_its_exact_diagnostics() {
    let dir = PathBuf::from("tests/fixtures/malformed");
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the catalogue")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    fixtures.sort();
    assert!(
        fixtures.len() >= 40,
        "the catalogue has {} inputs",
        fixtures.len()
    );
    let assert = snapbox::Assert::new().action_env("SNAPSHOTS");
    for fixture in fixtures {
        let output = Command::new(cargo_bin!("unsc"))
            .env("NO_COLOR", "1")
            .arg("check")
            .arg(&fixture)
            .assert()
            .code(1)
            .get_output()
            .clone();
        let expected = fixture.with_extension("stderr");
        assert.eq(
            String::from_utf8_lossy(&output.stderr).into_owned(),
            snapbox::Data::read_from(&expected, None),
        );
    }
}
