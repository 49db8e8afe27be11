//! The results file's own tests: the longest notes, the documented order,
//! the round trip of any answers, and pasted text.

use super::*;
use crate::core::model::{Area, AssessmentId, BarrierSet, Belief, Level, Likert, Mark, TickSet};
use proptest::prelude::*;

#[test]
fn the_longest_notes_the_widget_keeps_fit_a_file_it_reads_back() {
    // Every practice ticked, every belief answered, every barrier checked,
    // and notes of the longest kind in the costliest characters: control
    // characters that JSON writes as six-byte escapes, and four-byte
    // UTF-8.
    let mut answers = Answers::new(AssessmentId::from_random([0xff; 5]));
    for area in Area::ALL {
        let all = TickSet::from_bits(u16::MAX);
        *answers.area_mut(area) = crate::core::model::AreaAnswer { mark: Some(Mark::NotSure), ticks: all, ..Default::default() };
    }
    for belief in Belief::ALL {
        answers.belief_mut(belief).held = Likert::new(5);
        answers.belief_mut(belief).practised = Likert::new(5);
    }
    answers.barriers = BarrierSet::from_bits(u8::MAX);
    let limit = crate::core::session::MAX_NOTES_CHARS;
    for costly in ['\u{1}', '\u{1F600}'] {
        let notes: String = std::iter::repeat_n(costly, limit).collect();
        let text = export(&answers, Some(&notes));
        assert!(text.len() <= MAX_FILE_BYTES, "{} bytes with {costly:?}", text.len());
        let read = import(&text).expect("the widget reads back what it writes");
        assert_eq!(read.notes.as_deref(), Some(notes.as_str()));
    }
}

#[test]
fn fields_are_written_in_the_documented_order() {
    let text = export(&Answers::new(AssessmentId::from_random([9; 5])), Some("n"));
    let order = [
        "\"format\"",
        "\"version\"",
        "\"instrument_version\"",
        "\"assessment_id\"",
        "\"areas\"",
        "\"building_relationships\"",
        "\"sharing_power\"",
        "\"beliefs\"",
        "\"dreams_for_children\"",
        "\"staff_responsibility\"",
        "\"barriers\"",
        "\"notes\"",
    ];
    let at: Vec<Option<usize>> = order.iter().map(|key| text.find(key)).collect();
    assert!(at.iter().all(Option::is_some), "{text}");
    assert!(at.windows(2).all(|pair| pair[0] < pair[1]), "{text}");
}

#[test]
fn trailing_text_after_the_file_is_not_json() {
    let text = format!("{}x", export(&Answers::new(AssessmentId::from_random([1; 5])), None));
    assert!(matches!(import(&text), Err(FileError::NotJson { .. })));
}

/// Any answers the model can hold, with or without notes.
fn any_answers() -> impl Strategy<Value = (Answers, Option<String>)> {
    (
        0u64..(1 << AssessmentId::BITS),
        prop::collection::vec((0u16..=u16::MAX, 0u8..6), 5),
        prop::collection::vec((0u8..6, 0u8..6), 4),
        any::<u8>(),
        prop::option::of(any::<String>()),
    )
        .prop_map(|(id, areas, beliefs, barriers, notes)| {
            let mut answers = Answers::new(AssessmentId::new(id).unwrap_or(AssessmentId::from_random([0; 5])));
            for (area, (ticks, mark)) in Area::ALL.into_iter().zip(areas) {
                let answer = answers.area_mut(area);
                answer.ticks = TickSet::from_bits(ticks);
                answer.mark = match mark {
                    0 => None,
                    1 => Some(Mark::NotSure),
                    n => Level::from_number(n - 1).map(Mark::Level),
                };
            }
            for (belief, (held, practised)) in Belief::ALL.into_iter().zip(beliefs) {
                let answer = answers.belief_mut(belief);
                answer.held = Likert::new(held);
                answer.practised = Likert::new(practised);
            }
            answers.barriers = BarrierSet::from_bits(barriers);
            (answers, notes)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_answers_round_trip((answers, notes) in any_answers()) {
        let text = export(&answers, notes.as_deref());
        prop_assert_eq!(import(&text), Ok(Imported { answers, notes }));
    }
}

fn answers() -> Answers {
    let mut answers = Answers::new(AssessmentId::from_random([1, 2, 3, 4, 5]));
    answers.area_mut(Area::SharingPower).mark = Some(Mark::Level(Level::OpenDoor));
    answers
}

#[test]
fn a_results_file_opens_as_a_file_even_after_a_bom_and_blank_lines() {
    for (text, notes) in
        [(export(&answers(), None), None), (format!("\u{feff}\n  \t{}", export(&answers(), Some("n"))), Some("n".to_owned()))]
    {
        assert_eq!(read_pasted(&text), Ok(SharedView { answers: answers(), source: Source::File, notes }));
    }
}

#[test]
fn a_link_or_code_opens_as_a_link() {
    let code = share::encode(&answers());
    for text in [code.clone(), format!("  https://example.org/page#{}", share::fragment(&answers()))] {
        assert_eq!(read_pasted(&text), Ok(SharedView { answers: answers(), source: Source::Link, notes: None }), "{text}");
    }
}

#[test]
fn each_reader_reports_its_own_error() {
    assert!(matches!(read_pasted(" {\"format\": 1}"), Err(PastedError::File(FileError::UnknownFormat))));
    assert!(matches!(read_pasted("{"), Err(PastedError::File(FileError::NotJson { .. }))));
    assert!(matches!(read_pasted("hello"), Err(PastedError::Link(_))));
    // JSON that is not an object is not a results file, and no code.
    assert!(matches!(read_pasted("[1]"), Err(PastedError::Link(_))));
    assert!(matches!(read_pasted(""), Err(PastedError::Link(_))));
}
