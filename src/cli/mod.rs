//! The thin command-line layer: arguments in, library calls, bytes out. No domain logic.

mod args;
mod files;
mod history;
mod manual;
mod output;
mod power;
mod record;
mod serve;
mod teach;

use std::fs::File;
use std::io::{self, IsTerminal, Read};
use std::path::Path;
use std::process::ExitCode;

pub use args::{Cli, ColorChoice, Command};
use args::{Replacement, ReportFormat, Setting};
use files::{STDIO, emit};
use indicatif::{ProgressBar, ProgressStyle};
use miette::Report;
use output::{diag, out};
use unsc::bundled;
use unsc::engine::resolve_document;
use unsc::input::{Code, Problems};
use unsc::model::{Meeting, Preset, ProvisionSet, Scenario};
use unsc::render::{
    self, CatalogueTags, CheckedFile, CompromiseSearch, FileCheck, MeetingWhatIf, SimulationReport,
    WhatIfReport, render,
};
use unsc::scenario::{self, Document, MAX_FILE_BYTES, WhatIfRequest};
use unsc::sim::{self, CompromiseOptions, MethodChoice, WhatIfError, WhatIfRunError};

/// Runs one command. Returns the process exit code: 0 for any resolved vote, 1 for bad
/// input or I/O errors (clap itself exits 2 on usage errors).
pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Run { scenario, format } => run_scenario(&scenario, format),
        Command::Check { files, format } => check(&files, format),
        Command::Show { id } => show(&id),
        Command::List(arguments) => list(&arguments),
        Command::Replay {
            paths,
            undl,
            procedural,
            summary,
            format,
        } => history::replay(&paths, undl.as_deref(), &procedural, summary, format),
        Command::Import {
            undl,
            procedural,
            out,
            force,
        } => history::import(&undl, &procedural, &out, force),
        Command::Record(args) => record::record(&args),
        Command::Roster(args) => record::roster_of(&args),
        Command::New {
            template,
            output,
            force,
        } => new_scenario(template, output.as_deref(), force),
        Command::Completions { shell } => completions(shell),
        Command::Schema { kind } => write_stdout(&schema(kind)),
        Command::Man { dir, force } => manual::man(dir.as_deref(), force),
        Command::Whatif {
            scenario,
            vote,
            variant,
            set,
            replace,
            drop_provision,
            rules,
            format,
        } => whatif(
            &scenario,
            vote.as_deref(),
            variant.as_deref(),
            &set,
            &replace,
            &drop_provision,
            rules,
            format,
        ),
        Command::Simulate {
            scenario,
            trials,
            seed,
            method,
            format,
        } => simulate(&scenario, trials, seed, method, format),
        Command::Compromise {
            scenario,
            keep,
            win_over,
            top,
            format,
        } => compromise(&scenario, &keep, win_over.into(), top.into(), format),
        Command::Exercise {
            scenario,
            mode,
            answers,
        } => teach::exercise(&scenario, mode, answers.as_deref()),
        Command::Worksheet {
            scenario,
            format,
            answer_key,
            output,
            force,
        } => teach::worksheet(&scenario, format, answer_key, output.as_deref(), force),
        Command::Report {
            scenario,
            output,
            force,
        } => teach::report(&scenario, &output, force),
        Command::Serve { paths, port, host } => serve::serve(&paths, host, port),
        Command::Power {
            scenario,
            council,
            rules,
            weights,
            quota,
            index,
            format,
        } => power::power(
            scenario.as_deref(),
            council,
            rules,
            weights.as_deref().zip(quota),
            &index,
            format,
        ),
    };
    exit_code(result)
}

/// The exit code for a command's result, printing its error if it has one.
fn exit_code(result: Result<ExitCode, Failure>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(Failure::Report(report)) => {
            diag!("{report:?}");
            ExitCode::FAILURE
        }
        Err(Failure::Reported) => ExitCode::FAILURE,
        Err(Failure::ClosedPipe) => ExitCode::SUCCESS,
        Err(Failure::BadArgument(report)) => {
            diag!("{report:?}");
            ExitCode::from(2)
        }
        Err(Failure::Usage(subcommand, message)) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            // Building names each subcommand `unsc NAME`, as its usage line shows it.
            command.build();
            let kind = clap::error::ErrorKind::ArgumentConflict;
            let error = match command.find_subcommand_mut(subcommand) {
                Some(subcommand) => subcommand.error(kind, message),
                None => command.error(kind, message),
            };
            let _ = error.print();
            ExitCode::from(2)
        }
    }
}

/// The shell's completion script. It calls `unsc` back (`COMPLETE=SHELL unsc -- …`, handled
/// in `main`), so it completes flags, presets and other values, and bundled scenario ids as
/// well as files.
fn completions(shell: clap_complete::Shell) -> Result<ExitCode, Failure> {
    let name = shell.to_string();
    let shells = clap_complete::env::Shells::builtins();
    let completer = shells
        .completer(&name)
        .ok_or_else(|| miette::miette!("no completion script for {name}"))?;
    let mut out = Vec::new();
    completer
        .write_registration("COMPLETE", "unsc", "unsc", "unsc", &mut out)
        .map_err(|e| miette::miette!("cannot write the completion script: {e}"))?;
    write_stdout(&String::from_utf8_lossy(&out))
}

/// Why a command failed: an error still to print, or problems already printed.
pub(crate) enum Failure {
    /// An error for `main` to print.
    Report(Report),
    /// The problems have been printed; exit 1.
    Reported,
    /// Standard output was closed (`unsc list | head -1`): stop quietly, exit 0.
    ClosedPipe,
    /// Arguments of a subcommand (by name) that clap accepts one by one but not together: a
    /// usage error with that subcommand's usage, exit 2.
    Usage(&'static str, String),
    /// An argument that names what the scenario does not have (a member, a provision, a
    /// variant): printed by `main`, exit 2.
    BadArgument(Report),
}

impl From<Report> for Failure {
    fn from(report: Report) -> Self {
        Self::Report(report)
    }
}

macro_rules! failure_from {
    ($($error:ty),*) => {
        $(impl From<$error> for Failure {
            fn from(error: $error) -> Self {
                Self::Report(Report::new(error))
            }
        })*
    };
}

failure_from!(
    unsc::sim::SimError,
    unsc::power::PowerError,
    unsc::render::Unsupported
);

/// A what-if flag that names what the scenario does not have is a bad argument (exit 2).
impl From<WhatIfRunError> for Failure {
    fn from(error: WhatIfRunError) -> Self {
        match error {
            WhatIfRunError::Request(error) => Self::BadArgument(Report::new(error)),
            WhatIfRunError::Changes(error) => error.into(),
            _ => Self::Report(Report::new(error)),
        }
    }
}

/// A what-if change that names what the scenario does not have is a bad argument (exit 2).
impl From<WhatIfError> for Failure {
    fn from(error: WhatIfError) -> Self {
        match error {
            WhatIfError::UnknownProvision { .. }
            | WhatIfError::BadReplacement { .. }
            | WhatIfError::PresetOnStatement => Self::BadArgument(Report::new(error)),
            _ => Self::Report(Report::new(error)),
        }
    }
}

/// Writes a template to a file, or prints it.
fn new_scenario(
    template: args::TemplateName,
    output: Option<&Path>,
    force: bool,
) -> Result<ExitCode, Failure> {
    let text = match template {
        args::TemplateName::Historical => unsc::scenario::templates::HISTORICAL,
        args::TemplateName::Hypothetical => unsc::scenario::templates::HYPOTHETICAL,
        args::TemplateName::CustomCouncil => unsc::scenario::templates::CUSTOM_COUNCIL,
        args::TemplateName::IcjElection => unsc::scenario::templates::ICJ_ELECTION,
        args::TemplateName::Meeting => unsc::scenario::templates::MEETING,
        args::TemplateName::StrawPoll => unsc::scenario::templates::STRAW_POLL,
    };
    if let Some(path) = emit(output, text, force)? {
        diag!(
            "wrote {}; check it with `unsc check {}`",
            path.display(),
            path.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// A scenario's text, from a file or the bundled set.
pub(crate) struct Input {
    pub(crate) name: String,
    pub(crate) text: String,
}

pub(crate) fn read(path: &Path) -> Result<Input, Report> {
    let name = path.display().to_string();
    let file = File::open(path).map_err(|e| miette::miette!("cannot read {name}: {e}"))?;
    read_from(name, file)
}

/// A scenario's text from standard input, named `<stdin>`.
fn read_stdin() -> Result<Input, Report> {
    read_from("<stdin>".to_owned(), io::stdin().lock())
}

/// Reads at most [`MAX_FILE_BYTES`] of UTF-8 text.
fn read_from(name: String, file: impl Read) -> Result<Input, Report> {
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_FILE_BYTES).unwrap_or(u64::MAX) + 1;
    file.take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| miette::miette!("cannot read {name}: {e}"))?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(miette::miette!(
            "{name} is larger than {MAX_FILE_BYTES} bytes; is it really a scenario?"
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        miette::miette!(
            "{name} is not UTF-8 text (invalid byte at offset {}); scenario files are TOML",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok(Input { name, text })
}

/// The scenario `argument` names: standard input (`-`), a file, or a bundled scenario.
fn resolve_input(argument: &str) -> Result<Input, Report> {
    if argument == STDIO {
        return read_stdin();
    }
    let path = Path::new(argument);
    if !path.exists() {
        if let Some(b) = bundled::find(argument) {
            return Ok(Input {
                name: b.path(),
                text: b.text.to_owned(),
            });
        }
        return Err(miette::miette!(
            help = bundled::not_found_help(argument),
            "cannot read {argument}: there is no such file, and no bundled scenario has this id"
        ));
    }
    read(path)
}

/// How many of a file's problems to print before summing up the rest.
const SHOWN_PROBLEMS: usize = 50;

/// Prints a file's problems, whichever reader found them, one way: a line naming the file and
/// the count, then each problem with its code, line, column and caret (the first
/// [`SHOWN_PROBLEMS`] of them).
pub(crate) fn print_problems<C: Code>(error: &Problems<C>) {
    diag!("error: {error}");
    let source = error.named_source();
    for problem in error.problems().iter().take(SHOWN_PROBLEMS) {
        let report = Report::new(problem.clone()).with_source_code(source.clone());
        diag!("{report:?}");
    }
    if let Some(more) = error
        .problems()
        .len()
        .checked_sub(SHOWN_PROBLEMS)
        .filter(|n| *n > 0)
    {
        diag!("… and {more} more");
    }
}

/// The scenario named by `argument`; its problems are printed here.
pub(crate) fn load(argument: &str) -> Result<Scenario, Failure> {
    let input = resolve_input(argument)?;
    scenario::load(&input.name, &input.text).map_err(|error| {
        print_problems(&error);
        Failure::Reported
    })
}

/// The JSON Schema of one kind of scenario file.
fn schema(kind: args::SchemaKind) -> String {
    match kind {
        args::SchemaKind::Vote => unsc::scenario::json_schema(),
        args::SchemaKind::Election => unsc::scenario::election_json_schema(),
        args::SchemaKind::StrawPoll => unsc::scenario::straw_poll_json_schema(),
    }
}

/// The vote or election named by `argument`; its problems are printed here.
pub(crate) fn load_document(argument: &str) -> Result<Document, Failure> {
    let input = resolve_input(argument)?;
    scenario::load_document(&input.name, &input.text).map_err(|error| {
        print_problems(&error);
        Failure::Reported
    })
}

/// `unsc run`: the document, of whichever kind, as its engine resolves it.
fn run_scenario(argument: &str, format: unsc::render::Format) -> Result<ExitCode, Failure> {
    let document = load_document(argument)?;
    write_stdout(&render(&resolve_document(&document), format)?)
}

/// The single vote `argument` names: a scenario, or with `vote` one vote of a meeting as put,
/// with the meeting and the vote's index in it.
fn load_vote(
    argument: &str,
    vote: Option<&str>,
) -> Result<(Scenario, Option<(Meeting, usize)>), Failure> {
    match (load_document(argument)?, vote) {
        (Document::Vote(scenario), None) => Ok((*scenario, None)),
        (Document::Vote(_), Some(_)) => Err(Failure::Usage(
            "whatif",
            "--vote names a vote of a meeting, and this scenario is a single vote".to_owned(),
        )),
        // `load` refuses an election with its own problem code, as before.
        (Document::Election(_) | Document::StrawPoll(_), _) => Ok((load(argument)?, None)),
        (Document::Meeting(meeting), id) => {
            let index = id.and_then(|id| meeting.votes.iter().position(|v| v.id == id));
            let found = id.and_then(|id| unsc::engine::vote_as_put(&meeting, id));
            match (found, index) {
                (Some(scenario), Some(index)) => Ok((scenario, Some((*meeting, index)))),
                _ => {
                    let ids: Vec<&str> = meeting.votes.iter().map(|v| v.id.as_str()).collect();
                    Err(Failure::Usage(
                        "whatif",
                        format!(
                            "{argument} is a meeting of several votes: name one with --vote ID ({})",
                            ids.join(", ")
                        ),
                    ))
                }
            }
        }
    }
}

#[allow(clippy::too_many_arguments)] // one per flag of `unsc whatif`
fn whatif(
    argument: &str,
    vote: Option<&str>,
    variant: Option<&str>,
    set: &[Setting],
    replace: &[Replacement],
    drop: &[String],
    rules: Option<Preset>,
    format: ReportFormat,
) -> Result<ExitCode, Failure> {
    for (i, setting) in set.iter().enumerate() {
        if set[..i].iter().any(|s| s.code == setting.code) {
            return Err(Failure::Usage(
                "whatif",
                format!(
                    "--set names {} twice; give each member one vote",
                    setting.code
                ),
            ));
        }
    }
    let (scenario, meeting) = load_vote(argument, vote)?;
    let request = WhatIfRequest {
        variant: variant.map(str::to_owned),
        set: set.iter().map(|s| (s.code, s.vote)).collect(),
        replace: replace.iter().map(|r| (r.seat, r.holder)).collect(),
        drop: drop.to_vec(),
        rules,
    };
    let run = sim::what_if(&scenario, &request)?;
    let report = WhatIfReport::new(&run);
    match meeting.and_then(|(meeting, index)| Some((run.carried_into(&meeting, index)?, meeting))) {
        Some((later, meeting)) => write_stdout(&render(
            &MeetingWhatIf::new(report, &meeting, later),
            format.into(),
        )?),
        None => write_stdout(&render(&report, format.into())?),
    }
}

/// Long Monte Carlo runs show a progress bar, on a terminal only.
const PROGRESS_MIN_TRIALS: u64 = 10_000_000;

fn simulate(
    argument: &str,
    given_trials: Option<u64>,
    given_seed: Option<u64>,
    method: MethodChoice,
    format: ReportFormat,
) -> Result<ExitCode, Failure> {
    let scenario = load(argument)?;
    let trials = given_trials.unwrap_or(sim::DEFAULT_TRIALS);
    let seed = given_seed.unwrap_or(sim::DEFAULT_SEED);
    let bar = (io::stderr().is_terminal()
        && trials >= PROGRESS_MIN_TRIALS
        && method != MethodChoice::Exact)
        .then(|| ProgressBar::new(trials).with_style(ProgressStyle::default_bar()));
    let progress = |done: u64| {
        if let Some(bar) = &bar {
            bar.inc(done);
        }
    };
    let result = sim::simulate(&scenario, method, trials, seed, &progress);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let simulation = result?;
    let ignored: Vec<&str> = [("--trials", given_trials), ("--seed", given_seed)]
        .into_iter()
        .filter_map(|(flag, given)| given.map(|_| flag))
        .collect();
    if simulation.method == sim::Method::Exact && !ignored.is_empty() {
        diag!(
            "note: the probabilities are exact, so {} {} ignored (use --method monte-carlo to sample)",
            ignored.join(" and "),
            if ignored.len() == 1 { "is" } else { "are" }
        );
    }
    let report = SimulationReport {
        scenario: &scenario,
        simulation: &simulation,
    };
    write_stdout(&render(&report, format.into())?)
}

fn compromise(
    argument: &str,
    keep: &[String],
    win_over: usize,
    top: usize,
    format: ReportFormat,
) -> Result<ExitCode, Failure> {
    let scenario = load(argument)?;
    let mut kept = ProvisionSet::EMPTY;
    for name in keep {
        kept = kept.with(sim::find_provision(&scenario, name)?);
    }
    let options = CompromiseOptions {
        keep: kept,
        win_over,
        top,
    };
    let report = sim::compromise(&scenario, options)?;
    let search = CompromiseSearch {
        scenario: &scenario,
        report: &report,
    };
    write_stdout(&render(&search, format.into())?)
}

/// `unsc check`: every scenario named, each file of a folder, and a summary.
fn check(arguments: &[String], format: ReportFormat) -> Result<ExitCode, Failure> {
    let mut inputs = Vec::new();
    for argument in arguments {
        let path = Path::new(argument);
        if argument != STDIO && path.is_dir() {
            for file in history::scenario_files(&[path.to_path_buf()])? {
                inputs.push((file.display().to_string(), read(&file)));
            }
        } else {
            inputs.push((argument.clone(), resolve_input(argument)));
        }
    }
    let mut checked = Vec::with_capacity(inputs.len());
    for (file, input) in inputs {
        let result = match input {
            Err(report) => {
                if let ReportFormat::Text = format {
                    diag!("{report:?}");
                }
                FileCheck::Unreadable(report.to_string())
            }
            Ok(input) => match scenario::load_document(&input.name, &input.text) {
                Ok(document) => FileCheck::Valid {
                    id: document.id().to_owned(),
                    name: input.name,
                },
                Err(error) => {
                    if let ReportFormat::Text = format {
                        print_problems(&error);
                    }
                    FileCheck::Invalid {
                        text: input.text,
                        error: Box::new(error),
                    }
                }
            },
        };
        checked.push(CheckedFile { file, result });
    }
    out(&render(checked.as_slice(), format.into())?)?;
    Ok(if checked.iter().all(CheckedFile::is_valid) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `unsc show ID`: a bundled scenario's TOML.
fn show(id: &str) -> Result<ExitCode, Failure> {
    match bundled::find(id) {
        Some(b) => write_stdout(b.text),
        None => Err(miette::miette!(
            help = bundled::not_found_help(id),
            "there is no bundled scenario `{id}`"
        )
        .into()),
    }
}

/// The bundled votes, meetings and election rounds, one line each, or their tags.
fn list(filter: &args::ListArgs) -> Result<ExitCode, Failure> {
    let catalogue = bundled::catalogue(&bundled::Filter {
        year: filter.year,
        tags: filter.tag.clone(),
        outcome: filter.outcome,
    });
    let format = filter.format.into();
    if filter.tags {
        return write_stdout(&render(&CatalogueTags(&catalogue), format)?);
    }
    if catalogue.entries.is_empty() && format == render::Format::Text {
        for line in render::nothing_listed(&catalogue, &filter.tag) {
            diag!("{line}");
        }
        return Ok(ExitCode::SUCCESS);
    }
    write_stdout(&render(&catalogue, format)?)
}

/// Writes the command's output; a closed pipe (`unsc list | head`) ends the command quietly.
pub(crate) fn write_stdout(text: &str) -> Result<ExitCode, Failure> {
    out(text)?;
    Ok(ExitCode::SUCCESS)
}
