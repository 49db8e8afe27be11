//! What the embedding page's settings change: the practices' order, staff
//! mode, and the configuration notice.

use wasm_bindgen_test::*;

use super::*;
use partnership_selfcheck::app::LanguageProblem;
use partnership_selfcheck::core::config::Warning;
use partnership_selfcheck::core::content::language_file::LanguageFileError;
use partnership_selfcheck::core::content::Language;
use partnership_selfcheck::core::model::{Area, Level};
use partnership_selfcheck::core::order::{self, PracticeOrder};

/// Mounts a fresh widget with changed properties.
async fn mount_with(change: impl FnOnce(&mut AppProps)) -> Element {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    set_fragment("");
    let (container, text) = fresh_container();
    let mut props = AppProps {
        text,
        sections: Sections::default(),
        name: None,
        order: PracticeOrder::Shuffled,
        staff_mode: false,
        config_warnings: Vec::new(),
        language_problem: None,
    };
    change(&mut props);
    mount_props(container, props).await
}

/// The ids of the practice checkboxes, in the order they are listed.
fn listed_practices(root: &Element) -> Vec<String> {
    let list = root.query_selector_all("input[type=checkbox][id^=\"psc-tick-\"]").unwrap();
    (0..list.length()).filter_map(|i| list.get(i)).filter_map(|n| n.dyn_into::<Element>().ok()).map(|e| e.id()).collect()
}

#[wasm_bindgen_test]
async fn by_default_practices_are_listed_without_types_in_the_assessments_own_order() {
    let root = mount_with(|_| {}).await;
    click(&root, "#psc-start").await;
    assert_eq!(count(&root, ".psc-cell"), 0, "no boxes by school type");
    assert_eq!(count(&root, ".psc-level-name"), 0);
    let listed = listed_practices(&root);
    let id = {
        let saved = web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item("partnership-selfcheck:draft").unwrap().unwrap();
        partnership_selfcheck::core::draft::decode(&saved).unwrap().answers.id
    };
    let words = Text(content::load(content::DEFAULT_LANGUAGE).unwrap());
    let expected: Vec<String> =
        order::shuffled(id, Area::BuildingRelationships, |level| words.practices(Area::BuildingRelationships, level).len())
            .into_iter()
            .map(|p| format!("psc-tick-building_relationships-{}-{}", p.level().key(), p.position()))
            .collect();
    assert_eq!(listed, expected, "the core's order");

    // Ticking shows no type while the person is still ticking; choosing
    // the mark reveals the types of what was ticked, beside the suggestion.
    click(&root, "#psc-tick-building_relationships-open_door-0").await;
    click(&root, "#psc-tick-building_relationships-open_door-1").await;
    click(&root, "#psc-tick-building_relationships-fortress-0").await;
    assert_eq!(count(&root, ".psc-type-badge"), 0, "no type while ticking");
    assert!(!text(&root, ".psc-mark .psc-hint").contains("Fortress 1"));
    // The first Next asks about the ticks without a mark, still blind;
    // "Not sure" settles it and reveals the types.
    click(&root, "#psc-next").await;
    assert_eq!(count(&root, ".psc-type-badge"), 0, "asking is not leaving");
    click(&root, "#psc-mark-building_relationships-not_sure").await;
    let hint = text(&root, ".psc-mark .psc-hint");
    assert!(hint.contains("Open-Door 2") && hint.contains("Fortress 1"), "{hint}");
    assert_eq!(count(&root, ".psc-type-badge"), 3, "each ticked practice shows its type");

    // The same order after Next and Back, and after a reload.
    click(&root, "#psc-next").await;
    assert_eq!(text(&root, ".psc-step-of"), "Step 2 of 8");
    click(&root, "#psc-back").await;
    assert_eq!(listed_practices(&root), expected);
    let root = mount_keeping_storage(Sections::default()).await;
    assert_eq!(listed_practices(&root), expected, "a reload keeps the order");
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn order_book_shows_the_books_grid() {
    let root = mount_with(|props| props.order = PracticeOrder::Book).await;
    click(&root, "#psc-start").await;
    assert_eq!(count(&root, ".psc-cell"), 4, "one box per school type");
    assert_eq!(count(&root, "fieldset > legend"), 5);
    let listed = listed_practices(&root);
    let first_of = |level: Level| listed.iter().position(|id| id.contains(&format!("-{}-", level.key()))).unwrap();
    assert!(first_of(Level::Fortress) < first_of(Level::ComeIfWeCall));
    assert!(first_of(Level::OpenDoor) < first_of(Level::Partnership), "Fortress to Partnership, as in the book");
    click(&root, "#psc-tick-building_relationships-open_door-0").await;
    assert_eq!(count(&root, ".psc-type-badge"), 0, "the grid shows the types already");
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn staff_mode_leaves_out_the_facilitators_tools_and_the_open_panel() {
    let root = mount_with(|_| {}).await;
    assert_eq!(count(&root, "#psc-open-team"), 1);
    assert_eq!(count(&root, ".psc-open"), 1);
    let root = mount_with(|props| props.staff_mode = true).await;
    assert_eq!(count(&root, "#psc-open-team"), 0);
    assert_eq!(count(&root, "#psc-open-compare"), 0);
    assert_eq!(count(&root, ".psc-open"), 0);
    assert_eq!(count(&root, "#psc-start"), 1, "the self-check itself is all there");
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn configuration_problems_are_shown_when_asked_for() {
    let root = mount_with(|props| props.config_warnings = vec![Warning::NameTooLong { chars: 81 }]).await;
    assert!(text(&root, ".psc-config-problems").contains("81 characters"));
    let root = mount_with(|_| {}).await;
    assert_eq!(count(&root, ".psc-config-problems"), 0);
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn the_language_switch_lists_every_language_in_itself_and_says_why_one_could_not_open() {
    let root = mount_with(|_| {}).await;
    let options = root.query_selector_all("#psc-language option").unwrap();
    let listed: Vec<(String, String, String)> = (0..options.length())
        .filter_map(|i| options.get(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .map(|o| {
            (
                o.get_attribute("value").unwrap_or_default(),
                o.get_attribute("lang").unwrap_or_default(),
                o.text_content().unwrap_or_default(),
            )
        })
        .collect();
    let expected: Vec<(String, String, String)> =
        [("en", "en", "English"), ("es", "es", "Español")].map(|(v, l, n)| (v.into(), l.into(), n.into())).into();
    assert_eq!(listed, expected, "no pseudo-locale is offered");
    assert_eq!(text(&root, "label[for=psc-language]"), "Language");
    assert_eq!(text(&root, "#psc-language-status"), "", "nothing to say");

    let spanish = Language::from_code("es").unwrap();
    let root =
        mount_with(|props| props.language_problem = Some(LanguageProblem { language: spanish, error: LanguageFileError::Unavailable }))
            .await;
    assert!(text(&root, "#psc-language-status").starts_with("Español could not be loaded"), "{}", text(&root, "#psc-language-status"));
    assert_no_panic();
}
