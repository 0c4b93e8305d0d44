//! A meeting resolved vote by vote in the order of the rules of procedure, each vote ruled by
//! the Article 27 resolver, with the consequences of each vote carried to the vote next: an
//! amendment or a separate vote to the draft's text, a preliminary question to its question.

use crate::engine::analysis::analyse;
use crate::engine::preliminary::Settlement;
use crate::engine::rule::RuleId;
use crate::model::{
    Meeting, Motion, MotionKind, OutcomeKind, PreliminaryReading, ProvisionSet, QuestionKind,
    Ruling, Scenario,
};

/// How one vote changed a draft's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextChange {
    /// The vote that made the change, by index in [`Meeting::votes`].
    pub by: usize,
    /// [`RuleId::TextAmended`] or [`RuleId::PartRemoved`].
    pub rule: RuleId,
    /// Provisions that entered the text.
    pub inserted: ProvisionSet,
    /// Provisions that left the text.
    pub removed: ProvisionSet,
}

/// How a preliminary vote of the meeting settled the question its draft is voted on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionSettled {
    /// The preliminary vote, by index in [`Meeting::votes`].
    pub by: usize,
    /// The authority that settled it: [`RuleId::PreliminaryQuestion`] (the Council's vote on
    /// the question), [`RuleId::PreliminaryQuestion1945`] (that vote under the San Francisco
    /// reading), [`RuleId::PresidentRuling`] (a ruling that stands) or
    /// [`RuleId::RulingChallenge`] (a ruling overruled).
    pub rule: RuleId,
    /// What the draft is voted on as.
    pub voted_as: Ruling,
    /// Whether the Council voted to settle it: `false` when the President's ruling was not
    /// challenged and so stands without a vote (rule 30).
    pub vote_taken: bool,
}

impl QuestionSettled {
    fn new(by: usize, reading: PreliminaryReading, settlement: Settlement) -> Self {
        let rule = match settlement.ruling {
            Some(_) if settlement.overruled => RuleId::RulingChallenge,
            Some(_) => RuleId::PresidentRuling,
            None if reading == PreliminaryReading::SanFrancisco1945 => {
                RuleId::PreliminaryQuestion1945
            }
            None => RuleId::PreliminaryQuestion,
        };
        Self {
            by,
            rule,
            voted_as: settlement.draft_voted_as,
            vote_taken: settlement.vote_taken(),
        }
    }
}

/// One vote of the meeting, in the order taken.
#[derive(Clone, Debug, PartialEq)]
pub struct MeetingStep {
    /// The vote, by index in [`Meeting::votes`].
    pub vote: usize,
    /// Why the vote is taken here: [`RuleId::OrderOfSubmission`],
    /// [`RuleId::OrderDecidedByCouncil`], [`RuleId::PreliminaryQuestion`] (the preliminary
    /// question, before the draft it concerns), [`RuleId::AmendmentBeforeDraft`] or
    /// [`RuleId::SeparateVoteBeforeDraft`].
    pub order: RuleId,
    /// The vote as put: for a draft, its text after the amendments and separate votes before it.
    pub scenario: Scenario,
    /// The outcome the engine computes.
    pub outcome: OutcomeKind,
    /// For a draft, the changes earlier votes made to its text, in the order made.
    pub changes: Vec<TextChange>,
    /// For an amendment or separate vote, what its result did to the draft's text.
    pub effect: Option<TextChange>,
    /// For a draft or its preliminary vote, how the preliminary vote settled the question the
    /// draft is voted on (Art. 27(2) or 27(3)).
    pub settled: Option<QuestionSettled>,
}

impl MeetingStep {
    /// Whether the Council voted at this step: every step but a President's ruling on the
    /// preliminary question that was not challenged, which stands without a vote (rule 30).
    #[must_use]
    pub fn vote_taken(&self) -> bool {
        self.settled
            .is_none_or(|s| s.by != self.vote || s.vote_taken)
    }
}

/// Resolves every vote of the meeting: for each draft (in the order of submission, or the
/// order the Council decided), the preliminary question on it, its amendments, then the
/// separate votes on its parts, then the draft as a whole, voted on as procedural or
/// substantive as the preliminary question was settled.
#[must_use]
pub fn resolve_meeting(meeting: &Meeting) -> Vec<MeetingStep> {
    resolve(meeting, None)
}

/// Resolves the meeting with vote `vote` (an index in [`Meeting::votes`]) put as `put`, a
/// what-if of that vote as it was put ([`vote_as_put`]): its result is carried into the votes
/// after it (an amendment's into the text of its draft, a separate vote's into the whole, a
/// preliminary vote's into the draft's question). Every other vote keeps its own stances and
/// rules.
#[must_use]
pub fn resolve_meeting_with(meeting: &Meeting, vote: usize, put: &Scenario) -> Vec<MeetingStep> {
    resolve(meeting, Some((vote, put)))
}

fn resolve(meeting: &Meeting, replaced: Option<(usize, &Scenario)>) -> Vec<MeetingStep> {
    let scenario_of = |vote: usize, as_put: Scenario| match replaced {
        Some((index, put)) if index == vote => put.clone(),
        _ => as_put,
    };
    let mut texts: Vec<ProvisionSet> = meeting.votes.iter().map(|v| v.scenario.text).collect();
    let mut steps = Vec::with_capacity(meeting.votes.len());
    let (drafts, order) = match &meeting.decided_order {
        Some(decided) => (decided.drafts.clone(), RuleId::OrderDecidedByCouncil),
        None => (
            (0..meeting.votes.len())
                .filter(|&i| meeting.votes[i].motion == Motion::Draft)
                .collect(),
            RuleId::OrderOfSubmission,
        ),
    };
    for draft in drafts {
        let before = |kind| {
            (0..meeting.votes.len()).filter(move |&i| {
                let motion = meeting.votes[i].motion;
                motion.kind() == kind && motion.target() == Some(draft)
            })
        };
        let mut settled = None;
        for vote in before(MotionKind::Preliminary) {
            let scenario = scenario_of(vote, meeting.votes[vote].scenario.clone());
            let analysis = analyse(&scenario);
            settled = analysis
                .resolution
                .settlement
                .map(|s| QuestionSettled::new(vote, scenario.rules.preliminary, s));
            steps.push(MeetingStep {
                vote,
                order: RuleId::PreliminaryQuestion,
                outcome: analysis.resolution.outcome.kind(),
                scenario,
                changes: Vec::new(),
                effect: None,
                settled,
            });
        }
        for (vote, rule) in before(MotionKind::Amendment)
            .map(|i| (i, RuleId::AmendmentBeforeDraft))
            .chain(before(MotionKind::SeparateVote).map(|i| (i, RuleId::SeparateVoteBeforeDraft)))
        {
            let scenario = scenario_of(vote, meeting.votes[vote].scenario.clone());
            let outcome = outcome_of(&scenario);
            let effect = effect(vote, meeting.votes[vote].motion, outcome, texts[draft]);
            if let Some(change) = effect {
                texts[draft] = texts[draft]
                    .union(change.inserted)
                    .difference(change.removed);
            }
            steps.push(MeetingStep {
                vote,
                order: rule,
                scenario,
                outcome,
                changes: Vec::new(),
                effect,
                settled: None,
            });
        }
        let changes = steps
            .iter()
            .filter(|s| meeting.votes[s.vote].motion.target() == Some(draft))
            .filter_map(|s| s.effect)
            .collect();
        let mut scenario = meeting.votes[draft].scenario.clone();
        scenario.text = texts[draft];
        if let Some(settled) = settled {
            scenario.rules.question = match settled.voted_as {
                Ruling::Procedural => QuestionKind::Procedural,
                Ruling::Substantive => QuestionKind::Substantive,
            };
        }
        let scenario = scenario_of(draft, scenario);
        let outcome = outcome_of(&scenario);
        steps.push(MeetingStep {
            vote: draft,
            order,
            scenario,
            outcome,
            changes,
            effect: None,
            settled,
        });
    }
    steps
}

fn outcome_of(scenario: &Scenario) -> OutcomeKind {
    analyse(scenario).resolution.outcome.kind()
}

/// What a vote's result does to the text of the draft it acts on (`text`), if anything.
fn effect(
    vote: usize,
    motion: Motion,
    outcome: OutcomeKind,
    text: ProvisionSet,
) -> Option<TextChange> {
    let adopted = outcome == OutcomeKind::Adopted;
    match motion {
        Motion::Amendment {
            inserts, deletes, ..
        } if adopted => Some(TextChange {
            by: vote,
            rule: RuleId::TextAmended,
            inserted: inserts.difference(text),
            removed: deletes.intersection(text),
        }),
        Motion::SeparateVote { provision, .. } if !adopted && text.contains(provision) => {
            Some(TextChange {
                by: vote,
                rule: RuleId::PartRemoved,
                inserted: ProvisionSet::EMPTY,
                removed: ProvisionSet::EMPTY.with(provision),
            })
        }
        _ => None,
    }
}

/// How a vote taken after a what-if differs from the same vote in the meeting as resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CarriedChange {
    /// The vote, by index in [`Meeting::votes`].
    pub vote: usize,
    /// The text put to the vote, before and after the what-if, when it changed.
    pub text: Option<(ProvisionSet, ProvisionSet)>,
    /// The question it was voted on, before and after, when it changed.
    pub question: Option<(QuestionKind, QuestionKind)>,
    /// Its outcome, before and after, when it changed.
    pub outcome: Option<(OutcomeKind, OutcomeKind)>,
}

impl CarriedChange {
    /// Whether the what-if changed the vote at all.
    #[must_use]
    pub fn changed(&self) -> bool {
        self.text.is_some() || self.question.is_some() || self.outcome.is_some()
    }
}

fn differs<T: PartialEq>(before: T, now: T) -> Option<(T, T)> {
    (before != now).then_some((before, now))
}

/// The votes taken after vote `vote`, in order, each compared between `baseline`
/// ([`resolve_meeting`]) and `what_if` ([`resolve_meeting_with`] on the same vote).
#[must_use]
pub fn carried_changes(
    baseline: &[MeetingStep],
    what_if: &[MeetingStep],
    vote: usize,
) -> Vec<CarriedChange> {
    let after = baseline
        .iter()
        .position(|s| s.vote == vote)
        .map_or(baseline.len(), |p| p + 1);
    baseline[after..]
        .iter()
        .zip(what_if.get(after..).unwrap_or_default())
        .map(|(before, now)| CarriedChange {
            vote: before.vote,
            text: differs(before.scenario.text, now.scenario.text),
            question: differs(before.scenario.rules.question, now.scenario.rules.question),
            outcome: differs(before.outcome, now.outcome),
        })
        .collect()
}

/// A what-if of vote `vote` carried through the meeting: the votes after it, each compared
/// between the meeting as it was ([`resolve_meeting`]) and with that vote put as `put`
/// ([`resolve_meeting_with`]).
#[must_use]
pub fn carry_what_if(meeting: &Meeting, vote: usize, put: &Scenario) -> Vec<CarriedChange> {
    let baseline = resolve_meeting(meeting);
    carried_changes(&baseline, &resolve_meeting_with(meeting, vote, put), vote)
}

/// The vote `id` of the meeting as it was put: a draft with the text the votes before it left.
#[must_use]
pub fn vote_as_put(meeting: &Meeting, id: &str) -> Option<Scenario> {
    resolve_meeting(meeting)
        .into_iter()
        .find(|step| meeting.votes[step.vote].id == id)
        .map(|step| step.scenario)
}

#[cfg(test)]
mod tests {
    use super::{MeetingStep, resolve_meeting};
    use crate::engine::RuleId;
    use crate::model::{Meeting, OutcomeKind, QuestionKind, Ruling};
    use crate::scenario::{Document, load_document};

    const HEAD: &str = "id = \"m\"\ntitle = \"T\"\ndate = 2024-01-15\nstatus = \"hypothetical\"\ncouncil = 2024\n\n[stances]\ndefault = { vote = \"yes\" }\n";

    /// A draft the Russian Federation vetoes while it holds `para-1`, and `more` votes.
    fn meeting(more: &str) -> Meeting {
        let text = format!(
            "{HEAD}\n[[vote]]\nid = \"main\"\n[vote.draft]\ntitle = \"Main\"\n\
             [[vote.draft.provisions]]\nid = \"para-1\"\ntext = \"One\"\n\
             [[vote.draft.provisions]]\nid = \"para-1-amended\"\ntext = \"One, amended\"\n\
             [vote.stances]\nRUS = {{ vote = \"yes\", with = {{ para-1 = \"no\" }} }}\n{more}"
        );
        match load_document("m.toml", &text).expect("valid") {
            Document::Meeting(meeting) => *meeting,
            _ => panic!("a meeting"),
        }
    }

    fn summary(meeting: &Meeting, steps: &[MeetingStep]) -> Vec<(String, RuleId, OutcomeKind)> {
        steps
            .iter()
            .map(|s| (meeting.votes[s.vote].id.clone(), s.order, s.outcome))
            .collect()
    }

    const AMENDMENT: &str = "\n[[vote]]\nid = \"amend\"\nkind = \"amendment\"\namends = \"main\"\n\
        deletes = [\"para-1\"]\ninserts = [\"para-1-amended\"]\n[vote.draft]\ntitle = \"A\"\n";

    #[test]
    fn an_adopted_amendment_is_voted_first_and_changes_the_text_voted_next() {
        let m = meeting(AMENDMENT);
        let steps = resolve_meeting(&m);
        assert_eq!(
            summary(&m, &steps),
            [
                (
                    "amend".into(),
                    RuleId::AmendmentBeforeDraft,
                    OutcomeKind::Adopted
                ),
                (
                    "main".into(),
                    RuleId::OrderOfSubmission,
                    OutcomeKind::Adopted
                ),
            ]
        );
        let main = &steps[1];
        assert_eq!(main.changes.len(), 1);
        assert_eq!(main.changes[0].rule, RuleId::TextAmended);
        assert!(!main.scenario.text.contains(0) && main.scenario.text.contains(1));
    }

    #[test]
    fn a_vetoed_amendment_leaves_the_text_and_the_veto_stands() {
        let m = meeting(&format!(
            "{AMENDMENT}[vote.stances]\nRUS = {{ vote = \"no\" }}\n"
        ));
        let steps = resolve_meeting(&m);
        assert_eq!(steps[0].outcome, OutcomeKind::Vetoed);
        assert_eq!(steps[0].effect, None);
        assert_eq!(steps[1].outcome, OutcomeKind::Vetoed);
        assert!(steps[1].scenario.text.contains(0) && !steps[1].scenario.text.contains(1));
    }

    #[test]
    fn a_part_vetoed_in_a_separate_vote_is_removed_from_the_whole() {
        let m = meeting(
            "\n[[vote]]\nid = \"part\"\nkind = \"separate-vote\"\npart_of = \"main\"\n\
             provision = \"para-1\"\n[vote.draft]\ntitle = \"P\"\n[vote.stances]\nUSA = { vote = \"no\" }\n",
        );
        let steps = resolve_meeting(&m);
        assert_eq!(
            summary(&m, &steps),
            [
                (
                    "part".into(),
                    RuleId::SeparateVoteBeforeDraft,
                    OutcomeKind::Vetoed
                ),
                (
                    "main".into(),
                    RuleId::OrderOfSubmission,
                    OutcomeKind::Adopted
                ),
            ]
        );
        assert_eq!(steps[1].changes[0].rule, RuleId::PartRemoved);
    }

    /// A preliminary vote on `main` in which `no` votes against, listed after the draft.
    fn preliminary(no: &str) -> Meeting {
        meeting(&format!(
            "\n[[vote]]\nid = \"question\"\nkind = \"preliminary\"\nconcerns = \"main\"\n\
             [vote.draft]\ntitle = \"Q\"\n[vote.stances]\n{no}\n"
        ))
    }

    #[test]
    fn a_draft_found_procedural_is_voted_without_the_veto() {
        // Laos, S/PV.848 (7 September 1959): found procedural 10-1, the draft was adopted
        // over the USSR's negative vote (Art. 27(2); rule 30 and the Council's practice).
        let m = preliminary("RUS = { vote = \"no\" }");
        let steps = resolve_meeting(&m);
        assert_eq!(
            summary(&m, &steps),
            [
                (
                    "question".into(),
                    RuleId::PreliminaryQuestion,
                    OutcomeKind::Adopted
                ),
                (
                    "main".into(),
                    RuleId::OrderOfSubmission,
                    OutcomeKind::Adopted
                ),
            ]
        );
        let settled = steps[1].settled.expect("settled");
        assert_eq!((settled.by, settled.rule), (1, RuleId::PreliminaryQuestion));
        assert_eq!(settled.voted_as, Ruling::Procedural);
        assert_eq!(steps[1].scenario.rules.question, QuestionKind::Procedural);
    }

    #[test]
    fn an_unchallenged_ruling_settles_the_question_without_a_vote() {
        // Rule 30: the President's ruling stands unless overruled; not challenged, it is never
        // put to the vote, and the Russian Federation's stance on it counts for nothing.
        let m = meeting(
            "\n[[vote]]\nid = \"ruling\"\nkind = \"preliminary\"\nconcerns = \"main\"\n\
             [vote.rules]\nruling = \"procedural\"\nchallenged = false\n\
             [vote.draft]\ntitle = \"R\"\n[vote.stances]\nRUS = { vote = \"no\" }\n",
        );
        let steps = resolve_meeting(&m);
        let settled = steps[0].settled.expect("settled");
        assert_eq!(settled.rule, RuleId::PresidentRuling);
        assert!(!settled.vote_taken && !steps[0].vote_taken());
        assert_eq!(steps[1].settled, Some(settled));
        assert!(steps[1].vote_taken());
        assert_eq!(steps[1].scenario.rules.question, QuestionKind::Procedural);
        let challenged = meeting(
            "\n[[vote]]\nid = \"ruling\"\nkind = \"preliminary\"\nconcerns = \"main\"\n\
             [vote.rules]\nruling = \"procedural\"\n[vote.draft]\ntitle = \"R\"\n",
        );
        assert!(resolve_meeting(&challenged)[0].vote_taken());
    }

    #[test]
    fn a_draft_not_found_procedural_is_voted_with_the_veto() {
        // Seven votes for the finding fall short of nine: the draft is substantive (Art.
        // 27(3)), and the Russian Federation's negative vote on para-1 vetoes it.
        let m = preliminary(
            "default = { vote = \"no\" }\nUSA = { vote = \"yes\" }\nGBR = { vote = \"yes\" }\n\
             FRA = { vote = \"yes\" }\nJPN = { vote = \"yes\" }\nMLT = { vote = \"yes\" }\n\
             CHE = { vote = \"yes\" }\nKOR = { vote = \"yes\" }",
        );
        let steps = resolve_meeting(&m);
        assert_eq!(steps[0].outcome, OutcomeKind::Failed);
        let settled = steps[1].settled.expect("settled");
        assert_eq!(settled.voted_as, Ruling::Substantive);
        assert_eq!(steps[1].scenario.rules.question, QuestionKind::Substantive);
        assert_eq!(steps[1].outcome, OutcomeKind::Vetoed);
    }

    #[test]
    fn a_what_if_on_an_amendment_is_carried_into_the_text_of_the_draft_voted_next() {
        // Rule 33, item 6: had the vetoed amendment been adopted, the draft would have been
        // voted as amended, without the paragraph the Russian Federation vetoes it for.
        let m = meeting(&format!(
            "{AMENDMENT}[vote.stances]\nRUS = {{ vote = \"no\" }}\n"
        ));
        let baseline = resolve_meeting(&m);
        // The what-if: the amendment as put, with the Russian Federation voting as it does
        // on the rest (in favour) instead of against.
        let put = super::vote_as_put(&meeting(AMENDMENT), "amend").expect("the amendment");
        let carried = super::resolve_meeting_with(&m, 1, &put);
        assert_eq!(carried[0].outcome, OutcomeKind::Adopted);
        assert_eq!(carried[1].outcome, OutcomeKind::Adopted);
        let changes = super::carried_changes(&baseline, &carried, 1);
        assert_eq!(changes.len(), 1);
        let change = changes[0];
        assert_eq!(change.vote, 0);
        let (before, after) = change.text.expect("the text changed");
        assert!(before.contains(0) && !before.contains(1));
        assert!(!after.contains(0) && after.contains(1));
        assert_eq!(
            change.outcome,
            Some((OutcomeKind::Vetoed, OutcomeKind::Adopted))
        );
        assert_eq!(change.question, None);
        // Put as it was, the vote changes nothing after it.
        let same = super::resolve_meeting_with(&m, 1, &baseline[0].scenario);
        assert_eq!(same, baseline);
        assert!(!super::carried_changes(&baseline, &same, 1)[0].changed());
    }

    #[test]
    fn drafts_follow_submission_unless_the_council_decided_another_order() {
        let second = "\n[[vote]]\nid = \"second\"\n[vote.draft]\ntitle = \"S\"\n";
        let m = meeting(second);
        let ids: Vec<_> = summary(&m, &resolve_meeting(&m))
            .into_iter()
            .map(|s| s.0)
            .collect();
        assert_eq!(ids, ["main", "second"]);
        let m = meeting(&format!(
            "{second}\n[meeting]\norder = [\"second\", \"main\"]\n"
        ));
        let steps = resolve_meeting(&m);
        let ids: Vec<_> = summary(&m, &steps)
            .into_iter()
            .map(|s| (s.0, s.1))
            .collect();
        assert_eq!(
            ids,
            [
                ("second".into(), RuleId::OrderDecidedByCouncil),
                ("main".into(), RuleId::OrderDecidedByCouncil)
            ]
        );
    }
}
