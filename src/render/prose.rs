//! English phrases shared by the text and Markdown renderers.

use std::fmt::Write as _;

use crate::engine::{
    Finding, Flip, Outcome, Pivot, Resolution, Resolver, RuleId, Settlement, Tally, Verdict,
};
use crate::model::{
    Ballot, ChallengeVote, Council, Date, MemberSet, OutcomeKind, PresidentRuling, QuestionKind,
    RuleSet, Ruling, Seat, Vote,
};

/// The record's outcome in words: "adopted without a vote" rather than its stable name.
pub(crate) fn recorded_outcome(outcome: OutcomeKind) -> &'static str {
    match outcome {
        OutcomeKind::AdoptedWithoutVote => "adopted without a vote",
        other => other.as_str(),
    }
}

/// Said of a record of adoption without a vote, which has no tally to compare.
pub(crate) const NO_TALLY: &str = "Adopted without a vote: the record has no tally, and the stances model the members' positions, not votes cast.";

/// The draft's symbol and title, joined by `separator` ("S/2023/638 — Renewal …"), or the
/// title alone when the draft has no symbol.
pub(crate) fn draft_heading(draft: &crate::model::Draft, separator: &str) -> String {
    match &draft.symbol {
        Some(symbol) => format!("{symbol}{separator}{}", draft.title),
        None => draft.title.clone(),
    }
}

/// Names as the UN writes them in running text ("the Russian Federation").
pub(crate) fn in_sentence(name: &str) -> String {
    const WITH_ARTICLE: [&str; 8] = [
        "Russian Federation",
        "United ",
        "Republic of",
        "Dominican Republic",
        "Democratic Republic",
        "Netherlands",
        "Union of",
        "Central African Republic",
    ];
    if WITH_ARTICLE.iter().any(|prefix| name.starts_with(prefix)) {
        format!("the {name}")
    } else {
        name.to_owned()
    }
}

/// "A", "A and B", "A, B and C".
/// A note after a preset's name when its threshold is this crate's model, not a sourced
/// figure: the enlargement presets (`docs/rules.md`).
pub(crate) fn modelled_threshold_note(rules: &crate::model::RuleSet) -> String {
    if rules.preset.threshold_is_modelled() && rules.threshold == rules.preset.threshold() {
        format!(
            " (threshold {} modelled: 60% of the seats)",
            rules.threshold
        )
    } else {
        String::new()
    }
}

pub(crate) fn join(items: &[String]) -> String {
    join_with(items, "and")
}

/// "A", "A or B", "A, B or C".
fn join_with(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

/// The sentence with its first letter in upper case.
pub(crate) fn capitalised(sentence: &str) -> String {
    let mut chars = sentence.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Member names as in a list or heading, in Council order.
pub(crate) fn names(council: &Council, members: MemberSet) -> Vec<String> {
    members
        .iter()
        .map(|i| council.member(i).name.clone())
        .collect()
}

/// Member names for running text.
pub(crate) fn sentence_names(council: &Council, members: MemberSet) -> String {
    let names: Vec<String> = members
        .iter()
        .map(|i| in_sentence(&council.member(i).name))
        .collect();
    join(&names)
}

/// "1 member", "3 members".
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The rule a briefing or worksheet states before the vote: the votes needed and who holds a
/// veto on this question (none on a procedural one), a statement's consensus, and a
/// President's ruling on the preliminary question.
pub(crate) fn rule_sentence(council: &Council, rules: &RuleSet) -> String {
    if rules.question == QuestionKind::Statement {
        return "The rule: a statement is agreed by consensus, without a vote; any one member's \
                objection is enough to stop it."
            .to_owned();
    }
    let veto = names(council, Resolver::new(rules).veto_players());
    let mut sentence = format!(
        "The rule: {} affirmative votes of {} needed ({} question); {}.",
        rules.threshold,
        council.len(),
        rules.question.as_str(),
        if veto.is_empty() {
            "no veto applies to this question".to_owned()
        } else {
            format!("veto: {}", veto.join(", "))
        }
    );
    if let Some(ruling) = rules.ruling {
        let _ = write!(
            sentence,
            " The President has ruled the draft {} (rule 30); {}.",
            ruled(ruling.ruling),
            if ruling.challenge.is_some() {
                "the ruling is challenged, and it stands unless the Council overrules it"
            } else {
                "the ruling is not challenged, so it stands without a vote"
            }
        );
    }
    sentence
}

/// What the President ruled the draft: "procedural" or "not procedural (substantive)".
fn ruled(ruling: Ruling) -> &'static str {
    match ruling {
        Ruling::Procedural => "procedural",
        Ruling::Substantive => "not procedural (substantive)",
    }
}

/// How the members stood, in words: the UN-style tally for a vote, or who joined and who
/// objected for a consensus statement (which is not voted on).
pub(crate) fn positions_sentence(
    council: &Council,
    question: QuestionKind,
    ballot: &Ballot,
) -> String {
    if question != QuestionKind::Statement {
        return tally_sentence(council, ballot);
    }
    let objecting = ballot.cast(Vote::No);
    let joining = ballot.members().difference(objecting).len();
    match objecting.len() {
        0 => format!("no objection: {joining} members joined the consensus"),
        n => format!(
            "{n} {} ({}); {joining} did not object",
            if n == 1 {
                "member objected"
            } else {
                "members objected"
            },
            names(council, objecting).join(", ")
        ),
    }
}

/// The tally as in a UN press release:
/// "13 in favour to 1 against (Russian Federation), with 1 abstention (China)".
pub(crate) fn tally_sentence(council: &Council, ballot: &Ballot) -> String {
    // Groups of up to five are named, as the UN's meeting coverage does.
    let named = |vote: Vote| {
        let members = ballot.cast(vote);
        if (1..=5).contains(&members.len()) {
            format!(" ({})", names(council, members).join(", "))
        } else {
            String::new()
        }
    };
    let count = |vote: Vote| ballot.cast(vote).len();
    let against = match count(Vote::No) {
        0 => "none against".to_owned(),
        n => format!("{n} against{}", named(Vote::No)),
    };
    let abstentions = match count(Vote::Abstain) {
        0 => "no abstentions".to_owned(),
        n => format!(
            "{}{}",
            plural(n, "abstention", "abstentions"),
            named(Vote::Abstain)
        ),
    };
    let absent = match count(Vote::Absent) {
        0 => String::new(),
        n => format!(" and {n} absent{}", named(Vote::Absent)),
    };
    let not_participating = match count(Vote::NotParticipating) {
        0 => String::new(),
        n => format!(
            "; {} did not participate{}",
            plural(n, "member", "members"),
            named(Vote::NotParticipating)
        ),
    };
    format!(
        "{} in favour{} to {against}, with {abstentions}{absent}{not_participating}",
        count(Vote::Yes),
        named(Vote::Yes)
    )
}

/// "13-0-2", with absences noted.
pub(crate) fn short_tally(tally: &Tally) -> String {
    let base = format!("{}-{}-{}", tally.yes, tally.no, tally.abstain);
    let notes: Vec<String> = [
        (tally.absent, "absent"),
        (tally.not_participating, "not participating"),
    ]
    .into_iter()
    .filter(|&(n, _)| n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect();
    if notes.is_empty() {
        base
    } else {
        format!("{base} ({})", notes.join(", "))
    }
}

/// For a vote between the amendment of Article 27 (in force 31 August 1965) and the Council's
/// enlargement (1 January 1966): which threshold applied, and why.
pub(crate) fn transition_note(date: Date) -> Option<&'static str> {
    let window = (date.year, date.month, date.day) >= (1965, 8, 31) && date.year == 1965;
    window.then_some(
        "The amended Article 27 (nine votes of fifteen) was in force from 31 August 1965, but the Council kept its eleven members until 1 January 1966, and the threshold applied was seven: resolution 218 (1965) was adopted on 23 November 1965 by 7 votes to none, with 4 abstentions.",
    )
}

/// Said instead of the tally when the President's ruling was not challenged.
pub(crate) const NO_VOTE_TAKEN: &str = "No vote was taken: the President's ruling was not challenged, so it stands without a vote (rule 30); the members' stances are not counted.";

/// Whether the Council voted: not on a President's ruling that was not challenged.
pub(crate) fn vote_taken(resolution: &Resolution) -> bool {
    resolution.settlement.is_none_or(|s| s.vote_taken())
}

/// The warning before the result of a scenario with uncertain votes.
pub(crate) const MOST_LIKELY_VOTES: &str = "Most likely votes: each member's single most likely vote (ties go to yes, then no, abstain, absent). This is not the probability of the outcome; run `unsc simulate` for that.";

/// The verdict line: "NOT ADOPTED — VETOED by Russian Federation"; on a challenged ruling,
/// whether it stands.
pub(crate) fn verdict(council: &Council, resolution: &Resolution) -> String {
    let (outcome, tally, required) = (
        resolution.outcome,
        &resolution.tally,
        resolution.required_yes,
    );
    if let Some(Settlement {
        ruling: Some(ruling),
        votes_to_overrule,
        overruled,
        ..
    }) = resolution.settlement
    {
        return match (ruling.challenge, overruled) {
            (None, _) => "THE PRESIDENT'S RULING STANDS — not challenged".to_owned(),
            (Some(_), false) => format!(
                "THE PRESIDENT'S RULING STANDS — {} to overrule, {required} required",
                plural(votes_to_overrule, "vote", "votes")
            ),
            (Some(_), true) => format!(
                "THE PRESIDENT'S RULING IS OVERRULED — {} to overrule, {required} required",
                plural(votes_to_overrule, "vote", "votes")
            ),
        };
    }
    match outcome {
        Outcome::Adopted if tally.yes == council.len() => "ADOPTED unanimously".to_owned(),
        Outcome::Adopted => "ADOPTED".to_owned(),
        Outcome::Vetoed(by) => format!("NOT ADOPTED — VETOED by {}", join(&names(council, by))),
        Outcome::Failed => format!(
            "NOT ADOPTED — insufficient affirmative votes ({} of {required} required)",
            tally.yes
        ),
        Outcome::Blocked(by) => format!(
            "NOT AGREED — BLOCKED by {} (a consensus statement; not a veto)",
            join(&names(council, by))
        ),
    }
}

fn holders(council: &Council, members: MemberSet) -> &'static str {
    let all_permanent = members
        .iter()
        .all(|i| council.member(i).seat == Seat::Permanent);
    match (all_permanent, members.len()) {
        (true, 1) => "a permanent member",
        (true, _) => "permanent members",
        (false, 1) => "a veto-holder",
        (false, _) => "veto-holders",
    }
}

fn verb(members: MemberSet, one: &str, many: &str) -> String {
    if members.len() == 1 {
        one.to_owned()
    } else {
        many.to_owned()
    }
}

/// What one finding means, in a sentence.
pub(crate) fn finding(council: &Council, finding: &Finding, resolution: &Resolution) -> String {
    capitalised(&finding_sentence(council, finding, resolution))
}

#[allow(clippy::too_many_lines)] // one arm per rule code, each a sentence; a split would scatter them
fn finding_sentence(council: &Council, finding: &Finding, resolution: &Resolution) -> String {
    let who = sentence_names(council, finding.members);
    let members = finding.members;
    let tally = &resolution.tally;
    let required = resolution.required_yes;
    match (finding.rule, finding.verdict) {
        (RuleId::ObligatoryAbstention, _) => obligatory_abstention(&who, finding, resolution),
        (RuleId::ProceduralMajority | RuleId::SubstantiveMajority, Verdict::Met) => format!(
            "{} affirmative {}; {required} required — met.",
            tally.yes,
            if tally.yes == 1 { "vote" } else { "votes" }
        ),
        (RuleId::ProceduralMajority | RuleId::SubstantiveMajority, _) => format!(
            "{} affirmative {}; {required} required — not met, so the draft fails.",
            tally.yes,
            if tally.yes == 1 { "vote" } else { "votes" }
        ),
        (RuleId::PermanentMemberVeto, Verdict::Met) => {
            "No member holding a veto voted against.".to_owned()
        }
        (RuleId::PermanentMemberVeto, Verdict::Moot) => format!(
            "{who}, {}, voted against, but the draft had already failed for want of votes: this is not counted as a veto.",
            holders(council, members)
        ),
        (RuleId::PermanentMemberVeto, _) => format!(
            "{who}, {}, voted against — the draft is vetoed.",
            holders(council, members)
        ),
        (RuleId::AbstentionIsNotVeto, _) => format!(
            "{who} abstained — the abstention of {} is not a veto.",
            holders(council, members)
        ),
        (RuleId::AbsenceIsNotVeto, _)
            if members
                .difference(resolution.ballot.cast(Vote::NotParticipating))
                .is_empty() =>
        {
            format!(
                "{who} did not participate in the voting — non-participation by {} is not a veto.",
                holders(council, members)
            )
        }
        (RuleId::AbsenceIsNotVeto, _) => format!(
            "{who} {} absent — the absence of {} is not a veto.",
            verb(members, "was", "were"),
            holders(council, members)
        ),
        (RuleId::ProceduralNoVeto, _) => {
            format!("{who} voted against, but a procedural decision is not subject to the veto.")
        }
        (RuleId::AbstentionBlocks, Verdict::Moot) => format!(
            "{who} abstained; under this custom rule set that would block, but the draft had already failed."
        ),
        (RuleId::AbstentionBlocks, _) => format!(
            "{who} abstained, and under this custom rule set an abstention blocks — the draft is vetoed."
        ),
        (RuleId::AbsenceBlocks, Verdict::Moot) => format!(
            "{who} {} absent; under this custom rule set that would block, but the draft had already failed.",
            verb(members, "was", "were")
        ),
        (RuleId::AbsenceBlocks, _) => format!(
            "{who} {} absent, and under this custom rule set absence blocks — the draft is vetoed.",
            verb(members, "was", "were")
        ),
        (RuleId::PreliminaryQuestion, _) => match resolution.settlement {
            Some(Settlement { ruling: Some(_), .. }) => "Whether the matter is procedural — the preliminary question — is for the President to rule on (rule 30); the ruling stands unless the Council overrules it.".to_owned(),
            _ => format!(
                "This vote decides whether the matter is procedural. Under rule 30 and the Council's practice (in 1950, and on Laos in 1959) it is decided by a procedural vote, in which no member has a veto.{}",
                then_voted_as(resolution)
            ),
        },
        (RuleId::PreliminaryQuestion1945, _) => format!(
            "This vote decides whether the matter is procedural, read as the four sponsoring governments stated at San Francisco in 1945 (a labelled variant, not today's practice): the preliminary question is itself non-procedural, so {who} can veto it, and then the matter — the \"double veto\".{}",
            then_voted_as(resolution)
        ),
        (RuleId::PresidentRuling, verdict) => president_ruling(verdict, resolution),
        (RuleId::RulingChallenge, verdict) => ruling_challenge(&who, verdict, resolution),
        (RuleId::AdmissionRecommendation, _) => "This vote decides whether the Council recommends that a State be admitted to membership (Art. 4(2)): a substantive decision, subject to the veto. Upon a recommendation the General Assembly decides by a two-thirds majority of the members present and voting (Art. 18(2)); without one it cannot admit the State (ICJ, Competence of the General Assembly for the Admission of a State, 1950).".to_owned(),
        (RuleId::UnitingForPeace, _) => "This vote decides whether to call an emergency special session of the General Assembly under the Uniting for Peace resolution (377 A (V)): a procedural decision, taken by any nine members (seven before 1966) with no veto. When the Assembly meets in emergency special session on the situation of a veto, the debate that resolution 76/262 would convene on that veto is not held (76/262, para. 1).".to_owned(),
        (RuleId::ReviewConference, _) => "This vote decides whether a General Conference of the Members is to be held to review the Charter (Art. 109): the Council takes part by the vote of any nine of its members (Art. 109(1); seven before the amendment in force on 12 June 1968, and seven under Art. 109(3), which governed the proposal put to the Assembly's tenth session), with no veto, and the General Assembly must also decide — by two thirds under Art. 109(1), or by a majority under Art. 109(3). Amendments the Conference recommends take effect only when ratified by two thirds of the Members including all the permanent members.".to_owned(),
        (RuleId::SgAppointment, _) => "This vote decides whether the Council recommends a candidate for appointment as Secretary-General (Art. 97): a substantive decision, subject to the veto. The General Assembly appoints upon the recommendation. In practice the Council agrees in private and adopts the recommendation by acclamation, as with resolution 2580 (2021).".to_owned(),
        (RuleId::ConsensusStatement, Verdict::Blocks) => format!(
            "{who} objected. A statement is agreed only by consensus, so it is blocked; the UN does not count this as a veto."
        ),
        (RuleId::ConsensusStatement, _) => {
            "No member objected: the statement is agreed by consensus.".to_owned()
        }
        (RuleId::VetoRestraint, _) => format!(
            "{who}, {}, pledged under veto restraint not to vote against a draft concerning mass atrocities, and so {} instead of voting against; a negative vote cast would still be a veto.",
            holders(council, members),
            verb(members, "abstains", "abstain")
        ),
        (
            RuleId::OrderOfSubmission
            | RuleId::OrderDecidedByCouncil
            | RuleId::AmendmentBeforeDraft
            | RuleId::SeparateVoteBeforeDraft
            | RuleId::TextAmended
            | RuleId::PartRemoved,
            _,
        ) => crate::render::meeting::rule_sentence(finding.rule).to_owned(),
        (RuleId::VetoInitiative, _) => format!(
            "Because {who} cast a veto, the President of the General Assembly convenes the Assembly within ten working days to debate it, unless an emergency special session meets on the same situation."
        ),
    }
}

/// The proviso's finding: observed, or not, with what abstaining would have changed.
/// " The draft is therefore decided as …": the second step of a preliminary question.
fn then_voted_as(resolution: &Resolution) -> String {
    resolution
        .settlement
        .map_or_else(String::new, |s| match s.draft_voted_as {
            Ruling::Procedural => {
                " The draft is therefore decided as a procedural matter, with no veto.".to_owned()
            }
            Ruling::Substantive => {
                " The draft is therefore decided as a substantive matter, with the veto.".to_owned()
            }
        })
}

fn president_ruling(verdict: Verdict, resolution: &Resolution) -> String {
    let Some(Settlement {
        ruling: Some(ruling),
        ..
    }) = resolution.settlement
    else {
        return String::new();
    };
    let ruled = ruled(ruling.ruling);
    let fate = match (ruling.challenge, verdict) {
        (None, _) => "It was not challenged, so it stands without a vote.",
        (Some(_), Verdict::NotMet) => "It was challenged and overruled.",
        (Some(_), _) => "It was challenged, and it stands.",
    };
    format!(
        "The President ruled that the matter is {ruled}. {fate}{}",
        then_voted_as(resolution)
    )
}

fn ruling_challenge(who: &str, verdict: Verdict, resolution: &Resolution) -> String {
    let Some(Settlement {
        ruling:
            Some(PresidentRuling {
                challenge: Some(challenge),
                ..
            }),
        votes_to_overrule,
        ..
    }) = resolution.settlement
    else {
        return String::new();
    };
    let put = match challenge {
        ChallengeVote::Ruling => {
            "the ruling itself was put to the vote, so a vote against it is a vote to overrule"
        }
        ChallengeVote::Overrule => "a motion to overrule it was put to the vote",
    };
    let required = resolution.required_yes;
    let result = match (votes_to_overrule, verdict) {
        (0, _) => {
            format!("No member voted to overrule ({required} required), so the ruling stands.")
        }
        (_, Verdict::Met) => format!(
            "{} to overrule ({who}), with {required} required, so the ruling is overruled.",
            plural(votes_to_overrule, "vote", "votes")
        ),
        _ => format!(
            "{} to overrule ({who}), short of the {required} required, so the ruling stands.",
            plural(votes_to_overrule, "vote", "votes")
        ),
    };
    format!(
        "The ruling was challenged and {put}. A ruling of the President is a procedural matter: it stands unless {required} members vote to overrule it, and no member has a veto. {result} How the votes on a ruling put to the vote are counted is not settled in any text this project found; it reads rule 30's words (\"it shall stand unless overruled\"), as the United States Mission did in 1951 (FRUS 1951, vol. II, doc. 185)."
    )
}

fn obligatory_abstention(who: &str, finding: &Finding, resolution: &Resolution) -> String {
    let members = finding.members;
    if finding.verdict == Verdict::Met {
        return format!(
            "{who} {} party to the dispute and, as the Charter requires on this decision, did not vote for or against it.",
            verb(members, "is", "are"),
        );
    }
    let had = resolution
        .if_parties_abstained
        .map_or(String::new(), |outcome| {
            format!(
                " Had {} abstained, the draft {}.",
                verb(members, "it", "they"),
                would_have(outcome)
            )
        });
    format!(
        "{who} {} party to the dispute, and the Charter's text obliged {} to abstain (Art. 27(3)); the Council has never set aside a vote actually cast, so {} counted as cast.{had}",
        verb(members, "is", "are"),
        verb(members, "it", "them"),
        verb(members, "its vote is", "their votes are"),
    )
}

/// "abstained", "voted in favour", …, after "had it".
fn had(vote: Vote) -> &'static str {
    match vote {
        Vote::Yes => "voted in favour",
        Vote::No => "voted against",
        Vote::Abstain => "abstained",
        Vote::Absent => "been absent",
        Vote::NotParticipating => "not participated",
    }
}

/// "would have been adopted", "would have been vetoed", "would have failed".
fn would_have(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Adopted => "would have been adopted",
        Outcome::Vetoed(_) => "would have been vetoed",
        Outcome::Failed => "would have failed",
        Outcome::Blocked(_) => "would have been blocked",
    }
}

/// "Russian Federation — had it abstained or voted in favour, the draft would have been adopted."
pub(crate) fn pivot(council: &Council, pivot: &Pivot, rules: &RuleSet) -> String {
    let question = rules.question;
    let name = &council.member(pivot.member).name;
    if question == QuestionKind::Statement {
        return if pivot.from == Vote::No {
            format!("{name} — had it not objected, the statement would have been agreed.")
        } else {
            format!("{name} — had it objected, the statement would have been blocked.")
        };
    }
    let alternatives: Vec<String> = pivot
        .flips_to
        .iter()
        .map(|(vote, _)| had(*vote).to_owned())
        .collect();
    let outcomes: Vec<&str> = pivot
        .flips_to
        .iter()
        .map(|(_, o)| o.kind().as_str())
        .collect();
    let result = if outcomes.windows(2).all(|w| w[0] == w[1]) {
        pivot
            .flips_to
            .first()
            .map_or("the outcome would have changed".to_owned(), |(_, o)| {
                would_have_ruled(rules, *o)
                    .map_or_else(|| format!("the draft {}", would_have(*o)), str::to_owned)
            })
    } else {
        "the outcome would have changed".to_owned()
    };
    let alternatives = join_with(&alternatives, "or");
    format!("{name} — had it {alternatives}, {result}.")
}

/// "had the Russian Federation abstained, the draft would have been adopted 13-0-2"; for a
/// statement, in the language of consensus: "had China not objected, the statement would
/// have been agreed".
pub(crate) fn flip(council: &Council, flip: &Flip, rules: &RuleSet) -> String {
    if rules.question == QuestionKind::Statement {
        let objecting: MemberSet = flip
            .changes
            .iter()
            .filter(|c| c.to == Vote::No)
            .map(|c| c.member)
            .collect();
        let withdrawing: MemberSet = flip
            .changes
            .iter()
            .filter(|c| c.from == Vote::No)
            .map(|c| c.member)
            .collect();
        return if objecting.is_empty() {
            format!(
                "had {} not objected, the statement would have been agreed",
                sentence_names(council, withdrawing)
            )
        } else {
            format!(
                "had {} objected, the statement would have been blocked",
                sentence_names(council, objecting)
            )
        };
    }
    let mut clauses = Vec::new();
    for to in Vote::ALL {
        let members: MemberSet = flip
            .changes
            .iter()
            .filter(|c| c.to == to)
            .map(|c| c.member)
            .collect();
        if !members.is_empty() {
            clauses.push(format!("{} {}", sentence_names(council, members), had(to)));
        }
    }
    if let Some(ruled) = would_have_ruled(rules, flip.outcome) {
        return format!("had {}, {ruled}", join(&clauses));
    }
    format!(
        "had {}, the draft {} {}",
        join(&clauses),
        would_have(flip.outcome),
        short_tally(&flip.tally)
    )
}

/// On a challenged ruling, what an outcome of the question put means for the ruling.
fn would_have_ruled(rules: &RuleSet, outcome: Outcome) -> Option<&'static str> {
    let challenge = rules
        .ruling
        .filter(|_| rules.question == QuestionKind::Preliminary)?
        .challenge?;
    let stands = outcome.is_adopted() == (challenge == ChallengeVote::Ruling);
    Some(if stands {
        "the President's ruling would have stood"
    } else {
        "the President's ruling would have been overruled"
    })
}

#[cfg(test)]
mod tests {
    use super::transition_note;
    use crate::model::Date;

    #[test]
    fn the_autumn_of_1965_is_noted() {
        // Res. 218 (1965), 23 November 1965: 7 votes to none, with 4 abstentions, under the
        // amended Article 27 but with eleven members.
        let date = |month, day| Date {
            year: 1965,
            month,
            day,
        };
        assert!(transition_note(date(11, 23)).is_some());
        assert!(transition_note(date(8, 30)).is_none());
        assert!(
            transition_note(Date {
                year: 1966,
                month: 1,
                day: 1
            })
            .is_none()
        );
    }
}
