//! Browser tests: mount the real widget in headless Chromium, complete the
//! walk-through by clicking, and check what the results page shows.
//! Run with `cargo test --target wasm32-unknown-unknown --test browser`.

#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;

use partnership_selfcheck::app::{App, AppProps, Text, ToolsApp, ToolsProps};
use partnership_selfcheck::core::content;
use partnership_selfcheck::core::session::Sections;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

// Tests grouped by what they are about; the helpers below are theirs too.
mod embed;
mod links;
mod returning;

static PANICKED: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();

/// Records any panic, so every test can assert that none ever fired: a panic
/// inside a Yew callback would otherwise only show in the console.
fn install_panic_hook() {
    HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            PANICKED.store(true, Ordering::SeqCst);
            web_sys::console::error_1(&format!("panic: {info}").into());
        }));
    });
}

fn assert_no_panic() {
    assert!(!PANICKED.load(Ordering::SeqCst), "a panic fired during the test");
}

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh widget in its own container and returns the container.
/// Each test starts from an empty device: no saved draft, no link.
async fn mount(sections: Sections) -> Element {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    set_fragment("");
    mount_keeping_storage(sections).await
}

/// A new, empty container for a widget, replacing the previous test's, and
/// the default language's content.
fn fresh_container() -> (Element, Text) {
    install_panic_hook();
    if let Some(old) = document().get_element_by_id("psc-test-root") {
        old.remove();
    }
    let container = document().create_element("div").unwrap();
    container.set_id("psc-test-root");
    document().body().unwrap().append_child(&container).unwrap();
    (container, Text(content::load(content::DEFAULT_LANGUAGE).unwrap()))
}

/// Mounts a widget on the device as the previous test left it (a reload).
async fn mount_keeping_storage(sections: Sections) -> Element {
    let (container, text) = fresh_container();
    let props = AppProps {
        text,
        sections,
        name: None,
        order: Default::default(),
        staff_mode: false,
        config_warnings: Vec::new(),
        language_problem: None,
    };
    mount_props(container, props).await
}

/// Mounts a widget with the given properties into `container`.
async fn mount_props(container: Element, props: AppProps) -> Element {
    yew::Renderer::<App>::with_root_and_props(container.clone(), props).render();
    yew::scheduler::flush().await;
    container
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches {selector}: {}", root.inner_html()))
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

async fn click(root: &Element, selector: &str) {
    find(root, selector).dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn is_checked(root: &Element, selector: &str) -> bool {
    find(root, selector).dyn_into::<HtmlInputElement>().unwrap().checked()
}

/// Ticks practices, then confirms the suggestion, for one area step.
async fn answer_area(root: &Element, area: &str, level: &str) {
    click(root, &format!("#psc-tick-{area}-{level}-0")).await;
    click(root, &format!("#psc-tick-{area}-{level}-1")).await;
    assert!(text(root, ".psc-mark .psc-hint").contains("Suggested"), "a suggestion appears after ticking");
    click(root, "#psc-use-suggestion").await;
    assert!(is_checked(root, &format!("#psc-mark-{area}-{level}")), "the suggestion is confirmed");
    assert!(text(root, "#psc-use-suggestion").starts_with("Suggestion used"), "the button stays, so focus is kept");
    let hint = text(root, ".psc-mark .psc-hint");
    assert!(hint.contains("follows what you checked") && !hint.contains("Confirm"), "a taken suggestion asks nothing more: {hint}");
}

#[wasm_bindgen_test]
async fn a_complete_walk_through_by_clicking_shows_label_chart_table_and_next_steps() {
    let root = mount(Sections::default()).await;
    click(&root, "#psc-start").await;
    assert_eq!(text(&root, ".psc-step-of"), "Step 1 of 8");

    let plan = [
        ("building_relationships", "partnership"),
        ("linking_to_learning", "partnership"),
        ("addressing_differences", "open_door"),
        ("supporting_advocacy", "partnership"),
        ("sharing_power", "open_door"),
    ];
    for (number, (area, level)) in plan.iter().enumerate() {
        assert_eq!(text(&root, ".psc-step-of"), format!("Step {} of 8", number + 1));
        // Every question is a fieldset with a legend: the practices, listed
        // without their types, and the mark.
        assert_eq!(count(&root, "fieldset"), 2);
        assert_eq!(count(&root, "fieldset > legend"), 2);
        answer_area(&root, area, level).await;
        click(&root, "#psc-next").await;
        let focused = document().active_element().map(|e| e.id()).unwrap_or_default();
        assert_eq!(focused, "psc-heading", "focus moves to the new step's heading");
    }

    // Beliefs: held 5 and practised 2 for the third belief makes it the widest gap.
    assert_eq!(text(&root, ".psc-step-of"), "Step 6 of 8");
    for (belief, held, practised) in
        [("dreams_for_children", 5, 4), ("capacity_to_support", 4, 4), ("equal_partners", 5, 2), ("staff_responsibility", 3, 3)]
    {
        click(&root, &format!("#psc-belief-{belief}-held-{held}")).await;
        click(&root, &format!("#psc-belief-{belief}-practised-{practised}")).await;
    }
    click(&root, "#psc-next").await;

    click(&root, "#psc-barrier-handling_conflict").await;
    click(&root, "#psc-next").await;

    assert_eq!(text(&root, ".psc-step-of"), "Step 8 of 8");
    assert!(text(&root, ".psc-label").contains("Partnership School"), "label: {}", text(&root, ".psc-label"));
    assert!(text(&root, ".psc-label").contains("Advanced"));
    assert_eq!(count(&root, ".psc-bars-fill"), 5, "one bar per area");
    let chart_label = root.query_selector(".psc-bars[role=img]").unwrap().and_then(|chart| chart.get_attribute("aria-label"));
    assert!(chart_label.is_some_and(|label| label.contains("Sharing power")), "the chart has a text alternative");
    assert_eq!(count(&root, ".psc-details tbody tr"), 5 + 4, "the chart's data and the beliefs as tables");
    assert_eq!(count(&root, ".psc-plan-area"), 2, "a plan for the two Open-Door areas");
    assert!(text(&root, ".psc-plan").contains("Open-Door School to Partnership School"));
    assert!(text(&root, ".psc-callout").contains("as equals"), "widest gap: {}", text(&root, ".psc-callout"));
    assert!(text(&root, ".psc-barrier-results").contains("conflict"));
    assert!(root.query_selector("#psc-print").unwrap().is_some());

    // Back keeps every answer.
    click(&root, "#psc-goto-1").await;
    assert!(is_checked(&root, "#psc-mark-building_relationships-partnership"));
    assert!(is_checked(&root, "#psc-tick-building_relationships-partnership-1"));
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn a_tie_is_left_to_the_person_and_not_sure_makes_the_label_provisional() {
    let root = mount(Sections::default()).await;
    click(&root, "#psc-start").await;
    click(&root, "#psc-tick-building_relationships-fortress-0").await;
    click(&root, "#psc-tick-building_relationships-open_door-0").await;
    assert!(text(&root, ".psc-mark .psc-hint").contains("tied"));
    assert_eq!(count(&root, "#psc-use-suggestion"), 0, "no suggestion on a tie");
    click(&root, "#psc-mark-building_relationships-not_sure").await;
    for area in ["linking_to_learning", "addressing_differences", "supporting_advocacy", "sharing_power"] {
        click(&root, "#psc-next").await;
        click(&root, &format!("#psc-mark-{area}-come_if_we_call")).await;
    }
    click(&root, "#psc-goto-8").await;
    assert!(text(&root, ".psc-label").contains("Come-if-we-call School"));
    assert!(text(&root, ".psc-provisional").contains("Building relationships"));
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn optional_sections_can_be_switched_off() {
    let root = mount(Sections { barriers: false, notes: false }).await;
    click(&root, "#psc-start").await;
    assert_eq!(text(&root, ".psc-step-of"), "Step 1 of 7");
    click(&root, "#psc-goto-7").await;
    assert_eq!(count(&root, ".psc-barrier-results"), 0);
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn start_over_asks_first_and_can_be_undone() {
    let root = mount(Sections::default()).await;
    click(&root, "#psc-start").await;
    click(&root, "#psc-mark-building_relationships-open_door").await;
    click(&root, "#psc-goto-8").await;
    click(&root, "#psc-start-over").await;
    assert!(text(&root, ".psc-confirm").contains("undo"));
    let focused = document().active_element().map(|e| e.id()).unwrap_or_default();
    assert_eq!(focused, "psc-start-over-cancel", "focus goes to the safe answer");
    click(&root, "#psc-start-over-yes").await;
    assert!(root.query_selector("#psc-start").unwrap().is_some(), "back on the intro");
    click(&root, "#psc-undo").await;
    click(&root, "#psc-goto-1").await;
    assert!(is_checked(&root, "#psc-mark-building_relationships-open_door"), "undo restores the answers");
    assert_no_panic();
}

/// Puts a fragment in the address bar, as opening a shared link would.
fn set_fragment(fragment: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    let url = if fragment.is_empty() { path } else { format!("{path}#{fragment}") };
    window.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)).unwrap();
}

fn sample_answers() -> partnership_selfcheck::core::model::Answers {
    use partnership_selfcheck::core::model::*;
    let mut answers = Answers::new(AssessmentId::from_random([1, 2, 3, 4, 5]));
    for area in Area::ALL {
        answers.area_mut(area).mark = Some(Mark::Level(Level::ComeIfWeCall));
    }
    answers.area_mut(Area::SharingPower).mark = Some(Mark::Level(Level::Fortress));
    answers.belief_mut(Belief::EqualPartners).held = Likert::new(4);
    answers
}

#[wasm_bindgen_test]
async fn a_reload_resumes_at_the_same_step_with_every_answer() {
    let root = mount(Sections::default()).await;
    click(&root, "#psc-start").await;
    click(&root, "#psc-mark-building_relationships-open_door").await;
    click(&root, "#psc-next").await;
    click(&root, "#psc-tick-linking_to_learning-fortress-2").await;
    let root = mount_keeping_storage(Sections::default()).await;
    assert_eq!(text(&root, ".psc-step-of"), "Step 2 of 8", "same step after reload");
    assert!(is_checked(&root, "#psc-tick-linking_to_learning-fortress-2"));
    click(&root, "#psc-back").await;
    assert!(is_checked(&root, "#psc-mark-building_relationships-open_door"));
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn a_shared_link_shows_read_only_results_and_leaves_the_draft_alone() {
    use partnership_selfcheck::core::share;
    let root = mount(Sections::default()).await;
    click(&root, "#psc-start").await;
    click(&root, "#psc-mark-building_relationships-partnership").await;

    set_fragment(&share::fragment(&sample_answers()));
    let root = mount_keeping_storage(Sections::default()).await;
    set_fragment("");
    assert!(text(&root, ".psc-shared-banner").contains("Shared results"));
    assert!(text(&root, ".psc-label").contains("Come-if-we-call School"), "{}", text(&root, ".psc-label"));
    assert_eq!(count(&root, "#psc-print"), 0, "read-only: no actions that change answers");
    click(&root, "#psc-shared-own").await;
    assert!(is_checked(&root, "#psc-mark-building_relationships-partnership"), "own draft untouched");
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn continuing_from_shared_answers_keeps_the_old_draft_restorable() {
    use partnership_selfcheck::core::share;
    let root = mount(Sections::default()).await;
    click(&root, "#psc-start").await;
    click(&root, "#psc-mark-building_relationships-partnership").await;
    set_fragment(&share::fragment(&sample_answers()));
    let root = mount_keeping_storage(Sections::default()).await;
    click(&root, "#psc-shared-continue").await;
    assert!(text(&root, ".psc-label").contains("Come-if-we-call School"));
    click(&root, "#psc-undo").await;
    click(&root, "#psc-goto-1").await;
    assert!(is_checked(&root, "#psc-mark-building_relationships-partnership"), "the replaced draft is restored");
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn a_corrupted_link_explains_itself_and_the_draft_survives() {
    use partnership_selfcheck::core::share;
    let root = mount(Sections::default()).await;
    click(&root, "#psc-start").await;
    click(&root, "#psc-mark-building_relationships-open_door").await;
    for (damaged, expected) in [
        (share::fragment(&sample_answers())[..20].to_owned(), "incomplete"),
        (share::fragment(&sample_answers()).replacen("P2", "P2x", 1), "extra characters"),
        ("r=P9AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".to_owned(), "newer version"),
    ] {
        set_fragment(&damaged);
        let root = mount_keeping_storage(Sections::default()).await;
        set_fragment("");
        let alert = text(&root, ".psc-notice.psc-error");
        assert!(alert.contains(expected), "{damaged}: {alert}");
        assert!(alert.contains("Nothing you had was changed"));
        assert!(is_checked(&root, "#psc-mark-building_relationships-open_door"), "the draft survives");
    }
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn pasting_a_damaged_code_or_file_shows_a_clear_message() {
    let root = mount(Sections::default()).await;
    let paste = find(&root, "#psc-open-paste").dyn_into::<web_sys::HtmlTextAreaElement>().unwrap();
    paste.set_value("{\"format\": \"partnership-selfcheck\", \"version\": 1, \"version\": 2}");
    paste.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    yew::scheduler::flush().await;
    click(&root, "#psc-open-pasted").await;
    assert!(text(&root, ".psc-open .psc-error").contains("same entry twice"), "{}", text(&root, ".psc-open"));
    assert_no_panic();
}

/// Replaces a `Storage` method so that it throws, as blocked or full
/// storage does, and returns the original to put back.
fn break_storage(method: &str, error_name: &str) -> wasm_bindgen::JsValue {
    let prototype = js_sys::Reflect::get(&web_sys::window().unwrap(), &"Storage".into())
        .and_then(|s| js_sys::Reflect::get(&s, &"prototype".into()))
        .unwrap();
    let original = js_sys::Reflect::get(&prototype, &method.into()).unwrap();
    let thrower = js_sys::Function::new_no_args(&format!("throw new DOMException('blocked', '{error_name}');"));
    js_sys::Reflect::set(&prototype, &method.into(), &thrower).unwrap();
    original
}

fn restore_storage(method: &str, original: &wasm_bindgen::JsValue) {
    let prototype = js_sys::Reflect::get(&web_sys::window().unwrap(), &"Storage".into())
        .and_then(|s| js_sys::Reflect::get(&s, &"prototype".into()))
        .unwrap();
    js_sys::Reflect::set(&prototype, &method.into(), original).unwrap();
}

#[wasm_bindgen_test]
async fn storage_that_throws_is_survived_with_a_notice() {
    let root = mount(Sections::default()).await;
    let original_get = break_storage("getItem", "SecurityError");
    let original_set = break_storage("setItem", "QuotaExceededError");
    let root = {
        drop(root);
        mount_keeping_storage(Sections::default()).await
    };
    assert!(text(&root, ".psc-notice").contains("can't be kept on this device"));
    click(&root, ".psc-notice .psc-dismiss").await;
    click(&root, "#psc-start").await;
    click(&root, "#psc-mark-building_relationships-open_door").await;
    assert_eq!(count(&root, ".psc-notice"), 0, "a dismissed notice stays dismissed while saving keeps failing");
    click(&root, "#psc-next").await;
    click(&root, "#psc-back").await;
    assert!(is_checked(&root, "#psc-mark-building_relationships-open_door"), "the widget keeps working");
    restore_storage("getItem", &original_get);
    restore_storage("setItem", &original_set);
    assert_no_panic();
}

/// Runs a piece of JavaScript in the test page, for what the DOM bindings
/// cannot do, such as replacing a property of `window`.
fn run_js(source: &str) {
    js_sys::Function::new_no_args(source).call0(&wasm_bindgen::JsValue::NULL).unwrap();
}

#[wasm_bindgen_test]
async fn a_local_storage_property_that_throws_is_survived_with_a_notice() {
    // In a cross-site iframe with third-party storage blocked, merely reading
    // `window.localStorage` throws; gloo-storage's `raw()` would panic there,
    // so the shell's wrapper must turn it into a notice.
    let root = mount(Sections::default()).await;
    drop(root);
    run_js(
        "window.__pscStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');\n\
         Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });",
    );
    assert_eq!(partnership_selfcheck::browser::load_draft(), Err(partnership_selfcheck::browser::StorageProblem::Unavailable));
    let root = mount_keeping_storage(Sections::default()).await;
    assert!(text(&root, ".psc-notice").contains("can't be kept on this device"));
    click(&root, "#psc-start").await;
    click(&root, "#psc-mark-building_relationships-open_door").await;
    click(&root, "#psc-next").await;
    click(&root, "#psc-back").await;
    assert!(is_checked(&root, "#psc-mark-building_relationships-open_door"), "the widget keeps working");
    run_js("Object.defineProperty(window, 'localStorage', window.__pscStorage);");
    assert!(partnership_selfcheck::browser::load_draft().is_ok(), "storage is back for the next test");
    assert_no_panic();
}

/// Mounts the facilitator's tools page as its address would open it.
async fn mount_tools(fragment: &str) -> Element {
    use partnership_selfcheck::app::tools::Opening;
    // Each test starts as a facilitator new to this device: the pool and
    // plan an earlier test kept are forgotten.
    for key in ["partnership-selfcheck:team-pool", "partnership-selfcheck:team-plan"] {
        if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = storage.remove_item(key);
        }
    }
    let (container, text) = fresh_container();
    let props = ToolsProps {
        text,
        name: None,
        min_team: 5,
        opening: Opening::from_fragment(fragment),
        config_warnings: Vec::new(),
        language_problem: None,
    };
    yew::Renderer::<ToolsApp>::with_root_and_props(container.clone(), props).render();
    yew::scheduler::flush().await;
    container
}

/// A colleague's answers: every area at `level`, with a distinct id.
fn colleague(id: u8, level: partnership_selfcheck::core::model::Level) -> partnership_selfcheck::core::model::Answers {
    use partnership_selfcheck::core::model::*;
    let mut answers = Answers::new(AssessmentId::from_random([9, 9, 9, 9, id]));
    for area in Area::ALL {
        answers.area_mut(area).mark = Some(Mark::Level(level));
    }
    answers.area_mut(Area::SharingPower).mark = Some(Mark::Level(if id % 2 == 0 { Level::Fortress } else { Level::Partnership }));
    answers.belief_mut(Belief::EqualPartners).held = Likert::new(5);
    answers.belief_mut(Belief::EqualPartners).practised = Likert::new(2);
    answers
}

async fn type_into(root: &Element, selector: &str, value: &str) {
    let area = find(root, selector).dyn_into::<web_sys::HtmlTextAreaElement>().unwrap();
    area.set_value(value);
    area.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn a_pasted_thread_of_links_pools_distinct_results_with_a_status_per_line() {
    use partnership_selfcheck::core::{model::Level, share};
    let root = mount_tools("").await;
    // Ten colleagues, two of them pasted twice, and one damaged link, inside
    // an e-mail thread with quoted replies and chatter.
    let links: Vec<String> =
        (0..10u8).map(|i| format!("https://district.example/selfcheck/#{}", share::fragment(&colleague(i, Level::OpenDoor)))).collect();
    let mut thread = String::from("From: facilitator\nHere are the links so far:\n");
    for link in &links {
        thread.push_str(&format!("> {link}\n"));
    }
    thread.push_str(&format!("Resent: {}\nAnd again: {}.\n", links[3], links[7]));
    let damaged = links[5].replace("#r=P2", "#r=P2Q").chars().take(60).collect::<String>();
    thread.push_str(&format!("This one broke: {damaged}\nThanks!\n"));
    type_into(&root, "#psc-team-paste", &thread).await;
    click(&root, "#psc-team-add").await;

    assert_eq!(count(&root, ".psc-status-added"), 10);
    assert_eq!(count(&root, ".psc-status-duplicate"), 2);
    assert_eq!(count(&root, ".psc-status-damaged"), 1);
    assert!(text(&root, ".psc-team-tally").starts_with("10 added, 0 sent again with different answers, 2 already counted, 1 damaged"));
    assert!(text(&root, ".psc-team-count").contains("10 different"));
    assert_eq!(count(&root, ".psc-team-table tbody tr"), 5);
    assert!(text(&root, ".psc-conversations").contains("Sharing power"), "the split area is a conversation to have");
    // Four areas at Open-Door and a split Sharing power (lower median Fortress)
    // is a mixed profile whose closest rule is Proficient.
    assert!(
        text(&root, ".psc-team-results .psc-outcome").contains("closest is an Open-Door School"),
        "{}",
        text(&root, ".psc-team-results .psc-outcome")
    );

    // The team link opens the same summary, read-only, in a fresh page.
    let team_link = find(&root, "#psc-team-link").dyn_into::<HtmlInputElement>().unwrap().value();
    let fragment = team_link.split('#').nth(1).unwrap().to_owned();
    let fresh = mount_tools(&fragment).await;
    assert!(text(&fresh, ".psc-shared-banner").contains("team summary"));
    assert!(text(&fresh, ".psc-team-count").contains("10 different"));
    assert_eq!(count(&fresh, "#psc-team-paste"), 0, "read-only");
    // A damaged team link says so on the tools page.
    let damaged = mount_tools(&fragment[..fragment.len() - 5]).await;
    assert!(text(&damaged, ".psc-notice.psc-error").contains("damaged or incomplete"));
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn fewer_than_five_people_show_nothing_but_how_many_more_are_needed() {
    use partnership_selfcheck::core::{model::Level, share};
    let root = mount_tools("").await;
    let links: Vec<String> = (0..4u8).map(|i| share::encode(&colleague(i, Level::ComeIfWeCall))).collect();
    type_into(&root, "#psc-team-paste", &links.join("\n")).await;
    click(&root, "#psc-team-add").await;
    assert!(text(&root, ".psc-team-too-few").contains("Add 1 more"));
    assert_eq!(count(&root, ".psc-team-results"), 0);
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn compare_shows_the_direction_of_change_per_area() {
    use partnership_selfcheck::core::{model::Level, share};
    let root = mount_tools("compare").await;
    type_into(&root, "#psc-compare-before", &share::encode(&colleague(1, Level::ComeIfWeCall))).await;
    type_into(&root, "#psc-compare-after", &share::encode(&colleague(1, Level::OpenDoor))).await;
    click(&root, "#psc-compare-go").await;
    let table = text(&root, ".psc-compare-results table");
    assert!(table.contains("moved up"), "{table}");
    assert!(table.contains("no change"), "sharing power stays at Partnership: {table}");
    type_into(&root, "#psc-compare-after", "P1broken").await;
    click(&root, "#psc-compare-go").await;
    assert!(text(&root, ".psc-compare .psc-error").contains("Later"));
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn an_unreadable_saved_draft_is_kept_and_offered_for_download() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage.set_item("partnership-selfcheck:draft", "partnership-selfcheck-draft 9 intro\n{}").unwrap();
    let root = mount_keeping_storage(Sections::default()).await;
    assert!(text(&root, ".psc-notice.psc-error").contains("newer version"), "{}", text(&root, ".psc-notice"));
    assert_eq!(count(&root, "#psc-download-unreadable"), 1, "the saved text can be downloaded");
    assert_eq!(
        storage.get_item("partnership-selfcheck:draft").unwrap().as_deref(),
        Some("partnership-selfcheck-draft 9 intro\n{}"),
        "opening the page does not overwrite it"
    );
    storage.set_item("partnership-selfcheck:draft", "not a draft at all").unwrap();
    let root = mount_keeping_storage(Sections::default()).await;
    assert!(text(&root, ".psc-notice.psc-error").contains("could not be read"));
    assert_no_panic();
}
