//! A scenario file of any kind resolved by the engine of its kind: the one call behind
//! `unsc run` and the classroom's documents.

use crate::engine::{
    Analysis, ElectionRound, MeetingStep, RoundOutcome, StrawPollReading, analyse, read_straw_poll,
    resolve_election, resolve_meeting,
};
use crate::model::{Document, Meeting, OutcomeKind};

/// What the engine says of a [`Document`]: each kind's own result.
#[derive(Clone, Debug)]
pub enum Resolved<'a> {
    /// A single vote, analysed.
    Vote(Box<Analysis<'a>>),
    /// A meeting and its votes, resolved in the order taken.
    Meeting(&'a Meeting, Vec<MeetingStep>),
    /// An ICJ election round.
    Election(ElectionRound<'a>),
    /// A straw poll, read as a forecast.
    StrawPoll(StrawPollReading<'a>),
}

/// Resolves a document with its kind's engine: [`analyse`], [`resolve_meeting`],
/// [`resolve_election`] or [`read_straw_poll`].
#[must_use]
pub fn resolve_document(document: &Document) -> Resolved<'_> {
    match document {
        Document::Vote(scenario) => Resolved::Vote(Box::new(analyse(scenario))),
        Document::Meeting(meeting) => Resolved::Meeting(meeting, resolve_meeting(meeting)),
        Document::Election(election) => Resolved::Election(resolve_election(election)),
        Document::StrawPoll(poll) => Resolved::StrawPoll(read_straw_poll(poll)),
    }
}

impl Resolved<'_> {
    /// The outcome of each vote, in the order taken: a single vote's, a meeting's votes';
    /// none for an election round or a straw poll, which adopt nothing.
    #[must_use]
    pub fn outcomes(&self) -> Vec<OutcomeKind> {
        match self {
            Self::Vote(analysis) => vec![analysis.resolution.outcome.kind()],
            Self::Meeting(_, steps) => steps.iter().map(|s| s.outcome).collect(),
            Self::Election(_) | Self::StrawPoll(_) => Vec::new(),
        }
    }

    /// An election round's outcome; `None` for the other kinds.
    #[must_use]
    pub fn round_outcome(&self) -> Option<RoundOutcome> {
        match self {
            Self::Election(round) => Some(round.outcome),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Resolved, resolve_document};
    use crate::bundled;
    use crate::engine::{analyse, resolve_election, resolve_meeting};
    use crate::model::Document;
    use crate::scenario::load_document;

    #[test]
    fn each_kind_is_resolved_by_its_own_engine() {
        let files = (bundled::ALL.iter())
            .chain(bundled::MEETINGS)
            .chain(bundled::ELECTIONS)
            .chain(bundled::STRAW_POLLS);
        for b in files {
            let document = load_document(b.file_name, b.text).expect("bundled files load");
            let resolved = resolve_document(&document);
            match (&document, &resolved) {
                (Document::Vote(scenario), Resolved::Vote(analysis)) => {
                    assert_eq!(**analysis, analyse(scenario));
                    assert_eq!(resolved.outcomes(), [analysis.resolution.outcome.kind()]);
                }
                (Document::Meeting(meeting), Resolved::Meeting(_, steps)) => {
                    assert_eq!(*steps, resolve_meeting(meeting));
                    let outcomes: Vec<_> = steps.iter().map(|s| s.outcome).collect();
                    assert_eq!(resolved.outcomes(), outcomes);
                }
                (Document::Election(election), Resolved::Election(round)) => {
                    let again = resolve_election(election);
                    assert_eq!((round.outcome, &round.votes), (again.outcome, &again.votes));
                    assert_eq!(resolved.round_outcome(), Some(round.outcome));
                    assert!(resolved.outcomes().is_empty());
                }
                (Document::StrawPoll(_), Resolved::StrawPoll(_)) => {
                    assert!(resolved.outcomes().is_empty() && resolved.round_outcome().is_none());
                }
                _ => panic!("{}: resolved as another kind", b.file_name),
            }
        }
    }
}
