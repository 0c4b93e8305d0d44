//! The voting rule a Council applies: thresholds, who holds a veto, what blocks.

use std::fmt;
use std::str::FromStr;

use crate::model::member_set::MemberSet;

/// A named starting point for a [`RuleSet`]: the Charter as it stands or stood, or a reform
/// model. `docs/rules.md` gives each one's source and exact parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    /// The Charter as amended in force since 31 August 1965: 15 members, 9 votes, P5 veto.
    Charter,
    /// The Charter as signed in 1945: 11 members, 7 votes, P5 veto.
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
    /// Every preset.
    pub const ALL: [Self; 7] = [
        Self::Charter,
        Self::Charter1945,
        Self::NoVeto,
        Self::G4,
        Self::UnitingForConsensus,
        Self::Ezulwini,
        Self::VetoRestraint,
    ];

    /// The stable name used in scenario files.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Charter => "charter",
            Self::Charter1945 => "charter-1945",
            Self::NoVeto => "no-veto",
            Self::G4 => "g4",
            Self::UnitingForConsensus => "uniting-for-consensus",
            Self::Ezulwini => "ezulwini",
            Self::VetoRestraint => "veto-restraint",
        }
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
    Preset::ALL.map(Preset::as_str).join(", ")
}

impl fmt::Display for Preset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text did not name a preset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a rule-set preset{meant}; expected one of {names}",
    meant = crate::input::closest(.0, Preset::ALL.map(Preset::as_str)).map_or_else(String::new, |p| format!(" (did you mean `{p}`?)")),
    names = preset_names()
)]
pub struct UnknownPreset(pub String);

impl FromStr for Preset {
    type Err = UnknownPreset;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|p| p.as_str() == text)
            .ok_or_else(|| UnknownPreset(crate::input::shown(text)))
    }
}

/// The kind of decision put to the Council, which decides how it is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuestionKind {
    /// A procedural matter (Art. 27(2)): affirmative votes only, no veto.
    Procedural,
    /// Any other matter (Art. 27(3)): affirmative votes including the concurring votes of the
    /// permanent members.
    Substantive,
    /// The preliminary vote on whether a matter is procedural. By the San Francisco statement
    /// of the four sponsoring governments (7 June 1945) it is itself non-procedural, so a
    /// permanent member can veto it and then veto the matter: the "double veto".
    Preliminary,
    /// A presidential or press statement, agreed by consensus without a vote: any one
    /// member's objection blocks it; an abstention or absence does not.
    Statement,
}

impl QuestionKind {
    /// Every kind.
    pub const ALL: [Self; 4] = [
        Self::Substantive,
        Self::Procedural,
        Self::Preliminary,
        Self::Statement,
    ];

    /// The stable name used in scenario files and JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Procedural => "procedural",
            Self::Substantive => "substantive",
            Self::Preliminary => "preliminary",
            Self::Statement => "statement",
        }
    }

    /// The kind with this stable name, if any.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name)
    }

    /// Whether a veto-holder's vote can block: every kind but a procedural matter.
    #[must_use]
    pub fn veto_applies(self) -> bool {
        !matches!(self, Self::Procedural)
    }
}

/// The complete rule one vote is decided under, resolved against one Council.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleSet {
    /// The preset it started from.
    pub preset: Preset,
    /// Whether any switch departs from the preset.
    pub customised: bool,
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
    /// Parties to a dispute who must abstain under Art. 27(3) (Chapter VI decisions).
    pub dispute_parties: MemberSet,
    /// Veto-holders refraining from the veto on this draft (`veto-restraint`, a draft
    /// concerning mass atrocities): their negative vote does not block.
    pub restrained: MemberSet,
}

impl RuleSet {
    /// A preset's rule set on a substantive question; `permanent` hold the veto when the
    /// preset has one.
    #[must_use]
    pub fn from_preset(preset: Preset, permanent: MemberSet) -> Self {
        Self {
            preset,
            customised: false,
            threshold: preset.threshold(),
            veto_holders: if preset.has_veto() {
                permanent
            } else {
                MemberSet::EMPTY
            },
            abstention_blocks: false,
            absence_blocks: false,
            question: QuestionKind::Substantive,
            dispute_parties: MemberSet::EMPTY,
            restrained: MemberSet::EMPTY,
        }
    }

    /// A reform preset's rule set for a Council of `current` seats enlarged by
    /// [`Council::with_new_seats`](crate::model::Council::with_new_seats): `permanent` (of the
    /// current seats) keep the veto, and the new permanent seats hold it if the preset says so.
    #[must_use]
    pub fn enlarged(preset: Preset, permanent: MemberSet, current: usize) -> Self {
        let seats = preset.enlargement();
        let new_vetoes = if seats.permanent_veto {
            (current..current + seats.permanent).collect()
        } else {
            MemberSet::EMPTY
        };
        let mut rules = Self::from_preset(preset, permanent);
        rules.veto_holders = rules.veto_holders.union(new_vetoes);
        rules
    }

    /// Whether member `index` can block with its negative vote: it holds a veto, the
    /// question is subject to the veto, and it is not refraining on this draft.
    #[must_use]
    pub fn holds_veto(&self, index: usize) -> bool {
        self.question.veto_applies()
            && self.veto_holders.contains(index)
            && !self.restrained.contains(index)
    }

    /// The rule set for a draft: under `veto-restraint`, the veto-holders refrain on a draft
    /// concerning mass atrocities; any other preset or draft is unchanged.
    #[must_use]
    pub fn for_draft(self, mass_atrocities: bool) -> Self {
        let restrained = if self.preset == Preset::VetoRestraint && mass_atrocities {
            self.veto_holders
        } else {
            MemberSet::EMPTY
        };
        Self { restrained, ..self }
    }

    /// The rule for a consensus statement among `members`: no affirmative votes required,
    /// and any member's objection blocks; abstention and absence never do.
    #[must_use]
    pub fn consensus(self, members: MemberSet) -> Self {
        Self {
            threshold: 0,
            veto_holders: members,
            abstention_blocks: false,
            absence_blocks: false,
            question: QuestionKind::Statement,
            ..self
        }
    }
}
