//! ICJ elections end to end: every bundled round pinned and matching its record, the rule
//! codes documented, and every command for votes refusing an election with exit code 1.

use std::path::PathBuf;

use snapbox::Data;
use snapbox::cmd::{Command, cargo_bin};
use unsc::engine::{ElectionRule, resolve_election};
use unsc::render::{Format, render_election};

fn golden(id: &str, extension: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it/snapshots/elections")
        .join(format!("{id}.{extension}"))
}

#[test]
fn every_bundled_election_is_pinned_and_matches_its_record() {
    assert!(!unsc::bundled::ELECTIONS.is_empty());
    let assert = snapbox::Assert::new().action_env("SNAPSHOTS");
    for bundled in unsc::bundled::ELECTIONS {
        let election =
            unsc::scenario::load_election(bundled.file_name, bundled.text).expect("loads");
        let round = resolve_election(&election);
        assert_eq!(round.matches_record, Some(true), "{}", bundled.stem());
        for (format, extension) in [
            (Format::Text, "txt"),
            (Format::Json, "json"),
            (Format::Markdown, "md"),
        ] {
            assert.eq(
                render_election(&round, format),
                Data::read_from(&golden(bundled.stem(), extension), None),
            );
        }
    }
}

#[test]
fn rules_md_has_a_heading_and_the_citation_for_every_election_rule() {
    let doc = std::fs::read_to_string("docs/rules.md").expect("docs/rules.md");
    for rule in ElectionRule::ALL {
        let heading = format!("## `{}`\n\nCitation: {}\n", rule.code(), rule.citation());
        assert!(doc.contains(&heading), "docs/rules.md lacks {heading}");
    }
}

#[test]
fn commands_for_votes_refuse_an_election_with_exit_code_1() {
    let id = "2018-06-22-icj-vacancy-iwasawa";
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("report.html");
    let report = report.to_str().expect("UTF-8");
    let commands: [&[&str]; 7] = [
        &["whatif", id, "--set", "USA=no"],
        &["simulate", id],
        &["compromise", id],
        &["power", id],
        &["exercise", id],
        &["worksheet", id],
        &["report", id, "--output", report],
    ];
    for args in commands {
        let output = Command::new(cargo_bin!("unsc"))
            .env("NO_COLOR", "1")
            .args(args)
            .assert()
            .code(1)
            .get_output()
            .clone();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("election-not-a-vote"), "{args:?}: {stderr}");
    }
}

#[test]
fn run_and_check_read_an_election() {
    Command::new(cargo_bin!("unsc"))
        .args(["check", "scenarios/elections"])
        .assert()
        .success();
    Command::new(cargo_bin!("unsc"))
        .args(["run", "2018-06-22-icj-vacancy-iwasawa", "--format", "json"])
        .assert()
        .success();
}
