//! The record of vetoed (and some failed) drafts since 1946: a data file embedded at build
//! time (`src/history/data/vetoes.csv`), each row citing its sources.
//!
//! Rows up to 8 July 2022 follow a stored copy of the Dag Hammarskjöld Library's veto list;
//! later rows, and the failed drafts, were read one by one from press releases and news
//! reports (see `docs/history.md` for exactly what the file covers).

use std::collections::BTreeMap;

use crate::input::{LineCounter, Problem, Problems, line_of};
use crate::model::{Date, MemberCode};

/// The embedded data file.
const DATA: &str = include_str!("data/vetoes.csv");

/// The first and last vote of the stored copy of the Library's veto list: between them the
/// record holds every row of that copy. After the last, rows were read one by one, and the
/// record is known to be complete only to [`COUNT_CHECKED_TO`].
pub const LIBRARY_COPY_SPAN: (Date, Date) = (
    Date {
        year: 1946,
        month: 2,
        day: 16,
    },
    Date {
        year: 2022,
        month: 7,
        day: 8,
    },
);

/// The last day to which the vetoes read one by one were checked complete, by count, against
/// the yearly *Highlights of Security Council Practice* (`docs/history.md`).
pub const COUNT_CHECKED_TO: Date = Date {
    year: 2023,
    month: 12,
    day: 31,
};

/// The stored copy of the Library's veto list the early rows follow.
pub const LIBRARY_COPY: &str = "https://github.com/world-politics-datalab/vetoes-un-security-council/blob/f389b3ff3681e1b39102bb6c76640b9973496992/unsc_vetoes_1946_sept2022.csv";

/// The Library's veto list itself.
pub const LIBRARY_LIST: &str = "https://research.un.org/en/docs/sc/quick/veto";

/// What happened to a recorded draft.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
    strum::VariantNames,
    strum::Display,
)]
#[strum(serialize_all = "kebab-case")]
pub enum RecordOutcome {
    /// A permanent member's negative vote blocked it.
    Vetoed,
    /// It fell short of the votes needed; any negative permanent vote was moot.
    Failed,
}

impl RecordOutcome {
    /// The stable name used in data and JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Votes in favour, against and abstaining, as a source gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordTally {
    /// In favour.
    pub yes: usize,
    /// Against.
    pub no: usize,
    /// Abstaining.
    pub abstain: usize,
}

/// One recorded draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordRow {
    /// The date of the vote.
    pub date: Date,
    /// The draft's symbol (for early vetoes without one, the Library lists the meeting).
    pub draft: Option<String>,
    /// The meeting record (for 2020's written procedure, the letters recording the vote).
    pub meeting: Option<String>,
    /// The agenda item, as the source words it.
    pub agenda: Option<String>,
    /// Vetoed or failed.
    pub outcome: RecordOutcome,
    /// The permanent members whose negative vote was a veto (the Soviet Union as `SUN`).
    pub vetoed_by: Vec<MemberCode>,
    /// The tally, where a source gives it.
    pub tally: Option<RecordTally>,
    /// The bundled scenario holding each member's sourced vote, if there is one.
    pub scenario: Option<String>,
    /// Where each fact of the row was read.
    pub sources: Vec<String>,
    /// Disagreements between sources, and what a row leaves out.
    pub note: Option<String>,
}

/// Where the embedded record is, for messages.
const DATA_FILE: &str = "src/history/data/vetoes.csv";

/// Every row of the embedded record, oldest first.
///
/// # Errors
/// Every malformed row of the embedded file, each with its line and a stable code (never, as
/// a test checks).
pub fn veto_record() -> Result<Vec<RecordRow>, Problems<&'static str>> {
    let mut reader = csv::ReaderBuilder::new().from_reader(LineCounter::new(DATA.as_bytes()));
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = line_of(reader.get_mut(), e.position());
                problems.push(Problem::at_line(
                    "malformed-csv",
                    DATA.as_bytes(),
                    line,
                    e.to_string(),
                ));
                continue;
            }
        }
        let line = line_of(reader.get_mut(), record.position());
        match parse_row(&record) {
            Ok(row) => rows.push(row),
            Err((code, message)) => {
                problems.push(Problem::at_line(code, DATA.as_bytes(), line, message));
            }
        }
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(Problems::new(DATA_FILE, DATA, problems))
    }
}

/// A row, or its problem's code and message.
fn parse_row(record: &csv::StringRecord) -> Result<RecordRow, (&'static str, String)> {
    let field = |i: usize| record.get(i).map_or("", str::trim);
    let optional = |i: usize| Some(field(i)).filter(|s| !s.is_empty()).map(str::to_owned);
    let date = parse_date(field(0))
        .ok_or_else(|| ("invalid-date", format!("`{}` is not a date", field(0))))?;
    let outcome = field(4).parse::<RecordOutcome>().ok().ok_or_else(|| {
        (
            "invalid-outcome",
            format!("`{}` is not an outcome", field(4)),
        )
    })?;
    let vetoed_by = field(5)
        .split_whitespace()
        .map(|c| {
            c.parse::<MemberCode>()
                .map_err(|e| ("invalid-member-code", e.to_string()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let tally = match field(6) {
        "" => None,
        text => {
            let n: Vec<usize> = text
                .split_whitespace()
                .map(str::parse)
                .collect::<Result<_, _>>()
                .map_err(|_| ("invalid-tally", format!("`{text}` is not a tally")))?;
            let [yes, no, abstain] = n[..] else {
                return Err((
                    "invalid-tally",
                    format!("`{text}` is not a tally of three counts"),
                ));
            };
            Some(RecordTally { yes, no, abstain })
        }
    };
    let sources: Vec<String> = field(8)
        .split(" | ")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    if sources.is_empty() {
        return Err(("missing-source", "the row cites no source".to_owned()));
    }
    if (outcome == RecordOutcome::Vetoed) == vetoed_by.is_empty() {
        return Err((
            "veto-mismatch",
            "a vetoed row names its vetoing members, a failed row none".to_owned(),
        ));
    }
    Ok(RecordRow {
        date,
        draft: optional(1),
        meeting: optional(2),
        agenda: optional(3),
        outcome,
        vetoed_by,
        tally,
        scenario: optional(7),
        sources,
        note: optional(9),
    })
}

fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.split('-').map(str::parse::<u32>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day)), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let date = Date {
        year: i32::try_from(year).ok()?,
        month: u8::try_from(month).ok()?,
        day: u8::try_from(day).ok()?,
    };
    date.is_valid().then_some(date)
}

/// A stable id for each row: its date and its place among that day's rows, e.g.
/// `1946-06-26-2`.
#[must_use]
pub fn row_ids(rows: &[RecordRow]) -> Vec<String> {
    let mut ids = Vec::with_capacity(rows.len());
    let mut previous: Option<(Date, usize)> = None;
    for row in rows {
        let k = match previous {
            Some((date, k)) if date == row.date => k + 1,
            _ => 1,
        };
        previous = Some((row.date, k));
        ids.push(format!("{}-{k}", row.date));
    }
    ids
}

/// Which rows to keep.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecordFilter {
    /// Only this outcome.
    pub outcome: Option<RecordOutcome>,
    /// Only votes in or after this year.
    pub since: Option<i32>,
    /// Only votes in or before this year.
    pub until: Option<i32>,
    /// Only drafts this member vetoed.
    pub member: Option<MemberCode>,
    /// Only rows whose agenda, draft or note contains every word (case-insensitive).
    pub search: Vec<String>,
}

impl RecordFilter {
    /// Whether the row passes every filter.
    #[must_use]
    pub fn keeps(&self, row: &RecordRow) -> bool {
        let text = [&row.agenda, &row.draft, &row.note]
            .iter()
            .filter_map(|s| s.as_deref())
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        self.outcome.is_none_or(|o| o == row.outcome)
            && self.since.is_none_or(|y| row.date.year >= y)
            && self.until.is_none_or(|y| row.date.year <= y)
            && self.member.is_none_or(|m| row.vetoed_by.contains(&m))
            && self.search.iter().all(|w| text.contains(&w.to_lowercase()))
    }
}

/// Vetoes per decade and member: each vetoing member of each row counts once.
#[must_use]
pub fn vetoes_by_decade(rows: &[RecordRow]) -> BTreeMap<i32, BTreeMap<MemberCode, usize>> {
    let mut table: BTreeMap<i32, BTreeMap<MemberCode, usize>> = BTreeMap::new();
    for row in rows {
        for code in &row.vetoed_by {
            *table
                .entry(row.date.year.div_euclid(10) * 10)
                .or_default()
                .entry(*code)
                .or_default() += 1;
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::{RecordFilter, RecordOutcome, veto_record, vetoes_by_decade};

    #[test]
    fn the_embedded_record_reads_in_date_order_and_every_row_cites_a_source() {
        let rows = veto_record().expect("the embedded file is well formed");
        assert!(rows.len() > 200);
        assert!(rows.windows(2).all(|w| w[0].date <= w[1].date));
        assert!(rows.iter().all(|r| !r.sources.is_empty()));
        let first = &rows[0];
        assert_eq!(first.date.to_string(), "1946-02-16");
        assert_eq!(first.vetoed_by[0].as_str(), "SUN");
    }

    #[test]
    fn the_soviet_union_and_the_russian_federation_are_told_apart() {
        let rows = veto_record().expect("well formed");
        for row in &rows {
            for code in &row.vetoed_by {
                match code.as_str() {
                    "SUN" => assert!(row.date.year <= 1991, "{}", row.date),
                    "RUS" => assert!(row.date.year >= 1992, "{}", row.date),
                    "CHN" | "FRA" | "GBR" | "USA" => {}
                    other => panic!("{other} is not a permanent member"),
                }
            }
        }
    }

    #[test]
    fn filters_combine() {
        let rows = veto_record().expect("well formed");
        let filter = RecordFilter {
            outcome: Some(RecordOutcome::Vetoed),
            since: Some(2011),
            until: Some(2011),
            member: "CHN".parse().ok(),
            search: vec!["syria".to_owned()],
        };
        let kept: Vec<_> = rows.iter().filter(|r| filter.keeps(r)).collect();
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].draft.as_deref(), Some("S/2011/612"));
        let table = vetoes_by_decade(&rows);
        assert!(table[&1940].contains_key(&"SUN".parse().expect("code")));
    }
}
