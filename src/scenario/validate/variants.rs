//! `[[variant]]`: named what-ifs over stances, provisions and the rule set.

use toml::Spanned;

use std::ops::Range;

use super::rules::overrides;
use super::stances::provision;
use super::{Checker, is_kebab_case};
use crate::input::{one_of, shown};
use crate::model::{
    Council, Draft, Member, MemberCode, MemberSet, Preset, ProvisionSet, QuestionKind, RuleSet,
    Variant, Vote, name_of, roster_coverage,
};
use crate::scenario::problem::{Problem, ProblemCode};
use crate::scenario::raw::RawVariant;

/// Every variant; problems are reported and the faulty variants left out.
pub(super) fn variants(
    check: &mut Checker,
    raw: &[Spanned<RawVariant>],
    council: &Council,
    draft: &Draft,
    base: &RuleSet,
    member_veto: MemberSet,
) -> Vec<Variant> {
    let mut out: Vec<Variant> = Vec::new();
    for variant in raw {
        let variant = variant.get_ref();
        let name = variant.name.get_ref();
        if !is_kebab_case(name) {
            check.report(
                Problem::new(
                    ProblemCode::InvalidText,
                    Some(variant.name.span()),
                    format!("`{}` is not a kebab-case variant name", shown(name)),
                )
                .help("use lower-case letters, digits and single hyphens, e.g. russia-abstains"),
            );
        } else if out.iter().any(|v| &v.name == name) {
            check.report(Problem::new(
                ProblemCode::DuplicateVariant,
                Some(variant.name.span()),
                format!("variant `{}` is defined twice", shown(name)),
            ));
        }
        let (changes, reform) = changes(check, variant, council, draft, base, member_veto);
        if let Some((preset, span)) = reform {
            check.report(
                Problem::new(
                    ProblemCode::CouncilRuleMismatch,
                    span,
                    format!(
                        "the {preset} preset seats {} members; a variant cannot add seats to this Council of {}",
                        preset.council_size(),
                        council.len()
                    ),
                )
                .help("as a what-if, this preset reports what the new seats would have to do"),
            );
        }
        out.push(Variant {
            name: name.clone(),
            description: variant
                .description
                .as_ref()
                .map(|d| check.paragraph(d, "the description").trim().to_owned())
                .unwrap_or_default(),
            ..changes
        });
    }
    out
}

/// A preset that adds seats, and where it was asked for.
pub(super) type Reform = (Preset, Option<Range<usize>>);

/// What a what-if changes, from a `[[variant]]` table or the command line alike: seats
/// replaced first, then votes set against the seated Council, provisions dropped and the rules
/// changed. A preset that adds seats to this Council is not a rule for it: it comes back
/// apart, as a reform to weigh, with its span.
pub(super) fn changes(
    check: &mut Checker,
    variant: &RawVariant,
    council: &Council,
    draft: &Draft,
    base: &RuleSet,
    member_veto: MemberSet,
) -> (Variant, Option<Reform>) {
    let replace = replacements(check, variant.replace.as_ref(), council);
    // Votes may name the new holders of replaced seats.
    let seated = replace
        .iter()
        .try_fold(council.clone(), |c, (index, member)| {
            c.with_replacement(*index, member.clone())
        })
        .unwrap_or_else(|_| council.clone());
    let mut set = Vec::new();
    for (code, vote) in variant.set.iter().flatten() {
        let member = check.member(&seated, &Spanned::new(vote.span(), code.clone()));
        let vote: Option<Vote> = check.parse(
            vote,
            ProblemCode::InvalidValue,
            &format!("expected {}", one_of::<Vote>()),
        );
        if let (Some(member), Some(vote)) = (member, vote) {
            set.push((member, vote));
        }
    }
    let drop = variant
        .drop
        .iter()
        .filter_map(|id| provision(check, draft, id.get_ref(), id.span()))
        .fold(ProvisionSet::EMPTY, ProvisionSet::with);
    let mut reform = None;
    let rules = variant.rules.as_ref().and_then(|r| {
        let raw = r.get_ref();
        let preset_span = raw.preset.as_ref().map(Spanned::span);
        let mut rules = overrides(check, raw, *base, council, member_veto)?;
        if rules.preset.enlargement().seats() > 0 && rules.preset.council_size() != council.len()
        {
            reform = Some((rules.preset, preset_span));
            return None;
        }
        if raw.preset.is_some() {
            if rules.question == QuestionKind::Statement {
                check.report(
                    Problem::new(
                        ProblemCode::VotingRuleOnStatement,
                        preset_span,
                        "a rule-set preset is a voting rule, and a consensus statement is not voted on",
                    )
                    .help("a statement is agreed by consensus: any member's objection blocks it"),
                );
                return None;
            }
            rules.threshold = rules.threshold.min(council.len());
        }
        Some(rules.for_draft(draft))
    });
    let variant = Variant {
        name: String::new(),
        description: String::new(),
        set,
        replace,
        drop,
        rules,
    };
    (variant, reform)
}

/// `replace = { SEAT = "NEW" }`: another state holds the seat. The new holder must not sit on
/// the Council already, and its name must be known to the built-in tables.
fn replacements(
    check: &mut Checker,
    raw: Option<&std::collections::BTreeMap<String, Spanned<String>>>,
    council: &Council,
) -> Vec<(usize, Member)> {
    let mut out: Vec<(usize, Member)> = Vec::new();
    for (seat, holder) in raw.into_iter().flatten() {
        let Some(index) = check.member(council, &Spanned::new(holder.span(), seat.clone())) else {
            continue;
        };
        let Some(code) = check.parse::<MemberCode>(
            holder,
            ProblemCode::InvalidMemberCode,
            "use the ISO 3166 alpha-3 code",
        ) else {
            continue;
        };
        let taken = council.index_of(code).is_some() || out.iter().any(|(_, m)| m.code == code);
        let Some(name) = name_of(code) else {
            check.report(
                Problem::new(ProblemCode::UnknownMember, Some(holder.span()), format!("unsc knows no name for {code}"))
                    .help(format!("replacements use the names of the built-in rosters (any member {}, or a permanent member)", roster_coverage())),
            );
            continue;
        };
        if taken {
            check.report(Problem::new(
                ProblemCode::DuplicateMember,
                Some(holder.span()),
                format!("{code} already sits on the Council"),
            ));
            continue;
        }
        let seat = council.member(index).seat;
        out.push((index, Member::new(code, name, seat)));
    }
    out
}
