//! The exercise asked and the answer scored: one call for `unsc exercise` and the classroom.

use crate::engine::{Analysis, analyse};
use crate::model::Scenario;
use crate::sim::SimError;
use crate::teach::{
    Answers, CompromiseScore, PenholderScore, PredictionScore, score_compromise, score_penholder,
    score_prediction, won_over,
};

/// Which exercise: `predict`, `compromise` or `penholder`.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantNames,
    strum::Display,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Exercise {
    /// Predict each vote and the outcome.
    Predict,
    /// Choose provisions to drop so the text passes.
    Compromise,
    /// Choose members to win over so the text passes.
    Penholder,
}

impl Exercise {
    /// `predict`, `compromise` or `penholder`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// An answer scored, with what its feedback explains.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)] // one per answer, made and rendered at once
pub enum Scored<'a> {
    /// A prediction, against the scenario's analysis.
    Prediction {
        /// The scenario's analysis.
        analysis: Analysis<'a>,
        /// The prediction's score.
        score: PredictionScore,
    },
    /// A compromise: what the student's text and the best text would have got.
    Compromise {
        /// The scenario.
        scenario: &'a Scenario,
        /// The compromise's score.
        score: CompromiseScore,
    },
    /// Members won over: the vote before and after.
    Penholder {
        /// The scenario's analysis, as drafted.
        before: Analysis<'a>,
        /// The score, with the resolution after winning the members over.
        score: PenholderScore,
    },
}

/// Scores `answers` to `exercise` on `scenario` with that exercise's scorer.
///
/// # Errors
/// For the compromise, when the scenario is too large for exact probabilities.
pub fn score<'a>(
    scenario: &'a Scenario,
    exercise: Exercise,
    answers: &Answers,
) -> Result<Scored<'a>, SimError> {
    Ok(match exercise {
        Exercise::Predict => {
            let analysis = analyse(scenario);
            let score = score_prediction(&analysis, answers);
            Scored::Prediction { analysis, score }
        }
        Exercise::Compromise => Scored::Compromise {
            scenario,
            score: score_compromise(scenario, answers)?,
        },
        Exercise::Penholder => {
            let before = analyse(scenario);
            let after = won_over(scenario, answers.win);
            let score = score_penholder(&before, &after, answers.win);
            Scored::Penholder { before, score }
        }
    })
}

impl Scored<'_> {
    /// The exercise answered.
    #[must_use]
    pub fn exercise(&self) -> Exercise {
        match self {
            Self::Prediction { .. } => Exercise::Predict,
            Self::Compromise { .. } => Exercise::Compromise,
            Self::Penholder { .. } => Exercise::Penholder,
        }
    }
}

#[cfg(test)]
mod tests {
    use strum::VariantNames;

    use super::{Exercise, score};
    use crate::engine::analyse;
    use crate::scenario::load;
    use crate::teach::{Answers, score_prediction};

    #[test]
    fn each_exercise_is_scored_by_its_own_scorer_and_named_once() {
        assert_eq!(Exercise::VARIANTS, ["predict", "compromise", "penholder"]);
        let b = &crate::bundled::ALL[0];
        let scenario = load(b.file_name, b.text).expect("a bundled vote");
        let answers = Answers::default();
        for name in Exercise::VARIANTS {
            let exercise: Exercise = name.parse().expect("its own name");
            let scored = score(&scenario, exercise, &answers).expect("scored");
            assert_eq!(scored.exercise(), exercise);
        }
        let scored = score(&scenario, Exercise::Predict, &answers).expect("scored");
        let analysis = analyse(&scenario);
        assert_eq!(
            scored,
            super::Scored::Prediction {
                score: score_prediction(&analysis, &answers),
                analysis,
            }
        );
    }
}
