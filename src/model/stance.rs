//! How a member decides its vote: a fixed vote, odds, or following another member, with
//! conditions on the provisions in the text.

use crate::model::draft::ProvisionSet;
use crate::model::source::Source;
use crate::model::vote::Vote;

/// Why a stance's odds could not be changed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum NewOddsError {
    /// The stance is a vote, or follows another member's: it has no odds to change.
    #[error("the vote is not given as odds")]
    NotOdds,
    /// The new odds are not a probability distribution.
    #[error(transparent)]
    Odds(#[from] OddsError),
}

/// Probabilities of yes, no, abstain and absent, summing to 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VoteOdds([f64; 5]);

/// How far from 1 the probabilities of a [`VoteOdds`] may sum.
pub const ODDS_TOLERANCE: f64 = 1e-6;

/// The odds were not a probability distribution.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum OddsError {
    /// A probability below 0, above 1, or not a number.
    #[error("the probability of `{vote}` is {value}; each must be between 0 and 1")]
    OutOfRange {
        /// The vote concerned.
        vote: Vote,
        /// The value given.
        value: f64,
    },
    /// The probabilities do not sum to 1.
    #[error("the probabilities sum to {0}, not 1 (tolerance {ODDS_TOLERANCE})")]
    BadSum(f64),
}

impl VoteOdds {
    /// The same odds with any chance of a negative vote moved to abstention: a pledge not to
    /// vote against.
    #[must_use]
    pub fn without_negative(self) -> Self {
        let [yes, no, abstain, absent, not_participating] = self.0;
        Self([yes, 0.0, abstain + no, absent, not_participating])
    }

    /// Odds from probabilities in [`Vote::ALL`] order.
    ///
    /// # Errors
    /// When a probability is outside `[0, 1]` or they do not sum to 1 within [`ODDS_TOLERANCE`].
    pub fn new(probabilities: [f64; 5]) -> Result<Self, OddsError> {
        for (vote, value) in Vote::ALL.into_iter().zip(probabilities) {
            if !(0.0..=1.0).contains(&value) {
                return Err(OddsError::OutOfRange { vote, value });
            }
        }
        let sum: f64 = probabilities.iter().sum();
        if (sum - 1.0).abs() > ODDS_TOLERANCE {
            return Err(OddsError::BadSum(sum));
        }
        Ok(Self(probabilities.map(|p| p / sum)))
    }

    /// Certainty of one vote.
    #[must_use]
    pub fn certain(vote: Vote) -> Self {
        let mut p = [0.0; 5];
        p[vote_index(vote)] = 1.0;
        Self(p)
    }

    /// The probability of `vote`.
    #[must_use]
    pub fn of(&self, vote: Vote) -> f64 {
        self.0[vote_index(vote)]
    }

    /// The most likely vote (ties go to the earlier of yes, no, abstain, absent, not participating).
    #[must_use]
    pub fn modal(&self) -> Vote {
        Vote::ALL.into_iter().fold(
            Vote::Yes,
            |best, v| if self.of(v) > self.of(best) { v } else { best },
        )
    }

    /// Whether one vote is certain.
    #[must_use]
    pub fn is_certain(&self) -> bool {
        self.0.iter().any(|&p| p >= 1.0)
    }
}

fn vote_index(vote: Vote) -> usize {
    match vote {
        Vote::Yes => 0,
        Vote::No => 1,
        Vote::Abstain => 2,
        Vote::Absent => 3,
        Vote::NotParticipating => 4,
    }
}

/// A member's underlying position.
#[derive(Clone, Debug, PartialEq)]
pub enum Position {
    /// A known vote.
    Fixed(Vote),
    /// Odds of each vote, independent of other members.
    Odds(VoteOdds),
    /// Votes as the member at this seat index does.
    Follows(usize),
}

/// What a member does on a given text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Choice {
    /// Votes by these odds.
    Odds(VoteOdds),
    /// Votes as the member at this seat does.
    Follows(usize),
}

/// A vote a member casts when a provision is, or is not, in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Condition {
    /// The provision's index in the draft.
    pub provision: usize,
    /// `true`: applies while the provision is in the text; `false`: while it is not.
    pub present: bool,
    /// The vote cast when the condition applies.
    pub vote: Vote,
}

/// One member's stance on the draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Stance {
    /// The position when no condition applies.
    pub position: Position,
    /// Conditions on provisions; when any applies it overrides the position, and the most
    /// negative applicable vote (no, then abstain, absent, yes) wins.
    pub conditions: Vec<Condition>,
    /// Why, in its own words or a summary of them.
    pub reason: Option<String>,
    /// Where the reason (or the vote) is recorded.
    pub source: Option<Source>,
}

impl Stance {
    /// A stance with a fixed vote and nothing else.
    #[must_use]
    pub fn fixed(vote: Vote) -> Self {
        Self {
            position: Position::Fixed(vote),
            conditions: Vec::new(),
            reason: None,
            source: None,
        }
    }

    /// New odds for a stance given as odds (`probabilities` of yes, no, abstain, absent and
    /// not participating); a stance given as a vote, or following another member's, keeps
    /// its position.
    ///
    /// # Errors
    /// [`NewOddsError::NotOdds`] for a stance not given as odds, checked first; otherwise
    /// [`NewOddsError::Odds`] if the probabilities are not a distribution.
    pub fn set_odds(&mut self, probabilities: [f64; 5]) -> Result<(), NewOddsError> {
        if !matches!(self.position, Position::Odds(_)) {
            return Err(NewOddsError::NotOdds);
        }
        self.position = Position::Odds(VoteOdds::new(probabilities)?);
        Ok(())
    }

    /// The vote forced by the conditions that apply to `text`, if any.
    #[must_use]
    pub fn conditional_vote(&self, text: ProvisionSet) -> Option<Vote> {
        self.conditions
            .iter()
            .filter(|c| text.contains(c.provision) == c.present)
            .map(|c| c.vote)
            .min_by_key(|&v| negativity_rank(v))
    }

    /// What the member does on `text`: its own odds, or follow another seat.
    #[must_use]
    pub fn on(&self, text: ProvisionSet) -> Choice {
        if let Some(vote) = self.conditional_vote(text) {
            return Choice::Odds(VoteOdds::certain(vote));
        }
        match &self.position {
            Position::Fixed(vote) => Choice::Odds(VoteOdds::certain(*vote)),
            Position::Odds(odds) => Choice::Odds(*odds),
            Position::Follows(leader) => Choice::Follows(*leader),
        }
    }
}

/// Lower is more negative: no, abstain, not participating, absent, yes.
fn negativity_rank(vote: Vote) -> u8 {
    match vote {
        Vote::No => 0,
        Vote::Abstain => 1,
        Vote::NotParticipating => 2,
        Vote::Absent => 3,
        Vote::Yes => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::{Condition, NewOddsError, Position, Stance, VoteOdds};
    use crate::model::draft::ProvisionSet;
    use crate::model::vote::Vote;

    #[test]
    fn only_a_stance_given_as_odds_takes_new_odds() {
        let even = [0.5, 0.5, 0.0, 0.0, 0.0];
        let mut fixed = Stance::fixed(Vote::Yes);
        assert_eq!(fixed.set_odds([2.0; 5]), Err(NewOddsError::NotOdds));
        assert_eq!(fixed.position, Position::Fixed(Vote::Yes));
        let mut uncertain = Stance {
            position: Position::Odds(VoteOdds::certain(Vote::No)),
            ..Stance::fixed(Vote::Yes)
        };
        assert!(matches!(
            uncertain.set_odds([0.5; 5]),
            Err(NewOddsError::Odds(_))
        ));
        assert_eq!(
            uncertain.position,
            Position::Odds(VoteOdds::certain(Vote::No))
        );
        assert_eq!(uncertain.set_odds(even), Ok(()));
        assert_eq!(
            uncertain.position,
            Position::Odds(VoteOdds::new(even).expect("a distribution"))
        );
    }

    #[test]
    fn odds_must_be_a_distribution() {
        assert!(VoteOdds::new([0.5, 0.5, 0.0, 0.0, 0.0]).is_ok());
        assert!(VoteOdds::new([0.5, 0.6, 0.0, 0.0, 0.0]).is_err());
        assert!(VoteOdds::new([1.5, -0.5, 0.0, 0.0, 0.0]).is_err());
        assert!(VoteOdds::new([f64::NAN, 1.0, 0.0, 0.0, 0.0]).is_err());
        assert_eq!(
            VoteOdds::new([0.2, 0.3, 0.5, 0.0, 0.0]).map(|o| o.modal()),
            Ok(Vote::Abstain)
        );
    }

    #[test]
    fn the_most_negative_applicable_condition_wins() {
        let stance = Stance {
            position: Position::Fixed(Vote::Yes),
            conditions: vec![
                Condition {
                    provision: 0,
                    present: true,
                    vote: Vote::No,
                },
                Condition {
                    provision: 1,
                    present: false,
                    vote: Vote::Abstain,
                },
            ],
            reason: None,
            source: None,
        };
        let all = ProvisionSet::all(2);
        assert_eq!(stance.conditional_vote(all), Some(Vote::No));
        assert_eq!(stance.conditional_vote(all.without(0)), None);
        assert_eq!(
            stance.conditional_vote(ProvisionSet::EMPTY),
            Some(Vote::Abstain)
        );
    }
}
