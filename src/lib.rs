//! nassij: a static-site generator for Morocco's association directory and
//! the transparency of the public programmes that support associations.
//!
//! Data flows one way, each stage owning one module and handing the next an
//! immutable value: [`load`] (files to typed records), [`validate`] (every
//! content rule, producing the read-only [`validate::Site`]), [`present`]
//! (what every output reads of it, in one language), [`render`], [`search`]
//! and [`export`] (pages, search indexes, open data), [`build`] (the one
//! place that assembles a site's outputs), [`output`] (an atomic swap of
//! the output folder); [`serve`] and [`cli`] sit on top. ARCHITECTURE.md at
//! the repository's root describes the stages and their invariants.

// A Diagnostic is the error value of per-file functions: it is returned once
// per faulty file, never in a hot loop, so boxing it would only add noise.
#![allow(clippy::result_large_err)]

pub mod build;
mod builtin;
pub mod cli;
pub mod diagnostics;
pub mod export;
pub mod i18n;
pub mod init;
pub mod load;
pub mod messages;
pub mod model;
pub mod output;
pub mod present;
pub mod render;
pub mod search;
pub mod serve;
pub mod validate;
