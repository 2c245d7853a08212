//! Present: what every output reads of the validated [`Site`], in one
//! language: the views of records and pages (texts with their fallback
//! language, links, amounts, dates, charts), the site's URLs and page
//! table, Markdown bodies as sanitized HTML, the data page's catalogue and
//! the pages' structured data (JSON-LD). Render, search and export all
//! read the site through here and none of them through another; which
//! pages show which records ([`deps`]) is decided here too.
//!
//! [`Site`]: crate::validate::Site

pub mod charts;
pub mod data;
pub mod deps;
pub mod html;
pub mod jsonld;
pub mod markdown;
pub mod page;
pub mod urls;
pub mod view;
pub mod views;

pub use page::{Page, SECTION_PAGES, pages};
