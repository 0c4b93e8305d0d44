//! Article 27 of the Charter, and the practice around it, in one place.
//!
//! ```text
//! 27(2) Decisions of the Security Council on procedural matters shall be made by an
//!       affirmative vote of nine members.
//! 27(3) Decisions of the Security Council on all other matters shall be made by an
//!       affirmative vote of nine members including the concurring votes of the permanent
//!       members; provided that, in decisions under Chapter VI, and under paragraph 3 of
//!       Article 52, a party to a dispute shall abstain from voting.
//! ```
//! Before 31 August 1965 the numbers were seven of eleven. By settled practice (ICJ, Namibia,
//! 1971, para. 22) a permanent member's abstention or absence is not a veto. A draft short of
//! the required affirmative votes has *failed*, even if a permanent member voted against it.
//!
//! Two neighbouring kinds of decision are settled here too. The preliminary vote on whether a
//! matter is procedural is itself non-procedural (the San Francisco statement of the four
//! sponsoring governments, 7 June 1945), so the veto applies to it. Presidential and press
//! statements are agreed by consensus: any member's objection blocks them, which the UN does
//! not count as a veto.

use crate::engine::resolution::{Finding, Outcome, Resolution, Tally, Verdict};
use crate::engine::rule::RuleId;
use crate::model::{Ballot, MemberSet, QuestionKind, RuleSet, Vote};

/// Decides ballots under one [`RuleSet`]. Pure and infallible; cheap to copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolver {
    threshold: usize,
    question: QuestionKind,
    veto_holders: MemberSet,
    dispute_parties: MemberSet,
    restrained: MemberSet,
    abstention_blocks: bool,
    absence_blocks: bool,
}

impl Resolver {
    /// A resolver for this rule set.
    #[must_use]
    pub fn new(rules: &RuleSet) -> Self {
        Self {
            threshold: rules.threshold,
            question: rules.question,
            veto_holders: rules.veto_holders,
            dispute_parties: rules.dispute_parties,
            restrained: rules.restrained,
            abstention_blocks: rules.abstention_blocks,
            absence_blocks: rules.absence_blocks,
        }
    }

    /// Affirmative votes required.
    #[must_use]
    pub fn threshold(&self) -> usize {
        self.threshold
    }

    /// Members whose vote may not change the outcome: parties obliged to abstain.
    #[must_use]
    pub fn obliged_to_abstain(&self) -> MemberSet {
        self.dispute_parties
    }

    /// Veto-holders whose vote can block: not obliged to abstain, not refraining.
    #[must_use]
    pub fn effective_veto_holders(&self) -> MemberSet {
        self.veto_holders
            .difference(self.dispute_parties)
            .difference(self.restrained)
    }

    /// Whether a veto-holder casting `vote` blocks adoption under this rule set.
    #[must_use]
    pub fn vote_blocks(&self, vote: Vote) -> bool {
        self.question.veto_applies()
            && match vote {
                Vote::No => true,
                Vote::Abstain => self.abstention_blocks,
                Vote::Absent => self.absence_blocks,
                Vote::Yes => false,
            }
    }

    /// The ballot as counted: parties to a dispute abstain, whatever they cast (Art. 27(3)).
    #[must_use]
    pub fn counted(&self, ballot: &Ballot) -> Ballot {
        if self.dispute_parties.is_empty() {
            return *ballot;
        }
        self.dispute_parties
            .iter()
            .filter(|&i| ballot.members().contains(i))
            .fold(*ballot, |b, i| b.with(i, Vote::Abstain))
    }

    /// The veto-holders whose counted vote blocks adoption of a substantive decision.
    #[must_use]
    pub fn blockers(&self, counted: &Ballot) -> MemberSet {
        Vote::ALL
            .into_iter()
            .filter(|&vote| self.vote_blocks(vote))
            .fold(MemberSet::EMPTY, |set, vote| set.union(counted.cast(vote)))
            .intersection(self.effective_veto_holders())
    }

    /// The outcome alone: the fast path for simulations.
    #[must_use]
    pub fn outcome(&self, ballot: &Ballot) -> Outcome {
        self.outcome_of_counted(&self.counted(ballot))
    }

    /// The outcome of a ballot already [`counted`](Self::counted).
    #[must_use]
    pub fn outcome_of_counted(&self, counted: &Ballot) -> Outcome {
        if counted.cast(Vote::Yes).len() < self.threshold {
            return Outcome::Failed;
        }
        let blockers = self.blockers(counted);
        if blockers.is_empty() {
            Outcome::Adopted
        } else if self.question == QuestionKind::Statement {
            Outcome::Blocked(blockers)
        } else {
            Outcome::Vetoed(blockers)
        }
    }

    /// The outcome with the tally and the rule chain that produced it.
    #[must_use]
    pub fn resolve(&self, ballot: &Ballot) -> Resolution {
        let counted = self.counted(ballot);
        let tally = Tally::of(&counted);
        let majority = tally.yes >= self.threshold;
        let mut findings = Vec::new();

        let disregarded = self.dispute_parties.intersection(ballot.members());
        if !disregarded.is_empty() {
            findings.push(finding(
                RuleId::ObligatoryAbstention,
                Verdict::Applied,
                disregarded,
            ));
        }
        if self.question == QuestionKind::Statement {
            let objecting = counted.cast(Vote::No);
            findings.push(if objecting.is_empty() {
                finding(RuleId::ConsensusStatement, Verdict::Met, counted.members())
            } else {
                finding(RuleId::ConsensusStatement, Verdict::Blocks, objecting)
            });
        } else {
            self.vote_findings(&counted, majority, &mut findings);
        }

        Resolution {
            outcome: self.outcome(ballot),
            counted,
            tally,
            required_yes: self.threshold,
            findings,
        }
    }

    /// The rule chain of a vote: the majority, then what the veto-holders' votes did.
    fn vote_findings(&self, counted: &Ballot, majority: bool, findings: &mut Vec<Finding>) {
        if self.question == QuestionKind::Preliminary {
            findings.push(finding(
                RuleId::PreliminaryQuestion,
                Verdict::Applied,
                self.effective_veto_holders(),
            ));
        }
        let majority_rule = if self.question.veto_applies() {
            RuleId::SubstantiveMajority
        } else {
            RuleId::ProceduralMajority
        };
        let met = if majority {
            Verdict::Met
        } else {
            Verdict::NotMet
        };
        findings.push(finding(majority_rule, met, counted.cast(Vote::Yes)));

        let holders = self.effective_veto_holders();
        let cast_by_holders = |vote| counted.cast(vote).intersection(holders);
        let against = cast_by_holders(Vote::No);
        if !self.question.veto_applies() {
            if !against.is_empty() {
                findings.push(finding(
                    RuleId::ProceduralNoVeto,
                    Verdict::DoesNotBlock,
                    against,
                ));
            }
            return;
        }
        let blocking = if majority {
            Verdict::Blocks
        } else {
            Verdict::Moot
        };
        if against.is_empty() {
            if !holders.is_empty() {
                let concurring = cast_by_holders(Vote::Yes);
                findings.push(finding(
                    RuleId::PermanentMemberVeto,
                    Verdict::Met,
                    concurring,
                ));
            }
        } else {
            findings.push(finding(RuleId::PermanentMemberVeto, blocking, against));
        }
        let refraining = counted.cast(Vote::No).intersection(self.restrained);
        if !refraining.is_empty() {
            findings.push(finding(
                RuleId::VetoRestraint,
                Verdict::DoesNotBlock,
                refraining,
            ));
        }
        for (vote, blocks, blocks_rule, practice_rule) in [
            (
                Vote::Abstain,
                self.abstention_blocks,
                RuleId::AbstentionBlocks,
                RuleId::AbstentionIsNotVeto,
            ),
            (
                Vote::Absent,
                self.absence_blocks,
                RuleId::AbsenceBlocks,
                RuleId::AbsenceIsNotVeto,
            ),
        ] {
            let members = cast_by_holders(vote);
            if members.is_empty() {
                continue;
            }
            findings.push(if blocks {
                finding(blocks_rule, blocking, members)
            } else {
                finding(practice_rule, Verdict::DoesNotBlock, members)
            });
        }
    }
}

fn finding(rule: RuleId, verdict: Verdict, members: MemberSet) -> Finding {
    Finding {
        rule,
        verdict,
        members,
    }
}

#[cfg(test)]
mod tests {
    use super::Resolver;
    use crate::engine::resolution::{Outcome, Verdict};
    use crate::engine::rule::RuleId;
    use crate::engine::test_support::{ballot, charter};
    use crate::model::{MemberSet, Preset, QuestionKind};

    #[test]
    fn a_permanent_members_no_with_nine_yes_is_a_veto() {
        let resolver = Resolver::new(&charter(QuestionKind::Substantive));
        // CHN abstains, RUS votes no, 13 in favour: S/2023/638.
        let outcome = resolver.outcome(&ballot("aynyyyyyyyyyyyy"));
        assert_eq!(outcome, Outcome::Vetoed([2].into_iter().collect()));
    }

    #[test]
    fn a_restrained_permanent_member_votes_against_without_a_veto() {
        let mut rules = charter(QuestionKind::Substantive);
        rules.preset = Preset::VetoRestraint;
        let rules = rules.for_draft(true);
        // CHN and RUS against, 12 in favour.
        let resolution = Resolver::new(&rules).resolve(&ballot("ynnyyyyyyyyyyyy"));
        assert_eq!(resolution.outcome, Outcome::Adopted);
        let restraint = resolution
            .findings
            .iter()
            .find(|f| f.rule == RuleId::VetoRestraint)
            .expect("restraint finding");
        assert_eq!(restraint.verdict, Verdict::DoesNotBlock);
        assert_eq!(restraint.members, MemberSet::from_iter([1, 2]));
        // Under the Charter the same draft is vetoed.
        let unrestrained = charter(QuestionKind::Substantive).for_draft(true);
        assert!(matches!(
            Resolver::new(&unrestrained).outcome(&ballot("ynnyyyyyyyyyyyy")),
            Outcome::Vetoed(_)
        ));
    }

    #[test]
    fn too_few_yes_votes_is_failure_not_veto_even_with_a_permanent_no() {
        let resolver = Resolver::new(&charter(QuestionKind::Substantive));
        let resolution = resolver.resolve(&ballot("nyyyyyyyaaaaaaa"));
        assert_eq!(resolution.outcome, Outcome::Failed);
        let veto = resolution
            .findings
            .iter()
            .find(|f| f.rule == RuleId::PermanentMemberVeto);
        assert_eq!(veto.map(|f| f.verdict), Some(Verdict::Moot));
    }

    #[test]
    fn abstention_and_absence_of_permanent_members_do_not_block() {
        let resolver = Resolver::new(&charter(QuestionKind::Substantive));
        let resolution = resolver.resolve(&ballot("a-yyyyyyyyyyyyy"));
        assert_eq!(resolution.outcome, Outcome::Adopted);
        let rules: Vec<RuleId> = resolution.findings.iter().map(|f| f.rule).collect();
        assert!(rules.contains(&RuleId::AbstentionIsNotVeto));
        assert!(rules.contains(&RuleId::AbsenceIsNotVeto));
    }

    #[test]
    fn custom_rule_sets_can_make_abstention_block() {
        let mut rules = charter(QuestionKind::Substantive);
        rules.abstention_blocks = true;
        let outcome = Resolver::new(&rules).outcome(&ballot("ayyyyyyyyyyyyyy"));
        assert_eq!(outcome, Outcome::Vetoed([0].into_iter().collect()));
    }

    #[test]
    fn procedural_questions_have_no_veto() {
        let resolver = Resolver::new(&charter(QuestionKind::Procedural));
        let resolution = resolver.resolve(&ballot("nnnyyyyyyyyyaaa"));
        assert_eq!(resolution.outcome, Outcome::Adopted);
        assert!(
            resolution
                .findings
                .iter()
                .any(|f| f.rule == RuleId::ProceduralNoVeto)
        );
    }

    #[test]
    fn parties_to_a_dispute_are_counted_as_abstaining() {
        let mut rules = charter(QuestionKind::Substantive);
        rules.dispute_parties = [0].into_iter().collect();
        let resolution = Resolver::new(&rules).resolve(&ballot("nyyyyyyyyyyyyyy"));
        assert_eq!(resolution.outcome, Outcome::Adopted);
        assert_eq!(resolution.tally.abstain, 1);
        assert_eq!(resolution.findings[0].rule, RuleId::ObligatoryAbstention);
    }

    #[test]
    fn the_1945_threshold_is_seven_of_eleven() {
        let mut rules = charter(QuestionKind::Substantive);
        rules.preset = Preset::Charter1945;
        rules.threshold = 7;
        let resolver = Resolver::new(&rules);
        assert_eq!(resolver.outcome(&ballot("yyyy-yyyaaa")), Outcome::Adopted);
        assert_eq!(resolver.outcome(&ballot("yyyy-yyaaaa")), Outcome::Failed);
    }

    #[test]
    fn a_preliminary_question_opens_with_its_rule_and_is_subject_to_the_veto() {
        let resolver = Resolver::new(&charter(QuestionKind::Preliminary));
        // S/PV.303 (1948) in a 15-seat shape: 8 in favour, a permanent member against.
        let resolution = resolver.resolve(&ballot("yanyyyyyyyyyaaa"));
        assert_eq!(
            resolution.outcome,
            Outcome::Vetoed([2].into_iter().collect())
        );
        assert_eq!(resolution.findings[0].rule, RuleId::PreliminaryQuestion);
        assert!(
            resolution
                .findings
                .iter()
                .any(|f| f.rule == RuleId::PermanentMemberVeto && f.verdict == Verdict::Blocks)
        );
    }

    #[test]
    fn one_elected_members_objection_blocks_a_statement_and_abstention_does_not() {
        let rules = charter(QuestionKind::Substantive).consensus(MemberSet::first(15));
        let resolver = Resolver::new(&rules);
        assert_eq!(
            resolver.outcome(&ballot("yyyyyyyyyyyyyyn")),
            Outcome::Blocked([14].into_iter().collect())
        );
        assert_eq!(
            resolver.outcome(&ballot("aa-yyyyyyyyyyyy")),
            Outcome::Adopted
        );
        let resolution = resolver.resolve(&ballot("ynyyyyyyyyyyyyy"));
        assert_eq!(resolution.findings.len(), 1);
        assert_eq!(resolution.findings[0].rule, RuleId::ConsensusStatement);
        assert_eq!(resolution.findings[0].verdict, Verdict::Blocks);
    }
}
