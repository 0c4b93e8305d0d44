//! The `power` command: which game to measure, then the indices.

use std::path::Path;
use std::process::ExitCode;

use miette::Report;
use unsc::model::{Preset, RuleSet, roster, roster_coverage};
use unsc::power::{Game, Player, indices};
use unsc::render;
use unsc::sim;

use super::args::PowerFormat;
use super::{Failure, load, read, write_stdout};

/// The preset named, or `default` when none is.
fn preset(name: Option<&str>, default: Preset) -> Result<Preset, Report> {
    name.map_or(Ok(default), |n| {
        n.parse::<Preset>().map_err(|e| miette::miette!("{e}"))
    })
}

/// A preset's generic Council as a game: permanent seats P1–P5, elected seats E1, E2, ….
fn generic_game(preset: Preset) -> Result<Game, Report> {
    let players = (0..preset.council_size())
        .map(|i| Player {
            label: if i < 5 {
                format!("P{}", i + 1)
            } else {
                format!("E{}", i - 4)
            },
            weight: 1,
            veto: i < 5 && preset.has_veto(),
        })
        .collect();
    Ok(Game::new(players, preset.threshold() as u64)?)
}

pub(super) fn power(
    scenario: Option<&str>,
    council: Option<i32>,
    rules: Option<&str>,
    weights: Option<(&Path, u64)>,
    format: PowerFormat,
) -> Result<ExitCode, Failure> {
    let (title, game) = if let Some((path, quota)) = weights {
        let input = read(path)?;
        (
            format!("{} (quota {quota})", input.name),
            Game::from_weights_csv(&input.text, quota)?,
        )
    } else if let Some(argument) = scenario {
        let scenario = load(argument)?;
        let rules = match rules {
            Some(name) => sim::preset_rules(&scenario, name)?,
            None => scenario.rules.clone(),
        };
        (
            format!("{} — rules {}", scenario.meta.id, rules.preset),
            Game::from_council(&scenario.council, &rules),
        )
    } else if let Some(year) = council {
        let roster = roster(year).ok_or_else(|| {
            miette::miette!(
                "there is no built-in roster for {year}; built-in rosters cover {}",
                roster_coverage()
            )
        })?;
        // The Council voted under the rule in force that year (charter-1945 until 1965).
        let preset = preset(rules, Preset::in_force(year))?;
        let rules = RuleSet::from_preset(preset, roster.council.permanent());
        (
            format!("the Council of {year} — rules {preset}"),
            Game::from_council(&roster.council, &rules),
        )
    } else {
        let preset = preset(rules, Preset::Charter)?;
        (
            format!(
                "a {}-member Council — rules {preset}",
                preset.council_size()
            ),
            generic_game(preset)?,
        )
    };
    let p = indices(&game)?;
    write_stdout(&match format {
        PowerFormat::Text => render::power_text(&title, &p),
        PowerFormat::Json => render::power_json(&title, &p),
        PowerFormat::Markdown => render::power_markdown(&title, &p),
        PowerFormat::Csv => render::power_csv(&p),
    })
}
