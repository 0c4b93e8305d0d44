//! The veto record as a table, JSON, CSV, Markdown and an HTML chart of vetoes per decade.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use maud::html;
use serde::Serialize;

use crate::history::{
    LIBRARY_COPY, LIBRARY_COPY_SPAN, LIBRARY_LIST, NotReplayable, RecordOutcome, RecordRow,
    RowReplay, vetoes_by_decade,
};
use crate::model::MemberCode;
use crate::render::collect;
use crate::render::document::page;
use crate::render::json::{JSON_SCHEMA_VERSION, pretty};

/// One listed row: its id, the row, and its replay.
pub struct ListedRow<'a> {
    /// The row's stable id (`DATE-K`).
    pub id: &'a str,
    /// The row.
    pub row: &'a RecordRow,
    /// The engine's replay, or why there is none.
    pub replay: Result<RowReplay, NotReplayable>,
}

/// The permanent seats in the order tables list them; the Soviet Union and the Russian
/// Federation apart.
const SEATS: [&str; 6] = ["CHN", "FRA", "SUN", "RUS", "GBR", "USA"];

fn coverage_sentence(rows: &[ListedRow<'_>]) -> String {
    let (from, to) = LIBRARY_COPY_SPAN;
    let latest = rows
        .iter()
        .filter(|r| r.row.outcome == RecordOutcome::Vetoed)
        .map(|r| r.row.date)
        .max();
    let mut text = format!(
        "Coverage: every veto on a stored copy of the Dag Hammarskjöld Library's veto list from {from} to {to}; after {to}, only the vetoes read one by one"
    );
    if let Some(latest) = latest.filter(|d| *d > to) {
        let _ = write!(text, " (the latest: {latest})");
    }
    text.push_str(
        ", not known to be complete. Failed drafts are listed only where a bundled scenario or a report was read.",
    );
    text
}

fn codes(list: &[MemberCode]) -> String {
    list.iter()
        .map(MemberCode::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

fn tally(row: &RecordRow) -> String {
    row.tally.map_or_else(
        || "—".to_owned(),
        |t| format!("{}-{}-{}", t.yes, t.no, t.abstain),
    )
}

fn replay_word(replay: &Result<RowReplay, NotReplayable>) -> String {
    match replay {
        Ok(r) if r.agrees => format!("agrees ({})", r.basis.as_str()),
        Ok(r) => format!("DISAGREES: {}", r.outcome),
        Err(why) => format!("not replayed: {}", why.as_str()),
    }
}

fn short(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(width - 1).collect();
        format!("{cut}…")
    }
}

/// Vetoes per decade and member, with a total column.
fn decade_rows(rows: &[ListedRow<'_>]) -> Vec<(i32, Vec<usize>)> {
    let records: Vec<RecordRow> = rows.iter().map(|r| r.row.clone()).collect();
    vetoes_by_decade(&records)
        .into_iter()
        .map(|(decade, members)| {
            let counts = SEATS
                .iter()
                .map(|s| {
                    members
                        .iter()
                        .find(|(c, _)| c.as_str() == *s)
                        .map_or(0, |(_, n)| *n)
                })
                .collect();
            (decade, counts)
        })
        .collect()
}

fn counts_line(rows: &[ListedRow<'_>]) -> String {
    let vetoed = rows
        .iter()
        .filter(|r| r.row.outcome == RecordOutcome::Vetoed)
        .count();
    let replayed = rows.iter().filter(|r| r.replay.is_ok()).count();
    let disagree = rows
        .iter()
        .filter(|r| r.replay.as_ref().is_ok_and(|p| !p.agrees))
        .count();
    format!(
        "{} drafts: {vetoed} vetoed, {} failed; {replayed} replayed by the engine, {disagree} disagreeing",
        rows.len(),
        rows.len() - vetoed
    )
}

/// The rows as a table, the counts, vetoes per decade by member, and the coverage.
#[must_use]
pub fn record_text(rows: &[ListedRow<'_>]) -> String {
    collect(|out| {
        writeln!(
            out,
            "{:<13}  {:<22}  {:<15}  {:<8}  {:<28}  Agenda",
            "Id", "Draft", "Outcome", "Tally", "Replay"
        )?;
        for r in rows {
            let by = if r.row.vetoed_by.is_empty() {
                r.row.outcome.as_str().to_owned()
            } else {
                format!("{} {}", r.row.outcome.as_str(), codes(&r.row.vetoed_by))
            };
            writeln!(
                out,
                "{:<13}  {:<22}  {:<15}  {:<8}  {:<28}  {}",
                r.id,
                short(r.row.draft.as_deref().unwrap_or("—"), 22),
                by,
                tally(r.row),
                replay_word(&r.replay),
                short(r.row.agenda.as_deref().unwrap_or("—"), 60)
            )?;
        }
        writeln!(out, "\n{}", counts_line(rows))?;
        writeln!(
            out,
            "\nVetoes per decade (each vetoing member counts once):"
        )?;
        write!(out, "{:<7}", "Decade")?;
        for s in SEATS {
            write!(out, "{s:>5}")?;
        }
        writeln!(out, "{:>7}", "Total")?;
        for (decade, counts) in decade_rows(rows) {
            write!(out, "{:<7}", format!("{decade}s"))?;
            for n in &counts {
                write!(out, "{n:>5}")?;
            }
            writeln!(out, "{:>7}", counts.iter().sum::<usize>())?;
        }
        writeln!(out, "\n{}", coverage_sentence(rows))
    })
}

/// The rows and the per-decade table as Markdown.
#[must_use]
pub fn record_markdown(rows: &[ListedRow<'_>]) -> String {
    collect(|out| {
        writeln!(out, "# Vetoed and failed drafts\n")?;
        writeln!(out, "{}\n", coverage_sentence(rows))?;
        writeln!(
            out,
            "| id | draft | meeting | outcome | vetoed by | tally | replay | agenda |"
        )?;
        writeln!(out, "| --- | --- | --- | --- | --- | --- | --- | --- |")?;
        let cell = |s: &str| s.replace('|', "\\|");
        for r in rows {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} |",
                r.id,
                cell(r.row.draft.as_deref().unwrap_or("—")),
                cell(r.row.meeting.as_deref().unwrap_or("—")),
                r.row.outcome.as_str(),
                codes(&r.row.vetoed_by),
                tally(r.row),
                replay_word(&r.replay),
                cell(r.row.agenda.as_deref().unwrap_or("—"))
            )?;
        }
        writeln!(out, "\n{}\n", counts_line(rows))?;
        writeln!(out, "| decade | {} | total |", SEATS.join(" | "))?;
        writeln!(out, "| --- |{} --- |", " ---: |".repeat(SEATS.len()))?;
        for (decade, counts) in decade_rows(rows) {
            let cells: Vec<String> = counts.iter().map(ToString::to_string).collect();
            writeln!(
                out,
                "| {decade}s | {} | {} |",
                cells.join(" | "),
                counts.iter().sum::<usize>()
            )?;
        }
        Ok(())
    })
}

/// The rows as CSV, one line per draft.
#[must_use]
pub fn record_csv(rows: &[ListedRow<'_>]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = [
        "id",
        "date",
        "draft",
        "meeting",
        "agenda",
        "outcome",
        "vetoed_by",
        "yes",
        "no",
        "abstain",
        "replay",
        "sources",
        "note",
    ];
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(header);
    for r in rows {
        let count = |f: fn(&crate::history::RecordTally) -> usize| {
            r.row
                .tally
                .as_ref()
                .map(f)
                .map_or(String::new(), |n| n.to_string())
        };
        let _ = writer.write_record([
            r.id.to_owned(),
            r.row.date.to_string(),
            r.row.draft.clone().unwrap_or_default(),
            r.row.meeting.clone().unwrap_or_default(),
            r.row.agenda.clone().unwrap_or_default(),
            r.row.outcome.as_str().to_owned(),
            codes(&r.row.vetoed_by),
            count(|t| t.yes),
            count(|t| t.no),
            count(|t| t.abstain),
            replay_word(&r.replay),
            r.row.sources.join(" | "),
            r.row.note.clone().unwrap_or_default(),
        ]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[derive(Serialize)]
struct TallyJson {
    yes: usize,
    no: usize,
    abstain: usize,
}

#[derive(Serialize)]
struct ReplayJson {
    basis: &'static str,
    outcome: &'static str,
    vetoed_by: Vec<String>,
    agrees: bool,
}

#[derive(Serialize)]
struct RowJson<'a> {
    id: &'a str,
    date: String,
    draft: Option<&'a str>,
    meeting: Option<&'a str>,
    agenda: Option<&'a str>,
    outcome: &'static str,
    vetoed_by: Vec<String>,
    tally: Option<TallyJson>,
    scenario: Option<&'a str>,
    replay: Option<ReplayJson>,
    not_replayable: Option<&'static str>,
    sources: &'a [String],
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct CoverageJson {
    library_list: &'static str,
    library_copy: &'static str,
    library_copy_from: String,
    library_copy_to: String,
    statement: String,
}

#[derive(Serialize)]
struct RecordJson<'a> {
    schema_version: u32,
    coverage: CoverageJson,
    vetoed: usize,
    failed: usize,
    by_decade: BTreeMap<String, BTreeMap<&'static str, usize>>,
    votes: Vec<RowJson<'a>>,
}

/// The rows as one JSON object: `schema_version`, `coverage`, counts and a `votes` array.
#[must_use]
pub fn record_json(rows: &[ListedRow<'_>]) -> String {
    let strings = |c: &[MemberCode]| c.iter().map(ToString::to_string).collect();
    let votes = rows
        .iter()
        .map(|r| RowJson {
            id: r.id,
            date: r.row.date.to_string(),
            draft: r.row.draft.as_deref(),
            meeting: r.row.meeting.as_deref(),
            agenda: r.row.agenda.as_deref(),
            outcome: r.row.outcome.as_str(),
            vetoed_by: strings(&r.row.vetoed_by),
            tally: r.row.tally.map(|t| TallyJson {
                yes: t.yes,
                no: t.no,
                abstain: t.abstain,
            }),
            scenario: r.row.scenario.as_deref(),
            replay: r.replay.as_ref().ok().map(|p| ReplayJson {
                basis: p.basis.as_str(),
                outcome: p.outcome,
                vetoed_by: strings(&p.vetoed_by),
                agrees: p.agrees,
            }),
            not_replayable: r.replay.as_ref().err().map(|w| w.as_str()),
            sources: &r.row.sources,
            note: r.row.note.as_deref(),
        })
        .collect();
    let vetoed = rows
        .iter()
        .filter(|r| r.row.outcome == RecordOutcome::Vetoed)
        .count();
    let by_decade = decade_rows(rows)
        .into_iter()
        .map(|(decade, counts)| {
            let members = SEATS.iter().copied().zip(counts).collect();
            (format!("{decade}s"), members)
        })
        .collect();
    let (from, to) = LIBRARY_COPY_SPAN;
    pretty(&RecordJson {
        schema_version: JSON_SCHEMA_VERSION,
        coverage: CoverageJson {
            library_list: LIBRARY_LIST,
            library_copy: LIBRARY_COPY,
            library_copy_from: from.to_string(),
            library_copy_to: to.to_string(),
            statement: coverage_sentence(rows),
        },
        vetoed,
        failed: rows.len() - vetoed,
        by_decade,
        votes,
    })
}

/// Bar colour for each permanent seat, with its name (colour is never the only cue: each
/// bar is labelled).
const SEAT_STYLE: [(&str, &str); 6] = [
    ("#d73027", "China"),
    ("#4575b4", "France"),
    ("#7b3294", "Soviet Union"),
    ("#c2a5cf", "Russian Federation"),
    ("#1a9850", "United Kingdom"),
    ("#fdae61", "United States"),
];

/// The bar segments of one decade: x, width, colour, name, code and count per member.
#[allow(clippy::cast_precision_loss)] // counts of vetoes are tiny
fn segments(
    counts: &[usize],
    max: usize,
) -> Vec<(f64, f64, &'static str, &'static str, &'static str, usize)> {
    let mut x = 0.0;
    let mut out = Vec::new();
    for ((&n, (colour, name)), code) in counts.iter().zip(SEAT_STYLE).zip(SEATS) {
        if n > 0 {
            let w = 600.0 * n as f64 / max as f64;
            out.push((x, w, colour, name, code, n));
            x += w;
        }
    }
    out
}

/// A self-contained HTML page charting vetoes per decade by member.
#[must_use]
pub fn record_html(rows: &[ListedRow<'_>]) -> String {
    let decades = decade_rows(rows);
    let max = decades
        .iter()
        .map(|(_, c)| c.iter().sum::<usize>())
        .max()
        .unwrap_or(1)
        .max(1);
    let body = html! {
        main {
            h1 { "Vetoes per decade, by permanent member" }
            p { (coverage_sentence(rows)) }
            p { (counts_line(rows)) }
            table {
                thead { tr { th { "Decade" } th { "Vetoes" } th { "Total" } } }
                tbody {
                    @for (decade, counts) in &decades {
                        @let total: usize = counts.iter().sum();
                        tr {
                            td { (decade) "s" }
                            td {
                                svg width="600" height="24" role="img" aria-label=(format!("{total} vetoes in the {decade}s")) {
                                    @for (x, w, colour, name, code, n) in segments(counts, max) {
                                        rect x=(format!("{x:.1}")) y="2" width=(format!("{w:.1}")) height="20" fill=(colour) {
                                            title { (name) ": " (n) }
                                        }
                                        @if w >= 28.0 {
                                            text x=(format!("{:.1}", x + 3.0)) y="17" font-size="11" fill="#000" { (code) }
                                        }
                                    }
                                }
                            }
                            td { (total) }
                        }
                    }
                }
            }
            h2 { "Key" }
            ul {
                @for ((colour, name), code) in SEAT_STYLE.iter().zip(SEATS) {
                    li { span style=(format!("display:inline-block;width:1em;height:1em;background:{colour}")) {} " " (code) " — " (name) }
                }
            }
        }
    };
    page("Vetoes per decade", &body)
}
