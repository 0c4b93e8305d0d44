//! A scenario file of any kind, as the loader gives it.

use crate::model::{Election, Meeting, Metadata, Scenario, StrawPoll};

/// A scenario file of any kind: a vote, an ICJ election round, a meeting or a straw poll.
#[derive(Clone, Debug, PartialEq)]
pub enum Document {
    /// A vote on a draft.
    Vote(Box<Scenario>),
    /// One round of an election of members of the International Court of Justice.
    Election(Box<Election>),
    /// A meeting of several votes (`[[vote]]` tables).
    Meeting(Box<Meeting>),
    /// One straw poll in the selection of the Secretary-General.
    StrawPoll(Box<StrawPoll>),
}

impl Document {
    /// The scenario's id.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.meta().id
    }

    /// Its id, title, date, status and tags.
    #[must_use]
    pub fn meta(&self) -> &Metadata {
        match self {
            Self::Vote(scenario) => &scenario.meta,
            Self::Election(election) => &election.meta,
            Self::Meeting(meeting) => &meeting.meta,
            Self::StrawPoll(poll) => &poll.meta,
        }
    }
}
