//! `unsc record` (the veto record) and `unsc roster YEAR` (a built-in Council).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use unsc::bundled;
use unsc::history::{self, RecordFilter, RecordOutcome};
use unsc::model::{MemberCode, roster};
use unsc::render::{self, Format, ListedRow};

use super::args::named;
use super::files::emit;
use super::output::diag;
use super::{Failure, print_problems, write_stdout};

/// Output formats of `unsc record`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum RecordFormat {
    Text,
    Json,
    Csv,
    Markdown,
}

impl From<RecordFormat> for Format {
    fn from(value: RecordFormat) -> Self {
        match value {
            RecordFormat::Text => Self::Text,
            RecordFormat::Json => Self::Json,
            RecordFormat::Csv => Self::Csv,
            RecordFormat::Markdown => Self::Markdown,
        }
    }
}

/// Output formats of `unsc roster`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum RosterFormat {
    Text,
    Json,
    Csv,
}

impl From<RosterFormat> for Format {
    fn from(value: RosterFormat) -> Self {
        match value {
            RosterFormat::Text => Self::Text,
            RosterFormat::Json => Self::Json,
            RosterFormat::Csv => Self::Csv,
        }
    }
}

/// Arguments of `unsc record`.
#[derive(Debug, Args)]
pub struct RecordArgs {
    /// Only vetoed, or only failed, drafts.
    #[arg(long, value_parser = named::<RecordOutcome>())]
    outcome: Option<RecordOutcome>,
    /// Only votes in or after this year.
    #[arg(long, value_name = "YEAR")]
    since: Option<i32>,
    /// Only votes in or before this year.
    #[arg(long, value_name = "YEAR")]
    until: Option<i32>,
    /// Only drafts this permanent member vetoed (the Soviet Union is SUN).
    #[arg(long, value_name = "CODE")]
    member: Option<String>,
    /// Only rows whose agenda, draft or note contains every word.
    #[arg(long, value_name = "WORDS", num_args = 1..)]
    search: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = RecordFormat::Text)]
    format: RecordFormat,
    /// Print the scenario file of the row with this id (rows with each member's vote).
    #[arg(long, value_name = "ID", conflicts_with = "report")]
    scenario: Option<String>,
    /// Write an HTML page charting vetoes per decade by member to --output.
    #[arg(long, requires = "output")]
    report: bool,
    /// The HTML file to write (atomically).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    force: bool,
}

/// Arguments of `unsc roster`.
#[derive(Debug, Args)]
pub struct RosterArgs {
    /// The calendar year.
    year: i32,
    /// Output format.
    #[arg(long, value_enum, default_value_t = RosterFormat::Text)]
    format: RosterFormat,
}

/// `unsc record`: list, count and chart the record, or print one row's scenario.
pub(crate) fn record(args: &RecordArgs) -> Result<ExitCode, Failure> {
    let rows = history::veto_record().map_err(|problems| {
        print_problems(&problems);
        Failure::Reported
    })?;
    let ids = history::row_ids(&rows);
    if let Some(id) = &args.scenario {
        let row = ids
            .iter()
            .position(|i| i == id)
            .map(|i| &rows[i])
            .ok_or_else(|| miette::miette!("no row has the id {id}; `unsc record` lists them"))?;
        let bundled = row.scenario.as_deref().and_then(bundled::find).ok_or_else(|| {
            miette::miette!(
                "row {id} has no sourced vote for each member, so it has no scenario; rows whose replay says \"member-votes\" have one"
            )
        })?;
        return write_stdout(bundled.text);
    }
    let member = args
        .member
        .as_deref()
        .map(str::parse::<MemberCode>)
        .transpose()
        .map_err(|e| miette::miette!("--member: {e}"))?;
    let filter = RecordFilter {
        outcome: args.outcome,
        since: args.since,
        until: args.until,
        member,
        search: args.search.clone(),
    };
    let listed: Vec<ListedRow<'_>> = rows
        .iter()
        .zip(&ids)
        .filter(|(row, _)| filter.keeps(row))
        .map(|(row, id)| ListedRow {
            id,
            row,
            replay: history::replay_row(row),
        })
        .collect();
    if args.report
        && let Some(path) = &args.output
    {
        let html = render::render(listed.as_slice(), Format::Html)?;
        if let Some(path) = emit(Some(path), &html, args.force)? {
            diag!("wrote {}", path.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    write_stdout(&render::render(listed.as_slice(), args.format.into())?)
}

/// `unsc roster YEAR`: the built-in Council of a year, with terms and sources.
pub(crate) fn roster_of(args: &RosterArgs) -> Result<ExitCode, Failure> {
    let roster = roster(args.year).ok_or_else(|| {
        miette::miette!(
            "no built-in roster for {}; rosters cover {}",
            args.year,
            unsc::model::roster_coverage()
        )
    })?;
    write_stdout(&render::render(&roster, args.format.into())?)
}
