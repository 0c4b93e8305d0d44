//! A catalogue of malformed scenario files (`tests/fixtures/malformed/`), each with its exact
//! diagnostics pinned in `NAME.stderr`: file, line, column, code, message and help. Bless new
//! output with `SNAPSHOTS=overwrite cargo test` and review the diff.

use std::path::{Path, PathBuf};

use crate::support::stderr_of;

/// What `unsc check FILE` writes to standard error, exiting with code 1.
fn check_stderr(file: &Path) -> String {
    stderr_of(&["check", file.to_str().expect("a UTF-8 path")], 1)
}

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
        let expected = fixture.with_extension("stderr");
        assert.eq(
            check_stderr(&fixture),
            snapbox::Data::read_from(&expected, None),
        );
    }
}

/// A problem on a 900 KB line prints a window of the line, a short caret line and a quoted
/// value cut with an ellipsis, not the whole line.
#[test]
fn problems_on_huge_lines_print_short_snippets() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.toml");
    let text = format!(
        "id = \"x\"\ntitle = \"{}\"\ndate = 2023-01-01\nstatus = \"{}\"\ncouncil = 2023\n\
         [draft]\ntitle = \"t\"\n[stances]\ndefault = {{ vote = \"yes\", reason = \"{}\", vot = 1 }}\n",
        " ".repeat(300_000),
        "z".repeat(300_000),
        "r".repeat(300_000),
    );
    std::fs::write(&path, text).expect("write");
    let stderr = check_stderr(&path);
    assert!(
        stderr.len() < 4_000,
        "{} bytes of diagnostics",
        stderr.len()
    );
    assert!(stderr.contains("huge.toml:2:9]"), "{stderr}");
    assert!(
        stderr.contains(&format!("`{}…`", "z".repeat(80))),
        "{stderr}"
    );
    assert!(stderr.contains("huge.toml:9:300040]"), "{stderr}");
    assert!(stderr.contains("did you mean `vote`?"), "{stderr}");
}

/// A right-to-left override or a terminal escape in the file never reaches the terminal
/// through a snippet: it is shown as a replacement character.
#[test]
fn snippets_never_print_control_or_bidi_characters() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (text, shown, code) in [
        (
            "id = \"x\"\ntitle = \"Sanctions \u{202e}on Mali\"\ndate = 2024-01-15\n\
             status = \"hypothetical\"\ncouncil = 2024\n[draft]\ntitle = \"T\"\n\
             [stances]\ndefault = { vote = \"yes\" }\n",
            "Sanctions \u{fffd}on Mali",
            "forbidden-character",
        ),
        (
            "id = \"x\"\ntitle = \"Sanctions \u{1b}[31mred\"\n",
            "Sanctions ?[31mred",
            "toml-syntax",
        ),
    ] {
        let path = dir.path().join("bidi.toml");
        std::fs::write(&path, text).expect("write");
        let stderr = check_stderr(&path);
        assert!(stderr.contains(code), "{stderr}");
        assert!(stderr.contains(shown), "{stderr}");
        assert!(!stderr.contains(['\u{202e}', '\u{1b}']), "{stderr}");
    }
}
