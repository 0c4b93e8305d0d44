//! A what-if's result ([`Assessment`]), labelled in words from the request that made it: a
//! comparison (`whatif.rs`) or a reform outlook (`reform.rs`).

use serde::Serialize;

use crate::render::Report;
use crate::render::reform::{OutlookJson, outlook_json, outlook_text};
use crate::render::whatif::{ComparisonJson, comparison_json, comparison_text};
use crate::scenario::WhatIfRequest;
use crate::sim::{Assessment, WhatIfRun};

/// A what-if's assessment and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatIfReport<'a> {
    label: String,
    assessment: Assessment<'a>,
}

impl<'a> WhatIfReport<'a> {
    /// The assessment of `run`, labelled from its request.
    #[must_use]
    pub fn new(run: &'a WhatIfRun<'_>) -> Self {
        Self {
            label: label(run.request(), &run.changes().description),
            assessment: run.assessment(),
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
    use crate::model::{MemberCode, Scenario, Vote};
    use crate::render::{Format, fixture, render};
    use crate::scenario::WhatIfRequest;
    use crate::sim::what_if;

    fn rendered(request: &WhatIfRequest, format: Format) -> String {
        rendered_of(&fixture::scenario(), request, format)
    }

    fn rendered_of(scenario: &Scenario, request: &WhatIfRequest, format: Format) -> String {
        render(
            &WhatIfReport::new(&what_if(scenario, request).unwrap()),
            format,
        )
        .unwrap()
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
    fn changed_votes_change_nothing_on_a_ruling_not_challenged() {
        // Rule 30: no vote is taken on an unchallenged ruling, so there is no tally and no
        // decisive member on either side.
        let request = WhatIfRequest {
            set: vec![(MemberCode::from_any_case("rus").unwrap(), Vote::Abstain)],
            ..WhatIfRequest::default()
        };
        assert_data_eq!(
            rendered_of(&fixture::ruling(), &request, Format::Text),
            str![[r#"
What-if: set RUS=abstain
Whether the draft is procedural
The what-if is HYPOTHETICAL: it is not the record.

           Baseline                                         What-if
Outcome    THE PRESIDENT'S RULING STANDS — not challenged   THE PRESIDENT'S RULING STANDS — not challenged
Tally      no vote taken                                    no vote taken
Rules      charter (9 votes)                                charter (9 votes)
Ruling     procedural, not challenged                       procedural, not challenged
Decisive   none (no vote taken)                             none (no vote taken)

Changed votes:
  Russian Federation: no → abstain
No vote was taken in either: the President's ruling was not challenged, so it stands without a vote (rule 30), and the changed votes change nothing.

Why: the same rules decide both, the same way.

"#]]
        );
    }

    #[test]
    fn a_challenge_puts_the_ruling_to_the_vote() {
        let request = WhatIfRequest {
            variant: Some("challenged".to_owned()),
            ..WhatIfRequest::default()
        };
        assert_data_eq!(
            rendered_of(&fixture::ruling(), &request, Format::Text),
            str![[r#"
What-if: challenged (the Russian Federation challenges the ruling)
Whether the draft is procedural
The what-if is HYPOTHETICAL: it is not the record.

           Baseline                                         What-if
Outcome    THE PRESIDENT'S RULING STANDS — not challenged   THE PRESIDENT'S RULING STANDS — 1 vote to overrule, 9 required
Tally      no vote taken                                    14-1-0
Rules      charter (9 votes)                                charter (9 votes)
Ruling     procedural, not challenged                       procedural, challenged
Decisive   none (no vote taken)                             none

Changed votes: none

Why the result differs:
  what-if   [ruling-challenge] The ruling was challenged and the ruling itself was put to the vote, so a vote against it is a vote to overrule. A ruling of the President is a procedural matter: it stands unless 9 members vote to overrule it, and no member has a veto. 1 vote to overrule (the Russian Federation), short of the 9 required, so the ruling stands. How the votes on a ruling put to the vote are counted is not settled in any text this project found; it reads rule 30's words ("it shall stand unless overruled"), as the United States Mission did in 1951 (FRUS 1951, vol. II, doc. 185).
  what-if   [procedural-no-veto] The Russian Federation voted against, but a procedural decision is not subject to the veto.

In the what-if, the smallest change that flips it: had China, France, the United Kingdom, the United States, Bahrain, Colombia, the Democratic Republic of the Congo and Denmark voted against, the President's ruling would have been overruled.

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
