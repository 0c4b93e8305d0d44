//! Any bytes given as the weights file of `unsc power --weights`: they may be rejected, never
//! panic or hang. Players that read are measured as `unsc power` measures them by default
//! (every index it can afford), under a quota of a simple majority of their weight, and the
//! indices rendered in every format.
#![no_main]

use libfuzzer_sys::fuzz_target;
use strum::IntoEnumIterator;
use unsc::input::read_weights;
use unsc::power::{GameSpec, IndexSet, Measures, measure};
use unsc::render::{self, Format, PowerReport};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(players) = read_weights("weights.csv", text) else {
        return;
    };
    let total = players
        .iter()
        .fold(0u64, |sum, p| sum.saturating_add(p.weight));
    let spec = GameSpec::Weights {
        name: "weights.csv".to_owned(),
        players,
        quota: total / 2 + 1,
    };
    // One measure for every format: a format shows what it is given (`--index` asks for any).
    let Ok(measured) = measure(spec, Measures::Affordable(IndexSet::all())) else {
        return;
    };
    let title = render::game_title(&measured.subject);
    let report = PowerReport {
        title: &title,
        indices: &measured.indices,
    };
    for format in Format::iter() {
        let _ = render::render(&report, format);
    }
});
