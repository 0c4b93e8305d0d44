//! The scenarios shipped in `scenarios/`, embedded at build time, and the catalogue `unsc list`
//! filters.

use std::collections::BTreeSet;

use crate::engine::{Outcome, analyse, same_outcome};
use crate::model::{OutcomeKind, Scenario};
use crate::scenario::ScenarioError;

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
}

/// Every bundled vote, sorted by file name.
pub const ALL: &[Bundled] = include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// Every bundled ICJ election round (`scenarios/elections/`), sorted by file name. Only
/// `run`, `check` and `show` read them; the catalogue lists votes.
pub const ELECTIONS: &[Bundled] = include!(concat!(env!("OUT_DIR"), "/bundled_elections.rs"));

/// Every bundled meeting of several votes (`scenarios/meetings/`), sorted by file name. Only
/// `run`, `check`, `show`, `replay` and `whatif --vote` read them; the catalogue lists votes.
pub const MEETINGS: &[Bundled] = include!(concat!(env!("OUT_DIR"), "/bundled_meetings.rs"));

/// Every bundled straw poll in the selection of the Secretary-General (`scenarios/straw-polls/`),
/// sorted by file name. Only `run`, `check` and `show` read them; the catalogue lists votes.
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
    /// The year of the vote.
    pub year: Option<i32>,
    /// Tags the scenario must all carry (in any case).
    pub tags: Vec<String>,
    /// The outcome listed (see [`Entry::Listed`]); `adopted` also keeps texts adopted without
    /// a vote.
    pub outcome: Option<OutcomeKind>,
}

/// One entry of the catalogue, in file order.
#[derive(Debug)]
pub enum Entry {
    /// A scenario that matches, with the outcome the engine computes — or
    /// `adopted-without-vote` when the record says so and the engine agrees it is adopted.
    Listed(Box<Scenario>, OutcomeKind),
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

/// Loads, resolves and filters every bundled scenario.
#[must_use]
pub fn catalogue(filter: &Filter) -> Catalogue {
    let mut catalogue = Catalogue::default();
    for b in ALL {
        let scenario = match crate::scenario::load(b.file_name, b.text) {
            Ok(s) => s,
            Err(e) => {
                catalogue
                    .entries
                    .push(Entry::Invalid(b.stem(), Box::new(e)));
                continue;
            }
        };
        catalogue
            .known_tags
            .extend(scenario.meta.tags.iter().cloned());
        let listed = listed_outcome(&scenario, analyse(&scenario).resolution.outcome);
        let keep = filter.year.is_none_or(|y| scenario.meta.date.year == y)
            && filter.tags.iter().all(|t| scenario.meta.has_tag(t))
            && filter.outcome.is_none_or(|o| {
                o == listed
                    || (o, listed) == (OutcomeKind::Adopted, OutcomeKind::AdoptedWithoutVote)
            });
        if keep {
            catalogue
                .entries
                .push(Entry::Listed(Box::new(scenario), listed));
        }
    }
    catalogue
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
    fn every_condition_of_the_filter_must_hold() {
        let everything = catalogue(&Filter::default());
        assert_eq!(everything.entries.len(), super::ALL.len());
        let filter = Filter {
            year: Some(2023),
            outcome: Some(OutcomeKind::Vetoed),
            ..Filter::default()
        };
        let kept = catalogue(&filter).entries;
        assert!(!kept.is_empty());
        for entry in kept {
            let Entry::Listed(scenario, outcome) = entry else {
                panic!("a bundled scenario does not load");
            };
            assert_eq!(
                (scenario.meta.date.year, outcome),
                (2023, OutcomeKind::Vetoed)
            );
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
                Entry::Listed(s, o) => Some((s.meta.id.clone(), *o)),
                Entry::Invalid(..) => None,
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
}
