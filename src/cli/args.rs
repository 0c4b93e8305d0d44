//! The command line, declared with clap. Only the binary depends on clap.

use std::ffi::OsStr;
use std::path::PathBuf;
use std::str::FromStr;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{ArgGroup, Parser, Subcommand, ValueEnum};
use clap_complete::engine::{
    ArgValueCompleter, CompletionCandidate, PathCompleter, ValueCompleter,
};
use strum::VariantNames;
use unsc::model::{MemberCode, OutcomeKind, Preset, Vote, roster, roster_coverage};
use unsc::render::Format;
use unsc::sim::{MAX_TRIALS, MAX_WIN_OVER, MethodChoice};

/// Simulate and explain UN Security Council votes.
#[derive(Debug, Parser)]
#[command(name = "unsc", version, about, long_about = None)]
pub struct Cli {
    /// When to colour diagnostics: auto (a terminal, unless `NO_COLOR` is set), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum TemplateName {
    /// A vote on the record: sources and a [record] to fill in.
    Historical,
    /// An invented vote on a built-in Council.
    Hypothetical,
    /// A custom Council of your own members and rule.
    CustomCouncil,
    /// One round of an ICJ election, with hypothetical ballots.
    IcjElection,
    /// A meeting of several votes: a draft, an amendment and a separate vote.
    Meeting,
    /// One straw poll in the selection of the Secretary-General, with hypothetical opinions.
    StrawPoll,
}

/// Which kind of scenario file a schema describes.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum SchemaKind {
    /// A vote on a draft.
    Vote,
    /// An ICJ election (`[election]`).
    Election,
    /// A straw poll in the selection of the Secretary-General (`[straw_poll]`).
    StrawPoll,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Resolve and explain a vote (or a meeting, an ICJ election round, a straw poll).
    Run {
        /// A scenario file, the id of a bundled scenario, or - for standard input.
        #[arg(add = ArgValueCompleter::new(complete_scenario))]
        scenario: String,
        /// Output format.
        #[arg(long, value_parser = format_of(&[Format::Text, Format::Json, Format::Markdown, Format::Html]), default_value = "text")]
        format: Format,
    },
    /// Validate scenario files and report every problem.
    Check {
        /// Scenario files, folders of them (every `.toml` inside, recursively), bundled ids,
        /// or - for standard input.
        #[arg(required = true, value_name = "FILE|DIR|ID|-", add = ArgValueCompleter::new(complete_scenario))]
        files: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
    /// Print a bundled scenario's TOML, to copy and edit.
    Show {
        /// The id of a bundled scenario (see `unsc list`).
        #[arg(add = ArgValueCompleter::new(complete_bundled))]
        id: String,
    },
    /// List the bundled scenarios, optionally filtered.
    List(ListArgs),
    /// Replay scenario files against their [record], or the UN Digital Library's voting data.
    ///
    /// Exits 3 when any vote disagrees with the record.
    #[command(group(ArgGroup::new("input").required(true).args(["paths", "undl"])))]
    Replay {
        /// Scenario files, or folders of them (every `.toml` inside, recursively).
        paths: Vec<PathBuf>,
        /// The Digital Library's "Security Council voting data" CSV instead.
        #[arg(long, value_name = "FILE.csv", conflicts_with = "paths")]
        undl: Option<PathBuf>,
        /// With --undl: read these drafts or resolutions as procedural (e.g. S/RES/2623(2022)),
        /// besides the built-in list.
        #[arg(long, value_name = "SYMBOL", num_args = 1.., requires = "undl")]
        procedural: Vec<String>,
        /// With --undl: add a summary (votes per year, unanimity, dissent by member, flags).
        #[arg(long, requires = "undl")]
        summary: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
    /// Write one scenario file per vote in the UN Digital Library's voting data.
    Import {
        /// The Digital Library's "Security Council voting data" CSV.
        #[arg(long, value_name = "FILE.csv")]
        undl: PathBuf,
        /// Read these drafts or resolutions as procedural, besides the built-in list.
        #[arg(long, value_name = "SYMBOL", num_args = 1..)]
        procedural: Vec<String>,
        /// The folder to write the scenarios in (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Overwrite scenario files that exist.
        #[arg(long)]
        force: bool,
    },
    /// The record of vetoed and failed drafts since 1946: list, filter, count, chart, replay.
    ///
    /// What the record covers: docs/history.md.
    Record(super::record::RecordArgs),
    /// The built-in Council of a year: codes, names, permanent or elected, terms, sources.
    Roster(super::record::RosterArgs),
    /// Write a new scenario from a commented template.
    New {
        /// Which template.
        #[arg(long, value_enum, default_value_t = TemplateName::Hypothetical)]
        template: TemplateName,
        /// The file to write (atomically); standard output when omitted or -.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Print shell completions for bash, zsh, fish, elvish or powershell.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page unsc(1) (roff), e.g. `unsc man > unsc.1`; with --dir, write it
    /// and one page per subcommand (unsc-run.1, …).
    Man {
        /// Write unsc.1 and every unsc-COMMAND.1 into this folder instead.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
        /// Overwrite pages that exist.
        #[arg(long, requires = "dir")]
        force: bool,
    },
    /// Print the JSON Schema of the scenario format, for editors.
    Schema {
        /// The kind of file: a vote on a draft (or a meeting of several), an ICJ election, or a
        /// straw poll.
        #[arg(long, value_enum, default_value_t = SchemaKind::Vote)]
        kind: SchemaKind,
    },
    /// Compare the scenario with a what-if: votes set, provisions dropped, other rules.
    #[command(group(ArgGroup::new("change").required(true).multiple(true).args(["variant", "set", "replace", "drop_provision", "rules"])))]
    Whatif {
        /// A scenario file, the id of a bundled scenario, or - for standard input.
        #[arg(add = ArgValueCompleter::new(complete_scenario))]
        scenario: String,
        /// A named variant defined in the scenario.
        #[arg(long)]
        variant: Option<String>,
        /// For a meeting: the id of the vote to ask the what-if of, as it was put (after the
        /// amendments and separate votes before it).
        #[arg(long, value_name = "ID")]
        vote: Option<String>,
        /// Set a member's vote, e.g. RUS=abstain or rus=a (repeatable, once per member).
        #[arg(long, value_name = "CODE=VOTE", value_parser = parse_setting)]
        set: Vec<Setting>,
        /// Another state holds a seat, e.g. ECU=BRA (repeatable); it takes the seat's stance
        /// unless --set gives it a vote.
        #[arg(long, value_name = "SEAT=CODE", value_parser = parse_replacement)]
        replace: Vec<Replacement>,
        /// Drop a provision from the text (repeatable).
        #[arg(long, value_name = "PROVISION")]
        drop_provision: Vec<String>,
        /// Apply another rule-set preset: charter, charter-1945, no-veto, veto-restraint, or a
        /// reform that adds seats (g4, uniting-for-consensus, ezulwini; see docs/rules.md).
        #[arg(long, value_name = "PRESET", value_parser = named::<Preset>())]
        rules: Option<Preset>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
    /// Probabilities of adoption, veto and failure; who is decisive; the tally distribution.
    Simulate {
        /// A scenario file, the id of a bundled scenario, or - for standard input.
        #[arg(add = ArgValueCompleter::new(complete_scenario))]
        scenario: String,
        /// Monte Carlo trials (when Monte Carlo is used; default 1000000).
        #[arg(long, value_parser = clap::value_parser!(u64).range(1..=MAX_TRIALS))]
        trials: Option<u64>,
        /// The generator's seed (when Monte Carlo is used; default 2023).
        #[arg(long)]
        seed: Option<u64>,
        /// Exact when possible (auto), exact only, or Monte Carlo.
        #[arg(long, value_parser = named::<MethodChoice>(), default_value = "auto")]
        method: MethodChoice,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
    /// A classroom exercise: read the briefing, answer, get a score and the explanation.
    ///
    /// On a terminal it asks question by question. Otherwise answers come from --answers or
    /// from standard input, one per line: `RUS = no`, `outcome = vetoed`, `drop = ID`, `win = CODE`.
    Exercise {
        /// A scenario file, the id of a bundled scenario, or - for standard input.
        #[arg(add = ArgValueCompleter::new(complete_scenario))]
        scenario: String,
        /// Which exercise.
        #[arg(long, value_enum, default_value_t = ExerciseMode::Predict)]
        mode: ExerciseMode,
        /// Read the answers from this file instead of asking.
        #[arg(long)]
        answers: Option<PathBuf>,
    },
    /// A printable worksheet (or, with --answer-key, its answer key).
    Worksheet {
        /// A scenario file, the id of a bundled scenario, or - for standard input.
        #[arg(add = ArgValueCompleter::new(complete_scenario))]
        scenario: String,
        /// Output format.
        #[arg(long, value_parser = format_of(&[Format::Markdown, Format::Html, Format::Text]), default_value = "markdown")]
        format: Format,
        /// Print the answer key instead of the worksheet.
        #[arg(long)]
        answer_key: bool,
        /// Write to this file (atomically) instead of standard output (also -).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// A self-contained HTML report: the horseshoe table, the tally, the explanation, charts.
    Report {
        /// A scenario file, the id of a bundled scenario, or - for standard input.
        #[arg(add = ArgValueCompleter::new(complete_scenario))]
        scenario: String,
        /// The HTML file to write (atomically), or - for standard output.
        #[arg(short, long)]
        output: PathBuf,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Voting power: Shapley–Shubik, Banzhaf, Deegan–Packel, Holler, Johnston, Coleman.
    ///
    /// Of a scenario's Council, a built-in roster (--council YEAR), a preset's generic Council,
    /// or a weighted game (--weights FILE.csv --quota Q).
    Power {
        /// A scenario file, the id of a bundled scenario, or - for standard input.
        #[arg(add = ArgValueCompleter::new(complete_scenario))]
        scenario: Option<String>,
        /// A built-in roster year instead of a scenario.
        #[arg(long, conflicts_with = "scenario", value_parser = roster_year)]
        council: Option<i32>,
        /// The rule-set preset: charter, charter-1945, no-veto, g4, uniting-for-consensus,
        /// ezulwini or veto-restraint (see docs/rules.md).
        #[arg(long, value_name = "PRESET", value_parser = named::<Preset>())]
        rules: Option<Preset>,
        /// A CSV file with `member` and `weight` columns (and `veto`, optional): a weighted game.
        #[arg(long, requires = "quota", conflicts_with_all = ["scenario", "council", "rules"])]
        weights: Option<PathBuf>,
        /// The quota of the weighted game (at least 1).
        #[arg(long, requires = "weights", value_parser = clap::value_parser!(u64).range(1..))]
        quota: Option<u64>,
        /// The indices to compute, comma-separated: shapley-shubik, banzhaf, deegan-packel,
        /// holler, johnston, coleman, ternary. Default: those the format shows that are cheap
        /// on this game.
        #[arg(long, value_name = "LIST", value_delimiter = ',')]
        index: Vec<unsc::power::Index>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = PowerFormat::Text)]
        format: PowerFormat,
    },
    /// Search which provisions to drop (and members to win over) for the text most likely to pass.
    Compromise {
        /// A scenario file, the id of a bundled scenario, or - for standard input.
        #[arg(add = ArgValueCompleter::new(complete_scenario))]
        scenario: String,
        /// A provision that must stay in the text (repeatable).
        #[arg(long, value_name = "PROVISION")]
        keep: Vec<String>,
        /// Also consider winning over up to this many members (0 to 3).
        #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=MAX_WIN_OVER_ARG))]
        win_over: u8,
        /// How many candidate texts to show (at least 1).
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..))]
        top: u16,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
    /// Serve the classroom pages and the JSON API (docs/web.md) until Ctrl-C.
    Serve {
        /// Scenario files or folders to serve besides the bundled ones.
        paths: Vec<PathBuf>,
        /// The port (0 picks a free one).
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// The address to listen on; 0.0.0.0 opens the server to the whole network.
        #[arg(long, default_value = "127.0.0.1")]
        host: std::net::IpAddr,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum PowerFormat {
    Text,
    Json,
    Markdown,
    Csv,
}

impl From<PowerFormat> for Format {
    fn from(value: PowerFormat) -> Self {
        match value {
            PowerFormat::Text => Self::Text,
            PowerFormat::Json => Self::Json,
            PowerFormat::Markdown => Self::Markdown,
            PowerFormat::Csv => Self::Csv,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExerciseMode {
    /// Predict each member's vote and the outcome.
    Predict,
    /// Drop the fewest provisions so the text passes.
    Compromise,
    /// Win over the fewest members so the text passes.
    Penholder,
}

impl From<ExerciseMode> for unsc::teach::Exercise {
    fn from(value: ExerciseMode) -> Self {
        match value {
            ExerciseMode::Predict => Self::Predict,
            ExerciseMode::Compromise => Self::Compromise,
            ExerciseMode::Penholder => Self::Penholder,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

impl From<ReportFormat> for Format {
    fn from(value: ReportFormat) -> Self {
        match value {
            ReportFormat::Text => Self::Text,
            ReportFormat::Json => Self::Json,
        }
    }
}

/// [`MAX_WIN_OVER`] as clap's range bound.
#[allow(clippy::cast_possible_wrap)] // 3 fits an i64.
const MAX_WIN_OVER_ARG: i64 = MAX_WIN_OVER as i64;

/// A library value by its stable name; clap lists the names in help, errors and completions.
pub(super) fn named<T>() -> impl TypedValueParser<Value = T>
where
    T: VariantNames + FromStr + Clone + Send + Sync + 'static,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    PossibleValuesParser::new(T::VARIANTS.iter().map(|name| PossibleValue::new(*name)))
        .try_map(|name| name.parse::<T>())
}

/// An output format, among those the subcommand `offered`.
fn format_of(offered: &'static [Format]) -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(
        offered
            .iter()
            .map(|format| PossibleValue::new(<&'static str>::from(*format))),
    )
    .try_map(|name| name.parse::<Format>())
}

/// A year with a built-in roster.
fn roster_year(text: &str) -> Result<i32, String> {
    let year: i32 = text.parse().map_err(|e| format!("{e}"))?;
    match roster(year) {
        Some(_) => Ok(year),
        None => Err(format!(
            "there is no built-in roster for {year}; built-in rosters cover {}",
            roster_coverage()
        )),
    }
}

/// `--set CODE=VOTE`: a member's vote in a what-if.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Setting {
    /// The member, by code.
    pub code: MemberCode,
    /// Its vote.
    pub vote: Vote,
}

/// Reads `CODE=VOTE` as the exercise's answers are read: member codes in any case, votes as
/// words or first letters (`rus=a`, `RUS=abstain`).
/// `--replace SEAT=CODE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Replacement {
    /// The member whose seat changes hands.
    pub seat: MemberCode,
    /// The state that holds it instead.
    pub holder: MemberCode,
}

fn parse_replacement(text: &str) -> Result<Replacement, String> {
    let (seat, holder) = text.split_once('=').ok_or_else(|| {
        format!("`{text}` is not a replacement; write it as SEAT=CODE, e.g. ECU=BRA")
    })?;
    let code = |part: &str| {
        MemberCode::from_any_case(part).ok_or_else(|| {
            format!(
                "`{}` is not a member code (three letters, e.g. BRA)",
                part.trim()
            )
        })
    };
    Ok(Replacement {
        seat: code(seat)?,
        holder: code(holder)?,
    })
}

fn parse_setting(text: &str) -> Result<Setting, String> {
    let (code, vote) = text
        .split_once('=')
        .ok_or_else(|| format!("`{text}` is not CODE=VOTE (e.g. RUS=abstain)"))?;
    let code = MemberCode::from_any_case(code).ok_or_else(|| {
        format!(
            "`{}` is not a member code (three letters, e.g. RUS)",
            code.trim()
        )
    })?;
    let vote = unsc::teach::parse_vote(vote).ok_or_else(|| {
        format!(
            "`{}` is not a vote; expected yes, no, abstain or absent (or y, n, a, x)",
            vote.trim()
        )
    })?;
    Ok(Setting { code, vote })
}

/// `unsc list`'s filters and output.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only scenarios of this year (votes, meetings, election rounds and straw polls).
    #[arg(long)]
    pub year: Option<i32>,
    /// Only scenarios with this tag (repeatable: all must match).
    #[arg(long)]
    pub tag: Vec<String>,
    /// Only votes with this outcome, and meetings with a vote that had it (never election
    /// rounds or straw polls).
    #[arg(long, value_parser = named::<OutcomeKind>())]
    pub outcome: Option<OutcomeKind>,
    /// List the tags of the scenarios shown, with how many carry each, instead.
    #[arg(long)]
    pub tags: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

/// Completes a bundled scenario's id (`COMPLETE=bash unsc`, see docs/cli.md).
fn complete_bundled(current: &OsStr) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy();
    unsc::bundled::ALL
        .iter()
        .filter(|b| b.stem().starts_with(prefix.as_ref()))
        .map(|b| CompletionCandidate::new(b.stem()))
        .collect()
}

/// Completes a scenario argument: a bundled id, or a file.
fn complete_scenario(current: &OsStr) -> Vec<CompletionCandidate> {
    let mut candidates = complete_bundled(current);
    candidates.extend(PathCompleter::any().complete(current));
    candidates
}
