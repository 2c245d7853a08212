//! nassij: a static-site generator for Morocco's association directory and
//! the transparency of the public programmes that support associations.
//!
//! Data flows one way, each stage owning one module and handing the next an
//! immutable value: [`load`] (files to typed records), [`validate`] (every
//! rule of the specification, producing the read-only [`validate::Site`]),
//! [`render`] (templates, interface strings and Markdown to pages),
//! [`output`] (an atomic swap of the output folder). [`cli`] is thin.

// A Diagnostic is the error value of per-file functions: it is returned once
// per faulty file, never in a hot loop, so boxing it would only add noise.
#![allow(clippy::result_large_err)]

pub mod build;
pub mod cli;
pub mod diagnostics;
pub mod export;
pub mod i18n;
pub mod load;
pub mod model;
pub mod output;
pub mod present;
pub mod render;
pub mod search;
pub mod serve;
pub mod validate;
