//! "Did you mean …?": the known name closest to an unknown one.

/// How alike (Jaro–Winkler, 0 to 1, ignoring case) a candidate must be to be suggested.
const LIKENESS: f64 = 0.8;

/// The likeness given to a candidate that contains what was typed (of at least
/// [`SHORTEST_PART`] characters): `mali-sanctions-russia` for `2023-08-30-mali-sanctions-russia`.
/// A name typed in part with a typo is compared with the candidate's end of the same length.
const CONTAINS: f64 = 0.9;

/// The fewest characters a part of a name must have to be matched inside a candidate.
const SHORTEST_PART: usize = 4;

/// The candidate most like `unknown`, if one is alike enough to be what was meant.
#[must_use]
pub fn closest<'a>(
    unknown: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let unknown = unknown.to_lowercase();
    let likeness = |candidate: &str| {
        let candidate = candidate.to_lowercase();
        let alike = strsim::jaro_winkler(&unknown, &candidate);
        let typed = unknown.chars().count();
        if typed < SHORTEST_PART {
            return alike;
        }
        if candidate.contains(&unknown) {
            return alike.max(CONTAINS);
        }
        let skip = candidate.chars().count().saturating_sub(typed);
        let end: String = candidate.chars().skip(skip).collect();
        alike.max(strsim::jaro_winkler(&unknown, &end))
    };
    candidates
        .into_iter()
        .map(|c| (likeness(c), c))
        .filter(|(score, _)| *score >= LIKENESS)
        .fold(None, |best: Option<(f64, &str)>, (score, c)| match best {
            Some((top, _)) if top >= score => best,
            _ => Some((score, c)),
        })
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn a_typo_finds_the_name_meant() {
        assert_eq!(closest("titel", ["id", "title", "date"]), Some("title"));
        assert_eq!(closest("rus", ["CHN", "RUS", "USA"]), Some("RUS"));
        assert_eq!(
            closest(
                "mali-sanctions-russia",
                ["2024-x", "2023-08-30-mali-sanctions-russia"]
            ),
            Some("2023-08-30-mali-sanctions-russia")
        );
        assert_eq!(
            closest("mali-sanctions-rusia", ["2023-08-30-mali-sanctions-russia"]),
            Some("2023-08-30-mali-sanctions-russia")
        );
    }

    #[test]
    fn nothing_alike_suggests_nothing() {
        assert_eq!(closest("penholder-notes", ["id", "title"]), None);
        assert_eq!(closest("x", []), None);
    }
}
