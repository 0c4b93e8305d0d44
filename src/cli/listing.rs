//! What `unsc check --format json` prints (`docs/json.md`).

use miette::Report;
use serde::Serialize;
use unsc::scenario::{Document, Problem, ScenarioError};

use super::Input;

/// The version of the `check` JSON contract.
const SCHEMA_VERSION: u32 = 1;

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
