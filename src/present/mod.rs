//! Present: what every output reads of the validated [`Site`], in one
//! language: the views of records and pages (texts with their fallback
//! language, links, amounts, dates, charts), the site's URLs and page
//! table, Markdown bodies as sanitized HTML, the data page's catalogue and
//! the pages' structured data (JSON-LD). Render reads the site through
//! here; search and export use its views, URLs and Markdown too. Which
//! pages show which records is not written anywhere: the site notes what
//! each page reads while it renders ([`crate::validate::reads`]).
//!
//! [`Site`]: crate::validate::Site

pub mod charts;
pub mod data;
pub mod directory;
pub mod funding;
pub mod html;
pub mod jsonld;
pub mod markdown;
pub mod memo;
pub mod page;
pub mod urls;
pub mod view;
pub mod views;

pub use page::{Page, SECTION_PAGES, pages};
