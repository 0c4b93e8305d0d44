//! A built-in roster as text, JSON and CSV.

use std::fmt::Write as _;

use serde::Serialize;

use crate::model::{Member, Roster, Seat};
use crate::render::json::JSON_SCHEMA_VERSION;
use crate::render::{Report, collect};

/// A built-in roster: its members with their terms, seat changes and sources.
impl Report for Roster {
    fn json(&self) -> Option<impl Serialize> {
        Some(roster_json(self))
    }

    fn text(&self) -> Option<String> {
        Some(roster_text(self))
    }

    fn csv(&self) -> Option<String> {
        Some(roster_csv(self))
    }
}

/// A member's term on the roster, or `None` for a permanent member.
fn term(roster: &Roster, member: &Member) -> Option<(i32, i32)> {
    roster
        .terms
        .iter()
        .find(|(code, _, _)| *code == member.code)
        .map(|&(_, first, last)| (first, last))
}

fn term_text(term: Option<(i32, i32)>) -> String {
    match term {
        None => "permanent".to_owned(),
        Some((first, last)) if first == last => format!("elected, {first}"),
        Some((first, last)) => format!("elected, {first}–{last}"),
    }
}

/// The roster as a table, then its sources.
fn roster_text(roster: &Roster) -> String {
    collect(|out| {
        writeln!(
            out,
            "The Security Council in {} ({} members)\n",
            roster.year,
            roster.council.len()
        )?;
        for member in roster.council.members() {
            writeln!(
                out,
                "  {}  {:<40}  {}",
                member.code,
                member.name,
                term_text(term(roster, member))
            )?;
        }
        for change in &roster.seat_changes {
            writeln!(
                out,
                "\n{}'s seat: {} until {}, then {} ({}; {}).",
                change.seat, change.from, change.date, change.to, change.authority, change.source
            )?;
        }
        writeln!(out, "\nSources of the elected members:")?;
        for source in &roster.sources {
            writeln!(out, "  {source}")?;
        }
        Ok(())
    })
}

/// A member of the roster.
#[derive(Serialize)]
struct MemberJson<'a> {
    /// Its code.
    code: String,
    /// Its name.
    name: &'a str,
    /// Whether it holds a permanent seat.
    permanent: bool,
    /// The first year of its term; `None` for a permanent member.
    term_first_year: Option<i32>,
    /// The last year of its term; `None` for a permanent member.
    term_last_year: Option<i32>,
}

/// A seat that changed hands during the year.
#[derive(Serialize)]
struct SeatChangeJson {
    /// When.
    date: &'static str,
    /// The seat.
    seat: &'static str,
    /// The holder before.
    from: &'static str,
    /// The holder after.
    to: &'static str,
    /// What decided it.
    authority: &'static str,
    /// Where it was read.
    source: &'static str,
}

/// The JSON form of a roster (`unsc roster YEAR --format json`; `docs/json.md`).
#[derive(Serialize)]
struct RosterJson<'a> {
    /// [`JSON_SCHEMA_VERSION`].
    schema_version: u32,
    /// The year.
    year: i32,
    /// The members, in the Council's order.
    members: Vec<MemberJson<'a>>,
    /// Seats that changed hands during the year.
    seat_changes: Vec<SeatChangeJson>,
    /// Where the roster was read.
    sources: &'a [&'static str],
}

/// The roster's JSON form.
fn roster_json(roster: &Roster) -> RosterJson<'_> {
    let members = roster
        .council
        .members()
        .iter()
        .map(|m| {
            let term = term(roster, m);
            MemberJson {
                code: m.code.to_string(),
                name: &m.name,
                permanent: m.seat == Seat::Permanent,
                term_first_year: term.map(|t| t.0),
                term_last_year: term.map(|t| t.1),
            }
        })
        .collect();
    RosterJson {
        schema_version: JSON_SCHEMA_VERSION,
        year: roster.year,
        members,
        seat_changes: roster
            .seat_changes
            .iter()
            .map(|c| SeatChangeJson {
                date: c.date,
                seat: c.seat,
                from: c.from,
                to: c.to,
                authority: c.authority,
                source: c.source,
            })
            .collect(),
        sources: &roster.sources,
    }
}

/// The roster as CSV: `code,name,permanent,term_first_year,term_last_year`.
fn roster_csv(roster: &Roster) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = writer.write_record([
        "code",
        "name",
        "permanent",
        "term_first_year",
        "term_last_year",
    ]);
    for m in roster.council.members() {
        let term = term(roster, m);
        let year = |y: Option<i32>| y.map_or(String::new(), |y| y.to_string());
        let _ = writer.write_record([
            m.code.to_string(),
            m.name.clone(),
            (m.seat == Seat::Permanent).to_string(),
            year(term.map(|t| t.0)),
            year(term.map(|t| t.1)),
        ]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
#[allow(clippy::needless_raw_string_hashes)] // snapbox writes its inline snapshots so
mod tests {
    use snapbox::{assert_data_eq, str};

    use crate::model::roster;
    use crate::render::{Format, render};

    #[test]
    fn csv_of_2026() {
        let roster = roster(2026).unwrap();
        assert_data_eq!(
            render(&roster, Format::Csv).unwrap(),
            str![[r#"
code,name,permanent,term_first_year,term_last_year
CHN,China,true,,
FRA,France,true,,
RUS,Russian Federation,true,,
GBR,United Kingdom,true,,
USA,United States,true,,
BHR,Bahrain,false,2026,2027
COL,Colombia,false,2026,2027
COD,Democratic Republic of the Congo,false,2026,2027
DNK,Denmark,false,2025,2026
GRC,Greece,false,2025,2026
LVA,Latvia,false,2026,2027
LBR,Liberia,false,2026,2027
PAK,Pakistan,false,2025,2026
PAN,Panama,false,2025,2026
SOM,Somalia,false,2025,2026

"#]]
        );
    }
}
