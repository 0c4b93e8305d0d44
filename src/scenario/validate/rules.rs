//! `[rules]`, and a variant's `rules`: a preset with explicit overrides.

use std::ops::Range;

use toml::Spanned;

use super::Checker;
use crate::input::{one_of, shown};
use crate::model::{
    ChallengeVote, Council, Date, MemberSet, PreliminaryReading, Preset, PresidentRuling,
    QuestionKind, RuleSet, Ruling,
};
use crate::scenario::problem::{Problem, ProblemCode};
use crate::scenario::raw::RawRules;

/// The scenario's rule set: the preset in force on `date` unless `[rules]` says otherwise.
pub(super) fn rules(
    check: &mut Checker,
    raw: Option<&Spanned<RawRules>>,
    council: &Council,
    member_veto: MemberSet,
    date: Option<Date>,
) -> Option<RuleSet> {
    let preset = date.map_or(Preset::Charter, |d| Preset::in_force(d.year));
    let base = with_member_veto(
        RuleSet::new(preset, council.permanent(), council.len()),
        member_veto,
    );
    let Some(spanned) = raw else {
        return fits(check, &base, council, None).then_some(base);
    };
    let raw_rules = spanned.get_ref();
    let rules = overrides(check, raw_rules, base, council, member_veto)?;
    let span = raw_rules
        .size
        .as_ref()
        .map(Spanned::span)
        .or_else(|| raw_rules.preset.as_ref().map(Spanned::span))
        .or(Some(spanned.span()));
    if raw_rules.size.is_none() && !fits(check, &rules, council, span.clone()) {
        return None;
    }
    if raw_rules.threshold.is_none() && rules.threshold > council.len() {
        check.report(
            Problem::new(
                ProblemCode::InvalidThreshold,
                span,
                format!(
                    "the {} threshold of {} is impossible for a Council of {}",
                    rules.preset,
                    rules.threshold,
                    council.len()
                ),
            )
            .help("set [rules] threshold for this Council"),
        );
        return None;
    }
    Some(rules)
}

/// `base` with every key of `raw` applied. A preset replaces the base's threshold, veto and
/// blocking switches but keeps its question and dispute parties ([`RuleSet::with_preset`]); a
/// consensus statement takes no voting rule at all.
pub(super) fn overrides(
    check: &mut Checker,
    raw: &RawRules,
    base: RuleSet,
    council: &Council,
    member_veto: MemberSet,
) -> Option<RuleSet> {
    let mut rules = match &raw.preset {
        Some(p) => {
            let preset: Preset = check.parse(
                p,
                ProblemCode::InvalidValue,
                "docs/rules.md gives each preset's parameters and sources",
            )?;
            with_member_veto(base.with_preset(preset), member_veto)
        }
        None => base,
    };
    if let Some(question) = &raw.question {
        let kind = question_kind(check, question)?;
        if rules.question == QuestionKind::Statement && kind != QuestionKind::Statement {
            // Leaving consensus: back to the preset's voting rule.
            rules = with_member_veto(rules.with_preset(rules.preset), member_veto);
        }
        rules.question = kind;
    }
    if let Some(size) = &raw.size
        && usize::try_from(*size.get_ref()).ok() != Some(council.len())
    {
        check.report(
            Problem::new(
                ProblemCode::CouncilRuleMismatch,
                Some(size.span()),
                format!(
                    "size = {} but the Council has {} members",
                    size.get_ref(),
                    council.len()
                ),
            )
            .help("make size match the members listed"),
        );
    }
    if let Some(threshold) = &raw.threshold {
        match usize::try_from(*threshold.get_ref()) {
            Ok(t) if (1..=council.len()).contains(&t) => rules.threshold = t,
            _ => check.report(
                Problem::new(
                    ProblemCode::InvalidThreshold,
                    Some(threshold.span()),
                    format!(
                        "a threshold of {} is impossible for a Council of {}",
                        threshold.get_ref(),
                        council.len()
                    ),
                )
                .help(format!("use a number from 1 to {}", council.len())),
            ),
        }
    }
    if let Some(veto) = &raw.veto {
        rules.veto_holders = check.members(council, veto);
    }
    if let Some(flag) = &raw.abstention_blocks {
        rules.abstention_blocks = *flag.get_ref();
    }
    if let Some(flag) = &raw.absence_blocks {
        rules.absence_blocks = *flag.get_ref();
    }
    if let Some(parties) = &raw.dispute_parties {
        rules.dispute_parties = check.members(council, parties);
        if rules.question != QuestionKind::Substantive {
            check.report(
                Problem::new(
                    ProblemCode::DisputePartiesWithoutProviso,
                    parties.first().map(Spanned::span),
                    format!(
                        "parties to a dispute need not abstain on {}",
                        match rules.question {
                            QuestionKind::Procedural => "a procedural question",
                            QuestionKind::Preliminary => "the preliminary question",
                            QuestionKind::Admission => "a recommendation for admission",
                            QuestionKind::UnitingForPeace => "a Uniting for Peace referral",
                            QuestionKind::ReviewConference => "a review conference",
                            QuestionKind::SgAppointment => "the appointment of the Secretary-General",
                            _ => "a statement",
                        }
                    ),
                )
.help("the Art. 27(3) proviso binds parties only in non-procedural decisions under Chapter VI or Art. 52(3); remove dispute_parties"),
            );
        }
    }
    preliminary_keys(check, raw, &mut rules);
    if rules.question == QuestionKind::Statement {
        consensus_only(check, raw);
        rules = rules.consensus();
    }
    if matches!(
        rules.question,
        QuestionKind::UnitingForPeace | QuestionKind::ReviewConference
    ) {
        no_veto_keys(check, raw, rules.question);
    }
    Some(rules)
}

/// The rule set with the veto held as the `[[member]]` tables say (by default, by the permanent
/// seats), when its preset has a veto at all.
fn with_member_veto(mut rules: RuleSet, member_veto: MemberSet) -> RuleSet {
    if rules.preset.has_veto() {
        rules.veto_holders = member_veto;
    }
    rules
}

/// The keys that settle a preliminary question: the reading, and the President's ruling. Keys
/// not given keep the base's, so a variant that changes the preset keeps the ruling.
fn preliminary_keys(check: &mut Checker, raw: &RawRules, rules: &mut RuleSet) {
    if let Some(reading) = &raw.preliminary
        && let Some(parsed) = preliminary_reading(check, reading, rules.question)
    {
        rules.preliminary = parsed;
    }
    rules.ruling = president_ruling(check, raw, rules.question, rules.ruling);
}

/// `[rules] preliminary`, which only a preliminary question takes.
fn preliminary_reading(
    check: &mut Checker,
    reading: &Spanned<String>,
    question: QuestionKind,
) -> Option<PreliminaryReading> {
    match reading.get_ref().parse::<PreliminaryReading>().ok() {
        Some(_) if question != QuestionKind::Preliminary => {
            check.report(
                Problem::new(
                    ProblemCode::InvalidValue,
                    Some(reading.span()),
                    "`preliminary` says how a preliminary question is decided, but this is not one",
                )
                .help("set question = \"preliminary\", or remove this key"),
            );
            None
        }
        Some(parsed) => Some(parsed),
        None => {
            check.report(
                Problem::new(
                    ProblemCode::InvalidValue,
                    Some(reading.span()),
                    format!("`{}` is not a reading of the preliminary question", shown(reading.get_ref())),
                )
                .help("expected rule-30 (the President's ruling, no veto) or san-francisco-1945 (vetoable)"),
            );
            None
        }
    }
}

/// `[rules] ruling`, `challenged` and `challenge_vote`: the President's ruling on the
/// preliminary question and the challenge to it, with every contradiction reported. `base` is
/// the ruling of the rules these keys change (a variant's scenario): a key not given keeps it.
fn president_ruling(
    check: &mut Checker,
    raw: &RawRules,
    question: QuestionKind,
    base: Option<PresidentRuling>,
) -> Option<PresidentRuling> {
    let first_key = raw
        .ruling
        .as_ref()
        .map(Spanned::span)
        .or_else(|| raw.challenged.as_ref().map(Spanned::span))
        .or_else(|| raw.challenge_vote.as_ref().map(Spanned::span));
    if question != QuestionKind::Preliminary {
        if first_key.is_some() {
            check.report(
                Problem::new(
                    ProblemCode::RulingWithoutPreliminary,
                    first_key,
                    "the President's ruling and a challenge to it settle the preliminary question, but this is not one",
                )
                .help("set question = \"preliminary\", or remove ruling, challenged and challenge_vote"),
            );
        }
        return None;
    }
    if first_key.is_none() {
        return base;
    }
    let ruling = match &raw.ruling {
        Some(r) => check.word::<Ruling>(r, "a ruling", format!("expected {}", one_of::<Ruling>())),
        None => base.map(|b| b.ruling),
    };
    let vote = raw.challenge_vote.as_ref().and_then(|v| {
        check.word::<ChallengeVote>(
            v,
            "what a challenge puts to the vote",
            format!("expected {}", one_of::<ChallengeVote>()),
        )
    });
    if raw.ruling.is_none() && base.is_none() {
        let challenge_key = raw
            .challenged
            .as_ref()
            .filter(|c| *c.get_ref())
            .map(Spanned::span)
            .or_else(|| raw.challenge_vote.as_ref().map(Spanned::span));
        if challenge_key.is_some() {
            check.report(
                Problem::new(
                    ProblemCode::ChallengeWithoutRuling,
                    challenge_key,
                    "a challenge is recorded, but no ruling of the President to challenge",
                )
                .help("add ruling = \"procedural\" or \"substantive\", or remove challenged and challenge_vote"),
            );
        }
        return None;
    }
    let challenged = raw.challenged.as_ref().map(|c| *c.get_ref());
    if challenged == Some(false)
        && let Some(v) = &raw.challenge_vote
    {
        check.report(
            Problem::new(
                ProblemCode::ChallengeVoteWithoutChallenge,
                Some(v.span()),
                "challenge_vote says what a challenge put to the vote, but challenged = false",
            )
            .help("set challenged = true, or remove challenge_vote"),
        );
        return None;
    }
    let base_challenge = base.and_then(|b| b.challenge);
    let challenged = challenged
        .or_else(|| raw.challenge_vote.as_ref().map(|_| true))
        .or_else(|| base.map(|b| b.challenge.is_some()))
        .unwrap_or(true);
    Some(PresidentRuling {
        ruling: ruling?,
        challenge: challenged.then(|| vote.or(base_challenge).unwrap_or_default()),
    })
}

/// Names a user might give an ICJ election in a vote on a draft.
const ELECTION_NAMES: [&str; 3] = ["icj-election", "election", "icj"];

fn question_kind(check: &mut Checker, question: &Spanned<String>) -> Option<QuestionKind> {
    let kind = question.get_ref().parse::<QuestionKind>().ok();
    if kind.is_none() && ELECTION_NAMES.contains(&question.get_ref().as_str()) {
        check.report(
            Problem::new(
                ProblemCode::ElectionAsDraft,
                Some(question.span()),
                "an election of judges of the International Court of Justice is not a vote on a draft",
            )
            .help("write question = \"icj-election\" with an [election] table (vacancies, candidates, votes) in place of [draft] and [stances]: a judge is elected by an absolute majority of the Council (8 of 15), with no veto and with the General Assembly voting concurrently (ICJ Statute, Arts. 8, 10); see docs/scenario-format.md, \"ICJ elections\""),
        );
        return None;
    }
    if kind.is_none() {
        check.report(
            Problem::new(
                ProblemCode::InvalidValue,
                Some(question.span()),
                format!("`{}` is not a kind of question", shown(question.get_ref())),
            )
            .help("expected substantive, procedural, preliminary, statement, admission, uniting-for-peace, review-conference or sg-appointment"),
        );
    }
    kind
}

/// Each key of `[rules]` given but `question`, in the mirror's order, with where it stands
/// (a list's first entry): what a kind of question with a fixed rule refuses.
pub(super) fn voting_keys(raw: &RawRules) -> impl Iterator<Item = (&'static str, Range<usize>)> {
    let first = |list: &Option<Vec<Spanned<String>>>| {
        list.as_ref().and_then(|l| l.first()).map(Spanned::span)
    };
    [
        ("preset", raw.preset.as_ref().map(Spanned::span)),
        ("size", raw.size.as_ref().map(Spanned::span)),
        ("threshold", raw.threshold.as_ref().map(Spanned::span)),
        ("veto", first(&raw.veto)),
        (
            "abstention_blocks",
            raw.abstention_blocks.as_ref().map(Spanned::span),
        ),
        (
            "absence_blocks",
            raw.absence_blocks.as_ref().map(Spanned::span),
        ),
        ("dispute_parties", first(&raw.dispute_parties)),
        ("preliminary", raw.preliminary.as_ref().map(Spanned::span)),
        ("ruling", raw.ruling.as_ref().map(Spanned::span)),
        ("challenged", raw.challenged.as_ref().map(Spanned::span)),
        (
            "challenge_vote",
            raw.challenge_vote.as_ref().map(Spanned::span),
        ),
    ]
    .into_iter()
    .filter_map(|(key, span)| Some((key, span?)))
}

/// Reports voting keys given for a consensus statement, which is agreed without a vote.
fn consensus_only(check: &mut Checker, raw: &RawRules) {
    let voting = ["threshold", "veto", "abstention_blocks", "absence_blocks"];
    for (key, span) in voting_keys(raw).filter(|(key, _)| voting.contains(key)) {
        check.report(
            Problem::new(
                ProblemCode::VotingRuleOnStatement,
                Some(span),
                format!("`{key}` does not apply to a consensus statement"),
            )
            .help("a statement is agreed by consensus: any member's objection blocks it; remove this key"),
        );
    }
}

/// Reports veto keys given for a Uniting for Peace referral or a review conference, which no
/// member can veto.
fn no_veto_keys(check: &mut Checker, raw: &RawRules, question: QuestionKind) {
    let (code, what, why) = if question == QuestionKind::ReviewConference {
        (
            ProblemCode::VetoOnReviewConference,
            "a review conference",
            "Art. 109 fixes a review conference by a vote of any nine members of the Council, with no veto",
        )
    } else {
        (
            ProblemCode::VetoOnUnitingForPeace,
            "a Uniting for Peace referral",
            "calling an emergency special session under GA res. 377 A (V) is procedural: any nine members, no veto",
        )
    };
    let veto = ["veto", "abstention_blocks", "absence_blocks"];
    for (key, span) in voting_keys(raw).filter(|(key, _)| veto.contains(key)) {
        check.report(
            Problem::new(code, Some(span), format!("`{key}` does not apply to {what}"))
                .help(format!("{why}; remove this key, or use question = \"substantive\" for a what-if with the veto")),
        );
    }
}

/// Whether the Council has the size the preset expects; reports if not.
fn fits(
    check: &mut Checker,
    rules: &RuleSet,
    council: &Council,
    span: Option<Range<usize>>,
) -> bool {
    let expected = rules.preset.council_size();
    if council.len() == expected {
        return true;
    }
    check.report(
        Problem::new(
            ProblemCode::CouncilRuleMismatch,
            span,
            format!(
                "the {} rule set expects {expected} members but the Council has {}",
                rules.preset,
                council.len()
            ),
        )
        .help("list the right members, choose another preset, or set [rules] size and threshold for a custom Council"),
    );
    false
}
