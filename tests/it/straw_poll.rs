//! Straw polls end to end: the bundled round pinned, its rule codes documented, `run`, `check`
//! and `show` reading it, and every other command refusing it with exit code 1.

use unsc::engine::{Prospect, read_straw_poll};
use unsc::render::{Format, render};

use crate::support::{assert_pinned, mutations, stderr_of, unsc};

const ID: &str = "2016-10-05-sg-straw-poll-6";

#[test]
fn every_bundled_straw_poll_is_pinned() {
    assert!(!unsc::bundled::STRAW_POLLS.is_empty());
    for bundled in unsc::bundled::STRAW_POLLS {
        let poll = unsc::scenario::load_straw_poll(bundled.file_name, bundled.text).expect("loads");
        assert_eq!(poll.meta.id, bundled.stem());
        assert_pinned(
            &read_straw_poll(&poll),
            "straw-polls",
            bundled.stem(),
            &[Format::Text, Format::Json, Format::Markdown],
        );
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
fn the_straw_poll_template_reads_one_candidate_of_each_prospect() {
    let poll =
        unsc::scenario::load_straw_poll("straw_poll.toml", unsc::scenario::templates::STRAW_POLL)
            .expect("the template loads");
    assert_eq!(poll.meta.status, unsc::model::Status::Hypothetical);
    let prospects: Vec<Prospect> = read_straw_poll(&poll)
        .candidates
        .iter()
        .map(|r| r.prospect)
        .collect();
    assert_eq!(
        prospects,
        [
            Prospect::Viable,
            Prospect::LikelyVeto,
            Prospect::ShortOfNine
        ]
    );
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
            for candidate in mutations(bundled.text, cut, &insert) {
                if let Ok(unsc::scenario::Document::StrawPoll(poll)) =
                    unsc::scenario::load_document("fuzz.toml", &candidate)
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
