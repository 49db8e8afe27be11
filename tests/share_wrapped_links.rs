//! Checks that a share link wrapped by a mail client and quoted in a reply
//! still opens, at every place the wrap can fall, whether the person pastes
//! it into the paste box (line breaks kept) or into the browser's address bar
//! (line breaks turned into spaces or nothing, then percent-encoded).

// Native core tests; the browser suite is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use partnership_selfcheck::core::file::read_pasted;
use partnership_selfcheck::core::model::{Answers, Area, AssessmentId, BarrierSet, Belief, Level, Likert, Mark};
use partnership_selfcheck::core::route::Route;
use partnership_selfcheck::core::share::{self, decode, encode};
use proptest::prelude::*;

/// The ways a mail client marks a wrapped line of a quoted reply: the
/// common one, a reply to a reply written with and without a space, Windows
/// line ends, and a marker without a space (some clients write that).
const QUOTE_STYLES: [&str; 5] = ["\n> ", "\n>> ", "\n> > ", "\r\n> ", "\n>"];

/// Random answers: a random assessment id alone already makes the code body
/// random, and marks, beliefs and barriers vary the rest of the bits.
fn answers_strategy() -> impl Strategy<Value = Answers> {
    (0u64..(1 << 40), prop::array::uniform5(0u8..6), prop::array::uniform8(0u8..6), any::<u8>()).prop_map(
        |(id, marks, points, barriers)| {
            let mut answers = Answers::new(AssessmentId::new(id).expect("40-bit id"));
            for (area, mark) in Area::ALL.into_iter().zip(marks) {
                answers.area_mut(area).mark = match mark {
                    0 => None,
                    1 => Some(Mark::NotSure),
                    n => Level::from_number(n - 1).map(Mark::Level),
                };
            }
            for (belief, pair) in Belief::ALL.into_iter().zip(points.chunks(2)) {
                answers.belief_mut(belief).held = Likert::new(pair[0]);
                answers.belief_mut(belief).practised = Likert::new(pair[1]);
            }
            answers.barriers = BarrierSet::from_bits(barriers);
            answers
        },
    )
}

/// What Chromium's address bar makes of pasted text
/// (`OmniboxView::SanitizeTextForPaste`): whitespace at either end goes; an
/// inner run of whitespace that holds a line break becomes one space when the
/// text also has an inner run without a line break, and nothing otherwise;
/// every other run stays. We model it because the person's paste, not our
/// link, is what reaches `location.hash`.
fn address_bar_paste(text: &str) -> String {
    let mut runs: Vec<(bool, String)> = Vec::new();
    for c in text.trim().chars() {
        match runs.last_mut() {
            Some((space, run)) if *space == c.is_whitespace() => run.push(c),
            _ => runs.push((c.is_whitespace(), c.to_string())),
        }
    }
    let has_break = |run: &str| run.contains(['\n', '\r']);
    let plain_space = runs.iter().any(|(space, run)| *space && !has_break(run));
    let line_break = if plain_space { " " } else { "" };
    runs.iter().map(|(space, run)| if *space && has_break(run) { line_break } else { run }).collect()
}

/// The fragment as `location.hash` gives it (without `#`) for an address,
/// in the forms browsers and chat apps are known to produce: percent-encoded
/// with the URL standard's fragment percent-encode set (controls, space,
/// `"`, `<`, `>`, backtick, and non-ASCII), with only spaces encoded (older
/// browsers), not encoded at all, and encoded twice (a link re-encoded by a
/// chat app). `None` when the address has no `#`.
fn address_bar_fragments(address: &str) -> Option<[String; 4]> {
    let (_, fragment) = address.split_once('#')?;
    let encode = |in_set: &dyn Fn(char) -> bool| -> String {
        fragment
            .chars()
            .map(|c| {
                if in_set(c) {
                    let mut bytes = [0; 4];
                    c.encode_utf8(&mut bytes).bytes().map(|b| format!("%{b:02X}")).collect()
                } else {
                    c.to_string()
                }
            })
            .collect()
    };
    let standard = encode(&|c| c.is_control() || !c.is_ascii() || matches!(c, ' ' | '"' | '<' | '>' | '`'));
    let twice = standard.replace('%', "%25");
    Some([standard, encode(&|c| c == ' '), fragment.to_owned(), twice])
}

/// Every way to break `link` between two of its characters with `style`.
fn wrapped(link: &str, style: &str) -> Vec<String> {
    (1..link.len()).map(|at| format!("{}{style}{}", &link[..at], &link[at..])).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_wrapped_quoted_link_opens_wherever_it_is_pasted(answers in answers_strategy()) {
        let link = format!("https://selfcheck.example.org/lincoln/#{}", share::fragment(&answers));
        let code = encode(&answers);
        for style in QUOTE_STYLES {
            for text in wrapped(&link, style) {
                // The intro's "open results" panel, also with the first line
                // quoted as in a reply.
                for pasted in [text.clone(), format!("> {text}")] {
                    let opened = read_pasted(&pasted).map(|view| view.answers);
                    prop_assert_eq!(opened, Ok(answers.clone()), "paste box: {:?}", pasted);
                }
                // The team page's paste box reads the text line by line.
                let found = share::find_codes(&text).found;
                prop_assert_eq!(found.len(), 1, "team page: {:?} {:?}", text, found);
                prop_assert_eq!(&found[0].code, &code, "team page: {:?}", text);
                prop_assert_eq!(&found[0].decoded, &Ok(answers.clone()), "team page: {:?}", text);
                // The address bar: a break before the `#` changes only the
                // host or path (the fragment is then clean, or the browser
                // searches instead of loading the page at all).
                let address = address_bar_paste(&text);
                for fragment in address_bar_fragments(&address).into_iter().flatten() {
                    let Route::SharedResults(fragment) = Route::from_fragment(&fragment) else {
                        return Err(TestCaseError::fail(format!("not a results route: {fragment:?}")));
                    };
                    prop_assert_eq!(decode(fragment), Ok(answers.clone()), "address bar: {:?}", fragment);
                }
            }
        }
    }
}

#[test]
fn the_address_bar_model_matches_chromium() {
    // A line break next to a plain space becomes a space, and the fragment
    // percent-encodes the space and the quote marker.
    let address = address_bar_paste("  https://x.org/#r=P1ab\n> cd \n");
    assert_eq!(address, "https://x.org/#r=P1ab > cd");
    let fragments = address_bar_fragments(&address).expect("has a fragment");
    assert_eq!(fragments[0], "r=P1ab%20%3E%20cd");
    assert_eq!(fragments[1], "r=P1ab%20>%20cd");
    assert_eq!(fragments[3], "r=P1ab%2520%253E%2520cd");
    // Without any other plain whitespace, line breaks vanish.
    assert_eq!(address_bar_paste("https://x.org/#r=P1ab\n>cd"), "https://x.org/#r=P1ab>cd");
    assert_eq!(address_bar_paste("a\r\n\tb"), "ab");
}
