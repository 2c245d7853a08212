//! Search: the per-language indexes of FORMAT.md, built from the validated
//! records at build time and written with the site.

pub mod index;
pub mod normalize;
pub mod postings;
pub mod words;

pub use index::{LangIndex, build};
pub mod query;

#[cfg(test)]
mod tests;
