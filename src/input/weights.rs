//! The weights file of `unsc power --weights`: a CSV with a `member` and a `weight` column and
//! an optional `veto` column, read into the players of a [`Game`](crate::power::Game). Every
//! problem is collected, each with its line and a stable code (documented in `docs/power.md`).

use crate::input::{LineCounter, Problem, Problems, line_of, shown};
use crate::power::{MAX_PLAYERS, Player};

/// One problem in a weights file, at a line.
struct WeightsError {
    /// The line (1 is the header).
    line: u64,
    /// What is wrong.
    kind: WeightsErrorKind,
}

/// What is wrong with a weights file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum WeightsErrorKind {
    /// The header lacks `member` or `weight`.
    #[error("the header must name the columns `member` and `weight` (and may name `veto`)")]
    MissingColumn,
    /// The CSV itself is malformed.
    #[error("{0}")]
    Csv(String),
    /// A row with no member.
    #[error("the member is empty")]
    EmptyMember,
    /// A member listed twice.
    #[error("{member} is listed twice; first on line {first_line}")]
    DuplicateMember {
        /// The member.
        member: String,
        /// Where it was first listed.
        first_line: u64,
    },
    /// Not a whole number of at least zero.
    #[error("`{0}` is not a whole-number weight (0 or more)")]
    InvalidWeight(String),
    /// Not a yes/no flag.
    #[error("veto is `{0}`; expected true or false (or empty for false)")]
    InvalidVeto(String),
    /// The weights add up to more than the tool can count.
    #[error("the weights add up to more than {}", u64::MAX)]
    TotalTooLarge,
    /// More players than a game may have.
    #[error("more than {MAX_PLAYERS} members")]
    TooManyPlayers,
}

impl WeightsErrorKind {
    /// The stable code.
    fn code(&self) -> &'static str {
        match self {
            Self::MissingColumn => "missing-column",
            Self::Csv(_) => "malformed-csv",
            Self::EmptyMember => "empty-member",
            Self::DuplicateMember { .. } => "duplicate-member",
            Self::InvalidWeight(_) => "invalid-weight",
            Self::InvalidVeto(_) => "invalid-veto",
            Self::TotalTooLarge => "total-weight-too-large",
            Self::TooManyPlayers => "too-many-members",
        }
    }
}

/// The columns of a weights file.
struct Columns {
    member: usize,
    weight: usize,
    veto: Option<usize>,
}

/// Reads the players of a weights file: all of them, or every problem. `file_name` is only
/// used in messages.
///
/// # Errors
/// Every problem found, each pointing at its line.
pub fn read_weights(file_name: &str, text: &str) -> Result<Vec<Player>, Problems<&'static str>> {
    read(text).map_err(|errors| {
        let problems = errors
            .into_iter()
            .map(|e| Problem::at_line(e.kind.code(), text.as_bytes(), e.line, e.kind.to_string()))
            .collect();
        Problems::new(file_name, text, problems)
    })
}

/// The players, or every problem with its line.
fn read(text: &str) -> Result<Vec<Player>, Vec<WeightsError>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(LineCounter::new(text.as_bytes()));
    let header = match reader.headers() {
        Ok(header) => header.clone(),
        Err(e) => return Err(vec![csv_error(&e, reader.get_mut())]),
    };
    let column = |name: &str| header.iter().position(|h| h.eq_ignore_ascii_case(name));
    let (Some(member), Some(weight)) = (column("member"), column("weight")) else {
        return Err(vec![WeightsError {
            line: 1,
            kind: WeightsErrorKind::MissingColumn,
        }]);
    };
    let columns = Columns {
        member,
        weight,
        veto: column("veto"),
    };
    let mut errors = Vec::new();
    let mut players: Vec<(Player, u64)> = Vec::new();
    let mut total = Some(0u64);
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                errors.push(csv_error(&e, reader.get_mut()));
                continue;
            }
        }
        let line = line_of(reader.get_mut(), record.position());
        match player(&columns, &record, &players) {
            Ok(player) => {
                let before = total;
                total = total.and_then(|t| t.checked_add(player.weight));
                if before.is_some() && total.is_none() {
                    errors.push(WeightsError {
                        line,
                        kind: WeightsErrorKind::TotalTooLarge,
                    });
                }
                if players.len() == MAX_PLAYERS {
                    errors.push(WeightsError {
                        line,
                        kind: WeightsErrorKind::TooManyPlayers,
                    });
                    break;
                }
                players.push((player, line));
            }
            Err(kind) => errors.push(WeightsError { line, kind }),
        }
    }
    if errors.is_empty() {
        Ok(players.into_iter().map(|(p, _)| p).collect())
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}

fn player(
    columns: &Columns,
    record: &csv::StringRecord,
    earlier: &[(Player, u64)],
) -> Result<Player, WeightsErrorKind> {
    let field = |i: usize| record.get(i).unwrap_or_default();
    let label = field(columns.member);
    if label.is_empty() {
        return Err(WeightsErrorKind::EmptyMember);
    }
    if let Some((_, first_line)) = earlier.iter().find(|(p, _)| p.label == label) {
        return Err(WeightsErrorKind::DuplicateMember {
            member: shown(label),
            first_line: *first_line,
        });
    }
    let weight = field(columns.weight)
        .parse::<u64>()
        .map_err(|_| WeightsErrorKind::InvalidWeight(shown(field(columns.weight))))?;
    let veto = match columns.veto.map(field) {
        None => false,
        Some(flag) => match flag.to_ascii_lowercase().as_str() {
            "" | "false" | "no" | "0" => false,
            "true" | "yes" | "1" => true,
            _ => return Err(WeightsErrorKind::InvalidVeto(shown(flag))),
        },
    };
    Ok(Player {
        label: label.to_owned(),
        weight,
        veto,
    })
}

fn csv_error<R>(e: &csv::Error, lines: &mut LineCounter<R>) -> WeightsError {
    let line = line_of(lines, e.position());
    let kind = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => WeightsErrorKind::Csv(format!(
            "the row has {len} fields, but the header has {expected_len}"
        )),
        csv::ErrorKind::Utf8 { .. } => {
            WeightsErrorKind::Csv("the row is not UTF-8 text".to_owned())
        }
        _ => WeightsErrorKind::Csv(e.to_string()),
    };
    WeightsError { line, kind }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        match read_weights("weights.csv", text) {
            Ok(players) => panic!("read {} players", players.len()),
            Err(errors) => errors
                .problems()
                .iter()
                .map(|p| format!("{} {}: {}", errors.line(p), p.code, p.message))
                .collect(),
        }
    }

    #[test]
    fn zero_weights_and_vetoes_are_read() {
        let players = read_weights(
            "weights.csv",
            "member,weight,veto\r\nA,3,true\r\nB,0,\r\nC,1,no\r\n",
        )
        .expect("valid");
        let read: Vec<(&str, u64, bool)> = players
            .iter()
            .map(|p| (p.label.as_str(), p.weight, p.veto))
            .collect();
        assert_eq!(read, [("A", 3, true), ("B", 0, false), ("C", 1, false)]);
    }

    #[test]
    fn every_problem_is_named_by_its_line_and_code() {
        assert_eq!(
            problems(
                "member,weight,veto\r\nA,x,\r\n,1,\r\nB,1,yes\r\nB,2,\r\nC,1,maybe\r\nD,2\r\n"
            ),
            [
                "2 invalid-weight: `x` is not a whole-number weight (0 or more)",
                "3 empty-member: the member is empty",
                "5 duplicate-member: B is listed twice; first on line 4",
                "6 invalid-veto: veto is `maybe`; expected true or false (or empty for false)",
                "7 malformed-csv: the row has 2 fields, but the header has 3",
            ]
        );
        assert_eq!(
            problems("name,votes\nA,1\n"),
            [
                "1 missing-column: the header must name the columns `member` and `weight` (and may name `veto`)"
            ]
        );
    }

    #[test]
    fn a_total_past_u64_is_refused_where_it_overflows() {
        let max = u64::MAX;
        assert_eq!(
            problems(&format!("member,weight\nA,{max}\nB,{max}\nC,1\n")),
            [format!(
                "3 total-weight-too-large: the weights add up to more than {max}"
            )]
        );
    }

    #[test]
    fn a_huge_value_is_quoted_short() {
        let huge = "9".repeat(1_000_000) + "x";
        let message = &problems(&format!("member,weight\nA,{huge}\n"))[0];
        assert!(message.len() < 200, "{message}");
    }
}
