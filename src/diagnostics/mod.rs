//! Diagnostics are values: every problem found in a user's files becomes a
//! [`Diagnostic`] with the file, the exact line and column, what is wrong and
//! how to fix it. They are collected across the whole run, sorted, and
//! rendered rustc-style by [`render`].
//!
//! Validation rules do not know line numbers: they point at a value by its key
//! path inside the record ([`Locus::Path`]), and [`resolve`] turns paths into
//! positions afterwards by re-reading only the files that have diagnostics.
//! The happy path therefore never pays for a span index.

pub mod codes;
mod diagnostic;
mod render;

pub use diagnostic::*;
pub use render::{json_item, render, render_github, render_gitlab, render_json};
