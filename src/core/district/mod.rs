//! The district's view: many schools' team links on one page, with no
//! server. The coordinator pastes team links (one per line, a forwarded
//! e-mail thread, a dropped file's text) into one of two rounds (school
//! years, for year over year); each link is a school, named by its link's
//! `name=` or by the coordinator. Individual results and family links are
//! refused with a plain reason, so no one person's answers reach the
//! district. Names and links stay on the coordinator's device: kept in
//! storage and in a downloadable workspace file.
//!
//! This module is the page's one state and pure reducer ([`State`],
//! [`Action`]); `links` reads pasted text, `round` holds one round's
//! schools, `views` derives what the page shows (the grid, the spread, the
//! gap, where support should go, year over year), `families` the families
//! beside staff that `T3` links carry, `workspace` is the file and what
//! storage keeps, and `csv` the district CSV.

mod csv;
mod families;
mod links;
mod round;
mod views;
mod workspace;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_families;

pub use csv::{district_csv, DISTRICT_CSV_HEADER};
pub use families::{
    district_families, family_moves, family_rows, Agreeing, AreaFamilies, DistrictFamilies, FamiliesShown, FamilyMove, FamilyRow,
    SchoolFamilies,
};
pub use links::{name_in, read_pasted, Found, Refused};
pub use round::{clean_text, name_key, Added, Round, School, MAX_LABEL_CHARS};
pub use views::{
    behind_in_most, far_along, gaps, grid, moves, quick_wins, spread, support, AreaGap, AreaMoves, AreaSpread, GridRow, Move, QuickWin,
    SchoolMove, SortBy, Support, FEW_PEOPLE, MIN_SCHOOLS,
};
pub use workspace::{
    read_workspace, workspace_file, Workspace, WorkspaceError, KEPT_VERSION, MAX_WORKSPACE_BYTES, WORKSPACE_FORMAT, WORKSPACE_VERSION,
};

use crate::core::config::MAX_NAME_CHARS;
use crate::core::tools::{Keep, StorageBlocked, Stored};

/// How many of the grid's rows are drawn at first: a district of a few
/// hundred schools is read and summed at once, and its grid drawn a page
/// at a time (the filter narrows it; "Show all" draws every row).
pub const GRID_ROWS: usize = 200;

/// How many schools' rows the families' table draws at first: it is read
/// beside the grid, and the grid's name filter finds any other school (or
/// "Show all" draws every row).
pub const FAMILY_ROWS: usize = 50;

/// How many rounds the page compares: last year's and this year's.
pub const ROUNDS: usize = 2;

/// The labels two new rounds start with; the coordinator may change them.
pub const DEFAULT_LABELS: [&str; ROUNDS] = ["2025–26", "2026–27"];

/// What one link of a paste did, for the page's log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogLine {
    /// A school new to the round.
    Added {
        /// The school.
        name: String,
    },
    /// The same link again: counted once.
    Same {
        /// The school.
        name: String,
    },
    /// A newer link for a school replaced its older one.
    Replaced {
        /// The school.
        name: String,
    },
    /// A team link without a name: the coordinator is asked for one.
    NeedsName {
        /// The line it was on.
        line: u32,
    },
    /// A link refused, and why.
    Refused {
        /// The line it was on.
        line: u32,
        /// Why.
        why: Refused,
    },
}

/// A team link waiting for the coordinator to name its school.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    /// The school's link, named once the coordinator types a name.
    pub school: School,
    /// The line it was on.
    pub line: u32,
    /// The name typed so far.
    pub typed: String,
}

/// What the page says after an action, beside the log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A workspace file was opened, replacing what was here.
    Opened,
    /// A workspace file, or what storage kept, could not be read.
    Unreadable(WorkspaceError),
    /// A name was typed that is empty.
    EmptyName,
    /// Everything was cleared.
    Cleared,
    /// Text was added that holds no link at all.
    NothingFound,
}

/// A change to the district page.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The paste box's text, not added yet.
    PasteBox(String),
    /// Adds the paste box's text to the chosen round and empties the box.
    AddPasteBox,
    /// Adds a dropped or chosen file's text to the chosen round.
    AddText(String),
    /// The name being typed for a waiting link.
    PendingTyped(usize, String),
    /// Names a waiting link's school with what was typed.
    NamePending(usize),
    /// Leaves a waiting link out.
    DropPending(usize),
    /// Chooses the round that pasted links go into.
    ChooseRound(usize),
    /// Renames a round.
    RoundLabel(usize, String),
    /// The district's name, for the brief and the file.
    DistrictName(String),
    /// Takes a school out of the chosen round.
    RemoveSchool(String),
    /// Sorts the grid.
    Sort(SortBy),
    /// Shows every row of a long grid, not only the first [`GRID_ROWS`].
    ShowAllRows,
    /// Filters the grid by name.
    Filter(String),
    /// A workspace file was read.
    OpenWorkspace(Result<Workspace, WorkspaceError>),
    /// Writing to storage failed; nothing more is tried this visit.
    StorageFailed,
    /// "Clear everything" was pressed: ask first.
    AskClear,
    /// The coordinator does not want to clear after all.
    CancelClear,
    /// Forgets every round and name on this device.
    Clear,
}

/// The whole state of the district page.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The district's name.
    pub district: String,
    /// The rounds, earlier first.
    pub rounds: [Round; ROUNDS],
    /// The round pasted links go into.
    pub current: usize,
    /// The paste box's text.
    pub paste_box: String,
    /// What the last paste did.
    pub log: Vec<LogLine>,
    /// Team links waiting for a name.
    pub pending: Vec<Pending>,
    /// How the grid is sorted.
    pub sort: SortBy,
    /// The grid's name filter.
    pub filter: String,
    /// Whether a grid longer than [`GRID_ROWS`] shows every row.
    pub all_rows: bool,
    /// What the page says beside the log.
    pub notice: Option<Notice>,
    /// Whether storage is out of reach, so nothing is kept between visits.
    pub storage_blocked: bool,
    /// Whether "Clear everything" is waiting for its confirmation.
    pub confirming_clear: bool,
    /// Whether storage held something unreadable, left as it is until the
    /// coordinator changes what the page holds.
    hold: bool,
    /// Counts the changes to what is kept, so the shell writes storage only
    /// after one (a thousand schools' workspace is not written again for
    /// every letter typed into the filter).
    revision: u64,
}

impl Default for State {
    fn default() -> Self {
        State {
            district: String::new(),
            rounds: DEFAULT_LABELS.map(Round::labelled),
            current: ROUNDS - 1,
            paste_box: String::new(),
            log: Vec::new(),
            pending: Vec::new(),
            sort: SortBy::Name,
            filter: String::new(),
            all_rows: false,
            notice: None,
            storage_blocked: false,
            confirming_clear: false,
            hold: false,
            revision: 0,
        }
    }
}

impl State {
    /// The page as it opens, with what storage kept.
    pub fn open(kept: Stored) -> State {
        match kept {
            Ok(Some(text)) => match workspace::read_kept(&text) {
                Ok(workspace) => State::default().with_workspace(workspace),
                Err(error) => State { notice: Some(Notice::Unreadable(error)), hold: true, ..State::default() },
            },
            Ok(None) => State::default(),
            Err(StorageBlocked) => State { storage_blocked: true, ..State::default() },
        }
    }

    /// The round pasted links go into.
    pub fn round(&self) -> &Round {
        &self.rounds[self.current.min(ROUNDS - 1)]
    }

    /// The state after `action`.
    pub fn reduce(mut self, action: Action) -> State {
        let revision = self.revision;
        let changes_data = !matches!(
            action,
            Action::PasteBox(_)
                | Action::Sort(_)
                | Action::Filter(_)
                | Action::ShowAllRows
                | Action::PendingTyped(..)
                | Action::AskClear
                | Action::CancelClear
        );
        self.confirming_clear = matches!(action, Action::AskClear);
        match action {
            Action::PasteBox(text) => self.paste_box = text,
            Action::AddPasteBox => {
                let text = std::mem::take(&mut self.paste_box);
                self.add_text(&text);
            }
            Action::AddText(text) => self.add_text(&text),
            Action::PendingTyped(index, typed) => {
                if let Some(pending) = self.pending.get_mut(index) {
                    pending.typed = typed;
                }
            }
            Action::NamePending(index) => self.name_pending(index),
            Action::DropPending(index) => {
                if index < self.pending.len() {
                    self.pending.remove(index);
                }
            }
            Action::ChooseRound(index) => self.current = index.min(ROUNDS - 1),
            Action::RoundLabel(index, label) => {
                if let Some(round) = self.rounds.get_mut(index) {
                    round.label = clean_text(&label, MAX_LABEL_CHARS);
                }
            }
            Action::DistrictName(name) => self.district = clean_text(&name, MAX_NAME_CHARS),
            Action::RemoveSchool(name) => {
                let current = self.current.min(ROUNDS - 1);
                self.rounds[current].remove(&name);
            }
            Action::Sort(sort) => self.sort = sort,
            Action::ShowAllRows => self.all_rows = true,
            Action::Filter(filter) => self.filter = filter,
            Action::OpenWorkspace(Ok(workspace)) => {
                self = State { storage_blocked: self.storage_blocked, ..State::default() }.with_workspace(workspace);
                self.notice = Some(Notice::Opened);
            }
            Action::OpenWorkspace(Err(error)) => self.notice = Some(Notice::Unreadable(error)),
            Action::StorageFailed => self.storage_blocked = true,
            Action::AskClear | Action::CancelClear => {}
            Action::Clear => {
                self = State { storage_blocked: self.storage_blocked, notice: Some(Notice::Cleared), ..State::default() };
            }
        }
        if changes_data {
            self.hold = false;
            self.revision = revision.wrapping_add(1);
        }
        self
    }

    /// Reads pasted text into the chosen round and logs what each link did.
    fn add_text(&mut self, text: &str) {
        let current = self.current.min(ROUNDS - 1);
        self.notice = None;
        self.log = read_pasted(text)
            .into_iter()
            .map(|found| match found {
                Found::Refused { line, why } => LogLine::Refused { line, why },
                Found::Team { line, code, name, read } => {
                    let named = name.map(|n| clean_text(&n, MAX_NAME_CHARS)).filter(|n| !n.is_empty());
                    if let Some(name) = named {
                        return self.add_school(current, School::new(name, code, *read));
                    }
                    // An unnamed link already in the round under a typed
                    // name is that school's.
                    match self.rounds[current].with_code(&code).map(|school| school.name.clone()) {
                        Some(name) => LogLine::Same { name },
                        None => {
                            if !self.pending.iter().any(|p| p.school.code == code) {
                                self.pending.push(Pending { school: School::new(String::new(), code, *read), line, typed: String::new() });
                            }
                            LogLine::NeedsName { line }
                        }
                    }
                }
            })
            .collect();
        if self.log.is_empty() && !text.trim().is_empty() {
            self.notice = Some(Notice::NothingFound);
        }
    }

    /// Adds one named school to a round, saying what it did.
    fn add_school(&mut self, round: usize, school: School) -> LogLine {
        let mut name = school.name.clone();
        let added = self.rounds[round].add(school);
        // The log names the school as the round keeps it.
        if let Some(kept) = self.rounds[round].school(&name) {
            name.clone_from(&kept.name);
        }
        match added {
            Added::New => LogLine::Added { name },
            Added::Same => LogLine::Same { name },
            Added::Replaced => LogLine::Replaced { name },
        }
    }

    /// Names a waiting link with what was typed, and adds it.
    fn name_pending(&mut self, index: usize) {
        let Some(pending) = self.pending.get(index) else { return };
        let name = clean_text(&pending.typed, MAX_NAME_CHARS);
        if name.is_empty() {
            self.notice = Some(Notice::EmptyName);
            return;
        }
        let mut pending = self.pending.remove(index);
        pending.school.name = name;
        let current = self.current.min(ROUNDS - 1);
        let line = self.add_school(current, pending.school);
        self.log = vec![line];
        self.notice = None;
    }

    /// This state with a workspace's district, rounds and schools.
    fn with_workspace(mut self, workspace: Workspace) -> State {
        self.district = workspace.district;
        self.rounds = workspace.rounds;
        self
    }

    /// The workspace this state holds, as the file and storage write it.
    pub fn workspace(&self) -> Workspace {
        Workspace { district: self.district.clone(), rounds: self.rounds.clone() }
    }

    /// A number that changes whenever [`State::to_keep`] may have changed.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// What to do with the storage key after a change.
    pub fn to_keep(&self) -> Keep {
        if self.storage_blocked || self.hold {
            Keep::Leave
        } else if self.district.is_empty() && self.rounds.iter().all(Round::is_empty) {
            Keep::Remove
        } else {
            Keep::Write(workspace::kept_text(&self.workspace()))
        }
    }
}
