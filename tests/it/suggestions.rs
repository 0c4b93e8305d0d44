//! "Did you mean …?" wherever a name is unknown, and tags matched whatever their case.

use crate::support::{stderr_of, unsc};

#[test]
fn an_unknown_bundled_id_suggests_the_id_meant_and_unsc_list() {
    for typed in ["2023-08-30-mali-sanctions-rusia", "mali-sanctions-russia"] {
        let stderr = stderr_of(&["run", typed], 1);
        assert!(
            stderr.contains("did you mean `2023-08-30-mali-sanctions-russia`?"),
            "{stderr}"
        );
        assert!(stderr.contains("`unsc list`"), "{stderr}");
    }
    let stderr = stderr_of(&["run", "zzzz"], 1);
    assert!(!stderr.contains("did you mean"), "{stderr}");
    assert!(stderr.contains("`unsc list`"), "{stderr}");
}

/// On the command line clap suggests the preset (a usage error); in a scenario the loader does.
#[test]
fn an_unknown_preset_suggests_the_preset_meant() {
    let stderr = stderr_of(&["power", "--rules", "chartr"], 2);
    assert!(
        stderr.contains("a similar value exists: 'charter'"),
        "{stderr}"
    );
    let stderr = stderr_of(
        &["check", "tests/fixtures/malformed/misspelt-names.toml"],
        1,
    );
    assert!(stderr.contains("(did you mean `charter`?)"), "{stderr}");
}

#[test]
fn tags_match_whatever_their_case() {
    let list = |tag: &str| {
        let output = unsc().args(["list", "--tag", tag]).assert().success();
        String::from_utf8_lossy(&output.get_output().stdout).into_owned()
    };
    let lower = list("veto");
    assert!(lower.lines().count() > 1, "{lower}");
    assert_eq!(list("VETO"), lower);
    assert_eq!(list("Veto"), lower);
}

#[test]
fn an_unknown_tag_suggests_the_tag_meant() {
    let output = unsc().args(["list", "--tag", "vetoo"]).assert().success();
    let stderr = String::from_utf8_lossy(&output.get_output().stderr).into_owned();
    assert!(
        stderr.contains("no bundled scenario has the tag `vetoo`; did you mean `veto`?"),
        "{stderr}"
    );
}

#[test]
fn an_unknown_member_code_suggests_the_member_meant() {
    let stderr = stderr_of(
        &[
            "whatif",
            "2023-08-30-mali-sanctions-russia",
            "--set",
            "USS=yes",
        ],
        2,
    );
    assert!(stderr.contains("did you mean USA?"), "{stderr}");
    let stderr = stderr_of(
        &["check", "tests/fixtures/malformed/misspelt-names.toml"],
        1,
    );
    assert!(stderr.contains("did you mean USA?"), "{stderr}");
}

#[test]
fn show_suggests_the_id_meant_too() {
    let stderr = stderr_of(&["show", "mali-sanctions-rusia"], 1);
    assert!(
        stderr.contains("did you mean `2023-08-30-mali-sanctions-russia`?"),
        "{stderr}"
    );
}
