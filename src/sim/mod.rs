//! What-ifs and probabilities over the engine.
//!
//! No I/O and no ambient randomness: Monte Carlo draws from a `ChaCha8` generator seeded by the
//! caller, one stream position per trial, so results do not depend on thread count. Progress
//! is reported through a callback the caller supplies.

mod compromise;
pub mod exact;
mod groups;
pub mod monte_carlo;
mod reform;
mod whatif;
mod whatif_run;

pub use compromise::{
    Candidate, CompromiseOptions, CompromiseReport, MAX_EVALUATIONS, MAX_WIN_OVER, compromise,
};
pub use groups::{Group, groups};
pub use reform::{Outlook, Reach, Reformed, outlook, reach, reformed};
pub use whatif::{
    Assessment, Comparison, WhatIfError, apply, compare, find_provision, preset_rules, with_changes,
};
pub use whatif_run::{WhatIfRun, WhatIfRunError, variant_of, what_if};

use crate::engine::{Resolver, Tally};
use crate::model::{QuestionKind, Scenario};

/// Monte Carlo's trials when the caller names none: `unsc simulate`, `unsc report` and the web
/// server all use it, so their figures agree.
pub const DEFAULT_TRIALS: u64 = 1_000_000;
/// Monte Carlo's seed when the caller names none.
pub const DEFAULT_SEED: u64 = 2023;

/// The most trials one simulation may run.
pub const MAX_TRIALS: u64 = 10_000_000_000;

/// How the probabilities were obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Computed exactly; no sampling.
    Exact,
    /// Estimated by seeded Monte Carlo.
    MonteCarlo {
        /// Trials run.
        trials: u64,
        /// The generator's seed.
        seed: u64,
    },
}

/// Which method the caller wants: `auto`, `exact` or `monte-carlo`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr, strum::VariantNames,
)]
#[strum(serialize_all = "kebab-case")]
pub enum MethodChoice {
    /// Exact when possible, Monte Carlo otherwise.
    Auto,
    /// Exact or an error.
    Exact,
    /// Monte Carlo.
    MonteCarlo,
}

/// A probability, with its 95% interval when estimated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    /// The probability (or the estimate).
    pub p: f64,
    /// Wilson 95% interval; `None` when exact.
    pub ci95: Option<(f64, f64)>,
}

impl Estimate {
    fn exact(p: f64) -> Self {
        Self {
            p: p.clamp(0.0, 1.0),
            ci95: None,
        }
    }

    /// The Wilson score interval for `successes` of `trials`.
    #[must_use]
    #[allow(clippy::cast_precision_loss)]
    pub fn wilson(successes: u64, trials: u64) -> Self {
        const Z: f64 = 1.959_963_984_540_054;
        let n = trials as f64;
        let p = successes as f64 / n;
        let z2 = Z * Z;
        let denominator = 1.0 + z2 / n;
        let centre = (p + z2 / (2.0 * n)) / denominator;
        let half = Z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denominator;
        Self {
            p,
            ci95: Some(((centre - half).max(0.0), (centre + half).min(1.0))),
        }
    }
}

/// Probabilities for one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Simulation {
    /// Exact or Monte Carlo.
    pub method: Method,
    /// Whether every member votes independently (no one follows another).
    pub independent: bool,
    /// P(adopted).
    pub adopted: Estimate,
    /// P(vetoed).
    pub vetoed: Estimate,
    /// P(failed for want of votes).
    pub failed: Estimate,
    /// For each veto-holder (seat index): P(vetoed with it among the blockers).
    pub veto_by: Vec<(usize, Estimate)>,
    /// Per seat: P(the member is decisive).
    pub decisive: Vec<Estimate>,
    /// Tallies as counted, most likely first (empty when not counted).
    pub tallies: Vec<(Tally, Estimate)>,
}

/// A simulation could not run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, miette::Diagnostic)]
#[non_exhaustive]
pub enum SimError {
    /// Zero trials.
    #[error("--trials must be at least 1")]
    NoTrials,
    /// More trials than allowed.
    #[error("{trials} trials is more than the maximum of {MAX_TRIALS}")]
    TooManyTrials {
        /// Trials asked for.
        trials: u64,
    },
    /// The exact method's state space is too large.
    #[error(
        "{veto_groups} veto-holding voting groups is more than the exact method handles ({}); use Monte Carlo",
        exact::MAX_EXACT_VETO_GROUPS
    )]
    TooLargeForExact {
        /// Veto-holding groups in the scenario.
        veto_groups: usize,
    },
    /// The compromise search is larger than allowed.
    #[error(
        "the compromise search would evaluate {evaluations} texts, more than the maximum of {MAX_EVALUATIONS}; keep more provisions (--keep) or win over fewer members"
    )]
    SearchTooLarge {
        /// Evaluations the search needs.
        evaluations: u64,
    },
    /// Too many members to win over.
    #[error("--win-over may be at most {MAX_WIN_OVER}")]
    WinOverTooLarge,
    /// Simulations estimate votes; a consensus statement is not voted on.
    #[error(
        "simulations model votes, not consensus statements; use `unsc run` and `unsc whatif` for a statement"
    )]
    ConsensusStatement,
    /// Simulations estimate votes on a question put; a ruling of the President counts the
    /// votes against it, or is not voted on at all.
    #[error(
        "simulations model votes on a draft or a question, not on the President's ruling; use `unsc run` and `unsc whatif` for a ruling"
    )]
    PresidentRuling,
}

/// Simulations count votes as adopted, vetoed or failed; a consensus statement is none of
/// these, and a ruling of the President stands unless votes against it overrule it.
fn refuse_statements(scenario: &Scenario) -> Result<(), SimError> {
    if scenario.rules.question == QuestionKind::Statement {
        Err(SimError::ConsensusStatement)
    } else if scenario.rules.question == QuestionKind::Preliminary
        && scenario.rules.ruling.is_some()
    {
        Err(SimError::PresidentRuling)
    } else {
        Ok(())
    }
}

/// Probabilities of each outcome for the scenario's stances.
///
/// # Errors
/// When `trials` is 0 or above [`MAX_TRIALS`], the scenario is a consensus statement, or the
/// exact method was required but the scenario is too large for it.
pub fn simulate(
    scenario: &Scenario,
    choice: MethodChoice,
    trials: u64,
    seed: u64,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Simulation, SimError> {
    refuse_statements(scenario)?;
    if trials == 0 {
        return Err(SimError::NoTrials);
    }
    if trials > MAX_TRIALS {
        return Err(SimError::TooManyTrials { trials });
    }
    let resolver = Resolver::new(&scenario.rules);
    let groups = groups(scenario);
    let seats = scenario.council.len();
    let independent = groups.len() == seats;
    let exact_outcome = match choice {
        MethodChoice::MonteCarlo => None,
        MethodChoice::Auto | MethodChoice::Exact => exact::outcome(&resolver, &groups, seats),
    };
    if let Some(outcome) = exact_outcome {
        let veto_holders = resolver.veto_players();
        return Ok(Simulation {
            method: Method::Exact,
            independent,
            adopted: Estimate::exact(outcome.adopted),
            vetoed: Estimate::exact(outcome.vetoed),
            failed: Estimate::exact(outcome.failed),
            veto_by: veto_holders
                .iter()
                .map(|m| (m, Estimate::exact(outcome.veto_by[m])))
                .collect(),
            decisive: exact::decisive(&resolver, &groups, seats)
                .into_iter()
                .map(Estimate::exact)
                .collect(),
            tallies: exact::tallies(&groups, seats)
                .into_iter()
                .map(|(t, p)| (t, Estimate::exact(p)))
                .collect(),
        });
    }
    if choice == MethodChoice::Exact {
        let veto_groups = groups
            .iter()
            .filter(|g| !g.members.intersection(resolver.veto_players()).is_empty())
            .count();
        return Err(SimError::TooLargeForExact { veto_groups });
    }
    let counts = monte_carlo::run(&resolver, &groups, seats, trials, seed, progress);
    Ok(from_counts(&resolver, &counts, seats, independent, seed))
}

fn from_counts(
    resolver: &Resolver,
    counts: &monte_carlo::Counts,
    seats: usize,
    independent: bool,
    seed: u64,
) -> Simulation {
    let n = counts.trials;
    let side = seats + 1;
    let mut tallies: Vec<(Tally, Estimate)> = counts
        .tallies
        .iter()
        .enumerate()
        .filter(|(_, c)| **c > 0)
        .map(|(index, &c)| {
            let (yes, no, abstain) = (index / (side * side), (index / side) % side, index % side);
            let tally = Tally::from_counts(yes, no, abstain, seats);
            (tally, Estimate::wilson(c, n))
        })
        .collect();
    tallies.sort_by(|a, b| {
        b.1.p
            .total_cmp(&a.1.p)
            .then_with(|| (b.0.yes, b.0.no).cmp(&(a.0.yes, a.0.no)))
    });
    Simulation {
        method: Method::MonteCarlo { trials: n, seed },
        independent,
        adopted: Estimate::wilson(counts.adopted, n),
        vetoed: Estimate::wilson(counts.vetoed, n),
        failed: Estimate::wilson(counts.failed, n),
        veto_by: resolver
            .veto_players()
            .iter()
            .map(|m| (m, Estimate::wilson(counts.veto_by[m], n)))
            .collect(),
        decisive: counts
            .decisive
            .iter()
            .map(|&c| Estimate::wilson(c, n))
            .collect(),
        tallies,
    }
}
