//! What every reader of user input shares: the one diagnostic type ([`Problem`] with a stable
//! code and a location, gathered in [`Problems`]), values quoted safely in messages,
//! characters a one-line text may not hold, CSV line numbers whatever the line endings, and
//! "did you mean" suggestions. Also the reader of weights files for `unsc power`. No I/O of
//! its own: callers hand in the text.

mod csv_lines;
mod lines;
mod problem;
mod shown;
mod suggest;
mod weights;

pub(crate) use csv_lines::{LineCounter, line_of};
pub use problem::{BoundedSource, Code, Problem, Problems};
pub(crate) use shown::{is_bidi_control, one_line, shown};
pub use suggest::closest;
pub use weights::read_weights;

/// The stable names of an enum's values as a list for a message: `a, b, c or d`.
#[must_use]
pub fn one_of<T: strum::VariantNames>() -> String {
    match T::VARIANTS.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_every_name_with_or_before_the_last() {
        assert_eq!(
            super::one_of::<crate::model::OutcomeKind>(),
            "adopted, vetoed, failed, blocked or adopted-without-vote"
        );
    }
}
