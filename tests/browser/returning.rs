//! Every way back to an area shows the mark chosen there, and ticks without
//! a mark are asked about in place, never dropped in silence.

use wasm_bindgen_test::*;

use super::*;

/// The id of a mark's radio button.
fn mark(area: &str, level: &str) -> String {
    format!("#psc-mark-{area}-{level}")
}

/// The ids of the checked radios of an area's mark group.
fn checked_marks(root: &Element, area: &str) -> Vec<String> {
    let list = root.query_selector_all(&format!("input[name=\"psc-mark-{area}\"]")).unwrap();
    (0..list.length())
        .filter_map(|i| list.get(i))
        .filter_map(|node| node.dyn_into::<HtmlInputElement>().ok())
        .filter(|input| input.checked())
        .map(|input| input.id())
        .collect()
}

/// Marks the first two areas, as in the report: Fortress, then
/// Come-if-we-call, and stays on the second.
async fn two_areas_marked() -> Element {
    let root = mount(Sections::default()).await;
    click(&root, "#psc-start").await;
    click(&root, &mark("building_relationships", "fortress")).await;
    click(&root, "#psc-next").await;
    click(&root, &mark("linking_to_learning", "come_if_we_call")).await;
    root
}

#[wasm_bindgen_test]
async fn back_then_next_shows_each_areas_own_mark() {
    let root = two_areas_marked().await;
    click(&root, "#psc-back").await;
    assert_eq!(checked_marks(&root, "building_relationships"), ["psc-mark-building_relationships-fortress"]);
    click(&root, "#psc-next").await;
    assert_eq!(checked_marks(&root, "linking_to_learning"), ["psc-mark-linking_to_learning-come_if_we_call"]);
    // Forward to a fresh area and back again.
    click(&root, "#psc-next").await;
    assert!(checked_marks(&root, "addressing_differences").is_empty(), "an unanswered area shows no mark");
    click(&root, "#psc-back").await;
    assert_eq!(checked_marks(&root, "linking_to_learning"), ["psc-mark-linking_to_learning-come_if_we_call"]);
    click(&root, "#psc-back").await;
    assert_eq!(checked_marks(&root, "building_relationships"), ["psc-mark-building_relationships-fortress"]);
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn the_step_list_shows_each_areas_own_mark() {
    let root = two_areas_marked().await;
    // The step list's buttons are numbered from 1.
    click(&root, "#psc-goto-1").await;
    assert_eq!(checked_marks(&root, "building_relationships"), ["psc-mark-building_relationships-fortress"]);
    click(&root, "#psc-goto-3").await;
    assert!(checked_marks(&root, "addressing_differences").is_empty());
    click(&root, "#psc-goto-2").await;
    assert_eq!(checked_marks(&root, "linking_to_learning"), ["psc-mark-linking_to_learning-come_if_we_call"]);
    click(&root, "#psc-goto-1").await;
    assert_eq!(checked_marks(&root, "building_relationships"), ["psc-mark-building_relationships-fortress"]);
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn a_reload_shows_the_mark_of_the_area_it_resumes_at_and_of_the_others() {
    let root = two_areas_marked().await;
    drop(root);
    let root = mount_keeping_storage(Sections::default()).await;
    assert_eq!(checked_marks(&root, "linking_to_learning"), ["psc-mark-linking_to_learning-come_if_we_call"]);
    click(&root, "#psc-back").await;
    assert_eq!(checked_marks(&root, "building_relationships"), ["psc-mark-building_relationships-fortress"]);
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn ticks_without_a_mark_are_asked_about_in_place_and_kept() {
    let root = mount(Sections::default()).await;
    click(&root, "#psc-start").await;
    click(&root, "#psc-tick-building_relationships-open_door-0").await;
    assert_eq!(count(&root, ".psc-unmarked"), 0, "no question before the person tries to leave");
    click(&root, "#psc-next").await;
    assert_eq!(text(&root, ".psc-step-of"), "Step 1 of 8", "the first Next stays on the area");
    assert!(text(&root, ".psc-unmarked").contains("chose no type"), "the step says so in place");
    // The suggestion settles it, and Next goes on.
    click(&root, "#psc-use-suggestion").await;
    assert_eq!(count(&root, ".psc-unmarked"), 0);
    click(&root, "#psc-next").await;
    assert_eq!(text(&root, ".psc-step-of"), "Step 2 of 8");

    // A tie has no suggestion: the person picks, or leaves it for now.
    click(&root, "#psc-tick-linking_to_learning-fortress-0").await;
    click(&root, "#psc-tick-linking_to_learning-partnership-0").await;
    click(&root, "#psc-next").await;
    assert!(text(&root, ".psc-unmarked").contains("chose no type"));
    assert_eq!(count(&root, "#psc-use-suggestion"), 0, "a tie is the person's to settle");
    click(&root, "#psc-next").await;
    assert_eq!(text(&root, ".psc-step-of"), "Step 3 of 8", "a second Next goes on: nothing traps the person");
    click(&root, "#psc-back").await;
    assert!(is_checked(&root, "#psc-tick-linking_to_learning-fortress-0"), "the ticks are kept");
    assert!(is_checked(&root, "#psc-tick-linking_to_learning-partnership-0"));

    // "Not sure" settles it too.
    click(&root, "#psc-next").await;
    assert!(text(&root, ".psc-unmarked").contains("chose no type"));
    click(&root, "#psc-mark-linking_to_learning-not_sure").await;
    assert_eq!(count(&root, ".psc-unmarked"), 0);
    click(&root, "#psc-next").await;
    assert_eq!(text(&root, ".psc-step-of"), "Step 3 of 8");

    // Back is never held, nor is the step list.
    click(&root, "#psc-tick-addressing_differences-open_door-0").await;
    click(&root, "#psc-next").await;
    assert!(text(&root, ".psc-unmarked").contains("chose no type"));
    click(&root, "#psc-back").await;
    assert_eq!(text(&root, ".psc-step-of"), "Step 2 of 8", "Back is never held");
    click(&root, "#psc-goto-3").await;
    click(&root, "#psc-next").await;
    click(&root, "#psc-goto-6").await;
    assert_eq!(text(&root, ".psc-step-of"), "Step 6 of 8", "the step list is never held");
    assert_no_panic();
}
