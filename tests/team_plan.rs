//! Checks the team plan's model and reducer: items from the rubric and
//! typed ones, every edit, moves, removal, and the plan's limits.

// Native core tests; the browser suite is tests/browser/.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::content::ToolsKey;
use partnership_selfcheck::core::model::{Area, Level, MAX_PRACTICES_PER_CELL};
use partnership_selfcheck::core::team_plan::{
    Action, LongText, PlanError, PracticeSource, RubricPractice, ShortText, TeamPlan, TextField, LONG_TEXT_CHARS, MAX_ITEMS,
    SHORT_TEXT_CHARS,
};

/// A practice of the rubric that exists.
fn practice(area: Area, level: Level, position: u8) -> RubricPractice {
    RubricPractice::new(area, level, position).expect("a position below the cell's limit")
}

/// The plan after each action, all of which must be accepted.
fn after(actions: impl IntoIterator<Item = Action>) -> TeamPlan {
    actions.into_iter().fold(TeamPlan::new(), |plan, action| plan.reduce(action).expect("accepted"))
}

/// The typed practice of each item, or the rubric practice's area key.
fn names(plan: &TeamPlan) -> Vec<String> {
    plan.items()
        .iter()
        .map(|item| match &item.source {
            PracticeSource::Rubric(practice) => practice.area().key().to_owned(),
            PracticeSource::Typed(text) => text.to_string(),
        })
        .collect()
}

fn typed(text: &str) -> Action {
    Action::AddTyped { text: text.into(), area: Area::LinkingToLearning }
}

#[test]
fn a_rubric_practice_is_validated_against_the_cell_limit() {
    assert!(RubricPractice::new(Area::SharingPower, Level::OpenDoor, MAX_PRACTICES_PER_CELL - 1).is_some());
    assert_eq!(RubricPractice::new(Area::SharingPower, Level::OpenDoor, MAX_PRACTICES_PER_CELL), None);
    let p = practice(Area::SharingPower, Level::OpenDoor, 2);
    assert_eq!((p.area(), p.level(), p.position()), (Area::SharingPower, Level::OpenDoor, 2));
}

#[test]
fn an_item_from_a_practice_starts_blank_and_serves_its_area() {
    let p = practice(Area::AddressingDifferences, Level::ComeIfWeCall, 1);
    let plan = after([Action::AddPractice(p)]);
    let item = &plan.items()[0];
    assert_eq!(item.source, PracticeSource::Rubric(p));
    assert_eq!(item.area, Area::AddressingDifferences);
    assert!(item.what.is_empty() && item.lead.is_empty() && item.by_when.is_empty());
    assert!(item.cost_and_funding.is_empty() && item.how_we_know.is_empty());
    assert_eq!(plan.position_of(p), Some(0));
}

#[test]
fn every_text_field_is_edited_and_the_area_changed() {
    let mut plan = after([typed("Coffee mornings")]);
    for (n, field) in TextField::ALL.into_iter().enumerate() {
        plan = plan.reduce(Action::SetText { index: 0, field, text: format!("text {n}") }).expect("accepted");
    }
    plan = plan.reduce(Action::SetArea { index: 0, area: Area::SharingPower }).expect("accepted");
    let item = &plan.items()[0];
    assert_eq!(item.source, PracticeSource::Typed(LongText::new("text 0").unwrap()));
    let texts = [item.what.as_str(), item.lead.as_str(), item.by_when.as_str()];
    assert_eq!(texts, ["text 1", "text 2", "text 3"]);
    assert_eq!([item.cost_and_funding.as_str(), item.how_we_know.as_str()], ["text 4", "text 5"]);
    assert_eq!(item.area, Area::SharingPower);
}

#[test]
fn texts_are_cut_at_their_limits_as_they_are_typed() {
    let plan = after([
        typed(&"a".repeat(LONG_TEXT_CHARS + 9)),
        Action::SetText { index: 0, field: TextField::Lead, text: "b".repeat(SHORT_TEXT_CHARS * 2) },
        Action::SetText { index: 0, field: TextField::ByWhen, text: "March\r\n\u{7}".into() },
    ]);
    let item = &plan.items()[0];
    assert!(matches!(&item.source, PracticeSource::Typed(t) if t.as_str().len() == LONG_TEXT_CHARS));
    assert_eq!(item.lead.as_str().len(), SHORT_TEXT_CHARS);
    assert_eq!(item.by_when, ShortText::new("March\n").unwrap());
}

#[test]
fn a_rubric_item_has_no_typed_practice_to_edit() {
    let plan = after([Action::AddPractice(practice(Area::SharingPower, Level::Fortress, 0))]);
    let edit = Action::SetText { index: 0, field: TextField::TypedPractice, text: "x".into() };
    assert_eq!(plan.reduce(edit), Err(PlanError::NotTyped { index: 0 }));
}

#[test]
fn items_move_up_and_down_and_the_ends_stay_put() {
    let plan = after([typed("a"), typed("b"), typed("c")]);
    let moved = plan.reduce(Action::MoveUp(2)).unwrap();
    assert_eq!(names(&moved), ["a", "c", "b"]);
    let moved = moved.reduce(Action::MoveDown(0)).unwrap();
    assert_eq!(names(&moved), ["c", "a", "b"]);
    assert_eq!(moved.reduce(Action::MoveUp(0)).as_ref(), Ok(&moved));
    assert_eq!(moved.reduce(Action::MoveDown(2)).as_ref(), Ok(&moved));
}

#[test]
fn an_item_is_removed_and_a_missing_one_refused_without_change() {
    let plan = after([typed("a"), typed("b")]);
    assert_eq!(names(&plan.reduce(Action::Remove(0)).unwrap()), ["b"]);
    for (action, index) in [
        (Action::Remove(2), 2),
        (Action::MoveUp(5), 5),
        (Action::MoveDown(2), 2),
        (Action::SetArea { index: 2, area: Area::SharingPower }, 2),
        (Action::SetText { index: 9, field: TextField::What, text: "x".into() }, 9),
    ] {
        assert_eq!(plan.reduce(action), Err(PlanError::NoSuchItem { index }));
    }
}

#[test]
fn a_plan_holds_at_most_twelve_items() {
    assert_eq!(MAX_ITEMS, 12);
    let full = after((0..MAX_ITEMS).map(|n| typed(&n.to_string())));
    assert_eq!(full.reduce(typed("one more")), Err(PlanError::Full));
    let rubric = Action::AddPractice(practice(Area::SharingPower, Level::Fortress, 0));
    assert_eq!(full.reduce(rubric), Err(PlanError::Full));
    assert_eq!(PlanError::Full.message_key(), ToolsKey::TeamPlanFull);
}

#[test]
fn a_rubric_practice_is_planned_once_but_typed_texts_may_repeat() {
    let p = practice(Area::LinkingToLearning, Level::OpenDoor, 3);
    let plan = after([typed("same"), typed("same"), Action::AddPractice(p)]);
    assert_eq!(plan.reduce(Action::AddPractice(p)), Err(PlanError::AlreadyPlanned { index: 2 }));
    assert_eq!(TeamPlan::from_items(vec![plan.items()[2].clone(), plan.items()[2].clone()]), Err(PlanError::AlreadyPlanned { index: 0 }));
    assert_eq!(TeamPlan::from_items(plan.items().to_vec()), Ok(plan));
}

#[test]
fn every_field_has_a_label_in_the_content() {
    let content = partnership_selfcheck::core::content::load("en").expect("English");
    for field in TextField::ALL {
        assert!(!content.tools(field.label_key()).is_empty());
    }
    assert!(!content.tools(TextField::area_label_key()).is_empty());
}
