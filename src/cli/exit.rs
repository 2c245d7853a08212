//! What every command shares: its exit codes (SPEC.md: 0 success, 1
//! content errors, 2 usage or environment errors) and "today" from
//! `--now` or `SOURCE_DATE_EPOCH`.

use crate::messages::EditorLang;
use crate::model::date::Today;
use crate::msg;

pub(super) const EXIT_OK: i32 = 0;
pub(super) const EXIT_CONTENT: i32 = 1;
pub(super) const EXIT_USAGE: i32 = 2;

/// "Today" from `--now`, else `SOURCE_DATE_EPOCH`, else the clock; a bad
/// value is reported and exits with [`EXIT_USAGE`].
pub(super) fn today(now: Option<&str>, lang: EditorLang) -> Result<Today, i32> {
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    Today::resolve(now, epoch.as_deref()).map_err(|e| {
        eprintln!("{}", msg!("bad-now", reason = e).text(lang));
        EXIT_USAGE
    })
}
