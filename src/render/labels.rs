//! The words the classroom pages' script writes, rendered into every page as one JSON object,
//! so the pages' English lives here too. `{name}` marks a value the script fills in.

use std::collections::BTreeMap;

/// Each label's key, as the script names it, and its words.
const LABELS: &[(&str, &str)] = &[
    ("vote-yes", "in favour"),
    ("vote-no", "against"),
    ("vote-abstain", "abstained"),
    ("vote-absent", "absent"),
    ("vote-not-participating", "did not participate"),
    ("seat", "{name}: {vote}"),
    ("permanent-seat", "{name} (permanent member): {vote}"),
    (
        "seat-hint",
        "{seat}. Press Enter or Space to change the vote.",
    ),
    ("vetoed-by", "(veto: {members})"),
    ("none", "none"),
    ("differs", "Differs from the record: {differences}."),
    ("difference", "{name} voted {recorded}, here {current}"),
    ("as-recorded", "Every vote is as the record has it."),
    ("error", "Error: {message}"),
    (
        "probabilities",
        "P(adopted) = {adopted} · P(vetoed) = {vetoed} · P(failed) = {failed} ({method})",
    ),
    ("score", "Score: {points} of {max}"),
    ("class-one", "Class {code}: 1 prediction so far."),
    ("class-many", "Class {code}: {total} predictions so far."),
    (
        "class-scenario",
        "{submissions} submitted; mean score {mean}. Predicted outcomes — {outcomes}. The outcome: {outcome}.",
    ),
    (
        "wrong-caption",
        "Members the class got wrong, most often first",
    ),
    ("member", "Member"),
    ("wrong-predictions", "Wrong predictions"),
    ("power-title", "Voting power of {title}."),
    (
        "power-chart",
        "Shapley–Shubik (solid) and normalised Banzhaf (hatched) values per member; the table below gives the same numbers.",
    ),
];

/// The labels as one JSON object, key → words.
#[must_use]
pub fn page_labels() -> String {
    let labels: BTreeMap<&str, &str> = LABELS.iter().copied().collect();
    serde_json::to_string(&labels).expect("a map of strings serialises")
}

#[cfg(test)]
mod tests {
    use super::LABELS;

    /// The script reads each label by its key, so no key may be given twice.
    #[test]
    fn every_key_is_given_once() {
        for (i, (key, _)) in LABELS.iter().enumerate() {
            assert!(!LABELS[..i].iter().any(|(k, _)| k == key), "{key}");
        }
    }
}
