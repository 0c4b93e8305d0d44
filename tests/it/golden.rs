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
            let rendered = unsc::render::render(&analysis, format);
            assert.eq(
                rendered,
                Data::read_from(&golden(bundled.stem(), extension), None),
            );
        }
    }
}
