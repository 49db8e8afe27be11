//! The families' check-in page: a thin binary of its own, so that a family
//! loads neither the self-check nor the tools.

fn main() {
    #[cfg(target_arch = "wasm32")]
    partnership_selfcheck::app::start_family();
}
