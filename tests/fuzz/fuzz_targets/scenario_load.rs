//! Any bytes given to the scenario loader: it may reject them, never panic or hang. A document
//! it loads (a vote, a meeting, an ICJ election round or a straw poll) is run through its
//! engine and rendered in every format, as `unsc run` does; each `[[variant]]` of a vote is
//! asked as `unsc whatif --variant` asks it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use strum::IntoEnumIterator;
use unsc::engine;
use unsc::model::Scenario;
use unsc::render::{Format, MeetingReport, Report, WhatIfReport, render};
use unsc::scenario::{Document, WhatIfRequest, load_document};
use unsc::sim;

/// Renders `subject` in every format; a format it lacks is refused, which is no failure.
fn render_all(subject: &impl Report) {
    for format in Format::iter() {
        let _ = render(subject, format);
    }
}

/// Asks each of the scenario's variants as a what-if, and renders the report.
fn what_ifs(scenario: &Scenario) {
    for variant in &scenario.variants {
        let request = WhatIfRequest {
            variant: Some(variant.name.clone()),
            ..WhatIfRequest::default()
        };
        if let Ok(run) = sim::what_if(scenario, &request) {
            render_all(&WhatIfReport::new(&run));
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match load_document("fuzz.toml", text) {
        Err(_) => {}
        Ok(Document::Vote(scenario)) => {
            render_all(&engine::analyse(&scenario));
            what_ifs(&scenario);
        }
        Ok(Document::Meeting(meeting)) => {
            let steps = engine::resolve_meeting(&meeting);
            render_all(&MeetingReport::new(&meeting, &steps));
        }
        Ok(Document::Election(election)) => render_all(&engine::resolve_election(&election)),
        Ok(Document::StrawPoll(poll)) => render_all(&engine::read_straw_poll(&poll)),
    }
});
