//! Renderers: the only place with English sentences. Text, JSON and Markdown over one
//! [`Analysis`].

mod json;
mod markdown;
mod prose;
mod text;

use crate::engine::Analysis;

pub use json::{JSON_SCHEMA_VERSION, to_json};

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

/// Renders an analysis in `format`.
#[must_use]
pub fn render(analysis: &Analysis<'_>, format: Format) -> String {
    match format {
        Format::Text => text::render(analysis),
        Format::Json => to_json(analysis),
        Format::Markdown => markdown::render(analysis),
    }
}
