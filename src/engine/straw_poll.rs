//! A straw poll read as a forecast of the formal recommendation (Charter, Arts. 97 and 27(3)):
//! per candidate, whether nine members encouraged, whether a permanent member discouraged,
//! and what follows. The poll decides nothing; the reading is about the vote it foreshadows.

use crate::model::{Papers, StrawPoll, Tally};

/// The affirmative votes a recommendation needs (Art. 27(3)), which the poll's "encourage"
/// count is read against.
pub const NINE: usize = 9;

/// A rule of the straw-poll reading. Codes are stable; `docs/rules.md` has one heading per
/// code.
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
pub enum StrawPollRule {
    /// Art. 97 and practice: a straw poll is informal and unrecorded; it is not a vote and
    /// decides nothing.
    StrawPollInformal,
    /// Art. 27(3): the recommendation needs nine affirmative votes; the "encourage" count is
    /// read against nine.
    StrawPollNineEncourages,
    /// Art. 27(3) and practice: in a colour-coded round a permanent member's "discourage"
    /// signals a likely veto of the recommendation.
    StrawPollPermanentDiscourage,
    /// Practice: undifferentiated papers cannot show whether a "discourage" came from a
    /// permanent member.
    StrawPollUndifferentiated,
    /// Art. 97: the Council recommends, by resolution, and the General Assembly appoints.
    StrawPollRecommendation,
}

impl StrawPollRule {
    /// Every rule, in the order the explanation gives them.
    pub const ALL: [Self; 5] = [
        Self::StrawPollInformal,
        Self::StrawPollNineEncourages,
        Self::StrawPollPermanentDiscourage,
        Self::StrawPollUndifferentiated,
        Self::StrawPollRecommendation,
    ];

    /// The stable code.
    #[must_use]
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The authority for the rule.
    #[must_use]
    pub fn citation(self) -> &'static str {
        match self {
            Self::StrawPollInformal => {
                "UN Charter, Art. 97; practice since 1981; no official record is kept (Security Council Report, What's In Blue, 20 July 2016)"
            }
            Self::StrawPollNineEncourages => "UN Charter, Art. 27(3)",
            Self::StrawPollPermanentDiscourage => {
                "UN Charter, Art. 27(3); practice of colour-coded straw polls since 1991 (Security Council Report, What's In Blue, \"Secretary-General Appointment: First Colour-Coded Ballot\", October 2016)"
            }
            Self::StrawPollUndifferentiated => {
                "Practice (Security Council Report, What's In Blue, \"Secretary-General Appointment: First Colour-Coded Ballot\", October 2016)"
            }
            Self::StrawPollRecommendation => "UN Charter, Art. 97",
        }
    }
}

/// Whether a permanent member discouraged a candidate, as far as the round shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PermanentSignal {
    /// No permanent member discouraged.
    None,
    /// This many permanent members discouraged.
    Discouraged(usize),
    /// Colour-coded papers, but the permanent members' "discourage" count was not reported.
    NotReported,
    /// Undifferentiated papers: the round cannot show it.
    NotShown,
}

/// What the reading suggests for a formal vote on the candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prospect {
    /// Nine or more encourages and no permanent member discouraged: a recommendation looks
    /// within reach.
    Viable,
    /// A permanent member discouraged: a veto is likely, whatever the count.
    LikelyVeto,
    /// Fewer than nine encourages: short of the votes, whatever the permanent members think.
    ShortOfNine,
    /// Nine or more encourages, but the round does not show whether a permanent member
    /// discouraged.
    VetoUnknown,
}

/// The reading of one candidate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CandidateReading {
    /// The candidate, in ballot order.
    pub candidate: usize,
    /// All members' ballots.
    pub tally: Tally,
    /// Whether the "encourage" count reaches nine.
    pub nine_encourages: bool,
    /// Whether a permanent member discouraged.
    pub permanent: PermanentSignal,
    /// What follows for a formal vote.
    pub prospect: Prospect,
}

/// A straw poll read: one reading per candidate, and the rules applied.
#[derive(Clone, Debug)]
pub struct StrawPollReading<'a> {
    /// The poll read.
    pub poll: &'a StrawPoll,
    /// One reading per candidate, in ballot order.
    pub candidates: Vec<CandidateReading>,
    /// The rules applied, in order.
    pub rules: Vec<StrawPollRule>,
}

/// Reads a straw poll as a forecast of the formal recommendation.
#[must_use]
pub fn read_straw_poll(poll: &StrawPoll) -> StrawPollReading<'_> {
    let candidates = poll
        .tallies()
        .into_iter()
        .enumerate()
        .map(|(candidate, tally)| {
            let discouraged = poll
                .permanent_share(candidate)
                .and_then(|share| share.discourage);
            let permanent = match (poll.papers, discouraged) {
                (Papers::Undifferentiated, _) => PermanentSignal::NotShown,
                (Papers::ColourCoded, None) => PermanentSignal::NotReported,
                (Papers::ColourCoded, Some(0)) => PermanentSignal::None,
                (Papers::ColourCoded, Some(n)) => PermanentSignal::Discouraged(n),
            };
            let nine_encourages = tally.encourage >= NINE;
            let prospect = match permanent {
                PermanentSignal::Discouraged(_) => Prospect::LikelyVeto,
                _ if !nine_encourages => Prospect::ShortOfNine,
                PermanentSignal::None => Prospect::Viable,
                PermanentSignal::NotReported | PermanentSignal::NotShown => Prospect::VetoUnknown,
            };
            CandidateReading {
                candidate,
                tally,
                nine_encourages,
                permanent,
                prospect,
            }
        })
        .collect();
    let papers_rule = match poll.papers {
        Papers::ColourCoded => StrawPollRule::StrawPollPermanentDiscourage,
        Papers::Undifferentiated => StrawPollRule::StrawPollUndifferentiated,
    };
    StrawPollReading {
        poll,
        candidates,
        rules: vec![
            StrawPollRule::StrawPollInformal,
            StrawPollRule::StrawPollNineEncourages,
            papers_rule,
            StrawPollRule::StrawPollRecommendation,
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::{PermanentSignal, Prospect, read_straw_poll};
    use crate::model::{Opinion, Papers, Results, StrawPoll};
    use crate::scenario::load_straw_poll;

    const POLL: &str = r#"
format = 1
id = "x"
title = "x"
date = 2016-10-05
status = "hypothetical"
council = 2016

[rules]
question = "sg-appointment"

[straw_poll]
papers = "colour-coded"
candidates = [{ name = "A" }, { name = "B" }]

[straw_poll.opinions]
USA = { A = "encourage", B = "discourage" }
"#;

    fn poll() -> StrawPoll {
        load_straw_poll("x.toml", POLL).expect("valid")
    }

    #[test]
    fn a_permanent_discourage_signals_a_veto_and_a_silent_member_has_no_opinion() {
        let poll = poll();
        let reading = read_straw_poll(&poll);
        assert_eq!(reading.candidates[0].tally.no_opinion, 14);
        assert_eq!(reading.candidates[0].prospect, Prospect::ShortOfNine);
        assert_eq!(
            reading.candidates[1].permanent,
            PermanentSignal::Discouraged(1)
        );
        assert_eq!(reading.candidates[1].prospect, Prospect::LikelyVeto);
    }

    #[test]
    fn undifferentiated_papers_cannot_show_a_permanent_discourage() {
        let mut poll = poll();
        poll.papers = Papers::Undifferentiated;
        let Results::Marked(marked) = &mut poll.results else {
            panic!("marked")
        };
        for ballot in marked.iter_mut() {
            ballot[1] = Opinion::Encourage;
        }
        let reading = read_straw_poll(&poll);
        assert_eq!(reading.candidates[1].permanent, PermanentSignal::NotShown);
        assert_eq!(reading.candidates[1].prospect, Prospect::VetoUnknown);
    }
}
