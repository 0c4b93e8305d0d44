//! Replaying the veto record through the engine: from each member's sourced vote (a bundled
//! scenario), or from a tally and the named negative permanent votes, which together decide
//! the outcome. Rows with neither say why they cannot be replayed.

use crate::bundled;
use crate::engine::{Resolver, analyse};
use crate::history::veto_record::{RecordRow, RecordTally};
use crate::model::{Ballot, Council, MemberCode, Preset, RuleSet, Vote, roster};
use crate::scenario;

/// What a replay of a recorded row rests on.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
    strum::VariantNames,
    strum::Display,
)]
#[strum(serialize_all = "kebab-case")]
pub enum ReplayBasis {
    /// Each member's vote, from the bundled scenario.
    MemberVotes,
    /// The tally, with the named vetoing members voting against and the other permanent
    /// members in favour where the tally allows: the outcome depends on nothing else.
    Tally,
}

impl ReplayBasis {
    /// The stable name used in JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Why a row cannot be replayed.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
    strum::VariantNames,
    strum::Display,
)]
#[strum(serialize_all = "kebab-case")]
pub enum NotReplayable {
    /// No source read gives the tally or the members' votes.
    NoTally,
    /// The tally does not fit the Council of the year, or names more negative votes than the
    /// tally holds.
    InconsistentTally,
    /// The bundled scenario named by the row is missing or invalid.
    ScenarioUnavailable,
}

impl NotReplayable {
    /// The stable name used in JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A row replayed by the engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowReplay {
    /// What the replay rests on.
    pub basis: ReplayBasis,
    /// The engine's outcome: `vetoed`, `failed` or `adopted`.
    pub outcome: &'static str,
    /// The members the engine finds vetoing.
    pub vetoed_by: Vec<MemberCode>,
    /// Whether outcome and vetoing members agree with the row.
    pub agrees: bool,
}

/// Replays a row, or says why it cannot be.
///
/// # Errors
/// Why the row cannot be replayed.
pub fn replay_row(row: &RecordRow) -> Result<RowReplay, NotReplayable> {
    let (basis, outcome, vetoed_by) = if let Some(id) = &row.scenario {
        let bundled = bundled::find(id).ok_or(NotReplayable::ScenarioUnavailable)?;
        let scenario = scenario::load(bundled.file_name, bundled.text)
            .map_err(|_| NotReplayable::ScenarioUnavailable)?;
        let analysis = analyse(&scenario);
        let outcome = analysis.resolution.outcome;
        let codes = codes(&scenario.council, outcome.vetoed_by().iter());
        (ReplayBasis::MemberVotes, outcome.as_str(), codes)
    } else {
        let tally = row.tally.ok_or(NotReplayable::NoTally)?;
        let council = roster(row.date.year)
            .ok_or(NotReplayable::InconsistentTally)?
            .council;
        let ballot = ballot_from_tally(&council, tally, &row.vetoed_by)
            .ok_or(NotReplayable::InconsistentTally)?;
        let rules = RuleSet::new(
            Preset::in_force(row.date.year),
            council.permanent(),
            council.len(),
        );
        let outcome = Resolver::new(&rules).resolve(&ballot).outcome;
        let codes = codes(&council, outcome.vetoed_by().iter());
        (ReplayBasis::Tally, outcome.as_str(), codes)
    };
    let mut expected = row.vetoed_by.clone();
    let mut found = vetoed_by.clone();
    expected.sort_unstable();
    found.sort_unstable();
    Ok(RowReplay {
        basis,
        outcome,
        agrees: outcome == row.outcome.as_str() && expected == found,
        vetoed_by,
    })
}

fn codes(council: &Council, members: impl Iterator<Item = usize>) -> Vec<MemberCode> {
    members.map(|i| council.member(i).code).collect()
}

/// A ballot with the tally's counts: the vetoing members against, further negative votes
/// from elected members first, affirmative votes from the other permanent members first,
/// then abstentions, the remaining seats absent. `None` when the counts do not fit.
fn ballot_from_tally(
    council: &Council,
    tally: RecordTally,
    vetoed_by: &[MemberCode],
) -> Option<Ballot> {
    let mut votes = vec![Vote::Absent; council.len()];
    for code in vetoed_by {
        votes[council.index_of(*code)?] = Vote::No;
    }
    let permanent = council.permanent();
    let free = |votes: &[Vote], permanent_first: bool| -> Vec<usize> {
        let mut seats: Vec<usize> = (0..votes.len())
            .filter(|&i| votes[i] == Vote::Absent)
            .collect();
        seats.sort_by_key(|&i| permanent.contains(i) != permanent_first);
        seats
    };
    let mut place = |count: usize, vote: Vote, permanent_first: bool| -> Option<()> {
        let seats = free(&votes, permanent_first);
        for &i in seats.get(..count)? {
            votes[i] = vote;
        }
        Some(())
    };
    place(tally.no.checked_sub(vetoed_by.len())?, Vote::No, false)?;
    place(tally.yes, Vote::Yes, true)?;
    place(tally.abstain, Vote::Abstain, true)?;
    Some(Ballot::from_votes(&votes))
}

#[cfg(test)]
mod tests {
    use super::{NotReplayable, replay_row};
    use crate::history::veto_record::veto_record;

    #[test]
    fn every_replayable_row_agrees_with_the_record_and_the_others_say_why() {
        let rows = veto_record().expect("well formed");
        let mut replayed = 0;
        for row in &rows {
            match replay_row(row) {
                Ok(replay) => {
                    replayed += 1;
                    assert!(replay.agrees, "{} {:?}: {replay:?}", row.date, row.draft);
                }
                Err(reason) => assert_eq!(reason, NotReplayable::NoTally, "{}", row.date),
            }
        }
        assert!(replayed >= 10, "{replayed}");
    }
}
