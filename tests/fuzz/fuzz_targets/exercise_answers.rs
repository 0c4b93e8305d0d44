//! Any bytes given as a student's answers to an exercise on a bundled scenario: they may be
//! rejected, never panic or hang. Answers that read are scored in every exercise of `unsc
//! exercise` and the feedback rendered in every format.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use strum::{IntoEnumIterator, VariantNames};
use unsc::model::Scenario;
use unsc::render::{Feedback, Format, render};
use unsc::teach::{self, Exercise};

/// A vetoed draft with provisions to drop (the compromise) and members to win (the penholder).
static SCENARIO: LazyLock<Scenario> = LazyLock::new(|| {
    let bundled = unsc::bundled::find("2023-08-30-mali-sanctions-france-uae").expect("bundled");
    unsc::scenario::load(bundled.file_name, bundled.text).expect("a bundled scenario loads")
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let scenario = &*SCENARIO;
    let Ok(answers) = teach::parse("answers", scenario, text) else {
        return;
    };
    for name in Exercise::VARIANTS {
        let exercise: Exercise = name.parse().expect("an exercise's own name");
        let Ok(scored) = teach::score(scenario, exercise, &answers) else {
            continue;
        };
        for format in Format::iter() {
            let _ = render(&Feedback(&scored), format);
        }
    }
});
