//! The pooled counts as a CSV file for a district's spreadsheet.

use super::counts::TeamCounts;
use crate::core::model::{Area, Barrier, Belief, Level, Likert};


/// The header row of [`counts_csv`].
pub const CSV_HEADER: [&str; 5] = ["group", "section", "item", "value", "count"];

/// The pooled counts as CSV (RFC 4180: comma-separated, CRLF line ends,
/// fields quoted when they hold a comma, quote or line break), one count per
/// row under the header `group,section,item,value,count`.
///
/// Every row names its count with the instrument's stable keys (area, level,
/// belief and barrier keys; belief points 1–5) rather than translated words,
/// so a district's spreadsheet keeps working whatever language the staff
/// used. `group` is a free label such as the school and term; it is repeated
/// on every row so files from many schools can simply be stacked. A group
/// label that a spreadsheet would read as a formula (starting with `=`, `+`,
/// `-`, `@`, tab or carriage return) is prefixed with `'` so it stays text.
///
/// Sections and their `value` column:
/// - `respondents`: one row, value empty;
/// - `area`: the level keys, `not_sure`, `unmarked`;
/// - `belief_held`, `belief_practised`: `1`–`5`, `unanswered`;
/// - `belief_gap`: `answered_both` (count) and `gap_sum` (sum of held minus
///   practised, may be negative);
/// - `barrier`: `checked`.
pub fn counts_csv(counts: &TeamCounts, group: &str) -> String {
    let group = csv_text_label(group);
    let mut out = String::new();
    push_row(&mut out, &CSV_HEADER.map(str::to_owned));
    let mut row = |section: &str, item: &str, value: &str, count: String| {
        push_row(&mut out, &[group.clone(), section.to_owned(), item.to_owned(), value.to_owned(), count]);
    };
    let n = counts.respondents();
    row("respondents", "", "", n.to_string());
    for area in Area::ALL {
        let c = counts.area(area);
        for level in Level::ALL {
            row("area", area.key(), level.key(), c.at(level).to_string());
        }
        row("area", area.key(), "not_sure", c.not_sure().to_string());
        row("area", area.key(), "unmarked", c.unmarked().to_string());
    }
    for belief in Belief::ALL {
        let c = counts.belief(belief);
        for point in Likert::all() {
            row("belief_held", belief.key(), &point.value().to_string(), c.held(point).to_string());
        }
        row("belief_held", belief.key(), "unanswered", n.saturating_sub(c.held_answered()).to_string());
        for point in Likert::all() {
            row("belief_practised", belief.key(), &point.value().to_string(), c.practised(point).to_string());
        }
        row("belief_practised", belief.key(), "unanswered", n.saturating_sub(c.practised_answered()).to_string());
        row("belief_gap", belief.key(), "answered_both", c.gap_count().to_string());
        row("belief_gap", belief.key(), "gap_sum", c.gap_sum().to_string());
    }
    for barrier in Barrier::ALL {
        row("barrier", barrier.key(), "checked", counts.barrier(barrier).to_string());
    }
    out
}

fn csv_text_label(label: &str) -> String {
    if label.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{label}")
    } else {
        label.to_owned()
    }
}

fn push_row(out: &mut String, fields: &[String]) {
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
    fn a_label_a_spreadsheet_would_run_stays_text() {
        assert_eq!(csv_text_label("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_text_label("-1"), "'-1");
        assert_eq!(csv_text_label("Lincoln, fall"), "Lincoln, fall");
    }
}
