//! What can be wrong with a scenario file, each problem with a stable code and a span.

use std::fmt;
use std::ops::Range;

use crate::input::is_bidi_control;

use miette::{
    Diagnostic, LabeledSpan, MietteError, MietteSpanContents, NamedSource, SourceCode, SourceSpan,
    SpanContents,
};

/// Stable kebab-case codes for scenario problems, documented in `docs/scenario-format.md`.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
    strum::VariantNames,
    strum::Display,
)]
#[strum(serialize_all = "kebab-case")]
#[non_exhaustive]
pub enum ProblemCode {
    /// The file is not valid TOML.
    TomlSyntax,
    /// A key the format does not define.
    UnknownKey,
    /// A value has the wrong type or is not one of the allowed words.
    InvalidValue,
    /// A required key is missing.
    MissingKey,
    /// `format` names a version this build does not read.
    UnsupportedFormat,
    /// Neither `council` nor `[[member]]`, or both.
    CouncilChoice,
    /// `council = YEAR` with no built-in roster for that year.
    UnknownRosterYear,
    /// The roster year is not the year of the vote.
    RosterDateMismatch,
    /// Not three upper-case letters.
    InvalidMemberCode,
    /// A member listed twice.
    DuplicateMember,
    /// A code that is not a member of this Council.
    UnknownMember,
    /// The Council does not fit its rule set.
    CouncilRuleMismatch,
    /// A threshold outside 1..=Council size.
    InvalidThreshold,
    /// A member with no stance and no default.
    MissingStance,
    /// A vote listed twice in the record.
    DuplicateRecordVote,
    /// A member with no vote in the record.
    IncompleteRecord,
    /// A historical fact with no source.
    MissingSource,
    /// A source that is neither a UN symbol nor a web address.
    InvalidSource,
    /// An identifier that is not kebab-case, or an empty text.
    InvalidText,
    /// A provision id used twice.
    DuplicateProvision,
    /// A historical scenario with no `[record]`.
    MissingRecord,
    /// The file is larger than the loader accepts.
    FileTooLarge,
    /// A provision id the draft does not define.
    UnknownProvision,
    /// Probabilities that are not a distribution.
    InvalidOdds,
    /// Members following each other in a circle.
    AlignmentCycle,
    /// A stance with none, or more than one, of `vote`, `p`, `follows`.
    AmbiguousStance,
    /// Two variants with the same name.
    DuplicateVariant,
    /// More provisions than supported.
    TooManyProvisions,
    /// A voting rule (threshold, veto, blocking switch) given for a consensus statement.
    VotingRuleOnStatement,
    /// A veto or blocking switch given for a Uniting for Peace referral, which is procedural.
    VetoOnUnitingForPeace,
    /// A meeting of several votes given where one vote is expected (a command or page that
    /// takes a single vote).
    MeetingNotSupported,
    /// `question = "icj-election"` written as a vote on a draft, with `[draft]` and no
    /// `[election]`.
    ElectionAsDraft,
    /// An ICJ election handed to a command that reads only votes on a draft.
    ElectionNotAVote,
    /// A voting rule (preset, threshold, veto, blocking switch, dispute parties) given for an
    /// ICJ election, whose rule the Statute fixes.
    VotingRuleOnElection,
    /// `[draft]`, `[stances]`, `[[bloc]]` or `[[variant]]` in an ICJ election.
    DraftOnElection,
    /// Vacancies outside 1 to 15.
    InvalidVacancies,
    /// A candidate listed twice, or marked twice on one ballot.
    DuplicateCandidate,
    /// A name that is not a candidate in the election.
    UnknownCandidate,
    /// A member's ballot marking more names than there are vacancies.
    TooManyNames,
    /// A candidate's votes, or all votes together, more than the Council can cast.
    VotesExceedMembership,
    /// Members' ballots in a historical election, whose ballot is secret.
    SecretBallot,
    /// Both, or neither, of an election's `votes` and `ballots`.
    ElectionTallyChoice,
    /// A meeting file that also has a top-level `[draft]`, `[record]` or `[[variant]]`, or a
    /// `[meeting]` table with no `[[vote]]`.
    MeetingConflict,
    /// Two votes of a meeting with the same id.
    DuplicateVote,
    /// A vote id (in `amends`, `part_of` or `[meeting] order`) that names no vote of the meeting.
    UnknownVote,
    /// An amendment, separate vote or order that names a vote which is not a draft.
    NotADraft,
    /// A vote whose keys do not fit its kind: an amendment without `amends`, a separate vote
    /// without `part_of` or `provision`, a draft with either.
    VoteTarget,
    /// A `[meeting] order` that does not name every draft of the meeting exactly once.
    IncompleteOrder,
    /// A veto or blocking switch given for a review conference (Art. 109), which none can veto.
    VetoOnReviewConference,
    /// Vote lists in a record of a text adopted without a vote.
    TallyWithoutVote,
    /// A control or bidirectional-formatting character where the text may not hold it.
    ForbiddenCharacter,
    /// `dispute_parties` on a question the Art. 27(3) proviso does not reach: a procedural or
    /// preliminary question, or a statement.
    DisputePartiesWithoutProviso,
    /// `ruling`, `challenged` or `challenge_vote` on a question other than the preliminary
    /// question.
    RulingWithoutPreliminary,
    /// `challenged` or `challenge_vote` with no `ruling` to challenge.
    ChallengeWithoutRuling,
    /// `challenge_vote` on a ruling that `challenged` says was not challenged.
    ChallengeVoteWithoutChallenge,
}

impl ProblemCode {
    /// The stable code, as printed in diagnostics.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One problem in a scenario file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Its stable code.
    pub code: ProblemCode,
    /// What is wrong.
    pub message: String,
    /// The offending bytes, when they can be pointed at.
    pub span: Option<Range<usize>>,
    /// The text under the caret.
    pub label: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Problem {
    pub(crate) fn new(
        code: ProblemCode,
        span: Option<Range<usize>>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code,
            message: message.into(),
            span,
            label: "here".to_owned(),
            help: None,
        }
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

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Problem {}

impl Diagnostic for Problem {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code.as_str()))
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

/// A scenario file that could not be loaded: every problem found, with the source text.
#[derive(Debug, thiserror::Error)]
#[error("{file_name}: {} problem{} found", problems.len(), if problems.len() == 1 { "" } else { "s" })]
pub struct ScenarioError {
    file_name: String,
    text: BoundedSource,
    problems: Vec<Problem>,
}

impl ScenarioError {
    pub(crate) fn new(file_name: &str, source_text: &str, mut problems: Vec<Problem>) -> Self {
        problems.sort_by_key(|p| p.span.as_ref().map_or(0, |s| s.start));
        for problem in &mut problems {
            problem.span = problem.span.take().map(|s| bounded(s, source_text));
        }
        Self {
            file_name: file_name.to_owned(),
            text: BoundedSource::new(source_text),
            problems,
        }
    }

    /// The problems, in file order.
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        &self.problems
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

/// A scenario's text as miette reads it for snippets: control and bidirectional-formatting
/// characters replaced (by `\u{fffd}` or `?`, byte for byte, so every span still points
/// where it did), and a snippet touching a line longer than 240 bytes cut to that line, from
/// 60 bytes before the span to 60 bytes after it, so a problem on a 900 KB line does not
/// print the line and 900,000 spaces before its caret.
#[derive(Clone, Debug)]
pub struct BoundedSource(String);

impl BoundedSource {
    fn new(text: &str) -> Self {
        let mut safe = String::with_capacity(text.len());
        for c in text.chars() {
            if is_bidi_control(c) || (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
                match c.len_utf8() {
                    3 => safe.push('\u{fffd}'),
                    n => safe.extend(std::iter::repeat_n('?', n)),
                }
            } else {
                safe.push(c);
            }
        }
        Self(safe)
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

impl Diagnostic for ScenarioError {
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.text)
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        Some(Box::new(self.problems.iter().map(|p| p as &dyn Diagnostic)))
    }
}
