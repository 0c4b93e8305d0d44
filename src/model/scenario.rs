//! A validated scenario: metadata, Council, rule set, draft, stances and the record.

use std::fmt;

use crate::model::ballot::Ballot;
use crate::model::council::Council;
use crate::model::draft::{Draft, ProvisionSet};
use crate::model::member::Member;
use crate::model::member_set::MemberSet;
use crate::model::rule_set::RuleSet;
use crate::model::source::Source;
use crate::model::stance::{Choice, Stance, VoteOdds};
use crate::model::vote::Vote;

/// A calendar date (validated by the TOML parser).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, such as 2023.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

impl Date {
    /// Whether the day exists in the (proleptic Gregorian) calendar.
    #[must_use]
    pub fn is_valid(self) -> bool {
        let leap = self.year % 4 == 0 && (self.year % 100 != 0 || self.year % 400 == 0);
        let days = match self.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return false,
        };
        (1..=days).contains(&self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Whether a scenario records what happened or imagines what might.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
    strum::VariantNames,
    strum::Display,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Status {
    /// Every fact is on the record and sourced.
    Historical,
    /// Invented or altered: never to be read as the record.
    Hypothetical,
}

impl Status {
    /// The stable name used in scenario files and JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Descriptive facts about a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Metadata {
    /// Stable kebab-case identifier, usually the file name without `.toml`.
    pub id: String,
    /// One-line title.
    pub title: String,
    /// Date of the vote.
    pub date: Date,
    /// Historical or hypothetical.
    pub status: Status,
    /// A few sentences of context.
    pub summary: String,
    /// Where the scenario's facts come from.
    pub sources: Vec<Source>,
    /// Free-form tags for filtering.
    pub tags: Vec<String>,
}

impl Metadata {
    /// Whether the scenario carries `tag`, ignoring case.
    #[must_use]
    pub fn has_tag(&self, tag: &str) -> bool {
        let tag = tag.to_lowercase();
        self.tags.iter().any(|t| t.to_lowercase() == tag)
    }
}

/// How the Council in a scenario was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CouncilOrigin {
    /// A built-in roster for that year.
    Roster(i32),
    /// Members listed in the file.
    Explicit,
}

/// What the Council's record says happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The recorded outcome.
    pub outcome: OutcomeKind,
    /// How each member voted, in Council order; `None` for a text adopted without a vote,
    /// which has no tally.
    pub ballot: Option<Ballot>,
    /// The resolution number, when adopted.
    pub resolution: Option<String>,
    /// The meeting record or other source.
    pub source: Source,
}

/// An outcome as the record states it.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
    strum::VariantNames,
    strum::Display,
)]
#[strum(serialize_all = "kebab-case")]
pub enum OutcomeKind {
    /// Adopted.
    Adopted,
    /// Not adopted owing to the negative vote of a permanent member.
    Vetoed,
    /// Not adopted for want of the required affirmative votes.
    Failed,
    /// A consensus statement not agreed because a member objected.
    Blocked,
    /// Adopted without a vote: by consensus, by acclamation, or without objection. No tally.
    AdoptedWithoutVote,
}

impl OutcomeKind {
    /// The stable name used in scenario files and JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A named what-if inside a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    /// Stable kebab-case name.
    pub name: String,
    /// What it asks, in a line.
    pub description: String,
    /// Members whose vote is set outright.
    pub set: Vec<(usize, Vote)>,
    /// Seats held by another state: the seat index and its new holder, which takes the
    /// seat's stance unless `set` gives it a vote.
    pub replace: Vec<(usize, Member)>,
    /// Provisions dropped from the text.
    pub drop: ProvisionSet,
    /// A different rule set, if any.
    pub rules: Option<RuleSet>,
}

/// A complete, validated scenario, ready for the engine.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// Descriptive facts.
    pub meta: Metadata,
    /// The members voting.
    pub council: Council,
    /// Where the Council came from.
    pub council_origin: CouncilOrigin,
    /// The rule applied.
    pub rules: RuleSet,
    /// The draft voted on.
    pub draft: Draft,
    /// Which of the draft's provisions are in the text put to the vote.
    pub text: ProvisionSet,
    /// Each member's stance, in Council order.
    pub stances: Vec<Stance>,
    /// The record, for replay.
    pub record: Option<Record>,
    /// Named what-ifs.
    pub variants: Vec<Variant>,
}

impl Scenario {
    /// Each member's odds on the current text, after following leaders and keeping any pledge
    /// of restraint ([`RuleSet::pledged`]: a pledged member abstains where it would have voted
    /// against). Validation guarantees that `follows` chains end, so this terminates.
    #[must_use]
    pub fn odds(&self) -> Vec<VoteOdds> {
        let pledged = self.rules.pledged();
        (0..self.stances.len())
            .map(|m| self.odds_of(m, self.stances.len(), pledged))
            .collect()
    }

    /// The members whose pledge of restraint moved their stance: they would otherwise have
    /// voted against.
    #[must_use]
    pub fn held_back_by_pledge(&self) -> MemberSet {
        let pledged = self.rules.pledged();
        pledged
            .iter()
            .filter(|&m| {
                self.odds_of(m, self.stances.len(), MemberSet::EMPTY)
                    .of(Vote::No)
                    > 0.0
            })
            .collect()
    }

    fn odds_of(&self, member: usize, hops_left: usize, pledged: MemberSet) -> VoteOdds {
        let odds = match self.stances[member].on(self.text) {
            Choice::Odds(odds) => odds,
            Choice::Follows(leader) if hops_left > 0 => {
                self.odds_of(leader, hops_left - 1, pledged)
            }
            Choice::Follows(_) => VoteOdds::certain(Vote::Absent),
        };
        if pledged.contains(member) {
            odds.without_negative()
        } else {
            odds
        }
    }

    /// The seat whose vote `member` ends up copying (itself if it follows no one).
    #[must_use]
    pub fn leader_of(&self, member: usize) -> usize {
        let mut current = member;
        for _ in 0..self.stances.len() {
            match self.stances[current].on(self.text) {
                Choice::Follows(leader) => current = leader,
                Choice::Odds(_) => return current,
            }
        }
        current
    }

    /// Whether every vote is certain on the current text.
    #[must_use]
    pub fn is_deterministic(&self) -> bool {
        self.odds().iter().all(VoteOdds::is_certain)
    }

    /// The ballot of each member's most likely vote (the actual ballot when every vote is certain).
    #[must_use]
    pub fn ballot(&self) -> Ballot {
        let votes: Vec<Vote> = self.odds().iter().map(VoteOdds::modal).collect();
        Ballot::from_votes(&votes)
    }
}
