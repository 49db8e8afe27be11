//! What every page's shell shares: starting and mounting a page, the
//! language switch and language files, the header and small widgets, the
//! readers of results files and pasted text, the copy field, and the
//! sentence that tells an area's outcome, and what the tools and district
//! pages keep in storage.

pub mod boot;
pub mod copy_field;
pub mod files;
pub mod language;
pub mod outcome;
pub mod storage;
pub mod widgets;
