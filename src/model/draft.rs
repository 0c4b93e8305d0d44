//! The text put to the vote.

use crate::model::member_set::MemberSet;
use crate::model::source::Source;

/// A named item of a draft, such as `extend-panel-of-experts`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Provision {
    /// Stable kebab-case identifier.
    pub id: String,
    /// What the provision does, in a line.
    pub text: String,
}

/// A draft resolution (or other text) put to the vote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The document symbol, such as `S/2023/638`.
    pub symbol: Option<String>,
    /// A short title.
    pub title: String,
    /// Members holding the pen.
    pub penholders: MemberSet,
    /// Other sponsors, by name (sponsors need not sit on the Council).
    pub sponsors: Vec<String>,
    /// The draft's named provisions.
    pub provisions: Vec<Provision>,
    /// Where the facts about the draft come from.
    pub source: Option<Source>,
}
