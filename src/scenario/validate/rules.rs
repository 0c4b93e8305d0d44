//! `[rules]`, and a variant's `rules`: a preset with explicit overrides.

use std::ops::Range;

use toml::Spanned;

use super::Checker;
use crate::input::shown;
use crate::model::{Council, Date, MemberSet, Preset, QuestionKind, RuleSet};
use crate::scenario::problem::{Problem, ProblemCode};
use crate::scenario::raw::RawRules;

/// The scenario's rule set: the preset in force on `date` unless `[rules]` says otherwise.
pub(super) fn rules(
    check: &mut Checker,
    raw: Option<&Spanned<RawRules>>,
    council: &Council,
    member_veto: MemberSet,
    date: Option<Date>,
) -> Option<RuleSet> {
    let preset = date.map_or(Preset::Charter, |d| Preset::in_force(d.year));
    let base = RuleSet::from_preset(preset, member_veto);
    let Some(spanned) = raw else {
        return fits(check, &base, council, None).then_some(base);
    };
    let raw_rules = spanned.get_ref();
    let rules = overrides(check, raw_rules, base, council, member_veto)?;
    let span = raw_rules
        .size
        .as_ref()
        .map(Spanned::span)
        .or_else(|| raw_rules.preset.as_ref().map(Spanned::span))
        .or(Some(spanned.span()));
    if raw_rules.size.is_none() && !fits(check, &rules, council, span.clone()) {
        return None;
    }
    if raw_rules.threshold.is_none() && rules.threshold > council.len() {
        check.report(
            Problem::new(
                ProblemCode::InvalidThreshold,
                span,
                format!(
                    "the {} threshold of {} is impossible for a Council of {}",
                    rules.preset,
                    rules.threshold,
                    council.len()
                ),
            )
            .help("set [rules] threshold for this Council"),
        );
        return None;
    }
    Some(rules)
}

/// `base` with every key of `raw` applied. A preset replaces the base's threshold and
/// blocking switches but keeps its question and dispute parties; a consensus statement takes
/// no voting rule at all.
pub(super) fn overrides(
    check: &mut Checker,
    raw: &RawRules,
    base: RuleSet,
    council: &Council,
    member_veto: MemberSet,
) -> Option<RuleSet> {
    let mut rules = match &raw.preset {
        Some(p) => {
            let preset: Preset = check.parse(
                p,
                ProblemCode::InvalidValue,
                "docs/rules.md gives each preset's parameters and sources",
            )?;
            RuleSet {
                question: base.question,
                dispute_parties: base.dispute_parties,
                customised: base.customised,
                ..RuleSet::from_preset(preset, member_veto)
            }
        }
        None => base,
    };
    if let Some(question) = &raw.question {
        let kind = question_kind(check, question)?;
        if rules.question == QuestionKind::Statement && kind != QuestionKind::Statement {
            // Leaving consensus: back to the preset's voting rule.
            rules = RuleSet {
                dispute_parties: rules.dispute_parties,
                ..RuleSet::from_preset(rules.preset, member_veto)
            };
        }
        rules.question = kind;
    }
    if let Some(size) = &raw.size {
        rules.customised = true;
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
    if let Some(parties) = &raw.dispute_parties {
        rules.dispute_parties = check.members(council, parties);
    }
    if rules.question == QuestionKind::Statement {
        consensus_only(check, raw);
        rules = rules.consensus(council.all());
    }
    Some(rules)
}

fn question_kind(check: &mut Checker, question: &Spanned<String>) -> Option<QuestionKind> {
    let kind = QuestionKind::from_name(question.get_ref());
    if kind.is_none() {
        check.report(
            Problem::new(
                ProblemCode::InvalidValue,
                Some(question.span()),
                format!("`{}` is not a kind of question", shown(question.get_ref())),
            )
            .help("expected substantive, procedural, preliminary or statement"),
        );
    }
    kind
}

/// Reports voting keys given for a consensus statement, which is agreed without a vote.
fn consensus_only(check: &mut Checker, raw: &RawRules) {
    let spans = [
        ("threshold", raw.threshold.as_ref().map(Spanned::span)),
        (
            "veto",
            raw.veto.as_ref().and_then(|v| v.first()).map(Spanned::span),
        ),
        (
            "abstention_blocks",
            raw.abstention_blocks.as_ref().map(Spanned::span),
        ),
        (
            "absence_blocks",
            raw.absence_blocks.as_ref().map(Spanned::span),
        ),
    ];
    for (key, span) in spans {
        if let Some(span) = span {
            check.report(
                Problem::new(
                    ProblemCode::VotingRuleOnStatement,
                    Some(span),
                    format!("`{key}` does not apply to a consensus statement"),
                )
                .help("a statement is agreed by consensus: any member's objection blocks it; remove this key"),
            );
        }
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
            format!(
                "the {} rule set expects {expected} members but the Council has {}",
                rules.preset,
                council.len()
            ),
        )
        .help("list the right members, choose another preset, or set [rules] size and threshold for a custom Council"),
    );
    false
}
