//! Renderers: the only place with English sentences. Every result the library computes is a
//! subject implementing [`Report`] once, in a file of its own; [`render`] writes it in the
//! [`Format`] asked for. Prose formats come from one [`Document`] model; JSON from serde DTOs
//! (`docs/json.md`).

mod analysis;
mod assessment;
mod catalogue;
mod check;
mod compromise;
mod document;
mod election;
mod exercise;
mod game_title;
pub mod interview;
mod json;
mod labels;
mod meeting;
mod meeting_whatif;
mod power;
mod prose;
mod record;
mod reform;
mod replay;
mod report;
mod resolved;
mod roster;
mod simulation;
mod straw_poll;
mod text;
mod whatif;
mod worksheet;

use serde::Serialize;

pub use analysis::Explained;
pub use assessment::WhatIfReport;
pub use catalogue::{CatalogueTags, nothing_listed};
pub use check::{CheckedFile, FileCheck};
pub use compromise::CompromiseSearch;
pub use document::Document;
pub use exercise::{Briefing, Feedback};
pub use game_title::game_title;
pub use json::JSON_SCHEMA_VERSION;
pub use labels::page_labels;
pub use meeting::MeetingReport;
pub use meeting_whatif::MeetingWhatIf;
pub use power::{PowerReport, TERNARY_SOURCE, shown_indices};
pub use record::ListedRow;
pub use replay::{ScenarioReplay, UndlReplay};
pub use report::{ClassReport, Seats, horseshoe_svg};
pub use simulation::SimulationReport;
pub use worksheet::{AnswerKey, Worksheet};

/// An output format.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    strum::IntoStaticStr,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
)]
#[strum(serialize_all = "kebab-case")]
#[non_exhaustive]
pub enum Format {
    /// Plain text for a terminal.
    Text,
    /// The JSON contract documented in `docs/json.md`.
    Json,
    /// Markdown, for notes and handouts.
    Markdown,
    /// A self-contained HTML page.
    Html,
    /// Comma-separated values, for spreadsheets.
    Csv,
}

/// A result that can be rendered. Each subject implements it once; [`render`] chooses the
/// format, so a new format touches this file and the backends, and a new subject one file.
/// A subject written as a [`Document`] gets text, Markdown and HTML from it; every form is
/// optional, and [`render`] answers [`Unsupported`] for one the subject lacks.
pub trait Report {
    /// The JSON form: a serde DTO, documented field by field (`docs/json.md`); `None` for a
    /// subject without one.
    fn json(&self) -> Option<impl Serialize> {
        None::<()>
    }

    /// Plain text for a terminal: the document's, unless the subject writes its own.
    fn text(&self) -> Option<String> {
        self.document().map(|d| d.text())
    }

    /// The report as a document, written as text, Markdown and HTML; `None` if the subject
    /// has no document.
    fn document(&self) -> Option<Document> {
        None
    }

    /// Markdown: the document's, unless the subject writes its own.
    fn markdown(&self) -> Option<String> {
        self.document().map(|d| d.markdown())
    }

    /// A page of its own, where the subject has one richer than its document.
    fn html(&self) -> Option<String> {
        self.document().map(|d| d.html())
    }

    /// The subject as a table of comma-separated values, if it is tabular.
    fn csv(&self) -> Option<String> {
        None
    }
}

/// A format the subject has no form for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, miette::Diagnostic)]
#[error("this report has no {format} form")]
pub struct Unsupported {
    /// The format asked for.
    pub format: Format,
}

/// Renders `subject` in `format`.
///
/// # Errors
/// [`Unsupported`] if the subject has no form in that format.
pub fn render(subject: &(impl Report + ?Sized), format: Format) -> Result<String, Unsupported> {
    match format {
        Format::Text => subject.text(),
        Format::Json => to_json(subject).ok(),
        Format::Markdown => subject.markdown(),
        Format::Html => subject.html(),
        Format::Csv => subject.csv(),
    }
    .ok_or(Unsupported { format })
}

/// The JSON form of `subject`.
///
/// # Errors
/// [`Unsupported`] if the subject has no JSON form.
pub fn to_json(subject: &(impl Report + ?Sized)) -> Result<String, Unsupported> {
    subject
        .json()
        .map(|dto| json::pretty(&dto))
        .ok_or(Unsupported {
            format: Format::Json,
        })
}

/// Runs a writer that targets a `String`, which cannot fail.
fn collect(write: impl FnOnce(&mut String) -> std::fmt::Result) -> String {
    let mut out = String::new();
    write(&mut out).expect("writing to a String cannot fail");
    out
}

#[cfg(test)]
pub(crate) mod fixture {
    //! A small scenario for the subjects' unit tests.

    use crate::model::Scenario;

    /// A hypothetical 2026 vote: Russia against because of the sanctions, China abstaining, the
    /// rest in favour.
    const TOML: &str = r#"
format = 1
id = "test-veto"
title = "A test veto"
date = 2026-03-15
status = "hypothetical"
summary = "For the render tests."
council = 2026

[rules]
preset = "charter"
question = "substantive"

[draft]
title = "A draft"
penholders = ["FRA"]

[[draft.provisions]]
id = "mandate"
text = "Renew the mandate"

[[draft.provisions]]
id = "sanctions"
text = "Impose sanctions"

[stances]
default = { vote = "yes" }

[stances.RUS]
vote = "yes"
with = { sanctions = "no" }
reason = "Sanctions do not help."

[stances.CHN]
vote = "abstain"
"#;

    /// The scenario.
    pub(crate) fn scenario() -> Scenario {
        crate::scenario::load("test-veto.toml", TOML).expect("the fixture loads")
    }

    /// A hypothetical preliminary question: the President rules the draft procedural and no
    /// member challenges the ruling (rule 30); a variant has it challenged.
    const RULING: &str = r#"
format = 1
id = "test-ruling"
title = "A test ruling"
date = 2026-03-15
status = "hypothetical"
summary = "For the render tests."
council = 2026

[rules]
question = "preliminary"
ruling = "procedural"
challenged = false

[draft]
title = "Whether the draft is procedural"

[stances]
default = { vote = "yes" }
RUS = { vote = "no" }

[[variant]]
name = "challenged"
description = "the Russian Federation challenges the ruling"
rules = { challenged = true, challenge_vote = "ruling" }
"#;

    /// The preliminary question settled by an unchallenged ruling.
    pub(crate) fn ruling() -> Scenario {
        crate::scenario::load("test-ruling.toml", RULING).expect("the fixture loads")
    }
}
