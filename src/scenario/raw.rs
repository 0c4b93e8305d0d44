//! The serde mirror of a scenario file: shapes and spans only, no meaning yet.
//!
//! Unknown keys are not rejected here; `load` collects them all with `serde_ignored`.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

#[derive(Debug, Deserialize)]
pub(crate) struct RawScenario {
    pub format: Option<Spanned<i64>>,
    pub id: Spanned<String>,
    pub title: Spanned<String>,
    pub date: Spanned<Datetime>,
    pub status: Spanned<String>,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
    #[serde(default)]
    pub tags: Vec<Spanned<String>>,
    pub council: Option<Spanned<i64>>,
    #[serde(default)]
    pub member: Vec<Spanned<RawMember>>,
    pub rules: Option<Spanned<RawRules>>,
    pub draft: Spanned<RawDraft>,
    pub stances: Spanned<BTreeMap<String, Spanned<RawStance>>>,
    pub record: Option<Spanned<RawRecord>>,
    #[serde(default)]
    pub bloc: Vec<Spanned<RawBloc>>,
    #[serde(default)]
    pub variant: Vec<Spanned<RawVariant>>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawMember {
    pub code: Spanned<String>,
    pub name: Spanned<String>,
    pub seat: Spanned<String>,
    pub veto: Option<Spanned<bool>>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawRules {
    pub preset: Option<Spanned<String>>,
    pub size: Option<Spanned<i64>>,
    pub threshold: Option<Spanned<i64>>,
    pub veto: Option<Vec<Spanned<String>>>,
    pub abstention_blocks: Option<Spanned<bool>>,
    pub absence_blocks: Option<Spanned<bool>>,
    pub question: Option<Spanned<String>>,
    pub dispute_parties: Option<Vec<Spanned<String>>>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawDraft {
    pub symbol: Option<Spanned<String>>,
    pub title: Spanned<String>,
    #[serde(default)]
    pub penholders: Vec<Spanned<String>>,
    #[serde(default)]
    pub sponsors: Vec<Spanned<String>>,
    #[serde(default)]
    pub provisions: Vec<Spanned<RawProvision>>,
    pub source: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawProvision {
    pub id: Spanned<String>,
    pub text: Spanned<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawStance {
    pub vote: Option<Spanned<String>>,
    pub p: Option<Spanned<RawOdds>>,
    pub follows: Option<Spanned<String>>,
    pub with: Option<BTreeMap<String, Spanned<String>>>,
    pub without: Option<BTreeMap<String, Spanned<String>>>,
    pub reason: Option<Spanned<String>>,
    pub source: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawRecord {
    pub outcome: Spanned<String>,
    pub source: Option<Spanned<String>>,
    pub resolution: Option<Spanned<String>>,
    #[serde(default)]
    pub yes: Vec<Spanned<String>>,
    #[serde(default)]
    pub no: Vec<Spanned<String>>,
    #[serde(default)]
    pub abstain: Vec<Spanned<String>>,
    #[serde(default)]
    pub absent: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawOdds {
    #[serde(default)]
    pub yes: f64,
    #[serde(default)]
    pub no: f64,
    #[serde(default)]
    pub abstain: f64,
    #[serde(default)]
    pub absent: f64,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawBloc {
    pub name: Spanned<String>,
    pub members: Vec<Spanned<String>>,
    pub lead: Spanned<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawVariant {
    pub name: Spanned<String>,
    #[serde(default)]
    pub description: String,
    pub set: Option<BTreeMap<String, Spanned<String>>>,
    #[serde(default)]
    pub drop: Vec<Spanned<String>>,
    pub rules: Option<Spanned<RawRules>>,
}
