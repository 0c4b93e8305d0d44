//! The scenarios a server offers, looked up by id: ids from a browser are matched against
//! this list and never used as paths. Single votes are served with the horseshoe and the
//! exercises; meetings, ICJ election rounds and straw polls ([`Reading`]s) with their
//! explanation only. What the server says of each never changes, so it is rendered once,
//! when the scenario is added.

use crate::bundled;
use crate::engine::{RoundOutcome, analyse, resolve_document};
use crate::model::{Metadata, OutcomeKind, Scenario};
use crate::render::{self, Format};
use crate::scenario::{self, Document, ScenarioError};

/// A scenario with what the server says of it unchanged.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The scenario.
    pub scenario: Scenario,
    /// `adopted`, `vetoed`, `failed` or `blocked`, as the engine resolves it.
    pub outcome: &'static str,
    /// What `unsc run ID --format json` prints.
    pub run_json: String,
}

/// What a [`Reading`] is, named as `unsc list` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum Kind {
    /// A meeting of several votes.
    Meeting,
    /// One round of an election of members of the International Court of Justice.
    Election,
    /// A straw poll in the selection of the Secretary-General.
    StrawPoll,
}

impl Kind {
    /// `meeting`, `election` or `straw-poll`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A meeting, an ICJ election round or a straw poll: served as its explanation, which
/// nothing in a browser changes.
#[derive(Clone, Debug)]
pub struct Reading {
    /// Its id, title, date, status and tags.
    pub meta: Metadata,
    /// What it is.
    pub kind: Kind,
    /// An election round's outcome (`filled`, `partial` or `too-many`); `None` for a meeting
    /// and for a straw poll.
    pub outcome: Option<&'static str>,
    /// A meeting's outcomes, in the order its votes were taken; empty for the other kinds.
    pub outcomes: Vec<OutcomeKind>,
    /// What `unsc run ID --format json` prints.
    pub run_json: String,
    /// The body of the page `unsc run ID --format html` prints.
    pub page: String,
}

impl Reading {
    /// Whether the library's outcome filter keeps it, as `unsc list --outcome` does: a
    /// meeting when any of its votes has the outcome; an election round or a straw poll,
    /// which adopt nothing, never.
    #[must_use]
    pub fn has_outcome(&self, outcome: &str) -> bool {
        self.outcomes.iter().any(|o| o.as_str() == outcome)
    }

    /// The outcome as `unsc list` prints it: a meeting's outcomes in the order taken, an
    /// election round's, `informal` for a straw poll (which decides nothing).
    #[must_use]
    pub fn outcome_text(&self) -> String {
        match (self.kind, self.outcome) {
            (Kind::Meeting, _) => {
                let names: Vec<&str> = self.outcomes.iter().map(|o| o.as_str()).collect();
                names.join(", ")
            }
            (Kind::Election, Some(outcome)) => outcome.to_owned(),
            _ => "informal".to_owned(),
        }
    }
}

/// Scenarios by id, each list in date order.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    entries: Vec<Entry>,
    readings: Vec<Reading>,
}

impl Catalogue {
    /// Every bundled scenario: the votes, the meetings, the election rounds and the straw
    /// polls.
    ///
    /// # Errors
    /// When a bundled scenario is invalid (a build that ships one is broken).
    pub fn bundled() -> Result<Self, ScenarioError> {
        let mut catalogue = Self::default();
        for b in bundled::ALL {
            catalogue.insert(scenario::load(b.file_name, b.text)?);
        }
        let others = (bundled::MEETINGS.iter())
            .chain(bundled::ELECTIONS)
            .chain(bundled::STRAW_POLLS);
        for b in others {
            catalogue.add(scenario::load_document(b.file_name, b.text)?);
        }
        Ok(catalogue)
    }

    /// Adds a scenario of any kind, replacing one with the same id.
    pub fn add(&mut self, document: Document) {
        let kind = match document {
            Document::Vote(scenario) => return self.insert(*scenario),
            Document::Meeting(_) => Kind::Meeting,
            Document::Election(_) => Kind::Election,
            Document::StrawPoll(_) => Kind::StrawPoll,
        };
        let resolved = resolve_document(&document);
        let page = render::render(&resolved, Format::Html).unwrap_or_default();
        let reading = Reading {
            meta: document.meta().clone(),
            kind,
            outcome: resolved.round_outcome().map(RoundOutcome::as_str),
            outcomes: resolved.outcomes(),
            run_json: render::to_json(&resolved).unwrap_or_default(),
            page: body(&page).to_owned(),
        };
        self.forget(&reading.meta.id);
        self.readings.push(reading);
        self.readings.sort_by(|a, b| {
            let key = |r: &Reading| (r.meta.date, r.meta.id.clone());
            key(a).cmp(&key(b))
        });
    }

    /// Adds a single vote, replacing a scenario with the same id.
    pub fn insert(&mut self, scenario: Scenario) {
        let analysis = analyse(&scenario);
        let outcome = analysis.resolution.outcome.as_str();
        // An analysis always has its JSON form.
        let run_json = render::to_json(&analysis).unwrap_or_default();
        self.forget(&scenario.meta.id);
        self.entries.push(Entry {
            scenario,
            outcome,
            run_json,
        });
        self.entries.sort_by(|a, b| {
            let key = |e: &Entry| (e.scenario.meta.date, e.scenario.meta.id.clone());
            key(a).cmp(&key(b))
        });
    }

    /// Drops the scenario with this id, of whichever kind.
    fn forget(&mut self, id: &str) {
        self.entries.retain(|e| e.scenario.meta.id != id);
        self.readings.retain(|r| r.meta.id != id);
    }

    /// The entry of the single vote with this id.
    #[must_use]
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.scenario.meta.id == id)
    }

    /// The single vote with this id.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Scenario> {
        self.entry(id).map(|e| &e.scenario)
    }

    /// Every single vote, in date order.
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The meeting, election round or straw poll with this id.
    #[must_use]
    pub fn reading(&self, id: &str) -> Option<&Reading> {
        self.readings.iter().find(|r| r.meta.id == id)
    }

    /// Every meeting, election round and straw poll, in date order.
    #[must_use]
    pub fn readings(&self) -> &[Reading] {
        &self.readings
    }
}

/// What is inside the `<body>` of a page the renderers wrote: the classroom shows it in its
/// own layout, under its own stylesheet (its policy allows no inline style).
fn body(page: &str) -> &str {
    page.split_once("<body>")
        .and_then(|(_, rest)| rest.rsplit_once("</body>"))
        .map_or(page, |(inner, _)| inner)
}

#[cfg(test)]
mod tests {
    use super::{Catalogue, Kind, body};

    #[test]
    fn the_body_of_a_page_is_what_its_body_element_holds() {
        let page = "<!DOCTYPE html><html><head><title>t</title></head><body><h1>a &lt;/body&gt;</h1></body></html>";
        assert_eq!(body(page), "<h1>a &lt;/body&gt;</h1>");
    }

    #[test]
    fn every_bundled_kind_is_served_and_a_vote_replaces_a_reading_of_its_id() {
        let mut catalogue = Catalogue::bundled().expect("bundled scenarios load");
        let readings = catalogue.readings();
        assert_eq!(
            readings.len(),
            crate::bundled::MEETINGS.len()
                + crate::bundled::ELECTIONS.len()
                + crate::bundled::STRAW_POLLS.len()
        );
        for kind in [Kind::Meeting, Kind::Election, Kind::StrawPoll] {
            assert!(readings.iter().any(|r| r.kind == kind), "{kind:?}");
        }
        for r in readings {
            assert!(r.page.starts_with("<h1>"), "{}: {}", r.meta.id, r.page);
            assert!(!r.page.contains("<style"), "{}", r.meta.id);
        }
        let meeting = catalogue
            .reading("2023-08-30-mali-sanctions-meeting")
            .expect("the Mali meeting");
        assert_eq!(meeting.outcome_text(), "vetoed, failed");
        assert!(meeting.has_outcome("failed") && !meeting.has_outcome("adopted"));

        let mut vote = catalogue
            .get("2023-08-30-mali-sanctions-russia")
            .expect("a vote")
            .clone();
        vote.meta.id = "2023-08-30-mali-sanctions-meeting".to_owned();
        catalogue.insert(vote);
        assert!(
            catalogue
                .reading("2023-08-30-mali-sanctions-meeting")
                .is_none()
        );
        assert!(catalogue.get("2023-08-30-mali-sanctions-meeting").is_some());
    }
}
