//! The district page (many schools' team links side by side): a thin
//! binary of its own, so that neither the self-check's bundle nor the
//! tools page's carries it.

fn main() {
    #[cfg(target_arch = "wasm32")]
    partnership_selfcheck::app::start_district();
}
