//! Renderers: the only place with English sentences. Text, JSON and Markdown over one
//! [`Analysis`].

mod compromise;
mod document;
mod election;
mod exercise;
mod game_title;
mod json;
mod markdown;
mod meeting;
mod power;
mod prose;
mod record;
mod reform;
mod replay;
mod report;
mod roster;
mod simulation;
mod text;
mod whatif;
mod worksheet;

use crate::engine::Analysis;

pub use compromise::{compromise_json, compromise_text};
pub use election::render_election;
pub use exercise::{
    Exercise, briefing, compromise_feedback, penholder_feedback, prediction_feedback,
};
pub use game_title::game_title;
pub use json::{JSON_SCHEMA_VERSION, to_json};
pub use meeting::render_meeting;
pub use power::{TERNARY_SOURCE, power_csv, power_json, power_markdown, power_text};
pub use record::{ListedRow, record_csv, record_html, record_json, record_markdown, record_text};
pub use reform::{outlook_json, outlook_text};
pub use replay::{
    ScenarioReplay, scenario_replay_json, scenario_replay_text, undl_replay_json, undl_replay_text,
    undl_summary_text,
};
pub use report::{Seats, horseshoe_svg, report_html};
pub use roster::{roster_csv, roster_json, roster_text};
pub use simulation::{simulation_json, simulation_text};
pub use whatif::{comparison_json, comparison_text};
pub use worksheet::{PrintFormat, answer_key, worksheet};

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text for a terminal.
    Text,
    /// The JSON contract documented in `docs/json.md`.
    Json,
    /// Markdown, for notes and handouts.
    Markdown,
}

/// Runs a writer that targets a `String`, which cannot fail.
fn collect(write: impl FnOnce(&mut String) -> std::fmt::Result) -> String {
    let mut out = String::new();
    write(&mut out).expect("writing to a String cannot fail");
    out
}

/// Renders an analysis in `format`.
#[must_use]
pub fn render(analysis: &Analysis<'_>, format: Format) -> String {
    match format {
        Format::Text => collect(|out| text::write_report(out, analysis)),
        Format::Json => to_json(analysis),
        Format::Markdown => collect(|out| markdown::write_report(out, analysis)),
    }
}
