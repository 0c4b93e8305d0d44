//! Every bundled scenario's explanation, pinned as golden files: the text a reader sees and
//! the JSON a program reads. A change of wording or of a ruling shows up here as a diff.
//! Bless deliberate changes with `SNAPSHOTS=overwrite cargo test --locked` and read the diff.

use unsc::render::Format;

use crate::support::assert_pinned;

#[test]
fn every_bundled_scenario_has_its_text_and_json_pinned() {
    for bundled in unsc::bundled::ALL {
        let scenario = unsc::scenario::load(bundled.file_name, bundled.text).expect("loads");
        let analysis = unsc::engine::analyse(&scenario);
        assert_pinned(
            &analysis,
            "scenarios",
            bundled.stem(),
            &[Format::Text, Format::Json],
        );
    }
}

#[test]
fn every_bundled_meeting_has_its_text_json_and_markdown_pinned() {
    for bundled in unsc::bundled::MEETINGS {
        let loaded = unsc::scenario::load_document(bundled.file_name, bundled.text).expect("loads");
        let unsc::scenario::Document::Meeting(meeting) = loaded else {
            panic!("{} is not a meeting", bundled.file_name);
        };
        let steps = unsc::engine::resolve_meeting(&meeting);
        assert_pinned(
            &unsc::render::MeetingReport::new(&meeting, &steps),
            "scenarios",
            bundled.stem(),
            &[Format::Text, Format::Json, Format::Markdown],
        );
        for step in &steps {
            let analysis = unsc::engine::analyse(&step.scenario);
            let record = analysis
                .record
                .expect("every bundled meeting vote has a record");
            assert!(
                record.matches(),
                "{}: {}",
                bundled.stem(),
                meeting.votes[step.vote].id
            );
        }
    }
}

/// `unsc run ID --format html` for every bundled meeting, election round and straw poll: one
/// self-contained page, titled once, its tables with column headers, the Markdown's headings
/// in the same order.
#[test]
fn every_bundled_meeting_election_and_straw_poll_is_a_self_contained_page() {
    let bundled = (unsc::bundled::MEETINGS.iter())
        .chain(unsc::bundled::ELECTIONS)
        .chain(unsc::bundled::STRAW_POLLS);
    for b in bundled {
        let id = b.stem();
        let html = crate::support::stdout(&["run", id, "--format", "html"]);
        let markdown = crate::support::stdout(&["run", id, "--format", "markdown"]);
        assert!(
            html.starts_with("<!DOCTYPE html><html lang=\"en\">"),
            "{id}"
        );
        assert_eq!(html.matches("<h1>").count(), 1, "{id}");
        assert_eq!(
            html.matches("<table>").count(),
            html.matches("<thead><tr><th scope=\"col\">").count(),
            "{id}: every table has a header row"
        );
        assert_eq!(
            html.matches("<table>").count(),
            markdown.lines().filter(|l| l.starts_with("| ---")).count(),
            "{id}: the tables of the Markdown"
        );
        for asset in ["<script", "<link", "src=", "http-equiv", "@import"] {
            assert!(!html.contains(asset), "{id}: {asset}");
        }
        let headings = |text: &str, open: &str, close: &str| -> Vec<String> {
            text.split(open)
                .skip(1)
                .filter_map(|rest| rest.split_once(close).map(|(h, _)| h.to_owned()))
                .collect()
        };
        let level2 = headings(&html, "<h2>", "</h2>");
        let markdown_level2: Vec<String> = markdown
            .lines()
            .filter_map(|l| l.strip_prefix("## "))
            .map(|h| h.replace('&', "&amp;").replace('"', "&quot;"))
            .collect();
        assert!(!level2.is_empty(), "{id}");
        assert_eq!(level2, markdown_level2, "{id}");
    }
}
