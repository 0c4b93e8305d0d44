//! Power indices as text, JSON, Markdown or CSV, with exact fractions and decimals.

use std::fmt::Write as _;

use num_rational::BigRational;
use num_traits::ToPrimitive;
use serde::Serialize;

use crate::power::PowerIndices;
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

/// The indices as columns: name, values per player.
fn columns(p: &PowerIndices) -> [(&'static str, &Vec<BigRational>); 6] {
    [
        ("Shapley–Shubik", &p.shapley_shubik),
        ("Banzhaf (abs.)", &p.banzhaf_absolute),
        ("Banzhaf (norm.)", &p.banzhaf_normalized),
        ("Deegan–Packel", &p.deegan_packel),
        ("Holler", &p.holler),
        ("Johnston", &p.johnston),
    ]
}

/// Players with identical values on every index, as groups of indices.
fn groups(p: &PowerIndices) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..p.game.players.len() {
        let same = |j: usize| {
            columns(p).iter().all(|(_, v)| v[i] == v[j])
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
        for (name, _) in &cols {
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
            for (_, v) in &cols {
                write!(out, " {:>16.6}", decimal(&v[i]))?;
            }
            writeln!(out)?;
        }
        writeln!(out)?;
        writeln!(
            out,
            "Power of the collectivity to act (Coleman): {} ≈ {:.6}",
            fraction(&p.power_to_act),
            decimal(&p.power_to_act)
        )?;
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
                .map(|(name, v)| format!("{name} {}", fraction(&v[i])))
                .collect();
            writeln!(out, "  {}: {}", labels.join(", "), values.join("; "))?;
        }
        write_ternary(out, p)
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
        let cols = columns(p);
        write!(out, "| Member | Weight | Veto |")?;
        for (name, _) in &cols {
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
            for (_, v) in &cols {
                write!(out, " {} ≈ {:.5} |", fraction(&v[i]), decimal(&v[i]))?;
            }
            writeln!(out)?;
        }
        writeln!(out)?;
        writeln!(
            out,
            "Power of the collectivity to act (Coleman): {} ≈ {:.6}.",
            fraction(&p.power_to_act),
            decimal(&p.power_to_act)
        )?;
        Ok(())
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
    shapley_shubik: Exact,
    banzhaf_swings: String,
    banzhaf_absolute: Exact,
    banzhaf_normalized: Exact,
    deegan_packel: Exact,
    holler: Exact,
    johnston: Exact,
    ternary_abstention_not_veto: Option<Exact>,
    ternary_abstention_blocks: Option<Exact>,
}

#[derive(Serialize)]
struct PowerJson<'a> {
    schema_version: u32,
    title: &'a str,
    quota: u64,
    power_to_act: Exact,
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
            shapley_shubik: exact(&p.shapley_shubik[i]),
            banzhaf_swings: p.banzhaf_swings[i].to_string(),
            banzhaf_absolute: exact(&p.banzhaf_absolute[i]),
            banzhaf_normalized: exact(&p.banzhaf_normalized[i]),
            deegan_packel: exact(&p.deegan_packel[i]),
            holler: exact(&p.holler[i]),
            johnston: exact(&p.johnston[i]),
            ternary_abstention_not_veto: opt(p.ternary.as_ref().map(|t| &t.practice), i),
            ternary_abstention_blocks: opt(p.ternary.as_ref().map(|t| &t.literal), i),
        })
        .collect();
    pretty(&PowerJson {
        schema_version: JSON_SCHEMA_VERSION,
        title,
        quota: p.game.quota,
        power_to_act: exact(&p.power_to_act),
        members,
    })
}

/// The indices as CSV, one row per member, decimals then exact fractions.
#[must_use]
pub fn power_csv(p: &PowerIndices) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let cols = columns(p);
    let mut header = vec!["member".to_owned(), "weight".to_owned(), "veto".to_owned()];
    let keys = [
        "shapley_shubik",
        "banzhaf_absolute",
        "banzhaf_normalized",
        "deegan_packel",
        "holler",
        "johnston",
    ];
    header.extend(keys.iter().map(|k| (*k).to_owned()));
    header.extend(keys.iter().map(|k| format!("{k}_exact")));
    let mut rows = vec![header];
    for (i, player) in p.game.players.iter().enumerate() {
        let mut row = vec![
            player.label.clone(),
            player.weight.to_string(),
            player.veto.to_string(),
        ];
        row.extend(cols.iter().map(|(_, v)| format!("{:.10}", decimal(&v[i]))));
        row.extend(cols.iter().map(|(_, v)| fraction(&v[i])));
        rows.push(row);
    }
    for row in rows {
        // Writing to memory cannot fail.
        writer.write_record(&row).expect("writing CSV to memory");
    }
    String::from_utf8(writer.into_inner().expect("flushing CSV to memory"))
        .expect("CSV of UTF-8 fields is UTF-8")
}
