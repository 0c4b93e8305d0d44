//! The preliminary question in two steps. The President rules whether the matter is
//! procedural (rule 30: "If it is challenged, the President shall submit his ruling to the
//! Security Council for immediate decision and it shall stand unless overruled"); a ruling of
//! the President is a procedural matter, so the vote on a challenge has no veto, and the
//! ruling is overruled only by the procedural majority of votes to overrule it (nine; seven
//! before 1966). The draft is then voted on as the ruling that stands says.

use crate::engine::article27::Resolver;
use crate::engine::resolution::{Finding, Outcome, Verdict};
use crate::engine::rule::RuleId;
use crate::model::{Ballot, ChallengeVote, MemberSet, PresidentRuling, QuestionKind, Ruling, Vote};

/// How the preliminary question was settled, for the explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Settlement {
    /// The President's ruling and the challenge, when the scenario records a ruling.
    pub ruling: Option<PresidentRuling>,
    /// The members who voted to overrule the ruling (empty without a challenge).
    pub votes_to_overrule: usize,
    /// Whether the ruling was overruled.
    pub overruled: bool,
    /// What the draft is then voted on as.
    pub draft_voted_as: Ruling,
}

impl Settlement {
    /// Whether the Council voted: on the question itself, or on a challenge to the ruling. An
    /// unchallenged ruling stands without a vote (rule 30), and the stances are not counted.
    #[must_use]
    pub fn vote_taken(&self) -> bool {
        self.ruling.is_none_or(|r| r.challenge.is_some())
    }
}

/// The ballot read as a vote on a motion to overrule: when the ruling itself was put, a vote
/// against it is a vote to overrule and a vote for it one against overruling.
#[must_use]
pub fn as_motion_to_overrule(challenge: ChallengeVote, ballot: &Ballot) -> Ballot {
    match challenge {
        ChallengeVote::Overrule => *ballot,
        ChallengeVote::Ruling => {
            ballot
                .members()
                .iter()
                .fold(*ballot, |b, i| match ballot.vote(i) {
                    Some(Vote::Yes) => b.with(i, Vote::No),
                    Some(Vote::No) => b.with(i, Vote::Yes),
                    _ => b,
                })
        }
    }
}

impl Resolver {
    /// The outcome of the question put on a ruling: the ruling itself carries (adopted) unless
    /// overruled; a motion to overrule carries only with the procedural majority. An
    /// unchallenged ruling stands without a vote.
    pub(crate) fn ruling_outcome(&self, ruling: PresidentRuling, ballot: &Ballot) -> Outcome {
        let Some(challenge) = ruling.challenge else {
            return Outcome::Adopted;
        };
        let overruled = self.overruled(challenge, ballot);
        let carried = match challenge {
            ChallengeVote::Ruling => !overruled,
            ChallengeVote::Overrule => overruled,
        };
        if carried {
            Outcome::Adopted
        } else {
            Outcome::Failed
        }
    }

    /// The rule chain of a preliminary question settled by a ruling: rule 30, the ruling,
    /// the challenge with the votes to overrule, and any permanent member's negative vote
    /// that the procedural vote did not let block.
    pub(crate) fn ruling_findings(
        &self,
        ruling: PresidentRuling,
        ballot: &Ballot,
        findings: &mut Vec<Finding>,
    ) {
        let applied = |rule| Finding {
            rule,
            verdict: Verdict::Applied,
            members: MemberSet::EMPTY,
        };
        findings.push(applied(RuleId::PreliminaryQuestion));
        let Some(challenge) = ruling.challenge else {
            findings.push(Finding {
                verdict: Verdict::Met,
                ..applied(RuleId::PresidentRuling)
            });
            return;
        };
        let overruled = self.overruled(challenge, ballot);
        findings.push(Finding {
            verdict: if overruled {
                Verdict::NotMet
            } else {
                Verdict::Met
            },
            ..applied(RuleId::PresidentRuling)
        });
        findings.push(Finding {
            rule: RuleId::RulingChallenge,
            verdict: if overruled {
                Verdict::Met
            } else {
                Verdict::NotMet
            },
            members: as_motion_to_overrule(challenge, ballot).cast(Vote::Yes),
        });
        let against = ballot
            .cast(Vote::No)
            .intersection(self.rules().veto_holders);
        if self.ruling_outcome(ruling, ballot).is_adopted() && !against.is_empty() {
            findings.push(Finding {
                rule: RuleId::ProceduralNoVeto,
                verdict: Verdict::DoesNotBlock,
                members: against,
            });
        }
    }

    fn overruled(&self, challenge: ChallengeVote, ballot: &Ballot) -> bool {
        as_motion_to_overrule(challenge, ballot)
            .cast(Vote::Yes)
            .len()
            >= self.threshold()
    }

    /// How the preliminary question was settled by this ballot; `None` on any other question.
    #[must_use]
    pub fn settlement(&self, ballot: &Ballot) -> Option<Settlement> {
        let rules = self.rules();
        if rules.question != QuestionKind::Preliminary {
            return None;
        }
        let Some(ruling) = rules.ruling else {
            let draft_voted_as = if self.outcome(ballot).is_adopted() {
                Ruling::Procedural
            } else {
                Ruling::Substantive
            };
            return Some(Settlement {
                ruling: None,
                votes_to_overrule: 0,
                overruled: false,
                draft_voted_as,
            });
        };
        let (votes_to_overrule, overruled) = ruling.challenge.map_or((0, false), |challenge| {
            let motion = as_motion_to_overrule(challenge, ballot);
            (
                motion.cast(Vote::Yes).len(),
                self.overruled(challenge, ballot),
            )
        });
        Some(Settlement {
            ruling: Some(ruling),
            votes_to_overrule,
            overruled,
            draft_voted_as: if overruled {
                ruling.ruling.overturned()
            } else {
                ruling.ruling
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::article27::Resolver;
    use crate::engine::resolution::Outcome;
    use crate::engine::test_support::{ballot, charter};
    use crate::model::{ChallengeVote, PresidentRuling, QuestionKind, Ruling};

    fn ruled(ruling: Ruling, challenge: Option<ChallengeVote>) -> Resolver {
        let mut rules = charter(QuestionKind::Preliminary);
        rules.ruling = Some(PresidentRuling { ruling, challenge });
        Resolver::new(&rules)
    }

    #[test]
    fn an_unchallenged_ruling_stands_without_a_vote() {
        // Rule 30: the President "shall immediately state his ruling"; only a challenge puts
        // it to the Council.
        let resolver = ruled(Ruling::Procedural, None);
        let b = ballot("nnnnnnnnnnnnnnn");
        assert_eq!(resolver.outcome(&b), Outcome::Adopted);
        let settled = resolver.settlement(&b).unwrap();
        assert!(!settled.overruled && !settled.vote_taken());
        assert_eq!(settled.draft_voted_as, Ruling::Procedural);
        let challenged = ruled(Ruling::Procedural, Some(ChallengeVote::Ruling));
        assert!(challenged.settlement(&b).unwrap().vote_taken());
        let voted = Resolver::new(&charter(QuestionKind::Preliminary));
        assert!(voted.settlement(&b).unwrap().vote_taken());
    }

    #[test]
    fn a_ruling_put_to_the_vote_stands_unless_nine_vote_against_it() {
        // Rule 30, "it shall stand unless overruled": eight votes against a ruling, even with
        // only three for it, do not overrule it; nine do. A permanent member's vote against is
        // no veto: a ruling of the President is a procedural matter.
        let resolver = ruled(Ruling::Procedural, Some(ChallengeVote::Ruling));
        let stands = ballot("nnnyyyaaaannnnn");
        assert_eq!(resolver.outcome(&stands), Outcome::Adopted);
        assert_eq!(
            resolver.settlement(&stands).unwrap().draft_voted_as,
            Ruling::Procedural
        );
        let overruled = ballot("nnnyyyaaannnnnn");
        assert_eq!(resolver.outcome(&overruled), Outcome::Failed);
        let settled = resolver.settlement(&overruled).unwrap();
        assert!(settled.overruled);
        assert_eq!(settled.votes_to_overrule, 9);
        assert_eq!(settled.draft_voted_as, Ruling::Substantive);
    }

    #[test]
    fn a_motion_to_overrule_needs_the_procedural_majority_and_no_veto_blocks_it() {
        let resolver = ruled(Ruling::Substantive, Some(ChallengeVote::Overrule));
        let carried = ballot("nyyyyyyyyyaaaaa");
        assert_eq!(resolver.outcome(&carried), Outcome::Adopted);
        assert_eq!(
            resolver.settlement(&carried).unwrap().draft_voted_as,
            Ruling::Procedural
        );
        let short = ballot("nyyyyyyyyaaaaaa");
        assert_eq!(resolver.outcome(&short), Outcome::Failed);
        assert_eq!(
            resolver.settlement(&short).unwrap().draft_voted_as,
            Ruling::Substantive
        );
    }

    #[test]
    fn the_smallest_flip_of_a_ruling_put_to_the_vote_is_one_more_vote_against_it() {
        // Eight against a ruling leave it standing; one abstainer voting against overrules it.
        let resolver = ruled(Ruling::Procedural, Some(ChallengeVote::Ruling));
        let stands = ballot("nnnyyyaaaannnnn");
        let flip = crate::engine::smallest_flip(&resolver, &stands).unwrap();
        assert_eq!(flip.changes.len(), 1);
        assert_eq!(flip.changes[0].from, crate::model::Vote::Abstain);
        assert_eq!(flip.changes[0].to, crate::model::Vote::No);
        assert_eq!(flip.outcome, Outcome::Failed);
        assert!(crate::engine::smallest_flip(&ruled(Ruling::Procedural, None), &stands).is_none());
    }
}
