//! Any bytes given to the scenario loader: it may reject them, never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(scenario) = unsc::scenario::load("fuzz.toml", text) {
            // A valid scenario must also resolve and render.
            let analysis = unsc::engine::analyse(&scenario);
            let _ = unsc::render::render(&analysis, unsc::render::Format::Json);
        }
    }
});
