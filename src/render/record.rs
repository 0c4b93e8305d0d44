//! The veto record as a table, JSON, CSV, Markdown and an HTML chart of vetoes per decade.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use maud::html;
use serde::Serialize;

use crate::history::{
    COUNT_CHECKED_TO, LIBRARY_COPY, LIBRARY_COPY_SPAN, LIBRARY_LIST, NotReplayable, RecordOutcome,
    RecordRow, RowReplay, vetoes_by_decade,
};
use crate::model::MemberCode;
use crate::render::document::{Block, Document, page};
use crate::render::json::JSON_SCHEMA_VERSION;
use crate::render::{Report, collect};

/// One listed row: its id, the row, and its replay.
pub struct ListedRow<'a> {
    /// The row's stable id (`DATE-K`).
    pub id: &'a str,
    /// The row.
    pub row: &'a RecordRow,
    /// The engine's replay, or why there is none.
    pub replay: Result<RowReplay, NotReplayable>,
}

/// The listed rows of the veto record: a table, the counts, vetoes per decade by member and
/// the coverage; as HTML, a chart of vetoes per decade.
impl Report for [ListedRow<'_>] {
    fn json(&self) -> Option<impl Serialize> {
        Some(record_json(self))
    }

    fn text(&self) -> Option<String> {
        Some(record_text(self))
    }

    fn document(&self) -> Option<Document> {
        Some(record_document(self))
    }

    fn html(&self) -> Option<String> {
        Some(record_html(self))
    }

    fn csv(&self) -> Option<String> {
        Some(record_csv(self))
    }
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
    let checked = COUNT_CHECKED_TO;
    let mut text = format!(
        "Coverage: every veto on a stored copy of the Dag Hammarskjöld Library's veto list from {from} to {to}; after {to}, the vetoes read one by one, checked complete by count to {checked} against the UN's yearly Highlights of Security Council Practice; after {checked}"
    );
    if let Some(latest) = latest.filter(|d| *d > checked) {
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
        "{} draft{}: {vetoed} vetoed, {} failed; {replayed} replayed by the engine, {disagree} disagreeing",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" },
        rows.len() - vetoed
    )
}

/// The rows as a table, the counts, vetoes per decade by member, and the coverage.
fn record_text(rows: &[ListedRow<'_>]) -> String {
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

/// The rows and the per-decade table as a document.
fn record_document(rows: &[ListedRow<'_>]) -> Document {
    let title = "Vetoed and failed drafts";
    let head = [
        "id",
        "draft",
        "meeting",
        "outcome",
        "vetoed by",
        "tally",
        "replay",
        "agenda",
    ];
    let table = rows
        .iter()
        .map(|r| {
            vec![
                r.id.to_owned(),
                r.row.draft.as_deref().unwrap_or("—").to_owned(),
                r.row.meeting.as_deref().unwrap_or("—").to_owned(),
                r.row.outcome.as_str().to_owned(),
                codes(&r.row.vetoed_by),
                tally(r.row),
                replay_word(&r.replay),
                r.row.agenda.as_deref().unwrap_or("—").to_owned(),
            ]
        })
        .collect();
    let mut decade_head = vec!["decade".to_owned()];
    decade_head.extend(SEATS.map(str::to_owned));
    decade_head.push("total".to_owned());
    let decades = decade_rows(rows)
        .into_iter()
        .map(|(decade, counts)| {
            let mut cells = vec![format!("{decade}s")];
            cells.extend(counts.iter().map(ToString::to_string));
            cells.push(counts.iter().sum::<usize>().to_string());
            cells
        })
        .collect();
    Document::new(
        title,
        vec![
            Block::Heading(1, title.to_owned()),
            Block::Para(coverage_sentence(rows)),
            Block::Table(head.map(str::to_owned).to_vec(), table),
            Block::Para(counts_line(rows)),
            Block::Counts(decade_head, decades),
        ],
    )
}

/// The rows as CSV, one line per draft.
fn record_csv(rows: &[ListedRow<'_>]) -> String {
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

/// A tally, where a source gives one.
#[derive(Serialize)]
struct TallyJson {
    /// Votes in favour.
    yes: usize,
    /// Votes against.
    no: usize,
    /// Abstentions.
    abstain: usize,
}

/// The engine's replay of a row.
#[derive(Serialize)]
struct ReplayJson {
    /// `member-votes` or `tally`: what the replay was computed from.
    basis: &'static str,
    /// The outcome computed.
    outcome: &'static str,
    /// The codes of the members whose negative vote vetoed it, as computed.
    vetoed_by: Vec<String>,
    /// Whether the computed outcome and vetoes agree with the row.
    agrees: bool,
}

/// One draft of the record.
#[derive(Serialize)]
struct RowJson<'a> {
    /// `DATE-K`, the row's place among that day's rows.
    id: &'a str,
    /// `YYYY-MM-DD`.
    date: String,
    /// The draft's symbol, as the sources give it.
    draft: Option<&'a str>,
    /// The meeting's record symbol.
    meeting: Option<&'a str>,
    /// The agenda item.
    agenda: Option<&'a str>,
    /// `vetoed` or `failed`.
    outcome: &'static str,
    /// Permanent members' codes (the Soviet Union as `SUN`).
    vetoed_by: Vec<String>,
    /// The tally, where a source gives it.
    tally: Option<TallyJson>,
    /// The bundled scenario holding each member's vote.
    scenario: Option<&'a str>,
    /// The engine's replay, if there is one.
    replay: Option<ReplayJson>,
    /// Why there is no replay.
    not_replayable: Option<&'static str>,
    /// Where the row's facts were read.
    sources: &'a [String],
    /// Disagreements between sources, and what the row leaves out.
    note: Option<&'a str>,
}

/// What the record covers.
#[derive(Serialize)]
struct CoverageJson {
    /// The Library's veto list.
    library_list: &'static str,
    /// The stored copy followed.
    library_copy: &'static str,
    /// The first date the copy spans.
    library_copy_from: String,
    /// The last date the copy spans.
    library_copy_to: String,
    /// What the record covers, in words.
    statement: String,
}

/// The JSON form of the record (`unsc record --format json`; `docs/json.md`).
#[derive(Serialize)]
struct RecordJson<'a> {
    /// [`JSON_SCHEMA_VERSION`].
    schema_version: u32,
    /// What the record covers.
    coverage: CoverageJson,
    /// Rows listed that were vetoed.
    vetoed: usize,
    /// Rows listed that failed.
    failed: usize,
    /// Decade (`1940s`) → member code → vetoes, each vetoing member of a draft counting once.
    by_decade: BTreeMap<String, BTreeMap<&'static str, usize>>,
    /// The drafts.
    votes: Vec<RowJson<'a>>,
}

/// The rows' JSON form.
fn record_json<'a>(rows: &'a [ListedRow<'_>]) -> RecordJson<'a> {
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
    RecordJson {
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
    }
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
fn record_html(rows: &[ListedRow<'_>]) -> String {
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

#[cfg(test)]
#[allow(clippy::needless_raw_string_hashes)] // snapbox writes its inline snapshots so
mod tests {
    use snapbox::{assert_data_eq, str};

    use super::ListedRow;
    use crate::history::{replay_row, row_ids, veto_record};
    use crate::render::{Format, render};

    /// One row of the record, a double veto, as Markdown.
    #[test]
    fn markdown_of_a_double_veto() {
        let rows = veto_record().unwrap();
        let ids = row_ids(&rows);
        let listed: Vec<ListedRow<'_>> = rows
            .iter()
            .zip(&ids)
            .filter(|(_, id)| id.as_str() == "2024-03-22-1")
            .map(|(row, id)| ListedRow {
                id,
                row,
                replay: replay_row(row),
            })
            .collect();
        assert_data_eq!(
            render(listed.as_slice(), Format::Markdown).unwrap(),
            str![[r#"
# Vetoed and failed drafts

Coverage: every veto on a stored copy of the Dag Hammarskjöld Library's veto list from 1946-02-16 to 2022-07-08; after 2022-07-08, the vetoes read one by one, checked complete by count to 2023-12-31 against the UN's yearly Highlights of Security Council Practice; after 2023-12-31 (the latest: 2024-03-22), not known to be complete. Failed drafts are listed only where a bundled scenario or a report was read.

| id | draft | meeting | outcome | vetoed by | tally | replay | agenda |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 2024-03-22-1 | — | S/PV.9574 | vetoed | CHN RUS | 11-3-1 | agrees (tally) | Middle East: the imperative of an immediate and sustained ceasefire in Gaza (the United States' draft) |

1 draft: 1 vetoed, 0 failed; 1 replayed by the engine, 0 disagreeing

| decade | CHN | FRA | SUN | RUS | GBR | USA | total |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| 2020s | 1 | 0 | 0 | 1 | 0 | 0 | 2 |

"#]]
        );
    }
}
