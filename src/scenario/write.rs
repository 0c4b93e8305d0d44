//! Scenario files written from the serde mirror the loader reads ([`RawScenario`]), so what is
//! written is what `load` reads back.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;
use toml::value::Datetime;

use crate::model::{Ballot, Council, Date, OutcomeKind, RuleSet, Vote};
use crate::scenario::raw::{RawDraft, RawMember, RawRecord, RawRules, RawScenario, RawStance};

/// A historical vote to write as a scenario file: its facts, each already checked by the
/// caller (one-line texts, citable sources).
#[derive(Clone, Debug)]
pub struct Outline<'a> {
    /// Comment lines above the scenario, each written after `# `.
    pub comment: Vec<String>,
    /// The scenario's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The date of the vote.
    pub date: Date,
    /// Its summary.
    pub summary: String,
    /// Its sources.
    pub sources: Vec<String>,
    /// Its tags.
    pub tags: Vec<String>,
    /// The members, written as `[[member]]` tables.
    pub council: &'a Council,
    /// The rules: the preset, with size and threshold when the Council is not the preset's
    /// size, and the question.
    pub rules: &'a RuleSet,
    /// The draft's symbol.
    pub draft_symbol: Option<String>,
    /// The draft's title.
    pub draft_title: String,
    /// Each member's vote, written as its stance (absent where the ballot has none).
    pub ballot: &'a Ballot,
    /// What the record says.
    pub record: RecordOutline,
}

/// The `[record]` of an [`Outline`]: its vote lists come from the outline's ballot, except
/// for a text adopted without a vote, which has none.
#[derive(Clone, Debug)]
pub struct RecordOutline {
    /// The recorded outcome.
    pub outcome: OutcomeKind,
    /// The resolution's symbol, if one was adopted.
    pub resolution: Option<String>,
    /// The record's source.
    pub source: String,
}

/// The scenario file of `outline`, in format 1.
#[must_use]
pub fn write(outline: &Outline<'_>) -> String {
    let mut text = String::new();
    for line in &outline.comment {
        text.push_str("# ");
        text.push_str(line);
        text.push('\n');
    }
    // Serialising the mirror into a string cannot fail: every key is a string, every value a
    // TOML value.
    text.push_str(&toml::to_string(&raw(outline)).unwrap_or_default());
    text
}

/// The mirror of `outline`, with no spans.
fn raw(outline: &Outline<'_>) -> RawScenario {
    let council = outline.council;
    let rules = outline.rules;
    let resized = council.len() != rules.preset.council_size();
    let tally = outline.record.outcome != OutcomeKind::AdoptedWithoutVote;
    let list = |vote: Vote| -> Vec<Spanned<String>> {
        if !tally {
            return Vec::new();
        }
        outline
            .ballot
            .cast(vote)
            .iter()
            .map(|i| bare(council.member(i).code.to_string()))
            .collect()
    };
    RawScenario {
        format: Some(bare(1)),
        id: bare(outline.id.clone()),
        title: bare(outline.title.clone()),
        date: bare(datetime(outline.date)),
        status: bare("historical".to_owned()),
        summary: Some(bare(outline.summary.clone())),
        sources: outline.sources.iter().cloned().map(bare).collect(),
        tags: outline.tags.iter().cloned().map(bare).collect(),
        council: None,
        member: council
            .members()
            .iter()
            .map(|m| {
                bare(RawMember {
                    code: bare(m.code.to_string()),
                    name: bare(m.name.clone()),
                    seat: bare(m.seat.as_str().to_owned()),
                    veto: None,
                })
            })
            .collect(),
        rules: Some(bare(RawRules {
            preset: Some(bare(rules.preset.as_str().to_owned())),
            size: resized.then(|| bare(count(council.len()))),
            threshold: resized.then(|| bare(count(rules.threshold))),
            question: Some(bare(rules.question.as_str().to_owned())),
            ..RawRules::default()
        })),
        draft: Some(bare(RawDraft {
            symbol: outline.draft_symbol.clone().map(bare),
            title: bare(outline.draft_title.clone()),
            penholders: Vec::new(),
            sponsors: Vec::new(),
            provisions: Vec::new(),
            source: None,
            mass_atrocities: None,
            basis: None,
        })),
        stances: bare(
            council
                .members()
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    let vote = outline.ballot.vote(i).unwrap_or(Vote::Absent);
                    (m.code.to_string(), bare(stance(vote)))
                })
                .collect::<BTreeMap<_, _>>(),
        ),
        record: Some(bare(RawRecord {
            outcome: bare(outline.record.outcome.as_str().to_owned()),
            source: Some(bare(outline.record.source.clone())),
            resolution: outline.record.resolution.clone().map(bare),
            yes: list(Vote::Yes),
            no: list(Vote::No),
            abstain: list(Vote::Abstain),
            absent: list(Vote::Absent),
            not_participating: list(Vote::NotParticipating),
        })),
        bloc: Vec::new(),
        meeting: None,
        vote: Vec::new(),
        variant: Vec::new(),
    }
}

/// A value with no place in a file yet.
fn bare<T>(value: T) -> Spanned<T> {
    const NOWHERE: Range<usize> = 0..0;
    Spanned::new(NOWHERE, value)
}

fn stance(vote: Vote) -> RawStance {
    RawStance {
        vote: Some(bare(vote.as_str().to_owned())),
        p: None,
        follows: None,
        with: None,
        without: None,
        reason: None,
        source: None,
    }
}

/// A Council size or threshold as TOML writes it (they fit: at most 128).
fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// The TOML local date of `date`.
fn datetime(date: Date) -> Datetime {
    Datetime {
        date: Some(toml::value::Date {
            year: u16::try_from(date.year).unwrap_or_default(),
            month: date.month,
            day: date.day,
        }),
        time: None,
        offset: None,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde::Deserialize;

    use super::*;
    use crate::model::{OutcomeKind, Preset, QuestionKind, Vote, roster};
    use crate::scenario::load;

    /// Every bundled scenario, read into the mirror and written back, loads as it did.
    #[test]
    fn every_bundled_scenario_round_trips_through_the_mirror() {
        for bundled in crate::bundled::ALL {
            let raw = RawScenario::deserialize(
                toml::de::Deserializer::parse(bundled.text).expect("TOML"),
            )
            .expect("the mirror");
            let written = toml::to_string(&raw).expect("writes");
            assert_eq!(
                load(bundled.file_name, &written).expect("the written file loads"),
                load(bundled.file_name, bundled.text).expect("loads"),
                "{}:\n{written}",
                bundled.file_name
            );
        }
    }

    fn vote() -> impl Strategy<Value = Vote> {
        prop::sample::select(Vote::ALL.to_vec())
    }

    proptest! {
        /// An outline written and loaded gives back its Council, votes and record.
        #[test]
        fn an_outline_is_written_and_loaded_back(
            votes in prop::collection::vec(vote(), 15),
            outcome in prop::sample::select(vec![
                OutcomeKind::Adopted, OutcomeKind::Vetoed, OutcomeKind::Failed,
                OutcomeKind::AdoptedWithoutVote,
            ]),
            procedural in any::<bool>(),
        ) {
            let council = roster(2023).expect("the 2023 roster").council;
            let mut rules = RuleSet::new(Preset::Charter, council.permanent(), council.len());
            if procedural {
                rules.question = QuestionKind::Procedural;
            }
            let ballot = Ballot::from_votes(&votes);
            let text = write(&Outline {
                comment: vec!["A test.".to_owned()],
                id: "2023-01-01-s-2023-1".to_owned(),
                title: "S/2023/1: \"A\" test \\ with quotes".to_owned(),
                date: Date { year: 2023, month: 1, day: 1 },
                summary: "A test.".to_owned(),
                sources: vec!["S/PV.9999".to_owned()],
                tags: vec!["imported".to_owned()],
                council: &council,
                rules: &rules,
                draft_symbol: Some("S/2023/1".to_owned()),
                draft_title: "A test".to_owned(),
                ballot: &ballot,
                record: RecordOutline {
                    outcome,
                    resolution: None,
                    source: "S/PV.9999".to_owned(),
                },
            });
            let scenario = load("written.toml", &text).map_err(|e| {
                TestCaseError::fail(format!("{e:?}\n{text}"))
            })?;
            prop_assert_eq!(&scenario.council, &council);
            prop_assert_eq!(scenario.rules.question, rules.question);
            prop_assert_eq!(scenario.ballot(), ballot);
            let record = scenario.record.expect("a record");
            prop_assert_eq!(record.outcome, outcome);
            let tally = (outcome != OutcomeKind::AdoptedWithoutVote).then_some(ballot);
            prop_assert_eq!(record.ballot, tally);
        }
    }
}
