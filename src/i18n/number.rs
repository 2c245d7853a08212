//! Decimal number formatting per language (Latin digits everywhere).
//!
//! Separators come from CLDR (unicode-org/cldr, `common/main/*.xml`, and the
//! generated unicode-org/cldr-json `cldr-numbers-full/main/*/numbers.json`),
//! `symbols-numberSystem-latn` and `minimumGroupingDigits`:
//!
//! | locale | decimal | group            | min. grouping digits | source |
//! |--------|---------|------------------|----------------------|--------|
//! | ar-MA  | `,`     | `.`              | 1 | `ar-MA/numbers.json` (defaultNumberingSystem `latn`) |
//! | fr     | `,`     | U+202F (narrow no-break space) | 1 | `fr.xml` (since CLDR 34) |
//! | zgh    | `,`     | U+00A0 (no-break space) | 1 | `zgh.xml` |
//! | other  | `.`     | `,`              | 1 | CLDR root |
//!
//! All use the pattern `#,##0.###`: groups of three digits. The minus sign is
//! the ASCII hyphen-minus in all three; counts and amounts are not expected to
//! be negative.

use super::locale::Locale;
use fluent_bundle::FluentValue;

fn symbols(locale: Locale) -> (&'static str, &'static str) {
    match locale {
        Locale::Ar => (",", "."),
        Locale::Fr => (",", "\u{202F}"),
        Locale::Zgh => (",", "\u{A0}"),
        Locale::Root => (".", ","),
    }
}

/// Formats `n` with at least `min_frac` and at most `max_frac` fraction
/// digits, rounding half away from zero and dropping trailing zeros beyond
/// `min_frac`.
///
/// Rounding is done on the shortest decimal form of the `f64` (the one Rust's
/// `Display` prints), so `1.005` rounds to `1.01` as a reader expects, not to
/// `1.00` as its binary value would.
pub(crate) fn format_decimal(
    locale: Locale,
    n: f64,
    min_frac: usize,
    max_frac: usize,
    grouping: bool,
) -> String {
    if n.is_nan() {
        return "NaN".to_owned();
    }
    if n.is_infinite() {
        return if n < 0.0 { "-∞" } else { "∞" }.to_owned();
    }
    let max_frac = max_frac.max(min_frac);
    let shortest = format!("{}", n.abs());
    let (int_part, frac_part) = shortest.split_once('.').unwrap_or((&shortest, ""));
    let mut digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let mut int_len = int_part.len();
    let frac_len = frac_part.len();

    if frac_len > max_frac {
        let round_up = digits[int_len + max_frac] >= b'5';
        digits.truncate(int_len + max_frac);
        if round_up {
            let mut carry = true;
            for d in digits.iter_mut().rev() {
                if *d == b'9' {
                    *d = b'0';
                } else {
                    *d += 1;
                    carry = false;
                    break;
                }
            }
            if carry {
                digits.insert(0, b'1');
                int_len += 1;
            }
        }
    }

    let (int_digits, frac_digits) = digits.split_at(int_len);
    let mut frac: Vec<u8> = frac_digits.to_vec();
    while frac.len() > min_frac && frac.last() == Some(&b'0') {
        frac.pop();
    }
    frac.resize(frac.len().max(min_frac), b'0');

    let is_zero = int_digits.iter().chain(frac.iter()).all(|&d| d == b'0');
    let (decimal, group) = symbols(locale);
    let mut out = String::new();
    if n < 0.0 && !is_zero {
        out.push('-');
    }
    let int_str = std::str::from_utf8(int_digits).unwrap_or("0");
    let int_str = if int_str.is_empty() { "0" } else { int_str };
    if grouping && int_str.len() > 3 {
        let first = int_str.len() % 3;
        for (idx, ch) in int_str.char_indices() {
            if idx > 0 && (idx + 3 - first) % 3 == 0 {
                out.push_str(group);
            }
            out.push(ch);
        }
    } else {
        out.push_str(int_str);
    }
    if !frac.is_empty() {
        out.push_str(decimal);
        out.push_str(std::str::from_utf8(&frac).unwrap_or(""));
    }
    out
}

/// The Fluent formatter hook: numbers placed in messages (`{ $count }`,
/// `{ NUMBER($x, maximumFractionDigits: 1) }`) are formatted by
/// [`format_decimal`] with the bundle's separators. The language is a const
/// parameter because fluent-bundle takes a plain `fn` pointer.
///
/// Supported `NUMBER()` options: `minimumFractionDigits`,
/// `maximumFractionDigits` (default 3, as in ECMA-402), `useGrouping`.
/// Other options (style, currency, significant digits) are ignored: amounts
/// are formatted by the renderer and passed to `currency-mad`.
pub(crate) fn fluent_formatter<const LOCALE: u8, M>(
    value: &FluentValue,
    _intls: &M,
) -> Option<String> {
    match value {
        FluentValue::Number(number) => {
            let options = &number.options;
            let min = options.minimum_fraction_digits.unwrap_or(0);
            let max = options.maximum_fraction_digits.unwrap_or(3);
            Some(format_decimal(
                Locale::from_u8(LOCALE),
                number.value,
                min,
                max,
                options.use_grouping,
            ))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(locale: Locale, n: f64, max: usize) -> String {
        format_decimal(locale, n, 0, max, true)
    }

    #[test]
    fn separators_per_language() {
        assert_eq!(
            f(Locale::Fr, 1_234_567.891, 2),
            "1\u{202F}234\u{202F}567,89"
        );
        assert_eq!(f(Locale::Ar, 1_234_567.891, 2), "1.234.567,89");
        assert_eq!(f(Locale::Zgh, 1_234_567.891, 2), "1\u{A0}234\u{A0}567,89");
        assert_eq!(f(Locale::Root, 1_234_567.891, 2), "1,234,567.89");
    }

    #[test]
    fn grouping_starts_at_four_digits() {
        assert_eq!(f(Locale::Fr, 999.0, 0), "999");
        assert_eq!(f(Locale::Fr, 1000.0, 0), "1\u{202F}000");
        assert_eq!(f(Locale::Ar, 100_000.0, 0), "100.000");
        assert_eq!(format_decimal(Locale::Ar, 2023.0, 0, 0, false), "2023");
    }

    #[test]
    fn rounds_half_away_from_zero_without_trailing_zeros() {
        assert_eq!(f(Locale::Fr, 2.5, 0), "3");
        assert_eq!(f(Locale::Fr, -2.5, 0), "-3");
        assert_eq!(f(Locale::Fr, 0.125, 2), "0,13");
        assert_eq!(f(Locale::Fr, 1.005, 2), "1,01");
        assert_eq!(f(Locale::Fr, 1.10, 2), "1,1");
        assert_eq!(f(Locale::Fr, 1.0, 2), "1");
        assert_eq!(f(Locale::Fr, 9.999, 2), "10");
        assert_eq!(f(Locale::Ar, 999_999.96, 1), "1.000.000");
        assert_eq!(f(Locale::Fr, -0.001, 2), "0");
        assert_eq!(f(Locale::Fr, 0.0, 2), "0");
        assert_eq!(f(Locale::Fr, 12.345_678, 3), "12,346");
    }

    #[test]
    fn minimum_fraction_digits_pad() {
        assert_eq!(format_decimal(Locale::Fr, 1.5, 2, 2, true), "1,50");
        assert_eq!(format_decimal(Locale::Ar, 3.0, 1, 3, true), "3,0");
    }

    #[test]
    fn non_finite_numbers_do_not_panic() {
        assert_eq!(f(Locale::Fr, f64::NAN, 2), "NaN");
        assert_eq!(f(Locale::Fr, f64::NEG_INFINITY, 2), "-∞");
        assert_eq!(
            f(Locale::Fr, 1e21, 0).chars().filter(|c| *c == '0').count(),
            21
        );
    }
}
