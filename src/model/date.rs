//! Dates and deadlines. Dates are `YYYY-MM-DD`; a deadline may carry a time,
//! `YYYY-MM-DDTHH:MM`, in Africa/Casablanca local time. "Today" is an input
//! of the build (`--now` or `SOURCE_DATE_EPOCH`), never read from the clock
//! in the middle of rendering, so builds are reproducible.

use crate::messages::Msg;
use crate::msg;
use jiff::civil;
use jiff::tz::TimeZone;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

pub(crate) const SITE_TIME_ZONE: &str = "Africa/Casablanca";

/// The site's time zone from the time-zone database bundled in the binary
/// (the system's zoneinfo may predate Morocco's 2026 change).
pub fn site_time_zone() -> TimeZone {
    static TZ: std::sync::OnceLock<TimeZone> = std::sync::OnceLock::new();
    TZ.get_or_init(|| {
        jiff::tz::TimeZoneDatabase::bundled()
            .get(SITE_TIME_ZONE)
            .unwrap_or(TimeZone::UTC)
    })
    .clone()
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub civil::Date);

impl Date {
    /// Parses `YYYY-MM-DD`; the error says what to write instead (the ISO
    /// form of a date written day first or with a month name).
    pub(crate) fn parse(s: &str) -> Result<Date, Msg> {
        let s = s.trim();
        if s.is_empty() {
            return Err(Msg::plain("date-empty"));
        }
        let ok_shape = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
        if !ok_shape {
            return Err(match iso_of(s) {
                Some(iso) => msg!("date-other-form", value = s, iso = iso),
                None => msg!("date-invalid", value = s),
            });
        }
        s.parse::<civil::Date>()
            .map(Date)
            .map_err(|_| msg!("date-no-such-day", value = s))
    }

    pub(crate) fn year(self) -> i16 {
        self.0.year()
    }
}

/// The ISO form of a date written another common way, day first as in
/// Morocco: `14/06/2023`, `14-06-2023`, `14.06.2023`, `14 juin 2023`,
/// `1er juin 2023`, `14 يونيو 2023` (Moroccan or Middle-Eastern month
/// names; Arabic-Indic digits too). `None` when it is not such a date.
fn iso_of(s: &str) -> Option<String> {
    const FR: [&[&str]; 12] = [
        &["janvier", "janv"],
        &["février", "fevrier", "févr", "fevr"],
        &["mars"],
        &["avril", "avr"],
        &["mai"],
        &["juin"],
        &["juillet", "juil"],
        &["août", "aout"],
        &["septembre", "sept"],
        &["octobre", "oct"],
        &["novembre", "nov"],
        &["décembre", "decembre", "déc", "dec"],
    ];
    const AR: [&[&str]; 12] = [
        &["يناير", "كانون الثاني"],
        &["فبراير", "شباط"],
        &["مارس", "آذار"],
        &["أبريل", "ابريل", "نيسان"],
        &["ماي", "مايو", "أيار"],
        &["يونيو", "يونيه", "حزيران"],
        &["يوليوز", "يوليو", "تموز"],
        &["غشت", "أغسطس", "اغسطس", "آب"],
        &["شتنبر", "سبتمبر", "أيلول"],
        &["أكتوبر", "اكتوبر", "تشرين الأول"],
        &["نونبر", "نوفمبر", "تشرين الثاني"],
        &["دجنبر", "ديسمبر", "كانون الأول"],
    ];
    // Arabic-Indic and Eastern Arabic-Indic digits as ASCII digits.
    let s: String = s
        .trim()
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            _ => c,
        })
        .collect();
    let number = |t: &str| t.parse::<i16>().ok();
    let (day, month, year) = if let Some(parts) = [' ', '/', '-', '.']
        .iter()
        .map(|sep| s.split(*sep).filter(|p| !p.is_empty()).collect::<Vec<_>>())
        .find(|p| p.len() == 3 && p.iter().all(|x| x.chars().all(|c| c.is_ascii_digit())))
    {
        (number(parts[0])?, number(parts[1])?, number(parts[2])?)
    } else {
        // `14 juin 2023`, `1er juin 2023`, `14 يونيو 2023`, `14 كانون الثاني 2023`
        let mut words = s.split_whitespace();
        let first = words.next()?;
        let day = number(first.trim_end_matches("er"))?;
        let rest: Vec<&str> = words.collect();
        let (year, name) = rest.split_last()?;
        let name = name.join(" ").to_lowercase();
        let name = name.trim_end_matches('.');
        let month = FR
            .iter()
            .chain(AR.iter())
            .position(|names| names.contains(&name))
            .map(|i| (i % 12) as i16 + 1)?;
        (day, month, number(year)?)
    };
    if !(1000..=9999).contains(&year) {
        return None;
    }
    let date = civil::Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
    Some(date.to_string())
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).map_err(|m| E::custom(m.encode()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Date, E> {
                Err(E::custom(
                    msg!("date-invalid", value = v.to_string()).encode(),
                ))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Date, E> {
                self.visit_i64(v as i64)
            }
        }
        d.deserialize_str(V)
    }
}

/// An offer's closing moment: a whole day (open until the end of that day)
/// or a precise local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    /// Open until the end of this day (`YYYY-MM-DD`).
    Day(Date),
    /// Open until this local time (`YYYY-MM-DDTHH:MM`).
    At(civil::DateTime),
}

impl Deadline {
    pub(crate) fn date(self) -> Date {
        match self {
            Deadline::Day(d) => d,
            Deadline::At(dt) => Date(dt.date()),
        }
    }

    /// The last local moment at which the offer is still open.
    pub fn last_moment(self) -> civil::DateTime {
        match self {
            Deadline::Day(d) => d.0.at(23, 59, 59, 0),
            Deadline::At(dt) => dt,
        }
    }

    pub(crate) fn time(self) -> Option<civil::Time> {
        match self {
            Deadline::Day(_) => None,
            Deadline::At(dt) => Some(dt.time()),
        }
    }
}

impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Deadline::Day(d) => write!(f, "{d}"),
            Deadline::At(dt) => write!(f, "{}T{:02}:{:02}", dt.date(), dt.hour(), dt.minute()),
        }
    }
}

impl Serialize for Deadline {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Deadline {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Deadline;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date YYYY-MM-DD or a local date-time YYYY-MM-DDTHH:MM")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Deadline, E> {
                let v = v.trim();
                if v.len() == 10 || v.is_empty() {
                    return Date::parse(v)
                        .map(Deadline::Day)
                        .map_err(|m| E::custom(m.encode()));
                }
                let bad = || E::custom(msg!("date-time-invalid", value = v).encode());
                let (date, time) = v.split_once(['T', ' ']).ok_or_else(bad)?;
                let date = Date::parse(date).map_err(|m| E::custom(m.encode()))?;
                let (h, m) = time.split_once(':').ok_or_else(bad)?;
                if h.len() != 2 || m.len() != 2 {
                    return Err(bad());
                }
                let h: i8 = h.parse().map_err(|_| bad())?;
                let m: i8 = m.parse().map_err(|_| bad())?;
                let time = civil::Time::new(h, m, 0, 0).map_err(|_| bad())?;
                Ok(Deadline::At(date.0.to_datetime(time)))
            }
        }
        d.deserialize_str(V)
    }
}

/// "Now" for a build: a moment, seen in the site's time zone.
#[derive(Debug, Clone)]
pub struct Today {
    now: jiff::Zoned,
}

impl Today {
    /// From `--now` (a date, a local date-time, or an RFC 3339 instant), else
    /// `SOURCE_DATE_EPOCH`, else the clock. The error is put into words in
    /// the editor's language (`src/messages/*/cli.ftl`).
    pub fn resolve(
        now: Option<&str>,
        source_date_epoch: Option<&str>,
    ) -> Result<Today, crate::messages::Msg> {
        use crate::msg;
        let tz = site_time_zone();
        if let Some(s) = now {
            let s = s.trim();
            if let Ok(ts) = s.parse::<jiff::Timestamp>() {
                return Ok(Today {
                    now: ts.to_zoned(tz),
                });
            }
            let out_of_range =
                |e: jiff::Error| msg!("now-out-of-range", value = s, reason = e.to_string());
            if let Ok(dt) = s.parse::<civil::DateTime>() {
                return dt
                    .to_zoned(tz)
                    .map(|now| Today { now })
                    .map_err(out_of_range);
            }
            if let Ok(d) = s.parse::<civil::Date>() {
                return d
                    .to_zoned(tz)
                    .map(|now| Today { now })
                    .map_err(out_of_range);
            }
            return Err(msg!("now-not-a-date", value = s));
        }
        if let Some(s) = source_date_epoch {
            let secs: i64 = s
                .trim()
                .parse()
                .map_err(|_| msg!("epoch-not-a-number", value = s))?;
            let ts = jiff::Timestamp::from_second(secs)
                .map_err(|e| msg!("epoch-out-of-range", value = s, reason = e.to_string()))?;
            return Ok(Today {
                now: ts.to_zoned(tz),
            });
        }
        Ok(Today {
            now: jiff::Timestamp::now().to_zoned(tz),
        })
    }

    pub(crate) fn date(&self) -> Date {
        Date(self.now.date())
    }

    fn datetime(&self) -> civil::DateTime {
        self.now.datetime()
    }
}

/// An offer's status at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OfferStatus {
    /// Applications are accepted.
    Open,
    /// The opening day has not come yet.
    Upcoming,
    /// The deadline has passed.
    Closed,
}

impl OfferStatus {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            OfferStatus::Open => "open",
            OfferStatus::Upcoming => "upcoming",
            OfferStatus::Closed => "closed",
        }
    }
}

/// Upcoming before the opening day, open from the start of the opening day
/// to the deadline (inclusive), closed after; all in Casablanca local time.
pub fn offer_status(opens: Date, closes: Deadline, today: &Today) -> OfferStatus {
    let now = today.datetime();
    if now < opens.0.at(0, 0, 0, 0) {
        OfferStatus::Upcoming
    } else if now <= closes.last_moment() {
        OfferStatus::Open
    } else {
        OfferStatus::Closed
    }
}

/// Whole days from today to the deadline's day (0 on the closing day).
pub fn days_left(closes: Deadline, today: &Today) -> i64 {
    let from = today.date().0;
    let to = closes.date().0;
    (to - from).get_days() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_written_another_way_get_their_iso_form() {
        for (written, iso) in [
            ("14/06/2023", "2023-06-14"),
            ("14-06-2023", "2023-06-14"),
            ("14.06.2023", "2023-06-14"),
            ("4/6/2023", "2023-06-04"),
            ("14 juin 2023", "2023-06-14"),
            ("1er juin 2023", "2023-06-01"),
            ("14 Février 2023", "2023-02-14"),
            ("14 يونيو 2023", "2023-06-14"),
            ("14 شتنبر 2023", "2023-09-14"),
            ("١٤ يونيو ٢٠٢٣", "2023-06-14"),
        ] {
            assert_eq!(iso_of(written).as_deref(), Some(iso), "{written}");
            assert!(
                Date::parse(written).unwrap_err().en().contains(iso),
                "{written}"
            );
        }
        for nonsense in [
            "31/02/2023",
            "2023",
            "14 juinn 2023",
            "next week",
            "14/06/23",
        ] {
            assert_eq!(iso_of(nonsense), None, "{nonsense}");
        }
    }

    fn today(s: &str) -> Today {
        Today::resolve(Some(s), None).unwrap()
    }

    #[test]
    fn dates_are_strict() {
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(
            Date::parse("2023-02-29")
                .unwrap_err()
                .en()
                .contains("no such day")
        );
        assert!(
            Date::parse("14/06/2023")
                .unwrap_err()
                .en()
                .contains("write `2023-06-14`")
        );
        assert!(
            Date::parse("next week")
                .unwrap_err()
                .en()
                .contains("YYYY-MM-DD")
        );
    }

    #[test]
    fn offer_status_follows_casablanca_local_time() {
        let opens = Date::parse("2026-03-01").unwrap();
        let closes = Deadline::At(civil::date(2026, 3, 31).at(12, 0, 0, 0));
        assert_eq!(
            offer_status(opens, closes, &today("2026-02-28T23:59")),
            OfferStatus::Upcoming
        );
        assert_eq!(
            offer_status(opens, closes, &today("2026-03-01")),
            OfferStatus::Open
        );
        assert_eq!(
            offer_status(opens, closes, &today("2026-03-31T12:00")),
            OfferStatus::Open
        );
        assert_eq!(
            offer_status(opens, closes, &today("2026-03-31T12:01")),
            OfferStatus::Closed
        );
        let whole_day = Deadline::Day(Date::parse("2026-03-31").unwrap());
        assert_eq!(
            offer_status(opens, whole_day, &today("2026-03-31T23:30")),
            OfferStatus::Open
        );
    }

    #[test]
    fn an_instant_is_read_in_casablanca_time_with_the_2026_change() {
        // In 2025 Morocco kept UTC+1 outside Ramadan: 23:30 UTC is already
        // the next day in Casablanca.
        assert_eq!(
            today("2025-10-31T23:30:00Z").date().to_string(),
            "2025-11-01"
        );
        // The bundled database (2026f or later) knows that Morocco went back
        // to UTC+0 in 2026: the same hour is still the same day. A system
        // zoneinfo from before the change would say 2026-11-01.
        let t = today("2026-10-31T23:30:00Z");
        assert_eq!(t.date().to_string(), "2026-10-31");
        let closes = Deadline::Day(Date::parse("2026-10-31").unwrap());
        assert_eq!(
            offer_status(Date::parse("2026-10-01").unwrap(), closes, &t),
            OfferStatus::Open
        );
    }

    #[test]
    fn source_date_epoch_is_honoured() {
        let t = Today::resolve(None, Some("1700000000")).unwrap();
        assert_eq!(t.date().to_string(), "2023-11-14");
    }

    #[test]
    fn the_bundled_database_knows_casablanca() {
        assert_ne!(site_time_zone(), TimeZone::UTC);
    }
}
