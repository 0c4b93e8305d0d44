//! Teaching: reading a student's answers and scoring the exercises.
//!
//! No I/O and no prose: the CLI asks the questions, `render` writes briefings, worksheets and
//! feedback. Votes and outcomes to be predicted come from the engine, never from the answers.

mod answers;
mod class_results;
mod exercise;
mod scored;

pub use answers::{Answers, parse, parse_outcome, parse_vote};
pub use class_results::{ClassResults, class_results};
pub use exercise::{
    CompromiseScore, MemberResult, POINTS_FOR_OUTCOME, POINTS_PER_VOTE, PenholderScore,
    PredictionScore, TASK_POINTS, score_compromise, score_penholder, score_prediction, won_over,
};
pub use scored::{Exercise, Scored, score};
