//! "Did you mean …?": the known name closest to an unknown one.

/// How alike (Jaro–Winkler, 0 to 1, ignoring case) a candidate must be to be suggested.
const LIKENESS: f64 = 0.8;

/// The candidate most like `unknown`, if one is alike enough to be what was meant.
#[must_use]
pub fn closest<'a>(
    unknown: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let unknown = unknown.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&unknown, &c.to_lowercase()), c))
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
    }

    #[test]
    fn nothing_alike_suggests_nothing() {
        assert_eq!(closest("penholder-notes", ["id", "title"]), None);
        assert_eq!(closest("x", []), None);
    }
}
