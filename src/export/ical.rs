//! `/{lang}/offers/deadlines.ics`: one event per offer deadline (RFC 5545),
//! in Africa/Casablanca time with a VTIMEZONE written from the time-zone
//! database bundled in the binary (which knows Morocco's return to UTC+0 in
//! 2026), CRLF line ends, lines folded at 75 octets. DTSTAMP comes from the
//! content (the offer's `updated` or publication date), never the clock.

use crate::i18n::Localizer;
use crate::model::Kind;
use crate::model::date::{Date, SITE_TIME_ZONE, site_time_zone};
use crate::model::lang::Lang;
use crate::present::views::View;
use crate::validate::Site;
use jiff::civil;
use jiff::tz::{Offset, TimeZone};

/// A content line folded at 75 octets (never inside a UTF-8 character),
/// each line ended with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

/// A TEXT value escaped (backslash, semicolon, comma, line breaks).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if (c as u32) < 0x20 && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

fn local(dt: civil::DateTime) -> String {
    dt.strftime("%Y%m%dT%H%M%S").to_string()
}

fn offset(o: Offset) -> String {
    let secs = o.seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    let secs = secs.unsigned_abs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if s == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{s:02}")
    }
}

/// The VTIMEZONE of `tz` from the start of year `from` to the end of year
/// `to`: the offset in force at the start, then every transition, each as
/// its own observance (no RRULE: Morocco's changes follow Ramadan).
pub fn vtimezone(tz: &TimeZone, tzid: &str, from: i16, to: i16) -> Vec<String> {
    let start = civil::date(from, 1, 1)
        .at(0, 0, 0, 0)
        .to_zoned(tz.clone())
        .map(|z| z.timestamp())
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let end = civil::date(to, 12, 31)
        .at(23, 59, 59, 0)
        .to_zoned(tz.clone())
        .map(|z| z.timestamp())
        .unwrap_or(jiff::Timestamp::MAX);
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{tzid}")];
    let info = tz.to_offset_info(start);
    let first_kind = if info.dst().is_dst() {
        "DAYLIGHT"
    } else {
        "STANDARD"
    };
    let mut prev = info.offset();
    lines.extend([
        format!("BEGIN:{first_kind}"),
        format!("DTSTART:{}", local(prev.to_datetime(start))),
        format!("TZOFFSETFROM:{}", offset(prev)),
        format!("TZOFFSETTO:{}", offset(prev)),
        format!("TZNAME:{}", info.abbreviation()),
        format!("END:{first_kind}"),
    ]);
    for t in tz.following(start) {
        if t.timestamp() > end {
            break;
        }
        let kind = if t.dst().is_dst() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        lines.extend([
            format!("BEGIN:{kind}"),
            // The onset in the local time in force before the transition.
            format!("DTSTART:{}", local(prev.to_datetime(t.timestamp()))),
            format!("TZOFFSETFROM:{}", offset(prev)),
            format!("TZOFFSETTO:{}", offset(t.offset())),
            format!("TZNAME:{}", t.abbreviation()),
            format!("END:{kind}"),
        ]);
        prev = t.offset();
    }
    lines.push("END:VTIMEZONE".to_string());
    lines
}

fn utc_stamp(d: Date) -> String {
    format!("{}T000000Z", d.0.strftime("%Y%m%d"))
}

/// The calendar of offer deadlines in one language.
pub fn deadlines(site: &Site, i18n: &Localizer, lang: Lang) -> String {
    let v = View::new(site, lang, i18n);
    let base = site.config.base_url();
    let host = url::Url::parse(base)
        .ok()
        .and_then(|u| u.host_str().map(String::from))
        .unwrap_or_else(|| "nassij".into());
    let tz = site_time_zone();
    let years = site.offers.iter().map(|o| o.data.closes.date().year());
    let (from, to) = years.fold((i16::MAX, i16::MIN), |(a, b), y| (a.min(y), b.max(y)));
    let (from, to) = if from > to {
        let y = site.today.date().year();
        (y, y)
    } else {
        (from - 1, to + 1)
    };
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!(
            "PRODID:-//nassij//offer deadlines//{}",
            lang.as_str().to_uppercase()
        ),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!(
            "X-WR-CALNAME:{}",
            escape_text(&v.msg("data-calendar-title", &[]))
        ),
        format!("X-WR-TIMEZONE:{SITE_TIME_ZONE}"),
    ];
    lines.extend(vtimezone(&tz, SITE_TIME_ZONE, from, to));
    let mut order: Vec<usize> = (0..site.offers.len()).collect();
    order.sort_by(|a, b| site.offers[*a].slug.cmp(&site.offers[*b].slug));
    for i in order {
        let r = &site.offers[i];
        let o = &r.data;
        let title = v.tx(&o.title).text;
        let url = format!("{base}{}", v.url(Kind::Offers, r.slug.as_str()));
        let issuer = v.link(Kind::Institutions, o.issuer.as_str()).text.text;
        let stamp = o.updated.unwrap_or(o.published).max(o.published);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:offer-{}-deadline@{host}", r.slug),
            format!("DTSTAMP:{}", utc_stamp(stamp)),
            format!("LAST-MODIFIED:{}", utc_stamp(stamp)),
            // A whole-day deadline is the last minute of the day (the
            // offer is open until 23:59:59); the event has no duration.
            format!(
                "DTSTART;TZID={SITE_TIME_ZONE}:{}",
                local(o.closes.last_moment())
            ),
            format!(
                "SUMMARY:{}",
                escape_text(&v.msg("data-calendar-event", &[("title", &title)]))
            ),
            format!("DESCRIPTION:{}", escape_text(&format!("{issuer}\n{url}"))),
            format!("URL:{url}"),
            format!("CATEGORIES:{}", o.kind.as_str()),
            "STATUS:CONFIRMED".to_string(),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_never_splits_a_character_and_keeps_75_octets() {
        let line = format!("SUMMARY:{}", "ⵜⴰⵎⵓⵏⵜ جمعية ".repeat(12));
        let folded = fold(&line);
        assert!(folded.ends_with("\r\n"));
        for (n, l) in folded.trim_end_matches("\r\n").split("\r\n").enumerate() {
            assert!(l.len() <= 75, "line {n} has {} octets", l.len());
            if n > 0 {
                assert!(l.starts_with(' '));
            }
        }
        // Unfolding gives the line back.
        assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), line);
        assert_eq!(fold("SHORT:x"), "SHORT:x\r\n");
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape_text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }

    #[test]
    fn vtimezone_follows_the_bundled_database_with_the_2026_change() {
        let tz = site_time_zone();
        let lines = vtimezone(&tz, SITE_TIME_ZONE, 2026, 2027);
        let last_to = lines
            .iter()
            .rev()
            .find(|l| l.starts_with("TZOFFSETTO:"))
            .unwrap();
        assert_eq!(last_to, "TZOFFSETTO:+0000");
        assert!(lines.contains(&"TZOFFSETFROM:+0100".to_string()));
    }
}
