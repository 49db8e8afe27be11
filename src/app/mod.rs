//! The Yew shell: one folder per page (`selfcheck/`, `tools/`, `family/`, `district/`) and what the
//! pages share (`common/`). Components render the core's state and dispatch
//! its typed actions; no rule of the assessment lives here.
//!
//! A page's parts are private to its folder, so one page cannot reach into
//! another: the self-check's bundle links only its own views and the
//! common ones.

mod common;
pub mod district;
mod family;
pub mod selfcheck;
pub mod tools;

pub use common::language::LanguageProblem;
pub use common::widgets::Text;
pub use district::{start_district, DistrictApp, DistrictProps};
pub use family::start_family;
pub use selfcheck::{start, App, AppProps};
pub use tools::{start_tools, ToolsApp, ToolsProps};
