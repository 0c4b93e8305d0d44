//! The classroom commands: exercise, worksheet, report.

use std::io::{self, BufRead, IsTerminal, Read};
use std::path::Path;
use std::process::ExitCode;

use unsc::engine::analyse;
use unsc::model::Scenario;
use unsc::render::{
    self, AnswerKey, Briefing, ClassReport, Feedback, Format, Worksheet, interview,
};
use unsc::teach::{self as lesson, Exercise};

use super::args::ExerciseMode;
use super::files::{STDIO, emit};
use super::output::{diag, out};
use super::{Failure, load, print_problems, read, write_stdout};

/// Asks `prompt` and reads one reply; `None` at the end of input.
fn ask(
    lines: &mut impl Iterator<Item = io::Result<String>>,
    prompt: &str,
) -> Result<Option<String>, Failure> {
    out(prompt)?;
    Ok(lines.next().and_then(Result::ok))
}

/// Asks question by question on a terminal; returns the answers as lines.
fn interview(scenario: &Scenario, exercise: Exercise) -> Result<String, Failure> {
    let stdin = io::stdin();
    let mut lines = stdin.lock().lines();
    let mut answers: Vec<String> = Vec::new();
    match exercise {
        Exercise::Predict => {
            for member in scenario.council.members() {
                loop {
                    let Some(reply) = ask(&mut lines, &interview::vote_prompt(member))? else {
                        return Ok(answers.join("\n"));
                    };
                    if reply.trim().is_empty() {
                        break;
                    }
                    if lesson::parse_vote(&reply).is_some() {
                        answers.push(format!("{} = {}", member.code, reply.trim()));
                        break;
                    }
                    out(interview::VOTE_HINT)?;
                }
            }
            loop {
                let Some(reply) = ask(&mut lines, &interview::outcome_prompt())? else {
                    return Ok(answers.join("\n"));
                };
                if reply.trim().is_empty() || lesson::parse_outcome(&reply).is_some() {
                    answers.push(format!("outcome = {}", reply.trim()));
                    break;
                }
                out(&interview::outcome_hint())?;
            }
        }
        Exercise::Compromise => {
            if let Some(reply) = ask(&mut lines, interview::DROP_PROMPT)? {
                for id in reply.split_whitespace() {
                    answers.push(format!("drop = {id}"));
                }
            }
        }
        Exercise::Penholder => {
            if let Some(reply) = ask(&mut lines, interview::WIN_PROMPT)? {
                for code in reply.split_whitespace() {
                    answers.push(format!("win = {code}"));
                }
            }
        }
    }
    Ok(answers.join("\n"))
}

pub(super) fn exercise(
    argument: &str,
    mode: ExerciseMode,
    answers: Option<&Path>,
) -> Result<ExitCode, Failure> {
    if argument == STDIO && answers.is_none() {
        return Err(Failure::Usage(
            "exercise",
            "the scenario comes from standard input, so the answers need --answers FILE".to_owned(),
        ));
    }
    let scenario = load(argument)?;
    let exercise = mode.into();
    let briefing = Briefing {
        scenario: &scenario,
        exercise,
    };
    out(&render::render(&briefing, Format::Text)?)?;
    out("\n")?;
    let (name, text) = match answers {
        Some(path) => {
            let input = read(path)?;
            (input.name, input.text)
        }
        None if io::stdin().is_terminal() => {
            ("answers".to_owned(), interview(&scenario, exercise)?)
        }
        None => {
            let mut text = String::new();
            io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| miette::miette!("cannot read answers from standard input: {e}"))?;
            ("answers".to_owned(), text)
        }
    };
    let answers = match lesson::parse(&name, &scenario, &text) {
        Ok(answers) => answers,
        Err(problems) => {
            print_problems(&problems);
            return Ok(ExitCode::FAILURE);
        }
    };
    let scored = lesson::score(&scenario, exercise, &answers)?;
    let feedback = render::render(&Feedback(&scored), Format::Text)?;
    write_stdout(&feedback)
}

pub(super) fn worksheet(
    argument: &str,
    format: Format,
    answer_key: bool,
    output: Option<&Path>,
    force: bool,
) -> Result<ExitCode, Failure> {
    let scenario = load(argument)?;
    let analysis = analyse(&scenario);
    let text = if answer_key {
        render::render(&AnswerKey(&analysis), format)?
    } else {
        render::render(&Worksheet(&analysis), format)?
    };
    if let Some(path) = emit(output, &text, force)? {
        diag!("wrote {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn report(argument: &str, output: &Path, force: bool) -> Result<ExitCode, Failure> {
    let scenario = load(argument)?;
    let results = lesson::class_results(&scenario)?;
    let report = ClassReport(&results);
    let html = render::render(&report, Format::Html)?;
    if let Some(path) = emit(Some(output), &html, force)? {
        diag!("wrote {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}
