//! `unsc man`: the manual pages, generated from the CLI definition, each with the exit codes.

use std::path::Path;
use std::process::ExitCode;

use clap::CommandFactory;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, roman};
use miette::Report;

use super::files::write_folder;
use super::output::diag;
use super::{Cli, Failure, write_stdout};

/// The exit codes, as `docs/cli.md` lists them.
const EXIT_STATUS: [(&str, &str); 4] = [
    (
        "0",
        "Success, including a vetoed or failed draft: a veto is a result, not an error. Also when standard output is closed early (unsc list | head -1).",
    ),
    (
        "1",
        "Invalid input (a scenario, answers, a weights or voting-data file) or an I/O error.",
    ),
    (
        "2",
        "A usage error: an unknown command or flag, a missing argument, a malformed flag value, or a flag naming what the scenario does not have.",
    ),
    ("3", "unsc replay: a vote disagrees with the record."),
];

/// Prints `unsc(1)`, or with `dir` writes it and one page per subcommand (`unsc-run(1)`, …),
/// the pages `unsc(1)` refers to, all or none, building `dir` if it is missing.
pub(crate) fn man(dir: Option<&Path>, force: bool) -> Result<ExitCode, Failure> {
    let mut root = Cli::command().disable_help_subcommand(true);
    // Building names each subcommand for its page: `unsc-run`, ….
    root.build();
    let Some(dir) = dir else {
        return write_stdout(&page(root)?);
    };
    let mut commands = vec![root.clone()];
    commands.extend(root.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
    let pages = commands
        .into_iter()
        .map(|command| Ok((Man::new(command.clone()).get_filename(), page(command)?)))
        .collect::<Result<Vec<_>, Report>>()?;
    let files: Vec<(&str, &str)> = pages
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    write_folder(dir, &files, force)?;
    for (name, _) in &pages {
        diag!("wrote {}", dir.join(name).display());
    }
    Ok(ExitCode::SUCCESS)
}

/// One page in roff: `clap_mangen`'s sections, then EXIT STATUS.
fn page(command: clap::Command) -> Result<String, Report> {
    let mut out = Vec::new();
    Man::new(command)
        .source(concat!("unsc ", env!("CARGO_PKG_VERSION")))
        .render(&mut out)
        .map_err(|e| miette::miette!("cannot render the manual page: {e}"))?;
    let mut roff = Roff::default();
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in EXIT_STATUS {
        roff.control("TP", []);
        roff.text([bold(code)]);
        roff.text([roman(meaning)]);
    }
    roff.to_writer(&mut out)
        .map_err(|e| miette::miette!("cannot render the manual page: {e}"))?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}
