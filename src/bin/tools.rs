//! The facilitator's tools page (team summary, compare): a thin binary of
//! its own, so the self-check's bundle does not carry the tools.

fn main() {
    #[cfg(target_arch = "wasm32")]
    partnership_selfcheck::app::start_tools();
}
