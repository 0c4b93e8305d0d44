//! An election of members of the International Court of Justice, as one round of the
//! Council's balloting (ICJ Statute, Arts. 4, 8, 10-12).

use crate::model::council::Council;
use crate::model::scenario::{CouncilOrigin, Metadata};
use crate::model::source::Source;

/// The most vacancies one election can fill: the Court has fifteen members (Statute, Art. 3(1)).
pub const MAX_VACANCIES: usize = 15;

/// A person nominated for the Court (Statute, Art. 4).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// The name as the ballot paper gives it.
    pub name: String,
    /// The State of which the candidate is a national (for Art. 10(3)).
    pub nationality: String,
}

/// How the Council's votes in the round are known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ballots {
    /// The votes each candidate obtained, as the meeting record announces them, in candidate
    /// order. The ballot is secret: this is all the record holds.
    Counted(Vec<usize>),
    /// Each member's ballot, in Council order: the candidates it marked. Only a hypothetical
    /// scenario may hold these, since the real ballots are secret.
    Marked(Vec<Vec<usize>>),
}

/// What the record says of the round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ElectionRecord {
    /// The candidates who obtained an absolute majority in the Council in this round, in
    /// candidate order.
    pub majority: Vec<usize>,
    /// The meeting record or press release.
    pub source: Source,
}

/// A validated round of an ICJ election in the Council.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Election {
    /// Descriptive facts.
    pub meta: Metadata,
    /// The members voting.
    pub council: Council,
    /// Where the Council came from.
    pub council_origin: CouncilOrigin,
    /// Which round of balloting this is at the meeting, counting from 1.
    pub round: usize,
    /// Seats to fill.
    pub vacancies: usize,
    /// The candidates on the ballot paper.
    pub candidates: Vec<Candidate>,
    /// The votes cast.
    pub ballots: Ballots,
    /// The record, for replay.
    pub record: Option<ElectionRecord>,
}

impl Election {
    /// The votes each candidate obtained, in candidate order.
    #[must_use]
    pub fn votes(&self) -> Vec<usize> {
        match &self.ballots {
            Ballots::Counted(counts) => counts.clone(),
            Ballots::Marked(ballots) => {
                let mut counts = vec![0; self.candidates.len()];
                for marked in ballots {
                    for &candidate in marked {
                        counts[candidate] += 1;
                    }
                }
                counts
            }
        }
    }

    /// An absolute majority of the Council's members: more than half of them, counted
    /// "without any distinction between permanent and non-permanent members" (Statute,
    /// Art. 10(2)) — 8 of 15, 6 of 11 before 1966.
    #[must_use]
    pub fn absolute_majority(&self) -> usize {
        self.council.len() / 2 + 1
    }
}

#[cfg(test)]
impl Election {
    /// A hypothetical first round, dated 1 January 2020, for the unit tests here and in the
    /// engine.
    pub(crate) fn hypothetical(
        council: Council,
        vacancies: usize,
        candidates: Vec<Candidate>,
        ballots: Ballots,
    ) -> Self {
        use crate::model::{Date, Status};
        Self {
            meta: Metadata {
                id: "x".to_owned(),
                title: "x".to_owned(),
                date: Date {
                    year: 2020,
                    month: 1,
                    day: 1,
                },
                status: Status::Hypothetical,
                summary: String::new(),
                sources: Vec::new(),
                tags: Vec::new(),
            },
            council,
            council_origin: CouncilOrigin::Explicit,
            round: 1,
            vacancies,
            candidates,
            ballots,
            record: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Ballots, Candidate, Election};
    use crate::model::{Council, roster};

    fn election(council: Council, ballots: Ballots) -> Election {
        let candidates = [("A", "X"), ("B", "Y")]
            .map(|(name, nationality)| Candidate {
                name: name.to_owned(),
                nationality: nationality.to_owned(),
            })
            .to_vec();
        Election::hypothetical(council, 1, candidates, ballots)
    }

    #[test]
    fn an_absolute_majority_is_eight_of_fifteen_and_six_of_eleven() {
        let fifteen = roster(2020).expect("roster").council;
        let eleven = roster(1960).expect("roster").council;
        assert_eq!(
            election(fifteen, Ballots::Counted(vec![0, 0])).absolute_majority(),
            8
        );
        assert_eq!(
            election(eleven, Ballots::Counted(vec![0, 0])).absolute_majority(),
            6
        );
    }

    #[test]
    fn marked_ballots_are_counted_per_candidate() {
        let council = roster(2020).expect("roster").council;
        let mut marked = vec![vec![0]; 10];
        marked.extend(vec![vec![1]; 4]);
        marked.push(Vec::new());
        assert_eq!(election(council, Ballots::Marked(marked)).votes(), [10, 4]);
    }
}
