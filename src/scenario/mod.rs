//! Reading and writing scenario files: the only code that knows TOML.
//!
//! Two stages. First a serde mirror of the file (spans kept with `toml::Spanned`), after a
//! walk of the parsed file has collected every unknown and every missing key (`keys`). Then
//! validation into
//! [`crate::model::Scenario`], which gathers every problem and reports them together, each
//! pointing at its line. No file I/O here: callers hand in the text.

mod election;
mod keys;
mod problem;
mod raw;
mod straw_poll;
pub mod templates;
mod validate;
mod whatif;
mod write;

use std::ops::Range;

use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use toml::de::DeTable;

pub use election::{election_json_schema, load_election};
pub use problem::{Problem, ProblemCode, ScenarioError};
pub use straw_poll::{load_straw_poll, straw_poll_json_schema};
pub use whatif::{WhatIf, WhatIfRequest, what_if};
pub use write::{Outline, RecordOutline, write};

pub use crate::model::Document;
use crate::model::{Meeting, Scenario};
use keys::Keys;
use raw::RawScenario;

/// The largest scenario file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// The JSON Schema of the scenario format, for editors' TOML language servers. Generated
/// from the same types the loader reads, so it cannot drift from the format.
#[must_use]
pub fn json_schema() -> String {
    schema_of::<RawScenario>(
        "unsc scenario (format 1)",
        "A UN Security Council vote for unsc: see docs/scenario-format.md. `unsc check` reports what a schema cannot (unknown members, sources, the record).",
    )
}

/// The JSON Schema of the mirror `R`, with its title and description, pretty-printed.
fn schema_of<R: JsonSchema>(title: &str, description: &str) -> String {
    let mut schema = schemars::schema_for!(R);
    schema.insert("title".to_owned(), title.into());
    schema.insert("description".to_owned(), description.into());
    let mut json = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    json.push('\n');
    json
}

/// What validation of a vote file gives: one vote, or a meeting of several.
pub(crate) enum Loaded {
    /// A single vote.
    Vote(Box<Scenario>),
    /// A meeting of several votes.
    Meeting(Box<Meeting>),
}

/// Parses and validates a scenario file of any kind: a vote ([`load`]), a meeting of several
/// votes, an ICJ election ([`load_election`]) or a straw poll ([`load_straw_poll`]). `file_name` is only used in messages.
///
/// # Errors
/// Every problem found in the file, with spans into `text`.
pub fn load_document(file_name: &str, text: &str) -> Result<Document, ScenarioError> {
    let parsed = (text.len() <= MAX_FILE_BYTES)
        .then(|| DeTable::parse_recoverable(text))
        .and_then(|(table, errors)| errors.is_empty().then_some(table));
    let is = |kind: fn(&DeTable<'_>) -> bool| parsed.as_ref().is_some_and(|t| kind(t.get_ref()));
    if is(straw_poll::is_straw_poll) {
        load_straw_poll(file_name, text).map(|p| Document::StrawPoll(Box::new(p)))
    } else if is(election::is_election) {
        load_election(file_name, text).map(|e| Document::Election(Box::new(e)))
    } else {
        load_any(file_name, text).map(|loaded| match loaded {
            Loaded::Vote(scenario) => Document::Vote(scenario),
            Loaded::Meeting(meeting) => Document::Meeting(meeting),
        })
    }
}

/// Parses and validates a single-vote scenario. A meeting is refused with
/// [`ProblemCode::MeetingNotSupported`]: use [`load_document`] where a meeting is handled.
///
/// # Errors
/// Every problem found in the file, with spans into `text`.
pub fn load(file_name: &str, text: &str) -> Result<Scenario, ScenarioError> {
    match load_any(file_name, text)? {
        Loaded::Vote(scenario) => Ok(*scenario),
        Loaded::Meeting(meeting) => Err(ScenarioError::new(
            file_name,
            text,
            vec![meeting_refused(&meeting, text)],
        )),
    }
}

/// The problem for a meeting given where one vote is expected, pointing at its first vote.
fn meeting_refused(meeting: &Meeting, text: &str) -> Problem {
    let ids: Vec<&str> = meeting.votes.iter().map(|v| v.id.as_str()).collect();
    let span = text
        .find("[[vote]]")
        .map(|start| start..start + "[[vote]]".len());
    Problem::new(
        ProblemCode::MeetingNotSupported,
        span,
        format!(
            "this file is a meeting of {} votes ({}); this command takes a single vote",
            ids.len(),
            ids.join(", ")
        ),
    )
    .label("the meeting's first vote")
    .help("`unsc run` and `unsc check` read a meeting; `unsc whatif FILE --vote ID` asks a what-if of one of its votes")
}

/// The file's TOML, or what stops it being read: more than [`MAX_FILE_BYTES`], or bad syntax
/// (every error found).
fn parse_table(text: &str) -> Result<toml::Spanned<DeTable<'_>>, Vec<Problem>> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![Problem::new(
            ProblemCode::FileTooLarge,
            None,
            format!(
                "the file is {} bytes; scenarios may be at most {MAX_FILE_BYTES} bytes",
                text.len()
            ),
        )]);
    }
    let (table, syntax_errors) = DeTable::parse_recoverable(text);
    if syntax_errors.is_empty() {
        Ok(table)
    } else {
        Err(syntax_errors
            .iter()
            .map(|e| toml_problem(ProblemCode::TomlSyntax, e, text))
            .collect())
    }
}

/// Parses and validates a vote file: one vote or a meeting.
fn load_any(file_name: &str, text: &str) -> Result<Loaded, ScenarioError> {
    let fail = |problems| Err(ScenarioError::new(file_name, text, problems));
    let table = match parse_table(text) {
        Ok(table) => table,
        Err(problems) => return fail(problems),
    };
    if straw_poll::is_straw_poll(table.get_ref()) {
        return fail(vec![straw_poll::refused()]);
    }
    if election::is_election(table.get_ref()) {
        return fail(vec![
            Problem::new(
                ProblemCode::ElectionNotAVote,
                None,
                "this file is an ICJ election, not a vote on a draft",
            )
            .help("an election is read by `run`, `check`, `show` and `power`; what-ifs, simulations, compromises, exercises, worksheets, reports and the classroom read votes on a draft"),
        ]);
    }
    read(text, table, Vec::new(), validate::validate)
        .map_err(|problems| ScenarioError::new(file_name, text, problems))
}

/// Reads a parsed file into its serde mirror `R` and validates it with `validate`. Every
/// unknown and missing key is found first (serde would stop at the first), then the value
/// serde refuses, then what validation finds: all of them returned together, after
/// `problems` found before.
fn read<R, T>(
    text: &str,
    table: toml::Spanned<DeTable<'_>>,
    mut problems: Vec<Problem>,
    validate: impl FnOnce(&R) -> Result<T, Vec<Problem>>,
) -> Result<T, Vec<Problem>>
where
    R: DeserializeOwned + JsonSchema,
{
    problems.extend(Keys::of::<R>().problems(table.get_ref()));
    let missing_any = problems.iter().any(|p| p.code == ProblemCode::MissingKey);
    let deserializer = toml::de::Deserializer::from(table);
    match R::deserialize(deserializer) {
        // Serde stops at the first missing key; every one is reported above.
        Err(error) if missing_any && error.message().starts_with("missing field") => Err(problems),
        Err(error) => {
            problems.push(toml_problem(ProblemCode::InvalidValue, &error, text));
            Err(problems)
        }
        Ok(_) if missing_any => Err(problems),
        Ok(raw) => match validate(&raw) {
            Ok(valid) if problems.is_empty() => Ok(valid),
            Ok(_) => Err(problems),
            Err(more) => {
                problems.extend(more);
                Err(problems)
            }
        },
    }
}

fn toml_problem(code: ProblemCode, error: &toml::de::Error, text: &str) -> Problem {
    let message = error.message().trim_end().to_owned();
    let span = error.span().map(|s| clamp(s, text.len()));
    Problem::new(code, span, message)
}

fn clamp(span: Range<usize>, len: usize) -> Range<usize> {
    let start = span.start.min(len);
    start..span.end.clamp(start, len)
}
