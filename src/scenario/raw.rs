//! The serde mirror of a scenario file: shapes and spans only, no meaning yet. The loader
//! reads it; `write` writes it (empty lists and absent keys left out).
//!
//! Unknown and missing keys are not rejected here: `keys` finds them all, from this mirror's
//! JSON Schema, before serde runs.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::VariantNames;
use toml::Spanned;
use toml::value::Datetime;

use crate::model::{
    Basis, ChallengeVote, MotionKind, OutcomeKind, PreliminaryReading, Preset, QuestionKind,
    Ruling, Seat, Status, Vote,
};

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
/// A scenario file (format 1): the Council, the rule set, the draft, each member's stance,
/// and for history the record. Every key is described in docs/scenario-format.md.
#[schemars(deny_unknown_fields, rename = "Scenario")]
pub(crate) struct RawScenario {
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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub sources: Vec<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Spanned<String>>,
    #[schemars(with = "Option<i64>")]
    pub council: Option<Spanned<i64>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<RawMember>")]
    pub member: Vec<Spanned<RawMember>>,
    #[schemars(with = "Option<RawRules>")]
    pub rules: Option<Spanned<RawRules>>,
    #[schemars(with = "Option<RawDraft>")]
    pub draft: Option<Spanned<RawDraft>>,
    #[schemars(with = "BTreeMap<String, RawStance>")]
    pub stances: Spanned<BTreeMap<String, Spanned<RawStance>>>,
    #[schemars(with = "Option<RawRecord>")]
    pub record: Option<Spanned<RawRecord>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<RawBloc>")]
    pub bloc: Vec<Spanned<RawBloc>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<RawVariant>")]
    pub variant: Vec<Spanned<RawVariant>>,
    #[schemars(with = "Option<RawMeeting>")]
    pub meeting: Option<Spanned<RawMeeting>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<RawVote>")]
    pub vote: Vec<Spanned<RawVote>>,
}

/// `[meeting]`: what the Council decided about the order of the drafts.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Meeting")]
pub(crate) struct RawMeeting {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub order: Vec<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub order_source: Option<Spanned<String>>,
}

/// One `[[vote]]` of a meeting: a draft, an amendment to one, a separate vote on a part, or
/// the preliminary question on a draft.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Vote")]
pub(crate) struct RawVote {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "Option<String>", extend("enum" = <MotionKind as VariantNames>::VARIANTS))]
    pub kind: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub amends: Option<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub inserts: Vec<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub deletes: Vec<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub part_of: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub provision: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub concerns: Option<Spanned<String>>,
    #[schemars(with = "Option<RawRules>")]
    pub rules: Option<Spanned<RawRules>>,
    #[schemars(with = "RawDraft")]
    pub draft: Spanned<RawDraft>,
    #[schemars(with = "Option<BTreeMap<String, RawStance>>")]
    pub stances: Option<Spanned<BTreeMap<String, Spanned<RawStance>>>>,
    #[schemars(with = "Option<RawRecord>")]
    pub record: Option<Spanned<RawRecord>>,
}

/// The keys every scenario file opens with (metadata and Council), borrowed from the mirror
/// of a vote or of an election.
pub(crate) struct RawHeader<'a> {
    pub id: &'a Spanned<String>,
    pub title: &'a Spanned<String>,
    pub date: &'a Spanned<Datetime>,
    pub status: &'a Spanned<String>,
    pub summary: Option<&'a Spanned<String>>,
    pub sources: &'a [Spanned<String>],
    pub tags: &'a [Spanned<String>],
    pub council: Option<&'a Spanned<i64>>,
    pub member: &'a [Spanned<RawMember>],
}

impl RawScenario {
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

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Member")]
pub(crate) struct RawMember {
    #[schemars(with = "String")]
    pub code: Spanned<String>,
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[schemars(with = "String", extend("enum" = <Seat as VariantNames>::VARIANTS))]
    pub seat: Spanned<String>,
    #[schemars(with = "Option<bool>")]
    pub veto: Option<Spanned<bool>>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Rules")]
pub(crate) struct RawRules {
    #[schemars(with = "Option<String>", extend("enum" = <Preset as VariantNames>::VARIANTS))]
    pub preset: Option<Spanned<String>>,
    #[schemars(with = "Option<i64>")]
    pub size: Option<Spanned<i64>>,
    #[schemars(with = "Option<i64>")]
    pub threshold: Option<Spanned<i64>>,
    #[schemars(with = "Option<Vec<String>>")]
    pub veto: Option<Vec<Spanned<String>>>,
    #[schemars(with = "Option<bool>")]
    pub abstention_blocks: Option<Spanned<bool>>,
    #[schemars(with = "Option<bool>")]
    pub absence_blocks: Option<Spanned<bool>>,
    #[schemars(with = "Option<String>", extend("enum" = <QuestionKind as VariantNames>::VARIANTS))]
    pub question: Option<Spanned<String>>,
    #[schemars(with = "Option<Vec<String>>")]
    pub dispute_parties: Option<Vec<Spanned<String>>>,
    #[schemars(with = "Option<String>", extend("enum" = <PreliminaryReading as VariantNames>::VARIANTS))]
    pub preliminary: Option<Spanned<String>>,
    #[schemars(with = "Option<String>", extend("enum" = <Ruling as VariantNames>::VARIANTS))]
    pub ruling: Option<Spanned<String>>,
    #[schemars(with = "Option<bool>")]
    pub challenged: Option<Spanned<bool>>,
    #[schemars(with = "Option<String>", extend("enum" = <ChallengeVote as VariantNames>::VARIANTS))]
    pub challenge_vote: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Draft")]
pub(crate) struct RawDraft {
    #[schemars(with = "Option<String>")]
    pub symbol: Option<Spanned<String>>,
    #[schemars(with = "String")]
    pub title: Spanned<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub penholders: Vec<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub sponsors: Vec<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<RawProvision>")]
    pub provisions: Vec<Spanned<RawProvision>>,
    #[schemars(with = "Option<String>")]
    pub source: Option<Spanned<String>>,
    #[schemars(with = "Option<bool>")]
    pub mass_atrocities: Option<Spanned<bool>>,
    #[schemars(with = "Option<String>", extend("enum" = <Basis as VariantNames>::VARIANTS))]
    pub basis: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Provision")]
pub(crate) struct RawProvision {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "String")]
    pub text: Spanned<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Stance")]
pub(crate) struct RawStance {
    #[schemars(with = "Option<String>", extend("enum" = <Vote as VariantNames>::VARIANTS))]
    pub vote: Option<Spanned<String>>,
    #[schemars(with = "Option<RawOdds>")]
    pub p: Option<Spanned<RawOdds>>,
    #[schemars(with = "Option<String>")]
    pub follows: Option<Spanned<String>>,
    #[schemars(with = "Option<BTreeMap<String, String>>")]
    pub with: Option<BTreeMap<String, Spanned<String>>>,
    #[schemars(with = "Option<BTreeMap<String, String>>")]
    pub without: Option<BTreeMap<String, Spanned<String>>>,
    #[schemars(with = "Option<String>")]
    pub reason: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub source: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Record")]
pub(crate) struct RawRecord {
    #[schemars(with = "String", extend("enum" = <OutcomeKind as VariantNames>::VARIANTS))]
    pub outcome: Spanned<String>,
    #[schemars(with = "Option<String>")]
    pub source: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub resolution: Option<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub yes: Vec<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub no: Vec<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub abstain: Vec<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub absent: Vec<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub not_participating: Vec<Spanned<String>>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Odds")]
pub(crate) struct RawOdds {
    #[serde(default, skip_serializing_if = "is_zero")]
    pub yes: f64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub no: f64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub abstain: f64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub absent: f64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub not_participating: f64,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Bloc")]
pub(crate) struct RawBloc {
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[schemars(with = "Vec<String>")]
    pub members: Vec<Spanned<String>>,
    #[schemars(with = "String")]
    pub lead: Spanned<String>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Variant")]
pub(crate) struct RawVariant {
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "String", extend("default" = ""))]
    pub description: Option<Spanned<String>>,
    #[schemars(with = "Option<BTreeMap<String, String>>")]
    pub set: Option<BTreeMap<String, Spanned<String>>>,
    #[schemars(with = "Option<BTreeMap<String, String>>")]
    pub replace: Option<BTreeMap<String, Spanned<String>>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub drop: Vec<Spanned<String>>,
    #[schemars(with = "Option<RawRules>")]
    pub rules: Option<Spanned<RawRules>>,
}

/// A probability left out when written: the reader takes a missing one as 0.
#[allow(clippy::trivially_copy_pass_by_ref)] // serde hands a reference
fn is_zero(p: &f64) -> bool {
    *p == 0.0
}
