//! The bundled catalogue (`unsc list`): one line per vote, meeting or election round, or the
//! tags with their counts; and what to say when nothing matches.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::bundled::{Catalogue, Entry};
use crate::model::Metadata;
use crate::render::{Report, collect};

/// The version of the `unsc list --format json` contract: 2 since meetings and elections are
/// listed (`kind`, a null `outcome` for a meeting, its `votes`).
const LIST_SCHEMA_VERSION: u32 = 2;

/// The version of the `unsc list --tags --format json` contract.
const TAGS_SCHEMA_VERSION: u32 = 1;

/// The catalogue: one line per entry kept (id, date, kind, outcome, title).
impl Report for Catalogue {
    fn json(&self) -> Option<impl Serialize> {
        Some(ListJson {
            schema_version: LIST_SCHEMA_VERSION,
            scenarios: self.entries.iter().filter_map(ListedJson::new).collect(),
        })
    }

    fn text(&self) -> Option<String> {
        let width = (self.entries.iter())
            .filter_map(|e| outcome_text(e).map(|o| o.len()))
            .fold("blocked".len(), usize::max);
        Some(collect(|out| {
            for entry in &self.entries {
                match (entry.meta(), outcome_text(entry)) {
                    (Some(meta), Some(outcome)) => writeln!(
                        out,
                        "{:<48} {}  {:<kind_width$}  {outcome:<width$}  {}",
                        meta.id,
                        meta.date,
                        kind(entry),
                        meta.title,
                        kind_width = "straw-poll".len(),
                    )?,
                    _ => {
                        if let Entry::Invalid(stem, e) = entry {
                            writeln!(out, "{stem:<48} (invalid: {e})")?;
                        }
                    }
                }
            }
            Ok(())
        }))
    }
}

/// The tags of the entries kept, each with how many carry it (`unsc list --tags`).
pub struct CatalogueTags<'a>(pub &'a Catalogue);

impl Report for CatalogueTags<'_> {
    fn json(&self) -> Option<impl Serialize> {
        Some(TagsJson {
            schema_version: TAGS_SCHEMA_VERSION,
            tags: tag_counts(self.0)
                .into_iter()
                .map(|(tag, count)| TagJson { tag, count })
                .collect(),
        })
    }

    fn text(&self) -> Option<String> {
        let counts = tag_counts(self.0);
        let width = counts.keys().map(|t| t.chars().count()).max().unwrap_or(0);
        Some(collect(|out| {
            for (tag, count) in counts {
                writeln!(out, "{tag:<width$}  {count}")?;
            }
            Ok(())
        }))
    }
}

/// What to say on standard error when no entry matches: each tag asked for that no bundled
/// scenario carries (with "did you mean"), then that nothing matches.
#[must_use]
pub fn nothing_listed(catalogue: &Catalogue, tags: &[String]) -> Vec<String> {
    let known = &catalogue.known_tags;
    let mut lines = Vec::new();
    for tag in tags {
        if !known.iter().any(|k| k.to_lowercase() == tag.to_lowercase()) {
            let meant = crate::input::closest(tag, known.iter().map(String::as_str))
                .map_or_else(String::new, |m| format!("; did you mean `{m}`?"));
            lines.push(format!("no bundled scenario has the tag `{tag}`{meant}"));
        }
    }
    lines.push("no bundled scenario matches".to_owned());
    lines
}

/// `vote`, `meeting`, `election` or `straw-poll` (`invalid` for a file that does not load).
fn kind(entry: &Entry) -> &'static str {
    match entry {
        Entry::Vote(..) => "vote",
        Entry::Meeting(..) => "meeting",
        Entry::Election(..) => "election",
        Entry::StrawPoll(..) => "straw-poll",
        Entry::Invalid(..) => "invalid",
    }
}

/// The outcome column: a vote's outcome, a meeting's outcomes in the order taken, an election
/// round's outcome, `informal` for a straw poll (which decides nothing); `None` for an invalid
/// file.
fn outcome_text(entry: &Entry) -> Option<String> {
    match entry {
        Entry::Vote(_, outcome) => Some(outcome.as_str().to_owned()),
        Entry::Meeting(_, outcomes) => Some(
            outcomes
                .iter()
                .map(|(_, o)| o.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Entry::Election(_, outcome) => Some(outcome.as_str().to_owned()),
        Entry::StrawPoll(..) => Some("informal".to_owned()),
        Entry::Invalid(..) => None,
    }
}

/// Each tag of the entries kept with how many carry it, in name order.
fn tag_counts(catalogue: &Catalogue) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    let tags = (catalogue.entries.iter())
        .filter_map(Entry::meta)
        .flat_map(|meta| &meta.tags);
    for tag in tags {
        *counts.entry(tag.as_str()).or_insert(0) += 1;
    }
    counts
}

/// `unsc list --format json` (docs/json.md).
#[derive(Serialize)]
struct ListJson<'a> {
    /// [`LIST_SCHEMA_VERSION`].
    schema_version: u32,
    /// The entries kept, in file-name (date) order; invalid files are left out.
    scenarios: Vec<ListedJson<'a>>,
}

/// One entry of the catalogue.
#[derive(Serialize)]
struct ListedJson<'a> {
    /// The id, which every command takes in place of a file.
    id: &'a str,
    /// `vote`, `meeting`, `election` or `straw-poll`.
    kind: &'static str,
    /// The date, `YYYY-MM-DD`.
    date: String,
    /// A vote's outcome (the engine's: adopted, adopted-without-vote, vetoed, failed or
    /// blocked), an election round's (filled, partial or too-many); null for a meeting and
    /// for a straw poll, which decides nothing.
    outcome: Option<&'static str>,
    /// A meeting's votes in the order taken; null for a vote, an election round or a straw poll.
    votes: Option<Vec<MeetingVoteJson<'a>>>,
    /// The one-line title.
    title: &'a str,
    /// The tags.
    tags: &'a [String],
}

/// One vote of a listed meeting.
#[derive(Serialize)]
struct MeetingVoteJson<'a> {
    /// The vote's id in the meeting (`unsc whatif ID --vote VOTE`).
    id: &'a str,
    /// `draft`, `amendment`, `separate-vote` or `preliminary`.
    motion: &'static str,
    /// The outcome the engine computes.
    outcome: &'static str,
}

impl<'a> ListedJson<'a> {
    fn new(entry: &'a Entry) -> Option<Self> {
        let listed = |meta: &'a Metadata, outcome, votes| Self {
            id: &meta.id,
            kind: kind(entry),
            date: meta.date.to_string(),
            outcome,
            votes,
            title: &meta.title,
            tags: &meta.tags,
        };
        match entry {
            Entry::Vote(scenario, outcome) => {
                Some(listed(&scenario.meta, Some(outcome.as_str()), None))
            }
            Entry::Election(election, outcome) => {
                Some(listed(&election.meta, Some(outcome.as_str()), None))
            }
            Entry::StrawPoll(poll) => Some(listed(&poll.meta, None, None)),
            Entry::Meeting(meeting, outcomes) => {
                let votes = outcomes
                    .iter()
                    .map(|&(vote, outcome)| MeetingVoteJson {
                        id: &meeting.votes[vote].id,
                        motion: meeting.votes[vote].motion.kind().as_str(),
                        outcome: outcome.as_str(),
                    })
                    .collect();
                Some(listed(&meeting.meta, None, Some(votes)))
            }
            Entry::Invalid(..) => None,
        }
    }
}

/// `unsc list --tags --format json`.
#[derive(Serialize)]
struct TagsJson<'a> {
    /// [`TAGS_SCHEMA_VERSION`].
    schema_version: u32,
    /// In name order.
    tags: Vec<TagJson<'a>>,
}

/// A tag and how many of the entries kept carry it.
#[derive(Serialize)]
struct TagJson<'a> {
    /// The tag.
    tag: &'a str,
    /// How many carry it.
    count: usize,
}

#[cfg(test)]
mod tests {
    use snapbox::{assert_data_eq, str};

    use super::{CatalogueTags, nothing_listed};
    use crate::bundled::{Filter, catalogue};
    use crate::render::{Format, render};

    /// The Mali meeting of 2023 and the ICJ election round of 2018.
    fn meeting_and_election() -> crate::bundled::Catalogue {
        let mut kept = catalogue(&Filter {
            year: Some(2023),
            tags: vec!["meeting".to_owned()],
            ..Filter::default()
        });
        let election = catalogue(&Filter {
            year: Some(2018),
            tags: vec!["election".to_owned()],
            ..Filter::default()
        });
        kept.entries.extend(election.entries);
        kept
    }

    #[test]
    fn text_has_a_kind_column_and_a_meeting_lists_each_vote() {
        assert_data_eq!(
            render(&meeting_and_election(), Format::Text).unwrap(),
            str![[r"
2023-08-30-mali-sanctions-meeting                2023-08-30  meeting     vetoed, failed  Mali sanctions, 30 August 2023: two competing drafts, neither adopted
2018-06-22-icj-vacancy-iwasawa                   2018-06-22  election    filled          ICJ election: Yuji Iwasawa elected to the seat left by Judge Owada's resignation

"]]
        );
    }

    #[test]
    fn json_of_a_meeting_and_an_election() {
        assert_data_eq!(
            render(&meeting_and_election(), Format::Json).unwrap(),
            str![[r#"
{
  "schema_version": 2,
  "scenarios": [
    {
      "id": "2023-08-30-mali-sanctions-meeting",
      "kind": "meeting",
      "date": "2023-08-30",
      "outcome": null,
      "votes": [
        {
          "id": "france-uae-draft",
          "motion": "draft",
          "outcome": "vetoed"
        },
        {
          "id": "russia-draft",
          "motion": "draft",
          "outcome": "failed"
        }
      ],
      "title": "Mali sanctions, 30 August 2023: two competing drafts, neither adopted",
      "tags": [
        "mali",
        "sanctions",
        "panel-of-experts",
        "meeting",
        "veto",
        "failed"
      ]
    },
    {
      "id": "2018-06-22-icj-vacancy-iwasawa",
      "kind": "election",
      "date": "2018-06-22",
      "outcome": "filled",
      "votes": null,
      "title": "ICJ election: Yuji Iwasawa elected to the seat left by Judge Owada's resignation",
      "tags": [
        "icj",
        "election"
      ]
    }
  ]
}

"#]]
        );
    }

    #[test]
    fn tags_with_their_counts() {
        let tags = CatalogueTags(&meeting_and_election());
        assert_data_eq!(
            render(&tags, Format::Text).unwrap(),
            str![[r"
election          1
failed            1
icj               1
mali              1
meeting           1
panel-of-experts  1
sanctions         1
veto              1

"]]
        );
    }

    #[test]
    fn an_unknown_tag_gets_a_suggestion() {
        let tags = ["vetoo".to_owned()];
        let none = catalogue(&Filter {
            tags: tags.to_vec(),
            ..Filter::default()
        });
        assert_data_eq!(
            nothing_listed(&none, &tags).join("\n"),
            str![[r"
no bundled scenario has the tag `vetoo`; did you mean `veto`?
no bundled scenario matches
"]]
        );
    }
}
