//! Rules on site.yaml and the taxonomies, and the checks of form shared by
//! every record kind (e-mail, phone, web address, currency, coordinates).

use super::ctx::Ctx;
use crate::messages::Msg;
use crate::model::ids::is_valid_slug;
use crate::msg;
use std::collections::HashSet;
use std::path::Path;

const SITE: &str = "site.yaml";

pub(super) fn config(ctx: &mut Ctx) {
    let file = Path::new(SITE);
    let config = ctx.config;
    let mut seen = HashSet::new();
    for (i, lang) in config.languages.iter().enumerate() {
        let ok_code = (2..=3).contains(&lang.code.as_str().len())
            && lang.code.as_str().bytes().all(|b| b.is_ascii_lowercase());
        if !ok_code {
            ctx.error(
                "bad-language-code",
                file,
                format!("languages.{i}.code"),
                msg!("bad-language-code", code = lang.code.as_str()),
                Some(msg!("bad-language-code--help")),
            );
        }
        if !seen.insert(lang.code.as_str()) {
            ctx.error(
                "duplicate-language",
                file,
                format!("languages.{i}.code"),
                msg!("duplicate-language", code = lang.code.as_str()),
                Some(msg!("duplicate-language--help")),
            );
        }
        for (j, f) in lang.fallback.iter().enumerate() {
            let path = format!("languages.{i}.fallback.{j}");
            if f == &lang.code {
                ctx.error(
                    "bad-fallback",
                    file,
                    path,
                    msg!("bad-fallback--self", code = f.as_str()),
                    Some(msg!("bad-fallback--help-self", code = f.as_str())),
                );
            } else if config.language(*f).is_none() {
                ctx.error(
                    "bad-fallback",
                    file,
                    path,
                    msg!("bad-fallback", code = f.as_str()),
                    Some(msg!("bad-fallback--help", code = f.as_str())),
                );
            }
        }
    }
    if config.languages.is_empty() {
        ctx.error(
            "no-languages",
            file,
            "languages",
            msg!("no-languages"),
            Some(msg!("no-languages--help")),
        );
    }
    if config.language(config.default_language).is_none() {
        let codes: Vec<&str> = config.codes().map(|l| l.as_str()).collect();
        ctx.error(
            "bad-default-language",
            file,
            "default_language",
            msg!(
                "bad-default-language",
                code = config.default_language.as_str()
            ),
            Some(msg!("bad-default-language--help", codes = codes)),
        );
    }
    if let Err(why) = web_url(&config.base_url) {
        ctx.error(
            "bad-url",
            file,
            "base_url",
            why,
            Some(msg!("bad-url--help-base")),
        );
    }
    if !is_valid_slug(&config.theme) {
        ctx.error(
            "bad-theme",
            file,
            "theme",
            msg!("bad-theme", theme = config.theme.as_str()),
            Some(msg!("bad-theme--help")),
        );
    }
    ctx.check_text(file, "title", &config.title);
    if let Some(e) = &config.contact_email
        && !email(e)
    {
        ctx.error(
            "bad-email",
            file,
            "contact_email",
            msg!("bad-email", value = e),
            Some(msg!("bad-email--help")),
        );
    }
}

pub(super) fn taxonomies(ctx: &mut Ctx) {
    let territories = Path::new("content/taxonomies/territories.yaml");
    let mut regions = HashSet::new();
    let mut provinces = HashSet::new();
    let tax = ctx.tax;
    for (i, r) in tax.regions.iter().enumerate() {
        let code = r.code.as_str();
        if !is_region_code(code) {
            ctx.error(
                "bad-territory-code",
                territories,
                format!("regions.{i}.code"),
                msg!("bad-territory-code", code = code),
                Some(msg!("bad-territory-code--help")),
            );
        }
        if !regions.insert(code) {
            ctx.error(
                "duplicate-territory",
                territories,
                format!("regions.{i}.code"),
                msg!("duplicate-territory", code = code),
                Some(msg!("duplicate-territory--help")),
            );
        }
        ctx.check_text(territories, &format!("regions.{i}.name"), &r.name);
        for (j, p) in r.provinces.iter().enumerate() {
            let pcode = p.code.as_str();
            if !is_province_code(pcode) {
                ctx.error(
                    "bad-territory-code",
                    territories,
                    format!("regions.{i}.provinces.{j}.code"),
                    msg!("bad-territory-code--province", code = pcode),
                    Some(msg!("bad-territory-code--help-province")),
                );
            }
            if !provinces.insert(pcode) {
                ctx.error(
                    "duplicate-territory",
                    territories,
                    format!("regions.{i}.provinces.{j}.code"),
                    msg!("duplicate-territory--province", code = pcode),
                    Some(msg!("duplicate-territory--help-province")),
                );
            }
            ctx.check_text(
                territories,
                &format!("regions.{i}.provinces.{j}.name"),
                &p.name,
            );
        }
    }
    for (name, keys) in [
        ("domains", tax.domains.keys().collect::<Vec<_>>()),
        ("audiences", tax.audiences.keys().collect()),
        ("indicators", tax.indicators.keys().collect()),
    ] {
        let file = format!("content/taxonomies/{name}.yaml");
        for key in keys {
            if !is_valid_slug(key) {
                ctx.error(
                    "bad-key",
                    Path::new(&file),
                    format!(":{key}"),
                    msg!("bad-key", key = key),
                    Some(msg!(
                        "bad-key--help",
                        suggestion = crate::model::ids::suggest_slug(key)
                    )),
                );
            }
        }
    }
    for (key, term) in tax.domains.iter() {
        ctx.check_text(
            Path::new("content/taxonomies/domains.yaml"),
            &format!("{key}.name"),
            &term.name,
        );
    }
    for (key, term) in tax.audiences.iter() {
        ctx.check_text(
            Path::new("content/taxonomies/audiences.yaml"),
            &format!("{key}.name"),
            &term.name,
        );
    }
    for (key, ind) in tax.indicators.iter() {
        let file = Path::new("content/taxonomies/indicators.yaml");
        ctx.check_text(file, &format!("{key}.name"), &ind.name);
        if let Some(unit) = &ind.unit {
            ctx.check_text(file, &format!("{key}.unit"), unit);
        }
    }
}

fn is_region_code(s: &str) -> bool {
    s.len() == 5 && s.starts_with("MA-") && s[3..].bytes().all(|b| b.is_ascii_digit())
}

fn is_province_code(s: &str) -> bool {
    s.len() == 6 && s.starts_with("MA-") && s[3..].bytes().all(|b| b.is_ascii_uppercase())
}

/// An absolute http(s) address with a host; else the `bad-url` message
/// that says what is wrong with it.
pub(crate) fn web_url(s: &str) -> Result<(), Msg> {
    if s.chars().any(char::is_whitespace) {
        return Err(msg!("bad-url--spaces", url = s));
    }
    let u = url::Url::parse(s).map_err(|_| msg!("bad-url", url = s))?;
    if u.scheme() != "https" && u.scheme() != "http" {
        return Err(msg!("bad-url--scheme", url = s));
    }
    match u.host_str() {
        Some(h) if h.contains('.') || h == "localhost" => Ok(()),
        _ => Err(msg!("bad-url--host", url = s)),
    }
}

pub(crate) fn email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '<' | '>' | '"' | ',' | ';' | '(' | ')'))
}

/// A phone number: digits with spaces, dots, hyphens or parentheses, an
/// optional leading `+`, 9 to 15 digits (ITU E.164).
pub(super) fn phone(s: &str) -> bool {
    let body = s.strip_prefix('+').unwrap_or(s);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    (9..=15).contains(&digits)
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '(' | ')'))
}

pub(super) fn currency(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Morocco's extent, southern provinces included.
pub(super) const LAT_RANGE: (f64, f64) = (20.5, 36.1);
pub(super) const LON_RANGE: (f64, f64) = (-17.3, -0.9);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert!(email("contact@tifawin.example.ma"));
        assert!(!email("contact@tifawin"));
        assert!(!email("contact tifawin@example.ma"));
        assert!(phone("+212 5 28 00 00 00"));
        assert!(phone("0528-000000"));
        assert!(!phone("12345"));
        assert!(!phone("+212 5 28 00 00 00 ext"));
        assert!(web_url("https://example.ma/x").is_ok());
        assert!(web_url("javascript:alert(1)").is_err());
        assert!(web_url("www.example.ma").is_err());
        assert!(currency("MAD") && !currency("mad") && !currency("DH"));
        assert!(is_region_code("MA-03") && !is_region_code("MA-3"));
        assert!(is_province_code("MA-FES") && !is_province_code("MA-fes"));
    }
}
