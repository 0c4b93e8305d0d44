//! What every reader of user input shares: values quoted safely in messages, characters a
//! one-line text may not hold, CSV line numbers whatever the line endings, and "did you mean"
//! suggestions. No I/O of its own.

mod csv_lines;
mod shown;
mod suggest;

pub(crate) use csv_lines::{LineCounter, line_of};
pub(crate) use shown::{is_bidi_control, one_line, shown};
pub use suggest::closest;
