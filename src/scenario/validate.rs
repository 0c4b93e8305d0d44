//! Turns the serde mirror into domain types, collecting every problem on the way.

use std::collections::BTreeMap;
use std::ops::Range;
use std::str::FromStr;

use toml::Spanned;

use crate::model::{
    Ballot, Council, CouncilError, CouncilOrigin, Date, Draft, Member, MemberCode, MemberSet,
    Metadata, Preset, Provision, QuestionKind, ROSTER_YEARS, Record, RecordedOutcome, RuleSet,
    Scenario, Seat, Source, Stance, Status, Vote, roster,
};
use crate::scenario::problem::{Problem, ProblemCode};
use crate::scenario::raw::{RawDraft, RawMember, RawRecord, RawRules, RawScenario, RawStance};

/// The format version this build reads.
const FORMAT: i64 = 1;

/// Collects problems while validating.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn report(&mut self, problem: Problem) {
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

    fn text(&mut self, value: &Spanned<String>, what: &str) -> String {
        if value.get_ref().trim().is_empty() {
            self.report(Problem::new(
                ProblemCode::InvalidText,
                Some(value.span()),
                format!("{what} is empty"),
            ));
        }
        value.get_ref().clone()
    }

    fn source(&mut self, value: &Spanned<String>) -> Option<Source> {
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
            self.report(
                Problem::new(
                    ProblemCode::UnknownMember,
                    Some(value.span()),
                    format!("{code} is not a member of this Council"),
                )
                .label("not on the Council")
                .help(format!("members are: {}", codes.join(", "))),
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

/// Validates a raw scenario into a [`Scenario`], or returns every problem found.
pub(crate) fn validate(raw: &RawScenario) -> Result<Scenario, Vec<Problem>> {
    let mut check = Checker::default();
    if let Some(format) = &raw.format {
        if *format.get_ref() != FORMAT {
            check.report(
                Problem::new(
                    ProblemCode::UnsupportedFormat,
                    Some(format.span()),
                    format!("format {} is not supported", format.get_ref()),
                )
                .help(format!("this version of unsc reads format {FORMAT}")),
            );
        }
    }
    let meta = metadata(&mut check, raw);
    let council = meta
        .as_ref()
        .and_then(|meta| council(&mut check, raw, meta.date));
    let Some((council, origin, explicit_veto)) = council else {
        return Err(check.problems);
    };
    let rules = rules(
        &mut check,
        raw.rules.as_ref(),
        &council,
        explicit_veto,
        meta.as_ref().map(|m| m.date),
    );
    let draft = draft(&mut check, &raw.draft, &council);
    let status = meta.as_ref().map(|m| m.status);
    let stances = stances(&mut check, &raw.stances, &council, status);
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
            Ok(Scenario {
                meta,
                council,
                council_origin: origin,
                rules,
                draft,
                stances,
                record,
            })
        }
        _ => Err(check.problems),
    }
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

fn metadata(check: &mut Checker, raw: &RawScenario) -> Option<Metadata> {
    if !is_kebab_case(raw.id.get_ref()) {
        check.report(
            Problem::new(
                ProblemCode::InvalidText,
                Some(raw.id.span()),
                format!("`{}` is not a kebab-case id", raw.id.get_ref()),
            )
            .help(
                "use lower-case letters, digits and single hyphens, e.g. 2023-08-30-mali-sanctions",
            ),
        );
    }
    let title = check.text(&raw.title, "the title");
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
    let status = match raw.status.get_ref().as_str() {
        "historical" => Some(Status::Historical),
        "hypothetical" => Some(Status::Hypothetical),
        other => {
            check.report(
                Problem::new(
                    ProblemCode::InvalidValue,
                    Some(raw.status.span()),
                    format!("`{other}` is not a status"),
                )
                .help("expected historical or hypothetical"),
            );
            None
        }
    };
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
        summary: raw.summary.trim().to_owned(),
        sources,
        tags,
    })
}

/// The Council, where it came from, and the veto-holders the members' own entries declare.
fn council(
    check: &mut Checker,
    raw: &RawScenario,
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
                    Problem::new(ProblemCode::UnknownRosterYear, Some(year.span()), format!("there is no built-in roster for {}", year.get_ref()))
                        .help(format!(
                            "built-in rosters cover {}–{}; list the members in [[member]] tables instead",
                            ROSTER_YEARS.start(),
                            ROSTER_YEARS.end()
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
        (None, false) => explicit_council(check, &raw.member),
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
        let seat = match entry.seat.get_ref().as_str() {
            "permanent" => Some(Seat::Permanent),
            "elected" => Some(Seat::Elected),
            other => {
                check.report(
                    Problem::new(
                        ProblemCode::InvalidValue,
                        Some(entry.seat.span()),
                        format!("`{other}` is not a seat"),
                    )
                    .help("expected permanent or elected"),
                );
                None
            }
        };
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

fn rules(
    check: &mut Checker,
    raw: Option<&Spanned<RawRules>>,
    council: &Council,
    member_veto: MemberSet,
    date: Option<Date>,
) -> Option<RuleSet> {
    let default_preset = date.map_or(Preset::Charter, |d| {
        Preset::in_force(d.year, d.month, d.day)
    });
    let Some(spanned) = raw else {
        let rules = preset_rules(default_preset, member_veto);
        return fits(check, &rules, council, None).then_some(rules);
    };
    let raw = spanned.get_ref();
    let preset = match &raw.preset {
        Some(p) => check.parse(
            p,
            ProblemCode::InvalidValue,
            "expected charter or charter-1945",
        )?,
        None => default_preset,
    };
    let mut rules = preset_rules(preset, member_veto);
    let mut size_span = raw.preset.as_ref().map(Spanned::span);
    if let Some(size) = &raw.size {
        rules.customised = true;
        size_span = Some(size.span());
        if usize::try_from(*size.get_ref()).ok() != Some(council.len()) {
            check.report(
                Problem::new(
                    ProblemCode::CouncilRuleMismatch,
                    Some(size.span()),
                    format!(
                        "size = {} but the Council has {} members",
                        size.get_ref(),
                        council.len()
                    ),
                )
                .help("make size match the members listed"),
            );
        }
    }
    if let Some(threshold) = &raw.threshold {
        rules.customised = true;
        match usize::try_from(*threshold.get_ref()) {
            Ok(t) if (1..=council.len()).contains(&t) => rules.threshold = t,
            _ => check.report(
                Problem::new(
                    ProblemCode::InvalidThreshold,
                    Some(threshold.span()),
                    format!(
                        "a threshold of {} is impossible for a Council of {}",
                        threshold.get_ref(),
                        council.len()
                    ),
                )
                .help(format!("use a number from 1 to {}", council.len())),
            ),
        }
    }
    if let Some(veto) = &raw.veto {
        rules.customised = true;
        rules.veto_holders = check.members(council, veto);
    }
    if let Some(flag) = &raw.abstention_blocks {
        rules.customised |= *flag.get_ref();
        rules.abstention_blocks = *flag.get_ref();
    }
    if let Some(flag) = &raw.absence_blocks {
        rules.customised |= *flag.get_ref();
        rules.absence_blocks = *flag.get_ref();
    }
    if let Some(question) = &raw.question {
        rules.question = question_kind(check, question)?;
    }
    rules.dispute_parties = check.members(council, &raw.dispute_parties);
    if raw.threshold.is_none() && rules.threshold > council.len() {
        check.report(
            Problem::new(
                ProblemCode::InvalidThreshold,
                size_span.clone().or(Some(spanned.span())),
                format!(
                    "the {} threshold of {} is impossible for a Council of {}",
                    rules.preset,
                    rules.threshold,
                    council.len()
                ),
            )
            .help("set [rules] threshold for this Council"),
        );
    }
    if raw.size.is_none() && !fits(check, &rules, council, size_span.or(Some(spanned.span()))) {
        return None;
    }
    Some(rules)
}

fn question_kind(check: &mut Checker, question: &Spanned<String>) -> Option<QuestionKind> {
    match question.get_ref().as_str() {
        "substantive" => Some(QuestionKind::Substantive),
        "procedural" => Some(QuestionKind::Procedural),
        other => {
            check.report(
                Problem::new(
                    ProblemCode::InvalidValue,
                    Some(question.span()),
                    format!("`{other}` is not a kind of question"),
                )
                .help("expected substantive or procedural"),
            );
            None
        }
    }
}

fn preset_rules(preset: Preset, veto_holders: MemberSet) -> RuleSet {
    RuleSet {
        preset,
        customised: false,
        threshold: preset.threshold(),
        veto_holders,
        abstention_blocks: false,
        absence_blocks: false,
        question: QuestionKind::Substantive,
        dispute_parties: MemberSet::EMPTY,
    }
}

/// Whether the Council has the size the preset expects; reports if not.
fn fits(
    check: &mut Checker,
    rules: &RuleSet,
    council: &Council,
    span: Option<Range<usize>>,
) -> bool {
    let expected = rules.preset.council_size();
    if council.len() == expected {
        return true;
    }
    check.report(
        Problem::new(
            ProblemCode::CouncilRuleMismatch,
            span,
            format!("the {} rule set expects {expected} members but the Council has {}", rules.preset, council.len()),
        )
        .help("list the right members, choose another preset, or set [rules] size and threshold for a custom Council"),
    );
    false
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
    let mut provisions: Vec<Provision> = Vec::new();
    for provision in &raw.provisions {
        let provision = provision.get_ref();
        let id = provision.id.get_ref();
        if !is_kebab_case(id) {
            check.report(
                Problem::new(ProblemCode::InvalidText, Some(provision.id.span()), format!("`{id}` is not a kebab-case provision id"))
                    .help("use lower-case letters, digits and single hyphens, e.g. extend-panel-of-experts"),
            );
        } else if provisions.iter().any(|p| &p.id == id) {
            check.report(Problem::new(
                ProblemCode::DuplicateProvision,
                Some(provision.id.span()),
                format!("provision `{id}` is defined twice"),
            ));
        }
        let text = check.text(&provision.text, "the provision's text");
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
    }
}

fn stance(check: &mut Checker, raw: &RawStance, status: Option<Status>) -> Option<Stance> {
    let vote: Option<Vote> = check.parse(
        &raw.vote,
        ProblemCode::InvalidValue,
        "expected yes, no, abstain or absent",
    );
    let source = raw.source.as_ref().and_then(|s| check.source(s));
    if let (Some(reason), None, Some(Status::Historical)) = (&raw.reason, &raw.source, status) {
        check.report(
            Problem::new(
                ProblemCode::MissingSource,
                Some(reason.span()),
                "a stated reason in a historical scenario needs a source",
            )
            .label("unsourced")
            .help("add source = \"S/PV.…\" (the meeting record) or the address of the statement"),
        );
    }
    let reason = raw.reason.as_ref().map(|r| check.text(r, "the reason"));
    Some(Stance {
        vote: vote?,
        reason,
        source,
    })
}

fn stances(
    check: &mut Checker,
    raw: &Spanned<BTreeMap<String, Spanned<RawStance>>>,
    council: &Council,
    status: Option<Status>,
) -> Option<Vec<Stance>> {
    let mut by_member: Vec<Option<Stance>> = vec![None; council.len()];
    let mut default = None;
    let mut ok = true;
    for (key, value) in raw.get_ref() {
        let parsed = stance(check, value.get_ref(), status);
        ok &= parsed.is_some();
        if key == "default" {
            default = parsed;
        } else if let Some(index) = check.member(council, &Spanned::new(value.span(), key.clone()))
        {
            by_member[index] = parsed;
        } else {
            ok = false;
        }
    }
    let missing: Vec<&str> = by_member
        .iter()
        .enumerate()
        .filter(|(_, s)| s.is_none())
        .map(|(i, _)| council.member(i).code.as_str())
        .collect();
    if default.is_none() && !missing.is_empty() && ok {
        check.report(
            Problem::new(
                ProblemCode::MissingStance,
                Some(raw.span()),
                format!("no stance for {}", missing.join(", ")),
            )
            .label("in these stances")
            .help("give each member a stance, or add default = { vote = \"…\" } for the rest"),
        );
        return None;
    }
    if !ok {
        return None;
    }
    by_member
        .into_iter()
        .map(|s| s.or_else(|| default.clone()))
        .collect()
}

fn record_of(check: &mut Checker, raw: &Spanned<RawRecord>, council: &Council) -> Option<Record> {
    let span = raw.span();
    let raw = raw.get_ref();
    let outcome = match raw.outcome.get_ref().as_str() {
        "adopted" => Some(RecordedOutcome::Adopted),
        "vetoed" => Some(RecordedOutcome::Vetoed),
        "failed" => Some(RecordedOutcome::Failed),
        other => {
            check.report(
                Problem::new(
                    ProblemCode::InvalidValue,
                    Some(raw.outcome.span()),
                    format!("`{other}` is not an outcome"),
                )
                .help("expected adopted, vetoed or failed"),
            );
            None
        }
    };
    let source = match &raw.source {
        Some(s) => check.source(s),
        None => {
            check.report(
                Problem::new(
                    ProblemCode::MissingSource,
                    Some(raw.outcome.span()),
                    "the record needs a source",
                )
                .label("recorded without a source")
                .help("add source = \"S/PV.…\", the meeting record"),
            );
            None
        }
    };
    let mut votes: Vec<Option<Vote>> = vec![None; council.len()];
    let mut complete = true;
    for (vote, codes) in [
        (Vote::Yes, &raw.yes),
        (Vote::No, &raw.no),
        (Vote::Abstain, &raw.abstain),
        (Vote::Absent, &raw.absent),
    ] {
        for code in codes {
            let Some(index) = check.member(council, code) else {
                complete = false;
                continue;
            };
            if let Some(previous) = votes[index] {
                check.report(
                    Problem::new(
                        ProblemCode::DuplicateRecordVote,
                        Some(code.span()),
                        format!(
                            "{} already has a recorded vote ({previous})",
                            council.member(index).code
                        ),
                    )
                    .help("each member votes once"),
                );
                complete = false;
            }
            votes[index] = Some(vote);
        }
    }
    let missing: Vec<&str> = votes
        .iter()
        .enumerate()
        .filter(|(_, v)| v.is_none())
        .map(|(i, _)| council.member(i).code.as_str())
        .collect();
    if !missing.is_empty() && complete {
        check.report(
            Problem::new(
                ProblemCode::IncompleteRecord,
                Some(span),
                format!("the record has no vote for {}", missing.join(", ")),
            )
            .label("in this record")
            .help("list every member under yes, no, abstain or absent"),
        );
        return None;
    }
    let votes: Option<Vec<Vote>> = votes.into_iter().collect();
    let resolution = raw
        .resolution
        .as_ref()
        .map(|r| check.text(r, "the resolution"));
    Some(Record {
        outcome: outcome?,
        ballot: Ballot::from_votes(&votes?),
        resolution,
        source: source?,
    })
}
