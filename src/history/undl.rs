//! The UN Digital Library's "Security Council voting data" CSV, read into recorded votes.
//!
//! One row per member per vote, in the library's official column layout
//! (<https://digitallibrary.un.org/record/4055387>). Columns are matched by header name:
//! extra columns are ignored, optional ones may be missing. Rows are grouped into one vote per
//! draft symbol, or per resolution symbol where the draft is empty, and date. Every problem is
//! reported with its line; nothing is skipped silently.

use std::collections::HashMap;

use crate::history::procedural::QuestionBasis;
use crate::input::{LineCounter, Problem, Problems, is_bidi_control, line_of, shown};
use crate::model::{
    Ballot, Council, Date, InvalidMemberCode, MAX_MEMBERS, Member, MemberCode, MemberSet,
    QuestionKind, Seat, Vote,
};

/// One vote as the file records it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedVote {
    /// The draft's symbol, such as `S/2023/638` (filled in the official file from 1998).
    pub draft: Option<String>,
    /// The adopted resolution's symbol; empty for a draft not adopted.
    pub resolution: Option<String>,
    /// The date of the vote.
    pub date: Date,
    /// The meeting record, such as `S/PV.9408`.
    pub meeting: Option<String>,
    /// The library's short description.
    pub description: Option<String>,
    /// The agenda item.
    pub agenda: Option<String>,
    /// The voting record in the UN Digital Library.
    pub link: Option<String>,
    /// Substantive, procedural or preliminary: the optional `question` column, else
    /// substantive until [`classify`](crate::history::classify) consults the built-in list.
    pub question: QuestionKind,
    /// Where the question kind comes from.
    pub question_basis: QuestionBasis,
    /// Whether the Council voted, or adopted the text without a vote (the `modality` column).
    pub modality: Modality,
    /// The members, in the file's order.
    pub council: Council,
    /// How each voted. Adoptions without a vote list every member as "Y" in the file; the
    /// ballot keeps that, and [`Modality::WithoutVote`] says it is no vote.
    pub ballot: Ballot,
    /// Members recorded as non-voting ("X") whose row notes that they did not participate;
    /// the other non-voting members were absent. Both count as absent in the engine.
    pub not_participating: MemberSet,
    /// The line of the vote's first row.
    pub line: u64,
}

impl RecordedVote {
    /// The symbol the vote is known by: the draft's, or else the resolution's.
    #[must_use]
    pub fn symbol(&self) -> &str {
        self.draft
            .as_deref()
            .or(self.resolution.as_deref())
            .unwrap_or_default()
    }
}

/// One problem in the file, at a line.
struct UndlError {
    /// The line (1 is the header).
    line: u64,
    /// What is wrong.
    kind: UndlErrorKind,
}

/// What is wrong with a row or a vote.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum UndlErrorKind {
    /// The header lacks a column the importer needs.
    #[error("the header has no `{0}` column")]
    MissingColumn(&'static str),
    /// The CSV itself is malformed (a wrong number of fields, text that is not UTF-8).
    #[error("{0}")]
    Csv(String),
    /// A required field is empty.
    #[error("`{0}` is empty")]
    Empty(&'static str),
    /// Not a member code.
    #[error(transparent)]
    MemberCode(#[from] InvalidMemberCode),
    /// Not one of the vote codes.
    #[error("`{0}` is not a vote code; expected Y, N, A or X")]
    UnknownVote(String),
    /// Not a date.
    #[error("`{0}` is not a date; expected YYYY-MM-DD")]
    InvalidDate(String),
    /// Not a true/false flag.
    #[error("permanent_member is `{0}`; expected True or False")]
    InvalidFlag(String),
    /// Not a question kind.
    #[error("question is `{0}`; expected substantive, procedural or preliminary")]
    InvalidQuestion(String),
    /// Not a count.
    #[error("`{column}` is `{value}`, not a count")]
    InvalidCount {
        /// The column.
        column: &'static str,
        /// What it holds.
        value: String,
    },
    /// Neither draft nor resolution is given.
    #[error("neither `draft` nor `resolution` names the vote")]
    NoSymbol,
    /// A member appears twice in one vote.
    #[error("{code} is listed twice for {vote}; first on line {first_line}")]
    DuplicateMember {
        /// The member.
        code: MemberCode,
        /// The vote.
        vote: String,
        /// Where it was first listed.
        first_line: u64,
    },
    /// Two rows of one vote disagree about a fact of the vote.
    #[error("`{column}` is `{value}` for {vote}, but line {first_line} says `{first}`")]
    Conflict {
        /// The column.
        column: &'static str,
        /// The vote.
        vote: String,
        /// This row's value.
        value: String,
        /// The first row's value.
        first: String,
        /// The first row's line.
        first_line: u64,
    },
    /// A stated total disagrees with the rows.
    #[error("`{column}` says {stated} for {vote}, but its rows count {counted}")]
    WrongCount {
        /// The column.
        column: &'static str,
        /// The vote.
        vote: String,
        /// The number in the file.
        stated: u64,
        /// The number of rows.
        counted: usize,
    },
    /// More members than the engine supports.
    #[error("{vote} has more than {MAX_MEMBERS} members")]
    TooManyMembers {
        /// The vote.
        vote: String,
    },
    /// A field holds a control character (or, in a member's name, a line break, tab or
    /// bidirectional-formatting character) that no scenario text may hold.
    #[error(
        "a field holds {}, a character that no scenario text may hold",
        .0.escape_unicode()
    )]
    ForbiddenCharacter(char),
}

/// How the Council took a decision, as the `modality` column records it.
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
pub enum Modality {
    /// A vote was taken (the default where the column is missing or empty).
    #[strum(serialize = "vote")]
    Voted,
    /// Adopted without a vote (by consensus or acclamation): the file lists every member as
    /// "Y", but no vote was cast.
    WithoutVote,
}

impl Modality {
    /// The stable name used in JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Reads the `modality` column, or a `vote_note` that says no vote was taken.
    fn from_text(text: &str) -> Self {
        let text = text.to_ascii_lowercase();
        if ["without", "acclamation", "no vote"]
            .iter()
            .any(|w| text.contains(w))
        {
            Self::WithoutVote
        } else {
            Self::Voted
        }
    }
}

impl UndlErrorKind {
    /// The stable code, documented in `docs/history.md`.
    fn code(&self) -> &'static str {
        match self {
            Self::MissingColumn(_) => "missing-column",
            Self::Csv(_) => "malformed-csv",
            Self::Empty(_) => "empty-field",
            Self::MemberCode(_) => "invalid-member-code",
            Self::UnknownVote(_) => "unknown-vote",
            Self::InvalidDate(_) => "invalid-date",
            Self::InvalidFlag(_) => "invalid-flag",
            Self::InvalidQuestion(_) => "invalid-question",
            Self::InvalidCount { .. } => "invalid-count",
            Self::NoSymbol => "no-symbol",
            Self::DuplicateMember { .. } => "duplicate-member",
            Self::Conflict { .. } => "conflict",
            Self::WrongCount { .. } => "wrong-count",
            Self::TooManyMembers { .. } => "too-many-members",
            Self::ForbiddenCharacter(_) => "forbidden-character",
        }
    }
}

/// The stated totals, in the order the tally is checked.
const TOTALS: [&str; 5] = [
    "total_yes",
    "total_no",
    "total_abstentions",
    "total_non_voting",
    "total_ms",
];

/// Where each column the importer reads sits in a row.
struct Columns {
    code: usize,
    name: Option<usize>,
    permanent: usize,
    vote: usize,
    date: usize,
    resolution: Option<usize>,
    draft: Option<usize>,
    meeting: Option<usize>,
    description: Option<usize>,
    agenda: Option<usize>,
    link: Option<usize>,
    question: Option<usize>,
    note: Option<usize>,
    modality: Option<usize>,
    totals: [Option<usize>; 5],
}

impl Columns {
    fn find(header: &csv::StringRecord) -> Result<Self, UndlErrorKind> {
        let at = |name: &str| header.iter().position(|h| h.trim() == name);
        let need = |name: &'static str| at(name).ok_or(UndlErrorKind::MissingColumn(name));
        let columns = Self {
            code: need("ms_code")?,
            name: at("ms_name"),
            permanent: need("permanent_member")?,
            vote: need("ms_vote")?,
            date: need("date")?,
            resolution: at("resolution"),
            draft: at("draft"),
            meeting: at("meeting"),
            description: at("description"),
            agenda: at("agenda"),
            link: at("undl_link"),
            question: at("question"),
            note: at("vote_note"),
            modality: at("modality"),
            totals: TOTALS.map(at),
        };
        if columns.resolution.is_none() && columns.draft.is_none() {
            return Err(UndlErrorKind::MissingColumn("draft"));
        }
        Ok(columns)
    }
}

/// The facts shared by every row of one vote, as first seen.
#[derive(Clone, PartialEq, Eq)]
struct VoteFacts {
    resolution: Option<String>,
    meeting: Option<String>,
    question: QuestionKind,
    totals: [Option<u64>; 5],
}

/// What a row says about its vote, as opposed to its member.
#[derive(Clone)]
struct VoteInfo {
    draft: Option<String>,
    date: Date,
    facts: VoteFacts,
    description: Option<String>,
    agenda: Option<String>,
    link: Option<String>,
    modality: Modality,
    question_basis: QuestionBasis,
}

/// A vote being assembled from its rows, described by its first row.
struct Group {
    key: String,
    line: u64,
    info: VoteInfo,
    members: Vec<Entry>,
}

/// One member's part in a vote.
struct Entry {
    member: Member,
    vote: Vote,
    not_participating: bool,
    line: u64,
}

/// One member's row, parsed.
struct Row {
    info: VoteInfo,
    member: Member,
    vote: Vote,
    not_participating: bool,
}

/// Reads every vote in the file (its bytes: a row that is not UTF-8 is a problem); all
/// problems or all votes. `file_name` is only used in messages.
///
/// # Errors
/// Every problem found, each pointing at its line, when there is any.
pub fn read_votes(
    file_name: &str,
    bytes: &[u8],
) -> Result<Vec<RecordedVote>, Problems<&'static str>> {
    read(bytes).map_err(|errors| {
        let problems = errors
            .into_iter()
            .map(|e| Problem::at_line(e.kind.code(), bytes, e.line, e.kind.to_string()))
            .collect();
        Problems::from_bytes(file_name, bytes, problems)
    })
}

/// The votes, or every problem with its line.
fn read(bytes: &[u8]) -> Result<Vec<RecordedVote>, Vec<UndlError>> {
    let mut reader = csv::ReaderBuilder::new().from_reader(LineCounter::new(bytes));
    let header = match reader.headers() {
        Ok(header) => header.clone(),
        Err(e) => return Err(vec![csv_error(&e, reader.get_mut())]),
    };
    let columns = Columns::find(&header).map_err(|kind| vec![UndlError { line: 1, kind }])?;

    let mut errors = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut index: HashMap<(String, Date), usize> = HashMap::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let fatal = matches!(e.kind(), csv::ErrorKind::Io(_));
                errors.push(csv_error(&e, reader.get_mut()));
                if fatal {
                    break;
                }
                continue;
            }
        }
        let line = line_of(reader.get_mut(), record.position());
        let row = match parse_row(&columns, &record) {
            Ok(row) => row,
            Err(kind) => {
                errors.push(UndlError { line, kind });
                continue;
            }
        };
        let info = &row.info;
        let key = info
            .draft
            .clone()
            .or_else(|| info.facts.resolution.clone())
            .unwrap_or_default();
        let slot = *index.entry((key.clone(), info.date)).or_insert_with(|| {
            groups.push(Group {
                key: format!("{} ({})", shown(&key), info.date),
                line,
                info: info.clone(),
                members: Vec::new(),
            });
            groups.len() - 1
        });
        if let Err(kind) = add_row(&mut groups[slot], row, line) {
            errors.push(UndlError { line, kind });
        }
    }

    // A row with a problem is missing from its vote, so its totals would not add up: report
    // the rows' problems first.
    let check_totals = errors.is_empty();
    let mut votes = Vec::with_capacity(groups.len());
    for group in groups {
        match finish(group, check_totals) {
            Ok(vote) => votes.push(vote),
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() {
        Ok(votes)
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}

fn csv_error<R>(e: &csv::Error, lines: &mut LineCounter<R>) -> UndlError {
    let line = line_of(lines, e.position());
    let kind = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => UndlErrorKind::Csv(format!(
            "the row has {len} fields, but the header has {expected_len}"
        )),
        csv::ErrorKind::Utf8 { .. } => UndlErrorKind::Csv("the row is not UTF-8 text".to_owned()),
        csv::ErrorKind::Io(io) => UndlErrorKind::Csv(format!("cannot read the file: {io}")),
        _ => UndlErrorKind::Csv(e.to_string()),
    };
    UndlError { line, kind }
}

fn parse_row(columns: &Columns, record: &csv::StringRecord) -> Result<Row, UndlErrorKind> {
    for (i, text) in record.iter().enumerate() {
        // A member's name is written as it stands, so it must be one clean line; the other
        // texts are written through `one_line`, which turns line breaks and tabs into spaces
        // and drops bidirectional-formatting characters, but no other control character.
        let name = Some(i) == columns.name;
        let forbidden = |c: char| {
            (name && is_bidi_control(c))
                || (c.is_control() && (name || !matches!(c, '\n' | '\r' | '\t')))
        };
        if let Some(c) = text.chars().find(|&c| forbidden(c)) {
            return Err(UndlErrorKind::ForbiddenCharacter(c));
        }
    }
    let field = |i: usize| record.get(i).map_or("", str::trim);
    let optional = |i: Option<usize>| i.map(field).filter(|s| !s.is_empty()).map(str::to_owned);
    let required = |i: usize, name: &'static str| match field(i) {
        "" => Err(UndlErrorKind::Empty(name)),
        text => Ok(text),
    };

    let code: MemberCode = required(columns.code, "ms_code")?.parse()?;
    let seat = match required(columns.permanent, "permanent_member")?
        .to_ascii_lowercase()
        .as_str()
    {
        "true" | "1" | "yes" => Seat::Permanent,
        "false" | "0" | "no" => Seat::Elected,
        _ => {
            return Err(UndlErrorKind::InvalidFlag(shown(field(columns.permanent))));
        }
    };
    let vote = match required(columns.vote, "ms_vote")?
        .to_ascii_uppercase()
        .as_str()
    {
        "Y" => Vote::Yes,
        "N" => Vote::No,
        "A" => Vote::Abstain,
        "X" => Vote::Absent,
        _ => return Err(UndlErrorKind::UnknownVote(shown(field(columns.vote)))),
    };
    let date = parse_date(required(columns.date, "date")?)?;
    let (question, question_basis) = match optional(columns.question).as_deref() {
        None => (QuestionKind::Substantive, QuestionBasis::Default),
        // Statements are agreed without a vote, so the voting data cannot hold one.
        Some(name) => match name.parse::<QuestionKind>().ok() {
            Some(kind) if kind != QuestionKind::Statement => (kind, QuestionBasis::Column),
            _ => return Err(UndlErrorKind::InvalidQuestion(shown(name))),
        },
    };
    let note = optional(columns.note).unwrap_or_default();
    let modality = match optional(columns.modality) {
        Some(text) => Modality::from_text(&text),
        None if Modality::from_text(&note) == Modality::WithoutVote => Modality::WithoutVote,
        None => Modality::Voted,
    };
    let not_participating = vote == Vote::Absent && says_not_participating(&note);
    let mut totals = [None; 5];
    for ((total, column), name) in totals.iter_mut().zip(columns.totals).zip(TOTALS) {
        if let Some(text) = optional(column) {
            *total = Some(parse_count(&text).ok_or(UndlErrorKind::InvalidCount {
                column: name,
                value: shown(&text),
            })?);
        }
    }
    let draft = optional(columns.draft);
    let resolution = optional(columns.resolution);
    if draft.is_none() && resolution.is_none() {
        return Err(UndlErrorKind::NoSymbol);
    }
    let name = optional(columns.name).unwrap_or_else(|| code.to_string());
    Ok(Row {
        info: VoteInfo {
            draft,
            date,
            facts: VoteFacts {
                resolution,
                meeting: optional(columns.meeting),
                question,
                totals,
            },
            description: optional(columns.description),
            agenda: optional(columns.agenda),
            link: optional(columns.link),
            modality,
            question_basis,
        },
        member: Member::new(code, name, seat),
        vote,
        not_participating,
    })
}

/// Whether a non-voting member's note says it did not participate (rather than that it was
/// absent). A note naming both, or neither, leaves the member absent.
fn says_not_participating(note: &str) -> bool {
    let note = note.to_ascii_lowercase();
    let participating = note.contains("not participat") || note.contains("non-participat");
    let absent = note.contains("absent") || note.contains("not present");
    participating && !absent
}

/// A count such as `13`, also written `13.0` by some spreadsheet exports.
fn parse_count(text: &str) -> Option<u64> {
    text.strip_suffix(".0").unwrap_or(text).parse().ok()
}

/// `YYYY-MM-DD`, optionally followed by a time (`T…` or a space).
fn parse_date(text: &str) -> Result<Date, UndlErrorKind> {
    let invalid = || UndlErrorKind::InvalidDate(shown(text));
    let day_part = text.split(['T', ' ']).next().unwrap_or_default();
    let mut parts = day_part.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(invalid());
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return Err(invalid());
    }
    let (year, month, day) = (
        y.parse().map_err(|_| invalid())?,
        m.parse().map_err(|_| invalid())?,
        d.parse().map_err(|_| invalid())?,
    );
    let date = Date { year, month, day };
    if date.is_valid() {
        Ok(date)
    } else {
        Err(invalid())
    }
}

fn add_row(group: &mut Group, row: Row, line: u64) -> Result<(), UndlErrorKind> {
    if row.info.facts != group.info.facts {
        let (column, value, first) = first_difference(&row.info.facts, &group.info.facts);
        return Err(UndlErrorKind::Conflict {
            column,
            vote: group.key.clone(),
            value,
            first,
            first_line: group.line,
        });
    }
    if let Some(first) = group
        .members
        .iter()
        .find(|e| e.member.code == row.member.code)
    {
        return Err(UndlErrorKind::DuplicateMember {
            code: row.member.code,
            vote: group.key.clone(),
            first_line: first.line,
        });
    }
    if group.members.len() == MAX_MEMBERS {
        return Err(UndlErrorKind::TooManyMembers {
            vote: group.key.clone(),
        });
    }
    group.members.push(Entry {
        member: row.member,
        vote: row.vote,
        not_participating: row.not_participating,
        line,
    });
    Ok(())
}

/// The first fact on which two rows of one vote differ: column, this row's value, the first's.
fn first_difference(row: &VoteFacts, first: &VoteFacts) -> (&'static str, String, String) {
    let show = |s: &Option<String>| shown(s.as_deref().unwrap_or_default());
    if row.resolution != first.resolution {
        return ("resolution", show(&row.resolution), show(&first.resolution));
    }
    if row.meeting != first.meeting {
        return ("meeting", show(&row.meeting), show(&first.meeting));
    }
    if row.question != first.question {
        return (
            "question",
            row.question.as_str().to_owned(),
            first.question.as_str().to_owned(),
        );
    }
    let count = |c: Option<u64>| c.map(|n| n.to_string()).unwrap_or_default();
    TOTALS
        .iter()
        .zip(row.totals.iter().zip(first.totals))
        .find(|(_, (a, b))| **a != *b)
        .map_or(("", String::new(), String::new()), |(name, (a, b))| {
            (*name, count(*a), count(b))
        })
}

fn finish(group: Group, check_totals: bool) -> Result<RecordedVote, UndlError> {
    let error = |kind| UndlError {
        line: group.line,
        kind,
    };
    let votes: Vec<Vote> = group.members.iter().map(|e| e.vote).collect();
    // An adoption without a vote has no tally to check.
    let check_totals = check_totals && group.info.modality == Modality::Voted;
    let counted = [
        votes.iter().filter(|&&v| v == Vote::Yes).count(),
        votes.iter().filter(|&&v| v == Vote::No).count(),
        votes.iter().filter(|&&v| v == Vote::Abstain).count(),
        votes.iter().filter(|&&v| v == Vote::Absent).count(),
        votes.len(),
    ];
    for ((stated, counted), column) in group.info.facts.totals.iter().zip(counted).zip(TOTALS) {
        match *stated {
            _ if !check_totals => {}
            Some(stated) if usize::try_from(stated) != Ok(counted) => {
                return Err(error(UndlErrorKind::WrongCount {
                    column,
                    vote: group.key.clone(),
                    stated,
                    counted,
                }));
            }
            _ => {}
        }
    }
    let not_participating = group
        .members
        .iter()
        .enumerate()
        .filter(|(_, e)| e.not_participating)
        .fold(MemberSet::EMPTY, |set, (i, _)| set.with(i));
    let members = group.members.into_iter().map(|e| e.member).collect();
    // Duplicates and size were checked row by row, so this cannot fail.
    let council = Council::new(members).map_err(|_| {
        error(UndlErrorKind::TooManyMembers {
            vote: group.key.clone(),
        })
    })?;
    Ok(RecordedVote {
        draft: group.info.draft,
        resolution: group.info.facts.resolution,
        date: group.info.date,
        meeting: group.info.facts.meeting,
        description: group.info.description,
        agenda: group.info.agenda,
        link: group.info.link,
        question: group.info.facts.question,
        question_basis: group.info.question_basis,
        modality: group.info.modality,
        council,
        ballot: Ballot::from_votes(&votes),
        not_participating,
        line: group.line,
    })
}
