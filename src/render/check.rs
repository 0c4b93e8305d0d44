//! `unsc check`: the files checked, each valid, invalid with its problems, or unreadable. The
//! problems themselves go to standard error through miette, at the edge; this subject writes
//! the `ok:` lines, the summary and the JSON contract.

use std::fmt::Write as _;

use serde::Serialize;

use crate::render::{Report, collect};
use crate::scenario::{Problem, ScenarioError};

/// The version of the `unsc check --format json` contract.
const CHECK_SCHEMA_VERSION: u32 = 1;

/// One file checked.
#[derive(Debug)]
pub struct CheckedFile {
    /// The argument, or the file found in a folder.
    pub file: String,
    /// What reading and validating it gave.
    pub result: FileCheck,
}

/// What checking one file gave.
#[derive(Debug)]
pub enum FileCheck {
    /// The file could not be read at all, and why.
    Unreadable(String),
    /// A valid scenario of any kind.
    Valid {
        /// The name the file was read under (a bundled id's `scenarios/ID.toml`).
        name: String,
        /// The scenario's id.
        id: String,
    },
    /// An invalid scenario, with its text (for lines and columns) and every problem.
    Invalid {
        /// The file's text.
        text: String,
        /// Every problem found.
        error: Box<ScenarioError>,
    },
}

impl CheckedFile {
    /// Whether the file is a valid scenario.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        matches!(self.result, FileCheck::Valid { .. })
    }
}

/// The files checked: an `ok:` line per valid file and a summary; as JSON, every file with
/// its problems.
impl Report for [CheckedFile] {
    fn json(&self) -> Option<impl Serialize> {
        Some(CheckJson {
            schema_version: CHECK_SCHEMA_VERSION,
            checked: self.len(),
            invalid: invalid(self),
            files: self.iter().map(CheckedJson::new).collect(),
        })
    }

    fn text(&self) -> Option<String> {
        Some(collect(|out| {
            for file in self {
                if let FileCheck::Valid { name, id } = &file.result {
                    writeln!(out, "ok: {name} ({id})")?;
                }
            }
            writeln!(
                out,
                "{} file{} checked, {} invalid",
                self.len(),
                if self.len() == 1 { "" } else { "s" },
                invalid(self)
            )
        }))
    }
}

fn invalid(files: &[CheckedFile]) -> usize {
    files.iter().filter(|f| !f.is_valid()).count()
}

/// `unsc check --format json` (docs/json.md).
#[derive(Serialize)]
struct CheckJson<'a> {
    /// [`CHECK_SCHEMA_VERSION`].
    schema_version: u32,
    /// Files checked.
    checked: usize,
    /// Files invalid or unreadable.
    invalid: usize,
    /// In the order checked.
    files: Vec<CheckedJson<'a>>,
}

/// One checked file.
#[derive(Serialize)]
struct CheckedJson<'a> {
    /// The argument, or the file found in a folder.
    file: &'a str,
    /// Whether the scenario is valid.
    valid: bool,
    /// The scenario's id, when it is valid.
    id: Option<&'a str>,
    /// Why the file could not be read at all, if it could not.
    error: Option<&'a str>,
    /// Every problem found.
    problems: Vec<ProblemJson<'a>>,
}

impl<'a> CheckedJson<'a> {
    fn new(checked: &'a CheckedFile) -> Self {
        let mut json = Self {
            file: &checked.file,
            valid: checked.is_valid(),
            id: None,
            error: None,
            problems: Vec::new(),
        };
        match &checked.result {
            FileCheck::Unreadable(why) => json.error = Some(why),
            FileCheck::Valid { id, .. } => json.id = Some(id),
            FileCheck::Invalid { text, error } => {
                json.problems = (error.problems().iter())
                    .map(|p| ProblemJson::new(p, text))
                    .collect();
            }
        }
        json
    }
}

/// A problem with its place in the file.
#[derive(Serialize)]
struct ProblemJson<'a> {
    /// The stable kebab-case code (`docs/scenario-format.md`).
    code: &'static str,
    /// What is wrong.
    message: &'a str,
    /// 1-based line of the problem, when it has a place.
    line: Option<usize>,
    /// 1-based column of the problem, in characters, when it has a place.
    column: Option<usize>,
    /// How to fix it, if known.
    help: Option<&'a str>,
}

impl<'a> ProblemJson<'a> {
    fn new(problem: &'a Problem, text: &str) -> Self {
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
            message: &problem.message,
            line: place.map(|(line, _)| line),
            column: place.map(|(_, column)| column),
            help: problem.help.as_deref(),
        }
    }
}

#[cfg(test)]
mod tests {
    use snapbox::{assert_data_eq, str};

    use super::{CheckedFile, FileCheck};
    use crate::render::{Format, render};

    fn files() -> Vec<CheckedFile> {
        let text = "format = 1\nid = \"x\"\n";
        let error = crate::scenario::load_document("bad.toml", text).expect_err("incomplete");
        vec![
            CheckedFile {
                file: "good.toml".to_owned(),
                result: FileCheck::Valid {
                    name: "good.toml".to_owned(),
                    id: "good".to_owned(),
                },
            },
            CheckedFile {
                file: "bad.toml".to_owned(),
                result: FileCheck::Invalid {
                    text: text.to_owned(),
                    error: Box::new(error),
                },
            },
            CheckedFile {
                file: "gone.toml".to_owned(),
                result: FileCheck::Unreadable("cannot read gone.toml".to_owned()),
            },
        ]
    }

    #[test]
    fn text_lists_the_valid_files_and_counts() {
        assert_data_eq!(
            render(files().as_slice(), Format::Text).unwrap(),
            str![[r"
ok: good.toml (good)
3 files checked, 2 invalid

"]]
        );
    }

    #[test]
    fn json_has_every_file_and_problem() {
        assert_data_eq!(
            render(files().as_slice(), Format::Json).unwrap(),
            str![[r#"
{
  "schema_version": 1,
  "checked": 3,
  "invalid": 2,
  "files": [
    {
      "file": "good.toml",
      "valid": true,
      "id": "good",
      "error": null,
      "problems": []
    },
    {
      "file": "bad.toml",
      "valid": false,
      "id": null,
      "error": null,
      "problems": [
        {
          "code": "missing-key",
          "message": "the required key `title` is missing",
          "line": 1,
          "column": 1,
          "help": "see docs/scenario-format.md for what each key holds"
        },
        {
          "code": "missing-key",
          "message": "the required key `date` is missing",
          "line": 1,
          "column": 1,
          "help": "see docs/scenario-format.md for what each key holds"
        },
        {
          "code": "missing-key",
          "message": "the required key `status` is missing",
          "line": 1,
          "column": 1,
          "help": "see docs/scenario-format.md for what each key holds"
        },
        {
          "code": "missing-key",
          "message": "the required key `draft` is missing",
          "line": 1,
          "column": 1,
          "help": "see docs/scenario-format.md for what each key holds"
        },
        {
          "code": "missing-key",
          "message": "the required key `stances` is missing",
          "line": 1,
          "column": 1,
          "help": "see docs/scenario-format.md for what each key holds"
        }
      ]
    },
    {
      "file": "gone.toml",
      "valid": false,
      "id": null,
      "error": "cannot read gone.toml",
      "problems": []
    }
  ]
}

"#]]
        );
    }
}
