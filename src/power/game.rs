//! A weighted voting game with veto players: the structure every power index is computed on.

use crate::engine::Resolver;
use crate::model::{Council, Election, RuleSet, Vote};

/// The most players a game may have (counts fit in 256 bits).
pub const MAX_PLAYERS: usize = 255;

/// One voter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Player {
    /// How the player is named in output (a member code, or a label from a weights file).
    pub label: String,
    /// Its weight (1 for every Council member).
    pub weight: u64,
    /// Whether every winning coalition must include it.
    pub veto: bool,
}

/// A coalition wins when its weight reaches the quota and it includes every veto player.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Game {
    /// The players, in order.
    pub players: Vec<Player>,
    /// The weight a coalition needs.
    pub quota: u64,
}

/// A game could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, miette::Diagnostic)]
#[non_exhaustive]
pub enum PowerError {
    /// No players.
    #[error("a game needs at least one player")]
    NoPlayers,
    /// Too many players.
    #[error("{0} players is more than the maximum of {MAX_PLAYERS}")]
    TooManyPlayers(usize),
    /// A quota of zero, or above the total weight.
    #[error("a quota of {quota} is impossible: it must be between 1 and the total weight, {total}")]
    BadQuota {
        /// The quota given.
        quota: u64,
        /// The players' total weight.
        total: u64,
    },
    /// A measure would need more memory than its limit, by every method that computes it.
    #[error(
        "this game of {players} players is too large to measure exactly for {index}: after dividing the weights by their common factor (quota {quota}), it needs {needed} {unit}, more than the limit of {limit}"
    )]
    #[diagnostic(help(
        "ask for fewer indices (--index), scale the weights down, or group players of equal weight; docs/power.md states every limit"
    ))]
    TooLarge {
        /// The measure.
        index: crate::power::Index,
        /// Players in the game.
        players: usize,
        /// The quota, after reduction.
        quota: u64,
        /// What the game needs, in `unit`.
        needed: u128,
        /// The limit, in `unit`.
        limit: u128,
        /// What is counted.
        unit: &'static str,
    },
    /// The weights add up to more than a `u64` holds.
    #[error("the weights add up to more than {}", u64::MAX)]
    TotalTooLarge,
}

impl Game {
    /// A game, checked.
    ///
    /// # Errors
    /// When there are no players, too many, their weights add up past `u64::MAX`, or the quota
    /// is not between 1 and the total weight.
    pub fn new(players: Vec<Player>, quota: u64) -> Result<Self, PowerError> {
        if players.is_empty() {
            return Err(PowerError::NoPlayers);
        }
        if players.len() > MAX_PLAYERS {
            return Err(PowerError::TooManyPlayers(players.len()));
        }
        let total = players
            .iter()
            .try_fold(0u64, |sum, p| sum.checked_add(p.weight));
        match total {
            Some(total) if (1..=total).contains(&quota) => Ok(Self { players, quota }),
            Some(total) => Err(PowerError::BadQuota { quota, total }),
            None => Err(PowerError::TotalTooLarge),
        }
    }

    /// The game of one candidate in an ICJ election: one vote per member, the absolute
    /// majority as quota, and no veto players — the Council votes "without any distinction
    /// between permanent and non-permanent members" (ICJ Statute, Art. 10(2)).
    #[must_use]
    pub fn of_election(election: &Election) -> Self {
        let players = election
            .council
            .members()
            .iter()
            .map(|m| Player {
                label: m.code.to_string(),
                weight: 1,
                veto: false,
            })
            .collect();
        Self {
            players,
            quota: election.absolute_majority() as u64,
        }
    }

    /// The Council's game under a rule set: its members, in order, as [`Game::from_rules`].
    #[must_use]
    pub fn from_council(council: &Council, rules: &RuleSet) -> Self {
        Self::from_rules(council.members().iter().map(|m| m.code.to_string()), rules)
    }

    /// The game of one seat per label under a rule set: one vote each, the affirmative
    /// threshold as quota, and the engine's veto players ([`Resolver::veto_players`]) as veto
    /// players. Yes/no voting (abstention is modelled separately, see `ternary`): a member's
    /// "no" is its negative vote, or its abstention where a pledge of restraint moves its
    /// stance; a party to a dispute is measured as voting, as the engine counts its vote.
    #[must_use]
    pub fn from_rules(labels: impl IntoIterator<Item = String>, rules: &RuleSet) -> Self {
        let resolver = Resolver::new(rules);
        let pledged = rules.pledged();
        let players: Vec<Player> = labels
            .into_iter()
            .enumerate()
            .map(|(i, label)| {
                let no = if pledged.contains(i) {
                    Vote::Abstain
                } else {
                    Vote::No
                };
                Player {
                    label,
                    weight: 1,
                    veto: resolver.veto_players().contains(i) && resolver.vote_blocks(no),
                }
            })
            .collect();
        let seats = players.len().max(1);
        Self {
            players,
            // A consensus statement needs no affirmative votes, only that no one objects: in
            // yes/no terms, everyone's yes.
            quota: rules.threshold.clamp(1, seats) as u64,
        }
    }

    /// The same game with every weight and the quota divided by the weights' greatest common
    /// divisor (the quota rounded up): the same coalitions win.
    #[must_use]
    pub(crate) fn reduced(&self) -> Self {
        let divisor = self.players.iter().fold(0u64, |g, p| gcd(g, p.weight));
        if divisor <= 1 {
            return self.clone();
        }
        Self {
            players: self
                .players
                .iter()
                .map(|p| Player {
                    weight: p.weight / divisor,
                    ..p.clone()
                })
                .collect(),
            quota: self.quota.div_ceil(divisor),
        }
    }

    /// Whether the coalition (a bit per player, for small games) wins. For tests and checks.
    #[must_use]
    pub fn wins(&self, members: &[bool]) -> bool {
        let weight: u64 = self
            .players
            .iter()
            .zip(members)
            .filter(|(_, m)| **m)
            .map(|(p, _)| p.weight)
            .sum();
        weight >= self.quota && self.players.iter().zip(members).all(|(p, m)| !p.veto || *m)
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}
