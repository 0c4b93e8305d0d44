//! `unsc record` (the veto record) and `unsc roster YEAR`, end to end; JSON read back into
//! strict mirror structs.

use crate::support::{stdout, unsc};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordJson {
    schema_version: u32,
    coverage: CoverageJson,
    vetoed: usize,
    failed: usize,
    by_decade: std::collections::BTreeMap<String, std::collections::BTreeMap<String, usize>>,
    votes: Vec<RowJson>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CoverageJson {
    library_list: String,
    library_copy: String,
    library_copy_from: String,
    library_copy_to: String,
    statement: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RowJson {
    id: String,
    date: String,
    draft: Option<String>,
    meeting: Option<String>,
    agenda: Option<String>,
    outcome: String,
    vetoed_by: Vec<String>,
    tally: Option<TallyJson>,
    scenario: Option<String>,
    replay: Option<ReplayJson>,
    not_replayable: Option<String>,
    sources: Vec<String>,
    note: Option<String>,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct TallyJson {
    yes: usize,
    no: usize,
    abstain: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplayJson {
    basis: String,
    outcome: String,
    vetoed_by: Vec<String>,
    agrees: bool,
}

#[test]
fn record_lists_every_row_with_sources_and_replays_the_replayable_ones() {
    let json: RecordJson =
        serde_json::from_str(&stdout(&["record", "--format", "json"])).expect("JSON");
    assert_eq!(json.schema_version, 1);
    assert_eq!(
        (
            json.coverage.library_copy_from.as_str(),
            json.coverage.library_copy_to.as_str()
        ),
        ("1946-02-16", "2022-07-08")
    );
    assert!(json.coverage.library_list.contains("research.un.org"));
    assert!(json.coverage.library_copy.contains("github.com"));
    assert!(json.coverage.statement.contains("not known to be complete"));
    assert_eq!(json.vetoed + json.failed, json.votes.len());
    for row in &json.votes {
        assert!(!row.sources.is_empty(), "{}", row.id);
        assert_eq!(row.date.len(), 10);
        assert!(
            row.replay.is_some() != row.not_replayable.is_some(),
            "{}",
            row.id
        );
        if let Some(replay) = &row.replay {
            assert!(replay.agrees, "{}: {replay:?}", row.id);
            assert_eq!(replay.outcome, row.outcome);
            assert!(["member-votes", "tally"].contains(&replay.basis.as_str()));
            assert_eq!(replay.vetoed_by.len(), row.vetoed_by.len());
        }
        if row.outcome == "vetoed" {
            assert!(!row.vetoed_by.is_empty(), "{}", row.id);
        }
        let _ = (
            &row.draft,
            &row.meeting,
            &row.agenda,
            &row.scenario,
            &row.note,
        );
    }
    let first = &json.votes[0];
    assert_eq!(
        (first.date.as_str(), first.vetoed_by.as_slice()),
        ("1946-02-16", &["SUN".to_owned()][..])
    );
    let syria = json
        .votes
        .iter()
        .find(|r| r.draft.as_deref() == Some("S/2011/612"))
        .expect("the 2011 Syria draft");
    assert_eq!(
        syria.tally,
        Some(TallyJson {
            yes: 9,
            no: 2,
            abstain: 4
        })
    );
    assert!(json.by_decade["1940s"]["SUN"] > 0);
}

#[test]
fn record_after_the_library_copy_has_every_sourced_veto_with_a_tally() {
    let json: RecordJson =
        serde_json::from_str(&stdout(&["record", "--format", "json"])).expect("JSON");
    let to = json.coverage.library_copy_to.clone();
    let copied = json
        .votes
        .iter()
        .filter(|r| r.outcome == "vetoed" && r.date <= to)
        .count();
    assert_eq!(
        copied, 214,
        "every row of the stored copy of the Library's list"
    );
    let later: Vec<&RowJson> = json.votes.iter().filter(|r| r.date > to).collect();
    assert!(
        later
            .iter()
            .all(|r| r.tally.is_some() && r.replay.is_some())
    );
    let latest = later
        .iter()
        .filter(|r| r.outcome == "vetoed")
        .map(|r| r.date.as_str())
        .max();
    assert_eq!(latest, Some("2025-09-18"));
    assert!(json.coverage.statement.contains("2025-09-18"));
    let sc15907 = later
        .iter()
        .find(|r| r.sources.iter().any(|s| s.contains("sc15907")))
        .expect("the veto of press release SC/15907");
    assert_eq!(
        (sc15907.date.as_str(), sc15907.vetoed_by.as_slice()),
        ("2024-11-20", &["USA".to_owned()][..])
    );
}

#[test]
fn record_filters_and_counts() {
    let json: RecordJson = serde_json::from_str(&stdout(&[
        "record",
        "--outcome",
        "vetoed",
        "--member",
        "GBR",
        "--since",
        "1956",
        "--until",
        "1956",
        "--format",
        "json",
    ]))
    .expect("JSON");
    let drafts: Vec<&str> = json
        .votes
        .iter()
        .filter_map(|r| r.draft.as_deref())
        .collect();
    assert_eq!(drafts, ["S/3713/Rev.1 (as amended)", "S/3710 (as amended)"]);
    let csv = stdout(&["record", "--outcome", "failed", "--format", "csv"]);
    assert!(csv.starts_with("id,date,draft,meeting,agenda,outcome,vetoed_by,yes,no,abstain"));
    assert!(csv.lines().skip(1).all(|l| l.contains(",failed,")));
    let markdown = stdout(&["record", "--since", "2024", "--format", "markdown"]);
    assert!(markdown.contains("| decade | CHN | FRA | SUN | RUS | GBR | USA | total |"));
}

#[test]
fn record_prints_a_rows_scenario_and_writes_the_html_chart() {
    let text = stdout(&["record", "--scenario", "2011-10-04-1"]);
    let scenario = unsc::scenario::load("row.toml", &text).expect("a valid scenario");
    assert_eq!(scenario.meta.id, "2011-10-04-syria-double-veto");
    unsc()
        .args(["record", "--scenario", "1946-02-16-1"])
        .assert()
        .code(1);
    let dir = tempfile::tempdir().expect("temp dir");
    let page = dir.path().join("vetoes.html");
    let page_arg = page.to_str().expect("UTF-8 path");
    unsc()
        .args(["record", "--report", "-o", page_arg])
        .assert()
        .success();
    let html = std::fs::read_to_string(&page).expect("written");
    assert!(html.contains("Vetoes per decade"));
    assert!(html.contains("1940s"));
    assert!(!html.contains("<script"));
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RosterJson {
    schema_version: u32,
    year: i32,
    members: Vec<MemberJson>,
    seat_changes: Vec<SeatChangeJson>,
    sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeatChangeJson {
    date: String,
    seat: String,
    from: String,
    to: String,
    authority: String,
    source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberJson {
    code: String,
    name: String,
    permanent: bool,
    term_first_year: Option<i32>,
    term_last_year: Option<i32>,
}

#[test]
fn roster_prints_a_years_council_in_text_json_and_csv() {
    for (year, size, russian_seat) in [(1950, 11, "SUN"), (1991, 15, "SUN"), (1992, 15, "RUS")] {
        let json: RosterJson =
            serde_json::from_str(&stdout(&["roster", &year.to_string(), "--format", "json"]))
                .expect("JSON");
        assert_eq!((json.schema_version, json.year), (1, year));
        assert_eq!(json.members.len(), size);
        let permanent: Vec<&str> = json
            .members
            .iter()
            .filter(|m| m.permanent)
            .map(|m| m.code.as_str())
            .collect();
        assert_eq!(permanent, ["CHN", "FRA", russian_seat, "GBR", "USA"]);
        for m in &json.members {
            assert_eq!(m.permanent, m.term_first_year.is_none(), "{}", m.name);
            assert!(m.term_first_year <= m.term_last_year);
        }
        assert!(!json.sources.is_empty());
        let changes: Vec<(&str, &str)> = json
            .seat_changes
            .iter()
            .map(|c| (c.date.as_str(), c.seat.as_str()))
            .collect();
        let expected: &[(&str, &str)] = if year == 1991 {
            &[("1991-12-24", "SUN")]
        } else {
            &[]
        };
        assert_eq!(changes, expected);
        assert!(json.seat_changes.iter().all(|c| {
            !c.from.is_empty()
                && !c.to.is_empty()
                && !c.authority.is_empty()
                && !c.source.is_empty()
        }));
    }
    let china = stdout(&["roster", "1971"]);
    assert!(china.contains("CHN's seat: the Republic of China until 1971-10-25"));
    let csv = stdout(&["roster", "2023", "--format", "csv"]);
    assert!(
        csv.starts_with("code,name,permanent,term_first_year,term_last_year\nCHN,China,true,,")
    );
    unsc().args(["roster", "1945"]).assert().code(1);
}
