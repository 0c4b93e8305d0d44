//! The one diagnostic type of every reader (scenarios, the Digital Library CSV, weights,
//! answers): a [`Problem`] with a stable kebab-case code, a message and the bytes it points
//! at, collected into [`Problems`] with the file's text, which miette renders with file, line,
//! column and a caret. Readers that count lines (the CSV files, answers) point at the line.

use std::fmt;
use std::ops::Range;

use crate::input::is_bidi_control;
use crate::input::lines::{line_number, line_span};

use miette::{
    Diagnostic, LabeledSpan, MietteError, MietteSpanContents, NamedSource, SourceCode, SourceSpan,
    SpanContents,
};

/// A reader's stable problem codes: an enum with kebab-case names (strum), or the name itself.
pub trait Code: Copy + fmt::Debug + Into<&'static str> + Send + Sync + 'static {}

impl<T: Copy + fmt::Debug + Into<&'static str> + Send + Sync + 'static> Code for T {}

/// One problem in a file read from a user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem<C> {
    /// Its stable code.
    pub code: C,
    /// What is wrong.
    pub message: String,
    /// The offending bytes, when they can be pointed at.
    pub span: Option<Range<usize>>,
    /// The text under the caret.
    pub label: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl<C: Code> Problem<C> {
    pub(crate) fn new(code: C, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            span,
            label: "here".to_owned(),
            help: None,
        }
    }

    /// A problem with line `line` (1-based) of `text`: the span is that line, without its end.
    pub(crate) fn at_line(code: C, text: &[u8], line: u64, message: impl Into<String>) -> Self {
        Self::new(code, Some(line_span(text, line)), message).label("this line")
    }

    /// The stable code, as printed.
    #[must_use]
    pub fn code_str(&self) -> &'static str {
        self.code.into()
    }

    pub(crate) fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    pub(crate) fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl<C> fmt::Display for Problem<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl<C: fmt::Debug> std::error::Error for Problem<C> {}

impl<C: Code> Diagnostic for Problem<C> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code_str()))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.span.clone()?;
        let label = LabeledSpan::new_with_span(Some(self.label.clone()), span);
        Some(Box::new(std::iter::once(label)))
    }
}

/// A file that could not be read: every problem found, in file order, with the file's text.
#[derive(Debug, thiserror::Error)]
#[error("{file_name}: {} problem{} found", found.len(), if found.len() == 1 { "" } else { "s" })]
pub struct Problems<C> {
    file_name: String,
    text: BoundedSource,
    found: Vec<Problem<C>>,
}

impl<C: Code> Problems<C> {
    pub(crate) fn new(file_name: &str, source_text: &str, problems: Vec<Problem<C>>) -> Self {
        Self::from_bytes(file_name, source_text.as_bytes(), problems)
    }

    /// As [`Problems::new`], for a file that may not be UTF-8 (its other bytes are shown as
    /// `?`).
    pub(crate) fn from_bytes(
        file_name: &str,
        source: &[u8],
        mut problems: Vec<Problem<C>>,
    ) -> Self {
        problems.sort_by_key(|p| p.span.as_ref().map_or(0, |s| s.start));
        let text = BoundedSource::new(source);
        for problem in &mut problems {
            problem.span = problem.span.take().map(|s| bounded(s, &text.0));
        }
        Self {
            file_name: file_name.to_owned(),
            text,
            found: problems,
        }
    }

    /// The problems, in file order.
    #[must_use]
    pub fn problems(&self) -> &[Problem<C>] {
        &self.found
    }

    /// The line (1-based) a problem points at; 1 when it points at nothing.
    #[must_use]
    pub fn line(&self, problem: &Problem<C>) -> u64 {
        problem
            .span
            .as_ref()
            .map_or(1, |s| line_number(self.text.0.as_bytes(), s.start))
    }

    /// The name of the file, as given to the loader.
    #[must_use]
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The source, named, for attaching to a `miette::Report`; a snippet of a long line shows
    /// only a window around the problem.
    #[must_use]
    pub fn named_source(&self) -> NamedSource<BoundedSource> {
        NamedSource::new(&self.file_name, self.text.clone())
    }
}

/// The longest span a caret underlines, in bytes; a longer one is cut to its start.
const LONGEST_SPAN: usize = 160;

/// Lines longer than this, in bytes, are shown as a window around the problem.
const LONGEST_LINE: usize = 240;

/// Bytes of a long line shown before and after the problem.
const WINDOW: usize = 60;

/// `span` cut to its first line and at most [`LONGEST_SPAN`] bytes, on character boundaries.
fn bounded(span: Range<usize>, text: &str) -> Range<usize> {
    if span.len() <= LONGEST_SPAN || !text.is_char_boundary(span.start) {
        return span;
    }
    let line_end = text[span.start..]
        .find(['\n', '\r'])
        .map_or(text.len(), |i| span.start + i);
    span.start
        ..text
            .floor_char_boundary(line_end.min(span.start + LONGEST_SPAN))
            .max(span.start)
}

/// A file's text as miette reads it (bytes that are not UTF-8 shown as `?`, byte for byte) for snippets: control and bidirectional-formatting
/// characters replaced (by `\u{fffd}` or `?`, byte for byte, so every span still points
/// where it did), and a snippet touching a line longer than 240 bytes cut to that line, from
/// 60 bytes before the span to 60 bytes after it, so a problem on a 900 KB line does not
/// print the line and 900,000 spaces before its caret.
#[derive(Clone, Debug)]
pub struct BoundedSource(String);

impl BoundedSource {
    fn new(source: &[u8]) -> Self {
        let mut safe = String::with_capacity(source.len());
        for chunk in source.utf8_chunks() {
            safe.push_str(chunk.valid());
            safe.extend(std::iter::repeat_n('?', chunk.invalid().len()));
        }
        let mut text = String::with_capacity(safe.len());
        for c in safe.chars() {
            if is_bidi_control(c) || (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
                match c.len_utf8() {
                    3 => text.push('\u{fffd}'),
                    n => text.extend(std::iter::repeat_n('?', n)),
                }
            } else {
                text.push(c);
            }
        }
        Self(text)
    }
}

impl SourceCode for BoundedSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let text = self.0.as_str();
        let full = text.read_span(span, context_lines_before, context_lines_after)?;
        let long = full
            .data()
            .split(|b| matches!(b, b'\n' | b'\r'))
            .any(|line| line.len() > LONGEST_LINE);
        if !long {
            return Ok(full);
        }
        let start = span.offset().min(text.len());
        let end = (start + span.len()).min(text.len());
        if !(text.is_char_boundary(start) && text.is_char_boundary(end)) {
            return Ok(full);
        }
        let line_start = text[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let line_end = text[end..]
            .find(['\n', '\r'])
            .map_or(text.len(), |i| end + i);
        let from = if context_lines_before == 0 {
            start
        } else {
            text.floor_char_boundary(start.saturating_sub(WINDOW).max(line_start))
        };
        let to = text
            .ceil_char_boundary((end + WINDOW).min(line_end))
            .max(end);
        let line = text.read_span(&SourceSpan::from((start, 0)), 0, 0)?.line();
        Ok(Box::new(MietteSpanContents::new(
            &text.as_bytes()[from..to],
            SourceSpan::from((from, to - from)),
            line,
            from - line_start,
            1,
        )))
    }
}

impl<C: Code> Diagnostic for Problems<C> {
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.text)
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        Some(Box::new(self.found.iter().map(|p| p as &dyn Diagnostic)))
    }
}
