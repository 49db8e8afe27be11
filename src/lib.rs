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

// Talc instead of Rust's default dlmalloc: about 1.5 KB smaller in every
// bundle and faster. The widget is single-threaded (no atomics target
// feature), which is what this allocator requires.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
