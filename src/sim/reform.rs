//! Reform presets that add seats: the Council they make, and what its new seats would have
//! to do for a draft to be adopted.
//!
//! No draft names the states that would fill the new seats, and no scenario says how they
//! would vote, so a what-if never guesses their votes. It asks instead what the new seats
//! would have to do, given the current members' votes.

use crate::engine::{Analysis, Resolution, Resolver, analyse};
use crate::model::{Ballot, ChallengeVote, Council, Preset, QuestionKind, RuleSet, Scenario, Vote};
use crate::sim::WhatIfError;

/// A scenario's Council enlarged by a reform preset, and the rule set it would vote under.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reformed {
    /// The preset.
    pub preset: Preset,
    /// The current members, then the new seats.
    pub council: Council,
    /// The preset's rule set for that Council, keeping the scenario's question and parties.
    pub rules: RuleSet,
    /// How many seats the scenario's Council has: the new seats follow them.
    pub current: usize,
}

impl Reformed {
    /// The new seats' indices.
    #[must_use]
    pub fn new_seats(&self) -> std::ops::Range<usize> {
        self.current..self.council.len()
    }
}

/// The scenario's Council with the preset's new seats.
///
/// # Errors
/// When the preset adds no seats, the scenario is a consensus statement, or the Council
/// would exceed the supported size.
pub fn reformed(scenario: &Scenario, preset: Preset) -> Result<Reformed, WhatIfError> {
    if scenario.rules.question == QuestionKind::Statement {
        return Err(WhatIfError::PresetOnStatement);
    }
    let seats = preset.enlargement();
    if seats.seats() == 0 {
        return Err(WhatIfError::NotAnEnlargement(preset));
    }
    let current = scenario.council.len();
    let council = scenario
        .council
        .with_new_seats(seats)
        .map_err(|e| WhatIfError::Enlargement(e.to_string()))?;
    let mut rules =
        RuleSet::new(preset, council.permanent(), council.len()).for_draft(&scenario.draft);
    rules.question = scenario.rules.question;
    rules.dispute_parties = scenario.rules.dispute_parties;
    // The procedure of the preliminary question is not the preset's to change.
    rules.preliminary = scenario.rules.preliminary;
    rules.ruling = scenario.rules.ruling;
    Ok(Reformed {
        preset,
        council,
        rules,
        current,
    })
}

/// What the new seats would have to do for the draft to be adopted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reach {
    /// Adopted whatever the new seats do.
    Assured,
    /// Adopted when at least `yes` new seats vote in favour and no new seat holding a veto
    /// votes against.
    Needs {
        /// Affirmative votes needed from the new seats.
        yes: usize,
    },
    /// Not adopted whatever the new seats do: the resolution with every new seat in favour.
    Impossible(Box<Resolution>),
    /// The President's ruling on the preliminary question was not challenged: it stands
    /// without a vote (rule 30), whatever the new seats would do.
    Unchallenged,
    /// The President's ruling was challenged: it is overruled when at least this many new
    /// seats vote to overrule it (0: whatever they do), and stands whatever they do on `None`.
    Overruled(Option<usize>),
}

/// A scenario's vote, as written and under a reform that adds seats.
#[derive(Clone, Debug, PartialEq)]
pub struct Outlook<'a> {
    /// The scenario as written.
    pub baseline: Analysis<'a>,
    /// The current members' votes the reform is applied to (after any other changes).
    pub variant: Analysis<'a>,
    /// The enlarged Council and its rule set.
    pub reformed: Reformed,
    /// What the new seats would have to do.
    pub reach: Reach,
}

/// The outlook of `variant` (the scenario with any other changes applied) under `reformed`.
#[must_use]
pub fn outlook<'a>(
    baseline: &'a Scenario,
    variant: &'a Scenario,
    reformed: Reformed,
) -> Outlook<'a> {
    let variant_analysis = analyse(variant);
    let reach = reach(&reformed, &variant_analysis.ballot);
    Outlook {
        baseline: analyse(baseline),
        variant: variant_analysis,
        reformed,
        reach,
    }
}

/// What the new seats must do, given the current members' `ballot`. Every case is decided by
/// the one Article 27 resolver: the new seats all against; then `k` in favour and the rest
/// abstaining (an abstention never blocks, a no from a seat without the veto counts the
/// same), for the least `k` that adopts. On a preliminary question the President ruled on,
/// the new seats decide only a challenge: the least number of them voting to overrule, the
/// rest abstaining, that overrules the ruling.
#[must_use]
pub fn reach(reformed: &Reformed, ballot: &Ballot) -> Reach {
    let resolver = Resolver::new(&reformed.rules);
    let seats: Vec<usize> = reformed.new_seats().collect();
    let with_votes = |k: usize, vote: Vote, rest: Vote| {
        seats.iter().enumerate().fold(*ballot, |b, (n, &seat)| {
            b.with(seat, if n < k { vote } else { rest })
        })
    };
    if let Some(ruling) = reformed.rules.ruling {
        let Some(challenge) = ruling.challenge else {
            return Reach::Unchallenged;
        };
        let to_overrule = match challenge {
            ChallengeVote::Ruling => Vote::No,
            ChallengeVote::Overrule => Vote::Yes,
        };
        return Reach::Overruled((0..=seats.len()).find(|&k| {
            resolver
                .settlement(&with_votes(k, to_overrule, Vote::Abstain))
                .is_some_and(|s| s.overruled)
        }));
    }
    let with = |yes: usize, rest: Vote| with_votes(yes, Vote::Yes, rest);
    if resolver.outcome(&with(0, Vote::No)).is_adopted() {
        return Reach::Assured;
    }
    (0..=seats.len())
        .find(|&yes| resolver.outcome(&with(yes, Vote::Abstain)).is_adopted())
        .map_or_else(
            || {
                Reach::Impossible(Box::new(
                    resolver.resolve(&with(seats.len(), Vote::Abstain)),
                ))
            },
            |yes| Reach::Needs { yes },
        )
}

#[cfg(test)]
mod tests {
    use super::{Reach, reach, reformed};
    use crate::engine::Outcome;
    use crate::model::{Ballot, Preset, Vote};
    use crate::scenario::load;

    fn mali() -> crate::model::Scenario {
        load(
            "mali.toml",
            include_str!("../../scenarios/2023-08-30-mali-sanctions-france-uae.toml"),
        )
        .expect("bundled scenario loads")
    }

    #[test]
    fn a_current_veto_survives_every_enlargement() {
        let scenario = mali();
        for preset in [Preset::G4, Preset::UnitingForConsensus, Preset::Ezulwini] {
            let reformed = reformed(&scenario, preset).expect("enlarges");
            match reach(&reformed, &scenario.ballot()) {
                Reach::Impossible(resolution) => {
                    assert!(matches!(resolution.outcome, Outcome::Vetoed(_)), "{preset}");
                }
                other => panic!("{preset}: {other:?}"),
            }
        }
    }

    #[test]
    fn without_the_veto_the_new_seats_supply_the_missing_votes() {
        let scenario = mali();
        let reformed = reformed(&scenario, Preset::G4).expect("enlarges");
        // Russia abstains instead: 13 of the 15 votes G4 needs.
        let russia = scenario
            .council
            .index_of("RUS".parse().expect("code"))
            .expect("sits");
        let ballot = scenario.ballot().with(russia, Vote::Abstain);
        assert_eq!(reach(&reformed, &ballot), Reach::Needs { yes: 2 });
    }

    #[test]
    fn new_permanent_seats_with_the_veto_can_block_an_assured_majority() {
        let scenario = mali();
        let ezulwini = reformed(&scenario, Preset::Ezulwini).expect("enlarges");
        let g4 = reformed(&scenario, Preset::G4).expect("enlarges");
        let all_yes = Ballot::from_votes(&[Vote::Yes; 15]);
        // 15 in favour meets 15 (G4) whatever the new seats do, but 16 (Ezulwini) needs one
        // of them, and under Ezulwini six of them hold a veto.
        assert_eq!(reach(&g4, &all_yes), Reach::Assured);
        assert_eq!(reach(&ezulwini, &all_yes), Reach::Needs { yes: 1 });
    }

    #[test]
    fn a_reform_keeps_the_presidents_ruling_and_the_new_seats_decide_only_a_challenge() {
        // Rule 30: an unchallenged ruling stands without a vote, whatever the new seats would
        // do; a challenged one stands unless the procedural majority votes to overrule it.
        let scenario = crate::render::fixture::ruling();
        let g4 = reformed(&scenario, Preset::G4).expect("enlarges");
        assert_eq!(g4.rules.ruling, scenario.rules.ruling);
        assert_eq!(reach(&g4, &scenario.ballot()), Reach::Unchallenged);
        let challenged = crate::sim::apply(&scenario, &scenario.variants[0]).expect("applies");
        let g4 = reformed(&challenged, Preset::G4).expect("enlarges");
        // One vote against the ruling of the 15 G4 requires: ten new seats cannot overrule it.
        assert_eq!(reach(&g4, &challenged.ballot()), Reach::Overruled(None));
        let against = |n: usize| {
            let votes: Vec<Vote> = (0..15)
                .map(|i| if i < n { Vote::No } else { Vote::Yes })
                .collect();
            Ballot::from_votes(&votes)
        };
        assert_eq!(reach(&g4, &against(9)), Reach::Overruled(Some(6)));
        assert_eq!(reach(&g4, &against(15)), Reach::Overruled(Some(0)));
    }

    #[test]
    fn presets_that_add_no_seats_are_refused() {
        assert!(reformed(&mali(), Preset::NoVeto).is_err());
    }
}
