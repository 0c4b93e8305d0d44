//! Turns the serde mirror into domain types, collecting every problem on the way.

use std::collections::BTreeMap;
use std::ops::Range;
use std::str::FromStr;

use toml::Spanned;

mod election;
mod meeting;
mod record;
mod rules;
mod stances;
mod straw_poll;
mod variants;

use crate::input::{closest, is_bidi_control, shown};
use crate::model::{
    Basis, Council, CouncilError, CouncilOrigin, Date, Draft, MAX_PROVISIONS, Member, MemberCode,
    MemberSet, Metadata, Preset, Provision, ProvisionSet, Scenario, Seat, Source, Status, Variant,
    roster, roster_coverage,
};
use crate::scenario::Loaded;
use crate::scenario::problem::{Problem, ProblemCode};
use crate::scenario::raw::{RawDraft, RawHeader, RawMember, RawScenario, RawVariant};
pub(crate) use election::election;
use record::record_of;
use rules::rules;
use stances::stances;
pub(crate) use straw_poll::straw_poll;
use variants::variants;

/// The format version this build reads.
const FORMAT: i64 = 1;

/// Collects problems while validating.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    /// The values checked come from the command line, not a file: no spans to point at.
    unspanned: bool,
}

impl Checker {
    fn report(&mut self, mut problem: Problem) {
        if self.unspanned {
            problem.span = None;
        }
        self.problems.push(problem);
    }

    /// Parses a spanned string with `FromStr`, reporting `code` on failure.
    fn parse<T>(&mut self, value: &Spanned<String>, code: ProblemCode, help: &str) -> Option<T>
    where
        T: FromStr,
        T::Err: std::fmt::Display,
    {
        match value.get_ref().parse::<T>() {
            Ok(parsed) => Some(parsed),
            Err(error) => {
                self.report(Problem::new(code, Some(value.span()), error.to_string()).help(help));
                None
            }
        }
    }

    /// Reads a spanned word as one of `T`'s names, reporting `invalid-value` ("`word` is not
    /// {what}") with `help` if it is none.
    fn word<T: FromStr>(
        &mut self,
        value: &Spanned<String>,
        what: &str,
        help: impl Into<String>,
    ) -> Option<T> {
        let parsed = value.get_ref().parse::<T>().ok();
        if parsed.is_none() {
            self.report(
                Problem::new(
                    ProblemCode::InvalidValue,
                    Some(value.span()),
                    format!("`{}` is not {what}", shown(value.get_ref())),
                )
                .help(help),
            );
        }
        parsed
    }

    /// A one-line text (a title, a name, a tag): not empty, with no control or
    /// bidirectional-formatting character.
    fn text(&mut self, value: &Spanned<String>, what: &str) -> String {
        self.written(value, what, TextKind::OneLine)
    }

    /// A text that may run over several lines (a reason, a provision's text): not empty, with
    /// no bidirectional-formatting character and no control character but line breaks and tabs.
    fn paragraph(&mut self, value: &Spanned<String>, what: &str) -> String {
        self.written(value, what, TextKind::Paragraph)
    }

    /// A text of its kind, reported if it is empty or holds a character it may not.
    fn written(&mut self, value: &Spanned<String>, what: &str, kind: TextKind) -> String {
        self.characters(value, what, kind);
        if value.get_ref().trim().is_empty() {
            self.report(Problem::new(
                ProblemCode::InvalidText,
                Some(value.span()),
                format!("{what} is empty"),
            ));
        }
        value.get_ref().clone()
    }

    /// Reports the first character a text of its kind may not hold; true if there is none.
    fn characters(&mut self, value: &Spanned<String>, what: &str, kind: TextKind) -> bool {
        let Some(c) = forbidden_character(value.get_ref(), kind) else {
            return true;
        };
        let (name, help) = if is_bidi_control(c) {
            (
                "a bidirectional-formatting character",
                "remove it: it reorders how the text is shown, so what a reader sees is not what the file says",
            )
        } else if kind == TextKind::OneLine && matches!(c, '\n' | '\r' | '\t') {
            (
                "a line break or tab",
                "keep this text on one line; longer explanations belong in `summary` or a stance's `reason`",
            )
        } else {
            (
                "a control character",
                "remove it: it is invisible and can steer a terminal",
            )
        };
        self.report(
            Problem::new(
                ProblemCode::ForbiddenCharacter,
                Some(value.span()),
                format!("{what} holds U+{:04X}, {name}", u32::from(c)),
            )
            .help(help),
        );
        false
    }

    fn source(&mut self, value: &Spanned<String>) -> Option<Source> {
        if !self.characters(value, "the source", TextKind::OneLine) {
            return None;
        }
        self.parse(
            value,
            ProblemCode::InvalidSource,
            "cite a document symbol (S/PV.9408) or a full https:// address",
        )
    }

    /// Resolves a member code against the Council.
    fn member(&mut self, council: &Council, value: &Spanned<String>) -> Option<usize> {
        let code: MemberCode = self.parse(
            value,
            ProblemCode::InvalidMemberCode,
            "use the ISO 3166 alpha-3 code",
        )?;
        let index = council.index_of(code);
        if index.is_none() {
            let codes: Vec<&str> = council.members().iter().map(|m| m.code.as_str()).collect();
            let meant = closest(code.as_str(), codes.iter().copied())
                .map_or_else(String::new, |m| format!("did you mean {m}? "));
            self.report(
                Problem::new(
                    ProblemCode::UnknownMember,
                    Some(value.span()),
                    format!("{code} is not a member of this Council"),
                )
                .label("not on the Council")
                .help(format!("{meant}members are: {}", codes.join(", "))),
            );
        }
        index
    }

    fn members(&mut self, council: &Council, values: &[Spanned<String>]) -> MemberSet {
        values
            .iter()
            .filter_map(|v| self.member(council, v))
            .collect()
    }
}

/// Whether a text must stay on one line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TextKind {
    /// A title, name, tag, symbol or source.
    OneLine,
    /// A summary, reason, provision or description: line breaks and tabs allowed.
    Paragraph,
}

/// The first character a text of this kind may not hold: a bidirectional-formatting
/// character, or a control character (but a line break or tab in a paragraph).
fn forbidden_character(text: &str, kind: TextKind) -> Option<char> {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let allowed = kind == TextKind::Paragraph
            && (matches!(c, '\n' | '\t') || (c == '\r' && chars.peek() == Some(&'\n')));
        if is_bidi_control(c) || (c.is_control() && !allowed) {
            return Some(c);
        }
    }
    None
}

/// Validates a raw scenario into a [`Scenario`] or a [`crate::model::Meeting`], or returns
/// every problem found.
pub(crate) fn validate(raw: &RawScenario) -> Result<Loaded, Vec<Problem>> {
    let mut check = Checker::default();
    if let Some(problem) = unsupported_format(raw.format.as_ref()) {
        check.report(problem);
    }
    let (meta, council) = opening(&mut check, &raw.header());
    let Some((council, origin, explicit_veto)) = council else {
        return Err(check.problems);
    };
    if !raw.vote.is_empty() || raw.meeting.is_some() {
        let seated = meeting::Seated {
            council,
            origin,
            member_veto: explicit_veto,
        };
        return match meeting::meeting(&mut check, raw, meta, seated) {
            Some(meeting) if check.problems.is_empty() => Ok(Loaded::Meeting(Box::new(meeting))),
            _ => Err(check.problems),
        };
    }
    let Some(raw_draft) = &raw.draft else {
        return Err(check.problems);
    };
    let draft = draft(&mut check, raw_draft, &council);
    let rules = rules(
        &mut check,
        raw.rules.as_ref(),
        &council,
        explicit_veto,
        meta.as_ref().map(|m| m.date),
    )
    .map(|r| r.for_draft(&draft));
    let status = meta.as_ref().map(|m| m.status);
    let stances = stances(
        &mut check,
        &raw.stances,
        &raw.bloc,
        &council,
        &draft,
        status,
    );
    let variants = rules
        .as_ref()
        .map(|base| {
            variants(
                &mut check,
                &raw.variant,
                &council,
                &draft,
                base,
                explicit_veto,
            )
        })
        .unwrap_or_default();
    let record = match &raw.record {
        Some(record) => record_of(&mut check, record, &council),
        None => {
            if status == Some(Status::Historical) {
                check.report(
                    Problem::new(ProblemCode::MissingRecord, Some(raw.status.span()), "a historical scenario needs a [record]")
                        .help("add [record] with the outcome, the votes and the meeting record, or mark the scenario hypothetical"),
                );
            }
            None
        }
    };
    match (meta, rules, draft, stances) {
        (Some(meta), Some(rules), draft, Some(stances)) if check.problems.is_empty() => {
            Ok(Loaded::Vote(Box::new(Scenario {
                meta,
                council,
                council_origin: origin,
                rules,
                text: ProvisionSet::all(draft.provisions.len()),
                draft,
                stances,
                record,
                variants,
            })))
        }
        _ => Err(check.problems),
    }
}

/// Validates a what-if given on the command line against a loaded scenario, after the named
/// variant `named` if any: the checks, and problem codes, of a `[[variant]]` table. Returns the
/// combined variant and the reform preset, if the rules asked for one that adds seats.
pub(crate) fn what_if(
    scenario: &Scenario,
    named: Option<&Variant>,
    raw: &RawVariant,
) -> Result<(Variant, Option<Preset>), Vec<Problem>> {
    let mut check = Checker {
        unspanned: true,
        ..Checker::default()
    };
    let mut council = scenario.council.clone();
    for (index, member) in named.iter().flat_map(|v| &v.replace) {
        council = council
            .with_replacement(*index, member.clone())
            .unwrap_or(council);
    }
    let member_veto = scenario.rules.with_preset(Preset::Charter).veto_holders;
    // The request's rules change the named variant's, as its other changes do.
    let base = named
        .and_then(|v| v.rules.as_ref())
        .unwrap_or(&scenario.rules);
    let (changes, reform) = variants::changes(
        &mut check,
        raw,
        &council,
        &scenario.draft,
        base,
        member_veto,
    );
    if !check.problems.is_empty() {
        return Err(check.problems);
    }
    let Some(named) = named else {
        return Ok((changes, reform.map(|(preset, _)| preset)));
    };
    let mut variant = named.clone();
    variant.set.extend(changes.set);
    variant.replace.extend(changes.replace);
    variant.drop = variant.drop.union(changes.drop);
    variant.rules = changes.rules.or(variant.rules);
    Ok((variant, reform.map(|(preset, _)| preset)))
}

fn is_kebab_case(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The problem with `format`, if it names a version other than the one this build reads.
fn unsupported_format(format: Option<&Spanned<i64>>) -> Option<Problem> {
    let format = format.filter(|f| *f.get_ref() != FORMAT)?;
    Some(
        Problem::new(
            ProblemCode::UnsupportedFormat,
            Some(format.span()),
            format!("format {} is not supported", format.get_ref()),
        )
        .help(format!("this version of unsc reads format {FORMAT}")),
    )
}

/// The keys every kind of file opens with: the metadata, and the Council with where it came
/// from and the veto-holders its members' entries declare (read once the date is known).
fn opening(
    check: &mut Checker,
    raw: &RawHeader<'_>,
) -> (
    Option<Metadata>,
    Option<(Council, CouncilOrigin, MemberSet)>,
) {
    let meta = metadata(check, raw);
    let council = meta
        .as_ref()
        .and_then(|meta| council(check, raw, meta.date));
    (meta, council)
}

/// A round counted from 1 (the first when not given), reported as not being `one` (such as
/// "a straw poll") with `help` otherwise.
fn round(check: &mut Checker, raw: Option<&Spanned<i64>>, one: &str, help: &str) -> Option<usize> {
    let Some(round) = raw else {
        return Some(1);
    };
    match usize::try_from(*round.get_ref()) {
        Ok(r) if r >= 1 => Some(r),
        _ => {
            check.report(
                Problem::new(
                    ProblemCode::InvalidValue,
                    Some(round.span()),
                    format!("round {} is not {one}", round.get_ref()),
                )
                .help(help),
            );
            None
        }
    }
}

fn metadata(check: &mut Checker, raw: &RawHeader<'_>) -> Option<Metadata> {
    if !is_kebab_case(raw.id.get_ref()) {
        check.report(
            Problem::new(
                ProblemCode::InvalidText,
                Some(raw.id.span()),
                format!("`{}` is not a kebab-case id", shown(raw.id.get_ref())),
            )
            .help(
                "use lower-case letters, digits and single hyphens, e.g. 2023-08-30-mali-sanctions",
            ),
        );
    }
    let title = check.text(raw.title, "the title");
    let date = match raw.date.get_ref() {
        toml::value::Datetime {
            date: Some(d),
            time: None,
            offset: None,
        } => Some(Date {
            year: i32::from(d.year),
            month: d.month,
            day: d.day,
        }),
        _ => {
            check.report(
                Problem::new(
                    ProblemCode::InvalidValue,
                    Some(raw.date.span()),
                    "the date must be a plain date",
                )
                .help("write it as date = 2023-08-30, without a time"),
            );
            None
        }
    };
    let status: Option<Status> = check.word(
        raw.status,
        "a status",
        "expected historical or hypothetical",
    );
    let sources: Vec<Source> = raw.sources.iter().filter_map(|s| check.source(s)).collect();
    if status == Some(Status::Historical) && raw.sources.is_empty() {
        check.report(
            Problem::new(
                ProblemCode::MissingSource,
                Some(raw.status.span()),
                "a historical scenario needs `sources`",
            )
            .help("list the meeting record (e.g. S/PV.9408) and other sources the facts come from"),
        );
    }
    let tags = raw.tags.iter().map(|t| check.text(t, "a tag")).collect();
    Some(Metadata {
        id: raw.id.get_ref().clone(),
        title,
        date: date?,
        status: status?,
        summary: raw
            .summary
            .as_ref()
            .map(|s| check.paragraph(s, "the summary").trim().to_owned())
            .unwrap_or_default(),
        sources,
        tags,
    })
}

/// The Council, where it came from, and the veto-holders the members' own entries declare.
fn council(
    check: &mut Checker,
    raw: &RawHeader<'_>,
    date: Date,
) -> Option<(Council, CouncilOrigin, MemberSet)> {
    match (&raw.council, raw.member.is_empty()) {
        (Some(year), false) => {
            check.report(
                Problem::new(ProblemCode::CouncilChoice, Some(year.span()), "both `council` and [[member]] are given")
                    .help("use either council = YEAR for a built-in roster or [[member]] tables, not both"),
            );
            None
        }
        (None, true) => {
            check.report(
                Problem::new(ProblemCode::CouncilChoice, Some(raw.id.span()), "the scenario names no Council")
                    .label("in this scenario")
                    .help("add council = YEAR for a built-in roster, or list the members in [[member]] tables"),
            );
            None
        }
        (Some(year), true) => {
            let roster = i32::try_from(*year.get_ref()).ok().and_then(roster);
            let Some(roster) = roster else {
                check.report(
                    Problem::new(
                        ProblemCode::UnknownRosterYear,
                        Some(year.span()),
                        format!("there is no built-in roster for {}", year.get_ref()),
                    )
                    .help(format!(
                        "built-in rosters cover {}; list the members in [[member]] tables instead",
                        roster_coverage()
                    )),
                );
                return None;
            };
            if roster.year != date.year {
                check.report(
                    Problem::new(
                        ProblemCode::RosterDateMismatch,
                        Some(year.span()),
                        format!(
                            "the roster is for {} but the vote is dated {date}",
                            roster.year
                        ),
                    )
                    .help(format!("use council = {}", date.year)),
                );
            }
            let permanent = roster.council.permanent();
            Some((
                roster.council,
                CouncilOrigin::Roster(roster.year),
                permanent,
            ))
        }
        (None, false) => explicit_council(check, raw.member),
    }
}

fn explicit_council(
    check: &mut Checker,
    raw: &[Spanned<RawMember>],
) -> Option<(Council, CouncilOrigin, MemberSet)> {
    let mut members = Vec::new();
    let mut veto = MemberSet::EMPTY;
    let mut seen: BTreeMap<MemberCode, Range<usize>> = BTreeMap::new();
    for entry in raw {
        let entry = entry.get_ref();
        let code: Option<MemberCode> = check.parse(
            &entry.code,
            ProblemCode::InvalidMemberCode,
            "use the ISO 3166 alpha-3 code",
        );
        let name = check.text(&entry.name, "the member's name");
        let seat: Option<Seat> = check.word(&entry.seat, "a seat", "expected permanent or elected");
        let (Some(code), Some(seat)) = (code, seat) else {
            continue;
        };
        if let Some(first) = seen.get(&code) {
            check.report(
                Problem::new(
                    ProblemCode::DuplicateMember,
                    Some(entry.code.span()),
                    format!("{code} is listed twice"),
                )
                .label("listed again here")
                .help(format!(
                    "{code} is first listed at byte {}; remove one entry",
                    first.start
                )),
            );
            continue;
        }
        seen.insert(code, entry.code.span());
        let holds_veto = entry
            .veto
            .as_ref()
            .map_or(seat == Seat::Permanent, |v| *v.get_ref());
        if holds_veto {
            veto = veto.with(members.len());
        }
        members.push(Member::new(code, name, seat));
    }
    match Council::new(members) {
        Ok(council) => Some((council, CouncilOrigin::Explicit, veto)),
        Err(CouncilError::TooLarge(n)) => {
            let span = raw.first().map(Spanned::span);
            check.report(Problem::new(
                ProblemCode::CouncilRuleMismatch,
                span,
                format!(
                    "{n} members is more than the {} supported",
                    crate::model::MAX_MEMBERS
                ),
            ));
            None
        }
        Err(_) => None,
    }
}

fn draft(check: &mut Checker, raw: &Spanned<RawDraft>, council: &Council) -> Draft {
    let raw = raw.get_ref();
    let title = check.text(&raw.title, "the draft's title");
    let penholders = check.members(council, &raw.penholders);
    let sponsors = raw
        .sponsors
        .iter()
        .map(|s| check.text(s, "a sponsor"))
        .collect();
    if raw.provisions.len() > MAX_PROVISIONS {
        check.report(Problem::new(
            ProblemCode::TooManyProvisions,
            Some(raw.provisions[MAX_PROVISIONS].span()),
            format!(
                "a draft may name at most {MAX_PROVISIONS} provisions; this one names {}",
                raw.provisions.len()
            ),
        ));
    }
    let mut provisions: Vec<Provision> = Vec::new();
    for provision in &raw.provisions {
        let provision = provision.get_ref();
        let id = provision.id.get_ref();
        if !is_kebab_case(id) {
            check.report(
                Problem::new(ProblemCode::InvalidText, Some(provision.id.span()), format!("`{}` is not a kebab-case provision id", shown(id)))
                    .help("use lower-case letters, digits and single hyphens, e.g. extend-panel-of-experts"),
            );
        } else if provisions.iter().any(|p| &p.id == id) {
            check.report(Problem::new(
                ProblemCode::DuplicateProvision,
                Some(provision.id.span()),
                format!("provision `{}` is defined twice", shown(id)),
            ));
        }
        let text = check.paragraph(&provision.text, "the provision's text");
        provisions.push(Provision {
            id: id.clone(),
            text,
        });
    }
    let symbol = raw.symbol.as_ref().map(|s| check.text(s, "the symbol"));
    let source = raw.source.as_ref().and_then(|s| check.source(s));
    Draft {
        symbol,
        title,
        penholders,
        sponsors,
        provisions,
        source,
        mass_atrocities: raw.mass_atrocities.as_ref().is_some_and(|m| *m.get_ref()),
        basis: raw.basis.as_ref().and_then(|b| basis(check, b)),
    }
}

fn basis(check: &mut Checker, basis: &Spanned<String>) -> Option<Basis> {
    check.word(
        basis,
        "a basis",
        "expected chapter-vi, chapter-vii, article-52-3 or other",
    )
}
