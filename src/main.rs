//! The thin binary: mounts the widget. Everything else is in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    partnership_selfcheck::app::start();
}
