//! Reform outlooks: what a reform's new seats would have to do, as text or JSON.

use std::fmt::Write as _;

use serde::Serialize;

use crate::engine::Outcome;
use crate::model::Preset;
use crate::render::json::{AnalysisJson, JSON_SCHEMA_VERSION, TallyJson, analysis_json};
use crate::render::{collect, prose};
use crate::sim::{Outlook, Reach, Reformed};

/// "6 new permanent seats without the veto and 4 new elected seats".
fn seats_phrase(preset: Preset) -> String {
    let seats = preset.enlargement();
    let plural =
        |n: usize, word: &str| format!("{n} new {word} seat{}", if n == 1 { "" } else { "s" });
    let mut parts = Vec::new();
    if seats.permanent > 0 {
        let veto = if seats.permanent_veto {
            "with the veto"
        } else {
            "without the veto"
        };
        parts.push(format!("{} {veto}", plural(seats.permanent, "permanent")));
    }
    if seats.elected > 0 {
        parts.push(plural(seats.elected, "elected"));
    }
    prose::join(&parts)
}

/// The threshold, and whether it is this crate's model.
fn threshold_phrase(reformed: &Reformed) -> String {
    let required = reformed.rules.threshold;
    if reformed.preset.threshold_is_modelled() {
        format!(
            "{required} affirmative votes required — a model, not the draft's own figure: 60% of the seats, \
             rounded up, as the 2016 elements paper of the intergovernmental negotiations proposes"
        )
    } else {
        format!("{required} affirmative votes required")
    }
}

/// What the new seats would have to do, in a sentence.
fn reach_sentence(o: &Outlook<'_>) -> String {
    let reformed = &o.reformed;
    let new = reformed.new_seats().len();
    let seats = reformed.preset.enlargement();
    let new_vetoes = if seats.permanent_veto {
        seats.permanent
    } else {
        0
    };
    match &o.reach {
        Reach::Assured => format!(
            "adopted whatever the {new} new seats do: the current members' votes already meet the threshold, and no new seat holds a veto"
        ),
        Reach::Needs { yes: 0 } => format!(
            "adopted unless one of the {new_vetoes} new permanent members, who would hold a veto, votes against"
        ),
        Reach::Needs { yes } => {
            let vote = if *yes == 1 { "votes" } else { "vote" };
            let mut sentence =
                format!("adopted if at least {yes} of the {new} new seats {vote} in favour");
            if new_vetoes > 0 {
                let _ = write!(
                    sentence,
                    " and none of the {new_vetoes} new permanent members, who would hold a veto, votes against"
                );
            }
            sentence
        }
        Reach::Unchallenged => format!(
            "no vote: the President's ruling was not challenged, so it stands without a vote (rule 30), whatever the {new} new seats would do"
        ),
        Reach::Overruled(Some(0)) => format!(
            "the President's ruling is overruled whatever the {new} new seats do: the current members' votes to overrule it already meet the {} required",
            reformed.rules.threshold
        ),
        Reach::Overruled(Some(k)) => format!(
            "the President's ruling stands unless at least {k} of the {new} new seats vote to overrule it"
        ),
        Reach::Overruled(None) => format!(
            "the President's ruling stands whatever the {new} new seats do: with all of them voting to overrule it, the votes to overrule would still be short of the {} required",
            reformed.rules.threshold
        ),
        Reach::Impossible(resolution) => match resolution.outcome {
            Outcome::Vetoed(by) | Outcome::Blocked(by) => format!(
                "not adopted whatever the {new} new seats do: {} voted against, and the veto stands under this reform",
                prose::sentence_names(&reformed.council, by)
            ),
            Outcome::Failed | Outcome::Adopted => format!(
                "not adopted whatever the {new} new seats do: with all of them in favour it would have {} of the {} votes required",
                resolution.tally.yes, resolution.required_yes
            ),
        },
    }
}

/// The outlook as text.
pub(crate) fn outlook_text(o: &Outlook<'_>, label: &str) -> String {
    collect(|out| {
        let reformed = &o.reformed;
        let preset = reformed.preset;
        let base = &o.baseline;
        writeln!(out, "What-if: {label}")?;
        writeln!(out, "{}", prose::draft_heading(&base.scenario.draft, " — "))?;
        writeln!(out, "The what-if is HYPOTHETICAL: it is not the record.")?;
        writeln!(out)?;
        writeln!(
            out,
            "The {preset} reform: {} seats — this Council's {}, {}; {}.",
            reformed.council.len(),
            reformed.current,
            seats_phrase(preset),
            threshold_phrase(reformed)
        )?;
        writeln!(out, "Sources: {}", preset.sources().join("; "))?;
        writeln!(out)?;
        let r = &base.resolution;
        writeln!(
            out,
            "As written: {}",
            prose::verdict(&base.scenario.council, r)
        )?;
        if o.variant.ballot != base.ballot && prose::vote_taken(&o.variant.resolution) {
            writeln!(
                out,
                "The current members' votes in this what-if: {}",
                prose::short_tally(&o.variant.resolution.tally)
            )?;
        }
        writeln!(out, "Under {preset}: {}.", reach_sentence(o))?;
        writeln!(out)?;
        writeln!(
            out,
            "No draft names the states that would fill the new seats, so their votes are not guessed: this says what they would have to do."
        )?;
        Ok(())
    })
}

/// The JSON form of a reform outlook (`unsc whatif --rules g4 --format json`; `docs/json.md`).
#[derive(Serialize)]
pub(crate) struct OutlookJson<'a> {
    /// [`JSON_SCHEMA_VERSION`].
    schema_version: u32,
    /// What the what-if changes, in words.
    label: &'a str,
    /// The reform preset.
    preset: &'static str,
    /// Seats in the enlarged Council.
    seats: usize,
    /// Permanent seats added.
    new_permanent_seats: usize,
    /// Whether the new permanent seats hold the veto.
    new_permanent_seats_hold_veto: bool,
    /// Elected seats added.
    new_elected_seats: usize,
    /// Affirmative votes required in the enlarged Council.
    required_yes: usize,
    /// Whether the threshold is this project's model, not the preset's own figure.
    threshold_modelled: bool,
    /// Where the preset's parameters come from.
    sources: &'static [&'static str],
    /// The analysis of the scenario as written.
    baseline: AnalysisJson<'a>,
    /// The analysis of the current members, with any other changes, under their own rules.
    variant: AnalysisJson<'a>,
    /// What the new seats would have to do.
    reach: ReachJson,
}

/// What the new seats would have to do for the draft to pass.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum ReachJson {
    /// Adopted whatever they do.
    Assured,
    /// Adopted if enough of them vote in favour.
    Needs {
        /// New seats that must vote in favour.
        new_seats_in_favour: usize,
        /// Whether a new veto-holder must not vote against.
        new_vetoes_must_not_vote_no: bool,
    },
    /// The President's ruling was not challenged: it stands without a vote (rule 30).
    Unchallenged,
    /// The President's ruling was challenged: what the new seats would have to do to overrule it.
    Overrule {
        /// How many new seats voting to overrule it overrule it (0: overruled whatever they
        /// do); null when the ruling stands whatever they do.
        new_seats_to_overrule: Option<usize>,
    },
    /// Not adopted whatever they do.
    Impossible {
        /// `vetoed` or `failed`.
        outcome: &'static str,
        /// The codes of the current members whose veto blocks it.
        blocked_by: Vec<String>,
        /// The tally with every new seat in favour.
        tally_with_all_new_seats_in_favour: TallyJson,
    },
}

/// The outlook's JSON form.
pub(crate) fn outlook_json<'a>(o: &'a Outlook<'_>, label: &'a str) -> OutlookJson<'a> {
    let reformed = &o.reformed;
    let seats = reformed.preset.enlargement();
    let reach = match &o.reach {
        Reach::Assured => ReachJson::Assured,
        Reach::Needs { yes } => ReachJson::Needs {
            new_seats_in_favour: *yes,
            new_vetoes_must_not_vote_no: seats.permanent_veto && seats.permanent > 0,
        },
        Reach::Unchallenged => ReachJson::Unchallenged,
        Reach::Overruled(needed) => ReachJson::Overrule {
            new_seats_to_overrule: *needed,
        },
        Reach::Impossible(resolution) => ReachJson::Impossible {
            outcome: resolution.outcome.as_str(),
            blocked_by: resolution
                .outcome
                .vetoed_by()
                .iter()
                .map(|i| reformed.council.member(i).code.to_string())
                .collect(),
            tally_with_all_new_seats_in_favour: TallyJson::from(resolution.tally),
        },
    };
    OutlookJson {
        schema_version: JSON_SCHEMA_VERSION,
        label,
        preset: reformed.preset.as_str(),
        seats: reformed.council.len(),
        new_permanent_seats: seats.permanent,
        new_permanent_seats_hold_veto: seats.permanent_veto,
        new_elected_seats: seats.elected,
        required_yes: reformed.rules.threshold,
        threshold_modelled: reformed.preset.threshold_is_modelled(),
        sources: reformed.preset.sources(),
        baseline: analysis_json(&o.baseline),
        variant: analysis_json(&o.variant),
        reach,
    }
}
