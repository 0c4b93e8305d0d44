//! Stable rule codes, each with its Charter citation. `docs/rules.md` has one heading per code.

/// A rule the engine applies. Codes are stable: scripts and JSON consumers match on them.
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
pub enum RuleId {
    /// Art. 4(2): a State is admitted by the General Assembly upon the Council's
    /// recommendation, which is a substantive decision subject to the veto.
    AdmissionRecommendation,
    /// GA res. 377 A (V), para. 1: the Council calls an emergency special session of the
    /// General Assembly by a procedural vote, with no veto.
    UnitingForPeace,
    /// Art. 109: a General Conference to review the Charter is fixed by a vote of any nine
    /// members of the Council (seven before the amendment), with no veto.
    ReviewConference,
    /// Art. 97: the Secretary-General is appointed by the General Assembly upon the Council's
    /// recommendation, a substantive decision subject to the veto.
    SgAppointment,
    /// Art. 27(2): procedural matters need the threshold of affirmative votes.
    ProceduralMajority,
    /// Art. 27(3): other matters need the threshold of affirmative votes …
    SubstantiveMajority,
    /// … including the concurring votes of the permanent members.
    PermanentMemberVeto,
    /// Practice: a permanent member's abstention is not a veto.
    AbstentionIsNotVeto,
    /// Practice since 1946: a permanent member's absence, or non-participation, is not a veto.
    AbsenceIsNotVeto,
    /// Art. 27(2): no veto on procedural matters.
    ProceduralNoVeto,
    /// Art. 27(3), proviso: a party to a dispute abstains from Chapter VI decisions.
    ObligatoryAbstention,
    /// A custom rule set in which a veto-holder's abstention blocks (not Charter practice).
    AbstentionBlocks,
    /// A custom rule set in which a veto-holder's absence blocks (not Charter practice).
    AbsenceBlocks,
    /// General Assembly resolution 76/262: after a veto cast on or after 26 April 2022, the
    /// Assembly meets within ten working days to debate it.
    VetoInitiative,
    /// Rule 30 of the provisional rules of procedure: the President rules whether a matter is
    /// procedural, and the ruling stands unless overruled by a procedural vote (no veto).
    PreliminaryQuestion,
    /// The San Francisco statement of 7 June 1945, a named variant: whether a matter is
    /// procedural is itself decided as a non-procedural question, subject to the veto.
    #[strum(serialize = "preliminary-question-1945")]
    PreliminaryQuestion1945,
    /// Rule 30: the President rules whether the matter is procedural; the ruling stands
    /// unless overruled, and the draft is then voted on as it says.
    PresidentRuling,
    /// Rule 30 and Art. 27(2): a challenged ruling is put to the Council, which overrules it
    /// only by the procedural majority of votes to overrule, with no veto.
    RulingChallenge,
    /// Practice: presidential and press statements are agreed by consensus; one member's
    /// objection blocks them.
    ConsensusStatement,
    /// The `veto-restraint` reform model: on a draft concerning mass atrocities, a permanent
    /// member pledged not to vote against abstains instead; a negative vote actually cast is
    /// still a veto.
    VetoRestraint,
    /// Rule 32, first paragraph: draft resolutions are voted in the order of their submission.
    OrderOfSubmission,
    /// The Council decided to vote the drafts in another order than that of submission.
    OrderDecidedByCouncil,
    /// Rule 33, item 6: an amendment is voted before the draft it amends.
    AmendmentBeforeDraft,
    /// Rule 32, second paragraph: a part voted separately is voted before the draft as a whole.
    SeparateVoteBeforeDraft,
    /// An adopted amendment changes the text voted next.
    TextAmended,
    /// A part not adopted in a separate vote is removed from the draft voted as a whole.
    PartRemoved,
}

impl RuleId {
    /// Every rule code, in the order the engine applies them.
    pub const ALL: [Self; 26] = [
        Self::VetoRestraint,
        Self::ObligatoryAbstention,
        Self::ConsensusStatement,
        Self::PreliminaryQuestion,
        Self::PreliminaryQuestion1945,
        Self::PresidentRuling,
        Self::RulingChallenge,
        Self::AdmissionRecommendation,
        Self::UnitingForPeace,
        Self::ReviewConference,
        Self::SgAppointment,
        Self::ProceduralMajority,
        Self::SubstantiveMajority,
        Self::PermanentMemberVeto,
        Self::AbstentionIsNotVeto,
        Self::AbsenceIsNotVeto,
        Self::AbstentionBlocks,
        Self::AbsenceBlocks,
        Self::ProceduralNoVeto,
        Self::VetoInitiative,
        Self::OrderOfSubmission,
        Self::OrderDecidedByCouncil,
        Self::AmendmentBeforeDraft,
        Self::SeparateVoteBeforeDraft,
        Self::TextAmended,
        Self::PartRemoved,
    ];

    /// The stable kebab-case code.
    #[must_use]
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// Where the rule comes from.
    #[must_use]
    pub fn citation(self) -> &'static str {
        match self {
            Self::ProceduralMajority | Self::ProceduralNoVeto => "UN Charter, Art. 27(2)",
            Self::SubstantiveMajority | Self::PermanentMemberVeto => "UN Charter, Art. 27(3)",
            Self::ObligatoryAbstention => "UN Charter, Art. 27(3), proviso",
            Self::AdmissionRecommendation => {
                "UN Charter, Art. 4(2) and 18(2); Provisional Rules of Procedure of the Security \
                 Council (S/96/Rev.7), rules 58-60; ICJ, Competence of the General Assembly for \
                 the Admission of a State to the United Nations, Advisory Opinion, ICJ Reports \
                 1950, p. 4"
            }
            Self::AbstentionIsNotVeto => {
                "Council practice; ICJ, Namibia Advisory Opinion, ICJ Reports 1971, p. 16, para. 22"
            }
            Self::AbsenceIsNotVeto => {
                "Council practice since 1946: resolution 3 (1946), adopted on 4 April 1946 with \
                 the USSR absent"
            }
            Self::AbstentionBlocks | Self::AbsenceBlocks => {
                "custom rule set (departs from Charter practice)"
            }
            Self::VetoInitiative => "General Assembly resolution 76/262 (26 April 2022), para. 1",
            Self::SgAppointment => "UN Charter, Art. 97 and 27(3)",
            Self::ReviewConference => {
                "UN Charter, Art. 109(1) and (3); General Assembly resolution 2101 (XX) \
                 (20 December 1965), in force 12 June 1968"
            }
            Self::UnitingForPeace => {
                "General Assembly resolution 377 A (V) (3 November 1950), para. 1; General \
                 Assembly resolution 2046 (XX) (8 December 1965), rule 8(b) of the Assembly's \
                 rules of procedure; UN Charter, Art. 27(2); General Assembly resolution 76/262 \
                 (26 April 2022), para. 1"
            }
            Self::PreliminaryQuestion => {
                "Provisional Rules of Procedure of the Security Council (S/96/Rev.7), rule 30; \
                 Council practice (Laos, S/PV.848, 7 September 1959)"
            }
            Self::PreliminaryQuestion1945 => {
                "Statement by the delegations of the four sponsoring governments on voting \
                 procedure in the Security Council, San Francisco, 7 June 1945, Part II, para. 2"
            }
            Self::PresidentRuling => {
                "Provisional Rules of Procedure of the Security Council (S/96/Rev.7), rule 30; \
                 Repertoire of the Practice of the Security Council 1946-1951 (rulings of the \
                 President among the matters decided as procedural), as summarised in Sievers \
                 and Daws, The Procedure of the UN Security Council, 4th ed., pp. 318-327"
            }
            Self::RulingChallenge => {
                "Provisional Rules of Procedure of the Security Council (S/96/Rev.7), rule 30; \
                 UN Charter, Art. 27(2); FRUS 1951, vol. II, doc. 185 (overruling the President \
                 needs the procedural majority)"
            }
            Self::VetoRestraint => {
                "reform model (not the Charter): the ACT group's code of conduct of 23 October \
                 2015 on Security Council action against genocide, crimes against humanity or \
                 war crimes"
            }
            Self::OrderOfSubmission => {
                "Provisional Rules of Procedure of the Security Council (S/96/Rev.7), rule 32, \
                 first paragraph"
            }
            Self::OrderDecidedByCouncil => {
                "a decision of the Council on the order of voting, as the scenario records it \
                 (departs from rule 32, first paragraph, of S/96/Rev.7)"
            }
            Self::AmendmentBeforeDraft | Self::TextAmended => {
                "Provisional Rules of Procedure of the Security Council (S/96/Rev.7), rule 33, \
                 item 6"
            }
            Self::SeparateVoteBeforeDraft | Self::PartRemoved => {
                "Provisional Rules of Procedure of the Security Council (S/96/Rev.7), rule 32, \
                 second paragraph"
            }
            Self::ConsensusStatement => {
                "Council practice: statements by the President and press statements are agreed \
                 without a vote, by consensus (Sievers and Daws, The Procedure of the UN \
                 Security Council, 4th ed., ch. 7)"
            }
        }
    }
}
