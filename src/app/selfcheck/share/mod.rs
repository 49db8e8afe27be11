//! Sharing and opening the person's own results: the share link and the
//! JSON download, and the panel that opens a link, code or file (picker,
//! drag and drop, paste). The readers they use are in `common::files`,
//! which the tools page shares.

mod open_panel;
mod share_panel;

pub use open_panel::OpenPanel;
pub use share_panel::SharePanel;
