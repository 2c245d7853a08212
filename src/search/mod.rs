//! Search: the per-language indexes of FORMAT.md, built from the validated
//! records at build time and written with the site.

pub mod normalize;
