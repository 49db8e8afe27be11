//! One round of a district's team links (a school year, say "2025–26"):
//! each school's latest link, by name. A school's name is its identity
//! within a round, so a newer link for the same school replaces the older,
//! and the same link pasted twice counts once.

use std::collections::BTreeMap;

use crate::core::family::FamilyCounts;
use crate::core::team::{TeamCodeRead, TeamCounts};

/// The longest round label kept, in characters.
pub const MAX_LABEL_CHARS: usize = 40;

/// One school's team link within a round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct School {
    /// The school's name, as the link or the coordinator gave it.
    pub name: String,
    /// Its team code (`T2…`, or `T3…` with the families' counts).
    pub code: String,
    /// The staff's pooled counts the code carries.
    pub counts: TeamCounts,
    /// The families' pooled counts a `T3` code carries (always from five
    /// families or more); `None` for a link of staff alone.
    pub families: Option<FamilyCounts>,
}

impl School {
    /// A school named `name` whose link is `code`, read as `read`.
    pub fn new(name: String, code: String, read: TeamCodeRead) -> School {
        School { name, code, counts: read.counts, families: read.families }
    }
}

/// What adding one school's link to a round did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Added {
    /// A school new to the round.
    New,
    /// The very same link was already there: counted once.
    Same,
    /// The school had another link in the round; this newer one replaced it.
    Replaced,
}

/// One round's schools, ordered by their names' sort key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Round {
    /// What the coordinator calls the round.
    pub label: String,
    schools: BTreeMap<String, School>,
}

/// The key a name is matched and sorted by: trimmed, inner whitespace
/// collapsed, case ignored, so "Lincoln  Elementary" and "lincoln
/// elementary" are one school.
pub fn name_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// A name as kept: trimmed with inner whitespace collapsed and control
/// characters left out, at most `limit` characters.
pub fn clean_text(text: &str, limit: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.join(" ").chars().filter(|c| !c.is_control()).take(limit).collect()
}

impl Round {
    /// An empty round with a label.
    pub fn labelled(label: &str) -> Round {
        Round { label: clean_text(label, MAX_LABEL_CHARS), ..Round::default() }
    }

    /// Adds a school's link; the caller has cleaned the name and checked
    /// it is not empty. One map lookup, so a round of n links is read in
    /// n log n.
    pub fn add(&mut self, school: School) -> Added {
        let key = name_key(&school.name);
        match self.schools.get_mut(&key) {
            Some(kept) if kept.code == school.code => Added::Same,
            Some(kept) => {
                *kept = school;
                Added::Replaced
            }
            None => {
                self.schools.insert(key, school);
                Added::New
            }
        }
    }

    /// Takes a school out of the round; `false` when it was not there.
    pub fn remove(&mut self, name: &str) -> bool {
        self.schools.remove(&name_key(name)).is_some()
    }

    /// The school of that name, if the round has it.
    pub fn school(&self, name: &str) -> Option<&School> {
        self.schools.get(&name_key(name))
    }

    /// The schools, by name.
    pub fn schools(&self) -> impl ExactSizeIterator<Item = &School> + '_ {
        self.schools.values()
    }

    /// How many schools the round holds.
    pub fn len(&self) -> usize {
        self.schools.len()
    }

    /// Whether the round holds no school.
    pub fn is_empty(&self) -> bool {
        self.schools.is_empty()
    }

    /// The school whose link is exactly `code`, if any, for a link that
    /// carries no name: it is the school already named. (Two schools whose
    /// people answered alike have the same code, so a named link is matched
    /// by its name.) Looks through every school, which only unnamed links,
    /// rare and few, cost.
    pub fn with_code(&self, code: &str) -> Option<&School> {
        self.schools.values().find(|school| school.code == code)
    }
}
