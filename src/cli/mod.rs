//! The thin command-line layer: arguments in, library calls, bytes out. No domain logic.

mod args;

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

pub use args::{Cli, Command};
use miette::Report;
use unsc::bundled;
use unsc::engine::analyse;
use unsc::render::render;
use unsc::scenario::{self, MAX_FILE_BYTES, ScenarioError};

/// Runs one command. Returns the process exit code: 0 for any resolved vote, 1 for bad
/// input or I/O errors (clap itself exits 2 on usage errors).
pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Run { scenario, format } => run_scenario(&scenario, format.into()),
        Command::Check { files } => Ok(check(&files)),
        Command::List => list(),
    };
    match result {
        Ok(code) => code,
        Err(report) => {
            eprintln!("{report:?}");
            ExitCode::FAILURE
        }
    }
}

/// A scenario's text, from a file or the bundled set.
struct Input {
    name: String,
    text: String,
}

fn read(path: &Path) -> Result<Input, Report> {
    let name = path.display().to_string();
    let file = File::open(path).map_err(|e| miette::miette!("cannot read {name}: {e}"))?;
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

fn resolve_input(argument: &str) -> Result<Input, Report> {
    let path = Path::new(argument);
    if !path.exists() {
        if let Some(b) = bundled::find(argument) {
            return Ok(Input {
                name: format!("scenarios/{}", b.file_name),
                text: b.text.to_owned(),
            });
        }
    }
    read(path)
}

fn reports(error: &ScenarioError) -> impl Iterator<Item = Report> + '_ {
    let source = error.named_source();
    error
        .problems()
        .iter()
        .map(move |problem| Report::new(problem.clone()).with_source_code(source.clone()))
}

fn print_problems(error: &ScenarioError) {
    eprintln!("error: {error}");
    for report in reports(error) {
        eprintln!("{report:?}");
    }
}

fn run_scenario(argument: &str, format: unsc::render::Format) -> Result<ExitCode, Report> {
    let input = resolve_input(argument)?;
    let scenario = match scenario::load(&input.name, &input.text) {
        Ok(scenario) => scenario,
        Err(error) => {
            print_problems(&error);
            return Ok(ExitCode::FAILURE);
        }
    };
    let analysis = analyse(&scenario);
    write_stdout(&render(&analysis, format))
}

fn check(files: &[std::path::PathBuf]) -> ExitCode {
    let mut invalid = 0;
    for path in files {
        match read(path) {
            Err(report) => {
                invalid += 1;
                eprintln!("{report:?}");
            }
            Ok(input) => match scenario::load(&input.name, &input.text) {
                Ok(s) => println!("ok: {} ({})", input.name, s.meta.id),
                Err(error) => {
                    invalid += 1;
                    print_problems(&error);
                }
            },
        }
    }
    println!(
        "{} file{} checked, {invalid} invalid",
        files.len(),
        if files.len() == 1 { "" } else { "s" }
    );
    if invalid == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn list() -> Result<ExitCode, Report> {
    let lines: Vec<String> = bundled::ALL
        .iter()
        .map(|b| match scenario::load(b.file_name, b.text) {
            Ok(s) => format!("{:<48} {}  {}", s.meta.id, s.meta.date, s.meta.title),
            Err(e) => format!("{:<48} (invalid: {e})", b.stem()),
        })
        .collect();
    write_stdout(&(lines.join("\n") + "\n"))
}

/// Writes to stdout; a closed pipe (`unsc list | head`) is not an error.
fn write_stdout(text: &str) -> Result<ExitCode, Report> {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(miette::miette!("cannot write output: {e}")),
    }
}
