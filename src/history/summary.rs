//! A summary of a replayed voting-data file: votes per year, unanimity, who dissented, and
//! what was flagged.

use std::collections::BTreeMap;

use crate::history::replay::{Discrepancy, Replay};
use crate::history::undl::{Modality, RecordedVote};
use crate::model::{MemberCode, QuestionKind, Vote};

/// How often one member did not vote in favour of a text put to the vote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Dissent {
    /// Negative votes.
    pub no: usize,
    /// Abstentions.
    pub abstain: usize,
    /// Non-voting (absent or not participating).
    pub non_voting: usize,
}

/// Counts over every vote of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Votes (and adoptions without a vote) in the file.
    pub votes: usize,
    /// Votes per calendar year, oldest first.
    pub per_year: Vec<(i32, usize)>,
    /// Texts adopted without a vote.
    pub without_vote: usize,
    /// Texts put to the vote.
    pub voted: usize,
    /// Of those, the ones where every member voted in favour.
    pub unanimous: usize,
    /// Votes read as procedural.
    pub procedural: usize,
    /// For each member that ever did not vote in favour, how often, by code.
    pub dissent: Vec<(MemberCode, Dissent)>,
    /// Disagreements with the record, by kind (every kind listed, zero included).
    pub discrepancies: Vec<(Discrepancy, usize)>,
    /// Roster findings, by kind (`wrong-size`, `wrong-member`).
    pub roster_findings: Vec<(&'static str, usize)>,
}

impl Summary {
    /// Sums up the votes of a file and their replays (in the same order).
    #[must_use]
    pub fn new(votes: &[RecordedVote], replays: &[Replay]) -> Self {
        let mut per_year: BTreeMap<i32, usize> = BTreeMap::new();
        let mut dissent: BTreeMap<MemberCode, Dissent> = BTreeMap::new();
        let mut roster: BTreeMap<&'static str, usize> = BTreeMap::new();
        let (mut taken, mut unanimous) = (0, 0);
        for (vote, replay) in votes.iter().zip(replays) {
            *per_year.entry(vote.date.year).or_default() += 1;
            if let Some(finding) = &replay.roster {
                *roster.entry(finding.kind()).or_default() += 1;
            }
            if vote.modality == Modality::WithoutVote {
                continue;
            }
            taken += 1;
            let mut all_yes = true;
            for (i, member) in vote.council.members().iter().enumerate() {
                let cast = vote.ballot.vote(i);
                if cast == Some(Vote::Yes) {
                    continue;
                }
                all_yes = false;
                let entry = dissent.entry(member.code).or_default();
                match cast {
                    Some(Vote::No) => entry.no += 1,
                    Some(Vote::Abstain) => entry.abstain += 1,
                    _ => entry.non_voting += 1,
                }
            }
            unanimous += usize::from(all_yes);
        }
        Self {
            votes: votes.len(),
            per_year: per_year.into_iter().collect(),
            without_vote: votes.len() - taken,
            voted: taken,
            unanimous,
            procedural: votes
                .iter()
                .filter(|v| v.question == QuestionKind::Procedural)
                .count(),
            dissent: dissent.into_iter().collect(),
            discrepancies: <Discrepancy as strum::IntoEnumIterator>::iter()
                .map(|d| {
                    let n = replays.iter().filter(|r| r.discrepancy == Some(d)).count();
                    (d, n)
                })
                .collect(),
            roster_findings: roster.into_iter().collect(),
        }
    }
}
