//! What can be wrong with a scenario file: the stable codes of its problems.

use crate::input;

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
    /// A straw poll handed to a command that reads only votes or elections.
    StrawPollNotAVote,
    /// A straw poll whose `[rules] question` is not `sg-appointment`.
    VotingRuleOnStrawPoll,
    /// A straw-poll candidate with neither complete counts nor members' opinions, or both.
    StrawPollResultChoice,
    /// A straw-poll count out of range, or counts that do not add up to the Council.
    StrawPollCountMismatch,
    /// A permanent members' share in an undifferentiated poll, or one that does not fit the
    /// permanent members or the counts.
    StrawPollPermanentShare,
    /// Reported counts without a source in a historical straw poll.
    StrawPollUnsourced,
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
    /// A preliminary vote (`kind = "preliminary"`) whose own `[vote.rules] question` is not
    /// `"preliminary"`.
    PreliminaryVoteQuestion,
    /// A draft whose question a preliminary vote of the meeting settles, but which also fixes
    /// it in its own `[vote.rules] question`, or which two preliminary votes concern.
    QuestionAlreadySettled,
    /// A preliminary vote on a draft whose question, from the meeting's `[rules]`, is not one
    /// that the preliminary question can settle: only whether a matter falls under Art. 27(2)
    /// or 27(3) is open to it.
    PreliminaryQuestionNotOpen,
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
pub type Problem = input::Problem<ProblemCode>;

/// A scenario file that could not be loaded: every problem found, with the source text.
pub type ScenarioError = input::Problems<ProblemCode>;
