//! The functional core: the assessment model with no browser imports.
//!
//! Nothing under `core` may use `yew`, `web_sys`, `gloo` or `js_sys`; it is
//! tested natively with `cargo test`.

mod codec;
pub mod config;
pub mod content;
pub mod district;
pub mod draft;
pub mod family;
pub mod file;
pub mod model;
pub mod next_steps;
pub mod order;
pub mod route;
pub mod scoring;
pub mod session;
pub mod share;
pub mod stored;
pub mod strict_json;
pub mod team;
pub mod team_plan;
pub mod tools;
