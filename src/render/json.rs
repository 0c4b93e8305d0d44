//! The JSON contract, `schema_version` 1, documented in `docs/json.md`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::engine::{Analysis, Outcome, Settlement, Tally};
use crate::model::{Basis, ChallengeVote, Council, MemberSet, Metadata};

/// The version of the JSON output; bumped on any breaking change.
pub const JSON_SCHEMA_VERSION: u32 = 1;

/// The JSON form of one analysis (`unsc run --format json`; `docs/json.md`).
#[derive(Serialize)]
pub(crate) struct AnalysisJson<'a> {
    /// [`JSON_SCHEMA_VERSION`].
    schema_version: u32,
    /// The scenario's id, title, date and status.
    #[serde(flatten)]
    meta: MetaJson<'a>,
    /// The draft's document symbol, if it has one.
    draft_symbol: Option<&'a str>,
    /// The draft's basis in the Charter, when the scenario states it.
    #[serde(skip_serializing_if = "Option::is_none")]
    draft_basis: Option<&'static str>,
    /// The kind of question (`substantive`, `procedural`, …).
    question: &'a str,
    /// Whether some vote is uncertain, so the result is that of each member's most likely vote.
    most_likely_votes: bool,
    /// The voting rule applied.
    rule_set: RuleSetJson,
    /// `adopted`, `vetoed`, `failed` or `blocked`.
    outcome: &'a str,
    /// The votes as cast, counted.
    tally: TallyJson,
    /// Affirmative votes required.
    required_yes: usize,
    /// The codes of the members whose negative vote vetoed the draft; empty unless vetoed.
    vetoed_by: Vec<&'a str>,
    /// Member code → vote, as cast.
    votes: BTreeMap<&'a str, &'a str>,
    /// The codes of the members whose vote alone, changed, flips adoption.
    decisive: Vec<&'a str>,
    /// The rule chain, in the engine's order.
    findings: Vec<FindingJson<'a>>,
    /// The outcome had the parties obliged to abstain (Art. 27(3)) abstained; only when one
    /// voted.
    #[serde(skip_serializing_if = "Option::is_none")]
    if_parties_abstained: Option<&'static str>,
    /// How a preliminary question was settled; only for one.
    #[serde(skip_serializing_if = "Option::is_none")]
    preliminary: Option<PreliminaryJson>,
    /// The smallest change of votes that flips the outcome; `None` when none can.
    smallest_flip: Option<FlipJson<'a>>,
    /// Whether outcome, tally and votes match the record; `None` without a record.
    record_matches: Option<bool>,
}

/// How a preliminary question was settled: the President's ruling, the challenge, and what
/// the draft is then voted on as.
#[derive(Serialize)]
struct PreliminaryJson {
    /// The President's ruling, if there was one.
    ruling: Option<&'static str>,
    /// Whether the ruling was challenged.
    challenged: bool,
    /// Whether a vote was taken: not on a ruling that was not challenged (rule 30), whose
    /// tally, votes and decisive members are the stances the file gives, not votes cast.
    vote_taken: bool,
    /// The vote on the challenge, if challenged.
    #[serde(skip_serializing_if = "Option::is_none")]
    challenge_vote: Option<&'static str>,
    /// Affirmative votes needed to overrule the ruling.
    votes_to_overrule: usize,
    /// Whether the ruling was overruled.
    overruled: bool,
    /// What the draft is then voted on as.
    draft_voted_as: &'static str,
}

impl From<Settlement> for PreliminaryJson {
    fn from(s: Settlement) -> Self {
        let challenge = s.ruling.and_then(|r| r.challenge);
        Self {
            ruling: s.ruling.map(|r| r.ruling.as_str()),
            challenged: challenge.is_some(),
            vote_taken: s.vote_taken(),
            challenge_vote: challenge.map(ChallengeVote::as_str),
            votes_to_overrule: s.votes_to_overrule,
            overruled: s.overruled,
            draft_voted_as: s.draft_voted_as.as_str(),
        }
    }
}

/// The voting rule of an analysis.
#[derive(Serialize)]
struct RuleSetJson {
    /// The preset's name.
    preset: &'static str,
    /// Whether the scenario changes what the preset gives its Council.
    customised: bool,
    /// Affirmative votes required.
    threshold: usize,
    /// The codes of the members holding a veto.
    veto_holders: Vec<String>,
    /// Whether a veto-holder's abstention blocks adoption.
    abstention_blocks: bool,
    /// Whether a veto-holder's absence blocks adoption.
    absence_blocks: bool,
}

/// A tally in JSON: the four counts.
#[derive(Serialize)]
pub(crate) struct TallyJson {
    /// Votes in favour.
    yes: usize,
    /// Votes against.
    no: usize,
    /// Abstentions.
    abstain: usize,
    /// Members absent.
    absent: usize,
    /// Members present but not participating; left out when there are none.
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

/// One step of the rule chain.
#[derive(Serialize)]
struct FindingJson<'a> {
    /// The rule's stable code (`docs/rules.md`).
    rule: &'static str,
    /// Its authority.
    citation: &'static str,
    /// `met`, `not-met`, `blocks`, `moot`, `does-not-block` or `applied`.
    verdict: &'static str,
    /// The codes of the members it names.
    members: Vec<&'a str>,
}

/// The smallest change of votes that flips the outcome.
#[derive(Serialize)]
struct FlipJson<'a> {
    /// The changes of vote.
    changes: Vec<ChangeJson<'a>>,
    /// The outcome after them.
    outcome: &'static str,
    /// The tally after them.
    tally: TallyJson,
}

/// One member's change of vote.
#[derive(Serialize)]
struct ChangeJson<'a> {
    /// The member's code.
    member: &'a str,
    /// Its vote as cast.
    from: &'static str,
    /// Its vote in the change.
    to: &'static str,
}

fn codes(council: &Council, members: MemberSet) -> Vec<&str> {
    members
        .iter()
        .map(|i| council.member(i).code.as_str())
        .collect()
}

/// Pretty-printed JSON with a final newline.
pub(crate) fn pretty(value: &impl Serialize) -> String {
    let mut json = serde_json::to_string_pretty(value)
        .expect("reports serialise: only strings, numbers, maps and lists");
    json.push('\n');
    json
}

/// The fields every file's JSON opens with, after its schema version (and kind).
#[derive(Serialize)]
pub(crate) struct MetaJson<'a> {
    /// The file's id.
    id: &'a str,
    /// Its title.
    title: &'a str,
    /// The date of the vote, meeting or round, `YYYY-MM-DD`.
    date: String,
    /// `historical` or `hypothetical`.
    status: &'a str,
}

impl<'a> MetaJson<'a> {
    /// The metadata's fields.
    pub(crate) fn of(meta: &'a Metadata) -> Self {
        Self {
            id: &meta.id,
            title: &meta.title,
            date: meta.date.to_string(),
            status: meta.status.as_str(),
        }
    }
}

/// The JSON mirror of an analysis.
pub(crate) fn analysis_json<'a>(a: &Analysis<'a>) -> AnalysisJson<'a> {
    let s = a.scenario;
    let council = &s.council;
    let r = &a.resolution;
    AnalysisJson {
        schema_version: JSON_SCHEMA_VERSION,
        meta: MetaJson::of(&s.meta),
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
