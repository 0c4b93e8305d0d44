//! Any bytes given to the Digital Library CSV reader: it may reject them, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(votes) = unsc::history::read_votes("fuzz.csv", data) else {
        return;
    };
    for vote in &votes {
        let replay = unsc::history::replay(vote);
        let Ok(file) = unsc::history::scenario_file(vote, &replay) else {
            continue;
        };
        // A vote of the Council's real size imports as a valid scenario.
        if vote.council.len() == replay.rules.preset.council_size() {
            if let Err(error) = unsc::scenario::load(&file.file_name, &file.text) {
                panic!("{error:?}\n{}", file.text);
            }
        }
    }
});
