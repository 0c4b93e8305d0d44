//! A straw poll in the selection of the Secretary-General: an informal, unrecorded reading of
//! the Council's views on each candidate before the formal recommendation (Charter, Art. 97).

use crate::model::council::Council;
use crate::model::scenario::{CouncilOrigin, Metadata};
use crate::model::source::Source;

/// What a member marks on a candidate's ballot paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opinion {
    /// "Encourage".
    Encourage,
    /// "Discourage".
    Discourage,
    /// "No opinion expressed".
    NoOpinion,
}

/// Whether the permanent members' ballot papers can be told apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Papers {
    /// Every member casts the same paper: a permanent member's view cannot be seen.
    Undifferentiated,
    /// The permanent members cast papers of their own colour.
    ColourCoded,
}

/// How many members marked each opinion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// "Encourage".
    pub encourage: usize,
    /// "Discourage".
    pub discourage: usize,
    /// "No opinion expressed".
    pub no_opinion: usize,
}

impl Tally {
    /// Counts one more `opinion`.
    pub fn add(&mut self, opinion: Opinion) {
        match opinion {
            Opinion::Encourage => self.encourage += 1,
            Opinion::Discourage => self.discourage += 1,
            Opinion::NoOpinion => self.no_opinion += 1,
        }
    }
}

/// The permanent members' share of a candidate's result, as far as it was reported: a count
/// left `None` was not reported.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PermanentShare {
    /// "Encourage" from permanent members.
    pub encourage: Option<usize>,
    /// "Discourage" from permanent members.
    pub discourage: Option<usize>,
    /// "No opinion expressed" from permanent members.
    pub no_opinion: Option<usize>,
}

/// One candidate's result as reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reported {
    /// All members' ballots.
    pub all: Tally,
    /// The permanent members' share; `None` in an undifferentiated round.
    pub permanent: Option<PermanentShare>,
    /// Where the counts come from.
    pub sources: Vec<Source>,
}

/// How the round's results are known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Results {
    /// Each candidate's counts as reported, in candidate order. The Council keeps no official
    /// record of a straw poll: the counts are those leaked to the press.
    Reported(Vec<Reported>),
    /// Each member's opinion of each candidate, in Council order, then candidate order. Only a
    /// hypothetical poll may hold these: the real ballots are anonymous.
    Marked(Vec<Vec<Opinion>>),
}

/// A validated straw poll.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StrawPoll {
    /// Descriptive facts.
    pub meta: Metadata,
    /// The members polled.
    pub council: Council,
    /// Where the Council came from.
    pub council_origin: CouncilOrigin,
    /// Which straw poll of the selection this is, counting from 1.
    pub round: usize,
    /// Whether the permanent members' papers are told apart.
    pub papers: Papers,
    /// The candidates' names, in ballot order.
    pub candidates: Vec<String>,
    /// The results.
    pub results: Results,
}

impl StrawPoll {
    /// Each candidate's tally of all members' ballots, in candidate order.
    #[must_use]
    pub fn tallies(&self) -> Vec<Tally> {
        match &self.results {
            Results::Reported(reported) => reported.iter().map(|r| r.all).collect(),
            Results::Marked(marked) => (0..self.candidates.len())
                .map(|c| tally(marked.iter().map(|ballot| ballot[c])))
                .collect(),
        }
    }

    /// The permanent members' share of candidate `c`'s result: `None` where the papers are
    /// undifferentiated, so the round cannot show it.
    #[must_use]
    pub fn permanent_share(&self, c: usize) -> Option<PermanentShare> {
        if self.papers == Papers::Undifferentiated {
            return None;
        }
        match &self.results {
            Results::Reported(reported) => reported[c].permanent,
            Results::Marked(marked) => {
                let ballots = self.council.permanent().iter().map(|m| marked[m][c]);
                let t = tally(ballots);
                Some(PermanentShare {
                    encourage: Some(t.encourage),
                    discourage: Some(t.discourage),
                    no_opinion: Some(t.no_opinion),
                })
            }
        }
    }
}

fn tally(opinions: impl Iterator<Item = Opinion>) -> Tally {
    let mut tally = Tally::default();
    opinions.for_each(|o| tally.add(o));
    tally
}
