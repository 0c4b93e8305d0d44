//! The command line, declared with clap. Only the binary depends on clap.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Simulate and explain UN Security Council votes.
#[derive(Debug, Parser)]
#[command(name = "unsc", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Resolve a scenario's vote and explain it.
    Run {
        /// A scenario file, or the id of a bundled scenario.
        scenario: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Validate scenario files and report every problem.
    Check {
        /// Scenario files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// List the bundled scenarios.
    List,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Text,
    Json,
    Markdown,
}

impl From<FormatArg> for unsc::render::Format {
    fn from(value: FormatArg) -> Self {
        match value {
            FormatArg::Text => Self::Text,
            FormatArg::Json => Self::Json,
            FormatArg::Markdown => Self::Markdown,
        }
    }
}
