//! Domain types: members, Councils, votes, ballots, rule sets, rulings, drafts and scenarios;
//! meetings, ICJ elections and straw polls; the built-in rosters.
//!
//! No I/O, no parsing of files, no prose: plain data with the invariants the engine relies on.

mod ballot;
mod council;
mod document;
mod draft;
mod election;
mod meeting;
mod member;
mod member_set;
mod roster;
mod rule_set;
mod ruling;
mod scenario;
mod source;
mod stance;
mod straw_poll;
mod vote;

pub use ballot::Ballot;
pub use council::{Council, CouncilError};
pub use document::Document;
pub use draft::{Basis, Draft, MAX_PROVISIONS, Provision, ProvisionSet};
pub use election::{Ballots, Candidate, Election, ElectionRecord, MAX_VACANCIES};
pub use meeting::{DecidedOrder, Meeting, MeetingVote, Motion, MotionKind};
pub use member::{InvalidMemberCode, Member, MemberCode, Seat};
pub use member_set::{MAX_MEMBERS, MemberSet};
pub use roster::{
    ROSTER_YEARS, Roster, SEAT_CHANGES, SeatChange, name_of, roster, roster_coverage, roster_years,
};
pub use rule_set::{
    Enlargement, PreliminaryReading, Preset, QuestionKind, RuleSet, UnknownPreset, preset_names,
};
pub use ruling::{ChallengeVote, PresidentRuling, Ruling};
pub use scenario::{CouncilOrigin, Date, Metadata, OutcomeKind, Record, Scenario, Status, Variant};
pub use source::{InvalidSource, Source};
pub use stance::{
    Choice, Condition, NewOddsError, ODDS_TOLERANCE, OddsError, Position, Stance, VoteOdds,
};
pub use straw_poll::{Opinion, Papers, PermanentShare, Reported, Results, StrawPoll, Tally};
pub use vote::{UnknownVote, Vote};
