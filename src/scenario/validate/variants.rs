//! `[[variant]]`: named what-ifs over stances, provisions and the rule set.

use toml::Spanned;

use super::rules::overrides;
use super::stances::provision;
use super::{Checker, is_kebab_case};
use crate::input::shown;
use crate::model::{
    Council, Draft, Member, MemberCode, MemberSet, ProvisionSet, RuleSet, Variant, Vote, name_of,
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
                "expected yes, no, abstain or absent",
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
        let rules = variant.rules.as_ref().and_then(|r| {
            let rules = overrides(check, r.get_ref(), *base, council, member_veto)?;
            if rules.preset.enlargement().seats() > 0 && rules.preset.council_size() != council.len() {
                check.report(
                    Problem::new(
                        ProblemCode::CouncilRuleMismatch,
                        r.get_ref().preset.as_ref().map(Spanned::span),
                        format!(
                            "the {} preset seats {} members; a variant cannot add seats to this Council of {}",
                            rules.preset,
                            rules.preset.council_size(),
                            council.len()
                        ),
                    )
                    .help(format!("run `unsc whatif FILE --rules {}`, which reports what the new seats would have to do", rules.preset)),
                );
                return None;
            }
            Some(rules.for_draft(draft))
        });
        out.push(Variant {
            name: name.clone(),
            description: variant
                .description
                .as_ref()
                .map(|d| check.paragraph(d, "the description").trim().to_owned())
                .unwrap_or_default(),
            set,
            replace,
            drop,
            rules,
        });
    }
    out
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
                    .help("replacements use the names of the built-in rosters (any member 2012–2027 or a permanent member)"),
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
