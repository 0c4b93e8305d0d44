//! Teaching: reading a student's answers and scoring the exercises.
//!
//! No I/O and no prose: the CLI asks the questions, `render` writes briefings, worksheets and
//! feedback. Votes and outcomes to be predicted come from the engine, never from the answers.

mod answers;
mod exercise;

pub use answers::{Answers, parse, parse_outcome, parse_vote};
pub use exercise::{
    CompromiseScore, MemberResult, POINTS_FOR_OUTCOME, POINTS_PER_VOTE, PenholderScore,
    PredictionScore, TASK_POINTS, score_compromise, score_penholder, score_prediction, won_over,
};
