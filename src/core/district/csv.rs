//! The district CSV: one row per school × area of a round, with the area's
//! crosswalk to the PTA standards and Epstein's types, so the district can
//! report against the framework it uses.

use super::round::Round;
use crate::core::content::{self, Content, DEFAULT_LANGUAGE};
use crate::core::family::FamilyCounts;
use crate::core::model::{Area, Level};
use crate::core::team::{crosswalk_names, csv_text_label, push_csv_row, BYTE_ORDER_MARK, MIN_RESPONDENTS};

/// The families' seven cells of one area: empty without families.
fn family_cells(families: Option<&FamilyCounts>, area: Area) -> [String; 7] {
    let Some(families) = families else { return Default::default() };
    let [fortress, come, open, partnership] = Level::ALL.map(|level| families.at(area, level).to_string());
    [
        families.families.to_string(),
        families.most_common(area).map(|level| level.key().to_owned()).unwrap_or_default(),
        fortress,
        come,
        open,
        partnership,
        families.no_view(area).to_string(),
    ]
}

/// The header row. Column names are stable keys, the same in every
/// language, so files from several years stack by column; the last column
/// holds the area's title in the page's language for a person reading it.
pub const DISTRICT_CSV_HEADER: [&str; 22] = [
    "round",
    "school",
    "people",
    "few_people",
    "area",
    "middle_type",
    "fortress",
    "come_if_we_call",
    "open_door",
    "partnership",
    "not_sure",
    "unmarked",
    "families",
    "family_most_type",
    "family_fortress",
    "family_come_if_we_call",
    "family_open_door",
    "family_partnership",
    "family_no_view",
    "pta_standards",
    "epstein_types",
    "area_title",
];

/// The round as CSV (RFC 4180, CRLF line ends, UTF-8 after a byte order
/// mark): per school (by name) and area (instrument order), how many people
/// the school's link rests on, whether that is few (see
/// [`super::FEW_PEOPLE`]), the middle type's key (empty where nobody chose
/// a type), how many chose each type, "not sure" and nothing; then, when
/// the school's link carries families (`T3`, five families or more), how
/// many families, the type most of them describe (empty for none or a tie)
/// and how many chose each type or none, all empty for a link of staff
/// alone; and the area's crosswalk in the default language, as the team
/// CSV gives it.
pub fn district_csv(round: &Round, text: &Content) -> String {
    let mut out = String::from(BYTE_ORDER_MARK);
    push_csv_row(&mut out, &DISTRICT_CSV_HEADER.map(str::to_owned));
    let names = content::load(DEFAULT_LANGUAGE);
    let crosswalks = Area::ALL.map(|area| names.map(|names| crosswalk_names(names, area)).unwrap_or_default());
    let label = csv_text_label(&round.label);
    for school in round.schools() {
        let name = csv_text_label(&school.name);
        let people = school.counts.respondents();
        for area in Area::ALL {
            let counts = school.counts.area(area);
            let [pta, epstein] = crosswalks[area.index()].clone();
            let mut row = vec![
                label.clone(),
                name.clone(),
                people.to_string(),
                if people < super::FEW_PEOPLE { "yes" } else { "no" }.to_owned(),
                area.key().to_owned(),
                counts.median().map(|level| level.key().to_owned()).unwrap_or_default(),
            ];
            row.extend(Level::ALL.map(|level| counts.at(level).to_string()));
            row.extend([counts.not_sure().to_string(), counts.unmarked().to_string()]);
            row.extend(family_cells(school.families.as_ref().filter(|f| f.families >= u32::from(MIN_RESPONDENTS)), area));
            row.extend([pta, epstein]);
            row.push(text.instrument.areas[area].title.to_owned());
            push_csv_row(&mut out, &row);
        }
    }
    out
}
