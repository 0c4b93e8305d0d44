//! The `unsc` command. Parses arguments and hands over to `cli`.

mod cli;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use miette::{GraphicalTheme, MietteHandlerOpts, ThemeCharacters, ThemeStyles};

fn main() -> ExitCode {
    // `COMPLETE=bash unsc` prints a completion script that calls back here (docs/cli.md).
    clap_complete::CompleteEnv::with_factory(<cli::Cli as clap::CommandFactory>::command)
        .complete();
    let cli = cli::Cli::parse();
    let colour = match cli.color {
        cli::ColorChoice::Always => true,
        cli::ColorChoice::Never => false,
        cli::ColorChoice::Auto => {
            std::io::stderr().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let installed = miette::set_hook(Box::new(move |_| {
        let theme = if colour {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme {
                characters: ThemeCharacters::ascii(),
                styles: ThemeStyles::none(),
            }
        };
        Box::new(
            MietteHandlerOpts::new()
                .graphical_theme(theme)
                .terminal_links(false)
                .width(100)
                .build(),
        )
    }));
    if installed.is_err() {
        let _ = writeln!(
            std::io::stderr(),
            "warning: could not install the error reporter; errors will be plain"
        );
    }
    cli::run(cli)
}
