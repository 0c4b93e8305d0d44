//! A document resolved by the engine (`engine::resolve_document`), written by its kind's own
//! subject: the analysis, the meeting's report, the election round or the straw poll. The
//! one subject `unsc run` and the classroom's documents render.

use serde::{Serialize, Serializer};

use crate::engine::{MeetingStep, Resolved};
use crate::model::Meeting;
use crate::render::{Document, MeetingReport, Report};

/// Calls the same form of whichever subject the document's kind has.
macro_rules! delegate {
    ($resolved:expr, $form:ident) => {
        match $resolved {
            Resolved::Vote(analysis) => analysis.$form(),
            Resolved::Meeting(meeting, steps) => MeetingReport::new(meeting, steps).$form(),
            Resolved::Election(round) => round.$form(),
            Resolved::StrawPoll(reading) => reading.$form(),
        }
    };
}

impl Report for Resolved<'_> {
    fn json(&self) -> Option<impl Serialize> {
        Some(match self {
            Self::Vote(analysis) => KindJson::Vote(analysis.json()?),
            Self::Meeting(meeting, steps) => KindJson::Meeting(MeetingJson { meeting, steps }),
            Self::Election(round) => KindJson::Election(round.json()?),
            Self::StrawPoll(reading) => KindJson::StrawPoll(reading.json()?),
        })
    }

    fn text(&self) -> Option<String> {
        delegate!(self, text)
    }

    fn document(&self) -> Option<Document> {
        delegate!(self, document)
    }

    fn markdown(&self) -> Option<String> {
        delegate!(self, markdown)
    }

    fn html(&self) -> Option<String> {
        delegate!(self, html)
    }

    fn csv(&self) -> Option<String> {
        delegate!(self, csv)
    }
}

/// The JSON of the kind resolved, exactly as that kind's subject writes it.
#[derive(Serialize)]
#[serde(untagged)]
enum KindJson<V, M, E, S> {
    Vote(V),
    Meeting(M),
    Election(E),
    StrawPoll(S),
}

/// A meeting's JSON, from its report built as the JSON is written (the report borrows the
/// analyses it makes, so it cannot outlive this call).
struct MeetingJson<'a> {
    meeting: &'a Meeting,
    steps: &'a [MeetingStep],
}

impl Serialize for MeetingJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        MeetingReport::new(self.meeting, self.steps)
            .json()
            .serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use crate::bundled;
    use crate::engine::{
        analyse, read_straw_poll, resolve_document, resolve_election, resolve_meeting,
    };
    use crate::model::Document;
    use crate::render::{Format, MeetingReport, render};
    use crate::scenario::load_document;

    const FORMATS: [Format; 5] = [
        Format::Text,
        Format::Json,
        Format::Markdown,
        Format::Html,
        Format::Csv,
    ];

    #[test]
    fn each_kind_is_written_as_its_own_subject_writes_it() {
        let files = [
            &bundled::ALL[0],
            &bundled::MEETINGS[0],
            &bundled::ELECTIONS[0],
            &bundled::STRAW_POLLS[0],
        ];
        for b in files {
            let document = load_document(b.file_name, b.text).expect("bundled files load");
            let resolved = resolve_document(&document);
            for format in FORMATS {
                let own = match &document {
                    Document::Vote(scenario) => render(&analyse(scenario), format),
                    Document::Meeting(meeting) => {
                        let steps = resolve_meeting(meeting);
                        render(&MeetingReport::new(meeting, &steps), format)
                    }
                    Document::Election(election) => render(&resolve_election(election), format),
                    Document::StrawPoll(poll) => render(&read_straw_poll(poll), format),
                };
                assert_eq!(render(&resolved, format), own, "{} {format}", b.file_name);
            }
        }
    }
}
