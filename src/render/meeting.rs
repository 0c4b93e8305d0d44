//! A meeting's report: the order of voting with its rule, each vote explained in full (the
//! single-vote report), what each vote did to the text voted next, and the meeting's result.

use std::fmt::Write as _;

use serde::Serialize;

use crate::engine::{Analysis, MeetingStep, QuestionSettled, RuleId, TextChange, analyse};
use crate::model::{Draft, Meeting, Motion, MotionKind, OutcomeKind, ProvisionSet, Ruling};
use crate::render::document::{Block, Document};
use crate::render::json::{AnalysisJson, JSON_SCHEMA_VERSION, MetaJson, analysis_json};
use crate::render::{Report, analysis, collect, prose, text};

/// What a meeting ruling means, in a sentence.
pub(crate) fn rule_sentence(rule: RuleId) -> &'static str {
    match rule {
        RuleId::OrderOfSubmission => {
            "Draft resolutions are voted in the order of their submission."
        }
        RuleId::OrderDecidedByCouncil => {
            "The Council decided to vote the drafts in this order rather than in the order of their submission."
        }
        RuleId::AmendmentBeforeDraft => {
            "A motion to introduce an amendment has precedence over the draft resolutions before the meeting, so an amendment is voted before the draft it amends."
        }
        RuleId::SeparateVoteBeforeDraft => {
            "At a member's request a part of a draft is voted separately, before the draft as a whole."
        }
        RuleId::PreliminaryQuestion => {
            "Whether a draft is procedural is settled before the draft itself is voted on."
        }
        RuleId::TextAmended => "The amendment was adopted, so the draft is voted as amended.",
        RuleId::PartRemoved => {
            "The part was not adopted in the separate vote, so it is removed from the draft voted as a whole."
        }
        _ => "",
    }
}

/// A meeting: its votes in order, each resolved and explained.
pub struct MeetingReport<'a> {
    meeting: &'a Meeting,
    steps: &'a [MeetingStep],
    analyses: Vec<Analysis<'a>>,
}

impl<'a> MeetingReport<'a> {
    /// The meeting's votes, resolved (`engine::resolve_meeting`), explained.
    #[must_use]
    pub fn new(meeting: &'a Meeting, steps: &'a [MeetingStep]) -> Self {
        Self {
            meeting,
            steps,
            analyses: steps.iter().map(|s| analyse(&s.scenario)).collect(),
        }
    }
}

impl Report for MeetingReport<'_> {
    fn json(&self) -> Option<impl serde::Serialize> {
        Some(meeting_json(self.meeting, self.steps, &self.analyses))
    }

    fn text(&self) -> Option<String> {
        Some(collect(|out| {
            write_text(out, self.meeting, self.steps, &self.analyses)
        }))
    }

    fn document(&self) -> Option<Document> {
        Some(document(self.meeting, self.steps, &self.analyses))
    }
}

/// `S/2023/638` or, without a symbol, the text's title.
fn label(meeting: &Meeting, vote: usize) -> String {
    let draft = &meeting.votes[vote].scenario.draft;
    draft.symbol.clone().unwrap_or_else(|| draft.title.clone())
}

fn motion_phrase(meeting: &Meeting, vote: usize) -> String {
    match meeting.votes[vote].motion {
        Motion::Draft => "draft resolution".to_owned(),
        Motion::Amendment { draft, .. } => format!("amendment to {}", label(meeting, draft)),
        Motion::SeparateVote { draft, provision } => {
            let text = &meeting.votes[draft].scenario.draft;
            let part = text.provisions.get(provision).map_or("", |p| p.id.as_str());
            format!("separate vote on `{part}` of {}", label(meeting, draft))
        }
        Motion::Preliminary { draft } => {
            format!("preliminary question on {}", label(meeting, draft))
        }
    }
}

/// How the preliminary vote settled the question of `draft`, with its authority.
fn settled_sentence(meeting: &Meeting, draft: usize, settled: &QuestionSettled) -> String {
    let how = match settled.voted_as {
        Ruling::Procedural => "a procedural matter, under Art. 27(2), with no veto",
        Ruling::Substantive => "a substantive matter, under Art. 27(3), with the veto",
    };
    let by = &meeting.votes[settled.by].id;
    let settler = if settled.vote_taken {
        format!("Vote `{by}` settled the preliminary question")
    } else {
        format!(
            "The President's ruling (`{by}`) was not challenged, so it settled the preliminary question without a vote"
        )
    };
    format!(
        "[{}] {settler}: {} is voted on as {how}. ({})",
        settled.rule.code(),
        label(meeting, draft),
        settled.rule.citation()
    )
}

/// "vote `id`", or for a ruling that stood without a vote, "ruling `id`, not put to the vote".
fn step_id(meeting: &Meeting, step: &MeetingStep) -> String {
    let id = &meeting.votes[step.vote].id;
    if step.vote_taken() {
        format!("vote `{id}`")
    } else {
        format!("ruling `{id}`, not put to the vote")
    }
}

/// "3 votes", or "2 votes and 1 ruling not put to the vote".
fn count_phrase(steps: &[MeetingStep]) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let votes = steps.iter().filter(|s| s.vote_taken()).count();
    match steps.len() - votes {
        0 => plural(votes, "vote"),
        rulings => format!(
            "{} and {} not put to the vote",
            plural(votes, "vote"),
            plural(rulings, "ruling")
        ),
    }
}

fn provision_names(draft: &Draft, set: ProvisionSet) -> Vec<String> {
    set.iter()
        .filter_map(|i| draft.provisions.get(i))
        .map(|p| format!("`{}` ({})", p.id, p.text))
        .collect()
}

fn change_sentence(meeting: &Meeting, draft: usize, change: &TextChange) -> String {
    let text = &meeting.votes[draft].scenario.draft;
    let mut parts = Vec::new();
    if !change.inserted.is_empty() {
        parts.push(format!(
            "inserted {}",
            prose::join(&provision_names(text, change.inserted))
        ));
    }
    if !change.removed.is_empty() {
        parts.push(format!(
            "removed {}",
            prose::join(&provision_names(text, change.removed))
        ));
    }
    if parts.is_empty() {
        parts.push("left the text as it was".to_owned());
    }
    format!(
        "[{}] Vote `{}` {}. {} ({})",
        change.rule.code(),
        meeting.votes[change.by].id,
        parts.join(" and "),
        rule_sentence(change.rule),
        change.rule.citation()
    )
}

fn adopted_drafts(meeting: &Meeting, steps: &[MeetingStep]) -> Vec<usize> {
    steps
        .iter()
        .filter(|s| meeting.votes[s.vote].motion.kind() == MotionKind::Draft)
        .filter(|s| s.outcome == OutcomeKind::Adopted)
        .map(|s| s.vote)
        .collect()
}

fn result_sentence(meeting: &Meeting, steps: &[MeetingStep]) -> String {
    let adopted: Vec<String> = adopted_drafts(meeting, steps)
        .into_iter()
        .map(|d| label(meeting, d))
        .collect();
    match adopted.len() {
        0 => "No draft was adopted at this meeting.".to_owned(),
        _ => format!("Adopted at this meeting: {}.", prose::join(&adopted)),
    }
}

fn write_text(
    out: &mut String,
    meeting: &Meeting,
    steps: &[MeetingStep],
    analyses: &[Analysis<'_>],
) -> std::fmt::Result {
    writeln!(out, "Meeting — {}", meeting.meta.title)?;
    writeln!(
        out,
        "{} · {} · {}",
        meeting.meta.date,
        meeting.meta.status.as_str(),
        count_phrase(steps)
    )?;
    writeln!(out)?;
    writeln!(out, "Order of voting:")?;
    for (n, step) in steps.iter().enumerate() {
        writeln!(
            out,
            "  {}. {} ({}, {}) — [{}] {}",
            n + 1,
            label(meeting, step.vote),
            motion_phrase(meeting, step.vote),
            step_id(meeting, step),
            step.order.code(),
            step.order.citation()
        )?;
    }
    writeln!(out)?;
    writeln!(out, "Result of the meeting:")?;
    for (step, a) in steps.iter().zip(analyses) {
        writeln!(
            out,
            "  {}: {}",
            label(meeting, step.vote),
            prose::verdict(&meeting.council, &a.resolution)
        )?;
    }
    writeln!(out, "  {}", result_sentence(meeting, steps))?;
    for (n, (step, a)) in steps.iter().zip(analyses).enumerate() {
        writeln!(out)?;
        writeln!(
            out,
            "=== {} {} of {}: {} ({}) ===",
            if step.vote_taken() { "Vote" } else { "Ruling" },
            n + 1,
            steps.len(),
            label(meeting, step.vote),
            motion_phrase(meeting, step.vote)
        )?;
        writeln!(
            out,
            "Order: [{}] {}",
            step.order.code(),
            rule_sentence(step.order)
        )?;
        if let (Some(settled), None) = (step.settled, meeting.votes[step.vote].motion.target()) {
            writeln!(
                out,
                "Question: {}",
                settled_sentence(meeting, step.vote, &settled)
            )?;
        }
        for change in &step.changes {
            writeln!(out, "Text: {}", change_sentence(meeting, step.vote, change))?;
        }
        writeln!(out)?;
        text::write_report(out, a)?;
        let target = meeting.votes[step.vote].motion.target();
        match (step.effect, target) {
            (_, Some(draft)) if step.settled.is_some() => {
                if let Some(settled) = step.settled {
                    writeln!(
                        out,
                        "Effect: {}",
                        settled_sentence(meeting, draft, &settled)
                    )?;
                }
            }
            (Some(change), Some(draft)) => {
                writeln!(out, "Effect: {}", change_sentence(meeting, draft, &change))?;
            }
            (None, Some(draft)) => writeln!(
                out,
                "Effect: the text of {} is unchanged by this vote.",
                label(meeting, draft)
            )?,
            (_, None) => {}
        }
    }
    Ok(())
}

/// The handout: the order of voting with each vote's outcome, the meeting's result, then
/// each vote's report under its own heading, with what the votes did to the text and the
/// question set apart as notes labelled as the text labels them: under a vote's heading what
/// earlier votes made of its question and text, after its report its effect on its draft.
fn document(meeting: &Meeting, steps: &[MeetingStep], analyses: &[Analysis<'_>]) -> Document {
    let title = format!("Meeting: {}", meeting.meta.title);
    let mut blocks = vec![
        Block::Heading(1, title.clone()),
        Block::Note(format!(
            "{} · {} · {}",
            meeting.meta.date,
            meeting.meta.status.as_str(),
            count_phrase(steps)
        )),
        Block::Table(
            ["#", "Vote", "Motion", "Order", "Outcome"]
                .map(str::to_owned)
                .to_vec(),
            steps
                .iter()
                .enumerate()
                .map(|(n, step)| {
                    vec![
                        (n + 1).to_string(),
                        label(meeting, step.vote),
                        motion_phrase(meeting, step.vote),
                        format!("`{}` ({})", step.order.code(), step.order.citation()),
                        if step.vote_taken() {
                            step.outcome.as_str()
                        } else {
                            "ruling stands, no vote"
                        }
                        .to_owned(),
                    ]
                })
                .collect(),
        ),
        Block::Verdict(result_sentence(meeting, steps)),
    ];
    for (step, a) in steps.iter().zip(analyses) {
        let mut own = Vec::new();
        if let (Some(settled), None) = (step.settled, meeting.votes[step.vote].motion.target()) {
            own.push(Block::Note(format!(
                "Question: {}",
                settled_sentence(meeting, step.vote, &settled)
            )));
        }
        for change in &step.changes {
            own.push(Block::Note(format!(
                "Text: {}",
                change_sentence(meeting, step.vote, change)
            )));
        }
        // Under the vote's heading and its date line, as the text puts them.
        let mut report = analysis::blocks(a, 2);
        report.splice(2..2, own);
        blocks.extend(report);
        let target = meeting.votes[step.vote].motion.target();
        if let (Some(change), Some(draft)) = (step.effect, target) {
            blocks.push(Block::Note(format!(
                "Effect: {}",
                change_sentence(meeting, draft, &change)
            )));
        }
        if let (Some(settled), Some(draft)) = (step.settled, target) {
            blocks.push(Block::Note(format!(
                "Effect: {}",
                settled_sentence(meeting, draft, &settled)
            )));
        }
    }
    Document::new(title, blocks)
}

/// A meeting in JSON (documented in docs/json.md, "A meeting").
#[derive(Serialize)]
struct MeetingJson<'a> {
    schema_version: u32,
    kind: &'static str,
    #[serde(flatten)]
    meta: MetaJson<'a>,
    order_decided_by_council: bool,
    adopted: Vec<&'a str>,
    record_matches: Option<bool>,
    votes: Vec<StepJson<'a>>,
}

#[derive(Serialize)]
struct StepJson<'a> {
    position: usize,
    id: &'a str,
    motion: &'static str,
    target: Option<&'a str>,
    order: RuleJson,
    text: Vec<&'a str>,
    changes: Vec<ChangeJson<'a>>,
    effect: Option<ChangeJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    question_settled: Option<SettledJson<'a>>,
    vote_taken: bool,
    outcome: &'static str,
    analysis: AnalysisJson<'a>,
}

#[derive(Serialize)]
struct RuleJson {
    rule: &'static str,
    citation: &'static str,
}

#[derive(Serialize)]
struct ChangeJson<'a> {
    by: &'a str,
    rule: &'static str,
    citation: &'static str,
    inserted: Vec<&'a str>,
    removed: Vec<&'a str>,
}

#[derive(Serialize)]
struct SettledJson<'a> {
    by: &'a str,
    rule: &'static str,
    citation: &'static str,
    vote_taken: bool,
    draft_voted_as: &'static str,
}

fn ids(draft: &Draft, set: ProvisionSet) -> Vec<&str> {
    set.iter()
        .filter_map(|i| draft.provisions.get(i))
        .map(|p| p.id.as_str())
        .collect()
}

fn change_json<'a>(meeting: &'a Meeting, draft: usize, change: &TextChange) -> ChangeJson<'a> {
    let text = &meeting.votes[draft].scenario.draft;
    ChangeJson {
        by: &meeting.votes[change.by].id,
        rule: change.rule.code(),
        citation: change.rule.citation(),
        inserted: ids(text, change.inserted),
        removed: ids(text, change.removed),
    }
}

fn meeting_json<'a>(
    meeting: &'a Meeting,
    steps: &'a [MeetingStep],
    analyses: &'a [Analysis<'a>],
) -> MeetingJson<'a> {
    let checks: Vec<Option<bool>> = analyses
        .iter()
        .map(|a| a.record.as_ref().map(crate::engine::RecordCheck::matches))
        .collect();
    let record_matches = if checks.iter().all(Option::is_none) {
        None
    } else {
        Some(checks.iter().all(|c| c.unwrap_or(true)))
    };
    MeetingJson {
        schema_version: JSON_SCHEMA_VERSION,
        kind: "meeting",
        meta: MetaJson::of(&meeting.meta),
        order_decided_by_council: meeting.decided_order.is_some(),
        adopted: adopted_drafts(meeting, steps)
            .into_iter()
            .map(|d| meeting.votes[d].id.as_str())
            .collect(),
        record_matches,
        votes: steps
            .iter()
            .zip(analyses)
            .enumerate()
            .map(|(n, (step, a))| {
                let vote = &meeting.votes[step.vote];
                let target = vote.motion.target();
                StepJson {
                    position: n + 1,
                    id: &vote.id,
                    motion: vote.motion.kind().as_str(),
                    target: target.map(|d| meeting.votes[d].id.as_str()),
                    order: RuleJson {
                        rule: step.order.code(),
                        citation: step.order.citation(),
                    },
                    text: ids(&step.scenario.draft, step.scenario.text),
                    changes: step
                        .changes
                        .iter()
                        .map(|c| change_json(meeting, step.vote, c))
                        .collect(),
                    effect: step
                        .effect
                        .as_ref()
                        .zip(target)
                        .map(|(c, d)| change_json(meeting, d, c)),
                    question_settled: step.settled.map(|s| SettledJson {
                        by: &meeting.votes[s.by].id,
                        rule: s.rule.code(),
                        citation: s.rule.citation(),
                        vote_taken: s.vote_taken,
                        draft_voted_as: s.voted_as.as_str(),
                    }),
                    vote_taken: step.vote_taken(),
                    outcome: step.outcome.as_str(),
                    analysis: analysis_json(a),
                }
            })
            .collect(),
    }
}
