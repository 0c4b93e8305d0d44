//! The `power` command end to end: published values, every source of a game, every format,
//! and clear errors for bad weights files.

use crate::support::{json, stdout, unsc};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Exact {
    fraction: String,
    value: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberPower {
    member: String,
    weight: u64,
    veto: bool,
    shapley_shubik: Option<Exact>,
    banzhaf_swings: Option<String>,
    banzhaf_absolute: Option<Exact>,
    banzhaf_normalized: Option<Exact>,
    deegan_packel: Option<Exact>,
    holler: Option<Exact>,
    johnston: Option<Exact>,
    ternary_abstention_not_veto: Option<Exact>,
    ternary_abstention_blocks: Option<Exact>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PowerReport {
    schema_version: u32,
    title: String,
    quota: u64,
    power_to_act: Option<Exact>,
    omitted: Vec<String>,
    members: Vec<MemberPower>,
}

/// Before 1966 the roster has eleven members and the rule in force is seven votes of eleven.
/// Shapley–Shubik then gives a permanent member 76/385 and an elected one 1/462: a pivotal
/// elected member comes seventh, after all five permanent members and one of the other five
/// elected ones, in 5 · 6! · 4! of the 11! orders: 1/462; and 5 · 76/385 + 6/462 = 1.
#[test]
fn the_1950_council_votes_under_the_1945_charter() {
    let p: PowerReport = json(&["power", "--council", "1950", "--format", "json"]);
    assert_eq!((p.quota, p.members.len()), (7, 11));
    assert!(p.title.contains("charter-1945"));
    let ss = |code: &str| {
        let m = p.members.iter().find(|m| m.member == code).expect("member");
        m.shapley_shubik
            .as_ref()
            .expect("computed")
            .fraction
            .clone()
    };
    assert_eq!(ss("SUN"), "76/385");
    assert_eq!(ss("YUG"), "1/462");
}

#[test]
fn the_published_values_as_json() {
    let p: PowerReport = json(&[
        "power",
        "2023-08-30-mali-sanctions-france-uae",
        "--format",
        "json",
    ]);
    assert_eq!((p.schema_version, p.quota, p.members.len()), (1, 9, 15));
    assert!(p.title.contains("2023-08-30-mali-sanctions-france-uae"));
    let rus = p.members.iter().find(|m| m.member == "RUS").expect("RUS");
    assert!(rus.veto && rus.weight == 1);
    assert_eq!(
        rus.shapley_shubik.as_ref().expect("computed").fraction,
        "421/2145"
    );
    assert!((rus.shapley_shubik.as_ref().expect("computed").value - 0.196_270).abs() < 1e-6);
    assert_eq!(
        rus.banzhaf_normalized.as_ref().expect("computed").fraction,
        "106/635"
    );
    assert_eq!(rus.banzhaf_swings.as_deref(), Some("848"));
    assert_eq!(
        rus.banzhaf_absolute.as_ref().expect("computed").fraction,
        "53/1024"
    );
    assert_eq!(
        rus.deegan_packel.as_ref().expect("computed").fraction,
        "1/9"
    );
    assert!(
        rus.ternary_abstention_not_veto
            .as_ref()
            .expect("ternary")
            .value
            > rus
                .ternary_abstention_blocks
                .as_ref()
                .expect("ternary")
                .value
    );
    let jpn = p.members.iter().find(|m| m.member == "JPN").expect("JPN");
    assert_eq!(
        jpn.shapley_shubik.as_ref().expect("computed").fraction,
        "4/2145"
    );
    assert_eq!(
        p.power_to_act.as_ref().expect("computed").fraction,
        "53/2048"
    );
}

#[test]
fn without_the_veto_every_member_is_equal() {
    let p: PowerReport = json(&["power", "--rules", "no-veto", "--format", "json"]);
    assert!(
        p.members
            .iter()
            .all(|m| !m.veto && m.shapley_shubik.as_ref().expect("computed").fraction == "1/15")
    );
    let p: PowerReport = json(&["power", "--rules", "charter-1945", "--format", "json"]);
    assert_eq!((p.members.len(), p.quota), (11, 7));
}

/// Whether decimal index values add up to 1 (to within rounding).
fn sums_to_one(values: impl Iterator<Item = f64>) -> bool {
    (values.sum::<f64>() - 1.0).abs() < 1e-9
}

#[test]
fn reform_presets_seat_their_new_members_with_the_right_vetoes() {
    for (preset, seats, quota, vetoes) in [
        ("g4", 25, 15, 5),
        ("uniting-for-consensus", 25, 15, 5),
        ("ezulwini", 26, 16, 11),
    ] {
        let p: PowerReport = json(&["power", "--rules", preset, "--format", "json"]);
        assert_eq!(p.members.len(), seats, "{preset}");
        assert_eq!(p.quota, quota, "{preset}");
        assert_eq!(
            p.members.iter().filter(|m| m.veto).count(),
            vetoes,
            "{preset}"
        );
        assert!(
            sums_to_one(
                p.members
                    .iter()
                    .map(|m| m.shapley_shubik.as_ref().expect("computed").value)
            ),
            "{preset}"
        );
    }
    // The G4's new permanent seats hold no veto: they are worth an elected seat.
    let p: PowerReport = json(&["power", "--rules", "g4", "--format", "json"]);
    let value = |label: &str| {
        p.members
            .iter()
            .find(|m| m.member == label)
            .map(|m| {
                m.shapley_shubik
                    .as_ref()
                    .expect("computed")
                    .fraction
                    .clone()
            })
            .expect(label)
    };
    assert_eq!(value("N1"), value("E1"));
}

#[test]
fn a_years_council_and_a_scenario_take_the_new_seats_too() {
    let p: PowerReport = json(&[
        "power",
        "--council",
        "2023",
        "--rules",
        "ezulwini",
        "--format",
        "json",
    ]);
    assert_eq!(p.members.len(), 26);
    let new_permanent = p.members.iter().filter(|m| m.member.starts_with("XP"));
    assert!(new_permanent.clone().count() == 6 && new_permanent.clone().all(|m| m.veto));
    let p: PowerReport = json(&[
        "power",
        "2023-08-30-mali-sanctions-france-uae",
        "--rules",
        "g4",
        "--format",
        "json",
    ]);
    assert_eq!((p.members.len(), p.quota), (25, 15));
    assert!(
        p.members
            .iter()
            .filter(|m| m.member.starts_with("XP"))
            .all(|m| !m.veto)
    );
}

/// The reform table in docs/power.md is the tool's output: each row's permanent-seat and
/// elected-seat Shapley–Shubik fractions, and its power to act.
#[test]
fn the_reform_table_in_the_docs_is_what_the_tool_computes() {
    let doc = std::fs::read_to_string("docs/power.md").expect("docs/power.md");
    let rows: Vec<Vec<&str>> = doc
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| l.split('|').map(str::trim).collect())
        .collect();
    assert!(rows.len() >= 7, "the reform table is missing");
    for row in rows {
        let preset = row[1].split('`').nth(1).expect("preset");
        let p: PowerReport = json(&["power", "--rules", preset, "--format", "json"]);
        let fraction = |cell: &str| cell.split(' ').next().unwrap_or_default().to_owned();
        let member = |label: &str| {
            p.members
                .iter()
                .find(|m| m.member == label)
                .expect(label)
                .shapley_shubik
                .as_ref()
                .expect("computed")
                .fraction
                .clone()
        };
        assert_eq!(fraction(row[4]), member("P1"), "{preset}");
        assert_eq!(fraction(row[6]), member("E1"), "{preset}");
        assert_eq!(
            fraction(row[8]),
            p.power_to_act.as_ref().expect("computed").fraction,
            "{preset}"
        );
    }
}

#[test]
fn veto_restraint_is_measured_on_the_drafts_it_concerns() {
    let p: PowerReport = json(&["power", "--rules", "veto-restraint", "--format", "json"]);
    assert!(p.title.contains("mass atrocities"));
    assert!(p.members.iter().all(|m| !m.veto));
}

#[test]
fn markdown_and_csv() {
    let text = stdout(&["power", "--rules", "charter", "--format", "csv"]);
    let mut lines = text.lines();
    assert!(
        lines
            .next()
            .is_some_and(|h| h.starts_with("member,weight,veto,shapley_shubik"))
    );
    assert!(text.contains("P1,1,true,0.1962703963,") && text.contains("421/2145"));
    assert_eq!(text.lines().count(), 16);
}

/// `unsc power --weights FILE --quota Q --format json` on a weights file with `text`.
fn weighted_json(text: &str, quota: &str) -> PowerReport {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("weights.csv");
    std::fs::write(&path, text).expect("write");
    let path = path.to_str().expect("utf-8");
    json::<PowerReport>(&[
        "power",
        "--weights",
        path,
        "--quota",
        quota,
        "--format",
        "json",
    ])
}

#[test]
fn weighted_games_from_csv() {
    let p = weighted_json("member,weight\nA,4\nB,2\nC,1\nD,1\n", "5");
    let a = &p.members[0];
    assert_eq!((a.member.as_str(), a.weight, a.veto), ("A", 4, false));
    // A is needed in every winning coalition of weight 5 or more but one: B+C+D = 4 loses.
    assert_eq!(a.banzhaf_swings.as_deref(), Some("7"));
    let total: f64 = p
        .members
        .iter()
        .map(|m| m.shapley_shubik.as_ref().expect("computed").value)
        .sum();
    assert!((total - 1.0).abs() < 1e-12);
}

/// Forty members weighing 1 to 40: too many kinds of member to enumerate coalitions by kind,
/// so the generating functions give every index.
fn forty_distinct(scale: u64, offset: u64) -> String {
    let rows: Vec<String> = (1..=40u64)
        .map(|i| format!("M{i},{}\n", i * scale + offset))
        .collect();
    format!("member,weight\n{}", rows.concat())
}

#[test]
fn large_weighted_games_get_every_index() {
    let p = weighted_json(&forty_distinct(1, 0), "411");
    for index in [
        |m: &MemberPower| m.deegan_packel.as_ref().expect("computed").value,
        |m: &MemberPower| m.holler.as_ref().expect("computed").value,
        |m: &MemberPower| m.johnston.as_ref().expect("computed").value,
    ] {
        let total: f64 = p.members.iter().map(index).sum();
        assert!((total - 1.0).abs() < 1e-12, "{total}");
        // Even the lightest member is in some minimal winning coalition.
        assert!(index(&p.members[0]) > 0.0);
    }
}

#[test]
fn games_too_large_to_measure_exactly_are_refused_not_crashed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("weights.csv");
    std::fs::write(&path, forty_distinct(1_000_000_007, 1)).expect("write");
    let out = unsc()
        .args(["power", "--weights"])
        .arg(&path)
        .args(["--quota", "400000000000"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let stderr = String::from_utf8_lossy(&out);
    assert!(stderr.contains("too large to measure exactly"), "{stderr}");
}

#[test]
fn zero_weights_and_a_veto_column_make_a_game() {
    // A holds a veto; B weighs nothing, so it is never critical.
    let p = weighted_json(
        "member,weight,veto\r\nA,1,true\r\nB,0,\r\nC,1,false\r\n",
        "2",
    );
    let read: Vec<(&str, u64, bool)> = p
        .members
        .iter()
        .map(|m| (m.member.as_str(), m.weight, m.veto))
        .collect();
    assert_eq!(read, [("A", 1, true), ("B", 0, false), ("C", 1, false)]);
    assert_eq!(p.members[1].banzhaf_swings.as_deref(), Some("0"));
    assert_eq!(p.members[0].banzhaf_swings, p.members[2].banzhaf_swings);
}

#[test]
fn bad_weights_files_name_their_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (text, quota, message) in [
        (
            "member,weight\nA,4\nA,2\n",
            "3",
            "weights.csv:3: A is listed twice; first on line 2 [duplicate-member]",
        ),
        (
            "member,weight\r\nA,4\r\nB,four\r\n",
            "3",
            "weights.csv:3: `four` is not a whole-number weight (0 or more) [invalid-weight]",
        ),
        (
            "member,weight\nA,18446744073709551615\nB,2\n",
            "4",
            "weights.csv:3: the weights add up to more than 18446744073709551615 [total-weight-too-large]",
        ),
        (
            "name,votes\nA,1\n",
            "1",
            "weights.csv:1: the header must name the columns `member` and `weight`",
        ),
        (
            "member,weight\nA,1\nB,1\n",
            "3",
            "a quota of 3 is impossible",
        ),
        ("member,weight\n", "1", "a game needs at least one player"),
    ] {
        let path = dir.path().join("weights.csv");
        std::fs::write(&path, text).expect("write");
        let out = unsc()
            .args(["power", "--weights"])
            .arg(&path)
            .args(["--quota", quota])
            .assert()
            .code(1)
            .get_output()
            .stderr
            .clone();
        let stderr = String::from_utf8_lossy(&out);
        // `weights.csv:LINE: MESSAGE [CODE]` is printed as a diagnostic at that line.
        let parts: Vec<String> = match message.strip_prefix("weights.csv:") {
            Some(rest) => {
                let (line, rest) = rest.split_once(": ").expect("LINE: MESSAGE");
                let (text, code) = rest.rsplit_once(" [").unwrap_or((rest, "]"));
                vec![
                    format!("weights.csv:{line}:1]"),
                    text.to_owned(),
                    code.trim_end_matches(']').to_owned(),
                ]
            }
            None => vec![message.to_owned()],
        };
        for part in parts {
            assert!(stderr.contains(&part), "{part} not in {stderr}");
        }
    }
    unsc()
        .args(["power", "--weights", "x.csv"])
        .assert()
        .code(2);
    unsc().args(["power", "--council", "1940"]).assert().code(2);
    unsc().args(["power", "--rules", "g5"]).assert().code(2);
}

#[test]
fn index_computes_only_the_measures_asked_for() {
    let p: PowerReport = json(&[
        "power",
        "--council",
        "2023",
        "--index",
        "banzhaf,shapley-shubik",
        "--format",
        "json",
    ]);
    let rus = p.members.iter().find(|m| m.member == "RUS").expect("RUS");
    assert_eq!(
        rus.shapley_shubik.as_ref().expect("asked for").fraction,
        "421/2145"
    );
    assert_eq!(rus.banzhaf_swings.as_deref(), Some("848"));
    assert!(rus.deegan_packel.is_none() && rus.holler.is_none() && rus.johnston.is_none());
    assert!(rus.ternary_abstention_not_veto.is_none());
    assert!(p.power_to_act.is_none() && p.omitted.is_empty());

    let text = stdout(&["power", "--council", "2023", "--index", "ternary,coleman"]);
    assert!(
        text.contains("36112/1594323") && text.contains("53/2048"),
        "{text}"
    );
    assert!(!text.contains("421/2145"), "{text}");

    let out = unsc()
        .args(["power", "--council", "2023", "--index", "ternary"])
        .args(["--format", "csv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8_lossy(&out);
    assert!(
        csv.starts_with(
            "member,weight,veto,ternary_abstention_not_veto,ternary_abstention_blocks,"
        ),
        "{csv}"
    );

    unsc()
        .args(["power", "--council", "2023", "--index", "banzhaf,power"])
        .assert()
        .code(2)
        .stderr_eq(snapbox::str![[r"
...
error: invalid value 'power' for '--index <LIST>': unknown index `power`; expected shapley-shubik, banzhaf, deegan-packel, holler, johnston, coleman or ternary
...
"]]);
}

/// Twenty-four members of distinct weights in the hundreds of thousands: Banzhaf and
/// Shapley–Shubik are cheap, the minimal-coalition indices would need more than their table
/// limit, and the ternary measure 3^24 profiles, so by default those are left out and named.
#[test]
fn by_default_costly_measures_are_left_out_and_named() {
    let rows: Vec<String> = (1..=24u64)
        .map(|i| format!("M{i},{}\n", i * 3001 + 1))
        .collect();
    let p = weighted_json(&format!("member,weight\n{}", rows.concat()), "450000");
    assert_eq!(
        p.omitted,
        ["deegan-packel", "holler", "johnston", "ternary"]
    );
    let total: f64 = p
        .members
        .iter()
        .map(|m| m.shapley_shubik.as_ref().expect("cheap").value)
        .sum();
    assert!((total - 1.0).abs() < 1e-12, "{total}");
    assert!(p.members[0].holler.is_none());
}
