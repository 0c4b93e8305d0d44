//! CSV line numbers as an editor shows them, whatever the line endings.
//!
//! The `csv` crate positions a record where its parser stood when the record began: after a
//! CRLF line ending that is on the `\n` still to be skipped, and before any blank lines, so
//! its line numbers run one low in files written by Windows, Excel or Python. Reading through a
//! [`LineCounter`] gives each record the line of its first byte instead.

use std::collections::VecDeque;
use std::io;

/// Reads through to `inner`, noting where each non-blank line starts. `\n`, `\r\n` and a lone
/// `\r` each end a line.
pub(crate) struct LineCounter<R> {
    inner: R,
    /// Bytes read so far.
    offset: u64,
    /// The line being read (1-based).
    line: u64,
    at_line_start: bool,
    after_cr: bool,
    /// The byte offset and number of each line start read but not yet asked about.
    starts: VecDeque<(u64, u64)>,
}

impl<R> LineCounter<R> {
    pub(crate) fn new(inner: R) -> Self {
        Self {
            inner,
            offset: 0,
            line: 1,
            at_line_start: true,
            after_cr: false,
            starts: VecDeque::new(),
        }
    }

    /// The line of a record the `csv` crate positions at `byte`: the first non-blank line
    /// starting there or later. Ask in file order: earlier lines are forgotten.
    pub(crate) fn line_at(&mut self, byte: u64) -> u64 {
        while let Some(&(start, line)) = self.starts.front() {
            if start >= byte {
                return line;
            }
            self.starts.pop_front();
        }
        self.line
    }

    fn see(&mut self, byte: u8) {
        match byte {
            // The `\n` of `\r\n`: the line was counted at the `\r`.
            b'\n' if self.after_cr => {}
            b'\n' | b'\r' => {
                self.line += 1;
                self.at_line_start = true;
            }
            _ if self.at_line_start => {
                self.starts.push_back((self.offset, self.line));
                self.at_line_start = false;
            }
            _ => {}
        }
        self.after_cr = byte == b'\r';
        self.offset += 1;
    }
}

impl<R: io::Read> io::Read for LineCounter<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        for &byte in &buf[..n] {
            self.see(byte);
        }
        Ok(n)
    }
}

/// The line of a `csv` position read through `counter`.
pub(crate) fn line_of<R>(counter: &mut LineCounter<R>, position: Option<&csv::Position>) -> u64 {
    position.map_or(1, |p| counter.line_at(p.byte()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line of every record and the header, as `csv` reads `text` through a counter.
    fn lines(text: &str) -> Vec<u64> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(LineCounter::new(text.as_bytes()));
        let mut record = csv::StringRecord::new();
        let mut lines = Vec::new();
        while reader.read_record(&mut record).expect("csv") {
            lines.push(line_of(reader.get_mut(), record.position()));
        }
        lines
    }

    #[test]
    fn every_line_ending_numbers_records_alike() {
        for text in [
            "a,b\n1,2\n3,4\n",
            "a,b\r\n1,2\r\n3,4\r\n",
            "a,b\r1,2\r3,4\r",
            "a,b\n1,2\r\n3,4",
        ] {
            assert_eq!(lines(text), [1, 2, 3], "{text:?}");
        }
    }

    #[test]
    fn blank_lines_and_quoted_line_breaks_count() {
        assert_eq!(lines("a,b\r\n\r\n1,2\n\"x\r\ny\",2\n\n3,4\n"), [1, 3, 4, 7]);
    }
}
