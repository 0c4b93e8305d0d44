//! The `power` command: a game request from the arguments, then the measures.

use std::path::Path;
use std::process::ExitCode;

use unsc::input::read_weights;
use unsc::model::Preset;
use unsc::power::{GameError, GameSpec, Index, Measures, measure};
use unsc::render;

use super::args::PowerFormat;
use super::{Failure, load_document, print_problems, read, write_stdout};

pub(super) fn power(
    scenario: Option<&str>,
    council: Option<i32>,
    rules: Option<Preset>,
    weights: Option<(&Path, u64)>,
    index: &[Index],
    format: PowerFormat,
) -> Result<ExitCode, Failure> {
    let loaded;
    let spec = if let Some((path, quota)) = weights {
        let input = read(path)?;
        let players = read_weights(&input.name, &input.text).map_err(|problems| {
            print_problems(&problems);
            Failure::Reported
        })?;
        GameSpec::Weights {
            name: input.name,
            players,
            quota,
        }
    } else if let Some(argument) = scenario {
        loaded = load_document(argument)?;
        match GameSpec::of_document(&loaded, rules) {
            Some(spec) => spec,
            // `load` refuses a meeting or a straw poll with its own problem code.
            None => return super::load(argument).map(|_| ExitCode::FAILURE),
        }
    } else if let Some(year) = council {
        GameSpec::Roster {
            year,
            preset: rules,
        }
    } else {
        GameSpec::Generic(rules)
    };
    let wanted = if index.is_empty() {
        Measures::Affordable(render::shown_indices(format.into()))
    } else {
        Measures::Exactly(index.iter().copied().collect())
    };
    let measured = measure(spec, wanted).map_err(|error| match error {
        GameError::WhatIf(e) => Failure::from(e),
        GameError::Power(e) => Failure::from(e),
        GameError::PresetOnElection(preset) => miette::miette!(
            "--rules {preset} does not apply to an ICJ election: the Statute fixes its rule (an absolute majority, no veto)"
        )
        .into(),
        GameError::TernaryOnElection => miette::miette!(
            "--index ternary does not apply to an ICJ election: a ballot that leaves a name off is the only way not to support a candidate, so there is no abstention to measure"
        )
        .into(),
        other => miette::miette!("{other}").into(),
    })?;
    let (title, p) = (render::game_title(&measured.subject), &measured.indices);
    let report = render::PowerReport {
        title: &title,
        indices: p,
    };
    write_stdout(&render::render(&report, format.into())?)
}
