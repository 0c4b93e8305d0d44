//! The JSON contract, `schema_version` 1, documented in `docs/json.md`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::engine::{Analysis, Outcome, Settlement, Tally};
use crate::model::{Basis, ChallengeVote, Council, MemberSet};

/// The version of the JSON output; bumped on any breaking change.
pub const JSON_SCHEMA_VERSION: u32 = 1;

/// The JSON form of one analysis.
#[derive(Serialize)]
pub(crate) struct AnalysisJson<'a> {
    schema_version: u32,
    id: &'a str,
    title: &'a str,
    date: String,
    status: &'a str,
    draft_symbol: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    draft_basis: Option<&'static str>,
    question: &'a str,
    most_likely_votes: bool,
    rule_set: RuleSetJson,
    outcome: &'a str,
    tally: TallyJson,
    required_yes: usize,
    vetoed_by: Vec<&'a str>,
    votes: BTreeMap<&'a str, &'a str>,
    decisive: Vec<&'a str>,
    findings: Vec<FindingJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    if_parties_abstained: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    preliminary: Option<PreliminaryJson>,
    smallest_flip: Option<FlipJson<'a>>,
    record_matches: Option<bool>,
}

/// How a preliminary question was settled: the President's ruling, the challenge, and what
/// the draft is then voted on as.
#[derive(Serialize)]
struct PreliminaryJson {
    ruling: Option<&'static str>,
    challenged: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    challenge_vote: Option<&'static str>,
    votes_to_overrule: usize,
    overruled: bool,
    draft_voted_as: &'static str,
}

impl From<Settlement> for PreliminaryJson {
    fn from(s: Settlement) -> Self {
        let challenge = s.ruling.and_then(|r| r.challenge);
        Self {
            ruling: s.ruling.map(|r| r.ruling.as_str()),
            challenged: challenge.is_some(),
            challenge_vote: challenge.map(ChallengeVote::as_str),
            votes_to_overrule: s.votes_to_overrule,
            overruled: s.overruled,
            draft_voted_as: s.draft_voted_as.as_str(),
        }
    }
}

#[derive(Serialize)]
struct RuleSetJson {
    preset: &'static str,
    customised: bool,
    threshold: usize,
    veto_holders: Vec<String>,
    abstention_blocks: bool,
    absence_blocks: bool,
}

/// A tally in JSON: the four counts.
#[derive(Serialize)]
pub(crate) struct TallyJson {
    yes: usize,
    no: usize,
    abstain: usize,
    absent: usize,
    #[serde(skip_serializing_if = "is_zero")]
    not_participating: usize,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `skip_serializing_if` passes a reference
fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl From<Tally> for TallyJson {
    fn from(t: Tally) -> Self {
        Self {
            yes: t.yes,
            no: t.no,
            abstain: t.abstain,
            absent: t.absent,
            not_participating: t.not_participating,
        }
    }
}

#[derive(Serialize)]
struct FindingJson<'a> {
    rule: &'static str,
    citation: &'static str,
    verdict: &'static str,
    members: Vec<&'a str>,
}

#[derive(Serialize)]
struct FlipJson<'a> {
    changes: Vec<ChangeJson<'a>>,
    outcome: &'static str,
    tally: TallyJson,
}

#[derive(Serialize)]
struct ChangeJson<'a> {
    member: &'a str,
    from: &'static str,
    to: &'static str,
}

fn codes(council: &Council, members: MemberSet) -> Vec<&str> {
    members
        .iter()
        .map(|i| council.member(i).code.as_str())
        .collect()
}

/// Renders the analysis as pretty-printed JSON.
#[must_use]
pub fn to_json(a: &Analysis<'_>) -> String {
    pretty(&analysis_json(a))
}

/// Pretty-printed JSON with a final newline.
pub(crate) fn pretty(value: &impl Serialize) -> String {
    let mut json = serde_json::to_string_pretty(value)
        .expect("reports serialise: only strings, numbers, maps and lists");
    json.push('\n');
    json
}

/// The JSON mirror of an analysis.
pub(crate) fn analysis_json<'a>(a: &Analysis<'a>) -> AnalysisJson<'a> {
    let s = a.scenario;
    let council = &s.council;
    let r = &a.resolution;
    AnalysisJson {
        schema_version: JSON_SCHEMA_VERSION,
        id: &s.meta.id,
        title: &s.meta.title,
        date: s.meta.date.to_string(),
        status: s.meta.status.as_str(),
        draft_symbol: s.draft.symbol.as_deref(),
        draft_basis: s.draft.basis.map(Basis::as_str),
        question: s.rules.question.as_str(),
        most_likely_votes: !s.is_deterministic(),
        rule_set: RuleSetJson {
            preset: s.rules.preset.as_str(),
            customised: s.rules.customised(),
            threshold: s.rules.threshold,
            veto_holders: codes(council, s.rules.veto_holders)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            abstention_blocks: s.rules.abstention_blocks,
            absence_blocks: s.rules.absence_blocks,
        },
        outcome: r.outcome.as_str(),
        tally: r.tally.into(),
        required_yes: r.required_yes,
        vetoed_by: codes(council, r.outcome.vetoed_by()),
        votes: council
            .members()
            .iter()
            .enumerate()
            .filter_map(|(i, m)| Some((m.code.as_str(), r.ballot.vote(i)?.as_str())))
            .collect(),
        decisive: a
            .explanation
            .decisive
            .iter()
            .map(|p| council.member(p.member).code.as_str())
            .collect(),
        findings: r
            .findings
            .iter()
            .map(|f| FindingJson {
                rule: f.rule.code(),
                citation: f.rule.citation(),
                verdict: f.verdict.as_str(),
                members: codes(council, f.members),
            })
            .collect(),
        if_parties_abstained: r.if_parties_abstained.map(Outcome::as_str),
        preliminary: r.settlement.map(PreliminaryJson::from),
        smallest_flip: a.explanation.smallest_flip.as_ref().map(|flip| FlipJson {
            changes: flip
                .changes
                .iter()
                .map(|c| ChangeJson {
                    member: council.member(c.member).code.as_str(),
                    from: c.from.as_str(),
                    to: c.to.as_str(),
                })
                .collect(),
            outcome: flip.outcome.as_str(),
            tally: flip.tally.into(),
        }),
        record_matches: a.record.as_ref().map(crate::engine::RecordCheck::matches),
    }
}
