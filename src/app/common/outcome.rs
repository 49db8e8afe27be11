//! "Where we are" in words: the label with its stance, or the mixed profile
//! with what the closest label would take, and the scoring rules on request.

use yew::prelude::*;

use super::widgets::Text;
use crate::core::content::Placeholder;
use crate::core::content::{fill, split_at_placeholder, Key, LevelText, PluralKey};
use crate::core::model::{Area, Level};
use crate::core::scoring::{Answering, AreaScore, Label, Mixed, Outcome};

/// The label with its stance, or the mixed profile with what the closest
/// label would take, for one person's score or a team's. `heading`
/// replaces the default heading, "Overall"; `nested` makes it one level
/// lower, under a section heading of its own (the results page's "Where
/// we are").
pub fn outcome_summary(text: &Text, score: &AreaScore, heading: Option<&'static str>, nested: bool) -> Html {
    let levels = &text.instrument.levels;
    let area_title = |area: Area| text.instrument.areas[area].title;
    // The mixed-profile sentences count the marks given, not the five areas.
    let given = score.marks().len().to_string();
    let body = match &score.outcome {
        Outcome::Label(label) => {
            let level = levels[label.level()];
            html! {
                <>
                    <p class="psc-label" data-label={label.level().key()}>{ label_sentence(text, &level) }</p>
                    <p class="psc-stance">{ &level.stance }</p>
                </>
            }
        }
        Outcome::Mixed(Mixed::Closest(suggestion)) => {
            let closest = levels[suggestion.label.level()];
            let open = suggestion.open.iter().map(|area| area_title(*area)).collect::<Vec<_>>().join(", ");
            let areas = [(Placeholder::Areas, open.as_str())];
            let moves = suggestion.moves.iter().map(|step| {
                html! {
                    <li>{ text.ui_with(Key::MixedChange, &[
                        (Placeholder::Area, area_title(step.area())),
                        (Placeholder::From, levels[step.from()].short_name),
                        (Placeholder::To, levels[step.to()].short_name),
                    ]) }</li>
                }
            });
            // What answering would do is the core's to say; every open area
            // is named, since any of them would do as well.
            let (answering, change_intro) = match suggestion.answering() {
                Some(Answering::Every) => (Some(text.ui_with(Key::MixedAnswerOpen, &areas)), Key::MixedChangeIntro),
                Some(Answering::AnyOf(count)) => {
                    (Some(text.ui_count(PluralKey::MixedAnswerAny, count as u64, &areas)), Key::MixedChangeIntro)
                }
                Some(Answering::EveryAndMoves) => (None, Key::MixedAnswerAndChange),
                None => (None, Key::MixedChangeIntro),
            };
            // The suggestion explains the label; it says what the rules
            // would need and never which answer to give.
            html! {
                <>
                    <p class="psc-label" data-label="mixed"><strong>{ text.ui(Key::MixedHeading) }</strong></p>
                    <p>{ text.ui_with(Key::MixedClosest, &[(Placeholder::Count, &given), (Placeholder::Type, closest.name_with_article), (Placeholder::Label, closest.label)]) }</p>
                    if let Some(answering) = answering {
                        <p>{ answering }</p>
                    }
                    if !suggestion.moves.is_empty() {
                        <p>{ text.ui_with(change_intro, &areas) }</p>
                        <ul>{ for moves }</ul>
                    }
                </>
            }
        }
        Outcome::Mixed(Mixed::OutOfReach) => html! {
            <>
                <p class="psc-label" data-label="mixed"><strong>{ text.ui(Key::MixedHeading) }</strong></p>
                <p>{ text.ui_with(Key::MixedOutOfReach, &[(Placeholder::Count, &given)]) }</p>
            </>
        },
        Outcome::NoMarks => html! { <p class="psc-label" data-label="none">{ text.ui(Key::NoMarks) }</p> },
        Outcome::TooFewMarks { given } => html! {
            <p class="psc-label" data-label="too-few">{ text.ui_count(PluralKey::TooFewMarks, u64::from(*given), &[]) }</p>
        },
    };
    let provisional = score.is_provisional().then(|| {
        let missing: Vec<&str> = score.missing.iter().map(|a| area_title(*a)).collect();
        html! {
            <p class="psc-provisional">
                <strong>{ text.ui(Key::Provisional) }</strong>{ " " }
                { text.ui_count(PluralKey::ProvisionalMissing, missing.len() as u64, &[(Placeholder::Areas, &missing.join(", "))]) }
            </p>
        }
    });
    html! {
        <div class="psc-outcome" aria-live="polite">
            <@{if nested { "h4" } else { "h3" }}>{ heading.unwrap_or(text.ui(Key::OutcomeHeading)) }</@>
            { body }
            { provisional }
            { label_rules(text, score) }
        </div>
    }
}

/// The scoring guide's four rules, each said to hold or not for these
/// marks, behind a disclosure: the label is explained, never argued for.
fn label_rules(text: &Text, score: &AreaScore) -> Html {
    let marks: Vec<Level> = score.levels.iter().flatten().copied().collect();
    let rules = Label::ALL.into_iter().rev().map(|label| {
        let key = match label {
            Label::Advanced => Key::RuleAdvanced,
            Label::Proficient => Key::RuleProficient,
            Label::Basic => Key::RuleBasic,
            Label::BelowBasic => Key::RuleBelowBasic,
        };
        let holds = label.holds(&marks);
        html! {
            <li class={classes!(holds.then_some("psc-rule-holds"))}>
                { text.ui(key) }{ " " }
                <strong>{ if holds { text.ui(Key::RuleHolds) } else { text.ui(Key::RuleDoesNotHold) } }</strong>
            </li>
        }
    });
    html! {
        <details class="psc-rules">
            <summary>{ text.ui(Key::LabelRulesSummary) }</summary>
            <p>{ text.ui(Key::LabelRulesIntro) }</p>
            <ol>{ for rules }</ol>
        </details>
    }
}

/// "Across the five areas, your school looks most like **an Open-Door
/// School** (Proficient).": the language's whole sentence, with the school
/// type, article and all, set in bold.
fn label_sentence(text: &Text, level: &LevelText) -> Html {
    let sentence = text.ui(Key::LabelSentence);
    let label = [(Placeholder::Label, level.label)];
    match split_at_placeholder(sentence, Placeholder::Type) {
        Some((before, after)) => html! {
            <>{ fill(before, &label) }<strong>{ level.name_with_article }</strong>{ fill(after, &label) }</>
        },
        // The build checks that the sentence has {type}; this only keeps
        // the view total.
        None => html! { { fill(sentence, &label) } },
    }
}
