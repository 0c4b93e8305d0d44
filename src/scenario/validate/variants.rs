//! `[[variant]]`: named what-ifs over stances, provisions and the rule set.

use toml::Spanned;

use super::rules::overrides;
use super::stances::provision;
use super::{Checker, is_kebab_case};
use crate::model::{Council, Draft, MemberSet, ProvisionSet, RuleSet, Variant, Vote};
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
                    format!("`{name}` is not a kebab-case variant name"),
                )
                .help("use lower-case letters, digits and single hyphens, e.g. russia-abstains"),
            );
        } else if out.iter().any(|v| &v.name == name) {
            check.report(Problem::new(
                ProblemCode::DuplicateVariant,
                Some(variant.name.span()),
                format!("variant `{name}` is defined twice"),
            ));
        }
        let mut set = Vec::new();
        for (code, vote) in variant.set.iter().flatten() {
            let member = check.member(council, &Spanned::new(vote.span(), code.clone()));
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
            overrides(check, r.get_ref(), base.clone(), council, member_veto).map(|mut rules| {
                rules.customised |= rules.preset.council_size() != council.len();
                rules
            })
        });
        out.push(Variant {
            name: name.clone(),
            description: variant.description.trim().to_owned(),
            set,
            drop,
            rules,
        });
    }
    out
}
