//! The vote engine: Article 27 applied to a ballot, explained; a meeting's votes put in order
//! and each result carried into the text voted next; an ICJ election round counted; a straw
//! poll read.
//!
//! Pure and infallible: validated domain types in, typed results out. No I/O, no printing,
//! no randomness, no prose — English lives in [`crate::render`]. The Charter logic itself is
//! in one file, `article27.rs`.

mod analysis;
mod article27;
mod document;
mod election;
mod explain;
mod meeting;
mod preliminary;
mod record;
mod resolution;
mod rule;
mod straw_poll;
#[cfg(test)]
mod test_support;

pub use analysis::{Analysis, VETO_INITIATIVE_SINCE, analyse};
pub use article27::Resolver;
pub use document::{Resolved, resolve_document};
pub use election::{ElectionFinding, ElectionRound, ElectionRule, RoundOutcome, resolve_election};
pub use explain::{
    Explanation, Flip, Pivot, VoteChange, decisive, decisive_members, decisive_members_of, explain,
    smallest_flip,
};
pub use meeting::{
    CarriedChange, MeetingStep, QuestionSettled, TextChange, carried_changes, carry_what_if,
    resolve_meeting, resolve_meeting_with, vote_as_put,
};
pub use preliminary::{Settlement, as_motion_to_overrule};
pub use record::{RecordCheck, VoteMismatch, check, same_outcome};
pub use resolution::{Finding, Outcome, Resolution, Tally, Verdict};
pub use rule::RuleId;
pub use straw_poll::{
    CandidateReading, NINE, PermanentSignal, Prospect, StrawPollReading, StrawPollRule,
    read_straw_poll,
};
