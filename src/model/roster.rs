//! Built-in Council rosters by year: the permanent members and each elected cohort, with sources.

use crate::model::council::Council;
use crate::model::member::{Member, MemberCode, Seat};

/// The permanent members, as the UN has named them since 1991 (Art. 23(1) as in practice).
const PERMANENT: [(&str, &str); 5] = [
    ("CHN", "China"),
    ("FRA", "France"),
    ("RUS", "Russian Federation"),
    ("GBR", "United Kingdom"),
    ("USA", "United States"),
];

/// Members elected by the General Assembly at one election, and the years they sit.
struct Cohort {
    first_year: i32,
    last_year: i32,
    members: &'static [(&'static str, &'static str)],
    source: &'static str,
}

/// Elected cohorts, oldest first. A cohort sits from 1 January of `first_year` to
/// 31 December of `last_year`.
const COHORTS: &[Cohort] = &[
    Cohort {
        first_year: 2012,
        last_year: 2013,
        members: &[
            ("AZE", "Azerbaijan"),
            ("GTM", "Guatemala"),
            ("MAR", "Morocco"),
            ("PAK", "Pakistan"),
            ("TGO", "Togo"),
        ],
        source: "https://english.vov.vn/en/five-new-members-elected-to-un-security-council-227289.vov",
    },
    Cohort {
        first_year: 2013,
        last_year: 2014,
        members: &[
            ("ARG", "Argentina"),
            ("AUS", "Australia"),
            ("LUX", "Luxembourg"),
            ("KOR", "Republic of Korea"),
            ("RWA", "Rwanda"),
        ],
        source: "http://www.reuters.com/article/un-council-vote-final-idUSL1E8LI9L420121018",
    },
    Cohort {
        first_year: 2014,
        last_year: 2015,
        members: &[
            ("TCD", "Chad"),
            ("CHL", "Chile"),
            ("JOR", "Jordan"),
            ("LTU", "Lithuania"),
            ("NGA", "Nigeria"),
        ],
        source: "https://foreignpolicynews.org/2014/01/03/five-new-nations-join-un-security-council-non-permanent-members",
    },
    Cohort {
        first_year: 2015,
        last_year: 2016,
        members: &[
            ("AGO", "Angola"),
            ("MYS", "Malaysia"),
            ("NZL", "New Zealand"),
            ("ESP", "Spain"),
            ("VEN", "Venezuela (Bolivarian Republic of)"),
        ],
        source: "https://www.kuna.net.kw/ArticleDetails.aspx?id=2402819&Language=en",
    },
    Cohort {
        first_year: 2016,
        last_year: 2017,
        members: &[
            ("EGY", "Egypt"),
            ("JPN", "Japan"),
            ("SEN", "Senegal"),
            ("UKR", "Ukraine"),
            ("URY", "Uruguay"),
        ],
        source: "http://tass.com/world/829303",
    },
    Cohort {
        first_year: 2017,
        last_year: 2018,
        members: &[
            ("BOL", "Bolivia (Plurinational State of)"),
            ("ETH", "Ethiopia"),
            ("KAZ", "Kazakhstan"),
            ("SWE", "Sweden"),
        ],
        source: "https://business-standard.com/amp/article/pti-stories/italy-the-netherlands-to-share-2-yr-term-on-unsc-116062900910_1.html",
    },
    Cohort {
        first_year: 2017,
        last_year: 2017,
        members: &[("ITA", "Italy")],
        source: "https://business-standard.com/amp/article/pti-stories/italy-the-netherlands-to-share-2-yr-term-on-unsc-116062900910_1.html",
    },
    Cohort {
        first_year: 2018,
        last_year: 2018,
        members: &[("NLD", "Netherlands")],
        source: "https://en.inform.kz/amp/un-general-assembly-elects-five-non-permanent-unsc-members_a3032701/",
    },
    Cohort {
        first_year: 2018,
        last_year: 2019,
        members: &[
            ("CIV", "Côte d'Ivoire"),
            ("GNQ", "Equatorial Guinea"),
            ("KWT", "Kuwait"),
            ("PER", "Peru"),
            ("POL", "Poland"),
        ],
        source: "https://en.inform.kz/amp/un-general-assembly-elects-five-non-permanent-unsc-members_a3032701/",
    },
    Cohort {
        first_year: 2019,
        last_year: 2020,
        members: &[
            ("BEL", "Belgium"),
            ("DOM", "Dominican Republic"),
            ("DEU", "Germany"),
            ("IDN", "Indonesia"),
            ("ZAF", "South Africa"),
        ],
        source: "https://news.un.org/en/story/2018/06/1011731",
    },
    Cohort {
        first_year: 2020,
        last_year: 2021,
        members: &[
            ("EST", "Estonia"),
            ("NER", "Niger"),
            ("VCT", "Saint Vincent and the Grenadines"),
            ("TUN", "Tunisia"),
            ("VNM", "Viet Nam"),
        ],
        source: "GA/12152",
    },
    Cohort {
        first_year: 2021,
        last_year: 2022,
        members: &[
            ("IND", "India"),
            ("IRL", "Ireland"),
            ("KEN", "Kenya"),
            ("MEX", "Mexico"),
            ("NOR", "Norway"),
        ],
        source: "https://www.aljazeera.com/news/2020/6/18/kenya-defeats-djibouti-to-win-a-seat-at-the-un-security-council",
    },
    Cohort {
        first_year: 2022,
        last_year: 2023,
        members: &[
            ("ALB", "Albania"),
            ("BRA", "Brazil"),
            ("GAB", "Gabon"),
            ("GHA", "Ghana"),
            ("ARE", "United Arab Emirates"),
        ],
        source: "https://www.latestly.com/agency-news/world-news-albania-brazil-gabon-ghana-uae-elected-to-un-security-council-for-2022-23-term-2540930.html",
    },
    Cohort {
        first_year: 2023,
        last_year: 2024,
        members: &[
            ("ECU", "Ecuador"),
            ("JPN", "Japan"),
            ("MLT", "Malta"),
            ("MOZ", "Mozambique"),
            ("CHE", "Switzerland"),
        ],
        source: "https://koreatimes.co.kr/www/world/2022/12/683_330772.html",
    },
    Cohort {
        first_year: 2024,
        last_year: 2025,
        members: &[
            ("DZA", "Algeria"),
            ("GUY", "Guyana"),
            ("KOR", "Republic of Korea"),
            ("SLE", "Sierra Leone"),
            ("SVN", "Slovenia"),
        ],
        source: "https://allafrica.com/stories/202306070273.html",
    },
    Cohort {
        first_year: 2025,
        last_year: 2026,
        members: &[
            ("DNK", "Denmark"),
            ("GRC", "Greece"),
            ("PAK", "Pakistan"),
            ("PAN", "Panama"),
            ("SOM", "Somalia"),
        ],
        source: "https://caliber.az/en/post/un-general-assembly-elects-five-new-members-to-shape-global-security-agenda",
    },
    Cohort {
        first_year: 2026,
        last_year: 2027,
        members: &[
            ("BHR", "Bahrain"),
            ("COL", "Colombia"),
            ("COD", "Democratic Republic of the Congo"),
            ("LVA", "Latvia"),
            ("LBR", "Liberia"),
        ],
        source: "https://www.anews.com.tr/world/2025/06/03/un-general-assembly-elects-5-non-permanent-members-to-security-council",
    },
];

/// The first and last years with a built-in roster.
pub const ROSTER_YEARS: std::ops::RangeInclusive<i32> = 2013..=2026;

/// A built-in Council for one year, with the sources of its elected members.
#[derive(Clone, Debug)]
pub struct Roster {
    /// The calendar year.
    pub year: i32,
    /// The Council: permanent members first, then elected members, each group in English alphabetical order.
    pub council: Council,
    /// Where each elected cohort's election is reported.
    pub sources: Vec<&'static str>,
}

/// The name the built-in tables give a member code (any year), if they know it.
#[must_use]
pub fn name_of(code: MemberCode) -> Option<&'static str> {
    PERMANENT
        .iter()
        .chain(COHORTS.iter().flat_map(|c| c.members.iter()))
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
    let members = PERMANENT
        .iter()
        .map(|m| (m, Seat::Permanent))
        .chain(elected.iter().map(|m| (m, Seat::Elected)))
        .map(|(&(code, name), seat)| {
            let code: MemberCode = code.parse().ok()?;
            Some(Member::new(code, name, seat))
        })
        .collect::<Option<Vec<_>>>()?;
    let council = Council::new(members).ok()?;
    let mut sources: Vec<&'static str> = cohorts.iter().map(|c| c.source).collect();
    sources.dedup();
    Some(Roster {
        year,
        council,
        sources,
    })
}

#[cfg(test)]
mod tests {
    use super::{ROSTER_YEARS, roster};
    use crate::model::member::Seat;

    #[test]
    fn every_year_has_fifteen_members_and_the_five_permanent_seats() {
        for year in ROSTER_YEARS {
            let r = roster(year).unwrap_or_else(|| panic!("no roster for {year}"));
            assert_eq!(r.council.len(), 15, "{year}");
            let permanent: Vec<&str> = r
                .council
                .members()
                .iter()
                .filter(|m| m.seat == Seat::Permanent)
                .map(|m| m.code.as_str())
                .collect();
            assert_eq!(permanent, ["CHN", "FRA", "RUS", "GBR", "USA"], "{year}");
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
    fn years_outside_the_table_have_no_roster() {
        assert!(roster(2012).is_none());
        assert!(roster(2027).is_none());
    }
}
