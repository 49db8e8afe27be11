//! Partnership Self-Check: a private, anonymous self-assessment of a school's
//! partnership with families, after *Beyond the Bake Sale*.
//!
//! `core` is the pure assessment model (tested natively); `app` and `browser`
//! are the thin WebAssembly shell around it.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
