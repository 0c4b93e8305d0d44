//! Which game `unsc power` (and `GET /api/power`) measures, chosen from a typed request: a
//! scenario's Council under its rules or a preset, an ICJ election's Council, a year's roster,
//! a preset's generic Council, or weights. One call, [`measure`], builds the game and measures it.

use crate::model::{
    CouncilError, Document, Election, MemberSet, Preset, RuleSet, Scenario, roster, roster_coverage,
};
use crate::power::{
    Game, Index, IndexSet, Player, PowerError, PowerIndices, affordable_indices, indices,
};
use crate::sim::{self, WhatIfError};

/// The game to measure.
#[derive(Clone, Debug)]
pub enum GameSpec<'a> {
    /// A scenario's Council, under its own rules or a preset (one that adds seats measures
    /// the Council with its new seats).
    Scenario {
        /// The scenario.
        scenario: &'a Scenario,
        /// The preset, if not the scenario's own rules.
        preset: Option<Preset>,
    },
    /// An ICJ election's Council: an absolute majority, no veto (Statute, Art. 10). Its rule
    /// is fixed, so a preset is refused, and so is the ternary measure (a ballot that leaves a
    /// name off is the only way not to support a candidate).
    Election {
        /// The election.
        election: &'a Election,
        /// A preset asked for, which is refused.
        preset: Option<Preset>,
    },
    /// The built-in roster of a year, with a preset's new seats; without a preset, the rule in
    /// force that year (`charter-1945` until 1965).
    Roster {
        /// The year.
        year: i32,
        /// The preset.
        preset: Option<Preset>,
    },
    /// A preset's generic Council (the Charter's without one): permanent seats P1–P5, new
    /// permanent seats N1, N2, … (a reform's), elected seats E1, E2, ….
    Generic(Option<Preset>),
    /// Players with weights and a quota, as read from a weights file.
    Weights {
        /// The file's name.
        name: String,
        /// The players.
        players: Vec<Player>,
        /// The weight a coalition needs.
        quota: u64,
    },
}

impl<'a> GameSpec<'a> {
    /// The game of a scenario file: a vote's Council or an election's, under `preset` (which
    /// an election refuses when measured); `None` for a meeting or a straw poll, which have
    /// no one game.
    #[must_use]
    pub fn of_document(document: &'a Document, preset: Option<Preset>) -> Option<Self> {
        match document {
            Document::Vote(scenario) => Some(Self::Scenario { scenario, preset }),
            Document::Election(election) => Some(Self::Election { election, preset }),
            Document::Meeting(_) | Document::StrawPoll(_) => None,
        }
    }
}

/// Which measures to compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measures {
    /// These, less any too large to compute (listed as omitted).
    Affordable(IndexSet),
    /// Exactly these, or an error.
    Exactly(IndexSet),
}

/// What was measured, for a title. `veto-restraint` is measured on the drafts it concerns,
/// those about mass atrocities, on a roster or a generic Council.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GameSubject {
    /// A scenario's Council.
    Scenario {
        /// The scenario's id.
        id: String,
        /// The rules measured.
        preset: Preset,
        /// Whether the preset's new seats were added.
        new_seats: bool,
    },
    /// An ICJ election's Council.
    Election {
        /// The election's id.
        id: String,
        /// The votes a candidate needs.
        majority: usize,
        /// The Council's seats.
        seats: usize,
    },
    /// A year's roster.
    Roster {
        /// The year.
        year: i32,
        /// The rules measured.
        preset: Preset,
    },
    /// A preset's generic Council.
    Generic(Preset),
    /// A weights file.
    Weights {
        /// The file's name.
        name: String,
        /// The quota.
        quota: u64,
    },
}

/// A game's measures and what was measured.
#[derive(Clone, Debug)]
pub struct MeasuredGame {
    /// What was measured.
    pub subject: GameSubject,
    /// The measures.
    pub indices: PowerIndices,
}

/// Why a game could not be built or measured.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[non_exhaustive]
pub enum GameError {
    /// No built-in roster for the year.
    #[error("there is no built-in roster for {year}; built-in rosters cover {coverage}")]
    UnknownRosterYear {
        /// The year asked for.
        year: i32,
        /// The years there are.
        coverage: String,
    },
    /// A preset given for an ICJ election, whose rule the Statute fixes.
    #[error(
        "the preset {0} does not apply to an ICJ election: the Statute fixes its rule (an absolute majority, no veto)"
    )]
    PresetOnElection(Preset),
    /// The ternary measure asked of an ICJ election, which has no abstention.
    #[error(
        "the ternary measure does not apply to an ICJ election: a ballot that leaves a name off is the only way not to support a candidate, so there is no abstention to measure"
    )]
    TernaryOnElection,
    /// A preset's new seats do not fit the Council.
    #[error(transparent)]
    Council(#[from] CouncilError),
    /// A preset that cannot apply to the scenario.
    #[error(transparent)]
    #[diagnostic(transparent)]
    WhatIf(#[from] WhatIfError),
    /// A game that cannot be built or measured.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Power(#[from] PowerError),
}

/// Builds the game a request names and measures it.
///
/// # Errors
/// An unknown roster year, a preset that does not fit, a game that cannot be built, or a
/// measure too large to compute (with [`Measures::Exactly`]).
pub fn measure(spec: GameSpec<'_>, measures: Measures) -> Result<MeasuredGame, GameError> {
    let election = matches!(spec, GameSpec::Election { .. });
    let measures = match measures {
        Measures::Exactly(set) if election && set.contains(Index::Ternary) => {
            return Err(GameError::TernaryOnElection);
        }
        Measures::Affordable(set) if election => Measures::Affordable(set.without(Index::Ternary)),
        other => other,
    };
    let (subject, game) = game(spec)?;
    let indices = match measures {
        Measures::Affordable(set) => affordable_indices(&game, set)?,
        Measures::Exactly(set) => indices(&game, set)?,
    };
    Ok(MeasuredGame { subject, indices })
}

/// The game a request names, and what it is.
fn game(spec: GameSpec<'_>) -> Result<(GameSubject, Game), GameError> {
    Ok(match spec {
        GameSpec::Weights {
            name,
            players,
            quota,
        } => (
            GameSubject::Weights { name, quota },
            Game::new(players, quota)?,
        ),
        GameSpec::Scenario { scenario, preset } => {
            let id = scenario.meta.id.clone();
            match preset {
                Some(preset) if preset.enlargement().seats() > 0 => {
                    let reformed = sim::reformed(scenario, preset)?;
                    (
                        GameSubject::Scenario {
                            id,
                            preset,
                            new_seats: true,
                        },
                        Game::from_council(&reformed.council, &reformed.rules),
                    )
                }
                Some(preset) => {
                    let rules = sim::preset_rules(scenario, preset)?;
                    (
                        GameSubject::Scenario {
                            id,
                            preset: rules.preset,
                            new_seats: false,
                        },
                        Game::from_council(&scenario.council, &rules),
                    )
                }
                None => (
                    GameSubject::Scenario {
                        id,
                        preset: scenario.rules.preset,
                        new_seats: false,
                    },
                    Game::from_council(&scenario.council, &scenario.rules),
                ),
            }
        }
        GameSpec::Election {
            preset: Some(preset),
            ..
        } => return Err(GameError::PresetOnElection(preset)),
        GameSpec::Election {
            election,
            preset: None,
        } => (
            GameSubject::Election {
                id: election.meta.id.clone(),
                majority: election.absolute_majority(),
                seats: election.council.len(),
            },
            Game::of_election(election),
        ),
        GameSpec::Roster { year, preset } => {
            let roster = roster(year).ok_or_else(|| GameError::UnknownRosterYear {
                year,
                coverage: roster_coverage(),
            })?;
            let preset = preset.unwrap_or_else(|| Preset::in_force(year));
            let council = roster.council.with_new_seats(preset.enlargement())?;
            let mut rules = RuleSet::new(preset, council.permanent(), council.len());
            rules.mass_atrocities = true;
            (
                GameSubject::Roster { year, preset },
                Game::from_council(&council, &rules),
            )
        }
        GameSpec::Generic(preset) => {
            let preset = preset.unwrap_or(Preset::Charter);
            (GameSubject::Generic(preset), generic_game(preset))
        }
    })
}

/// A preset's generic Council as a game: permanent seats P1–P5, new permanent seats N1, N2, …,
/// elected seats E1, E2, ….
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::power::Index;

    #[test]
    fn a_roster_is_measured_under_the_rule_in_force_that_year() {
        let only = Measures::Exactly(IndexSet::all().without(Index::Ternary));
        let measured = measure(
            GameSpec::Roster {
                year: 1960,
                preset: None,
            },
            only,
        )
        .expect("the 1960 roster");
        assert_eq!(
            measured.subject,
            GameSubject::Roster {
                year: 1960,
                preset: Preset::in_force(1960)
            }
        );
        assert!(matches!(
            measure(
                GameSpec::Roster {
                    year: 1900,
                    preset: None
                },
                only
            ),
            Err(GameError::UnknownRosterYear { year: 1900, .. })
        ));
        let generic = measure(GameSpec::Generic(None), only).expect("the Charter's Council");
        assert_eq!(generic.subject, GameSubject::Generic(Preset::Charter));
    }

    #[test]
    fn a_vote_and_an_election_have_a_game_and_a_meeting_or_a_straw_poll_none() {
        let kinds = [
            (&crate::bundled::ALL[0], true),
            (&crate::bundled::ELECTIONS[0], true),
            (&crate::bundled::MEETINGS[0], false),
            (&crate::bundled::STRAW_POLLS[0], false),
        ];
        for (b, has_game) in kinds {
            let document = crate::scenario::load_document(b.file_name, b.text).expect("loads");
            let spec = GameSpec::of_document(&document, Some(Preset::Charter));
            assert_eq!(spec.is_some(), has_game, "{}", b.file_name);
        }
    }
}
