//! The scenarios shipped in `scenarios/` (votes, meetings, ICJ election rounds and straw
//! polls), embedded at build time, and the catalogue `unsc list` filters.

use std::collections::BTreeSet;

use crate::engine::{
    Outcome, RoundOutcome, analyse, resolve_election, resolve_meeting, same_outcome,
};
use crate::model::{Election, Meeting, Metadata, OutcomeKind, Scenario, StrawPoll};
use crate::scenario::{Document, ScenarioError};

/// A bundled scenario file.
#[derive(Clone, Copy, Debug)]
pub struct Bundled {
    /// Its file name, such as `2023-08-30-mali-sanctions-russia.toml`.
    pub file_name: &'static str,
    /// Its contents.
    pub text: &'static str,
}

impl Bundled {
    /// The file name without `.toml`, which is also the scenario's id.
    #[must_use]
    pub fn stem(&self) -> &'static str {
        self.file_name
            .strip_suffix(".toml")
            .unwrap_or(self.file_name)
    }

    /// Where the file is in the repository, such as `scenarios/meetings/NAME.toml`: the name
    /// messages give it.
    #[must_use]
    pub fn path(&self) -> String {
        let listed = |list: &[Bundled]| list.iter().any(|b| b.file_name == self.file_name);
        let folder = if listed(ELECTIONS) {
            "scenarios/elections"
        } else if listed(MEETINGS) {
            "scenarios/meetings"
        } else if listed(STRAW_POLLS) {
            "scenarios/straw-polls"
        } else {
            "scenarios"
        };
        format!("{folder}/{}", self.file_name)
    }
}

/// Every bundled vote, sorted by file name.
pub const ALL: &[Bundled] = include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// Every bundled ICJ election round (`scenarios/elections/`), sorted by file name. Only
/// `run`, `check`, `show`, `list`, `power` and `serve` read them.
pub const ELECTIONS: &[Bundled] = include!(concat!(env!("OUT_DIR"), "/bundled_elections.rs"));

/// Every bundled meeting of several votes (`scenarios/meetings/`), sorted by file name. Only
/// `run`, `check`, `show`, `list`, `replay`, `serve` and `whatif --vote` read them.
pub const MEETINGS: &[Bundled] = include!(concat!(env!("OUT_DIR"), "/bundled_meetings.rs"));

/// Every bundled straw poll in the selection of the Secretary-General (`scenarios/straw-polls/`),
/// sorted by file name. `run`, `check`, `show`, `list` and `serve` read them; other commands refuse
/// them.
pub const STRAW_POLLS: &[Bundled] = include!(concat!(env!("OUT_DIR"), "/bundled_straw_polls.rs"));

/// The bundled id most like `id`, for "did you mean …?".
#[must_use]
pub fn closest_id(id: &str) -> Option<&'static str> {
    crate::input::closest(
        id,
        ALL.iter()
            .chain(ELECTIONS)
            .chain(MEETINGS)
            .chain(STRAW_POLLS)
            .map(Bundled::stem),
    )
}

/// What to suggest when no file and no bundled scenario is named `argument`.
#[must_use]
pub fn not_found_help(argument: &str) -> String {
    match closest_id(argument) {
        Some(id) => format!("did you mean `{id}`? `unsc list` shows every bundled scenario"),
        None => "`unsc list` shows every bundled scenario, each named by its id".to_owned(),
    }
}

/// The bundled scenario (a vote, an election, a meeting or a straw poll) whose file stem is `id`.
#[must_use]
pub fn find(id: &str) -> Option<Bundled> {
    ALL.iter()
        .chain(ELECTIONS)
        .chain(MEETINGS)
        .chain(STRAW_POLLS)
        .copied()
        .find(|b| b.stem() == id)
}

/// Which bundled scenarios to list: every condition given must hold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// The year of the vote, meeting or election.
    pub year: Option<i32>,
    /// Tags the scenario must all carry (in any case).
    pub tags: Vec<String>,
    /// The outcome listed (see [`Entry::Vote`]); `adopted` also keeps texts adopted without
    /// a vote. A meeting is kept when any of its votes has the outcome; an election round,
    /// which elects rather than adopts, never is.
    pub outcome: Option<OutcomeKind>,
}

/// One entry of the catalogue, in file-name order (which is date order) across votes,
/// meetings, election rounds and straw polls.
#[derive(Debug)]
pub enum Entry {
    /// A single vote, with the outcome the engine computes — or `adopted-without-vote` when
    /// the record says so and the engine agrees it is adopted.
    Vote(Box<Scenario>, OutcomeKind),
    /// A meeting of several votes, with each vote's outcome in the order taken (the vote by
    /// its index in [`Meeting::votes`]).
    Meeting(Box<Meeting>, Vec<(usize, OutcomeKind)>),
    /// One round of an ICJ election, with its outcome in the Council.
    Election(Box<Election>, RoundOutcome),
    /// A straw poll in the selection of the Secretary-General: informal, so no outcome.
    StrawPoll(Box<StrawPoll>),
    /// A bundled file that does not load (a build that ships one is broken).
    Invalid(&'static str, Box<ScenarioError>),
}

/// The bundled scenarios the filter keeps.
#[derive(Debug, Default)]
pub struct Catalogue {
    /// The entries kept, and every file that does not load.
    pub entries: Vec<Entry>,
    /// Every tag of every bundled scenario, for "did you mean …?".
    pub known_tags: BTreeSet<String>,
}

/// Loads, resolves and filters every bundled vote, meeting, election round and straw poll.
#[must_use]
pub fn catalogue(filter: &Filter) -> Catalogue {
    let mut files: Vec<&Bundled> = (ALL.iter())
        .chain(MEETINGS)
        .chain(ELECTIONS)
        .chain(STRAW_POLLS)
        .collect();
    files.sort_by_key(|b| b.file_name);
    let mut catalogue = Catalogue::default();
    for b in files {
        let entry = match crate::scenario::load_document(b.file_name, b.text) {
            Ok(document) => listed(document),
            Err(e) => {
                catalogue
                    .entries
                    .push(Entry::Invalid(b.stem(), Box::new(e)));
                continue;
            }
        };
        let Some(meta) = entry.meta() else { continue };
        catalogue.known_tags.extend(meta.tags.iter().cloned());
        let keep = filter.year.is_none_or(|y| meta.date.year == y)
            && filter.tags.iter().all(|t| meta.has_tag(t))
            && filter.outcome.is_none_or(|o| entry.has_outcome(o));
        if keep {
            catalogue.entries.push(entry);
        }
    }
    catalogue
}

/// A loaded file resolved into its entry.
fn listed(document: Document) -> Entry {
    match document {
        Document::Vote(scenario) => {
            let outcome = listed_outcome(&scenario, analyse(&scenario).resolution.outcome);
            Entry::Vote(scenario, outcome)
        }
        Document::Meeting(meeting) => {
            let outcomes = resolve_meeting(&meeting)
                .into_iter()
                .map(|step| (step.vote, step.outcome))
                .collect();
            Entry::Meeting(meeting, outcomes)
        }
        Document::Election(election) => {
            let outcome = resolve_election(&election).outcome;
            Entry::Election(election, outcome)
        }
        Document::StrawPoll(poll) => Entry::StrawPoll(poll),
    }
}

impl Entry {
    /// The descriptive facts of a listed entry; `None` for an invalid file.
    #[must_use]
    pub fn meta(&self) -> Option<&Metadata> {
        match self {
            Self::Vote(scenario, _) => Some(&scenario.meta),
            Self::Meeting(meeting, _) => Some(&meeting.meta),
            Self::Election(election, _) => Some(&election.meta),
            Self::StrawPoll(poll) => Some(&poll.meta),
            Self::Invalid(..) => None,
        }
    }

    /// Whether the entry has `outcome` in the sense of [`Filter::outcome`].
    fn has_outcome(&self, outcome: OutcomeKind) -> bool {
        let matches = |listed: OutcomeKind| {
            outcome == listed
                || (outcome, listed) == (OutcomeKind::Adopted, OutcomeKind::AdoptedWithoutVote)
        };
        match self {
            Self::Vote(_, listed) => matches(*listed),
            Self::Meeting(_, outcomes) => outcomes.iter().any(|&(_, listed)| matches(listed)),
            Self::Election(..) | Self::StrawPoll(..) | Self::Invalid(..) => false,
        }
    }
}

/// The engine's outcome, refined to `adopted-without-vote` when the record says the text was
/// adopted that way and the engine agrees it is adopted.
fn listed_outcome(scenario: &Scenario, computed: Outcome) -> OutcomeKind {
    match &scenario.record {
        Some(record)
            if record.outcome == OutcomeKind::AdoptedWithoutVote
                && same_outcome(record.outcome, computed) =>
        {
            OutcomeKind::AdoptedWithoutVote
        }
        _ => computed.kind(),
    }
}

#[cfg(test)]
mod tests {
    use super::{Entry, Filter, catalogue};
    use crate::model::OutcomeKind;

    #[test]
    fn a_bundled_file_is_named_by_its_folder() {
        let folders = [
            (super::ALL, "scenarios/"),
            (super::MEETINGS, "scenarios/meetings/"),
            (super::ELECTIONS, "scenarios/elections/"),
            (super::STRAW_POLLS, "scenarios/straw-polls/"),
        ];
        for (list, folder) in folders {
            for b in list {
                assert_eq!(b.path(), format!("{folder}{}", b.file_name));
            }
        }
    }

    #[test]
    fn every_condition_of_the_filter_must_hold() {
        let everything = catalogue(&Filter::default());
        assert_eq!(
            everything.entries.len(),
            super::ALL.len()
                + super::MEETINGS.len()
                + super::ELECTIONS.len()
                + super::STRAW_POLLS.len()
        );
        let filter = Filter {
            year: Some(2023),
            outcome: Some(OutcomeKind::Vetoed),
            ..Filter::default()
        };
        let kept = catalogue(&filter).entries;
        assert!(!kept.is_empty());
        for entry in kept {
            match entry {
                Entry::Vote(scenario, outcome) => assert_eq!(
                    (scenario.meta.date.year, outcome),
                    (2023, OutcomeKind::Vetoed)
                ),
                Entry::Meeting(meeting, outcomes) => {
                    assert_eq!(meeting.meta.date.year, 2023);
                    assert!(outcomes.iter().any(|&(_, o)| o == OutcomeKind::Vetoed));
                }
                other => panic!("kept {other:?}"),
            }
        }
    }

    #[test]
    fn texts_adopted_without_a_vote_are_listed_so_and_count_as_adopted() {
        let listed = |outcome| {
            catalogue(&Filter {
                outcome: Some(outcome),
                ..Filter::default()
            })
            .entries
            .iter()
            .filter_map(|e| match e {
                Entry::Vote(s, o) => Some((s.meta.id.clone(), *o)),
                _ => None,
            })
            .collect::<Vec<_>>()
        };
        let without_vote = listed(OutcomeKind::AdoptedWithoutVote);
        assert!(!without_vote.is_empty());
        let adopted = listed(OutcomeKind::Adopted);
        for entry in &without_vote {
            assert_eq!(entry.1, OutcomeKind::AdoptedWithoutVote);
            assert!(
                adopted.contains(entry),
                "{entry:?} is not listed as adopted"
            );
        }
    }

    #[test]
    fn meetings_and_elections_are_listed_and_an_outcome_never_keeps_an_election() {
        let everything = catalogue(&Filter::default()).entries;
        let meetings = everything
            .iter()
            .filter(|e| matches!(e, Entry::Meeting(..)));
        assert_eq!(meetings.count(), super::MEETINGS.len());
        let elections = everything
            .iter()
            .filter(|e| matches!(e, Entry::Election(..)));
        assert_eq!(elections.count(), super::ELECTIONS.len());
        for outcome in [OutcomeKind::Adopted, OutcomeKind::Failed] {
            let kept = catalogue(&Filter {
                outcome: Some(outcome),
                ..Filter::default()
            });
            assert!(kept.entries.iter().any(|e| matches!(e, Entry::Meeting(..))));
            assert!(
                !kept
                    .entries
                    .iter()
                    .any(|e| matches!(e, Entry::Election(..)))
            );
        }
    }
}
