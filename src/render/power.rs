//! Power indices as text, JSON, Markdown or CSV, with exact fractions and decimals.

use std::fmt::Write as _;

use num_rational::BigRational;
use num_traits::ToPrimitive;
use serde::Serialize;

use crate::power::{Index, PowerIndices};
use crate::render::collect;
use crate::render::json::{JSON_SCHEMA_VERSION, pretty};

/// The source for Felsenthal & Machover's ternary voting games.
pub const TERNARY_SOURCE: &str = "Felsenthal & Machover, \"Ternary voting games\", International Journal of Game Theory 26 (1997) 335–351";

fn decimal(value: &BigRational) -> f64 {
    value.to_f64().unwrap_or(f64::NAN)
}

fn fraction(value: &BigRational) -> String {
    value.to_string()
}

/// The computed per-player indices as columns: name, CSV key, values per player.
fn columns(p: &PowerIndices) -> Vec<(&'static str, &'static str, &Vec<BigRational>)> {
    [
        ("Shapley–Shubik", "shapley_shubik", &p.shapley_shubik),
        ("Banzhaf (abs.)", "banzhaf_absolute", &p.banzhaf_absolute),
        (
            "Banzhaf (norm.)",
            "banzhaf_normalized",
            &p.banzhaf_normalized,
        ),
        ("Deegan–Packel", "deegan_packel", &p.deegan_packel),
        ("Holler", "holler", &p.holler),
        ("Johnston", "johnston", &p.johnston),
    ]
    .into_iter()
    .filter_map(|(name, key, values)| values.as_ref().map(|v| (name, key, v)))
    .collect()
}

/// The ternary measure, when computed, as two columns.
fn ternary_columns(p: &PowerIndices) -> Vec<(&'static str, &'static str, &Vec<BigRational>)> {
    p.ternary.as_ref().map_or_else(Vec::new, |t| {
        vec![
            (
                "With abstention: abstention is not a veto",
                "ternary_abstention_not_veto",
                &t.practice,
            ),
            (
                "With abstention: abstention blocks",
                "ternary_abstention_blocks",
                &t.literal,
            ),
        ]
    })
}

fn index_name(index: Index) -> &'static str {
    match index {
        Index::ShapleyShubik => "Shapley–Shubik",
        Index::Banzhaf => "Banzhaf",
        Index::DeeganPackel => "Deegan–Packel",
        Index::Holler => "Holler",
        Index::Johnston => "Johnston",
        Index::Coleman => "Coleman's power to act",
        Index::Ternary => "the measure with abstention",
    }
}

/// A note on the measures left out for their cost, if any.
fn write_omitted(out: &mut String, p: &PowerIndices) -> std::fmt::Result {
    if p.omitted.is_empty() {
        return Ok(());
    }
    let names: Vec<&str> = p.omitted.iter().map(index_name).collect();
    let flags: Vec<&str> = p.omitted.iter().map(Index::name).collect();
    writeln!(out)?;
    writeln!(
        out,
        "Not computed, as it would take long on this game: {} (ask with --index {}).",
        names.join(", "),
        flags.join(",")
    )
}

fn write_power_to_act(out: &mut String, p: &PowerIndices, end: &str) -> std::fmt::Result {
    let Some(act) = &p.power_to_act else {
        return Ok(());
    };
    writeln!(out)?;
    writeln!(
        out,
        "Power of the collectivity to act (Coleman): {} ≈ {:.6}{end}",
        fraction(act),
        decimal(act)
    )
}

/// Players with identical values on every index, as groups of indices.
fn groups(p: &PowerIndices) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..p.game.players.len() {
        let same = |j: usize| {
            columns(p).iter().all(|(_, _, v)| v[i] == v[j])
                && ternary_columns(p).iter().all(|(_, _, v)| v[i] == v[j])
                && p.game.players[i].veto == p.game.players[j].veto
                && p.game.players[i].weight == p.game.players[j].weight
        };
        match groups.iter_mut().find(|g| same(g[0])) {
            Some(g) => g.push(i),
            None => groups.push(vec![i]),
        }
    }
    groups
}

/// The indices as a text table, with exact values by group.
#[must_use]
pub fn power_text(title: &str, p: &PowerIndices) -> String {
    collect(|out| {
        writeln!(out, "Voting power: {title}")?;
        writeln!(
            out,
            "Yes/no voting; quota {} of {} total weight; exact values.",
            p.game.quota,
            p.game.players.iter().map(|x| x.weight).sum::<u64>()
        )?;
        writeln!(out)?;
        let cols = columns(p);
        write!(out, "{:<12} {:>6} {:>5}", "Member", "Weight", "Veto")?;
        for (name, _, _) in &cols {
            write!(out, " {name:>16}")?;
        }
        writeln!(out)?;
        for (i, player) in p.game.players.iter().enumerate() {
            write!(
                out,
                "{:<12} {:>6} {:>5}",
                player.label,
                player.weight,
                if player.veto { "yes" } else { "" }
            )?;
            for (_, _, v) in &cols {
                write!(out, " {:>16.6}", decimal(&v[i]))?;
            }
            writeln!(out)?;
        }
        write_power_to_act(out, p, "")?;
        writeln!(out)?;
        writeln!(out, "Exact values:")?;
        for group in groups(p) {
            let labels: Vec<&str> = group
                .iter()
                .map(|&i| p.game.players[i].label.as_str())
                .collect();
            let i = group[0];
            let values: Vec<String> = cols
                .iter()
                .map(|(name, _, v)| format!("{name} {}", fraction(&v[i])))
                .collect();
            writeln!(out, "  {}: {}", labels.join(", "), values.join("; "))?;
        }
        write_ternary(out, p)?;
        write_omitted(out, p)
    })
}

fn write_ternary(out: &mut String, p: &PowerIndices) -> std::fmt::Result {
    let Some(t) = &p.ternary else { return Ok(()) };
    writeln!(out)?;
    writeln!(
        out,
        "With abstention: the probability that a member's vote alone, changed, flips adoption, when"
    )?;
    writeln!(
        out,
        "yes, no and abstain are equally likely ({TERNARY_SOURCE})."
    )?;
    writeln!(
        out,
        "{:<12} {:>26} {:>26}",
        "Member", "abstention is not a veto", "abstention blocks"
    )?;
    for group in groups(p) {
        let i = group[0];
        let labels: Vec<&str> = group
            .iter()
            .map(|&j| p.game.players[j].label.as_str())
            .collect();
        let label = if labels.len() > 2 {
            format!("{} … ({})", labels[0], labels.len())
        } else {
            labels.join(", ")
        };
        writeln!(
            out,
            "{label:<12} {:>26} {:>26}",
            format!(
                "{} ≈ {:.5}",
                fraction(&t.practice[i]),
                decimal(&t.practice[i])
            ),
            format!(
                "{} ≈ {:.5}",
                fraction(&t.literal[i]),
                decimal(&t.literal[i])
            )
        )?;
    }
    Ok(())
}

/// The indices as a Markdown table.
#[must_use]
pub fn power_markdown(title: &str, p: &PowerIndices) -> String {
    collect(|out| {
        writeln!(out, "## Voting power: {title}")?;
        writeln!(out)?;
        let mut cols = columns(p);
        cols.extend(ternary_columns(p));
        write!(out, "| Member | Weight | Veto |")?;
        for (name, _, _) in &cols {
            write!(out, " {name} |")?;
        }
        writeln!(out)?;
        writeln!(out, "|{}", " --- |".repeat(3 + cols.len()))?;
        for (i, player) in p.game.players.iter().enumerate() {
            write!(
                out,
                "| {} | {} | {} |",
                player.label,
                player.weight,
                if player.veto { "yes" } else { "" }
            )?;
            for (_, _, v) in &cols {
                write!(out, " {} ≈ {:.5} |", fraction(&v[i]), decimal(&v[i]))?;
            }
            writeln!(out)?;
        }
        write_power_to_act(out, p, ".")?;
        write_omitted(out, p)
    })
}

#[derive(Serialize)]
struct Exact {
    fraction: String,
    value: f64,
}

fn exact(value: &BigRational) -> Exact {
    Exact {
        fraction: fraction(value),
        value: decimal(value),
    }
}

#[derive(Serialize)]
struct PlayerJson {
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

#[derive(Serialize)]
struct PowerJson<'a> {
    schema_version: u32,
    title: &'a str,
    quota: u64,
    power_to_act: Option<Exact>,
    omitted: Vec<&'static str>,
    members: Vec<PlayerJson>,
}

/// The indices as JSON: each value as an exact fraction and a decimal.
#[must_use]
pub fn power_json(title: &str, p: &PowerIndices) -> String {
    let opt = |v: Option<&Vec<BigRational>>, i: usize| v.map(|v| exact(&v[i]));
    let members = p
        .game
        .players
        .iter()
        .enumerate()
        .map(|(i, player)| PlayerJson {
            member: player.label.clone(),
            weight: player.weight,
            veto: player.veto,
            shapley_shubik: opt(p.shapley_shubik.as_ref(), i),
            banzhaf_swings: p.banzhaf_swings.as_ref().map(|s| s[i].to_string()),
            banzhaf_absolute: opt(p.banzhaf_absolute.as_ref(), i),
            banzhaf_normalized: opt(p.banzhaf_normalized.as_ref(), i),
            deegan_packel: opt(p.deegan_packel.as_ref(), i),
            holler: opt(p.holler.as_ref(), i),
            johnston: opt(p.johnston.as_ref(), i),
            ternary_abstention_not_veto: opt(p.ternary.as_ref().map(|t| &t.practice), i),
            ternary_abstention_blocks: opt(p.ternary.as_ref().map(|t| &t.literal), i),
        })
        .collect();
    pretty(&PowerJson {
        schema_version: JSON_SCHEMA_VERSION,
        title,
        quota: p.game.quota,
        power_to_act: p.power_to_act.as_ref().map(exact),
        omitted: p.omitted.iter().map(Index::name).collect(),
        members,
    })
}

/// The indices as CSV, one row per member, decimals then exact fractions.
#[must_use]
pub fn power_csv(p: &PowerIndices) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut cols = columns(p);
    cols.extend(ternary_columns(p));
    let mut header = vec!["member".to_owned(), "weight".to_owned(), "veto".to_owned()];
    header.extend(cols.iter().map(|(_, k, _)| (*k).to_owned()));
    header.extend(cols.iter().map(|(_, k, _)| format!("{k}_exact")));
    let mut rows = vec![header];
    for (i, player) in p.game.players.iter().enumerate() {
        let mut row = vec![
            player.label.clone(),
            player.weight.to_string(),
            player.veto.to_string(),
        ];
        row.extend(
            cols.iter()
                .map(|(_, _, v)| format!("{:.10}", decimal(&v[i]))),
        );
        row.extend(cols.iter().map(|(_, _, v)| fraction(&v[i])));
        rows.push(row);
    }
    for row in rows {
        // Writing to memory cannot fail.
        writer.write_record(&row).expect("writing CSV to memory");
    }
    String::from_utf8(writer.into_inner().expect("flushing CSV to memory"))
        .expect("CSV of UTF-8 fields is UTF-8")
}
