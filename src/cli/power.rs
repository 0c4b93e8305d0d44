//! The `power` command: which game to measure, then the indices.

use std::path::Path;
use std::process::ExitCode;

use unsc::model::{MemberSet, Preset, RuleSet, roster, roster_coverage};
use unsc::power::{
    Game, Index, IndexSet, WeightsErrors, affordable_indices, indices, read_weights,
};
use unsc::render;
use unsc::scenario::Document;
use unsc::sim;

use super::args::PowerFormat;
use super::history::print_line_problems;
use super::{Failure, load_document, read, write_stdout};

/// A preset's generic Council as a game: permanent seats P1–P5, new permanent seats N1, N2, …
/// (a reform's), elected seats E1, E2, …. `veto-restraint` is measured on the drafts it
/// concerns, those about mass atrocities.
fn generic_game(preset: Preset) -> Game {
    let seats = preset.enlargement();
    let current = preset.council_size() - seats.seats();
    let mut rules = RuleSet::new(
        preset,
        MemberSet::first(5 + seats.permanent),
        preset.council_size(),
    );
    rules.mass_atrocities = true;
    let labels = (1..=5)
        .map(|i| format!("P{i}"))
        .chain((1..=seats.permanent).map(|i| format!("N{i}")))
        .chain((1..=current - 5 + seats.elected).map(|i| format!("E{i}")));
    Game::from_rules(labels, &rules)
}

/// The measures a format shows: CSV and Markdown have no line for Coleman's, and show the
/// ternary measure only when it is asked for.
fn shown(format: PowerFormat) -> IndexSet {
    match format {
        PowerFormat::Text | PowerFormat::Json => IndexSet::all(),
        PowerFormat::Markdown => IndexSet::all().without(Index::Ternary),
        PowerFormat::Csv => IndexSet::all()
            .without(Index::Ternary)
            .without(Index::Coleman),
    }
}

/// A title's note on what `veto-restraint` measures.
fn restraint_note(preset: Preset) -> &'static str {
    if preset == Preset::VetoRestraint {
        " (drafts concerning mass atrocities; on other drafts, as charter)"
    } else {
        ""
    }
}

pub(super) fn power(
    scenario: Option<&str>,
    council: Option<i32>,
    rules: Option<Preset>,
    weights: Option<(&Path, u64)>,
    index: &[Index],
    format: PowerFormat,
) -> Result<ExitCode, Failure> {
    let (title, game) = if let Some((path, quota)) = weights {
        let input = read(path)?;
        let players = read_weights(&input.text).map_err(|WeightsErrors(errors)| {
            print_line_problems(
                path,
                errors
                    .iter()
                    .map(|e| (e.line, e.kind.to_string(), e.kind.code())),
            );
            Failure::Reported
        })?;
        (
            format!("{} (quota {quota})", input.name),
            Game::new(players, quota)?,
        )
    } else if let Some(argument) = scenario {
        let scenario = match load_document(argument)? {
            Document::Vote(scenario) => scenario,
            // `load` refuses a meeting with its own problem code.
            Document::Meeting(_) => Box::new(super::load(argument)?),
            Document::Election(election) => {
                if let Some(preset) = rules {
                    return Err(miette::miette!(
                        "--rules {preset} does not apply to an ICJ election: the Statute fixes its rule (an absolute majority, no veto)"
                    )
                    .into());
                }
                if index.contains(&Index::Ternary) {
                    return Err(miette::miette!(
                        "--index ternary does not apply to an ICJ election: a ballot that leaves a name off is the only way not to support a candidate, so there is no abstention to measure"
                    )
                    .into());
                }
                return measure(
                    &format!(
                        "{} — ICJ election: an absolute majority of {} of {}, no veto",
                        election.meta.id,
                        election.absolute_majority(),
                        election.council.len()
                    ),
                    &Game::of_election(&election),
                    index,
                    shown(format).without(Index::Ternary),
                    format,
                );
            }
        };
        match rules {
            Some(preset) if preset.enlargement().seats() > 0 => {
                let reformed = sim::reformed(&scenario, preset)?;
                (
                    format!("{} — rules {preset}, with its new seats", scenario.meta.id),
                    Game::from_council(&reformed.council, &reformed.rules),
                )
            }
            Some(preset) => {
                let rules = sim::preset_rules(&scenario, preset)?;
                (
                    format!("{} — rules {}", scenario.meta.id, rules.preset),
                    Game::from_council(&scenario.council, &rules),
                )
            }
            None => (
                format!("{} — rules {}", scenario.meta.id, scenario.rules.preset),
                Game::from_council(&scenario.council, &scenario.rules),
            ),
        }
    } else if let Some(year) = council {
        let roster = roster(year).ok_or_else(|| {
            miette::miette!(
                "there is no built-in roster for {year}; built-in rosters cover {}",
                roster_coverage()
            )
        })?;
        // The Council voted under the rule in force that year (charter-1945 until 1965).
        let preset = rules.unwrap_or_else(|| Preset::in_force(year));
        let council = roster
            .council
            .with_new_seats(preset.enlargement())
            .map_err(|e| miette::miette!("{e}"))?;
        // veto-restraint is measured on the drafts it concerns.
        let mut rules = RuleSet::new(preset, council.permanent(), council.len());
        rules.mass_atrocities = true;
        (
            format!(
                "the Council of {year} — rules {preset}{}",
                restraint_note(preset)
            ),
            Game::from_council(&council, &rules),
        )
    } else {
        let preset = rules.unwrap_or(Preset::Charter);
        (
            format!(
                "a {}-member Council — rules {preset}{}",
                preset.council_size(),
                restraint_note(preset)
            ),
            generic_game(preset),
        )
    };
    measure(&title, &game, index, shown(format), format)
}

/// The indices of `game` (those `index` names, or else the affordable ones of `shown`),
/// written in `format`.
fn measure(
    title: &str,
    game: &Game,
    index: &[Index],
    shown: IndexSet,
    format: PowerFormat,
) -> Result<ExitCode, Failure> {
    let p = if index.is_empty() {
        affordable_indices(game, shown)?
    } else {
        indices(game, index.iter().copied().collect())?
    };
    write_stdout(&match format {
        PowerFormat::Text => render::power_text(title, &p),
        PowerFormat::Json => render::power_json(title, &p),
        PowerFormat::Markdown => render::power_markdown(title, &p),
        PowerFormat::Csv => render::power_csv(&p),
    })
}
