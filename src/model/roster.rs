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
    sources: &'static [&'static str],
}

/// The year-by-year table of the German Wikipedia list of members (mobile copy), used for the
/// cohorts it lists before 1961.
const DE_LIST: &str = "https://de.m.wikipedia.org/wiki/Liste_der_Mitglieder_des_Sicherheitsrates_der_Vereinten_Nationen";
/// Pages on single resolutions whose infobox lists the Council that voted.
const RES_124: &str = "https://de.wikipedia.org/wiki/Resolution_124_des_UN-Sicherheitsrates";
const RES_154: &str = "https://de.wiki.li/Resolution_154_des_UN-Sicherheitsrates";
const RES_161: &str = "https://pt.wikipedia.org/wiki/Resolu%C3%A7%C3%A3o_161_do_Conselho_de_Seguran%C3%A7a_das_Na%C3%A7%C3%B5es_Unidas";
const RES_178: &str = "https://de.m.wikipedia.org/wiki/Resolution_178_des_UN-Sicherheitsrates";
const RES_191: &str = "https://pt.m.wikipedia.org/wiki/Resolu%C3%A7%C3%A3o_191_do_Conselho_de_Seguran%C3%A7a_das_Na%C3%A7%C3%B5es_Unidas";
const RES_216: &str = "https://de.m.wikipedia.org/wiki/Resolution_216_des_UN-Sicherheitsrates";
const RES_223: &str = "https://de.m.wikipedia.org/wiki/Resolution_223_des_UN-Sicherheitsrates";
const RES_261: &str = "https://pt.m.wikipedia.org/wiki/Resolu%C3%A7%C3%A3o_261_do_Conselho_de_Seguran%C3%A7a_das_Na%C3%A7%C3%B5es_Unidas";
const RES_268: &str = "https://pt.wikipedia.org/wiki/Resolu%C3%A7%C3%A3o_268_do_Conselho_de_Seguran%C3%A7a_das_Na%C3%A7%C3%B5es_Unidas";
const RES_277: &str = "https://pt.wikipedia.org/wiki/Resolu%C3%A7%C3%A3o_277_do_Conselho_de_Seguran%C3%A7a_das_Na%C3%A7%C3%B5es_Unidas";
const RES_300: &str = "https://pt.wikipedia.org/wiki/Resolu%C3%A7%C3%A3o_300_do_Conselho_de_Seguran%C3%A7a_das_Na%C3%A7%C3%B5es_Unidas";
const RES_308: &str = "https://pt.wikipedia.org/wiki/Resolu%C3%A7%C3%A3o_308_do_Conselho_de_Seguran%C3%A7a_das_Na%C3%A7%C3%B5es_Unidas";
const RES_400: &str = "http://unscr.com/en/resolutions/400";
/// Security Council election pages: who was elected, and who sat until the end of that year.
const ELECTION_1962: &str = "https://wikimili.com/en/1962_United_Nations_Security_Council_election";
const ELECTION_1964: &str =
    "https://pinocchiopedia.com/wiki/1964_United_Nations_Security_Council_election";
const ELECTION_1970: &str =
    "https://de.wikibrief.org/wiki/1970_United_Nations_Security_Council_election";
const ELECTION_1973: &str =
    "https://pinocchiopedia.com/wiki/United_Nations_Security_Council_election,_1973";
const ELECTION_1974: &str =
    "https://www.doc.surf/wiki/1974-united-nations-security-council-election";
/// JTA, 2 January 1968: the five members who left the Council at the end of 1967 and the
/// five who replaced them.
const JTA_1968: &str = "http://www.jta.org/1968/01/02/archive/33-of-46-security-council-meetings-in-1967-devoted-to-middle-east";

/// Elected cohorts, oldest first. A cohort sits from 1 January of `first_year` to
/// 31 December of `last_year`.
const COHORTS: &[Cohort] = &[
    Cohort {
        first_year: 1946,
        last_year: 1947,
        members: &[("AUS", "Australia"), ("BRA", "Brazil"), ("POL", "Poland")],
        sources: &["https://history.state.gov/historicaldocuments/frus1946v01/d82"],
    },
    Cohort {
        first_year: 1946,
        last_year: 1946,
        members: &[("EGY", "Egypt"), ("MEX", "Mexico"), ("NLD", "Netherlands")],
        sources: &["https://history.state.gov/historicaldocuments/frus1946v01/d82"],
    },
    Cohort {
        first_year: 1947,
        last_year: 1948,
        members: &[("BEL", "Belgium"), ("COL", "Colombia"), ("SYR", "Syria")],
        sources: &[
            "http://en.wikipedia.org/wiki/United_Nations_Security_Council_election,_November_1946",
        ],
    },
    Cohort {
        first_year: 1948,
        last_year: 1949,
        members: &[
            ("ARG", "Argentina"),
            ("CAN", "Canada"),
            ("UKR", "Ukrainian Soviet Socialist Republic"),
        ],
        sources: &[
            "http://de.zxc.wiki/wiki/Liste_der_Mitglieder_des_Sicherheitsrates_der_Vereinten_Nationen",
        ],
    },
    Cohort {
        first_year: 1949,
        last_year: 1950,
        members: &[("CUB", "Cuba"), ("EGY", "Egypt"), ("NOR", "Norway")],
        sources: &["https://wikimili.com/en/1948_United_Nations_Security_Council_election"],
    },
    Cohort {
        first_year: 1950,
        last_year: 1951,
        members: &[("ECU", "Ecuador"), ("IND", "India"), ("YUG", "Yugoslavia")],
        sources: &[
            "http://de.zxc.wiki/wiki/Liste_der_Mitglieder_des_Sicherheitsrates_der_Vereinten_Nationen",
        ],
    },
    Cohort {
        first_year: 1951,
        last_year: 1952,
        members: &[("BRA", "Brazil"), ("NLD", "Netherlands"), ("TUR", "Turkey")],
        sources: &[
            "http://de.zxc.wiki/wiki/Liste_der_Mitglieder_des_Sicherheitsrates_der_Vereinten_Nationen",
        ],
    },
    Cohort {
        first_year: 1952,
        last_year: 1953,
        members: &[("CHL", "Chile"), ("GRC", "Greece"), ("PAK", "Pakistan")],
        sources: &[
            "http://de.zxc.wiki/wiki/Liste_der_Mitglieder_des_Sicherheitsrates_der_Vereinten_Nationen",
        ],
    },
    Cohort {
        first_year: 1953,
        last_year: 1954,
        members: &[("COL", "Colombia"), ("DNK", "Denmark"), ("LBN", "Lebanon")],
        sources: &[
            "http://de.zxc.wiki/wiki/Liste_der_Mitglieder_des_Sicherheitsrates_der_Vereinten_Nationen",
        ],
    },
    Cohort {
        first_year: 1954,
        last_year: 1955,
        members: &[("BRA", "Brazil"), ("NZL", "New Zealand"), ("TUR", "Turkey")],
        sources: &[DE_LIST, "http://unscr.com/en/resolutions/109"],
    },
    Cohort {
        first_year: 1955,
        last_year: 1956,
        members: &[("BEL", "Belgium"), ("IRN", "Iran"), ("PER", "Peru")],
        sources: &[DE_LIST, "http://unscr.com/en/resolutions/109"],
    },
    Cohort {
        first_year: 1956,
        last_year: 1957,
        members: &[("AUS", "Australia"), ("CUB", "Cuba")],
        sources: &[DE_LIST, RES_124],
    },
    // Yugoslavia and the Philippines split the 1956–1957 term.
    Cohort {
        first_year: 1956,
        last_year: 1956,
        members: &[("YUG", "Yugoslavia")],
        sources: &[DE_LIST],
    },
    Cohort {
        first_year: 1957,
        last_year: 1957,
        members: &[("PHL", "Philippines")],
        sources: &[DE_LIST, RES_124],
    },
    Cohort {
        first_year: 1957,
        last_year: 1958,
        members: &[("COL", "Colombia"), ("IRQ", "Iraq"), ("SWE", "Sweden")],
        sources: &[DE_LIST, RES_124],
    },
    Cohort {
        first_year: 1958,
        last_year: 1959,
        members: &[("CAN", "Canada"), ("JPN", "Japan"), ("PAN", "Panama")],
        sources: &[DE_LIST],
    },
    Cohort {
        first_year: 1959,
        last_year: 1960,
        members: &[("ARG", "Argentina"), ("ITA", "Italy"), ("TUN", "Tunisia")],
        sources: &[DE_LIST, RES_154],
    },
    Cohort {
        first_year: 1960,
        last_year: 1961,
        members: &[("LKA", "Ceylon"), ("ECU", "Ecuador")],
        sources: &[DE_LIST, RES_154, RES_161],
    },
    // Poland and Turkey split the 1960–1961 term.
    Cohort {
        first_year: 1960,
        last_year: 1960,
        members: &[("POL", "Poland")],
        sources: &[DE_LIST, RES_154],
    },
    Cohort {
        first_year: 1961,
        last_year: 1961,
        members: &[("TUR", "Turkey")],
        sources: &[RES_161],
    },
    Cohort {
        first_year: 1961,
        last_year: 1962,
        members: &[("CHL", "Chile"), ("EGY", "United Arab Republic")],
        sources: &[RES_161, ELECTION_1962],
    },
    // Liberia and Ireland split the 1961–1962 term.
    Cohort {
        first_year: 1961,
        last_year: 1961,
        members: &[("LBR", "Liberia")],
        sources: &[RES_161],
    },
    Cohort {
        first_year: 1962,
        last_year: 1962,
        members: &[("IRL", "Ireland")],
        sources: &[ELECTION_1962],
    },
    Cohort {
        first_year: 1962,
        last_year: 1963,
        members: &[("GHA", "Ghana"), ("VEN", "Venezuela")],
        sources: &[RES_178],
    },
    // Romania and the Philippines split the 1962–1963 term.
    Cohort {
        first_year: 1962,
        last_year: 1962,
        members: &[("ROU", "Romania")],
        sources: &[ELECTION_1962],
    },
    Cohort {
        first_year: 1963,
        last_year: 1963,
        members: &[("PHL", "Philippines")],
        sources: &[RES_178],
    },
    Cohort {
        first_year: 1963,
        last_year: 1964,
        members: &[("BRA", "Brazil"), ("MAR", "Morocco"), ("NOR", "Norway")],
        sources: &[RES_178, RES_191],
    },
    Cohort {
        first_year: 1964,
        last_year: 1965,
        members: &[("BOL", "Bolivia"), ("CIV", "Ivory Coast")],
        sources: &[RES_191, RES_216],
    },
    // Czechoslovakia and Malaysia split the 1964–1965 term.
    Cohort {
        first_year: 1964,
        last_year: 1964,
        members: &[("CSK", "Czechoslovakia")],
        sources: &[RES_191, ELECTION_1964],
    },
    Cohort {
        first_year: 1965,
        last_year: 1965,
        members: &[("MYS", "Malaysia")],
        sources: &[ELECTION_1964, RES_216],
    },
    // Elected in 1964; Jordan and Mali were to split a term, and both served two full years
    // once the enlargement of the Council came into force (31 August 1965).
    Cohort {
        first_year: 1965,
        last_year: 1966,
        members: &[
            ("JOR", "Jordan"),
            ("NLD", "Netherlands"),
            ("URY", "Uruguay"),
        ],
        sources: &[ELECTION_1964, RES_216, RES_223],
    },
    Cohort {
        first_year: 1966,
        last_year: 1967,
        members: &[("MLI", "Mali")],
        sources: &[ELECTION_1964, RES_223, JTA_1968],
    },
    Cohort {
        first_year: 1966,
        last_year: 1967,
        members: &[
            ("ARG", "Argentina"),
            ("BGR", "Bulgaria"),
            ("JPN", "Japan"),
            ("NGA", "Nigeria"),
        ],
        sources: &[RES_223, JTA_1968],
    },
    // Two of the four seats added in 1966 ran for one year, to stagger the terms.
    Cohort {
        first_year: 1966,
        last_year: 1966,
        members: &[("NZL", "New Zealand"), ("UGA", "Uganda")],
        sources: &[RES_223, JTA_1968, RES_261],
    },
    Cohort {
        first_year: 1967,
        last_year: 1968,
        members: &[
            ("BRA", "Brazil"),
            ("CAN", "Canada"),
            ("DNK", "Denmark"),
            ("ETH", "Ethiopia"),
            ("IND", "India"),
        ],
        sources: &[JTA_1968, RES_261],
    },
    Cohort {
        first_year: 1968,
        last_year: 1969,
        members: &[
            ("DZA", "Algeria"),
            ("HUN", "Hungary"),
            ("PAK", "Pakistan"),
            ("PRY", "Paraguay"),
            ("SEN", "Senegal"),
        ],
        sources: &[JTA_1968, RES_261, RES_268],
    },
    Cohort {
        first_year: 1969,
        last_year: 1970,
        members: &[
            ("COL", "Colombia"),
            ("FIN", "Finland"),
            ("NPL", "Nepal"),
            ("ESP", "Spain"),
            ("ZMB", "Zambia"),
        ],
        sources: &[RES_268, RES_277, ELECTION_1970],
    },
    Cohort {
        first_year: 1970,
        last_year: 1971,
        members: &[
            ("BDI", "Burundi"),
            ("NIC", "Nicaragua"),
            ("POL", "Poland"),
            ("SLE", "Sierra Leone"),
            ("SYR", "Syria"),
        ],
        sources: &[RES_277, RES_300],
    },
    Cohort {
        first_year: 1971,
        last_year: 1972,
        members: &[
            ("ARG", "Argentina"),
            ("BEL", "Belgium"),
            ("ITA", "Italy"),
            ("JPN", "Japan"),
            ("SOM", "Somalia"),
        ],
        sources: &[ELECTION_1970, RES_300, RES_308],
    },
    Cohort {
        first_year: 1972,
        last_year: 1973,
        members: &[
            ("GIN", "Guinea"),
            ("IND", "India"),
            ("PAN", "Panama"),
            ("SDN", "Sudan"),
            ("YUG", "Yugoslavia"),
        ],
        sources: &[RES_308, ELECTION_1973],
    },
    Cohort {
        first_year: 1973,
        last_year: 1974,
        members: &[
            ("AUS", "Australia"),
            ("AUT", "Austria"),
            ("IDN", "Indonesia"),
            ("KEN", "Kenya"),
            ("PER", "Peru"),
        ],
        sources: &[ELECTION_1974],
    },
    Cohort {
        first_year: 1974,
        last_year: 1975,
        members: &[
            ("BLR", "Byelorussian Soviet Socialist Republic"),
            ("CMR", "Cameroon"),
            ("CRI", "Costa Rica"),
            ("IRQ", "Iraq"),
            ("MRT", "Mauritania"),
        ],
        sources: &[ELECTION_1973],
    },
    Cohort {
        first_year: 1975,
        last_year: 1976,
        members: &[
            ("GUY", "Guyana"),
            ("ITA", "Italy"),
            ("JPN", "Japan"),
            ("SWE", "Sweden"),
            ("TZA", "United Republic of Tanzania"),
        ],
        sources: &[ELECTION_1974, RES_400],
    },
    // Elected as Dahomey, which took the name Benin on 30 November 1975.
    Cohort {
        first_year: 1976,
        last_year: 1977,
        members: &[
            ("BEN", "Benin"),
            ("LBY", "Libyan Arab Republic"),
            ("PAK", "Pakistan"),
            ("PAN", "Panama"),
            ("ROU", "Romania"),
        ],
        sources: &[
            "https://en.wikipedia.org/wiki/1975_United_Nations_Security_Council_election",
            RES_400,
        ],
    },
    Cohort {
        first_year: 1977,
        last_year: 1978,
        members: &[
            ("CAN", "Canada"),
            ("DEU", "Germany, Federal Republic of"),
            ("IND", "India"),
            ("MUS", "Mauritius"),
            ("VEN", "Venezuela"),
        ],
        sources: &[
            "http://theinfolist.com/php/SummaryGet.php?FindGo=1976_United_Nations_Security_Council_election",
        ],
    },
    Cohort {
        first_year: 1978,
        last_year: 1979,
        members: &[
            ("BOL", "Bolivia"),
            ("CSK", "Czechoslovakia"),
            ("GAB", "Gabon"),
            ("KWT", "Kuwait"),
            ("NGA", "Nigeria"),
        ],
        sources: &["https://en.wikipedia.org/wiki/1977_United_Nations_Security_Council_election"],
    },
    Cohort {
        first_year: 1979,
        last_year: 1980,
        members: &[
            ("BGD", "Bangladesh"),
            ("JAM", "Jamaica"),
            ("NOR", "Norway"),
            ("PRT", "Portugal"),
            ("ZMB", "Zambia"),
        ],
        sources: &["https://en.wikipedia.org/wiki/1978_United_Nations_Security_Council_election"],
    },
    // The 1979 election took 155 ballots; Mexico was elected on 7 January 1980 and the
    // roster, which is by calendar year, lists it for all of 1980.
    Cohort {
        first_year: 1980,
        last_year: 1981,
        members: &[
            ("DDR", "German Democratic Republic"),
            ("MEX", "Mexico"),
            ("NER", "Niger"),
            ("PHL", "Philippines"),
            ("TUN", "Tunisia"),
        ],
        sources: &["https://en.wikipedia.org/wiki/1979_United_Nations_Security_Council_election"],
    },
    Cohort {
        first_year: 1981,
        last_year: 1982,
        members: &[
            ("IRL", "Ireland"),
            ("JPN", "Japan"),
            ("PAN", "Panama"),
            ("ESP", "Spain"),
            ("UGA", "Uganda"),
        ],
        sources: &["https://www.worddisk.com/wiki/1980_United_Nations_Security_Council_election"],
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
        sources: &[
            "https://home.cydlabs.com/kiwix/content/wikipedia_en_all_maxi_2024-01/A/1981_United_Nations_Security_Council_election",
        ],
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
        sources: &["http://en.wikipedia.org/wiki/United_Nations_Security_Council_election,_1984"],
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
        sources: &["https://de.other.wiki/wiki/1983_United_Nations_Security_Council_election"],
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
        sources: &["https://en.wikipedia.org/wiki/1984_United_Nations_Security_Council_election"],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html",
        ],
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
        sources: &[
            "https://english.vov.vn/en/five-new-members-elected-to-un-security-council-227289.vov",
        ],
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
        sources: &["http://www.reuters.com/article/un-council-vote-final-idUSL1E8LI9L420121018"],
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
        sources: &[
            "https://foreignpolicynews.org/2014/01/03/five-new-nations-join-un-security-council-non-permanent-members",
        ],
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
        sources: &["https://www.kuna.net.kw/ArticleDetails.aspx?id=2402819&Language=en"],
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
        sources: &["http://tass.com/world/829303"],
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
        sources: &[
            "https://business-standard.com/amp/article/pti-stories/italy-the-netherlands-to-share-2-yr-term-on-unsc-116062900910_1.html",
        ],
    },
    Cohort {
        first_year: 2017,
        last_year: 2017,
        members: &[("ITA", "Italy")],
        sources: &[
            "https://business-standard.com/amp/article/pti-stories/italy-the-netherlands-to-share-2-yr-term-on-unsc-116062900910_1.html",
        ],
    },
    Cohort {
        first_year: 2018,
        last_year: 2018,
        members: &[("NLD", "Netherlands")],
        sources: &[
            "https://en.inform.kz/amp/un-general-assembly-elects-five-non-permanent-unsc-members_a3032701/",
        ],
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
        sources: &[
            "https://en.inform.kz/amp/un-general-assembly-elects-five-non-permanent-unsc-members_a3032701/",
        ],
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
        sources: &["https://news.un.org/en/story/2018/06/1011731"],
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
        sources: &["GA/12152"],
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
        sources: &[
            "https://www.aljazeera.com/news/2020/6/18/kenya-defeats-djibouti-to-win-a-seat-at-the-un-security-council",
        ],
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
        sources: &[
            "https://www.latestly.com/agency-news/world-news-albania-brazil-gabon-ghana-uae-elected-to-un-security-council-for-2022-23-term-2540930.html",
        ],
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
        sources: &["https://koreatimes.co.kr/www/world/2022/12/683_330772.html"],
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
        sources: &["https://allafrica.com/stories/202306070273.html"],
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
        sources: &[
            "https://caliber.az/en/post/un-general-assembly-elects-five-new-members-to-shape-global-security-agenda",
        ],
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
        sources: &[
            "https://www.anews.com.tr/world/2025/06/03/un-general-assembly-elects-5-non-permanent-members-to-security-council",
        ],
    },
];

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
    Some(Roster {
        year,
        council,
        sources,
        terms,
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
