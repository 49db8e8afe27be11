//! The pooled counts as a CSV file for a district's spreadsheet.

use super::counts::TeamCounts;
use super::practice_counts::PLAN_LEVELS;
use crate::core::content::family::family_text;
use crate::core::content::{self, Content, ToolsKey, DEFAULT_LANGUAGE};
use crate::core::family::{Agreement, FamilyBarrier, FamilyCounts, Item};
use crate::core::model::{Area, Barrier, Belief, Feasibility, Level, Likert, PracticeRef};

/// The header row of [`counts_csv`], in column order: `group`, `section`,
/// `item`, `value`, `count`, `pta_standards`, `epstein_types`, `text` in
/// English. The headings and the `text` column are in the page's language,
/// for the person who opens the file; the other columns' values are the
/// same in every language, so files stack by position whoever made them.
pub const CSV_HEADER: [ToolsKey; 8] = [
    ToolsKey::CsvGroup,
    ToolsKey::CsvSection,
    ToolsKey::CsvItem,
    ToolsKey::CsvValue,
    ToolsKey::CsvCount,
    ToolsKey::CsvPtaStandards,
    ToolsKey::CsvEpsteinTypes,
    ToolsKey::CsvText,
];

/// The UTF-8 byte order mark that starts the file.
pub const BYTE_ORDER_MARK: &str = "\u{feff}";

/// What separates the names in one crosswalk field: a spreadsheet's text
/// functions split on it, and no name holds it.
const NAME_SEPARATOR: &str = "; ";

/// The pooled counts as CSV (RFC 4180: comma-separated, CRLF line ends,
/// fields quoted when they hold a comma, quote or line break; UTF-8 after a
/// byte order mark), one count per row under the header ([`CSV_HEADER`]).
///
/// Every row names its count with the instrument's stable keys (area, level,
/// belief and barrier keys; belief points 1–5) rather than translated words,
/// so a district's spreadsheet keeps working whatever language the staff
/// used; the last column, `text`, says the same in the page's language (the
/// area's title, the belief, the barrier or the practice), for a person
/// reading the file. So that a school can report against the framework its
/// district uses, every `area` row also gives the area's crosswalk
/// (`core::content::crosswalk`): `pta_standards` and `epstein_types` hold
/// the names of the PTA standards and Epstein's types the area relates to,
/// in the frameworks' order, separated by `; `, in the default language for
/// the same reason as the keys. Other rows leave both empty.
///
/// `group` is the school's name from the page's `name=` setting (empty when
/// the page has none), repeated on every row so files from many schools can
/// simply be stacked and told apart. A name that a spreadsheet would read
/// as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return)
/// is prefixed with `'` so it stays text.
///
/// Sections and their `value` column:
/// - `respondents`: one row, value empty;
/// - `area`: the level keys, `not_sure`, `unmarked`;
/// - `belief_held`, `belief_practised`: `1`–`5`, `unanswered`;
/// - `belief_gap`: `answered_both` (count) and `gap_sum` (sum of held minus
///   practised, may be negative);
/// - `barrier`: `checked`;
/// - `practice`: one practice of a level that can be a next level up, as
///   `<area>/<level>/<position>` with `position` its 0-based place in the
///   rubric's cell, as in the results file's `ratings` and `priorities`;
///   values `doing` (checked it or rated it "already doing"), the ratings
///   `already_doing`, `easy`, `takes_time`, `hard` (from those whose next
///   level up it is), and `priority` (chose it as a priority). Every
///   practice the rubric lists in an area's Come-if-we-call, Open-Door and
///   Partnership cell has its six rows, and no other, so the file's shape
///   never depends on the answers; a team code of format 1 gives zeros there.
pub fn counts_csv(counts: &TeamCounts, group: &str, text: &Content) -> String {
    let group = csv_text_label(group);
    // A byte order mark first: without it, spreadsheets on Windows read the
    // file in the system's code page and garble the headings' accents.
    let mut out = String::from(BYTE_ORDER_MARK);
    push_row(&mut out, &CSV_HEADER.map(|key| text.tools(key).to_owned()));
    let names = content::load(DEFAULT_LANGUAGE);
    let mut row = |section: &str, item: &str, value: &str, count: String, words: &str| {
        let [pta, epstein] = match (section, Area::from_key(item), names) {
            ("area", Some(area), Some(names)) => crosswalk_names(names, area),
            _ => [String::new(), String::new()],
        };
        let fields = [group.clone(), section.to_owned(), item.to_owned(), value.to_owned(), count, pta, epstein, words.to_owned()];
        push_row(&mut out, &fields);
    };
    let n = counts.respondents();
    row("respondents", "", "", n.to_string(), "");
    for area in Area::ALL {
        let c = counts.area(area);
        let title = text.instrument.areas[area].title;
        for level in Level::ALL {
            row("area", area.key(), level.key(), c.at(level).to_string(), title);
        }
        row("area", area.key(), "not_sure", c.not_sure().to_string(), title);
        row("area", area.key(), "unmarked", c.unmarked().to_string(), title);
    }
    for belief in Belief::ALL {
        let c = counts.belief(belief);
        let statement = text.instrument.beliefs[belief].statement;
        for point in Likert::all() {
            row("belief_held", belief.key(), &point.value().to_string(), c.held(point).to_string(), statement);
        }
        row("belief_held", belief.key(), "unanswered", n.saturating_sub(c.held_answered()).to_string(), statement);
        for point in Likert::all() {
            row("belief_practised", belief.key(), &point.value().to_string(), c.practised(point).to_string(), statement);
        }
        let unanswered = n.saturating_sub(c.practised_answered()).to_string();
        row("belief_practised", belief.key(), "unanswered", unanswered, statement);
        row("belief_gap", belief.key(), "answered_both", c.gap_count().to_string(), statement);
        row("belief_gap", belief.key(), "gap_sum", c.gap_sum().to_string(), statement);
    }
    for barrier in Barrier::ALL {
        row("barrier", barrier.key(), "checked", counts.barrier(barrier).to_string(), text.instrument.barriers[barrier]);
    }
    for area in Area::ALL {
        for level in PLAN_LEVELS {
            // Only the practices the rubric lists: a cell may hold fewer
            // than the most a code has room for.
            for (position, words) in (0u8..).zip(text.practices(area, level)) {
                let Some(practice) = PracticeRef::new(level, position) else { continue };
                let c = counts.practice(area, practice);
                let item = format!("{}/{}/{}", area.key(), level.key(), position);
                row("practice", &item, "doing", c.doing().to_string(), words);
                for rating in Feasibility::ALL {
                    row("practice", &item, rating.key(), c.rated(rating).to_string(), words);
                }
                row("practice", &item, "priority", c.priority().to_string(), words);
            }
        }
    }
    out
}

/// [`counts_csv`] with the families' rows after the staff's, when enough
/// families are pooled to be shown (`families` is `None` otherwise, and
/// the file is the staff's alone). The families' sections, whose `item`
/// and `value` are stable keys like the staff's:
/// - `family_respondents`: one row, the number of families;
/// - `family_area`: per area, the level keys, `dont_know`, `unanswered`;
/// - `family_item`: per item (`core::family::Item::key`), `1`–`5` from
///   strongly disagree to strongly agree, and `unanswered`;
/// - `family_barrier`: per barrier (`core::family::FamilyBarrier::key`),
///   `checked`.
///
/// Their `text` is the area's title, the item's sentence or the barrier's
/// words in the page's language; the crosswalk columns stay empty.
pub fn counts_csv_with_families(counts: &TeamCounts, families: Option<&FamilyCounts>, group: &str, text: &Content) -> String {
    let mut out = counts_csv(counts, group, text);
    let Some(families) = families else { return out };
    let group = csv_text_label(group);
    let words = family_text(text.language);
    let mut row = |section: &str, item: &str, value: &str, count: u32, text: &str| {
        let fields = [
            group.clone(),
            section.to_owned(),
            item.to_owned(),
            value.to_owned(),
            count.to_string(),
            String::new(),
            String::new(),
            text.to_owned(),
        ];
        push_row(&mut out, &fields);
    };
    row("family_respondents", "", "", families.families, "");
    for area in Area::ALL {
        let title = text.instrument.areas[area].title;
        for level in Level::ALL {
            row("family_area", area.key(), level.key(), families.at(area, level), title);
        }
        row("family_area", area.key(), "dont_know", families.dont_know(area), title);
        row("family_area", area.key(), "unanswered", families.unanswered(area), title);
    }
    for item in Item::ALL {
        for point in Agreement::ALL {
            row("family_item", item.key(), &point.number().to_string(), families.item_at(item, point), words.item(item));
        }
        row("family_item", item.key(), "unanswered", families.item_unanswered(item), words.item(item));
    }
    let checked = families.barriers();
    for barrier in FamilyBarrier::ALL {
        let count = checked.iter().find(|(b, _)| *b == barrier).map_or(0, |(_, n)| *n);
        row("family_barrier", barrier.key(), "checked", count, words.barrier(barrier));
    }
    out
}

/// The names of the PTA standards and of Epstein's types an area relates
/// to, each list joined into one field.
pub fn crosswalk_names(names: &Content, area: Area) -> [String; 2] {
    let crosswalk = content::crosswalk(area);
    let pta: Vec<&str> = crosswalk.pta_standards.iter().map(|s| names.instrument.pta_standards[*s]).collect();
    let epstein: Vec<&str> = crosswalk.epstein_types.iter().map(|t| names.instrument.epstein_types[*t]).collect();
    [pta.join(NAME_SEPARATOR), epstein.join(NAME_SEPARATOR)]
}

/// A label as a CSV text field: one a spreadsheet would read as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or carriage return) is prefixed
/// with `'` so it stays text.
pub fn csv_text_label(label: &str) -> String {
    if label.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{label}")
    } else {
        label.to_owned()
    }
}

/// Writes one RFC 4180 row, quoting only the fields that need it.
pub fn push_row(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_they_need_it() {
        let mut out = String::new();
        push_row(&mut out, &["plain".to_owned(), "a,b".to_owned(), "say \"hi\"".to_owned()]);
        assert_eq!(out, "plain,\"a,b\",\"say \"\"hi\"\"\"\r\n");
    }

    #[test]
    fn area_rows_name_the_areas_crosswalk_and_other_rows_leave_it_empty() {
        let names = content::load(DEFAULT_LANGUAGE).expect("the default language is compiled in");
        assert_eq!(
            crosswalk_names(names, Area::SharingPower),
            ["Sharing power; Collaborating with community", "Decision making; Collaborating with community"]
        );
        assert_eq!(crosswalk_names(names, Area::LinkingToLearning), ["Supporting student success", "Learning at home"]);
        // Five people, all with the same marks: Open-Door, Fortress, not
        // sure, unmarked, Partnership.
        let counts = crate::core::team::test_support::counts_of(&[[3, 1, 9, 0, 4]; 5]);
        let csv = counts_csv(&counts, "g", content::default_content());
        assert!(csv.starts_with("\u{feff}group,section,item,value,count,pta_standards,epstein_types,text\r\n"), "{csv}");
        for row in [
            "g,area,building_relationships,open_door,5,Welcoming all families; Communicating effectively,Communicating; Volunteering,",
            "g,area,building_relationships,fortress,0,Welcoming all families; Communicating effectively,Communicating; Volunteering,",
            "g,area,addressing_differences,not_sure,5,Welcoming all families; Communicating effectively,Parenting; Communicating,",
            "g,area,supporting_advocacy,unmarked,5,Speaking up for every child,Communicating; Decision making,",
            "g,respondents,,,5,,,\r\n",
            "g,barrier,physical_safety,checked,0,,,",
        ] {
            assert!(csv.contains(&format!("\r\n{row}")), "missing row {row} in {csv}");
        }
    }

    #[test]
    fn a_label_a_spreadsheet_would_run_stays_text() {
        assert_eq!(csv_text_label("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_text_label("-1"), "'-1");
        assert_eq!(csv_text_label("Lincoln, fall"), "Lincoln, fall");
    }
}
