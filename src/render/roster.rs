//! A built-in roster as text, JSON and CSV.

use std::fmt::Write as _;

use serde::Serialize;

use crate::model::{Member, Roster, Seat};
use crate::render::collect;
use crate::render::json::{JSON_SCHEMA_VERSION, pretty};

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
#[must_use]
pub fn roster_text(roster: &Roster) -> String {
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

#[derive(Serialize)]
struct MemberJson<'a> {
    code: String,
    name: &'a str,
    permanent: bool,
    term_first_year: Option<i32>,
    term_last_year: Option<i32>,
}

#[derive(Serialize)]
struct SeatChangeJson {
    date: &'static str,
    seat: &'static str,
    from: &'static str,
    to: &'static str,
    authority: &'static str,
    source: &'static str,
}

#[derive(Serialize)]
struct RosterJson<'a> {
    schema_version: u32,
    year: i32,
    members: Vec<MemberJson<'a>>,
    seat_changes: Vec<SeatChangeJson>,
    sources: &'a [&'static str],
}

/// The roster as one JSON object: `schema_version`, `year`, `members`, `sources`.
#[must_use]
pub fn roster_json(roster: &Roster) -> String {
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
    pretty(&RosterJson {
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
    })
}

/// The roster as CSV: `code,name,permanent,term_first_year,term_last_year`.
#[must_use]
pub fn roster_csv(roster: &Roster) -> String {
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
