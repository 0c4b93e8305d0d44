//! Reading a straw poll in the selection of the Secretary-General: a scenario whose
//! `[rules] question = "sg-appointment"` and whose `[straw_poll]` table takes the place of
//! `[draft]` and `[stances]`.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;
use strum::VariantNames;
use toml::Spanned;
use toml::de::DeTable;
use toml::value::Datetime;

use super::problem::{Problem, ProblemCode, ScenarioError};
use super::raw::{RawHeader, RawMember};
use super::{parse_table, read, schema_of, validate};
use crate::model::{Status, StrawPoll};

/// The value of `[rules] question` a straw poll carries.
pub(crate) const STRAW_POLL_QUESTION: &str = "sg-appointment";

/// The opinions a ballot paper offers, as the file writes them.
pub(crate) const OPINIONS: [&str; 3] = ["encourage", "discourage", "no-opinion"];

/// The kinds of ballot paper, as the file writes them.
pub(crate) const PAPERS: [&str; 2] = ["undifferentiated", "colour-coded"];

#[derive(Debug, Deserialize, JsonSchema)]
/// A straw poll file (format 1): one straw poll in the selection of the Secretary-General.
/// Every key is described in docs/scenario-format.md, "Straw polls".
#[schemars(deny_unknown_fields, rename = "StrawPollScenario")]
pub(crate) struct RawStrawPollFile {
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
    #[schemars(with = "RawStrawPollRules")]
    pub rules: Spanned<RawStrawPollRules>,
    #[schemars(with = "RawStrawPoll")]
    pub straw_poll: Spanned<RawStrawPoll>,
}

impl RawStrawPollFile {
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

/// A straw poll's `[rules]`: only the question. A voting rule is an unknown key here: the
/// poll is not a vote, and the recommendation's rule is the Charter's.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "StrawPollRules")]
pub(crate) struct RawStrawPollRules {
    #[schemars(with = "String", extend("enum" = [STRAW_POLL_QUESTION]))]
    pub question: Spanned<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "StrawPoll")]
pub(crate) struct RawStrawPoll {
    #[schemars(with = "Option<i64>")]
    pub round: Option<Spanned<i64>>,
    #[schemars(with = "String", extend("enum" = PAPERS))]
    pub papers: Spanned<String>,
    #[schemars(with = "Vec<RawStrawPollCandidate>")]
    pub candidates: Spanned<Vec<Spanned<RawStrawPollCandidate>>>,
    #[schemars(with = "Option<BTreeMap<String, BTreeMap<String, String>>>")]
    pub opinions: Option<Spanned<BTreeMap<Spanned<String>, RawOpinions>>>,
}

/// One member's hypothetical ballots: candidate name to opinion.
pub(crate) type RawOpinions = Spanned<BTreeMap<Spanned<String>, Spanned<String>>>;

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "StrawPollCandidate")]
pub(crate) struct RawStrawPollCandidate {
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[schemars(with = "Option<i64>")]
    pub encourage: Option<Spanned<i64>>,
    #[schemars(with = "Option<i64>")]
    pub discourage: Option<Spanned<i64>>,
    #[schemars(with = "Option<i64>")]
    pub no_opinion: Option<Spanned<i64>>,
    #[schemars(with = "Option<RawPermanentShare>")]
    pub permanent: Option<Spanned<RawPermanentShare>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "PermanentShare")]
pub(crate) struct RawPermanentShare {
    #[schemars(with = "Option<i64>")]
    pub encourage: Option<Spanned<i64>>,
    #[schemars(with = "Option<i64>")]
    pub discourage: Option<Spanned<i64>>,
    #[schemars(with = "Option<i64>")]
    pub no_opinion: Option<Spanned<i64>>,
}

/// Whether a parsed file is a straw poll: it has a `[straw_poll]` table.
pub(crate) fn is_straw_poll(table: &DeTable<'_>) -> bool {
    table.contains_key("straw_poll")
}

/// Parses and validates a straw poll. `file_name` is only used in messages.
///
/// # Errors
/// Every problem found in the file, with spans into `text`.
pub fn load_straw_poll(file_name: &str, text: &str) -> Result<StrawPoll, ScenarioError> {
    parse_table(text)
        .and_then(|table| read(text, table, Vec::new(), validate::straw_poll))
        .map_err(|problems| ScenarioError::new(file_name, text, problems))
}

/// The problem for a straw poll handed to a reader of votes or elections.
pub(crate) fn refused() -> Problem {
    Problem::new(
        ProblemCode::StrawPollNotAVote,
        None,
        "this file is a straw poll in the selection of the Secretary-General, not a vote",
    )
    .help("a straw poll is informal and decides nothing: `run`, `check` and `show` read it; what-ifs, simulations, compromises, power, exercises, worksheets, reports, replays and the classroom read votes")
}

/// The JSON Schema of a straw poll file, generated from the types the loader reads.
#[must_use]
pub fn straw_poll_json_schema() -> String {
    schema_of::<RawStrawPollFile>(
        "unsc straw poll (format 1)",
        "One straw poll in the Security Council's selection of the Secretary-General: see docs/scenario-format.md, \"Straw polls\".",
    )
}
