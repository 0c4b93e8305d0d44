//! What `unsc list` and `unsc check` print besides their text lines: the tags with their
//! counts, and the JSON contracts (`docs/json.md`).

use std::collections::BTreeMap;
use std::fmt::Write;

use miette::Report;
use serde::Serialize;
use unsc::model::Scenario;
use unsc::scenario::{Document, Problem, ScenarioError};

use super::Input;

/// The version of the `list` and `check` JSON contracts.
const SCHEMA_VERSION: u32 = 1;

/// A bundled scenario as `unsc list --format json` shows it.
#[derive(Serialize)]
pub(crate) struct Listed {
    /// The scenario's id, which every command takes in place of a file.
    id: String,
    /// The date of the vote, `YYYY-MM-DD`.
    date: String,
    /// The outcome the engine computes: adopted, vetoed, failed or blocked.
    outcome: &'static str,
    /// The one-line title.
    title: String,
    /// The scenario's tags.
    tags: Vec<String>,
}

impl Listed {
    pub(crate) fn new(scenario: &Scenario, outcome: &'static str) -> Self {
        Self {
            id: scenario.meta.id.clone(),
            date: scenario.meta.date.to_string(),
            outcome,
            title: scenario.meta.title.clone(),
            tags: scenario.meta.tags.clone(),
        }
    }
}

/// `unsc list --format json`.
pub(crate) fn list_json(scenarios: Vec<Listed>) -> String {
    #[derive(Serialize)]
    struct List {
        schema_version: u32,
        scenarios: Vec<Listed>,
    }
    json(&List {
        schema_version: SCHEMA_VERSION,
        scenarios,
    })
}

/// Each tag of `scenarios` with how many carry it, in name order.
fn tag_counts(scenarios: &[Listed]) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for tag in scenarios.iter().flat_map(|s| &s.tags) {
        *counts.entry(tag.as_str()).or_insert(0) += 1;
    }
    counts
}

/// `unsc list --tags`: one tag a line, with its count.
pub(crate) fn tags_text(scenarios: &[Listed]) -> String {
    let counts = tag_counts(scenarios);
    let width = counts.keys().map(|t| t.chars().count()).max().unwrap_or(0);
    let mut text = String::new();
    for (tag, count) in counts {
        // Writing to a String cannot fail.
        let _ = writeln!(text, "{tag:<width$}  {count}");
    }
    text
}

/// `unsc list --tags --format json`.
pub(crate) fn tags_json(scenarios: &[Listed]) -> String {
    #[derive(Serialize)]
    struct Tag<'a> {
        tag: &'a str,
        count: usize,
    }
    #[derive(Serialize)]
    struct Tags<'a> {
        schema_version: u32,
        tags: Vec<Tag<'a>>,
    }
    json(&Tags {
        schema_version: SCHEMA_VERSION,
        tags: tag_counts(scenarios)
            .into_iter()
            .map(|(tag, count)| Tag { tag, count })
            .collect(),
    })
}

/// One checked file, as `unsc check --format json` shows it.
#[derive(Serialize)]
pub(crate) struct Checked {
    /// The argument, or the file found in a folder.
    file: String,
    /// Whether the scenario is valid.
    pub(crate) valid: bool,
    /// The scenario's id, when it is valid.
    id: Option<String>,
    /// Why the file could not be read at all, if it could not.
    error: Option<String>,
    /// Every problem found.
    problems: Vec<ProblemJson>,
}

/// A problem with its place in the file.
#[derive(Serialize)]
struct ProblemJson {
    /// The stable kebab-case code (`docs/scenario-format.md`).
    code: &'static str,
    /// What is wrong.
    message: String,
    /// 1-based line and column of the problem, when it has a place.
    line: Option<usize>,
    column: Option<usize>,
    /// How to fix it, if known.
    help: Option<String>,
}

impl Checked {
    pub(crate) fn new(
        file: String,
        result: Result<(Input, Result<Document, ScenarioError>), Report>,
    ) -> Self {
        match result {
            Err(report) => Self {
                file,
                valid: false,
                id: None,
                error: Some(report.to_string()),
                problems: Vec::new(),
            },
            Ok((_, Ok(document))) => Self {
                file,
                valid: true,
                id: Some(document.id().to_owned()),
                error: None,
                problems: Vec::new(),
            },
            Ok((input, Err(error))) => Self {
                file,
                valid: false,
                id: None,
                error: None,
                problems: error
                    .problems()
                    .iter()
                    .map(|p| ProblemJson::new(p, &input.text))
                    .collect(),
            },
        }
    }
}

impl ProblemJson {
    fn new(problem: &Problem, text: &str) -> Self {
        let place = problem.span.as_ref().map(|span| {
            let before = text.get(..span.start).unwrap_or(text);
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            (
                before.matches('\n').count() + 1,
                before[line_start..].chars().count() + 1,
            )
        });
        Self {
            code: problem.code.as_str(),
            message: problem.message.clone(),
            line: place.map(|(line, _)| line),
            column: place.map(|(_, column)| column),
            help: problem.help.clone(),
        }
    }
}

/// `unsc check --format json`.
pub(crate) fn check_json(files: Vec<Checked>) -> String {
    #[derive(Serialize)]
    struct Check {
        schema_version: u32,
        checked: usize,
        invalid: usize,
        files: Vec<Checked>,
    }
    json(&Check {
        schema_version: SCHEMA_VERSION,
        checked: files.len(),
        invalid: files.iter().filter(|f| !f.valid).count(),
        files,
    })
}

/// Pretty JSON and a newline.
fn json(value: &impl Serialize) -> String {
    // Serialising these plain structs cannot fail.
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}
