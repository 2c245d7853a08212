//! Long dates ("14 juin 2023") and month-year labels ("juin 2023").
//!
//! Month names and patterns are from CLDR, gregorian calendar, format
//! context, wide width:
//!
//! * fr: unicode-org/cldr `common/main/fr.xml`; long `d MMMM y`, yMMMM `MMMM y`.
//! * ar-MA: unicode-org/cldr-json `cldr-dates-full/main/ar-MA/ca-gregorian.json`
//!   (the Maghreb names يناير … دجنبر, not the Levantine كانون الثاني …);
//!   long `d MMMM y`, yMMMM `MMMM y`.
//! * zgh: unicode-org/cldr `common/main/zgh.xml` (months ⵉⵏⵏⴰⵢⵔ … ⴷⵓⵊⴰⵏⴱⵉⵔ);
//!   long `d MMMM y`. Its yMMMM (`y MMMM`) is inherited from root, not a zgh
//!   decision, so for month-year we drop the day from the zgh long pattern:
//!   `MMMM y`, consistent with the long date shown next to it.
//!
//! Full dates ("vendredi 31 octobre 2025") add the weekday, format context,
//! wide width, by CLDR's full pattern: fr `EEEE d MMMM y`, ar `EEEE، d MMMM y`,
//! zgh `EEEE d MMMM y` (weekdays ⴰⵙⴰⵎⴰⵙ … ⴰⵙⵉⴹⵢⴰⵙ).
//!
//! The day has no leading zero; the year is written in full without grouping.
//! A language without data gets ISO 8601 (`2023-06-14`, `2023-06`).

use super::locale::Locale;
use jiff::civil::Date;

const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const AR_MA_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
];

const ZGH_MONTHS: [&str; 12] = [
    "ⵉⵏⵏⴰⵢⵔ",
    "ⴱⵕⴰⵢⵕ",
    "ⵎⴰⵕⵚ",
    "ⵉⴱⵔⵉⵔ",
    "ⵎⴰⵢⵢⵓ",
    "ⵢⵓⵏⵢⵓ",
    "ⵢⵓⵍⵢⵓⵣ",
    "ⵖⵓⵛⵜ",
    "ⵛⵓⵜⴰⵏⴱⵉⵔ",
    "ⴽⵜⵓⴱⵔ",
    "ⵏⵓⵡⴰⵏⴱⵉⵔ",
    "ⴷⵓⵊⴰⵏⴱⵉⵔ",
];

/// Weekdays from Sunday, CLDR format context, wide width.
const FR_DAYS: [&str; 7] = [
    "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
];
const AR_DAYS: [&str; 7] = [
    "الأحد",
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
];
const ZGH_DAYS: [&str; 7] = [
    "ⴰⵙⴰⵎⴰⵙ",
    "ⴰⵢⵏⴰⵙ",
    "ⴰⵙⵉⵏⴰⵙ",
    "ⴰⴽⵕⴰⵙ",
    "ⴰⴽⵡⴰⵙ",
    "ⴰⵙⵉⵎⵡⴰⵙ",
    "ⴰⵙⵉⴹⵢⴰⵙ",
];

/// A date with its weekday: fr `vendredi 31 octobre 2025`, ar
/// `الجمعة، 31 أكتوبر 2025`, zgh `ⴰⵙⵉⵎⵡⴰⵙ 31 ⴽⵜⵓⴱⵔ 2025`; ISO 8601 without data.
pub(crate) fn full(locale: Locale, date: Date) -> String {
    let day = usize::from(date.weekday().to_sunday_zero_offset().unsigned_abs());
    match locale {
        Locale::Fr => format!("{} {}", FR_DAYS[day], long(locale, date)),
        Locale::Ar => format!("{}، {}", AR_DAYS[day], long(locale, date)),
        Locale::Zgh => format!("{} {}", ZGH_DAYS[day], long(locale, date)),
        Locale::Root => long(locale, date),
    }
}

fn month_name(locale: Locale, date: Date) -> Option<&'static str> {
    let table = match locale {
        Locale::Fr => &FR_MONTHS,
        Locale::Ar => &AR_MA_MONTHS,
        Locale::Zgh => &ZGH_MONTHS,
        Locale::Root => return None,
    };
    let index = usize::try_from(date.month()).ok()?.checked_sub(1)?;
    table.get(index).copied()
}

pub(crate) fn long(locale: Locale, date: Date) -> String {
    // French typography writes the first of the month as an ordinal
    // ("1er juillet"), which CLDR's `d MMMM y` pattern does not do.
    let day = match (locale, date.day()) {
        (Locale::Fr, 1) => "1er".to_string(),
        (_, d) => d.to_string(),
    };
    match month_name(locale, date) {
        Some(month) => format!("{day} {} {}", month, date.year()),
        None => date.to_string(),
    }
}

pub(crate) fn month_year(locale: Locale, date: Date) -> String {
    match month_name(locale, date) {
        Some(month) => format!("{} {}", month, date.year()),
        None => format!("{:04}-{:02}", date.year(), date.month()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn long_dates() {
        let d = date(2023, 6, 14);
        assert_eq!(long(Locale::Fr, d), "14 juin 2023");
        assert_eq!(long(Locale::Ar, d), "14 يونيو 2023");
        assert_eq!(long(Locale::Zgh, d), "14 ⵢⵓⵏⵢⵓ 2023");
        assert_eq!(long(Locale::Root, d), "2023-06-14");
        assert_eq!(long(Locale::Fr, date(2024, 8, 1)), "1er août 2024");
        assert_eq!(long(Locale::Ar, date(2024, 8, 1)), "1 غشت 2024");
        assert_eq!(long(Locale::Ar, date(2024, 9, 5)), "5 شتنبر 2024");
        assert_eq!(long(Locale::Zgh, date(2025, 12, 31)), "31 ⴷⵓⵊⴰⵏⴱⵉⵔ 2025");
    }

    #[test]
    fn full_dates_have_the_weekday() {
        // 31 October 2025 was a Friday; 1 June 2025 a Sunday.
        let d = date(2025, 10, 31);
        assert_eq!(full(Locale::Fr, d), "vendredi 31 octobre 2025");
        assert_eq!(full(Locale::Ar, d), "الجمعة، 31 أكتوبر 2025");
        assert_eq!(full(Locale::Zgh, d), "ⴰⵙⵉⵎⵡⴰⵙ 31 ⴽⵜⵓⴱⵔ 2025");
        assert_eq!(full(Locale::Zgh, date(2025, 6, 1)), "ⴰⵙⴰⵎⴰⵙ 1 ⵢⵓⵏⵢⵓ 2025");
        assert_eq!(full(Locale::Zgh, date(2025, 6, 7)), "ⴰⵙⵉⴹⵢⴰⵙ 7 ⵢⵓⵏⵢⵓ 2025");
        assert_eq!(full(Locale::Fr, date(2025, 6, 1)), "dimanche 1er juin 2025");
        assert_eq!(full(Locale::Root, d), "2025-10-31");
    }

    #[test]
    fn month_years() {
        let d = date(2023, 6, 14);
        assert_eq!(month_year(Locale::Fr, d), "juin 2023");
        assert_eq!(month_year(Locale::Ar, date(2023, 8, 1)), "غشت 2023");
        assert_eq!(month_year(Locale::Zgh, date(2023, 1, 1)), "ⵉⵏⵏⴰⵢⵔ 2023");
        assert_eq!(month_year(Locale::Root, d), "2023-06");
    }
}
