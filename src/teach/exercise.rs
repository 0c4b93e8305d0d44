//! Scoring the three exercises: predict the vote, find the compromise, be the penholder.

use crate::engine::{Analysis, Resolution, analyse};
use crate::model::{MemberSet, OutcomeKind, ProvisionSet, Scenario, Vote};
use crate::sim::{self, Candidate, CompromiseOptions, SimError};
use crate::teach::answers::Answers;

/// Points for each correctly predicted vote.
pub const POINTS_PER_VOTE: u32 = 1;
/// Points for the correctly predicted outcome.
pub const POINTS_FOR_OUTCOME: u32 = 3;
/// The maximum score of the compromise and penholder exercises.
pub const TASK_POINTS: u32 = 10;

/// One member's prediction against its vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemberResult {
    /// Seat index.
    pub member: usize,
    /// What the student said.
    pub predicted: Option<Vote>,
    /// What the member did (its most likely vote for probabilistic stances).
    pub actual: Vote,
}

impl MemberResult {
    /// Whether the prediction was right.
    #[must_use]
    pub fn correct(&self) -> bool {
        self.predicted == Some(self.actual)
    }
}

/// The result of the prediction exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PredictionScore {
    /// Each member, in Council order.
    pub members: Vec<MemberResult>,
    /// The predicted outcome.
    pub outcome_predicted: Option<OutcomeKind>,
    /// The outcome.
    pub outcome_actual: OutcomeKind,
    /// Points earned.
    pub points: u32,
    /// Points possible.
    pub max: u32,
}

/// Scores predicted votes and outcome against the analysis.
#[must_use]
pub fn score_prediction(analysis: &Analysis<'_>, answers: &Answers) -> PredictionScore {
    let seats = analysis.scenario.council.len();
    let members: Vec<MemberResult> = (0..seats)
        .filter_map(|member| {
            Some(MemberResult {
                member,
                predicted: answers.vote_of(member),
                actual: analysis.ballot.vote(member)?,
            })
        })
        .collect();
    let outcome_actual = analysis.resolution.outcome.kind();
    let right = u32::try_from(members.iter().filter(|m| m.correct()).count()).unwrap_or(u32::MAX);
    let outcome_points = if answers.outcome == Some(outcome_actual) {
        POINTS_FOR_OUTCOME
    } else {
        0
    };
    PredictionScore {
        members,
        outcome_predicted: answers.outcome,
        outcome_actual,
        points: right * POINTS_PER_VOTE + outcome_points,
        max: u32::try_from(seats).unwrap_or(u32::MAX) * POINTS_PER_VOTE + POINTS_FOR_OUTCOME,
    }
}

/// The result of the compromise exercise.
#[derive(Clone, Debug, PartialEq)]
pub struct CompromiseScore {
    /// The provisions the student dropped.
    pub dropped: ProvisionSet,
    /// P(adopted) of the student's text.
    pub adopted: f64,
    /// The best text the search found.
    pub best: Candidate,
    /// P(adopted) of the text as drafted.
    pub baseline: f64,
    /// Points earned.
    pub points: u32,
}

/// Scores the student's text: full marks for reaching the best probability while giving up
/// no more than the best text does; 7 for reaching it by giving up more; otherwise up to 4
/// in proportion to the probability reached.
///
/// # Errors
/// When the scenario is too large for exact probabilities.
pub fn score_compromise(
    scenario: &Scenario,
    answers: &Answers,
) -> Result<CompromiseScore, SimError> {
    let options = CompromiseOptions {
        keep: ProvisionSet::EMPTY,
        win_over: 0,
        top: 1,
    };
    let search = sim::compromise(scenario, options)?;
    // The search always includes the text as drafted, so there is a best candidate; fall
    // back to the drafted text all the same rather than assume it.
    let best = search.candidates.into_iter().next().unwrap_or(Candidate {
        text: scenario.text,
        dropped: ProvisionSet::EMPTY,
        won_over: MemberSet::EMPTY,
        adopted: search.baseline,
        vetoed: 0.0,
    });
    let text = sim::with_changes(scenario, &[], answers.drop);
    let adopted = sim::simulate(&text, sim::MethodChoice::Exact, 1, 0, &|_| {})?
        .adopted
        .p;
    let dropped = scenario.text.intersection(answers.drop);
    let reached = adopted >= best.adopted - 1e-9;
    let points = if reached && dropped.len() <= best.dropped.len() {
        TASK_POINTS
    } else if reached {
        7
    } else if best.adopted > 0.0 {
        // Proportional credit, at most 4.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let partial = (4.0 * adopted / best.adopted).floor() as u32;
        partial.min(4)
    } else {
        0
    };
    Ok(CompromiseScore {
        dropped,
        adopted,
        best,
        baseline: search.baseline,
        points,
    })
}

/// The result of the penholder exercise.
#[derive(Clone, Debug, PartialEq)]
pub struct PenholderScore {
    /// The members the student won over.
    pub won: MemberSet,
    /// The vote with them won over.
    pub after: Resolution,
    /// The fewest members that must change for the draft to pass (none if it already does).
    pub needed: Option<usize>,
    /// Points earned.
    pub points: u32,
}

/// Scores the members the student wins over (their votes set to yes): full marks for
/// adoption with the fewest members possible, 6 for adoption with more, 0 otherwise.
#[must_use]
pub fn score_penholder(
    before: &Analysis<'_>,
    after_scenario: &Scenario,
    won: MemberSet,
) -> PenholderScore {
    let after = analyse(after_scenario).resolution;
    let needed = if before.resolution.outcome.is_adopted() {
        Some(0)
    } else {
        before
            .explanation
            .smallest_flip
            .as_ref()
            .map(|f| f.changes.len())
    };
    let points = match (after.outcome.is_adopted(), needed) {
        (true, Some(n)) if won.len() <= n => TASK_POINTS,
        (true, _) => 6,
        (false, _) => 0,
    };
    PenholderScore {
        won,
        after,
        needed,
        points,
    }
}

/// The scenario with these members won over: each votes yes.
#[must_use]
pub fn won_over(scenario: &Scenario, won: MemberSet) -> Scenario {
    let set: Vec<(usize, Vote)> = won.iter().map(|m| (m, Vote::Yes)).collect();
    sim::with_changes(scenario, &set, ProvisionSet::EMPTY)
}
