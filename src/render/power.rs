//! Power indices as text, JSON, Markdown or CSV, with exact fractions and decimals.

use std::fmt::Write as _;
use unicode_width::UnicodeWidthStr;

use num_rational::BigRational;
use num_traits::ToPrimitive;
use serde::Serialize;

use crate::power::{Index, IndexSet, PowerIndices};
use crate::render::document::{Block, Document};
use crate::render::json::JSON_SCHEMA_VERSION;
use crate::render::{Format, Report, collect};

/// Power indices of a voting game, under a title saying what was measured.
#[derive(Clone, Copy, Debug)]
pub struct PowerReport<'a> {
    /// What was measured, e.g. "the Council of 2026 — rules charter".
    pub title: &'a str,
    /// The indices.
    pub indices: &'a PowerIndices,
}

impl Report for PowerReport<'_> {
    fn json(&self) -> Option<impl Serialize> {
        Some(power_json(self.title, self.indices))
    }

    fn text(&self) -> Option<String> {
        Some(power_text(self.title, self.indices))
    }

    fn document(&self) -> Option<Document> {
        Some(power_document(self.title, self.indices))
    }

    fn csv(&self) -> Option<String> {
        Some(power_csv(self.indices))
    }
}

/// The measures a format shows unless others are asked for: CSV and Markdown have no line for
/// Coleman's, and show the ternary measure only when it is asked for.
#[must_use]
pub fn shown_indices(format: Format) -> IndexSet {
    match format {
        Format::Markdown | Format::Html => IndexSet::all().without(Index::Ternary),
        Format::Csv => IndexSet::all()
            .without(Index::Ternary)
            .without(Index::Coleman),
        Format::Text | Format::Json => IndexSet::all(),
    }
}

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
fn omitted(p: &PowerIndices) -> Option<String> {
    if p.omitted.is_empty() {
        return None;
    }
    let names: Vec<&str> = p.omitted.iter().map(index_name).collect();
    let flags: Vec<&str> = p.omitted.iter().map(Index::name).collect();
    Some(format!(
        "Not computed, as it would take long on this game: {} (ask with --index {}).",
        names.join(", "),
        flags.join(",")
    ))
}

/// Coleman's power of the collectivity to act, if computed.
fn power_to_act(p: &PowerIndices) -> Option<String> {
    p.power_to_act.as_ref().map(|act| {
        format!(
            "Power of the collectivity to act (Coleman): {} ≈ {:.6}",
            fraction(act),
            decimal(act)
        )
    })
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
fn power_text(title: &str, p: &PowerIndices) -> String {
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
        // Columns as wide as their widest entry, so a long label or a large weight keeps
        // its row in line; labels are padded by display width.
        let players = &p.game.players;
        let label_width = players.iter().map(|x| x.label.width()).fold(12, usize::max);
        let weight_width = players
            .iter()
            .map(|x| x.weight.to_string().len())
            .fold(6, usize::max);
        let label = |text: &str| format!("{text}{}", " ".repeat(label_width - text.width()));
        write!(
            out,
            "{} {:>weight_width$} {:>5}",
            label("Member"),
            "Weight",
            "Veto"
        )?;
        for (name, _, _) in &cols {
            write!(out, " {name:>16}")?;
        }
        writeln!(out)?;
        for (i, player) in players.iter().enumerate() {
            write!(
                out,
                "{} {:>weight_width$} {:>5}",
                label(&player.label),
                player.weight,
                if player.veto { "yes" } else { "" }
            )?;
            for (_, _, v) in &cols {
                write!(out, " {:>16.6}", decimal(&v[i]))?;
            }
            writeln!(out)?;
        }
        if let Some(act) = power_to_act(p) {
            writeln!(out)?;
            writeln!(out, "{act}")?;
        }
        // Nothing to give exact values of when every measure was left out.
        if !cols.is_empty() {
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
        }
        write_ternary(out, p)?;
        if let Some(omitted) = omitted(p) {
            writeln!(out)?;
            writeln!(out, "{omitted}")?;
        }
        Ok(())
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

/// The indices as a document: a table with exact fractions and decimals.
fn power_document(title: &str, p: &PowerIndices) -> Document {
    let heading = format!("Voting power: {title}");
    let mut cols = columns(p);
    cols.extend(ternary_columns(p));
    let mut head = vec!["Member".to_owned(), "Weight".to_owned(), "Veto".to_owned()];
    head.extend(cols.iter().map(|(name, _, _)| (*name).to_owned()));
    let rows = p
        .game
        .players
        .iter()
        .enumerate()
        .map(|(i, player)| {
            let mut row = vec![
                player.label.clone(),
                player.weight.to_string(),
                if player.veto { "yes" } else { "" }.to_owned(),
            ];
            row.extend(
                cols.iter()
                    .map(|(_, _, v)| format!("{} ≈ {:.5}", fraction(&v[i]), decimal(&v[i]))),
            );
            row
        })
        .collect();
    let mut blocks = vec![Block::Heading(2, heading.clone()), Block::Table(head, rows)];
    blocks.extend(power_to_act(p).map(|act| Block::Para(format!("{act}."))));
    blocks.extend(omitted(p).map(Block::Para));
    Document::new(heading, blocks)
}

/// An exact value, e.g. `{ "fraction": "421/2145", "value": 0.19627 }`.
#[derive(Serialize)]
struct Exact {
    /// The value as a fraction in lowest terms.
    fraction: String,
    /// The value as a decimal.
    value: f64,
}

fn exact(value: &BigRational) -> Exact {
    Exact {
        fraction: fraction(value),
        value: decimal(value),
    }
}

/// One member's power; each index `None` when it was not computed.
#[derive(Serialize)]
struct PlayerJson {
    /// The member's label.
    member: String,
    /// Its weight.
    weight: u64,
    /// Whether it holds a veto.
    veto: bool,
    /// The Shapley–Shubik index.
    shapley_shubik: Option<Exact>,
    /// Its Banzhaf swings, an integer written as a string.
    banzhaf_swings: Option<String>,
    /// The absolute Banzhaf index.
    banzhaf_absolute: Option<Exact>,
    /// The normalised Banzhaf index.
    banzhaf_normalized: Option<Exact>,
    /// The Deegan–Packel index.
    deegan_packel: Option<Exact>,
    /// The Holler (public good) index.
    holler: Option<Exact>,
    /// The Johnston index.
    johnston: Option<Exact>,
    /// The ternary measure when a permanent member's abstention is not a veto.
    ternary_abstention_not_veto: Option<Exact>,
    /// The ternary measure when abstention blocks.
    ternary_abstention_blocks: Option<Exact>,
}

/// The JSON form of power indices (`unsc power --format json`; `docs/json.md`).
#[derive(Serialize)]
struct PowerJson<'a> {
    /// [`JSON_SCHEMA_VERSION`].
    schema_version: u32,
    /// What was measured.
    title: &'a str,
    /// Votes (weight) a coalition needs.
    quota: u64,
    /// Coleman's power of the collectivity to act, if computed.
    power_to_act: Option<Exact>,
    /// The `--index` names of the measures left out for their cost.
    omitted: Vec<&'static str>,
    /// Per member, in the game's order.
    members: Vec<PlayerJson>,
}

/// The JSON form: each value as an exact fraction and a decimal.
fn power_json<'a>(title: &'a str, p: &PowerIndices) -> PowerJson<'a> {
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
    PowerJson {
        schema_version: JSON_SCHEMA_VERSION,
        title,
        quota: p.game.quota,
        power_to_act: p.power_to_act.as_ref().map(exact),
        omitted: p.omitted.iter().map(Index::name).collect(),
        members,
    }
}

/// The indices as CSV, one row per member, decimals then exact fractions.
fn power_csv(p: &PowerIndices) -> String {
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

#[cfg(test)]
#[allow(clippy::needless_raw_string_hashes)] // snapbox writes its inline snapshots so
mod tests {
    use snapbox::{assert_data_eq, str};
    use unicode_width::UnicodeWidthStr;

    use super::{PowerReport, shown_indices};
    use crate::power::{Game, IndexSet, Player, affordable_indices, indices};
    use crate::render::{Format, render};

    /// Three players weighing 2, 1 and 1, with a quota of 3: the first holds a veto.
    fn rendered(format: Format) -> String {
        let players = [("A", 2), ("B", 1), ("C", 1)]
            .map(|(label, weight)| Player {
                label: label.to_owned(),
                weight,
                veto: label == "A",
            })
            .to_vec();
        let game = Game::new(players, 3).unwrap();
        let indices = affordable_indices(&game, shown_indices(format)).unwrap();
        let report = PowerReport {
            title: "a test game",
            indices: &indices,
        };
        render(&report, format).unwrap()
    }

    /// Found by fuzzing: a game on which a default request can afford no measure.
    #[test]
    fn text_with_every_measure_left_out_has_no_empty_exact_values() {
        let players = [("A", 2), ("B", 1)]
            .map(|(label, weight)| Player {
                label: label.to_owned(),
                weight,
                veto: false,
            })
            .to_vec();
        let mut indices = indices(&Game::new(players, 2).unwrap(), IndexSet::EMPTY).unwrap();
        indices.omitted = IndexSet::all().iter().collect();
        let report = PowerReport {
            title: "a test game",
            indices: &indices,
        };
        let text = render(&report, Format::Text).unwrap();
        assert!(!text.contains("Exact values"), "{text}");
        assert!(text.contains("Not computed"), "{text}");
    }

    #[test]
    fn markdown() {
        assert_data_eq!(
            rendered(Format::Markdown),
            str![[r#"
## Voting power: a test game

| Member | Weight | Veto | Shapley–Shubik | Banzhaf (abs.) | Banzhaf (norm.) | Deegan–Packel | Holler | Johnston |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| A | 2 | yes | 2/3 ≈ 0.66667 | 3/4 ≈ 0.75000 | 3/5 ≈ 0.60000 | 1/2 ≈ 0.50000 | 1/2 ≈ 0.50000 | 2/3 ≈ 0.66667 |
| B | 1 |  | 1/6 ≈ 0.16667 | 1/4 ≈ 0.25000 | 1/5 ≈ 0.20000 | 1/4 ≈ 0.25000 | 1/4 ≈ 0.25000 | 1/6 ≈ 0.16667 |
| C | 1 |  | 1/6 ≈ 0.16667 | 1/4 ≈ 0.25000 | 1/5 ≈ 0.20000 | 1/4 ≈ 0.25000 | 1/4 ≈ 0.25000 | 1/6 ≈ 0.16667 |

Power of the collectivity to act (Coleman): 3/8 ≈ 0.375000.

"#]]
        );
    }

    #[test]
    fn csv() {
        assert_data_eq!(
            rendered(Format::Csv),
            str![[r#"
member,weight,veto,shapley_shubik,banzhaf_absolute,banzhaf_normalized,deegan_packel,holler,johnston,shapley_shubik_exact,banzhaf_absolute_exact,banzhaf_normalized_exact,deegan_packel_exact,holler_exact,johnston_exact
A,2,true,0.6666666667,0.7500000000,0.6000000000,0.5000000000,0.5000000000,0.6666666667,2/3,3/4,3/5,1/2,1/2,2/3
B,1,false,0.1666666667,0.2500000000,0.2000000000,0.2500000000,0.2500000000,0.1666666667,1/6,1/4,1/5,1/4,1/4,1/6
C,1,false,0.1666666667,0.2500000000,0.2000000000,0.2500000000,0.2500000000,0.1666666667,1/6,1/4,1/5,1/4,1/4,1/6

"#]]
        );
    }

    #[test]
    fn a_long_label_or_a_large_weight_keeps_the_text_table_in_line() {
        let players = [("Côte d'Ivoire (elected)", 1_234_567), ("B", 2), ("C", 3)]
            .map(|(label, weight)| Player {
                label: label.to_owned(),
                weight,
                veto: false,
            })
            .to_vec();
        let indices = indices(&Game::new(players, 1_234_568).unwrap(), IndexSet::EMPTY).unwrap();
        let report = PowerReport {
            title: "a wide game",
            indices: &indices,
        };
        let text = render(&report, Format::Text).unwrap();
        let rows: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.starts_with("Member"))
            .take(4)
            .collect();
        let widths: Vec<usize> = rows.iter().map(|r| r.width()).collect();
        assert_eq!(rows.len(), 4, "{text}");
        assert!(widths.iter().all(|w| *w == widths[0]), "{rows:#?}");
    }
}
