//! `unsc replay` and `unsc import`: the record, from scenario files or the Digital Library.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use unsc::engine::analyse;
use unsc::history::{self, RecordedVote};
use unsc::model::Scenario;
use unsc::render::{self, ScenarioReplay};
use unsc::scenario::{self, Document};
use walkdir::WalkDir;

use super::args::ReportFormat;
use super::files::write_folder;
use super::output::diag;
use super::{Failure, print_problems, read, write_stdout};

/// The exit code when a replay disagrees with the record.
const MISMATCH: u8 = 3;

/// Every `.toml` file under the paths, folders walked recursively in name order. Symbolic
/// links to folders are not followed (a link loop cannot trap the walk), and a file reached
/// twice (named twice, or through a link to a file) is listed once.
pub(super) fn scenario_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let mut files = Vec::new();
    let mut seen = HashSet::new();
    for path in paths {
        if !path.is_dir() {
            if seen.insert(fs::canonicalize(path).unwrap_or_else(|_| path.clone())) {
                files.push(path.clone());
            }
            continue;
        }
        for entry in WalkDir::new(path).sort_by_file_name() {
            let entry =
                entry.map_err(|e| miette::miette!("cannot read {}: {e}", path.display()))?;
            let file = entry.path();
            if file.extension().is_some_and(|e| e == "toml")
                && file.is_file()
                && seen.insert(fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf()))
            {
                files.push(file.to_path_buf());
            }
        }
    }
    Ok(files)
}

/// `unsc replay`: the Digital Library's file if given, else the scenario files.
pub(crate) fn replay(
    paths: &[PathBuf],
    undl: Option<&Path>,
    procedural: &[String],
    summary: bool,
    format: ReportFormat,
) -> Result<ExitCode, Failure> {
    match undl {
        Some(file) => replay_undl(file, procedural, summary, format),
        None => replay_paths(paths, format),
    }
}

/// `unsc replay PATH…`: each scenario against its record.
fn replay_paths(paths: &[PathBuf], format: ReportFormat) -> Result<ExitCode, Failure> {
    let files = scenario_files(paths)?;
    if files.is_empty() {
        return Err(miette::miette!("no scenario files (*.toml) found").into());
    }
    let mut loaded: Vec<(String, Option<Scenario>)> = Vec::new();
    for path in &files {
        let name = path.display().to_string();
        let scenario = match read(path) {
            Err(report) => {
                diag!("{report:?}");
                None
            }
            Ok(input) => match scenario::load_document(&input.name, &input.text) {
                Ok(Document::Vote(s)) => Some(*s),
                Ok(Document::Election(_)) => {
                    diag!(
                        "note: {name} is an ICJ election, not a vote: `unsc run {name}` compares it with its record"
                    );
                    continue;
                }
                Ok(Document::StrawPoll(_)) => {
                    diag!(
                        "note: {name} is a straw poll, not a vote: it has no record to replay; `unsc run {name}` reads it"
                    );
                    continue;
                }
                Ok(Document::Meeting(meeting)) => {
                    // A meeting replays vote by vote, each as it was put.
                    for step in unsc::engine::resolve_meeting(&meeting) {
                        loaded.push((name.clone(), Some(step.scenario)));
                    }
                    continue;
                }
                Err(error) => {
                    print_problems(&error);
                    None
                }
            },
        };
        loaded.push((name, scenario));
    }
    let replays: Vec<ScenarioReplay<'_>> = loaded
        .iter()
        .map(|(file, scenario)| ScenarioReplay {
            file: file.clone(),
            analysis: scenario.as_ref().map(analyse),
        })
        .collect();
    write_stdout(&render::render(replays.as_slice(), format.into())?)?;
    Ok(if loaded.iter().any(|(_, s)| s.is_none()) {
        ExitCode::FAILURE
    } else if replays.iter().all(ScenarioReplay::is_ok) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(MISMATCH)
    })
}

/// Reads a Digital Library CSV, printing its problems if it has any, and marks its
/// procedural votes (the built-in list and `--procedural`); warns of overrides that match
/// no vote.
fn read_undl(path: &Path, procedural: &[String]) -> Result<Vec<RecordedVote>, Failure> {
    let bytes =
        fs::read(path).map_err(|e| miette::miette!("cannot read {}: {e}", path.display()))?;
    let mut votes =
        history::read_votes(&path.display().to_string(), &bytes).map_err(|problems| {
            print_problems(&problems);
            Failure::Reported
        })?;
    for unmatched in history::classify(&mut votes, procedural) {
        diag!("warning: --procedural {unmatched} matches no vote in the file");
    }
    Ok(votes)
}

/// `unsc replay --undl FILE`: every recorded vote, resolved and compared with the record;
/// roster findings are reported but do not change the exit code.
fn replay_undl(
    path: &Path,
    procedural: &[String],
    summary: bool,
    format: ReportFormat,
) -> Result<ExitCode, Failure> {
    let votes = read_undl(path, procedural)?;
    let replays: Vec<history::Replay> = votes.iter().map(history::replay).collect();
    let summary = summary.then(|| history::Summary::new(&votes, &replays));
    let report = render::UndlReplay {
        votes: &votes,
        replays: &replays,
        summary: summary.as_ref(),
    };
    write_stdout(&render::render(&report, format.into())?)?;
    Ok(if replays.iter().any(|r| r.discrepancy.is_some()) {
        ExitCode::from(MISMATCH)
    } else {
        ExitCode::SUCCESS
    })
}

/// `unsc import --undl FILE --out DIR`: one scenario per vote, all or nothing: nothing is
/// written if any file exists (without `--force`) or any vote cannot be written.
pub(crate) fn import(
    path: &Path,
    procedural: &[String],
    out: &Path,
    force: bool,
) -> Result<ExitCode, Failure> {
    let votes = read_undl(path, procedural)?;
    let mut files = Vec::with_capacity(votes.len());
    let mut flagged = 0;
    for vote in &votes {
        let replay = history::replay(vote);
        flagged += usize::from(replay.discrepancy.is_some());
        files.push(
            history::scenario_file(vote, &replay)
                .map_err(|e| miette::miette!("{}:{e}", path.display()))?,
        );
    }
    let mut names: Vec<&str> = files.iter().map(|f| f.file_name.as_str()).collect();
    names.sort_unstable();
    if let Some([name, _]) = names.windows(2).find(|w| w[0] == w[1]) {
        return Err(miette::miette!("two votes would both be written to {name}").into());
    }
    if !force {
        let existing: Vec<String> = files
            .iter()
            .map(|f| out.join(&f.file_name))
            .filter(|p| p.exists())
            .map(|p| p.display().to_string())
            .collect();
        if !existing.is_empty() {
            return Err(miette::miette!(
                help = "use --force to overwrite them, or choose another --out folder",
                "{} of the files to write exist already, e.g. {}; nothing was written",
                existing.len(),
                existing[0]
            )
            .into());
        }
    }
    let contents: Vec<(&str, &str)> = files
        .iter()
        .map(|f| (f.file_name.as_str(), f.text.as_str()))
        .collect();
    write_folder(out, &contents, force)?;
    diag!(
        "wrote {} scenario{} to {}{}",
        files.len(),
        if files.len() == 1 { "" } else { "s" },
        out.display(),
        if flagged == 0 {
            String::new()
        } else {
            format!(
                "; {flagged} disagree with the record (see `unsc replay {}`)",
                out.display()
            )
        }
    );
    Ok(ExitCode::SUCCESS)
}
