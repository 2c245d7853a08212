//! Charts drawn at build time as inline SVG: no JavaScript, no image
//! requests, text a screen reader can read (`role="img"`, `<title>`,
//! `<desc>`) and every number also given as a table by the templates.
//!
//! Two kinds: a horizontal bar chart per indicator (achieved against target,
//! one bar per period, scope or region of the breakdown), which mirrors in
//! right-to-left pages (bars grow from the right, labels are right-aligned);
//! and a schematic tile map of the 12 regions coloured by a figure, which
//! does not mirror: north stays up and west stays left in every language.

use super::html::escape_html;
use super::view::{Tx, View};
use crate::model::records::{Results, Scope};
use crate::model::{Record, date::Date};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// One bar of a chart, already formatted for the page's language.
#[derive(Debug, Clone, Serialize)]
struct ChartRow {
    label: Tx,
    value: String,
    target: Option<String>,
}

/// A chart as the templates receive it: the SVG markup (safe: every text
/// in it is escaped here) and its data for the table.
#[derive(Debug, Clone, Serialize)]
pub(super) struct ChartView {
    id: String,
    title: Tx,
    /// What the bars are part of: the scope and period of a report whose
    /// breakdown by territory is drawn.
    subtitle: Option<Tx>,
    /// Shown folded (a breakdown that a later report of the same scope
    /// supersedes): its title opens it.
    folded: bool,
    unit: Option<Tx>,
    /// A sentence that says what the chart shows, for `<desc>` and readers.
    summary: String,
    svg: String,
    rows: Vec<ChartRow>,
}

/// A raw bar before layout.
struct Bar {
    label: Tx,
    value: f64,
    target: Option<f64>,
}

const WIDTH: f64 = 320.0;
const PAD: f64 = 6.0;
const VALUE_SPACE: f64 = 70.0;
const ROW: f64 = 40.0;
/// Characters of a bar's label on its one line (12 units a character at
/// most about 7 wide, in the 308 units of the chart).
const LABEL_CHARS: usize = 42;
const ACHIEVED: &str = "#0b6e4f";
const TARGET: &str = "#7a4b00";

/// ` lang=".." direction=".."` for a `<text>` in another language than the
/// page's (a fallback), so that it is read and shaped in its own language.
fn lang_attr(v: &View, t: &Tx) -> String {
    match lang_only(v, t) {
        l if l.is_empty() => l,
        l => format!(r#"{l} direction="{}""#, t.dir),
    }
}

/// ` lang=".."` alone, for elements that take no `direction` (`<title>`)
/// or set it themselves.
fn lang_only(v: &View, t: &Tx) -> String {
    if t.lang == v.lang || t.lang.as_str().is_empty() {
        String::new()
    } else {
        format!(r#" lang="{}""#, t.lang)
    }
}

/// The `text-anchor` that puts a text's start edge at its `x` in the
/// page's direction: `start` for a text in the page's direction, `end` for
/// a fallback in the other direction (an Arabic name on a zgh page), whose
/// own start is on the other side: with `start` it would run off the chart.
fn anchor(v: &View, t: &Tx) -> &'static str {
    let page_dir = if v.rtl() { "rtl" } else { "ltr" };
    if t.dir == page_dir || t.text.is_empty() {
        "start"
    } else {
        "end"
    }
}

fn fmt(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").unwrap_or(&s).to_string()
}

/// The results reports of a programme and of its phases (descendants),
/// oldest period first.
pub(crate) fn reports_of<'a>(v: &View<'a>, slug: &str) -> Vec<&'a Record<Results>> {
    let site = v.site;
    let mut slugs = vec![slug.to_string()];
    let mut i = 0;
    while i < slugs.len() {
        if let Some(children) = site.children.get(&slugs[i]) {
            for &c in children {
                let s = site.programmes[c].slug.0.clone();
                if !slugs.contains(&s) {
                    slugs.push(s);
                }
            }
        }
        i += 1;
    }
    let mut reports: Vec<&Record<Results>> = slugs
        .iter()
        .flat_map(|s| site.results_by_programme.get(s).into_iter().flatten())
        .map(|&i| &site.results[i])
        .collect();
    reports.sort_by(|a, b| {
        a.data
            .period
            .end
            .cmp(&b.data.period.end)
            .then_with(|| a.slug.cmp(&b.slug))
    });
    reports
}

fn scope_label(v: &View, scope: &Option<Scope>) -> Tx {
    match scope {
        Some(Scope::Region(c)) => v.region(c.as_str()),
        Some(Scope::Province(c)) => v.province(c.as_str()),
        _ => v.plain(&v.msg("dashboard-national", &[])),
    }
}

fn territory_label(v: &View, key: &str) -> Tx {
    if v.site.tax.regions.iter().any(|r| r.code.as_str() == key) {
        v.region(key)
    } else if key.starts_with("MA-") {
        v.province(key)
    } else {
        v.plain(key)
    }
}

/// The charts of a programme and its phases, indicator by indicator, each
/// on one scale of one unit: the totals of the reports (one bar per report,
/// its target drawn) when the indicator is reported more than once; and the
/// breakdown of a report by territory (one bar per territory, the report's
/// scope and period under the title) when it has two territories or more.
/// A total and its parts are never drawn on one scale.
pub(super) fn programme_charts(v: &View, slug: &str) -> Vec<ChartView> {
    let reports = reports_of(v, slug);
    let mut order: Vec<&str> = Vec::new();
    let mut totals: BTreeMap<&str, Vec<Bar>> = BTreeMap::new();
    // the programme of each bar of `totals`, to tell apart two reports of
    // one scope and period (a phase's and its parent's)
    let mut whose_total: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    // (label, (programme, scope), bars) of each breakdown
    type Part<'a> = (Tx, (&'a str, &'a Option<Scope>), Vec<Bar>);
    let mut parts: BTreeMap<&str, Vec<Part>> = BTreeMap::new();
    for r in &reports {
        let period = v.month_year(r.data.period.end);
        for val in &r.data.values {
            let key = val.indicator.as_str();
            if !order.contains(&key) {
                order.push(key);
            }
            let scope = scope_label(v, &r.data.scope);
            let label = Tx {
                text: v.msg(
                    "chart-row-label",
                    &[("scope", &scope.text), ("period", &period)],
                ),
                ..scope.clone()
            };
            totals.entry(key).or_default().push(Bar {
                label: label.clone(),
                value: val.value,
                target: val.target,
            });
            whose_total
                .entry(key)
                .or_default()
                .push(r.data.programme.as_str());
            let territories: Vec<Bar> = val
                .breakdown
                .iter()
                .map(|(k, n)| Bar {
                    label: territory_label(v, k),
                    value: *n,
                    target: None,
                })
                .collect();
            if territories.len() >= 2 {
                parts.entry(key).or_default().push((
                    label,
                    (r.data.programme.as_str(), &r.data.scope),
                    territories,
                ));
            }
        }
    }
    // Indicators in the order of indicators.yaml, then any other.
    let tax_order: Vec<&str> = v.site.tax.indicators.keys().collect();
    order.sort_by_key(|k| tax_order.iter().position(|t| t == k).unwrap_or(usize::MAX));
    // Two reports of one scope and period (of two programmes) are named
    // with their programme, so that no two bars or charts read the same.
    let named = |slug: &str, label: &Tx| -> Tx {
        let Some(p) = v.site.programmes.iter().find(|p| p.slug.as_str() == slug) else {
            return label.clone();
        };
        let title = v.tx(&p.data.title);
        Tx {
            text: format!(
                "{}{}{}",
                title.text,
                v.msg("inline-separator", &[]),
                label.text
            ),
            ..title
        }
    };
    for (key, bars) in totals.iter_mut() {
        let labels: Vec<String> = bars.iter().map(|b| b.label.text.clone()).collect();
        for (i, b) in bars.iter_mut().enumerate() {
            if labels.iter().filter(|l| **l == labels[i]).count() > 1 {
                b.label = named(whose_total[key][i], &b.label);
            }
        }
    }
    for list in parts.values_mut() {
        let labels: Vec<String> = list.iter().map(|(l, _, _)| l.text.clone()).collect();
        for (i, (label, whose, _)) in list.iter_mut().enumerate() {
            if labels.iter().filter(|l| **l == labels[i]).count() > 1 {
                *label = named(whose.0, label);
            }
        }
    }
    // A chart only where it compares (several periods, or territories of a
    // breakdown): a single value is read from its card, with the share of
    // its target when it has one (issue 14, point 2).
    let mut charts = Vec::new();
    for key in order {
        let ind = v.site.tax.indicators.get(key);
        let title = ind.map_or_else(|| v.plain(key), |i| v.tx(&i.name));
        let unit = ind.and_then(|i| v.opt_tx(&i.unit));
        if totals[key].len() >= 2 {
            charts.push(bar_chart(
                v,
                &format!("chart-{slug}-{key}"),
                title.clone(),
                None,
                unit.clone(),
                &totals[key],
            ));
        }
        // Reports of a programme are cumulative: the latest breakdown of
        // each of its scopes is shown, earlier ones are folded (still there,
        // one tap away), and so are its phases' (open on their own pages).
        let list = parts.get(key).map_or(&[][..], Vec::as_slice);
        for (n, (label, whose, bars)) in list.iter().enumerate() {
            let mut chart = bar_chart(
                v,
                &format!("chart-{slug}-{key}-{}", n + 1),
                title.clone(),
                Some(label.clone()),
                unit.clone(),
                bars,
            );
            chart.folded =
                whose.0 != slug || list[n + 1..].iter().any(|(_, later, _)| later == whose);
            charts.push(chart);
        }
    }
    charts
}

fn bar_chart(
    v: &View,
    id: &str,
    title: Tx,
    subtitle: Option<Tx>,
    unit: Option<Tx>,
    bars: &[Bar],
) -> ChartView {
    let rtl = v.rtl();
    let max = bars
        .iter()
        .flat_map(|b| [b.value, b.target.unwrap_or(0.0)])
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let plot = WIDTH - 2.0 * PAD - VALUE_SPACE;
    let any_target = bars.iter().any(|b| b.target.is_some());
    // The legend gives each key a row of its own: a word of any length
    // (or a fallback in another script) never runs into the next swatch.
    let legend_h = if any_target { 40.0 } else { 22.0 };
    let height = legend_h + ROW * bars.len() as f64 + PAD;
    // x of a length measured from the start edge (left in LTR, right in RTL).
    // Texts carry the page's direction, so `start` is the right edge in
    // right-to-left pages and the left edge otherwise (see `anchor`).
    let x_of = |len: f64| if rtl { WIDTH - PAD - len } else { PAD + len };
    let achieved = v.msg_tx("chart-achieved", &[]);
    let target_word = v.msg_tx("chart-target", &[]);

    let mut rows = Vec::new();
    let mut summary_parts = Vec::new();
    let mut svg = String::new();
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    for b in bars {
        let value = v.num(b.value);
        let target = b.target.map(|t| v.num(t));
        summary_parts.push(match &target {
            Some(t) => v.msg(
                "chart-summary-value-target",
                &[("label", &b.label.text), ("value", &value), ("target", t)],
            ),
            None => v.msg(
                "chart-summary-value",
                &[("label", &b.label.text), ("value", &value)],
            ),
        });
        rows.push(ChartRow {
            label: b.label.clone(),
            value,
            target,
        });
    }
    let end = v.msg("chart-sentence-end", &[]);
    let summary = format!(
        "{}{}{end}",
        subtitle
            .as_ref()
            .map_or_else(String::new, |s| format!("{}{end} ", s.text)),
        summary_parts.join(&v.msg("chart-list-separator", &[])),
    );
    let _ = write!(
        svg,
        r#"<svg class="chart" viewBox="0 0 {w} {h}" width="100%" role="img" aria-labelledby="{title_id} {desc_id}" xmlns="http://www.w3.org/2000/svg" direction="{dir}"><title id="{title_id}"{title_lang}>{title}</title><desc id="{desc_id}">{desc}</desc>"#,
        w = fmt(WIDTH),
        h = fmt(height),
        dir = if rtl { "rtl" } else { "ltr" },
        title_lang = lang_only(v, &title),
        title = escape_html(&title.text),
        desc = escape_html(&summary),
    );
    // Legend.
    let _ = write!(
        svg,
        r#"<g aria-hidden="true" class="legend" font-size="12"><rect x="{x}" y="6" width="12" height="10" fill="{ACHIEVED}"/><text x="{tx}" y="15" text-anchor="{an}"{al}>{a}</text>"#,
        x = fmt(if rtl { WIDTH - PAD - 12.0 } else { PAD }),
        tx = fmt(x_of(18.0)),
        an = anchor(v, &achieved),
        al = lang_attr(v, &achieved),
        a = escape_html(&achieved.text),
    );
    if any_target {
        let _ = write!(
            svg,
            r#"<rect x="{x}" y="22" width="3" height="14" fill="{TARGET}"/><text x="{tx}" y="33" text-anchor="{an}"{tl}>{t}</text>"#,
            x = fmt(x_of(4.5) - 1.5),
            tx = fmt(x_of(18.0)),
            an = anchor(v, &target_word),
            tl = lang_attr(v, &target_word),
            t = escape_html(&target_word.text),
        );
    }
    svg.push_str("</g>");
    for (i, (b, row)) in bars.iter().zip(&rows).enumerate() {
        let y = legend_h + ROW * i as f64;
        let w = (b.value / max * plot).max(if b.value > 0.0 { 2.0 } else { 0.0 });
        let bar_x = if rtl { WIDTH - PAD - w } else { PAD };
        // The value is written after the bar, or after the target's mark
        // when that is further: never across it.
        let target_len = b.target.map_or(0.0, |t| t / max * plot + 3.0);
        let _ = write!(
            svg,
            r#"<g aria-hidden="true"><text x="{lx}" y="{ly}" font-size="12" text-anchor="{la}"{ll}>{label}</text><rect x="{bx}" y="{by}" width="{bw}" height="14" rx="2" fill="{ACHIEVED}"/><text x="{vx}" y="{vy}" font-size="12" font-weight="bold" text-anchor="start">{value}</text>"#,
            lx = fmt(x_of(0.0)),
            la = anchor(v, &b.label),
            ly = fmt(y + 13.0),
            ll = lang_attr(v, &b.label),
            // one line: a longer name ends with "…" (the table under the
            // chart and the text alternative give it whole)
            label = escape_html(
                wrap(&b.label.text, LABEL_CHARS, 1)
                    .first()
                    .map_or("", String::as_str)
            ),
            bx = fmt(bar_x),
            by = fmt(y + 18.0),
            bw = fmt(w),
            vx = fmt(x_of(w.max(target_len) + 4.0)),
            vy = fmt(y + 30.0),
            value = escape_html(&row.value),
        );
        if let Some(t) = b.target {
            let tx = x_of(t / max * plot);
            let _ = write!(
                svg,
                r#"<rect x="{x}" y="{y}" width="3" height="22" fill="{TARGET}"/>"#,
                x = fmt(tx - 1.5),
                y = fmt(y + 14.0)
            );
        }
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    ChartView {
        id: id.to_string(),
        title,
        subtitle,
        folded: false,
        unit,
        summary,
        svg,
        rows,
    }
}

/// Splits a name into at most `max_lines` lines of about `width`
/// characters, at spaces and hyphens; the last line ends with `…` when the
/// name is longer.
fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        current.push(c);
        if c == ' ' || c == '-' {
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for w in words {
        if !line.is_empty() && line.chars().count() + w.trim_end().chars().count() > width {
            lines.push(std::mem::take(&mut line).trim_end().to_string());
        }
        line.push_str(&w);
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    if lines.len() > max_lines {
        let mut kept: Vec<String> = lines[..max_lines].to_vec();
        if let Some(last) = kept.last_mut() {
            let cut: String = last.chars().take(width.saturating_sub(1)).collect();
            *last = format!("{}…", cut.trim_end_matches(['-', ' ']));
        }
        return kept;
    }
    lines
}

/// Schematic positions (column, row) of the 12 regions, north up, west
/// left: close enough to the map for a reader to find a region.
const TILES: [(&str, u8, u8); 12] = [
    ("MA-01", 1, 0),
    ("MA-02", 2, 0),
    ("MA-04", 0, 1),
    ("MA-03", 1, 1),
    ("MA-08", 2, 1),
    ("MA-06", 0, 2),
    ("MA-05", 1, 2),
    ("MA-07", 0, 3),
    ("MA-09", 1, 3),
    ("MA-10", 0, 4),
    ("MA-11", 0, 5),
    ("MA-12", 0, 6),
];

const PALETTE: [&str; 4] = ["#c7e9d5", "#7cc4a0", "#2e8b62", "#0b5d3b"];

#[derive(Debug, Clone, Serialize)]
struct DashboardRow {
    code: String,
    region: Tx,
    url: String,
    value: String,
    /// The figure as a share of the table's largest (0 to 100), for a bar:
    /// the regions of one indicator on one scale.
    share: f64,
}

/// The figures of one indicator by region: two columns (region, figure),
/// so that it fits a 360 px screen whatever the number of indicators (one
/// wide table with a column per indicator did not).
#[derive(Debug, Clone, Serialize)]
struct DashboardTable {
    key: String,
    title: Tx,
    /// The regions with a figure, in the order of territories.yaml.
    rows: Vec<DashboardRow>,
    /// The figure with national scope, if any.
    national: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Dashboard {
    /// The map's title ("Associations trained by region"), or the
    /// no-data sentence when no figure has a region.
    title: Tx,
    /// The tile map as safe SVG markup (empty without regional figures).
    map_svg: String,
    /// The tile map with its text alternative and data.
    map: Option<ChartView>,
    indicators: Vec<Tx>,
    tables: Vec<DashboardTable>,
}

/// Latest figure per (programme, indicator, region), summed over
/// programmes: reports of one programme are cumulative, so adding two
/// periods of the same programme would count twice.
pub(crate) fn dashboard(v: &View) -> Dashboard {
    let site = v.site;
    let region_of = |code: &str| -> Option<String> {
        site.tax
            .region(code)
            .or_else(|| site.tax.region_of(code))
            .map(|r| r.code.0.clone())
    };
    // (programme, indicator, region or "") -> (period end, value)
    let mut latest: BTreeMap<(String, String, String), (Date, f64)> = BTreeMap::new();
    let mut put = |k: (String, String, String), end: Date, value: f64| {
        let e = latest.entry(k).or_insert((end, 0.0));
        if end > e.0 {
            *e = (end, 0.0);
        }
        if end == e.0 {
            e.1 += value;
        }
    };
    for r in &site.results {
        let end = r.data.period.end;
        for val in &r.data.values {
            let key =
                |region: String| (r.data.programme.0.clone(), val.indicator.0.clone(), region);
            let territorial: Vec<(String, f64)> = val
                .breakdown
                .iter()
                .filter_map(|(k, n)| region_of(k).map(|reg| (reg, *n)))
                .collect();
            if !territorial.is_empty() {
                for (reg, n) in territorial {
                    put(key(reg), end, n);
                }
                continue;
            }
            let region = match &r.data.scope {
                Some(Scope::Region(c)) => region_of(c.as_str()),
                Some(Scope::Province(c)) => region_of(c.as_str()),
                _ => None,
            };
            put(key(region.unwrap_or_default()), end, val.value);
        }
    }
    let mut by: BTreeMap<(String, String), f64> = BTreeMap::new();
    for ((_, ind, reg), (_, value)) in latest {
        *by.entry((ind, reg)).or_default() += value;
    }
    let tax_order: Vec<&str> = site.tax.indicators.keys().collect();
    let mut indicators: Vec<String> = by.keys().map(|(i, _)| i.clone()).collect();
    indicators.dedup();
    indicators.sort_by_key(|k| {
        (
            tax_order.iter().position(|t| t == k).unwrap_or(usize::MAX),
            k.clone(),
        )
    });
    let name_of = |key: &str| {
        site.tax
            .indicators
            .get(key)
            .map_or_else(|| v.plain(key), |i| v.tx(&i.name))
    };
    let figure = |ind: &str, reg: &str| by.get(&(ind.to_string(), reg.to_string())).copied();
    let cell = |ind: &str, reg: &str| figure(ind, reg).map(|n| v.num(n));
    let largest = |ind: &str| {
        site.tax
            .regions
            .iter()
            .filter_map(|r| figure(ind, r.code.as_str()))
            .fold(0.0_f64, f64::max)
    };
    let tables = indicators
        .iter()
        .map(|ind| DashboardTable {
            key: ind.clone(),
            title: name_of(ind),
            rows: site
                .tax
                .regions
                .iter()
                .filter_map(|r| {
                    let n = figure(ind, r.code.as_str())?;
                    let max = largest(ind);
                    Some(DashboardRow {
                        share: if max > 0.0 {
                            (n / max * 1000.0).round() / 10.0
                        } else {
                            0.0
                        },
                        value: v.num(n),
                        code: r.code.0.clone(),
                        region: v.tx(&r.name),
                        url: super::urls::facet(
                            v.lang,
                            super::urls::FacetKind::Region,
                            r.code.as_str(),
                        ),
                    })
                })
                .collect(),
            national: cell(ind, ""),
        })
        .collect();
    let regions_with = |ind: &str| by.keys().filter(|(i, r)| i == ind && !r.is_empty()).count();
    let map_indicator = indicators
        .iter()
        .filter(|i| regions_with(i) > 0)
        .max_by_key(|i| {
            (
                regions_with(i),
                std::cmp::Reverse(tax_order.iter().position(|t| t == i)),
            )
        });
    let map = map_indicator.map(|ind| {
        let values: BTreeMap<String, f64> = by
            .iter()
            .filter(|((i, r), _)| i == ind && !r.is_empty())
            .map(|((_, r), n)| (r.clone(), *n))
            .collect();
        tile_map(v, ind, name_of(ind), &values)
    });
    let columns: Vec<Tx> = indicators.iter().map(|i| name_of(i)).collect();
    Dashboard {
        title: map.as_ref().map_or_else(
            || v.plain(&v.msg("dashboard-no-data", &[])),
            |m| m.title.clone(),
        ),
        map_svg: map.as_ref().map(|m| m.svg.clone()).unwrap_or_default(),
        map,
        indicators: columns,
        tables,
    }
}

fn tile_map(v: &View, indicator: &str, title: Tx, values: &BTreeMap<String, f64>) -> ChartView {
    const TW: f64 = 100.0;
    // Tall enough for a name on three lines of 12 and the value under it:
    // at 360 px the map is drawn about 1.06 times its size, so names are
    // about 12.7 px and values 14.8 px, never above the 16 px body text
    // (the stylesheet caps the map's width accordingly).
    const TH: f64 = 72.0;
    const GAP: f64 = 4.0;
    let max = values.values().copied().fold(0.0_f64, f64::max).max(1.0);
    let id = format!("map-{indicator}");
    let mut rows = Vec::new();
    let mut parts = Vec::new();
    let mut tiles = String::new();
    for (code, col, row) in TILES {
        let Some(region) = v.site.tax.region(code) else {
            continue;
        };
        let name = v.tx(&region.name);
        let value = values.get(code).copied();
        // "No data" is said in words, on a white tile with a dashed
        // outline: never to be read as 0 (a 0 is a coloured tile).
        let shown = value.map_or_else(|| v.msg("tile-no-data", &[]), |n| v.num(n));
        let (fill, ink) = match value {
            None => ("#ffffff", "#555555"),
            Some(n) => {
                let class = (((n / max) * PALETTE.len() as f64).ceil() as usize)
                    .clamp(1, PALETTE.len())
                    - 1;
                (
                    PALETTE[class],
                    if class >= 2 { "#ffffff" } else { "#1b1b1b" },
                )
            }
        };
        if value.is_some() {
            parts.push(v.msg(
                "chart-summary-value",
                &[("label", &name.text), ("value", &shown)],
            ));
        }
        let x = f64::from(col) * (TW + GAP);
        let y = f64::from(row) * (TH + GAP);
        // No links inside: an image is not interactive (the table under the
        // map links each region). The region's name, on up to two lines.
        let lines = wrap(&name.text, 13, 3);
        let outline = if value.is_some() {
            r##"stroke="#ffffff""##
        } else {
            r##"stroke="#8a8a8a" stroke-dasharray="4 3""##
        };
        let _ = write!(
            tiles,
            r##"<g class="tile"><rect x="{x}" y="{y}" width="{TW}" height="{TH}" rx="4" fill="{fill}" {outline}/>"##,
            x = fmt(x),
            y = fmt(y),
        );
        let name_dir = if name.dir == "rtl" { "rtl" } else { "ltr" };
        for (i, line) in lines.iter().enumerate() {
            let _ = write!(
                tiles,
                r#"<text x="{cx}" y="{ty}" font-size="12" text-anchor="middle" fill="{ink}" direction="{name_dir}"{nl}>{line}</text>"#,
                cx = fmt(x + TW / 2.0),
                ty = fmt(y + 15.0 + 15.0 * i as f64),
                nl = lang_only(v, &name),
                line = escape_html(line),
            );
        }
        let (size, weight) = if value.is_some() {
            ("14", "bold")
        } else {
            ("12", "normal")
        };
        let _ = write!(
            tiles,
            r#"<text x="{cx}" y="{vy}" font-size="{size}" font-weight="{weight}" text-anchor="middle" fill="{ink}">{shown_e}</text></g>"#,
            cx = fmt(x + TW / 2.0),
            vy = fmt(y + 65.0),
            shown_e = escape_html(&shown),
        );
        rows.push(ChartRow {
            label: name,
            value: shown,
            target: None,
        });
    }
    let width = 3.0 * TW + 2.0 * GAP;
    let height = 7.0 * TH + 6.0 * GAP;
    let summary = if parts.is_empty() {
        v.msg("dashboard-no-data", &[])
    } else {
        format!(
            "{}{}",
            parts.join(&v.msg("chart-list-separator", &[])),
            v.msg("chart-sentence-end", &[])
        )
    };
    let map_title = v.msg_tx("dashboard-map-title", &[("indicator", &title.text)]);
    // The map keeps its geography in every language: it is laid out left
    // to right whatever the page's direction.
    let svg = format!(
        r#"<svg class="tile-map" viewBox="0 0 {w} {h}" width="100%" role="img" aria-labelledby="{id}-title {id}-desc" xmlns="http://www.w3.org/2000/svg" direction="ltr"><title id="{id}-title"{tl}>{t}</title><desc id="{id}-desc">{d}</desc><g aria-hidden="true">{tiles}</g></svg>"#,
        w = fmt(width),
        h = fmt(height),
        tl = lang_only(v, &map_title),
        t = escape_html(&map_title.text),
        d = escape_html(&summary),
    );
    ChartView {
        id,
        title: map_title,
        subtitle: None,
        folded: false,
        unit: None,
        summary,
        svg,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{LangSpec, Localizer};
    use crate::model::date::Today;
    use crate::model::lang::Lang;
    use crate::validate::Site;
    use std::path::Path;

    fn fixture() -> (Site, Localizer) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let loaded = crate::load::load(&root.join("tests/fixtures/valid"));
        let today = Today::resolve(Some("2026-11-22"), None).unwrap();
        let site = crate::validate::validate(loaded, &today, &Default::default())
            .site
            .expect("the valid fixture validates");
        let langs: Vec<LangSpec> = crate::i18n::LangSpec::all_of(&site.config);
        let i18n = Localizer::load(
            &root.join("i18n"),
            &langs,
            site.config.default_language.as_str(),
        )
        .unwrap();
        (site, i18n)
    }

    /// The repository's catalogues with one message taken out of one
    /// language, so that it falls back.
    fn catalogues_without(site: &Site, lang: &str, id: &str) -> (tempfile::TempDir, Localizer) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
        let tmp = tempfile::tempdir().unwrap();
        for entry in walkdir::WalkDir::new(&root) {
            let entry = entry.unwrap();
            let rel = entry.path().strip_prefix(&root).unwrap();
            let to = tmp.path().join(rel);
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).unwrap();
                continue;
            }
            let mut text = std::fs::read_to_string(entry.path()).unwrap();
            if rel.starts_with(lang) {
                let start = format!("{id} =");
                text = text
                    .lines()
                    .filter(|l| !l.starts_with(&start))
                    .collect::<Vec<_>>()
                    .join("\n");
            }
            std::fs::write(&to, text).unwrap();
        }
        let langs: Vec<LangSpec> = crate::i18n::LangSpec::all_of(&site.config);
        let i18n =
            Localizer::load(tmp.path(), &langs, site.config.default_language.as_str()).unwrap();
        (tmp, i18n)
    }

    fn bar(label: &str, value: f64, target: Option<f64>, v: &View) -> Bar {
        Bar {
            label: v.plain(label),
            value,
            target,
        }
    }

    #[test]
    fn bars_grow_from_the_start_edge_of_the_page_direction() {
        let (site, i18n) = fixture();
        let fr = View::new(&site, Lang::new("fr"), &i18n);
        let ar = View::new(&site, Lang::new("ar"), &i18n);
        let plot = WIDTH - 2.0 * PAD - VALUE_SPACE;
        let half = fmt(plot / 2.0);
        let c = bar_chart(
            &fr,
            "c",
            fr.plain("t"),
            None,
            None,
            &[bar("a", 50.0, Some(100.0), &fr)],
        );
        assert!(
            c.svg
                .contains(&format!(r#"<rect x="{}" y="58" width="{half}""#, fmt(PAD))),
            "{}",
            c.svg
        );
        assert!(c.svg.contains(r#"direction="ltr""#));
        let c = bar_chart(
            &ar,
            "c",
            ar.plain("t"),
            None,
            None,
            &[bar("a", 50.0, Some(100.0), &ar)],
        );
        assert!(
            c.svg.contains(&format!(
                r#"<rect x="{}" y="58" width="{half}""#,
                fmt(WIDTH - PAD - plot / 2.0)
            )),
            "{}",
            c.svg
        );
        assert!(c.svg.contains(r#"direction="rtl""#));
    }

    #[test]
    fn charts_have_a_text_alternative_and_escape_their_texts() {
        let (site, i18n) = fixture();
        let fr = View::new(&site, Lang::new("fr"), &i18n);
        let c = bar_chart(
            &fr,
            "c",
            fr.plain("<b>titre</b>"),
            None,
            None,
            &[bar("<script>", 350.0, Some(400.0), &fr)],
        );
        assert!(
            c.svg.starts_with("<svg")
                && c.svg
                    .contains(r#"role="img" aria-labelledby="c-title c-desc""#)
        );
        assert!(!c.svg.contains("<script>") && c.svg.contains("&lt;script&gt;"));
        assert!(c.svg.contains("&lt;b&gt;titre"));
        assert_eq!(c.summary, "<script> : 350 pour une cible de 400.");
    }

    #[test]
    fn programme_charts_cover_each_indicator_with_its_breakdown() {
        let (site, i18n) = fixture();
        let fr = View::new(&site, Lang::new("fr"), &i18n);
        let charts = programme_charts(&fr, "nassij-fes");
        // One report: no chart of totals; its breakdown by province is a
        // chart of its own, the report's scope and period under its title,
        // without the total (a total and its parts are not on one scale).
        assert!(
            !charts
                .iter()
                .any(|c| c.id.ends_with("associations-trained"))
        );
        let trained = charts
            .iter()
            .find(|c| c.id.ends_with("associations-trained-1"))
            .expect("a chart of the breakdown");
        let labels: Vec<&str> = trained.rows.iter().map(|r| r.label.text.as_str()).collect();
        assert_eq!(labels, ["Fès", "Meknès"]);
        assert!(trained.rows.iter().all(|r| r.target.is_none()));
        let subtitle = trained.subtitle.as_ref().expect("scope and period");
        assert!(
            subtitle.text.starts_with("Fès-Meknès, "),
            "{}",
            subtitle.text
        );
        assert!(
            trained
                .summary
                .starts_with(&format!("{}. Fès : 200", subtitle.text)),
            "{}",
            trained.summary
        );
        // The parent programme shows the results of its phases.
        let parent = site
            .programmes
            .iter()
            .find(|p| site.children.contains_key(p.slug.as_str()))
            .unwrap();
        let on_parent = programme_charts(&fr, parent.slug.as_str());
        assert!(!on_parent.is_empty());
        // A phase's breakdown is open on the phase's page, folded on its
        // parent's (shown there one tap away).
        assert!(!trained.folded);
        assert!(
            on_parent
                .iter()
                .filter(|c| c.subtitle.is_some())
                .all(|c| c.folded)
        );
    }

    #[test]
    fn names_wrap_on_two_lines_at_most() {
        assert_eq!(
            wrap("Tanger-Tétouan-Al Hoceima", 15, 2),
            ["Tanger-Tétouan-", "Al Hoceima"]
        );
        assert_eq!(wrap("Fès-Meknès", 15, 2), ["Fès-Meknès"]);
        assert_eq!(
            wrap("Laâyoune-Sakia El Hamra Oued Ed-Dahab", 15, 2).len(),
            2
        );
        assert!(wrap("Laâyoune-Sakia El Hamra Oued Ed-Dahab", 15, 2)[1].ends_with('…'));
    }

    #[test]
    fn the_map_holds_no_link_and_marks_fallback_names() {
        let (site, i18n) = fixture();
        let zgh = View::new(&site, Lang::new("zgh"), &i18n);
        let map = dashboard(&zgh).map.unwrap();
        assert!(
            !map.svg.contains("<a "),
            "no interactive element inside role=img"
        );
        // The zgh legend says "achieved" in zgh.
        let chart = &programme_charts(&zgh, "nassij-fes")[0];
        assert!(
            chart
                .svg
                .contains(r#"text-anchor="start">ⵉⵜⵜⵓⵙⴽⴰⵔⵏ</text>"#),
            "{}",
            chart.svg
        );
        // Without that word, the legend falls back to Arabic and says so, in
        // its own direction, anchored by its end so that it starts after its
        // swatch instead of running off the chart.
        let (_tmp, partial) = catalogues_without(&site, "zgh", "chart-achieved");
        let zgh = View::new(&site, Lang::new("zgh"), &partial);
        let chart = &programme_charts(&zgh, "nassij-fes")[0];
        assert!(
            chart
                .svg
                .contains(r#"text-anchor="end" lang="ar" direction="rtl">المنجز</text>"#),
            "{}",
            chart.svg
        );
        let fr = View::new(&site, Lang::new("fr"), &i18n);
        assert!(
            !programme_charts(&fr, "nassij-fes")[0].svg.contains("lang="),
            "no marks where nothing falls back"
        );
    }

    #[test]
    fn the_dashboard_colours_regions_with_figures_and_keeps_geography_in_rtl() {
        let (site, i18n) = fixture();
        let ar = View::new(&site, Lang::new("ar"), &i18n);
        let d = dashboard(&ar);
        let map = d.map.expect("a map when figures have regions");
        assert!(
            map.svg.contains(r#"direction="ltr""#),
            "the map does not mirror"
        );
        assert!(
            map.svg.contains(PALETTE[PALETTE.len() - 1]),
            "the largest figure has the darkest colour"
        );
        // One narrow table per indicator, listing only regions with a
        // figure (the map says "no data" for the others, never a dash).
        let rows: Vec<(&str, &str)> = d
            .tables
            .iter()
            .flat_map(|t| t.rows.iter().map(|r| (r.code.as_str(), r.value.as_str())))
            .collect();
        assert!(rows.contains(&("MA-03", "350")), "{rows:?}");
        assert!(rows.iter().all(|(code, _)| *code == "MA-03"), "{rows:?}");
        assert!(
            d.tables
                .iter()
                .all(|t| t.rows.iter().all(|r| r.value != "–"))
        );
        // Each table's bars share one scale: its largest figure is full.
        for t in &d.tables {
            let top = t.rows.iter().map(|r| r.share).fold(0.0, f64::max);
            assert!(t.rows.is_empty() || top == 100.0, "{top}");
        }
    }
}
