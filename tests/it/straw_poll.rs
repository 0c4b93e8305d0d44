//! Straw polls end to end: the bundled round pinned, its rule codes documented, `run`, `check`
//! and `show` reading it, and every other command refusing it with exit code 1.

use std::path::PathBuf;

use snapbox::Data;
use unsc::engine::{Prospect, StrawPollRule, read_straw_poll};
use unsc::render::{Format, render};

use crate::support::{stderr_of, unsc};

const ID: &str = "2016-10-05-sg-straw-poll-6";

fn golden(id: &str, extension: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it/snapshots/straw-polls")
        .join(format!("{id}.{extension}"))
}

#[test]
fn every_bundled_straw_poll_is_pinned() {
    assert!(!unsc::bundled::STRAW_POLLS.is_empty());
    let assert = snapbox::Assert::new().action_env("SNAPSHOTS");
    for bundled in unsc::bundled::STRAW_POLLS {
        let poll = unsc::scenario::load_straw_poll(bundled.file_name, bundled.text).expect("loads");
        assert_eq!(poll.meta.id, bundled.stem());
        let reading = read_straw_poll(&poll);
        for (format, extension) in [
            (Format::Text, "txt"),
            (Format::Json, "json"),
            (Format::Markdown, "md"),
        ] {
            assert.eq(
                render(&reading, format).expect("text, JSON and Markdown"),
                Data::read_from(&golden(bundled.stem(), extension), None),
            );
        }
    }
}

#[test]
fn the_sixth_poll_of_2016_reads_guterres_viable_and_georgieva_likely_vetoed() {
    let bundled = unsc::bundled::find(ID).expect("bundled");
    let poll = unsc::scenario::load_straw_poll(bundled.file_name, bundled.text).expect("loads");
    let reading = read_straw_poll(&poll);
    let prospects: Vec<Prospect> = reading.candidates.iter().map(|r| r.prospect).collect();
    assert_eq!(prospects, [Prospect::Viable, Prospect::LikelyVeto]);
    let text = render(&reading, Format::Text).expect("text");
    assert!(text.contains("NOT A VOTE"), "{text}");
    assert!(text.contains("Art. 97"), "{text}");
}

#[test]
fn rules_md_has_a_heading_and_the_citation_for_every_straw_poll_rule() {
    let doc = std::fs::read_to_string("docs/rules.md").expect("docs/rules.md");
    for rule in StrawPollRule::ALL {
        let heading = format!("## `{}`\n\nCitation: {}\n", rule.code(), rule.citation());
        assert!(doc.contains(&heading), "docs/rules.md lacks {heading}");
    }
}

#[test]
fn run_check_and_show_read_a_straw_poll() {
    unsc()
        .args(["check", "scenarios/straw-polls"])
        .assert()
        .success();
    for format in ["text", "json", "markdown"] {
        unsc()
            .args(["run", ID, "--format", format])
            .assert()
            .success();
    }
    unsc().args(["show", ID]).assert().success();
}

#[test]
fn every_other_command_refuses_a_straw_poll_with_exit_code_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("report.html");
    let report = report.to_str().expect("UTF-8");
    let commands: [&[&str]; 7] = [
        &["whatif", ID, "--set", "USA=no"],
        &["simulate", ID],
        &["compromise", ID],
        &["exercise", ID],
        &["worksheet", ID],
        &["report", ID, "--output", report],
        &["power", ID],
    ];
    for args in commands {
        let stderr = stderr_of(args, 1);
        assert!(
            stderr.contains("straw-poll-not-a-vote"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn the_straw_poll_schema_accepts_the_bundled_round() {
    let schema: serde_json::Value =
        serde_json::from_str(&unsc::scenario::straw_poll_json_schema()).expect("JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    for bundled in unsc::bundled::STRAW_POLLS {
        let document: serde_json::Value =
            serde_json::to_value(toml::from_str::<toml::Value>(bundled.text).expect("TOML"))
                .expect("JSON");
        let mut document = document;
        document["date"] = serde_json::Value::String(
            toml::from_str::<toml::Value>(bundled.text).expect("TOML")["date"].to_string(),
        );
        let errors: Vec<String> = validator
            .iter_errors(&document)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", bundled.file_name);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// Straw polls cut or spliced anywhere load or report problems; they never panic, and
    /// whatever loads is read and renders.
    #[test]
    fn mutated_straw_polls_never_panic(
        cut in proptest::prelude::any::<proptest::sample::Index>(),
        insert in "\\PC{0,12}",
    ) {
        for bundled in unsc::bundled::STRAW_POLLS {
            let original = bundled.text;
            let mut text = original.to_owned();
            let mut at = cut.index(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            text.insert_str(at, &insert);
            let truncated = &original[..original.floor_char_boundary(cut.index(original.len() + 1))];
            for candidate in [text.as_str(), truncated] {
                if let Ok(unsc::scenario::Document::StrawPoll(poll)) =
                    unsc::scenario::load_document("fuzz.toml", candidate)
                {
                    let reading = read_straw_poll(&poll);
                    for format in [Format::Text, Format::Json, Format::Markdown, Format::Html] {
                        let _ = render(&reading, format);
                    }
                }
            }
        }
    }
}
