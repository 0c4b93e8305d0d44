//! The Council's procedural resolutions adopted by a vote: a built-in, sourced list used when
//! a voting-data file has no `question` column, and the user's `--procedural` overrides.
//!
//! The Digital Library's file does not say which votes were procedural, so without this list
//! every vote is read as substantive, and a procedural resolution adopted over a permanent
//! member's negative vote would look vetoed. Each entry was read from the resolution's text
//! as the UN published it ("Adopted at the … meeting by … votes to …"), or from the UN press
//! release on the vote.

use crate::history::undl::RecordedVote;
use crate::model::QuestionKind;

/// One procedural resolution adopted by a vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProceduralResolution {
    /// The resolution's number, e.g. 2623.
    pub number: u32,
    /// Its year, e.g. 2022.
    pub year: i32,
    /// The meeting record of the vote.
    pub meeting: &'static str,
    /// The recorded vote, as the source gives it.
    pub vote: &'static str,
    /// Where the vote and its procedural character are read from.
    pub source: &'static str,
    /// The meetings whose "lack of unanimity of its permanent members" the resolution
    /// recites: where the vetoes it answers were cast.
    pub after_vetoes_at: &'static [&'static str],
}

/// Every procedural resolution the tool knows to have been adopted by a vote, oldest first.
/// Those with a permanent member's negative vote would otherwise be flagged as vetoed.
pub const PROCEDURAL_RESOLUTIONS: &[ProceduralResolution] = &[
    ProceduralResolution {
        number: 119,
        year: 1956,
        meeting: "S/PV.751",
        vote: "7-2-2 (against: France, United Kingdom; abstaining: Australia, Belgium)",
        source: "https://www.jewishvirtuallibrary.org/un-security-council-resolution-119-october-1956",
        after_vetoes_at: &["S/PV.749", "S/PV.750"],
    },
    ProceduralResolution {
        number: 120,
        year: 1956,
        meeting: "S/PV.754",
        vote: "10-1-0 (against: Union of Soviet Socialist Republics)",
        source: "https://webarchive.archive.unhcr.org/20151220033826mp_/http://www.refworld.org/publisher,UNSC,,HUN,3b00f1dd64,0.html",
        after_vetoes_at: &[],
    },
    ProceduralResolution {
        number: 157,
        year: 1960,
        meeting: "S/PV.906",
        vote: "8-2-1 (against: Poland, Union of Soviet Socialist Republics; abstaining: France)",
        source: "http://unscr.com/en/resolutions/157",
        after_vetoes_at: &["S/PV.906"],
    },
    ProceduralResolution {
        number: 303,
        year: 1971,
        meeting: "S/PV.1608",
        vote: "11-0-4 (abstaining: France, Poland, Union of Soviet Socialist Republics, United Kingdom)",
        source: "https://en.wikisource.org/wiki/United_Nations_Security_Council_Resolution_303",
        after_vetoes_at: &["S/PV.1606", "S/PV.1607"],
    },
    ProceduralResolution {
        number: 462,
        year: 1980,
        meeting: "S/PV.2190",
        vote: "12-2-1 (against: German Democratic Republic, Union of Soviet Socialist Republics; abstaining: Zambia)",
        source: "https://www.refworld.org/cgi-bin/texis/vtx/rwmain?page=printdoc&docid=3b00f12084",
        after_vetoes_at: &["S/PV.2190"],
    },
    ProceduralResolution {
        number: 2623,
        year: 2022,
        meeting: "S/PV.8980",
        vote: "11-1-3 (against: Russian Federation; abstaining: China, India, United Arab Emirates)",
        source: "https://press.un.org/en/2022/sc14809.doc.htm",
        after_vetoes_at: &["S/PV.8979"],
    },
];

/// Where a recorded vote's question kind comes from.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
    strum::VariantNames,
    strum::Display,
)]
#[strum(serialize_all = "kebab-case")]
pub enum QuestionBasis {
    /// The file's `question` column.
    Column,
    /// Substantive by default: no column, not on the list, not overridden.
    Default,
    /// The built-in list of procedural resolutions.
    BuiltInList,
    /// The user's `--procedural` override.
    Override,
}

impl QuestionBasis {
    /// The stable name used in JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The built-in entry for a resolution symbol such as `S/RES/2623(2022)` or `2623 (2022)`.
#[must_use]
pub fn procedural_resolution(symbol: &str) -> Option<&'static ProceduralResolution> {
    let (number, year) = resolution_number(symbol)?;
    PROCEDURAL_RESOLUTIONS
        .iter()
        .find(|r| r.number == number && r.year == year)
}

/// `NUMBER (YEAR)` out of a resolution symbol, with or without `S/RES/` and spaces.
fn resolution_number(symbol: &str) -> Option<(u32, i32)> {
    let compact: String = symbol.chars().filter(|c| !c.is_whitespace()).collect();
    let compact = compact.to_ascii_uppercase();
    let rest = compact.strip_prefix("S/RES/").unwrap_or(&compact);
    let (number, year) = rest.strip_suffix(')')?.split_once('(')?;
    Some((number.parse().ok()?, year.parse().ok()?))
}

/// A symbol as compared: upper case, no spaces.
fn normalised(symbol: &str) -> String {
    symbol
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase()
}

/// Marks procedural votes: each vote whose draft or resolution is among `overrides`, and each
/// vote without a `question` column whose resolution is on the built-in list. Returns the
/// overrides that matched no vote, so the caller can say so.
pub fn classify<'a>(votes: &mut [RecordedVote], overrides: &'a [String]) -> Vec<&'a str> {
    let wanted: Vec<String> = overrides.iter().map(|s| normalised(s)).collect();
    let mut used = vec![false; wanted.len()];
    for vote in votes.iter_mut() {
        let symbols = [vote.draft.as_deref(), vote.resolution.as_deref()];
        let hit = wanted.iter().position(|w| {
            symbols
                .iter()
                .flatten()
                .any(|s| normalised(s) == *w || same_resolution(s, w))
        });
        if let Some(i) = hit {
            used[i] = true;
            vote.question = QuestionKind::Procedural;
            vote.question_basis = QuestionBasis::Override;
        } else if vote.question_basis == QuestionBasis::Default
            && vote
                .resolution
                .as_deref()
                .and_then(procedural_resolution)
                .is_some()
        {
            vote.question = QuestionKind::Procedural;
            vote.question_basis = QuestionBasis::BuiltInList;
        }
    }
    overrides
        .iter()
        .zip(used)
        .filter(|(_, used)| !used)
        .map(|(s, _)| s.as_str())
        .collect()
}

/// Whether two resolution symbols name one resolution, however written.
fn same_resolution(a: &str, b: &str) -> bool {
    resolution_number(a).is_some_and(|n| resolution_number(b) == Some(n))
}

#[cfg(test)]
mod tests {
    use super::{PROCEDURAL_RESOLUTIONS, procedural_resolution, resolution_number};
    use crate::history::veto_record::veto_record;

    /// Two sources agree: the resolutions name the meetings where the veto list has vetoes.
    #[test]
    fn each_resolution_answers_vetoes_on_the_veto_record() {
        let rows = veto_record().expect("well formed");
        for r in PROCEDURAL_RESOLUTIONS {
            for meeting in r.after_vetoes_at {
                assert!(
                    rows.iter()
                        .any(|row| row.meeting.as_deref() == Some(*meeting)),
                    "{} ({}): no veto at {meeting}",
                    r.number,
                    r.year
                );
            }
        }
    }

    #[test]
    fn reads_resolution_symbols_however_written() {
        assert_eq!(resolution_number("S/RES/2623(2022)"), Some((2623, 2022)));
        assert_eq!(resolution_number("S/RES/462 (1980)"), Some((462, 1980)));
        assert_eq!(resolution_number("119 (1956)"), Some((119, 1956)));
        assert_eq!(resolution_number("S/2022/155"), None);
        assert!(procedural_resolution("s/res/157 (1960)").is_some());
        assert!(procedural_resolution("S/RES/678(1990)").is_none());
    }

    #[test]
    fn the_list_is_ordered_and_every_entry_cites_its_meeting_and_source() {
        assert!(
            PROCEDURAL_RESOLUTIONS
                .windows(2)
                .all(|w| w[0].number < w[1].number)
        );
        for r in PROCEDURAL_RESOLUTIONS {
            assert!(r.meeting.starts_with("S/PV."), "{}", r.number);
            assert!(r.source.starts_with("http"), "{}", r.number);
        }
    }
}
