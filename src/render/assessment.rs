//! A what-if's result ([`Assessment`]), labelled in words from the request that made it: a
//! comparison (`whatif.rs`) or a reform outlook (`reform.rs`).

use serde::Serialize;

use crate::render::Report;
use crate::render::reform::{OutlookJson, outlook_json, outlook_text};
use crate::render::whatif::{ComparisonJson, comparison_json, comparison_text};
use crate::scenario::{WhatIf, WhatIfRequest};
use crate::sim::Assessment;

/// A what-if's assessment and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatIfReport<'a> {
    label: String,
    assessment: Assessment<'a>,
}

impl<'a> WhatIfReport<'a> {
    /// The assessment of `what_if`, made from `request`.
    #[must_use]
    pub fn new(request: &WhatIfRequest, what_if: &WhatIf, assessment: Assessment<'a>) -> Self {
        Self {
            label: label(request, &what_if.variant.description),
            assessment,
        }
    }
}

/// What the what-if changes, in words, in the order it is applied: "no-reporting (the penholder
/// drops …); replace MLT=DNK; set RUS=abstain; drop sanctions; rules no-veto".
fn label(request: &WhatIfRequest, description: &str) -> String {
    let mut label = Vec::new();
    if let Some(name) = &request.variant {
        label.push(if description.is_empty() {
            name.clone()
        } else {
            format!("{name} ({description})")
        });
    }
    label.extend(
        request
            .replace
            .iter()
            .map(|(seat, holder)| format!("replace {seat}={holder}")),
    );
    label.extend(
        request
            .set
            .iter()
            .map(|(code, vote)| format!("set {code}={vote}")),
    );
    label.extend(request.drop.iter().map(|name| format!("drop {name}")));
    label.extend(request.rules.map(|preset| format!("rules {preset}")));
    label.join("; ")
}

/// The JSON form: one of the two objects of `docs/json.md`.
#[derive(Serialize)]
#[serde(untagged)]
enum WhatIfJson<'a> {
    /// The vote compared with the scenario's.
    Comparison(ComparisonJson<'a>),
    /// What the new seats of a reform would have to do.
    Outlook(OutlookJson<'a>),
}

impl Report for WhatIfReport<'_> {
    fn json(&self) -> Option<impl Serialize> {
        Some(match &self.assessment {
            Assessment::Comparison(c) => WhatIfJson::Comparison(comparison_json(c, &self.label)),
            Assessment::Outlook(o) => WhatIfJson::Outlook(outlook_json(o, &self.label)),
        })
    }

    fn text(&self) -> Option<String> {
        Some(match &self.assessment {
            Assessment::Comparison(c) => comparison_text(c, &self.label),
            Assessment::Outlook(o) => outlook_text(o, &self.label),
        })
    }
}

#[cfg(test)]
#[allow(clippy::needless_raw_string_hashes)] // snapbox writes its inline snapshots so
mod tests {
    use snapbox::{assert_data_eq, str};

    use super::WhatIfReport;
    use crate::model::{MemberCode, Vote};
    use crate::render::{Format, fixture, render};
    use crate::scenario::{WhatIfRequest, what_if};
    use crate::sim::{apply, assess};

    fn rendered(request: &WhatIfRequest, format: Format) -> String {
        let scenario = fixture::scenario();
        let checked = what_if(&scenario, request).unwrap();
        let variant = apply(&scenario, &checked.variant).unwrap();
        let assessment = assess(&scenario, &variant, checked.reform).unwrap();
        render(&WhatIfReport::new(request, &checked, assessment), format).unwrap()
    }

    #[test]
    fn a_comparison_as_text() {
        let request = WhatIfRequest {
            set: vec![(MemberCode::from_any_case("rus").unwrap(), Vote::Abstain)],
            drop: vec!["sanctions".to_owned()],
            ..WhatIfRequest::default()
        };
        assert_data_eq!(
            rendered(&request, Format::Text),
            str![[r#"
What-if: set RUS=abstain; drop sanctions
A draft
The what-if is HYPOTHETICAL: it is not the record.

           Baseline                                     What-if
Outcome    NOT ADOPTED — VETOED by Russian Federation   ADOPTED
Tally      13-1-1                                       13-0-2
Rules      charter (9 votes)                            charter (9 votes)
Decisive   Russian Federation                           China, France, Russian Federation, United Kingdom, United States

Changed votes:
  Russian Federation: no → abstain
Dropped provisions:
  sanctions — Impose sanctions

Why the result differs:
  baseline  [permanent-member-veto] The Russian Federation, a permanent member, voted against — the draft is vetoed.
  baseline  [abstention-is-not-veto] China abstained — the abstention of a permanent member is not a veto.
  baseline  [veto-initiative] Because the Russian Federation cast a veto, the President of the General Assembly convenes the Assembly within ten working days to debate it, unless an emergency special session meets on the same situation.
  what-if   [permanent-member-veto] No member holding a veto voted against.
  what-if   [abstention-is-not-veto] China and the Russian Federation abstained — the abstention of permanent members is not a veto.

In the what-if, the smallest change that flips it: had China voted against, the draft would have been vetoed 13-1-1.

"#]]
        );
    }

    #[test]
    fn a_reform_outlook_as_text() {
        let request = WhatIfRequest {
            rules: Some(crate::model::Preset::G4),
            ..WhatIfRequest::default()
        };
        assert_data_eq!(
            rendered(&request, Format::Text),
            str![[r#"
What-if: rules g4
A draft
The what-if is HYPOTHETICAL: it is not the record.

The g4 reform: 25 seats — this Council's 15, 6 new permanent seats without the veto and 4 new elected seats; 15 affirmative votes required — a model, not the draft's own figure: 60% of the seats, rounded up, as the 2016 elements paper of the intergovernmental negotiations proposes.
Sources: https://unis.unvienna.org/unis/en/pressrels/2005/ga10367.html; https://www.dw.com/en/g4-draft-on-un-security-council-expansion/a-1642935; https://www.scprocedure.org/chapter-10-section-2

As written: NOT ADOPTED — VETOED by Russian Federation
Under g4: not adopted whatever the 10 new seats do: the Russian Federation voted against, and the veto stands under this reform.

No draft names the states that would fill the new seats, so their votes are not guessed: this says what they would have to do.

"#]]
        );
    }
}
