//! A meeting's `[[vote]]` tables and `[meeting]`: each vote becomes a single-vote scenario
//! (the meeting's rules and stances, with the vote's own keys over them), and amendments,
//! separate votes and preliminary votes are tied to a draft of the meeting.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;

use super::record::record_of;
use super::rules::rules;
use super::stances::{provision, stances};
use super::{Checker, draft, is_kebab_case};
use crate::input::{closest, shown};
use crate::model::{
    Council, CouncilOrigin, Date, DecidedOrder, Draft, Meeting, MeetingVote, MemberSet, Metadata,
    Motion, MotionKind, ProvisionSet, QuestionKind, Record, RuleSet, Scenario, Stance, Status,
};
use crate::scenario::problem::{Problem, ProblemCode};
use crate::scenario::raw::{RawRules, RawScenario, RawStance, RawVote};

type RawStances = Spanned<BTreeMap<String, Spanned<RawStance>>>;

/// The Council a meeting sits as: its members, where they came from, and the veto-holders
/// the members' own entries declare.
pub(super) struct Seated {
    pub council: Council,
    pub origin: CouncilOrigin,
    pub member_veto: MemberSet,
}

/// Validates a meeting, or reports why not (the caller returns the problems).
pub(super) fn meeting(
    check: &mut Checker,
    raw: &RawScenario,
    meta: Option<Metadata>,
    seated: Seated,
) -> Option<Meeting> {
    conflicts(check, raw);
    let status = meta.as_ref().map(|m| m.status);
    let date = meta.as_ref().map(|m| m.date);
    let kinds: Vec<Option<MotionKind>> = raw.vote.iter().map(|v| kind(check, v)).collect();
    ids(check, &raw.vote);
    let built: Vec<Parts> = raw
        .vote
        .iter()
        .zip(&kinds)
        .map(|(vote, kind)| parts(check, raw, vote.get_ref(), *kind, &seated, status, date))
        .collect();
    let drafts: Vec<&Draft> = built.iter().map(|b| &b.0).collect();
    let motions: Vec<Option<Motion>> = raw
        .vote
        .iter()
        .zip(&kinds)
        .map(|(vote, kind)| {
            kind.and_then(|k| motion(check, vote.get_ref(), k, raw, &kinds, &drafts))
        })
        .collect();
    settled_twice(check, raw, &motions);
    not_open(check, raw, &motions);
    let decided_order = raw
        .meeting
        .as_ref()
        .and_then(|m| decided_order(check, m.span(), m.get_ref(), raw, &kinds));
    let meta = meta?;
    let mut votes = Vec::with_capacity(built.len());
    for ((vote, (draft, rules, stances, record)), motion) in raw.vote.iter().zip(built).zip(motions)
    {
        let (Some(rules), Some(stances), Some(motion)) = (rules, stances, motion) else {
            continue;
        };
        let id = vote.get_ref().id.get_ref().clone();
        votes.push(MeetingVote {
            scenario: Scenario {
                meta: Metadata {
                    id: format!("{}/{id}", meta.id),
                    title: draft.title.clone(),
                    summary: String::new(),
                    tags: Vec::new(),
                    ..meta.clone()
                },
                council: seated.council.clone(),
                council_origin: seated.origin,
                rules,
                text: ProvisionSet::all(draft.provisions.len()),
                draft,
                stances,
                record,
                variants: Vec::new(),
            },
            id,
            motion,
        });
    }
    if votes.len() != raw.vote.len() || !check.problems.is_empty() {
        return None;
    }
    for index in 0..votes.len() {
        let proposed = votes
            .iter()
            .filter_map(|v| match v.motion {
                Motion::Amendment { draft, inserts, .. } if draft == index => Some(inserts),
                _ => None,
            })
            .fold(ProvisionSet::EMPTY, ProvisionSet::union);
        let text = &mut votes[index].scenario.text;
        *text = text.difference(proposed);
    }
    Some(Meeting {
        meta,
        council: seated.council,
        council_origin: seated.origin,
        votes,
        decided_order,
    })
}

/// A vote's draft, rules, stances and record, each `None` where a problem was reported.
type Parts = (Draft, Option<RuleSet>, Option<Vec<Stance>>, Option<Record>);

fn parts(
    check: &mut Checker,
    raw: &RawScenario,
    vote: &RawVote,
    kind: Option<MotionKind>,
    seated: &Seated,
    status: Option<Status>,
    date: Option<Date>,
) -> Parts {
    let draft = draft(check, &vote.draft, &seated.council);
    let mut merged = merged_rules(raw.rules.as_ref(), vote.rules.as_ref());
    if kind == Some(MotionKind::Preliminary) {
        merged = Some(preliminary_rules(check, vote, merged));
    }
    let rules = rules(
        check,
        merged.as_ref(),
        &seated.council,
        seated.member_veto,
        date,
    )
    .map(|r| r.for_draft(&draft));
    let merged = merged_stances(&raw.stances, vote.stances.as_ref());
    let stances = stances(check, &merged, &raw.bloc, &seated.council, &draft, status);
    let record = match &vote.record {
        Some(record) => record_of(check, record, &seated.council),
        None if status == Some(Status::Historical) => {
            check.report(
                Problem::new(
                    ProblemCode::MissingRecord,
                    Some(vote.id.span()),
                    format!(
                        "vote `{}` of a historical meeting needs a [vote.record]",
                        shown(vote.id.get_ref())
                    ),
                )
                .help("add [vote.record] with the outcome, the votes and the meeting record"),
            );
            None
        }
        None => None,
    };
    (draft, rules, stances, record)
}

/// A preliminary vote's rules: the question is the preliminary question, whatever the
/// meeting's `[rules]` say; the vote's own `question`, if given, must say so too.
fn preliminary_rules(
    check: &mut Checker,
    vote: &RawVote,
    merged: Option<Spanned<RawRules>>,
) -> Spanned<RawRules> {
    let own = vote
        .rules
        .as_ref()
        .and_then(|r| r.get_ref().question.as_ref());
    if let Some(question) = own.filter(|q| q.get_ref() != QuestionKind::Preliminary.as_str()) {
        check.report(
            Problem::new(
                ProblemCode::PreliminaryVoteQuestion,
                Some(question.span()),
                format!(
                    "preliminary vote `{}` has question = \"{}\"",
                    shown(vote.id.get_ref()),
                    shown(question.get_ref())
                ),
            )
            .help("a preliminary vote decides the preliminary question: remove `question` from its [vote.rules], or make the vote a draft"),
        );
    }
    let span = merged.as_ref().map_or(vote.id.span(), Spanned::span);
    let mut rules = merged.map(Spanned::into_inner).unwrap_or_default();
    rules.question = Some(Spanned::new(
        vote.id.span(),
        QuestionKind::Preliminary.as_str().to_owned(),
    ));
    Spanned::new(span, rules)
}

/// A draft's question settled both by a preliminary vote and by the file, or by two
/// preliminary votes.
fn settled_twice(check: &mut Checker, raw: &RawScenario, motions: &[Option<Motion>]) {
    let mut concerned = Vec::new();
    for (vote, motion) in raw.vote.iter().zip(motions) {
        let Some(Motion::Preliminary { draft }) = motion else {
            continue;
        };
        let draft_vote = raw.vote[*draft].get_ref();
        let concerns = vote.get_ref().concerns.as_ref().map(Spanned::span);
        let fixed = draft_vote
            .rules
            .as_ref()
            .and_then(|r| r.get_ref().question.as_ref());
        let (span, message) = if concerned.contains(draft) {
            (
                concerns,
                format!(
                    "a second preliminary vote on draft `{}`",
                    shown(draft_vote.id.get_ref())
                ),
            )
        } else {
            concerned.push(*draft);
            let Some(question) = fixed else {
                continue;
            };
            (
                Some(question.span()),
                format!(
                    "draft `{}` fixes its question, which preliminary vote `{}` settles",
                    shown(draft_vote.id.get_ref()),
                    shown(vote.get_ref().id.get_ref())
                ),
            )
        };
        check.report(
            Problem::new(ProblemCode::QuestionAlreadySettled, span, message)
                .help("a draft's question is settled once: by one preliminary vote that concerns it (the meeting's [rules] question is then overridden), or by its own [vote.rules] question without a preliminary vote"),
        );
    }
}

/// A preliminary vote on a draft whose question, given by the meeting's `[rules]`, is not one
/// of the two that the preliminary question chooses between (Art. 27(2) or 27(3)).
fn not_open(check: &mut Checker, raw: &RawScenario, motions: &[Option<Motion>]) {
    let Some(question) = raw
        .rules
        .as_ref()
        .and_then(|r| r.get_ref().question.as_ref())
    else {
        return;
    };
    let Ok(kind) = question.get_ref().parse::<QuestionKind>() else {
        return;
    };
    let Some(why) = why_not_open(kind) else {
        return;
    };
    for (vote, motion) in raw.vote.iter().zip(motions) {
        let Some(Motion::Preliminary { draft }) = motion else {
            continue;
        };
        let draft_vote = raw.vote[*draft].get_ref();
        if draft_vote
            .rules
            .as_ref()
            .is_some_and(|r| r.get_ref().question.is_some())
        {
            continue; // question-already-settled
        }
        let help = match kind {
            QuestionKind::Admission
            | QuestionKind::SgAppointment
            | QuestionKind::UnitingForPeace => {
                "to ask whether the Council could have found it the other way, write the meeting's [rules] question = \"substantive\" (or leave it out) and the preliminary vote settles it; otherwise remove the preliminary vote"
            }
            _ => {
                "remove the preliminary vote, or give the meeting's [rules] question = \"substantive\" or \"procedural\" if the draft is voted under Art. 27"
            }
        };
        check.report(
            Problem::new(
                ProblemCode::PreliminaryQuestionNotOpen,
                vote.get_ref().concerns.as_ref().map(Spanned::span),
                format!(
                    "preliminary vote `{}` concerns draft `{}`, whose question is `{}` (the meeting's [rules]): {why}",
                    shown(vote.get_ref().id.get_ref()),
                    shown(draft_vote.id.get_ref()),
                    kind.as_str()
                ),
            )
            .label("no preliminary question on this draft")
            .help(help),
        );
    }
}

/// Why the preliminary question (is the matter procedural?) cannot be put on a decision of
/// this kind; `None` for the two it chooses between.
fn why_not_open(kind: QuestionKind) -> Option<&'static str> {
    Some(match kind {
        QuestionKind::Procedural | QuestionKind::Substantive => return None,
        QuestionKind::Preliminary => {
            "the draft is itself the preliminary question, decided as `preliminary` or the President's ruling says; there is no preliminary question on the preliminary question"
        }
        QuestionKind::Statement => {
            "a statement is agreed by consensus without a vote, so there is no majority for the preliminary question to settle"
        }
        QuestionKind::ReviewConference => {
            "Art. 109 itself fixes the vote (any seven or nine members, as its paragraph and the date say), with no veto, so whether the matter is procedural does not arise"
        }
        QuestionKind::UnitingForPeace => {
            "the Uniting for Peace resolution (377 A (V), para. 1) fixes the vote (any seven members, any nine since the Council's enlargement), and the Council treats it as procedural"
        }
        QuestionKind::Admission => {
            "`admission` already says the recommendation is decided as a non-procedural matter, with the veto, as in the Council's practice"
        }
        QuestionKind::SgAppointment => {
            "`sg-appointment` already says the recommendation is decided as a non-procedural matter, with the veto (Art. 97 and 27(3))"
        }
    })
}

/// A meeting holds its drafts, records and what-ifs in its votes: top-level ones are refused.
fn conflicts(check: &mut Checker, raw: &RawScenario) {
    let top_level = [
        ("[draft]", raw.draft.as_ref().map(Spanned::span)),
        ("[record]", raw.record.as_ref().map(Spanned::span)),
        ("[[variant]]", raw.variant.first().map(Spanned::span)),
    ];
    for (what, span) in top_level {
        if let Some(span) = span.filter(|_| !raw.vote.is_empty()) {
            check.report(
                Problem::new(
                    ProblemCode::MeetingConflict,
                    Some(span),
                    format!("a meeting of [[vote]] tables has a top-level {what}"),
                )
                .help("in a meeting each vote has its own [vote.draft] and [vote.record]; what-ifs are asked of one vote with `unsc whatif FILE --vote ID`"),
            );
        }
    }
    if let (Some(meeting), true) = (&raw.meeting, raw.vote.is_empty()) {
        check.report(
            Problem::new(
                ProblemCode::MeetingConflict,
                Some(meeting.span()),
                "[meeting] is given but no [[vote]]",
            )
            .help("list the meeting's votes in [[vote]] tables, or remove [meeting]"),
        );
    }
}

fn kind(check: &mut Checker, vote: &Spanned<RawVote>) -> Option<MotionKind> {
    match &vote.get_ref().kind {
        None => Some(MotionKind::Draft),
        Some(kind) => check.parse(
            kind,
            ProblemCode::InvalidValue,
            "expected draft, amendment, separate-vote or preliminary",
        ),
    }
}

fn ids(check: &mut Checker, votes: &[Spanned<RawVote>]) {
    for (i, vote) in votes.iter().enumerate() {
        let id = &vote.get_ref().id;
        if !is_kebab_case(id.get_ref()) {
            check.report(
                Problem::new(
                    ProblemCode::InvalidText,
                    Some(id.span()),
                    format!("`{}` is not a kebab-case vote id", shown(id.get_ref())),
                )
                .help("use lower-case letters, digits and single hyphens, e.g. france-uae-draft"),
            );
        } else if votes[..i]
            .iter()
            .any(|v| v.get_ref().id.get_ref() == id.get_ref())
        {
            check.report(
                Problem::new(
                    ProblemCode::DuplicateVote,
                    Some(id.span()),
                    format!("vote `{}` is defined twice", shown(id.get_ref())),
                )
                .help("give each [[vote]] its own id"),
            );
        }
    }
}

/// The vote named by `name`, which must be a draft.
fn draft_named(
    check: &mut Checker,
    name: &Spanned<String>,
    raw: &RawScenario,
    kinds: &[Option<MotionKind>],
) -> Option<usize> {
    let ids = || raw.vote.iter().map(|v| v.get_ref().id.get_ref().as_str());
    let Some(index) = ids().position(|id| id == name.get_ref()) else {
        let meant = closest(name.get_ref(), ids())
            .map_or_else(String::new, |m| format!("did you mean `{m}`? "));
        check.report(
            Problem::new(
                ProblemCode::UnknownVote,
                Some(name.span()),
                format!("the meeting has no vote `{}`", shown(name.get_ref())),
            )
            .label("unknown vote")
            .help(format!(
                "{meant}the meeting's votes are: {}",
                ids().collect::<Vec<_>>().join(", ")
            )),
        );
        return None;
    };
    match kinds[index] {
        Some(MotionKind::Draft) => Some(index),
        Some(other) => {
            check.report(
                Problem::new(
                    ProblemCode::NotADraft,
                    Some(name.span()),
                    format!(
                        "vote `{}` is {}, not a draft",
                        shown(name.get_ref()),
                        article(other)
                    ),
                )
                .help(
                    "amendments, separate votes and the order of voting name drafts of the meeting",
                ),
            );
            None
        }
        None => None,
    }
}

fn article(kind: MotionKind) -> &'static str {
    match kind {
        MotionKind::Draft => "a draft",
        MotionKind::Amendment => "an amendment",
        MotionKind::SeparateVote => "a separate vote",
        MotionKind::Preliminary => "a preliminary vote",
    }
}

/// The keys a vote of this kind may not have, present in `vote`, with their spans.
fn misplaced(vote: &RawVote, kind: MotionKind) -> Vec<(&'static str, Range<usize>)> {
    let present = [
        ("amends", vote.amends.as_ref().map(Spanned::span)),
        ("inserts", vote.inserts.first().map(Spanned::span)),
        ("deletes", vote.deletes.first().map(Spanned::span)),
        ("part_of", vote.part_of.as_ref().map(Spanned::span)),
        ("provision", vote.provision.as_ref().map(Spanned::span)),
        ("concerns", vote.concerns.as_ref().map(Spanned::span)),
    ];
    let allowed: &[&str] = match kind {
        MotionKind::Draft => &[],
        MotionKind::Amendment => &["amends", "inserts", "deletes"],
        MotionKind::SeparateVote => &["part_of", "provision"],
        MotionKind::Preliminary => &["concerns"],
    };
    present
        .into_iter()
        .filter_map(|(key, span)| Some((key, span?)))
        .filter(|(key, _)| !allowed.contains(key))
        .collect()
}

fn vote_target(check: &mut Checker, span: Range<usize>, message: String, help: &str) {
    check.report(Problem::new(ProblemCode::VoteTarget, Some(span), message).help(help));
}

fn motion(
    check: &mut Checker,
    vote: &RawVote,
    kind: MotionKind,
    raw: &RawScenario,
    kinds: &[Option<MotionKind>],
    drafts: &[&Draft],
) -> Option<Motion> {
    let id = shown(vote.id.get_ref());
    let wrong = misplaced(vote, kind);
    for (key, span) in &wrong {
        vote_target(
            check,
            span.clone(),
            format!("vote `{id}` is {} and cannot have `{key}`", article(kind)),
            "a draft takes none of amends, inserts, deletes, part_of, provision, concerns; an amendment takes amends, inserts and deletes; a separate vote takes part_of and provision; a preliminary vote takes concerns",
        );
    }
    if !wrong.is_empty() {
        return None;
    }
    match kind {
        MotionKind::Draft => Some(Motion::Draft),
        MotionKind::Amendment => {
            let Some(amends) = &vote.amends else {
                vote_target(
                    check,
                    vote.id.span(),
                    format!("amendment `{id}` does not say which draft it amends"),
                    "add amends = \"DRAFT-ID\", naming a draft of the meeting",
                );
                return None;
            };
            let draft = draft_named(check, amends, raw, kinds)?;
            if vote.inserts.is_empty() && vote.deletes.is_empty() {
                vote_target(
                    check,
                    vote.id.span(),
                    format!("amendment `{id}` neither inserts nor deletes a provision"),
                    "name the provisions of the draft it would add (inserts) or strike (deletes); an amendment that rewrites a paragraph deletes the old provision and inserts the new one",
                );
                return None;
            }
            let inserts = provisions(check, drafts[draft], &vote.inserts)?;
            let deletes = provisions(check, drafts[draft], &vote.deletes)?;
            Some(Motion::Amendment {
                draft,
                inserts,
                deletes,
            })
        }
        MotionKind::SeparateVote => {
            let (Some(part_of), Some(name)) = (&vote.part_of, &vote.provision) else {
                vote_target(
                    check,
                    vote.id.span(),
                    format!("separate vote `{id}` does not say which part of which draft it is on"),
                    "add part_of = \"DRAFT-ID\" and provision = \"PROVISION-ID\"",
                );
                return None;
            };
            let draft = draft_named(check, part_of, raw, kinds)?;
            let provision = provision(check, drafts[draft], name.get_ref(), name.span())?;
            Some(Motion::SeparateVote { draft, provision })
        }
        MotionKind::Preliminary => {
            let Some(concerns) = &vote.concerns else {
                vote_target(
                    check,
                    vote.id.span(),
                    format!("preliminary vote `{id}` does not say which draft it concerns"),
                    "add concerns = \"DRAFT-ID\", naming the draft of the meeting whose question it decides",
                );
                return None;
            };
            let draft = draft_named(check, concerns, raw, kinds)?;
            Some(Motion::Preliminary { draft })
        }
    }
}

fn provisions(
    check: &mut Checker,
    draft: &Draft,
    names: &[Spanned<String>],
) -> Option<ProvisionSet> {
    let mut set = ProvisionSet::EMPTY;
    let mut ok = true;
    for name in names {
        match provision(check, draft, name.get_ref(), name.span()) {
            Some(index) => set = set.with(index),
            None => ok = false,
        }
    }
    ok.then_some(set)
}

/// `[meeting] order`: every draft exactly once. `None` when no order is given, or when it is
/// wrong (reported).
fn decided_order(
    check: &mut Checker,
    span: Range<usize>,
    meeting: &crate::scenario::raw::RawMeeting,
    raw: &RawScenario,
    kinds: &[Option<MotionKind>],
) -> Option<DecidedOrder> {
    let source = meeting.order_source.as_ref().and_then(|s| check.source(s));
    if meeting.order.is_empty() {
        return None;
    }
    let mut drafts = Vec::new();
    for name in &meeting.order {
        let index = draft_named(check, name, raw, kinds)?;
        if drafts.contains(&index) {
            check.report(Problem::new(
                ProblemCode::IncompleteOrder,
                Some(name.span()),
                format!("the order names `{}` twice", shown(name.get_ref())),
            ));
            return None;
        }
        drafts.push(index);
    }
    let missing: Vec<&str> = kinds
        .iter()
        .enumerate()
        .filter(|(i, k)| **k == Some(MotionKind::Draft) && !drafts.contains(i))
        .map(|(i, _)| raw.vote[i].get_ref().id.get_ref().as_str())
        .collect();
    if !missing.is_empty() {
        check.report(
            Problem::new(
                ProblemCode::IncompleteOrder,
                Some(span),
                format!("the order leaves out {}", missing.join(", ")),
            )
            .help("name every draft of the meeting once, in the order the Council decided"),
        );
        return None;
    }
    Some(DecidedOrder { drafts, source })
}

/// The meeting's `[rules]` with the vote's own keys over them.
fn merged_rules(
    shared: Option<&Spanned<RawRules>>,
    own: Option<&Spanned<RawRules>>,
) -> Option<Spanned<RawRules>> {
    let (Some(shared), Some(own)) = (shared, own) else {
        return own.or(shared).cloned();
    };
    let (s, o) = (shared.get_ref().clone(), own.get_ref().clone());
    Some(Spanned::new(
        own.span(),
        RawRules {
            preset: o.preset.or(s.preset),
            size: o.size.or(s.size),
            threshold: o.threshold.or(s.threshold),
            veto: o.veto.or(s.veto),
            abstention_blocks: o.abstention_blocks.or(s.abstention_blocks),
            absence_blocks: o.absence_blocks.or(s.absence_blocks),
            question: o.question.or(s.question),
            dispute_parties: o.dispute_parties.or(s.dispute_parties),
            preliminary: o.preliminary.or(s.preliminary),
            ruling: o.ruling.or(s.ruling),
            challenged: o.challenged.or(s.challenged),
            challenge_vote: o.challenge_vote.or(s.challenge_vote),
        },
    ))
}

/// The meeting's `[stances]` with the vote's own entries (member by member) over them.
fn merged_stances(shared: &RawStances, own: Option<&RawStances>) -> RawStances {
    let Some(own) = own else {
        return shared.clone();
    };
    let mut merged = shared.get_ref().clone();
    merged.extend(own.get_ref().clone());
    Spanned::new(own.span(), merged)
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use crate::model::QuestionKind;
    use crate::scenario::{ProblemCode, load_document};

    /// The problem codes of a meeting whose `[rules] question` is `question`, with a
    /// preliminary vote on its one draft.
    fn codes(question: QuestionKind) -> Vec<ProblemCode> {
        let text = format!(
            "id = \"m\"\ntitle = \"T\"\ndate = 2024-01-15\nstatus = \"hypothetical\"\n\
             council = 2024\n[rules]\nquestion = \"{question}\"\n[stances]\n\
             default = {{ vote = \"yes\" }}\n[[vote]]\nid = \"main\"\n[vote.draft]\n\
             title = \"D\"\n[[vote]]\nid = \"q\"\nkind = \"preliminary\"\nconcerns = \"main\"\n\
             [vote.draft]\ntitle = \"Q\"\n"
        );
        load_document("m.toml", &text).map_or_else(
            |e| e.problems().iter().map(|p| p.code).collect(),
            |_| Vec::new(),
        )
    }

    #[test]
    fn only_a_procedural_or_substantive_draft_is_open_to_the_preliminary_question() {
        // Rule 30 and Art. 27: the preliminary question chooses between Art. 27(2) and 27(3);
        // a statement has no vote, Art. 109 and resolution 377 A (V) fix their own vote, and
        // an admission or an appointment is already ruled non-procedural.
        for question in QuestionKind::iter() {
            let open = matches!(
                question,
                QuestionKind::Procedural | QuestionKind::Substantive
            );
            let expected = if open {
                Vec::new()
            } else {
                vec![ProblemCode::PreliminaryQuestionNotOpen]
            };
            assert_eq!(codes(question), expected, "{question}");
        }
    }
}
