//! Reading an ICJ election file: a scenario whose `[rules] question = "icj-election"` and
//! whose `[election]` table takes the place of `[draft]` and `[stances]`.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;
use strum::VariantNames;
use toml::Spanned;
use toml::de::{DeTable, DeValue};
use toml::value::Datetime;

use super::problem::{Problem, ProblemCode, ScenarioError};
use super::raw::{RawHeader, RawMember, RawRules};
use super::{parse_table, read, schema_of, validate};
use crate::model::{Election, Status};

/// The value of `[rules] question` that marks an election.
pub(crate) const ELECTION_QUESTION: &str = "icj-election";

#[derive(Debug, Deserialize, JsonSchema)]
/// An ICJ election file (format 1): one round of the Council's balloting. Every key is
/// described in docs/scenario-format.md, "ICJ elections".
#[schemars(deny_unknown_fields, rename = "ElectionScenario")]
pub(crate) struct RawElectionFile {
    #[schemars(with = "Option<i64>")]
    pub format: Option<Spanned<i64>>,
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "String")]
    pub title: Spanned<String>,
    #[schemars(with = "String")]
    pub date: Spanned<Datetime>,
    #[schemars(with = "String", extend("enum" = <Status as VariantNames>::VARIANTS))]
    pub status: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "String", extend("default" = ""))]
    pub summary: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Spanned<String>>,
    #[schemars(with = "Option<i64>")]
    pub council: Option<Spanned<i64>>,
    #[serde(default)]
    #[schemars(with = "Vec<RawMember>")]
    pub member: Vec<Spanned<RawMember>>,
    #[schemars(with = "RawElectionRules")]
    pub rules: Spanned<RawRules>,
    #[schemars(with = "RawElection")]
    pub election: Spanned<RawElection>,
    #[schemars(with = "Option<RawElectionRecord>")]
    pub record: Option<Spanned<RawElectionRecord>>,
}

impl RawElectionFile {
    pub(crate) fn header(&self) -> RawHeader<'_> {
        RawHeader {
            id: &self.id,
            title: &self.title,
            date: &self.date,
            status: &self.status,
            summary: self.summary.as_ref(),
            sources: &self.sources,
            tags: &self.tags,
            council: self.council.as_ref(),
            member: &self.member,
        }
    }
}

/// The schema of an election's `[rules]`: `question = "icj-election"`. The keys of a vote's
/// rules are listed so that the key walk lets validation refuse each with
/// `voting-rule-on-election` rather than as an unknown key.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, rename = "ElectionRules")]
#[expect(
    dead_code,
    reason = "a schema only: the loader reads these keys into RawRules"
)]
struct RawElectionRules {
    #[schemars(extend("enum" = [ELECTION_QUESTION]))]
    question: String,
    preset: Option<String>,
    size: Option<i64>,
    threshold: Option<i64>,
    veto: Option<Vec<String>>,
    abstention_blocks: Option<bool>,
    absence_blocks: Option<bool>,
    dispute_parties: Option<Vec<String>>,
    preliminary: Option<String>,
    ruling: Option<String>,
    challenged: Option<bool>,
    challenge_vote: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Election")]
pub(crate) struct RawElection {
    #[schemars(with = "i64")]
    pub vacancies: Spanned<i64>,
    #[schemars(with = "Option<i64>")]
    pub round: Option<Spanned<i64>>,
    #[schemars(with = "Vec<RawCandidate>")]
    pub candidates: Vec<Spanned<RawCandidate>>,
    #[schemars(with = "Option<BTreeMap<String, i64>>")]
    pub votes: Option<Spanned<BTreeMap<Spanned<String>, Spanned<i64>>>>,
    #[schemars(with = "Option<BTreeMap<String, Vec<String>>>")]
    pub ballots: Option<Spanned<BTreeMap<Spanned<String>, RawBallot>>>,
}

/// One member's ballot: the names it marks.
pub(crate) type RawBallot = Spanned<Vec<Spanned<String>>>;

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Candidate")]
pub(crate) struct RawCandidate {
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[schemars(with = "String")]
    pub nationality: Spanned<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "ElectionRecord")]
pub(crate) struct RawElectionRecord {
    #[schemars(with = "Vec<String>")]
    pub majority: Vec<Spanned<String>>,
    #[schemars(with = "String")]
    pub source: Spanned<String>,
}

/// Keys of a vote scenario an election has no use for; each is refused with
/// `draft-on-election` rather than as an unknown key.
const VOTE_TABLES: [&str; 4] = ["draft", "stances", "bloc", "variant"];

/// Whether a parsed file is an election: it has an `[election]` table, or its question is
/// `icj-election` and it has no `[draft]`.
pub(crate) fn is_election(table: &DeTable<'_>) -> bool {
    let question = table
        .get("rules")
        .and_then(|rules| match rules.get_ref() {
            DeValue::Table(rules) => rules.get("question"),
            _ => None,
        })
        .and_then(|q| match q.get_ref() {
            DeValue::String(q) => Some(q.as_ref() == ELECTION_QUESTION),
            _ => None,
        })
        .unwrap_or(false);
    table.contains_key("election") || (question && !table.contains_key("draft"))
}

/// Parses and validates an ICJ election. `file_name` is only used in messages.
///
/// # Errors
/// Every problem found in the file, with spans into `text`.
pub fn load_election(file_name: &str, text: &str) -> Result<Election, ScenarioError> {
    let mut table = parse_table(text).map_err(|p| ScenarioError::new(file_name, text, p))?;
    let mut problems = Vec::new();
    for key in VOTE_TABLES {
        if let Some((name, _)) = table.get_mut().remove_entry(key) {
            problems.push(
                Problem::new(
                    ProblemCode::DraftOnElection,
                    Some(name.span()),
                    format!("an ICJ election has no `{key}`"),
                )
                .label("a table of a vote on a draft")
                .help("an election is balloting among candidates, not a vote on a text: there are no provisions, stances, blocs or variants; write the candidates, vacancies and votes in [election]"),
            );
        }
    }
    read(text, table, problems, validate::election)
        .map_err(|problems| ScenarioError::new(file_name, text, problems))
}

/// The JSON Schema of an ICJ election file, generated from the types the loader reads.
#[must_use]
pub fn election_json_schema() -> String {
    schema_of::<RawElectionFile>(
        "unsc ICJ election (format 1)",
        "One round of an election of members of the International Court of Justice in the Security Council: see docs/scenario-format.md, \"ICJ elections\".",
    )
}
