//! Standard output and standard error for every command. A closed standard output (`unsc
//! list | head -1`) ends the command quietly; a closed standard error is ignored.

use std::io::{self, Write};

use super::Failure;

/// Writes `text` to standard output. A closed pipe becomes [`Failure::ClosedPipe`], so the
/// command stops writing and exits quietly.
pub(crate) fn out(text: &str) -> Result<(), Failure> {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(Failure::ClosedPipe),
        Err(e) => Err(miette::miette!("cannot write output: {e}").into()),
    }
}

/// Writes `text` and a newline to standard error; a closed standard error is not an error
/// worth dying for (the exit code still tells the story).
pub(crate) fn diagnostic(text: &str) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "{text}");
}

/// `eprintln!` that never panics: formats a line for [`diagnostic`].
macro_rules! diag {
    ($($arg:tt)*) => {
        $crate::cli::output::diagnostic(&format!($($arg)*))
    };
}
pub(crate) use diag;
