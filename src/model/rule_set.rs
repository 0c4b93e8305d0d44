//! The voting rule a Council applies: thresholds, who holds a veto, what blocks.

use crate::model::draft::Basis;
use crate::model::draft::Draft;
use crate::model::member_set::MemberSet;
use crate::model::ruling::PresidentRuling;

/// A named starting point for a [`RuleSet`]: the Charter as it stands or stood, or a reform
/// model. `docs/rules.md` gives each one's source and exact parameters.
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
#[strum(
    serialize_all = "kebab-case",
    parse_err_ty = UnknownPreset,
    parse_err_fn = unknown_preset
)]
pub enum Preset {
    /// The Charter as amended in force since 31 August 1965: 15 members, 9 votes, P5 veto.
    Charter,
    /// The Charter as signed in 1945: 11 members, 7 votes, P5 veto.
    #[strum(serialize = "charter-1945")]
    Charter1945,
    /// A reform model: today's Council and threshold, with no veto at all.
    NoVeto,
    /// The G4's 2005 draft (A/59/L.64): six new permanent seats without a veto and four more
    /// elected seats, 25 in all.
    G4,
    /// Uniting for Consensus's 2005 draft (A/59/L.68): ten more elected seats, 25 in all.
    UnitingForConsensus,
    /// The African Union's 2005 draft on the Ezulwini Consensus (A/59/L.67): six new permanent
    /// seats with the veto and five more elected seats, 26 in all.
    Ezulwini,
    /// Today's Council, with the permanent members refraining from the veto on drafts that
    /// concern mass atrocities, as the ACT code of conduct asks.
    VetoRestraint,
}

/// The seats a reform preset adds to today's Council.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Enlargement {
    /// New permanent seats.
    pub permanent: usize,
    /// Whether the new permanent seats hold the veto.
    pub permanent_veto: bool,
    /// New elected seats.
    pub elected: usize,
}

impl Enlargement {
    /// Every seat added.
    #[must_use]
    pub fn seats(self) -> usize {
        self.permanent + self.elected
    }
}

/// GA/10367 (11 July 2005): the G4 draft, 15 to 25 members with six permanent and four
/// non-permanent seats added.
const G4_COMPOSITION: &str = "https://unis.unvienna.org/unis/en/pressrels/2005/ga10367.html";
/// Deutsche Welle, 7 July 2005: the G4's new permanent seats come "without right of veto".
const G4_NO_VETO: &str =
    "https://www.dw.com/en/g4-draft-on-un-security-council-expansion/a-1642935";
/// GA/10371 (26 July 2005): the Uniting for Consensus draft's Article 23, 25 members of which
/// 20 elected.
const UFC_COMPOSITION: &str = "https://unis.unvienna.org/unis/en/pressrels/2005/ga10371.html";
/// dpa via Expatica, 19 July 2005: the African Union's draft, 15 to 26 members with six new
/// permanent seats holding the veto and five new non-permanent seats.
const AU_COMPOSITION: &str =
    "http://www.expatica.com/de/news/African-Union-demands-veto-power-for-new-seats_131031.html";
/// Sievers and Daws on the IGN Chair's elements paper of 17 May 2016: an enlarged Council
/// should decide by "approximately 60%" of its members, in line with the existing ratio.
const SIXTY_PERCENT: &str = "https://www.scprocedure.org/chapter-10-section-2";
/// Fassbender (ed.), Key Documents on the Reform of the UN Security Council 1991-2019, annex I:
/// the ACT group's code of conduct of 23 October 2015 against the veto on genocide, crimes
/// against humanity and war crimes.
const ACT_CODE: &str = "https://brill.com/abstract/book/edcoll/9789004421738/back-1.xml";
/// The code's text, submitted to the Secretary-General on 14 December 2015: its supporters
/// pledge not to vote against a credible draft resolution to end or prevent those crimes.
const ACT_TEXT: &str = "http://www.globalr2p.org/resources/code-of-conduct-regarding-security-council-action-against-genocide-crimes-against-humanity-or-war-crimes/";

impl Preset {
    /// The stable name used in scenario files.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The seats the preset adds to today's 15 (none for the others).
    #[must_use]
    pub fn enlargement(self) -> Enlargement {
        match self {
            Self::G4 => Enlargement {
                permanent: 6,
                permanent_veto: false,
                elected: 4,
            },
            Self::UnitingForConsensus => Enlargement {
                permanent: 0,
                permanent_veto: false,
                elected: 10,
            },
            Self::Ezulwini => Enlargement {
                permanent: 6,
                permanent_veto: true,
                elected: 5,
            },
            Self::Charter | Self::Charter1945 | Self::NoVeto | Self::VetoRestraint => {
                Enlargement::default()
            }
        }
    }

    /// The Council size the preset expects.
    #[must_use]
    pub fn council_size(self) -> usize {
        match self {
            Self::Charter1945 => 11,
            _ => 15 + self.enlargement().seats(),
        }
    }

    /// Whether the five permanent members hold a veto under this preset.
    #[must_use]
    pub fn has_veto(self) -> bool {
        !matches!(self, Self::NoVeto)
    }

    /// The affirmative votes required. For the enlarged Councils this is a model, not the
    /// drafts' own figure (see [`Preset::threshold_is_modelled`]).
    #[must_use]
    pub fn threshold(self) -> usize {
        match self {
            Self::Charter | Self::NoVeto | Self::VetoRestraint => 9,
            Self::Charter1945 => 7,
            // 60% of the seats, rounded up: today's ratio of 9 in 15.
            Self::G4 | Self::UnitingForConsensus | Self::Ezulwini => {
                (self.council_size() * 3).div_ceil(5)
            }
        }
    }

    /// Whether the threshold is this crate's model (60% of the seats, as the 2016 elements
    /// paper of the intergovernmental negotiations proposes) rather than a sourced figure.
    #[must_use]
    pub fn threshold_is_modelled(self) -> bool {
        self.enlargement().seats() > 0
    }

    /// Where a reform preset's parameters come from; empty for the Charter's own rules.
    #[must_use]
    pub fn sources(self) -> &'static [&'static str] {
        match self {
            Self::G4 => &[G4_COMPOSITION, G4_NO_VETO, SIXTY_PERCENT],
            Self::UnitingForConsensus => &[UFC_COMPOSITION, SIXTY_PERCENT],
            Self::Ezulwini => &[AU_COMPOSITION, SIXTY_PERCENT],
            Self::VetoRestraint => &[ACT_CODE, ACT_TEXT],
            Self::Charter | Self::Charter1945 | Self::NoVeto => &[],
        }
    }

    /// The preset the Council voted under in a year: `charter-1945` until the end of 1965.
    ///
    /// The amendments to Articles 23 and 27 entered into force on 31 August 1965, but the
    /// Council kept its eleven members until the four added seats were filled on
    /// 1 January 1966; the preset follows the membership.
    #[must_use]
    pub fn in_force(year: i32) -> Self {
        if year < 1966 {
            Self::Charter1945
        } else {
            Self::Charter
        }
    }
}

/// The preset names, for help and error messages.
#[must_use]
pub fn preset_names() -> String {
    <Preset as strum::VariantNames>::VARIANTS.join(", ")
}

/// The text did not name a preset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a rule-set preset{meant}; expected one of {names}",
    meant = crate::input::closest(.0, <Preset as strum::VariantNames>::VARIANTS.iter().copied()).map_or_else(String::new, |p| format!(" (did you mean `{p}`?)")),
    names = preset_names()
)]
pub struct UnknownPreset(pub String);

fn unknown_preset(text: &str) -> UnknownPreset {
    UnknownPreset(crate::input::shown(text))
}

/// The kind of decision put to the Council, which decides how it is taken.
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
pub enum QuestionKind {
    /// Any other matter (Art. 27(3)): affirmative votes including the concurring votes of the
    /// permanent members.
    Substantive,
    /// A procedural matter (Art. 27(2)): affirmative votes only, no veto.
    Procedural,
    /// The preliminary question: whether a matter is procedural. How it is decided depends
    /// on the [`PreliminaryReading`].
    Preliminary,
    /// A presidential or press statement, agreed by consensus without a vote: any one
    /// member's objection blocks it; an abstention or absence does not.
    Statement,
    /// A recommendation to the General Assembly that a State be admitted to membership
    /// (Art. 4(2); rules 58–60): decided as a substantive matter, with the veto.
    Admission,
    /// A decision to call an emergency special session of the General Assembly under the
    /// Uniting for Peace resolution (GA res. 377 A (V), para. 1): procedural, with no veto.
    UnitingForPeace,
    /// The Council's vote fixing a General Conference to review the Charter (Art. 109(1), or
    /// Art. 109(3) at the tenth annual session): a vote of any nine members (any seven under
    /// Art. 109(3) and before 12 June 1968 under Art. 109(1)), with no veto.
    ReviewConference,
    /// A recommendation to the General Assembly for the appointment of the Secretary-General
    /// (Art. 97): substantive, with the veto.
    SgAppointment,
}

impl QuestionKind {
    /// The stable name used in scenario files and JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// How the preliminary question (is this matter procedural?) is decided.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Default,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
    strum::VariantNames,
    strum::Display,
)]
#[strum(serialize_all = "kebab-case")]
pub enum PreliminaryReading {
    /// The President rules (Provisional Rules of Procedure, rule 30), and the ruling stands
    /// unless overruled by a procedural vote, with no veto: the Council's practice in 1950
    /// (S/PV.507; FRUS 1950, vol. VI, doc. 319) and 1959 (Laos, S/PV.848).
    #[default]
    #[strum(serialize = "rule-30")]
    Rule30,
    /// The San Francisco statement of the four sponsoring governments (7 June 1945, Part II,
    /// para. 2): the preliminary question is itself non-procedural, so a permanent member can
    /// veto it, and then the matter (the "double veto"); followed in 1948 (Czechoslovakia).
    #[strum(serialize = "san-francisco-1945")]
    SanFrancisco1945,
}

impl PreliminaryReading {
    /// The stable name used in scenario files.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The complete rule one vote is decided under, resolved against one Council. Built only by
/// [`RuleSet::new`]; whether it departs from its preset is derived ([`RuleSet::customised`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleSet {
    /// The preset it started from.
    pub preset: Preset,
    /// Affirmative votes required.
    pub threshold: usize,
    /// Members whose negative vote can block adoption: the veto-holders, or, for a
    /// consensus statement, every member (see [`RuleSet::consensus`]).
    pub veto_holders: MemberSet,
    /// Whether a veto-holder's abstention blocks adoption (not Charter practice).
    pub abstention_blocks: bool,
    /// Whether a veto-holder's absence blocks adoption (not Charter practice).
    pub absence_blocks: bool,
    /// The kind of decision.
    pub question: QuestionKind,
    /// Parties to a dispute the draft concerns. Whether the Art. 27(3) proviso obliges them to
    /// abstain depends on the question and the basis ([`RuleSet::obliged_to_abstain`]).
    pub dispute_parties: MemberSet,
    /// The part of the Charter the draft acts under, when stated.
    pub basis: Option<Basis>,
    /// Whether the draft concerns mass atrocities (see [`RuleSet::pledged`]).
    pub mass_atrocities: bool,
    /// How a preliminary question is decided.
    pub preliminary: PreliminaryReading,
    /// On a preliminary question, the President's ruling (rule 30), when one was given.
    pub ruling: Option<PresidentRuling>,
    seats: usize,
    permanent: MemberSet,
}

impl RuleSet {
    /// A preset's rule set, on a substantive question, for a Council of `seats` whose
    /// permanent seats are `permanent`. Under a preset with the veto, the first five permanent
    /// seats hold it, and any further permanent seats hold it only if the preset gives its new
    /// permanent seats the veto (`ezulwini`); the Charter names five permanent members.
    #[must_use]
    pub fn new(preset: Preset, permanent: MemberSet, seats: usize) -> Self {
        let mut rules = Self {
            preset,
            threshold: preset.threshold(),
            veto_holders: MemberSet::EMPTY,
            abstention_blocks: false,
            absence_blocks: false,
            question: QuestionKind::Substantive,
            dispute_parties: MemberSet::EMPTY,
            basis: None,
            mass_atrocities: false,
            preliminary: PreliminaryReading::Rule30,
            ruling: None,
            seats,
            permanent,
        };
        rules.veto_holders = rules.standard_veto_holders();
        rules
    }

    /// The same rule set under another preset: the preset's threshold, veto and blocking
    /// switches, keeping the Council, the question, the dispute parties and the draft's terms.
    #[must_use]
    pub fn with_preset(self, preset: Preset) -> Self {
        Self {
            question: self.question,
            dispute_parties: self.dispute_parties,
            basis: self.basis,
            mass_atrocities: self.mass_atrocities,
            preliminary: self.preliminary,
            ruling: self.ruling,
            ..Self::new(preset, self.permanent, self.seats)
        }
    }

    /// The veto-holders the preset itself gives this Council.
    fn standard_veto_holders(&self) -> MemberSet {
        if !self.preset.has_veto() {
            return MemberSet::EMPTY;
        }
        let new_seats_veto = self.preset.enlargement().permanent_veto;
        self.permanent
            .iter()
            .enumerate()
            .filter(|&(n, _)| n < 5 || new_seats_veto)
            .map(|(_, i)| i)
            .collect()
    }

    /// Whether anything departs from the preset: the Council's size, or, for a vote, the
    /// threshold, the veto-holders or a blocking switch.
    #[must_use]
    pub fn customised(&self) -> bool {
        let voting_rule_changed = self.question != QuestionKind::Statement
            && (self.threshold != self.preset.threshold()
                || self.veto_holders != self.standard_veto_holders()
                || self.abstention_blocks
                || self.absence_blocks);
        self.seats != self.preset.council_size() || voting_rule_changed
    }

    /// Whether a veto-holder's negative vote can block this question: not on a procedural
    /// matter (Art. 27(2)), a Uniting for Peace referral among them, nor on the preliminary
    /// question read by rule 30, nor on a challenge to the President's ruling (a ruling of the
    /// President is a procedural matter).
    #[must_use]
    pub fn veto_applies(&self) -> bool {
        match self.question {
            QuestionKind::Procedural
            | QuestionKind::UnitingForPeace
            | QuestionKind::ReviewConference => false,
            QuestionKind::Preliminary => {
                self.ruling.is_none() && self.preliminary == PreliminaryReading::SanFrancisco1945
            }
            QuestionKind::Substantive
            | QuestionKind::Statement
            | QuestionKind::Admission
            | QuestionKind::SgAppointment => true,
        }
    }

    /// The number of seats on the Council.
    #[must_use]
    pub fn seats(&self) -> usize {
        self.seats
    }

    /// Parties obliged by the Art. 27(3) proviso to abstain: on a substantive decision under
    /// Chapter VI or Art. 52(3) (or whose basis is not stated), the parties to the dispute;
    /// on a procedural question, a preliminary question or a statement, no one.
    #[must_use]
    pub fn obliged_to_abstain(&self) -> MemberSet {
        let proviso = self.question == QuestionKind::Substantive
            && self.basis.is_none_or(Basis::proviso_applies);
        if proviso {
            self.dispute_parties
        } else {
            MemberSet::EMPTY
        }
    }

    /// Veto-holders who, under `veto-restraint`, pledge not to vote against this draft
    /// resolution (one concerning mass atrocities, on a substantive question): the ACT code of
    /// conduct moves their stance, not the rule.
    #[must_use]
    pub fn pledged(&self) -> MemberSet {
        let pledge = self.preset == Preset::VetoRestraint
            && self.mass_atrocities
            && self.question == QuestionKind::Substantive;
        if pledge {
            self.veto_holders
        } else {
            MemberSet::EMPTY
        }
    }

    /// The rule set for this draft: its basis and whether it concerns mass atrocities.
    #[must_use]
    pub fn for_draft(self, draft: &Draft) -> Self {
        Self {
            basis: draft.basis,
            mass_atrocities: draft.mass_atrocities,
            ..self
        }
    }

    /// The rule for a consensus statement: no affirmative votes required, and any member's
    /// objection blocks; abstention and absence never do.
    #[must_use]
    pub fn consensus(self) -> Self {
        Self {
            threshold: 0,
            veto_holders: MemberSet::first(self.seats),
            abstention_blocks: false,
            absence_blocks: false,
            question: QuestionKind::Statement,
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Preset, QuestionKind, RuleSet};
    use crate::model::{Basis, MemberSet};

    #[test]
    fn a_preset_on_its_own_council_is_not_customised() {
        for preset in <Preset as strum::IntoEnumIterator>::iter() {
            let seats = preset.council_size();
            let rules = RuleSet::new(preset, MemberSet::first(5), seats);
            assert!(!rules.customised(), "{preset}");
            assert!(!rules.consensus().customised(), "{preset}");
        }
    }

    #[test]
    fn a_changed_veto_is_customised() {
        // Issue 15: `[[member]] veto = false` on a permanent member, or a sixth veto, under
        // the Charter departs from Art. 23 and 27(3), which give the veto to the five.
        let mut rules = RuleSet::new(Preset::Charter, MemberSet::first(5), 15);
        rules.veto_holders = MemberSet::first(4);
        assert!(rules.customised());
        rules.veto_holders = MemberSet::first(6);
        assert!(rules.customised());
        let six_permanent = RuleSet::new(Preset::Charter, MemberSet::first(6), 15);
        assert_eq!(six_permanent.veto_holders, MemberSet::first(5));
    }

    #[test]
    fn only_ezulwini_gives_new_permanent_seats_the_veto() {
        let permanent = MemberSet::first(5).union((15..21).collect());
        let ezulwini = RuleSet::new(Preset::Ezulwini, permanent, 26);
        assert_eq!(ezulwini.veto_holders, permanent);
        let g4 = RuleSet::new(Preset::G4, permanent, 25);
        assert_eq!(g4.veto_holders, MemberSet::first(5));
    }

    #[test]
    fn the_proviso_binds_only_substantive_chapter_vi_and_52_3_decisions() {
        // Art. 27(3): "in decisions under Chapter VI, and under paragraph 3 of Article 52, a
        // party to a dispute shall abstain from voting"; Art. 27(2) has no proviso.
        let mut rules = RuleSet::new(Preset::Charter, MemberSet::first(5), 15);
        rules.dispute_parties = MemberSet::first(1);
        for (question, basis, obliged) in [
            (QuestionKind::Substantive, None, true),
            (QuestionKind::Substantive, Some(Basis::ChapterVi), true),
            (
                QuestionKind::Substantive,
                Some(Basis::Article52Paragraph3),
                true,
            ),
            (QuestionKind::Substantive, Some(Basis::ChapterVii), false),
            (QuestionKind::Substantive, Some(Basis::Other), false),
            (QuestionKind::Procedural, None, false),
            (QuestionKind::Preliminary, None, false),
            (QuestionKind::Statement, None, false),
        ] {
            rules.question = question;
            rules.basis = basis;
            assert_eq!(
                !rules.obliged_to_abstain().is_empty(),
                obliged,
                "{question:?} {basis:?}"
            );
        }
    }
}
