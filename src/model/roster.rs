//! Built-in Council rosters by year: the permanent members and each elected cohort, with sources.

use crate::model::council::Council;
use crate::model::member::{Member, MemberCode, Seat};

/// The Soviet Union's permanent seat, held by the Russian Federation from December 1991.
const SOVIET_UNION: (&str, &str) = ("SUN", "Union of Soviet Socialist Republics");

/// The last year in which the Soviet Union held its seat for the whole year; the Russian
/// Federation continued its membership from 24 December 1991.
const LAST_SOVIET_YEAR: i32 = 1991;

/// The permanent members, as the UN has named them since 1991 (Art. 23(1) as in practice).
const PERMANENT: [(&str, &str); 5] = [
    ("CHN", "China"),
    ("FRA", "France"),
    ("RUS", "Russian Federation"),
    ("GBR", "United Kingdom"),
    ("USA", "United States"),
];

/// A change in who holds a permanent seat, within a year: the roster keeps one code per seat
/// for the whole year, and says what changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeatChange {
    /// The day of the change, `YYYY-MM-DD`.
    pub date: &'static str,
    /// The seat's code in the roster of that year.
    pub seat: &'static str,
    /// Who held the seat before.
    pub from: &'static str,
    /// Who holds it after.
    pub to: &'static str,
    /// The decision or letter that made the change, and where it was read.
    pub authority: &'static str,
    /// Where the change is read.
    pub source: &'static str,
}

/// The changes in the permanent seats since 1946.
pub const SEAT_CHANGES: [SeatChange; 2] = [
    SeatChange {
        date: "1971-10-25",
        seat: "CHN",
        from: "the Republic of China",
        to: "the People's Republic of China",
        authority: "General Assembly resolution 2758 (XXVI)",
        source: "https://es.wikisource.org/wiki/Resoluci%C3%B3n_2758_%28XXVI%29_de_la_Asamblea_General_de_la_Organizaci%C3%B3n_de_las_Naciones_Unidas",
    },
    SeatChange {
        date: "1991-12-24",
        seat: "SUN",
        from: "the Union of Soviet Socialist Republics",
        to: "the Russian Federation (from the roster of 1992, as RUS)",
        authority: "the Russian President's letter of 24 December 1991 to the Secretary-General, continuing the Soviet Union's membership",
        source: "https://ask.un.org/faq/378083",
    },
];

/// Members elected by the General Assembly at one election, and the years they sit.
struct Cohort {
    first_year: i32,
    last_year: i32,
    members: &'static [(&'static str, &'static str)],
    sources: &'static [&'static str],
}

/// Elected cohorts, oldest first, from `src/model/data/rosters.txt` (turned into this table
/// by `build.rs`). A cohort sits from 1 January of `first_year` to 31 December of
/// `last_year`.
const COHORTS: &[Cohort] = include!(concat!(env!("OUT_DIR"), "/rosters.rs"));

/// The years with a built-in roster: every year since the Council first met.
pub const ROSTER_YEARS: std::ops::RangeInclusive<i32> = 1946..=2026;

/// Every year with a built-in roster, oldest first.
pub fn roster_years() -> impl Iterator<Item = i32> {
    ROSTER_YEARS
}

/// The years with a built-in roster, in words: "1946–2026".
#[must_use]
pub fn roster_coverage() -> String {
    format!("{}–{}", ROSTER_YEARS.start(), ROSTER_YEARS.end())
}

/// A built-in Council for one year, with the sources of its elected members.
#[derive(Clone, Debug)]
pub struct Roster {
    /// The calendar year.
    pub year: i32,
    /// The Council: permanent members first, then elected members, each group in English alphabetical order.
    pub council: Council,
    /// Where each elected cohort's election is reported.
    pub sources: Vec<&'static str>,
    /// Each elected member's term on the roster: first and last calendar year (a split
    /// term is its own one-year term).
    pub terms: Vec<(MemberCode, i32, i32)>,
    /// Changes in who held a permanent seat during the year.
    pub seat_changes: Vec<SeatChange>,
}

/// The name the built-in tables give a member code (any year), if they know it.
#[must_use]
pub fn name_of(code: MemberCode) -> Option<&'static str> {
    // Newest first, so a state is known by its current name.
    PERMANENT
        .iter()
        .chain(COHORTS.iter().rev().flat_map(|c| c.members.iter()))
        .chain([&SOVIET_UNION])
        .find(|(c, _)| *c == code.as_str())
        .map(|(_, name)| *name)
}

/// The built-in roster for `year`, if there is one.
#[must_use]
pub fn roster(year: i32) -> Option<Roster> {
    if !ROSTER_YEARS.contains(&year) {
        return None;
    }
    let cohorts: Vec<&Cohort> = COHORTS
        .iter()
        .filter(|c| (c.first_year..=c.last_year).contains(&year))
        .collect();
    let mut elected: Vec<(&str, &str)> = cohorts
        .iter()
        .flat_map(|c| c.members.iter().copied())
        .collect();
    elected.sort_by(|a, b| a.1.cmp(b.1));
    let permanent = PERMANENT.map(|m| {
        if m.0 == "RUS" && year <= LAST_SOVIET_YEAR {
            SOVIET_UNION
        } else {
            m
        }
    });
    let members = permanent
        .iter()
        .map(|m| (m, Seat::Permanent))
        .chain(elected.iter().map(|m| (m, Seat::Elected)))
        .map(|(&(code, name), seat)| {
            let code: MemberCode = code.parse().ok()?;
            Some(Member::new(code, name, seat))
        })
        .collect::<Option<Vec<_>>>()?;
    let council = Council::new(members).ok()?;
    let mut sources: Vec<&'static str> = Vec::new();
    for source in cohorts.iter().flat_map(|c| c.sources.iter().copied()) {
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    let terms = cohorts
        .iter()
        .flat_map(|c| {
            c.members
                .iter()
                .filter_map(move |(code, _)| Some((code.parse().ok()?, c.first_year, c.last_year)))
        })
        .collect();
    let seat_changes = SEAT_CHANGES
        .iter()
        .filter(|c| c.date.starts_with(&year.to_string()))
        .copied()
        .collect();
    Some(Roster {
        year,
        council,
        sources,
        terms,
        seat_changes,
    })
}

#[cfg(test)]
mod tests {
    use super::{roster, roster_coverage, roster_years};
    use crate::model::member::Seat;

    #[test]
    fn every_year_has_its_councils_size_and_the_five_permanent_seats() {
        for year in roster_years() {
            let r = roster(year).unwrap_or_else(|| panic!("no roster for {year}"));
            let size = if year < 1966 { 11 } else { 15 };
            assert_eq!(r.council.len(), size, "{year}");
            let permanent: Vec<&str> = r
                .council
                .members()
                .iter()
                .filter(|m| m.seat == Seat::Permanent)
                .map(|m| m.code.as_str())
                .collect();
            let russia = if year <= 1991 { "SUN" } else { "RUS" };
            assert_eq!(permanent, ["CHN", "FRA", russia, "GBR", "USA"], "{year}");
            assert!(!r.sources.is_empty(), "{year}");
            for source in &r.sources {
                assert!(
                    source.parse::<crate::model::source::Source>().is_ok(),
                    "{source}"
                );
            }
        }
    }

    #[test]
    fn the_2023_council_matches_the_record() {
        let r = roster(2023).expect("2023 roster");
        let mut elected: Vec<&str> = r
            .council
            .members()
            .iter()
            .filter(|m| m.seat == Seat::Elected)
            .map(|m| m.code.as_str())
            .collect();
        elected.sort_unstable();
        assert_eq!(
            elected,
            [
                "ALB", "ARE", "BRA", "CHE", "ECU", "GAB", "GHA", "JPN", "MLT", "MOZ"
            ]
        );
    }

    #[test]
    fn the_soviet_seat_passes_to_the_russian_federation_after_1991() {
        let seat = |year| roster(year).expect("roster").council.member(2).name.clone();
        assert_eq!(seat(1991), "Union of Soviet Socialist Republics");
        assert_eq!(seat(1992), "Russian Federation");
        let changes = roster(1991).expect("roster").seat_changes;
        assert_eq!(
            changes.iter().map(|c| (c.date, c.seat)).collect::<Vec<_>>(),
            [("1991-12-24", "SUN")]
        );
    }

    #[test]
    fn chinas_seat_changes_hands_in_1971_only() {
        for year in roster_years() {
            let changes = roster(year).expect("roster").seat_changes;
            let china: Vec<&str> = changes
                .iter()
                .filter(|c| c.seat == "CHN")
                .map(|c| c.date)
                .collect();
            let expected: &[&str] = if year == 1971 { &["1971-10-25"] } else { &[] };
            assert_eq!(china, expected, "{year}");
        }
    }

    /// The elected members of a year's roster, as sorted codes.
    fn elected(year: i32) -> String {
        let mut codes: Vec<String> = roster(year)
            .expect("roster")
            .council
            .members()
            .iter()
            .filter(|m| m.seat == Seat::Elected)
            .map(|m| m.code.to_string())
            .collect();
        codes.sort();
        codes.join(" ")
    }

    #[test]
    fn the_1990_and_2011_councils_match_their_meeting_records() {
        // S/PV.2932 (2 August 1990) and S/PV.6627 (4 October 2011) list every member.
        assert_eq!(elected(1990), "CAN CIV COL CUB ETH FIN MYS ROU YEM ZAR");
        assert_eq!(elected(2011), "BIH BRA COL DEU GAB IND LBN NGA PRT ZAF");
    }

    #[test]
    fn the_1948_and_1950_councils_match_their_meeting_records() {
        // S/PV.303 (24 May 1948), as the AJIL note on the double veto lists its votes, and
        // resolution 83 (1950), voted on by every member.
        assert_eq!(elected(1948), "ARG BEL CAN COL SYR UKR");
        assert_eq!(elected(1950), "CUB ECU EGY IND NOR YUG");
    }

    #[test]
    fn the_1954_to_1982_councils_match_the_resolutions_they_voted_on() {
        // Each year's members as the cited page on one of that year's resolutions lists them
        // (resolutions 109, 124, 154, 161, 178, 191, 216, 223, 261, 268, 277, 300, 308, 400).
        let record = [
            (1955, "BEL BRA IRN NZL PER TUR"),
            (1957, "AUS COL CUB IRQ PHL SWE"),
            (1960, "ARG ECU ITA LKA POL TUN"),
            (1961, "CHL ECU EGY LBR LKA TUR"),
            (1963, "BRA GHA MAR NOR PHL VEN"),
            (1964, "BOL BRA CIV CSK MAR NOR"),
            (1965, "BOL CIV JOR MYS NLD URY"),
            (1966, "ARG BGR JOR JPN MLI NGA NLD NZL UGA URY"),
            (1968, "BRA CAN DNK DZA ETH HUN IND PAK PRY SEN"),
            (1969, "COL DZA ESP FIN HUN NPL PAK PRY SEN ZMB"),
            (1970, "BDI COL ESP FIN NIC NPL POL SLE SYR ZMB"),
            (1971, "ARG BDI BEL ITA JPN NIC POL SLE SOM SYR"),
            (1972, "ARG BEL GIN IND ITA JPN PAN SDN SOM YUG"),
            (1976, "BEN GUY ITA JPN LBY PAK PAN ROU SWE TZA"),
        ];
        for (year, members) in record {
            assert_eq!(elected(year), members, "{year}");
        }
    }

    #[test]
    fn split_terms_give_each_member_its_own_year() {
        for (first, second, code) in [
            (1956, 1957, ("YUG", "PHL")),
            (1960, 1961, ("POL", "TUR")),
            (1961, 1962, ("LBR", "IRL")),
            (1962, 1963, ("ROU", "PHL")),
            (1964, 1965, ("CSK", "MYS")),
        ] {
            assert!(elected(first).contains(code.0) && !elected(second).contains(code.0));
            assert!(elected(second).contains(code.1) && !elected(first).contains(code.1));
        }
    }

    #[test]
    fn years_outside_the_table_have_no_roster() {
        for year in [1945, 2027] {
            assert!(roster(year).is_none(), "{year}");
        }
        assert_eq!(roster_coverage(), "1946–2026");
    }
}
