//! Byte spans of lines, for readers that count lines: `\n`, `\r\n` and a lone `\r` each end a
//! line, as in [`LineCounter`](crate::input::LineCounter).

use std::ops::Range;

/// The bytes of line `line` (1-based) of `text`, without its line ending; an empty span at
/// the end of the text for a line past its end.
pub(crate) fn line_span(text: &[u8], line: u64) -> Range<usize> {
    let mut start = 0;
    let mut current = 1;
    while current < line {
        match next_line_start(text, start) {
            Some(next) => start = next,
            None => return text.len()..text.len(),
        }
        current += 1;
    }
    let end = text[start..]
        .iter()
        .position(|&b| matches!(b, b'\n' | b'\r'))
        .map_or(text.len(), |i| start + i);
    start..end
}

/// The line (1-based) that holds byte `at` of `text`.
pub(crate) fn line_number(text: &[u8], at: usize) -> u64 {
    let mut line = 1;
    let mut start = 0;
    while let Some(next) = next_line_start(text, start) {
        if next > at {
            break;
        }
        start = next;
        line += 1;
    }
    line
}

/// Where the line after the one starting at `start` starts, if there is one.
fn next_line_start(text: &[u8], start: usize) -> Option<usize> {
    let end = start
        + text[start..]
            .iter()
            .position(|&b| matches!(b, b'\n' | b'\r'))?;
    Some(if text[end..].starts_with(b"\r\n") {
        end + 2
    } else {
        end + 1
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_ending_ends_a_line() {
        for text in ["a\nbb\ncc", "a\r\nbb\r\ncc", "a\rbb\rcc"] {
            let bytes = text.as_bytes();
            let second = line_span(bytes, 2);
            assert_eq!(&text[second.clone()], "bb", "{text:?}");
            assert_eq!(line_number(bytes, second.start), 2);
            assert_eq!(&text[line_span(bytes, 3)], "cc");
            assert_eq!(line_span(bytes, 9), text.len()..text.len());
        }
    }
}
