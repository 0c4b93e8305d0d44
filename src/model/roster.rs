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
        first_year: 1946,
        last_year: 1947,
        members: &[("AUS", "Australia"), ("BRA", "Brazil"), ("POL", "Poland")],
        source: "https://history.state.gov/historicaldocuments/frus1946v01/d82",
    },
    Cohort {
        first_year: 1946,
        last_year: 1946,
        members: &[("EGY", "Egypt"), ("MEX", "Mexico"), ("NLD", "Netherlands")],
        source: "https://history.state.gov/historicaldocuments/frus1946v01/d82",
    },
    Cohort {
        first_year: 1947,
        last_year: 1948,
        members: &[("BEL", "Belgium"), ("COL", "Colombia"), ("SYR", "Syria")],
        source: "http://en.wikipedia.org/wiki/United_Nations_Security_Council_election,_November_1946",
    },
    Cohort {
        first_year: 1948,
        last_year: 1949,
        members: &[
            ("ARG", "Argentina"),
            ("CAN", "Canada"),
            ("UKR", "Ukrainian Soviet Socialist Republic"),
        ],
        source: "http://de.zxc.wiki/wiki/Liste_der_Mitglieder_des_Sicherheitsrates_der_Vereinten_Nationen",
    },
    Cohort {
        first_year: 1949,
        last_year: 1950,
        members: &[("CUB", "Cuba"), ("EGY", "Egypt"), ("NOR", "Norway")],
        source: "https://wikimili.com/en/1948_United_Nations_Security_Council_election",
    },
    Cohort {
        first_year: 1950,
        last_year: 1951,
        members: &[("ECU", "Ecuador"), ("IND", "India"), ("YUG", "Yugoslavia")],
        source: "http://de.zxc.wiki/wiki/Liste_der_Mitglieder_des_Sicherheitsrates_der_Vereinten_Nationen",
    },
    Cohort {
        first_year: 1951,
        last_year: 1952,
        members: &[("BRA", "Brazil"), ("NLD", "Netherlands"), ("TUR", "Turkey")],
        source: "http://de.zxc.wiki/wiki/Liste_der_Mitglieder_des_Sicherheitsrates_der_Vereinten_Nationen",
    },
    Cohort {
        first_year: 1952,
        last_year: 1953,
        members: &[("CHL", "Chile"), ("GRC", "Greece"), ("PAK", "Pakistan")],
        source: "http://de.zxc.wiki/wiki/Liste_der_Mitglieder_des_Sicherheitsrates_der_Vereinten_Nationen",
    },
    Cohort {
        first_year: 1953,
        last_year: 1954,
        members: &[("COL", "Colombia"), ("DNK", "Denmark"), ("LBN", "Lebanon")],
        source: "http://de.zxc.wiki/wiki/Liste_der_Mitglieder_des_Sicherheitsrates_der_Vereinten_Nationen",
    },
    Cohort {
        first_year: 1982,
        last_year: 1983,
        members: &[
            ("GUY", "Guyana"),
            ("JOR", "Jordan"),
            ("POL", "Poland"),
            ("TGO", "Togo"),
            ("ZAR", "Zaire"),
        ],
        source: "https://home.cydlabs.com/kiwix/content/wikipedia_en_all_maxi_2024-01/A/1981_United_Nations_Security_Council_election",
    },
    Cohort {
        first_year: 1983,
        last_year: 1984,
        members: &[
            ("MLT", "Malta"),
            ("NLD", "Netherlands"),
            ("NIC", "Nicaragua"),
            ("PAK", "Pakistan"),
            ("ZWE", "Zimbabwe"),
        ],
        source: "http://en.wikipedia.org/wiki/United_Nations_Security_Council_election,_1984",
    },
    Cohort {
        first_year: 1984,
        last_year: 1985,
        members: &[
            ("BFA", "Burkina Faso"),
            ("EGY", "Egypt"),
            ("IND", "India"),
            ("PER", "Peru"),
            ("UKR", "Ukrainian Soviet Socialist Republic"),
        ],
        source: "https://de.other.wiki/wiki/1983_United_Nations_Security_Council_election",
    },
    Cohort {
        first_year: 1985,
        last_year: 1986,
        members: &[
            ("AUS", "Australia"),
            ("DNK", "Denmark"),
            ("MDG", "Madagascar"),
            ("THA", "Thailand"),
            ("TTO", "Trinidad and Tobago"),
        ],
        source: "https://en.wikipedia.org/wiki/1984_United_Nations_Security_Council_election",
    },
    Cohort {
        first_year: 1986,
        last_year: 1987,
        members: &[
            ("BGR", "Bulgaria"),
            ("COG", "Congo"),
            ("GHA", "Ghana"),
            ("ARE", "United Arab Emirates"),
            ("VEN", "Venezuela"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 1987,
        last_year: 1988,
        members: &[
            ("ARG", "Argentina"),
            ("DEU", "Germany, Federal Republic of"),
            ("ITA", "Italy"),
            ("JPN", "Japan"),
            ("ZMB", "Zambia"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 1988,
        last_year: 1989,
        members: &[
            ("DZA", "Algeria"),
            ("BRA", "Brazil"),
            ("NPL", "Nepal"),
            ("SEN", "Senegal"),
            ("YUG", "Yugoslavia"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 1989,
        last_year: 1990,
        members: &[
            ("CAN", "Canada"),
            ("COL", "Colombia"),
            ("ETH", "Ethiopia"),
            ("FIN", "Finland"),
            ("MYS", "Malaysia"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 1990,
        last_year: 1991,
        members: &[
            ("CIV", "Côte d'Ivoire"),
            ("CUB", "Cuba"),
            ("ROU", "Romania"),
            ("YEM", "Yemen"),
            ("ZAR", "Zaire"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 1991,
        last_year: 1992,
        members: &[
            ("AUT", "Austria"),
            ("BEL", "Belgium"),
            ("ECU", "Ecuador"),
            ("IND", "India"),
            ("ZWE", "Zimbabwe"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 1992,
        last_year: 1993,
        members: &[
            ("CPV", "Cape Verde"),
            ("HUN", "Hungary"),
            ("JPN", "Japan"),
            ("MAR", "Morocco"),
            ("VEN", "Venezuela"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 1993,
        last_year: 1994,
        members: &[
            ("BRA", "Brazil"),
            ("DJI", "Djibouti"),
            ("NZL", "New Zealand"),
            ("PAK", "Pakistan"),
            ("ESP", "Spain"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 1994,
        last_year: 1995,
        members: &[
            ("ARG", "Argentina"),
            ("CZE", "Czech Republic"),
            ("NGA", "Nigeria"),
            ("OMN", "Oman"),
            ("RWA", "Rwanda"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 1995,
        last_year: 1996,
        members: &[
            ("BWA", "Botswana"),
            ("DEU", "Germany"),
            ("HND", "Honduras"),
            ("IDN", "Indonesia"),
            ("ITA", "Italy"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 1996,
        last_year: 1997,
        members: &[
            ("CHL", "Chile"),
            ("EGY", "Egypt"),
            ("GNB", "Guinea-Bissau"),
            ("POL", "Poland"),
            ("KOR", "Republic of Korea"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 1997,
        last_year: 1998,
        members: &[
            ("CRI", "Costa Rica"),
            ("JPN", "Japan"),
            ("KEN", "Kenya"),
            ("PRT", "Portugal"),
            ("SWE", "Sweden"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 1998,
        last_year: 1999,
        members: &[
            ("BHR", "Bahrain"),
            ("BRA", "Brazil"),
            ("GAB", "Gabon"),
            ("GMB", "Gambia"),
            ("SVN", "Slovenia"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 1999,
        last_year: 2000,
        members: &[
            ("ARG", "Argentina"),
            ("CAN", "Canada"),
            ("MYS", "Malaysia"),
            ("NAM", "Namibia"),
            ("NLD", "Netherlands"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 2000,
        last_year: 2001,
        members: &[
            ("BGD", "Bangladesh"),
            ("JAM", "Jamaica"),
            ("MLI", "Mali"),
            ("TUN", "Tunisia"),
            ("UKR", "Ukraine"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 2001,
        last_year: 2002,
        members: &[
            ("COL", "Colombia"),
            ("IRL", "Ireland"),
            ("MUS", "Mauritius"),
            ("NOR", "Norway"),
            ("SGP", "Singapore"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 2002,
        last_year: 2003,
        members: &[
            ("BGR", "Bulgaria"),
            ("CMR", "Cameroon"),
            ("GIN", "Guinea"),
            ("MEX", "Mexico"),
            ("SYR", "Syrian Arab Republic"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 2003,
        last_year: 2004,
        members: &[
            ("AGO", "Angola"),
            ("CHL", "Chile"),
            ("DEU", "Germany"),
            ("PAK", "Pakistan"),
            ("ESP", "Spain"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 2004,
        last_year: 2005,
        members: &[
            ("DZA", "Algeria"),
            ("BEN", "Benin"),
            ("BRA", "Brazil"),
            ("PHL", "Philippines"),
            ("ROU", "Romania"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 2005,
        last_year: 2006,
        members: &[
            ("ARG", "Argentina"),
            ("DNK", "Denmark"),
            ("GRC", "Greece"),
            ("JPN", "Japan"),
            ("TZA", "United Republic of Tanzania"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 2006,
        last_year: 2007,
        members: &[
            ("COG", "Congo"),
            ("GHA", "Ghana"),
            ("PER", "Peru"),
            ("QAT", "Qatar"),
            ("SVK", "Slovakia"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 2007,
        last_year: 2008,
        members: &[
            ("BEL", "Belgium"),
            ("IDN", "Indonesia"),
            ("ITA", "Italy"),
            ("PAN", "Panama"),
            ("ZAF", "South Africa"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 2008,
        last_year: 2009,
        members: &[
            ("BFA", "Burkina Faso"),
            ("CRI", "Costa Rica"),
            ("HRV", "Croatia"),
            ("LBY", "Libyan Arab Jamahiriya"),
            ("VNM", "Viet Nam"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 2009,
        last_year: 2010,
        members: &[
            ("AUT", "Austria"),
            ("JPN", "Japan"),
            ("MEX", "Mexico"),
            ("TUR", "Turkey"),
            ("UGA", "Uganda"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 2010,
        last_year: 2011,
        members: &[
            ("BIH", "Bosnia and Herzegovina"),
            ("BRA", "Brazil"),
            ("GAB", "Gabon"),
            ("LBN", "Lebanon"),
            ("NGA", "Nigeria"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
    Cohort {
        first_year: 2011,
        last_year: 2012,
        members: &[
            ("COL", "Colombia"),
            ("DEU", "Germany"),
            ("IND", "India"),
            ("PRT", "Portugal"),
            ("ZAF", "South Africa"),
        ],
        source: "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
    },
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

/// The periods with a built-in roster. The years between are not yet in the table: their
/// elected cohorts still need sources (`docs/history.md`).
pub const ROSTER_PERIODS: [std::ops::RangeInclusive<i32>; 2] = [1946..=1953, 1983..=2026];

/// Every year with a built-in roster, oldest first.
pub fn roster_years() -> impl Iterator<Item = i32> {
    ROSTER_PERIODS.into_iter().flatten()
}

/// The periods with a built-in roster, in words: "1946–1953 and 1983–2026".
#[must_use]
pub fn roster_coverage() -> String {
    let periods: Vec<String> = ROSTER_PERIODS
        .iter()
        .map(|p| format!("{}–{}", p.start(), p.end()))
        .collect();
    periods.join(" and ")
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
    if !ROSTER_PERIODS.iter().any(|p| p.contains(&year)) {
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
    fn years_outside_the_table_have_no_roster() {
        for year in [1945, 1954, 1982, 2027] {
            assert!(roster(year).is_none(), "{year}");
        }
        assert_eq!(roster_coverage(), "1946–1953 and 1983–2026");
    }
}
