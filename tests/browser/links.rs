//! Links opened while the widget is already open, and files with notes.

use wasm_bindgen_test::*;

use super::*;
use partnership_selfcheck::core::model::{Area, Level, Mark};
use partnership_selfcheck::core::share;

/// Changes the fragment the way pasting a link into the address bar of the
/// same tab does, which fires `hashchange` (unlike `set_fragment`), and
/// waits until the widget has handled it.
async fn paste_into_address_bar(fragment: &str) {
    let window = web_sys::window().unwrap();
    window.location().set_hash(fragment).unwrap();
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn a_second_link_in_the_same_tab_opens_like_a_fresh_one() {
    let root = mount(Sections::default()).await;
    click(&root, "#psc-start").await;
    click(&root, "#psc-mark-building_relationships-partnership").await;

    paste_into_address_bar(&share::fragment(&sample_answers())).await;
    assert!(text(&root, ".psc-label").contains("Come-if-we-call School"), "{}", text(&root, ".psc-label"));
    assert!(text(&root, "#psc-heading").contains("shared with you"), "shared results have their own heading");

    let mut other = sample_answers();
    for area in Area::ALL {
        other.area_mut(area).mark = Some(Mark::Level(Level::Fortress));
    }
    paste_into_address_bar(&share::fragment(&other)).await;
    assert!(text(&root, ".psc-label").contains("Fortress School"), "the second link's results, not the first's");

    // A damaged link typed the same way is explained, over the person's own draft.
    paste_into_address_bar(&share::fragment(&other)[..20]).await;
    assert!(text(&root, ".psc-notice.psc-error").contains("incomplete"), "{}", root.inner_html());
    assert_eq!(count(&root, ".psc-shared-banner"), 0);
    assert!(is_checked(&root, "#psc-mark-building_relationships-partnership"), "the draft is untouched");

    // A good link after a damaged one replaces the message with the results.
    paste_into_address_bar(&share::fragment(&other)).await;
    assert_eq!(count(&root, ".psc-notice.psc-error"), 0);
    assert!(text(&root, ".psc-label").contains("Fortress School"));
    set_fragment("");
    assert_no_panic();
}

#[wasm_bindgen_test]
async fn continuing_from_ones_own_file_brings_back_its_notes() {
    use partnership_selfcheck::core::file;
    let root = mount(Sections::default()).await;
    let notes = "Ask the front office what families ask first.";
    type_into(&root, "#psc-open-paste", &file::export(&sample_answers(), Some(notes))).await;
    click(&root, "#psc-open-pasted").await;
    assert!(text(&root, ".psc-shared-banner").contains("private notes"), "the file's notes are mentioned");
    click(&root, "#psc-shared-continue").await;
    click(&root, "#psc-goto-7").await;
    let box_text = find(&root, "#psc-notes").dyn_into::<web_sys::HtmlTextAreaElement>().unwrap().value();
    assert_eq!(box_text, notes, "continuing restores the notes");
    assert!(text(&root, "#psc-notes-count").starts_with(&notes.chars().count().to_string()));
    assert_no_panic();
}
