//! The compromise finder: which provisions to drop (and which members to win over) for the
//! text most likely to be adopted.

use crate::engine::Resolver;
use crate::model::{MemberSet, ProvisionSet, Scenario, Stance, Vote};
use crate::sim::exact;
use crate::sim::groups::groups;
use crate::sim::{SimError, exact::MAX_EXACT_VETO_GROUPS};

/// Up to this many droppable provisions every subset is tried; beyond, at most two are dropped.
pub const MAX_EXHAUSTIVE_PROVISIONS: usize = 16;

/// The most texts (times members won over) one search evaluates.
pub const MAX_EVALUATIONS: u64 = 2_000_000;

/// The most members `win_over` may name.
pub const MAX_WIN_OVER: usize = 3;

/// What the search may change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompromiseOptions {
    /// Provisions that must stay in the text.
    pub keep: ProvisionSet,
    /// Up to how many members may be won over: a veto player to an abstention (it no longer
    /// vetoes), any other member to a vote in favour.
    pub win_over: usize,
    /// How many candidates to report.
    pub top: usize,
}

/// One candidate text.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The provisions kept.
    pub text: ProvisionSet,
    /// The provisions given up.
    pub dropped: ProvisionSet,
    /// Members assumed won over: veto players abstaining, the others voting in favour.
    pub won_over: MemberSet,
    /// P(adopted), exact.
    pub adopted: f64,
    /// P(vetoed), exact.
    pub vetoed: f64,
}

/// The search's result.
#[derive(Clone, Debug, PartialEq)]
pub struct CompromiseReport {
    /// P(adopted) of the text as drafted.
    pub baseline: f64,
    /// The best candidates, most likely to pass first.
    pub candidates: Vec<Candidate>,
    /// Texts (times member sets) evaluated.
    pub evaluated: u64,
    /// Whether every subset of droppable provisions was tried.
    pub exhaustive: bool,
    /// The most members won over tried with each text (every set of up to this many).
    pub win_over: usize,
}

fn binomial(n: u64, k: u64) -> u64 {
    (0..k).fold(1u64, |acc, i| acc.saturating_mul(n - i) / (i + 1))
}

fn subsets_up_to(items: &[usize], k: usize) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new()];
    for size in 1..=k.min(items.len()) {
        let mut combo: Vec<usize> = (0..size).collect();
        loop {
            out.push(combo.iter().map(|&i| items[i]).collect());
            let Some(pos) = (0..size)
                .rev()
                .find(|&i| combo[i] != i + items.len() - size)
            else {
                break;
            };
            combo[pos] += 1;
            for j in pos + 1..size {
                combo[j] = combo[j - 1] + 1;
            }
        }
    }
    out
}

/// Searches candidate texts for the one most likely to be adopted.
///
/// # Errors
/// When the search is larger than [`MAX_EVALUATIONS`], `win_over` exceeds [`MAX_WIN_OVER`],
/// the scenario is a consensus statement, or it is too large for exact probabilities.
pub fn compromise(
    scenario: &Scenario,
    options: CompromiseOptions,
) -> Result<CompromiseReport, SimError> {
    super::refuse_statements(scenario)?;
    if options.win_over > MAX_WIN_OVER {
        return Err(SimError::WinOverTooLarge);
    }
    let resolver = Resolver::new(&scenario.rules);
    let droppable: Vec<usize> = scenario.text.difference(options.keep).iter().collect();
    let exhaustive = droppable.len() <= MAX_EXHAUSTIVE_PROVISIONS;
    let drops: Vec<ProvisionSet> = if exhaustive {
        (0u64..1 << droppable.len())
            .map(|bits| {
                droppable
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| bits & (1 << i) != 0)
                    .fold(ProvisionSet::EMPTY, |set, (_, &p)| set.with(p))
            })
            .collect()
    } else {
        subsets_up_to(&droppable, 2)
            .into_iter()
            .map(|d| d.into_iter().fold(ProvisionSet::EMPTY, ProvisionSet::with))
            .collect()
    };
    let seats = scenario.council.len();
    let member_sets = (0..=options.win_over)
        .map(|k| binomial(seats as u64, k as u64))
        .sum::<u64>();
    let evaluations = (drops.len() as u64).saturating_mul(member_sets);
    if evaluations > MAX_EVALUATIONS {
        return Err(SimError::SearchTooLarge { evaluations });
    }
    let evaluate = |s: &Scenario| -> Result<(f64, f64), SimError> {
        let groups = groups(s);
        exact::outcome(&resolver, &groups, seats)
            .map(|o| (o.adopted, o.vetoed))
            .ok_or(SimError::TooLargeForExact {
                veto_groups: MAX_EXACT_VETO_GROUPS + 1,
            })
    };
    let baseline = evaluate(scenario)?.0;
    let mut candidates = Vec::new();
    let mut evaluated = 0u64;
    let everyone: Vec<usize> = (0..seats)
        .filter(|m| !scenario.rules.obliged_to_abstain().contains(*m))
        .collect();
    let veto_players = resolver.veto_players();
    // What winning a member over means: a permanent member is won over when it abstains
    // instead of vetoing (the Council's practice since 1946); anyone else, when it votes yes.
    let won_vote = |m: usize| {
        if veto_players.contains(m) {
            Vote::Abstain
        } else {
            Vote::Yes
        }
    };
    for drop in drops {
        // Dropping every provision leaves no text to adopt: not a compromise.
        if !scenario.text.is_empty() && scenario.text.difference(drop).is_empty() {
            continue;
        }
        let mut text_variant = scenario.clone();
        text_variant.text = scenario.text.difference(drop);
        let odds = text_variant.odds();
        let persuadable: Vec<usize> = everyone
            .iter()
            .copied()
            .filter(|&m| {
                odds[m].of(won_vote(m)) < 1.0
                    && (!veto_players.contains(m) || odds[m].of(Vote::No) > 0.0)
            })
            .collect();
        for won in subsets_up_to(&persuadable, options.win_over) {
            let mut trial = text_variant.clone();
            for &m in &won {
                trial.stances[m] = Stance::fixed(won_vote(m));
            }
            let (adopted, vetoed) = evaluate(&trial)?;
            evaluated += 1;
            candidates.push(Candidate {
                text: trial.text,
                dropped: drop,
                won_over: won.into_iter().collect(),
                adopted,
                vetoed,
            });
        }
    }
    candidates.sort_by(|a, b| {
        b.adopted
            .total_cmp(&a.adopted)
            .then_with(|| {
                (a.dropped.len() + a.won_over.len()).cmp(&(b.dropped.len() + b.won_over.len()))
            })
            .then_with(|| a.dropped.len().cmp(&b.dropped.len()))
    });
    candidates.truncate(options.top);
    Ok(CompromiseReport {
        baseline,
        candidates,
        evaluated,
        exhaustive,
        win_over: options.win_over,
    })
}
