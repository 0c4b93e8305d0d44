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
//! Before 31 August 1965 the numbers were seven of eleven. By settled practice a permanent
//! member's abstention (ICJ, Namibia, 1971, para. 22) or absence is not a veto. A draft short of
//! the required affirmative votes has *failed*, even if a permanent member voted against it.
//!
//! Neighbouring kinds of decision are settled here too. The preliminary question (is a matter
//! procedural?) is decided by the President's ruling under rule 30, which stands unless
//! overruled by a procedural vote; the San Francisco statement's vetoable reading (7 June
//! 1945) is a named variant. Presidential and press statements are agreed by consensus: any
//! member's objection blocks them, which the UN does not count as a veto. A recommendation to
//! admit a new Member (Art. 4(2)) or to appoint a Secretary-General (Art. 97) is decided as a
//! substantive matter, with the veto; a decision
//! to call an emergency special session under Uniting for Peace, and the vote fixing a Charter
//! review conference (Art. 109), by any nine members with no veto. The pledge of
//! `veto-restraint` moves stances before the vote (`Scenario::odds`), not this rule.

use crate::engine::resolution::{Finding, Outcome, Resolution, Tally, Verdict};
use crate::engine::rule::RuleId;
use crate::model::{Ballot, MemberSet, PreliminaryReading, QuestionKind, RuleSet, Vote};

/// Decides ballots under one [`RuleSet`]. Pure and infallible; cheap to copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolver {
    rules: RuleSet,
}

impl Resolver {
    /// A resolver for this rule set.
    #[must_use]
    pub fn new(rules: &RuleSet) -> Self {
        Self { rules: *rules }
    }

    /// The rule set it applies.
    #[must_use]
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// Affirmative votes required.
    #[must_use]
    pub fn threshold(&self) -> usize {
        self.rules.threshold
    }

    /// Who holds a veto on this question: the one definition, used by the engine, the
    /// simulations and the power indices. The veto-holders, unless the question is
    /// procedural (Art. 27(2)); for a consensus statement, every member. A party to a dispute
    /// keeps its vote as cast (see [`Resolution::if_parties_abstained`]) and a member pledged to
    /// restraint keeps its veto: the pledge moves its stance, not the rule.
    #[must_use]
    pub fn veto_players(&self) -> MemberSet {
        if self.rules.veto_applies() {
            self.rules.veto_holders
        } else {
            MemberSet::EMPTY
        }
    }

    /// Whether a veto player casting `vote` blocks adoption under this rule set.
    #[must_use]
    pub fn vote_blocks(&self, vote: Vote) -> bool {
        match vote {
            Vote::No => true,
            Vote::Abstain => self.rules.abstention_blocks,
            Vote::Absent => self.rules.absence_blocks,
            Vote::Yes | Vote::NotParticipating => false,
        }
    }

    /// For each vote, in [`Vote::ALL`] order, the veto players whose casting it blocks adoption.
    #[must_use]
    pub fn blocking(&self) -> [MemberSet; 5] {
        Vote::ALL.map(|vote| {
            if self.vote_blocks(vote) {
                self.veto_players()
            } else {
                MemberSet::EMPTY
            }
        })
    }

    /// The veto players whose vote blocks adoption.
    #[must_use]
    pub fn blockers(&self, ballot: &Ballot) -> MemberSet {
        Vote::ALL
            .into_iter()
            .zip(self.blocking())
            .fold(MemberSet::EMPTY, |set, (vote, by)| {
                set.union(ballot.cast(vote).intersection(by))
            })
    }

    /// The outcome alone: the fast path for simulations. Votes count as cast.
    #[must_use]
    pub fn outcome(&self, ballot: &Ballot) -> Outcome {
        if self.rules.question == QuestionKind::Preliminary
            && let Some(ruling) = self.rules.ruling
        {
            return self.ruling_outcome(ruling, ballot);
        }
        self.outcome_of(ballot.cast(Vote::Yes).len(), self.blockers(ballot))
    }

    /// The outcome of a ballot with `yes` affirmative votes on which [`Resolver::blockers`]
    /// are `blockers`: a vote on a draft or a question, not on a ruling of the President.
    #[must_use]
    pub fn outcome_of(&self, yes: usize, blockers: MemberSet) -> Outcome {
        debug_assert!(
            self.rules.ruling.is_none() || self.rules.question != QuestionKind::Preliminary
        );
        if yes < self.rules.threshold {
            Outcome::Failed
        } else if blockers.is_empty() {
            Outcome::Adopted
        } else if self.rules.question == QuestionKind::Statement {
            Outcome::Blocked(blockers)
        } else {
            Outcome::Vetoed(blockers)
        }
    }

    /// The outcome with the tally and the rule chain that produced it.
    #[must_use]
    pub fn resolve(&self, ballot: &Ballot) -> Resolution {
        let tally = Tally::of(ballot);
        let majority = tally.yes >= self.rules.threshold;
        let mut findings = Vec::new();
        let if_parties_abstained = self.obligatory_abstention(ballot, &mut findings);
        if let Some(ruling) = self
            .rules
            .ruling
            .filter(|_| self.rules.question == QuestionKind::Preliminary)
        {
            self.ruling_findings(ruling, ballot, &mut findings);
        } else if self.rules.question == QuestionKind::Statement {
            let objecting = ballot.cast(Vote::No);
            findings.push(if objecting.is_empty() {
                finding(RuleId::ConsensusStatement, Verdict::Met, ballot.members())
            } else {
                finding(RuleId::ConsensusStatement, Verdict::Blocks, objecting)
            });
        } else {
            self.vote_findings(ballot, majority, &mut findings);
        }

        Resolution {
            outcome: self.outcome(ballot),
            ballot: *ballot,
            tally,
            required_yes: self.rules.threshold,
            findings,
            if_parties_abstained,
            settlement: self.settlement(ballot),
        }
    }

    /// The Art. 27(3) proviso. The Council has only ever observed it by the party itself
    /// abstaining or not participating (res. 22 (1947), res. 138 (1960)); a permanent member's
    /// cast negative vote has never been set aside (S/3710, 30 October 1956). So the votes
    /// count as cast, and the finding says whether the parties abstained; when they did not,
    /// the outcome had they done so is returned.
    fn obligatory_abstention(
        &self,
        ballot: &Ballot,
        findings: &mut Vec<Finding>,
    ) -> Option<Outcome> {
        let parties = self
            .rules
            .obliged_to_abstain()
            .intersection(ballot.members());
        if parties.is_empty() {
            return None;
        }
        let voted = parties.intersection(ballot.cast(Vote::Yes).union(ballot.cast(Vote::No)));
        if voted.is_empty() {
            findings.push(finding(RuleId::ObligatoryAbstention, Verdict::Met, parties));
            return None;
        }
        findings.push(finding(
            RuleId::ObligatoryAbstention,
            Verdict::NotMet,
            voted,
        ));
        let abstaining = voted.iter().fold(*ballot, |b, i| b.with(i, Vote::Abstain));
        Some(self.outcome(&abstaining))
    }

    /// The rule chain of a vote: the majority, then what the veto players' votes did.
    fn vote_findings(&self, ballot: &Ballot, majority: bool, findings: &mut Vec<Finding>) {
        let holders = self.veto_players();
        if self.rules.question == QuestionKind::Preliminary {
            findings.push(match self.rules.preliminary {
                PreliminaryReading::Rule30 => finding(
                    RuleId::PreliminaryQuestion,
                    Verdict::Applied,
                    MemberSet::EMPTY,
                ),
                PreliminaryReading::SanFrancisco1945 => {
                    finding(RuleId::PreliminaryQuestion1945, Verdict::Applied, holders)
                }
            });
        }
        let kind_rule = match self.rules.question {
            QuestionKind::Admission => Some(RuleId::AdmissionRecommendation),
            QuestionKind::UnitingForPeace => Some(RuleId::UnitingForPeace),
            QuestionKind::ReviewConference => Some(RuleId::ReviewConference),
            QuestionKind::SgAppointment => Some(RuleId::SgAppointment),
            _ => None,
        };
        if let Some(rule) = kind_rule {
            findings.push(finding(rule, Verdict::Applied, MemberSet::EMPTY));
        }
        let majority_rule = if self.rules.veto_applies() {
            RuleId::SubstantiveMajority
        } else {
            RuleId::ProceduralMajority
        };
        let met = if majority {
            Verdict::Met
        } else {
            Verdict::NotMet
        };
        findings.push(finding(majority_rule, met, ballot.cast(Vote::Yes)));

        if !self.rules.veto_applies() {
            let against = ballot.cast(Vote::No).intersection(self.rules.veto_holders);
            if !against.is_empty() {
                findings.push(finding(
                    RuleId::ProceduralNoVeto,
                    Verdict::DoesNotBlock,
                    against,
                ));
            }
            return;
        }
        let cast_by_holders = |vote| ballot.cast(vote).intersection(holders);
        let against = cast_by_holders(Vote::No);
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
        for (vote, blocks, blocks_rule, practice_rule) in [
            (
                Vote::Abstain,
                self.rules.abstention_blocks,
                RuleId::AbstentionBlocks,
                RuleId::AbstentionIsNotVeto,
            ),
            (
                Vote::Absent,
                self.rules.absence_blocks,
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
        // Non-participation never blocks, whatever the custom switches say.
        let not_participating = cast_by_holders(Vote::NotParticipating);
        if !not_participating.is_empty() {
            findings.push(finding(
                RuleId::AbsenceIsNotVeto,
                Verdict::DoesNotBlock,
                not_participating,
            ));
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
    use crate::model::{Basis, MemberSet, PreliminaryReading, Preset, QuestionKind, RuleSet, Vote};

    #[test]
    fn a_permanent_members_no_with_nine_yes_is_a_veto() {
        let resolver = Resolver::new(&charter(QuestionKind::Substantive));
        // CHN abstains, RUS votes no, 13 in favour: S/2023/638.
        let outcome = resolver.outcome(&ballot("aynyyyyyyyyyyyy"));
        assert_eq!(outcome, Outcome::Vetoed([2].into_iter().collect()));
    }

    #[test]
    fn a_pledged_member_that_votes_against_still_vetoes() {
        // The ACT code of conduct (2015) is a pledge not to vote against; it does not change
        // what a negative vote is (Art. 27(3)).
        let mut rules = charter(QuestionKind::Substantive).with_preset(Preset::VetoRestraint);
        rules.mass_atrocities = true;
        assert_eq!(rules.pledged(), MemberSet::first(5));
        assert!(matches!(
            Resolver::new(&rules).outcome(&ballot("ynnyyyyyyyyyyyy")),
            Outcome::Vetoed(_)
        ));
    }

    #[test]
    fn a_recommendation_for_admission_is_subject_to_the_veto() {
        // Art. 4(2) with Art. 27(3): the United States' negative vote on the draft recommending
        // the State of Palestine's admission, 18 April 2024 (S/PV.9609), 12-1-2 (here seat 3).
        let resolver = Resolver::new(&charter(QuestionKind::Admission));
        let resolution = resolver.resolve(&ballot("yyanyyyyyyyyyya"));
        assert_eq!(
            resolution.outcome,
            Outcome::Vetoed([3].into_iter().collect())
        );
        assert_eq!(resolution.findings[0].rule, RuleId::AdmissionRecommendation);
        assert_eq!(resolution.findings[1].rule, RuleId::SubstantiveMajority);
    }

    #[test]
    fn a_uniting_for_peace_referral_is_procedural() {
        // Res. 2623 (2022): adopted 11-1-3 over the Russian Federation's negative vote.
        let resolver = Resolver::new(&charter(QuestionKind::UnitingForPeace));
        let resolution = resolver.resolve(&ballot("aynyyyyyyyyyyaa"));
        assert_eq!(resolution.outcome, Outcome::Adopted);
        let rules: Vec<RuleId> = resolution.findings.iter().map(|f| f.rule).collect();
        assert_eq!(
            rules,
            [
                RuleId::UnitingForPeace,
                RuleId::ProceduralMajority,
                RuleId::ProceduralNoVeto
            ]
        );
    }

    #[test]
    fn a_review_conference_has_no_veto() {
        // Art. 109: res. 110 (1955) was adopted 9-1-1 over the USSR's negative vote.
        let rules = charter(QuestionKind::ReviewConference).with_preset(Preset::Charter1945);
        let resolver = Resolver::new(&rules);
        let resolution = resolver.resolve(&ballot("yaynyyyyyyy"));
        assert_eq!(resolution.outcome, Outcome::Adopted);
        assert_eq!(resolution.findings[0].rule, RuleId::ReviewConference);
        assert!(resolver.veto_players().is_empty());
    }

    #[test]
    fn a_recommendation_for_secretary_general_is_subject_to_the_veto() {
        // Art. 97 with Art. 27(3).
        let resolver = Resolver::new(&charter(QuestionKind::SgAppointment));
        let resolution = resolver.resolve(&ballot("yyyynyyyyyyyyyy"));
        assert_eq!(
            resolution.outcome,
            Outcome::Vetoed([4].into_iter().collect())
        );
        assert_eq!(resolution.findings[0].rule, RuleId::SgAppointment);
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
    fn a_party_that_votes_against_is_counted_as_cast_with_a_finding() {
        // Art. 27(3), proviso; practice: a permanent member's cast negative vote has never
        // been set aside (France and the UK on S/3710, 30 October 1956). The President
        // announces the votes as cast; the finding records what abstention would have done.
        let mut rules = charter(QuestionKind::Substantive);
        rules.basis = Some(Basis::ChapterVi);
        rules.dispute_parties = [0].into_iter().collect();
        let resolution = Resolver::new(&rules).resolve(&ballot("nyyyyyyyyyyyyyy"));
        assert_eq!(resolution.outcome, Outcome::Vetoed(MemberSet::first(1)));
        assert_eq!(resolution.tally.no, 1);
        assert_eq!(resolution.findings[0].rule, RuleId::ObligatoryAbstention);
        assert_eq!(resolution.findings[0].verdict, Verdict::NotMet);
        assert_eq!(resolution.if_parties_abstained, Some(Outcome::Adopted));
    }

    #[test]
    fn a_party_that_does_not_participate_observes_the_proviso() {
        // Res. 22 (1947), Corfu Channel: the United Kingdom did not participate, 8-0-2 (found
        // only in secondary sources: the Japanese and Hebrew Wikipedia articles); res.
        // 138 (1960): "One member (Argentina) did not participate in the voting", 8-0-2.
        let mut rules = charter(QuestionKind::Substantive);
        rules.dispute_parties = [0].into_iter().collect();
        let cast = ballot("ayyyyyyyyyyyyyy").with(0, Vote::NotParticipating);
        let resolution = Resolver::new(&rules).resolve(&cast);
        assert_eq!(resolution.outcome, Outcome::Adopted);
        assert_eq!(resolution.findings[0].verdict, Verdict::Met);
        assert_eq!(resolution.if_parties_abstained, None);
    }

    #[test]
    fn a_party_votes_freely_on_a_procedural_question() {
        // Art. 27(2) has no proviso: nine affirmative votes adopt a procedural decision,
        // a party's among them.
        let mut rules = charter(QuestionKind::Procedural);
        rules.dispute_parties = [5].into_iter().collect();
        let resolution = Resolver::new(&rules).resolve(&ballot("nnaaayyyyyyyyyn"));
        assert_eq!(resolution.outcome, Outcome::Adopted);
        assert_eq!(resolution.tally.yes, 9);
        assert!(
            resolution
                .findings
                .iter()
                .all(|f| f.rule != RuleId::ObligatoryAbstention)
        );
    }

    #[test]
    fn a_partys_objection_blocks_a_statement() {
        // Practice: a statement needs consensus (Sievers and Daws, ch. 7); the proviso
        // concerns decisions under Chapter VI, not statements.
        let mut rules = charter(QuestionKind::Substantive).consensus();
        rules.dispute_parties = [14].into_iter().collect();
        let outcome = Resolver::new(&rules).outcome(&ballot("yyyyyyyyyyyyyyn"));
        assert_eq!(outcome, Outcome::Blocked([14].into_iter().collect()));
    }

    #[test]
    fn a_permanent_party_vetoes_a_chapter_vii_draft() {
        // Art. 27(3): the proviso reaches only Chapter VI and Art. 52(3) decisions.
        let mut rules = charter(QuestionKind::Substantive);
        rules.basis = Some(Basis::ChapterVii);
        rules.dispute_parties = [2].into_iter().collect();
        let resolution = Resolver::new(&rules).resolve(&ballot("yynyyyyyyyyyyyy"));
        assert_eq!(
            resolution.outcome,
            Outcome::Vetoed([2].into_iter().collect())
        );
        assert!(
            resolution
                .findings
                .iter()
                .all(|f| f.rule != RuleId::ObligatoryAbstention)
        );
        assert_eq!(resolution.if_parties_abstained, None);
    }

    #[test]
    fn a_member_not_participating_is_no_veto_and_no_vote() {
        // Res. 83 (1950): Egypt and India "did not participate in the voting"; the draft was
        // adopted 7-1-0. Non-participation is neither a vote nor a veto (practice).
        let rules = RuleSet::new(Preset::Charter, MemberSet::first(5), 15);
        let resolver = Resolver::new(&rules);
        let ballot = ballot("yyyyyyyyyaaaaaa").with(0, Vote::NotParticipating);
        assert_eq!(resolver.outcome(&ballot), Outcome::Failed);
        let ballot = ballot.with(9, Vote::Yes);
        let resolution = resolver.resolve(&ballot);
        assert_eq!(resolution.outcome, Outcome::Adopted);
        assert_eq!(resolution.tally.not_participating, 1);
        assert!(
            resolution
                .findings
                .iter()
                .any(|f| f.rule == RuleId::AbsenceIsNotVeto)
        );
    }

    #[test]
    fn a_vacant_seat_leaves_the_threshold_at_nine() {
        // Art. 27(2) and (3): "an affirmative vote of nine members", not a share of those
        // present; a vacant seat, modelled as absent, does not lower it.
        let resolver = Resolver::new(&charter(QuestionKind::Procedural));
        assert_eq!(
            resolver.outcome(&ballot("yyyyyyyynaaaaa-")),
            Outcome::Failed
        );
        assert_eq!(
            resolver.outcome(&ballot("yyyyyyyyyaaaaa-")),
            Outcome::Adopted
        );
    }

    #[test]
    fn the_1945_threshold_is_seven_of_eleven() {
        let rules = RuleSet::new(Preset::Charter1945, MemberSet::first(5), 11);
        let resolver = Resolver::new(&rules);
        assert_eq!(resolver.outcome(&ballot("yyyy-yyyaaa")), Outcome::Adopted);
        assert_eq!(resolver.outcome(&ballot("yyyy-yyaaaa")), Outcome::Failed);
    }

    #[test]
    fn a_preliminary_question_is_decided_by_a_procedural_vote() {
        // Rule 30: the President's ruling stands unless overruled by a procedural vote; Laos,
        // S/PV.848 (7 September 1959): found procedural 10-1 over the USSR's negative vote.
        let mut rules = RuleSet::new(Preset::Charter1945, MemberSet::first(5), 11);
        rules.question = QuestionKind::Preliminary;
        let resolution = Resolver::new(&rules).resolve(&ballot("yynyyyyyyyy"));
        assert_eq!(resolution.outcome, Outcome::Adopted);
        assert_eq!(resolution.findings[0].rule, RuleId::PreliminaryQuestion);
        assert!(
            resolution
                .findings
                .iter()
                .any(|f| f.rule == RuleId::ProceduralNoVeto)
        );
    }

    #[test]
    fn the_1945_reading_of_the_preliminary_question_is_subject_to_the_veto() {
        // The San Francisco statement of 7 June 1945, Part II, para. 2, followed in 1948:
        // S/PV.303, 8 in favour, the USSR and the Ukrainian SSR against, France abstaining.
        let mut rules = charter(QuestionKind::Preliminary);
        rules.preliminary = PreliminaryReading::SanFrancisco1945;
        let resolution = Resolver::new(&rules).resolve(&ballot("yanyyyyyyyyyaaa"));
        assert_eq!(
            resolution.outcome,
            Outcome::Vetoed([2].into_iter().collect())
        );
        assert_eq!(resolution.findings[0].rule, RuleId::PreliminaryQuestion1945);
        assert!(
            resolution
                .findings
                .iter()
                .any(|f| f.rule == RuleId::PermanentMemberVeto && f.verdict == Verdict::Blocks)
        );
    }

    #[test]
    fn one_elected_members_objection_blocks_a_statement_and_abstention_does_not() {
        let rules = charter(QuestionKind::Substantive).consensus();
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
