//! Every bundled scenario's explanation, pinned as golden files: the text a reader sees and
//! the JSON a program reads. A change of wording or of a ruling shows up here as a diff.
//! Bless deliberate changes with `SNAPSHOTS=overwrite cargo test --locked` and read the diff.

use std::path::PathBuf;

use snapbox::Data;
use unsc::render::Format;

fn golden(id: &str, extension: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it/snapshots/scenarios")
        .join(format!("{id}.{extension}"))
}

#[test]
fn every_bundled_scenario_has_its_text_and_json_pinned() {
    let assert = snapbox::Assert::new().action_env("SNAPSHOTS");
    for bundled in unsc::bundled::ALL {
        let scenario = unsc::scenario::load(bundled.file_name, bundled.text).expect("loads");
        let analysis = unsc::engine::analyse(&scenario);
        for (format, extension) in [(Format::Text, "txt"), (Format::Json, "json")] {
            let rendered = unsc::render::render(&analysis, format).expect("text and JSON");
            assert.eq(
                rendered,
                Data::read_from(&golden(bundled.stem(), extension), None),
            );
        }
    }
}

#[test]
fn every_bundled_meeting_has_its_text_json_and_markdown_pinned() {
    let assert = snapbox::Assert::new().action_env("SNAPSHOTS");
    for bundled in unsc::bundled::MEETINGS {
        let loaded = unsc::scenario::load_document(bundled.file_name, bundled.text).expect("loads");
        let unsc::scenario::Document::Meeting(meeting) = loaded else {
            panic!("{} is not a meeting", bundled.file_name);
        };
        let steps = unsc::engine::resolve_meeting(&meeting);
        for (format, extension) in [
            (Format::Text, "txt"),
            (Format::Json, "json"),
            (Format::Markdown, "md"),
        ] {
            let rendered =
                unsc::render::render(&unsc::render::MeetingReport::new(&meeting, &steps), format)
                    .expect("text and JSON");
            assert.eq(
                rendered,
                Data::read_from(&golden(bundled.stem(), extension), None),
            );
        }
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
