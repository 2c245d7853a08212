//! The one place that knows the YAML library (serde-saphyr and its parser,
//! granit-parser). Everything else sees [`parse`], [`locate`] and
//! [`YamlError`], so the library can be swapped by rewriting this file.
//!
//! serde-saphyr is used rather than the archived serde_yaml: it is pure Rust,
//! reports line and column for type, unknown-field and missing-field errors,
//! and bounds alias expansion with a budget (a billion-laughs document is
//! refused instead of eating the machine).

pub use super::hints::Hints;
use crate::diagnostics::Position;
use crate::messages::Msg;
use crate::msg;
use serde::de::DeserializeOwned;
use serde_saphyr::granit_parser::{Event, Parser};

/// A YAML document larger than this is refused before parsing: no record
/// needs more, and it bounds the parser's time and memory.
pub const MAX_YAML_BYTES: usize = 1024 * 1024;

/// Events that aliases may replay in one document (see [`options`]).
const MAX_REPLAYED_EVENTS: usize = 10_000;

/// Why a YAML document could not be parsed into its record type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// The kind of problem, as a diagnostic code: `unknown-field`,
    /// `missing-field`, `unknown-value`, `invalid-value`, `duplicate-key`,
    /// `yaml-too-large`, `yaml-aliases` or `yaml-syntax`.
    pub code: &'static str,
    /// Where in the YAML text (not the whole file), when the parser knows.
    pub position: Option<Position>,
    /// What is wrong.
    pub message: Msg,
    pub(super) help: Option<Msg>,
    /// Length in characters of the value at fault (0: unknown).
    pub length: usize,
    /// The key path of the entry the repair left out or replaced because
    /// of this error: what validation says there concerns the stand-in.
    pub covers: Option<String>,
    /// A misspelt key read as the key it meant: (the path meant, the path
    /// written), so that what validation says of the value finds it.
    pub alias: Option<(String, String)>,
}

impl YamlError {
    /// An error at `position` that the repair has not touched yet.
    fn new(code: &'static str, position: Option<Position>, message: Msg, help: Msg) -> Self {
        YamlError {
            code,
            position,
            message,
            help: Some(help),
            length: 0,
            covers: None,
            alias: None,
        }
    }
}

fn options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = 64;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_events = 200_000;
    budget.max_documents = 1;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    // Aliases (and `<<` merges of aliases) are replayed event by event: the
    // count of aliases alone does not bound the work, a chain of merges
    // doubles it at every level (`&m1 {<<: [*m0, *m0]}`, `&m2 {<<: [*m1,
    // *m1]}`...). No record needs more than a few thousand replayed events.
    options.alias_limits = serde_saphyr::alias_limits! {
        max_total_replayed_events: MAX_REPLAYED_EVENTS,
        max_replay_stack_depth: 16,
    };
    options.with_snippet = false;
    options
}

/// At most this many errors are collected in one document: past them, the
/// file is better fixed and checked again.
const MAX_ERRORS: usize = 50;

/// Parses one YAML document into a typed record, collecting every error.
///
/// The typed one-pass deserialization stops at the first error, so a
/// document that fails is repaired and parsed again until it parses:
///
/// * a value of the wrong form is replaced by a stand-in of the right form
///   (a date, a number, an allowed value, the field's example), so the
///   record keeps its required fields and can be validated further;
/// * a misspelt key (`regoin:`, `région:`) is read as the key it means,
///   so that its value is checked too;
/// * otherwise the entry at fault (`key: value`) is blanked out with
///   spaces; a missing key blanks the entry that holds its mapping.
///
/// Every error is reported where the editor wrote it: replacements that
/// change a line's length are tracked and positions mapped back. The loop
/// stops at a syntax error, or when a required top-level key is missing.
/// Returns the record when the repaired document parses (validation then
/// finds the other mistakes of the record), and every error found; an
/// empty list means no error.
pub fn parse_all<T: DeserializeOwned>(yaml: &str, hints: &Hints) -> (Option<T>, Vec<YamlError>) {
    let mut errors: Vec<YamlError> = Vec::new();
    let mut text = std::borrow::Cow::Borrowed(yaml);
    // (mapping path, key) of every entry blanked: a missing-key error
    // that the blanking caused is not the editor's mistake.
    let mut blanked: Vec<(String, String)> = Vec::new();
    // Replacements that changed a line's length, in order.
    let mut shifts: Vec<Shift> = Vec::new();
    let mut previous: Option<(&'static str, Option<Position>)> = None;
    let original = |p: Position, shifts: &[Shift]| shifts.iter().rev().fold(p, |p, s| s.undo(p));
    for _ in 0..MAX_ERRORS {
        let failure = match parse_one::<T>(&text, hints) {
            Ok(value) => return (Some(value), errors),
            Err(f) => f,
        };
        let Failure {
            mut error,
            field,
            substitute,
            meant,
        } = failure;
        let shape = Shape::of(&text);
        let at = error.position.map(|p| char_index(&text, p));
        error.position = error.position.map(|p| original(p, &shifts));
        let entry = match (error.code, at) {
            ("yaml-syntax" | "yaml-too-large" | "yaml-aliases", _) | (_, None) => None,
            ("missing-field", Some(i)) => {
                let field = field.clone().unwrap_or_default();
                let map = shape.missing_key_map(i, |path| {
                    blanked.iter().any(|(p, k)| p == path && *k == field)
                });
                let caused = map.is_some_and(|m| {
                    blanked.contains(&(shape.maps[m].path.clone(), field.clone()))
                });
                if !caused {
                    errors.push(error.clone());
                }
                // A required field missing at the top: a line with an
                // example value is added at the end (nothing moves), so the
                // rest of the record is checked in the same run.
                let top = map.is_some_and(|m| {
                    shape.maps[m].parent_entry.is_none()
                        && shape.maps[m].path.is_empty()
                        && !shape.maps[m].flow
                });
                if let (true, Some(example)) = (top, hints.example(&field)) {
                    if let Some(last) = errors.last_mut().filter(|_| !caused) {
                        last.covers = Some(field.clone());
                    }
                    let mut added = text.into_owned();
                    if !added.ends_with('\n') {
                        added.push('\n');
                    }
                    added.push_str(&format!("{field}: {example}\n"));
                    text = std::borrow::Cow::Owned(added);
                    blanked.push((String::new(), field));
                    continue;
                }
                map.and_then(|m| shape.maps[m].parent_entry)
            }
            (_, Some(i)) => {
                errors.push(error.clone());
                shape.entry_at(i)
            }
        };
        let Some(entry) = entry else {
            if errors.is_empty() {
                errors.push(error);
            }
            return (None, errors);
        };
        let e = &shape.entries[entry];
        let path_of = |key: &str| match shape.maps[e.map].path.as_str() {
            "" => key.to_string(),
            parent => format!("{parent}.{key}"),
        };
        let path = path_of(&e.key);
        // The error just found (not one the repair already dealt with)
        // records what the repair does about it.
        let fresh = errors
            .last_mut()
            .filter(|l| l.covers.is_none() && l.alias.is_none());
        // A misspelt key is read as the key it most likely means.
        if let Some(renamed) = meant.and_then(|key| Some((key, shape.rename(&text, entry, key)?))) {
            if let Some(last) = fresh {
                last.alias = Some((path_of(renamed.0), path));
            }
            text = std::borrow::Cow::Owned(renamed.1);
            continue;
        }
        if let Some(last) = fresh {
            last.covers = Some(path);
            if let Some(start) = e.scalar_start {
                last.length = e.value_end.saturating_sub(start);
            }
        }
        // A value of the wrong form is replaced by one of the right form.
        // A stand-in that did not take (the same error again) is blanked.
        let again = previous == Some((error.code, error.position));
        previous = Some((error.code, error.position));
        let wrong_form = matches!(error.code, "invalid-value" | "unknown-value") && !again;
        let stand_in = substitute
            .or_else(|| hints.example(&e.key))
            .filter(|_| wrong_form);
        // A value over several lines (a block scalar) is blanked instead:
        // a stand-in on one line would move the lines after it, which the
        // positions of later errors do not account for.
        let one_line = |start: usize| {
            !text
                .chars()
                .skip(start)
                .take(e.value_end.saturating_sub(start))
                .any(|c| c == '\n')
        };
        if let (Some(value), Some(start)) = (stand_in, e.scalar_start.filter(|&s| one_line(s))) {
            let (replaced, shift) = replace(&text, start, e.value_end, value);
            shifts.extend(shift);
            text = std::borrow::Cow::Owned(replaced);
            continue;
        }
        blanked.push((shape.maps[e.map].path.clone(), e.key.clone()));
        text = std::borrow::Cow::Owned(shape.blank(&text, entry));
    }
    (None, errors)
}

/// A replacement that changed the length of a line: on `line`, the
/// columns from `after` on were `delta` characters further left before.
struct Shift {
    line: usize,
    after: usize,
    delta: isize,
}

impl Shift {
    /// The position before the replacement of a position after it.
    fn undo(&self, p: Position) -> Position {
        if p.line == self.line && p.column >= self.after {
            Position {
                line: p.line,
                column: (p.column as isize - self.delta).max(1) as usize,
            }
        } else {
            p
        }
    }
}

/// `text` with the characters `start..end` replaced by `value`, and the
/// shift that follows on that line.
fn replace(text: &str, start: usize, end: usize, value: &str) -> (String, Option<Shift>) {
    let chars: Vec<char> = text.chars().collect();
    let end = end.clamp(start, chars.len());
    let mut out: String = chars[..start.min(chars.len())].iter().collect();
    out.push_str(value);
    out.extend(&chars[end..]);
    let added = value.chars().count();
    let delta = added as isize - (end - start) as isize;
    let at = position_of_char(text, start);
    let shift = (delta != 0).then_some(Shift {
        line: at.line,
        after: at.column + added,
        delta,
    });
    (out, shift)
}

struct Failure {
    error: YamlError,
    /// The key a missing-key error names.
    field: Option<String>,
    /// A value of the right form for the field at fault, for the repair.
    substitute: Option<&'static str>,
    /// The key an unknown key most likely means, for the repair.
    meant: Option<&'static str>,
}

/// Parses one YAML document into a typed record: the first error only.
pub fn parse<T: DeserializeOwned>(yaml: &str) -> Result<T, YamlError> {
    parse_one(yaml, &Hints::default()).map_err(|f| f.error)
}

fn parse_one<T: DeserializeOwned>(yaml: &str, hints: &Hints) -> Result<T, Failure> {
    if yaml.len() > MAX_YAML_BYTES {
        return Err(Failure {
            error: YamlError::new(
                "yaml-too-large",
                None,
                msg!("yaml-too-large", bytes = yaml.len(), limit = MAX_YAML_BYTES),
                Msg::plain("yaml-too-large--help"),
            ),
            field: None,
            substitute: None,
            meant: None,
        });
    }
    serde_saphyr::from_str_with_options(yaml, options()).map_err(|e| {
        // The deserializer reads as it parses, so a syntax error can surface
        // as a type error further on: the parser alone says what is wrong.
        match syntax_error(yaml) {
            Some(error) => Failure {
                error,
                field: None,
                substitute: None,
                meant: None,
            },
            None => convert(&e, yaml, hints),
        }
    })
}

/// The first syntax error of a document, if it has one.
fn syntax_error(yaml: &str) -> Option<YamlError> {
    let mut parser = Parser::new_from_str(yaml);
    let mut events = 0usize;
    while let Some(event) = parser.next_event() {
        events += 1;
        if events > 1_000_000 {
            return None;
        }
        if let Err(e) = event {
            let m = e.marker();
            let position = Some(Position {
                line: m.line().max(1),
                column: m.col() + 1,
            });
            let line = yaml.lines().nth(m.line().max(1) - 1).unwrap_or("");
            let (message, help) = if e.info().contains("recursion limit") {
                (
                    Msg::plain("yaml-syntax--too-deep"),
                    Msg::plain("yaml-syntax--too-deep-help"),
                )
            } else {
                syntax_words(&e.info(), line)
            };
            return Some(YamlError::new("yaml-syntax", position, message, help));
        }
    }
    None
}

/// What a syntax error means for an editor, and what to type: the
/// parser's own words ("mapping values are not allowed in this context")
/// are never shown.
fn syntax_words(info: &str, line: &str) -> (Msg, Msg) {
    let i = info.to_lowercase();
    let value = line.split_once(':').map(|(_, v)| v.trim()).unwrap_or("");
    if i.contains("tab") {
        (
            Msg::plain("yaml-syntax--tab"),
            Msg::plain("yaml-syntax--tab-help"),
        )
    } else if i.contains("quote") || i.contains("quoted") {
        (
            Msg::plain("yaml-syntax--quote"),
            Msg::plain("yaml-syntax--quote-help"),
        )
    } else if value.contains(": ") && !value.starts_with(['{', '[', '"', '\'']) {
        // `title: Appel à projets : 2024` — a second `: ` on the line.
        (
            Msg::plain("yaml-syntax--colon"),
            msg!("yaml-syntax--colon-help", value = value.to_string()),
        )
    } else if i.contains("flow") || i.contains("']'") || i.contains("'}'") || i.contains("sequence")
    {
        (
            Msg::plain("yaml-syntax--brackets"),
            Msg::plain("yaml-syntax--brackets-help"),
        )
    } else if i.contains("indent") || i.contains("block") || i.contains("mapping") {
        (
            Msg::plain("yaml-syntax--indent"),
            Msg::plain("yaml-syntax--indent-help"),
        )
    } else {
        (
            Msg::plain("yaml-syntax--other"),
            Msg::plain("yaml-syntax--other-help"),
        )
    }
}

fn convert(e: &serde_saphyr::Error, yaml: &str, hints: &Hints) -> Failure {
    use serde_saphyr::Error as E;
    let position = e.location().and_then(|l| {
        let (line, column) = (l.line() as usize, l.column() as usize);
        (line > 0).then_some(Position {
            line,
            column: column.max(1),
        })
    });
    let inner = e.without_snippet();
    let raw = inner.to_string();
    // The key whose value is at fault, to name it and give an example.
    let key = position
        .map(|p| Shape::of(yaml).key_at(char_index(yaml, p)))
        .unwrap_or_default();
    let example = |key: &str| hints.example(key);
    let value_help = |key: &str| match example(key) {
        Some(ex) => msg!("invalid-value--example", key = key, example = ex),
        None => msg!("invalid-value--explain", key = key),
    };
    let mut field = None;
    let mut first_value = None;
    let mut meant = None;
    let (code, message, help): (&'static str, Msg, Msg) = match inner {
        E::SerdeUnknownField {
            field: found,
            expected,
            ..
        } => {
            let help = match hints.field_for(found, expected) {
                Some(n) => {
                    meant = Some(n);
                    msg!("unknown-field--synonym", found = found.as_str(), key = n)
                }
                None => match crate::diagnostics::nearest(found, expected.iter().copied()) {
                    Some(n) => {
                        meant = Some(n);
                        msg!("unknown-field--nearest", found = found.as_str(), key = n)
                    }
                    None => msg!(
                        "unknown-field--list",
                        keys = expected
                            .iter()
                            .map(|k| format!("`{k}`"))
                            .collect::<Vec<_>>()
                    ),
                },
            };
            (
                "unknown-field",
                msg!("unknown-field", key = found.as_str()),
                help,
            )
        }
        E::SerdeMissingField { field: missing, .. } => {
            field = Some(missing.to_string());
            let help = match example(missing) {
                Some(ex) => msg!("missing-field--add", key = *missing, example = ex),
                None => msg!("missing-field--add-plain", key = *missing),
            };
            ("missing-field", msg!("missing-field", key = *missing), help)
        }
        E::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let allowed: Vec<String> = expected.iter().map(|v| format!("`{v}`")).collect();
            first_value = expected.first().copied();
            let help = match hints
                .value_for(variant, expected)
                .or_else(|| crate::diagnostics::nearest(variant, expected.iter().copied()))
            {
                Some(n) => msg!("unknown-value--nearest", value = n),
                None => msg!("unknown-value--list", values = allowed.clone()),
            };
            (
                "unknown-value",
                msg!(
                    "unknown-value",
                    key = key.as_str(),
                    value = variant.as_str(),
                    values = allowed
                ),
                help,
            )
        }
        E::DuplicateMappingKey { key: dup, .. } => (
            "duplicate-key",
            msg!("duplicate-key", key = dup.clone().unwrap_or_default()),
            Msg::plain("duplicate-key--help"),
        ),
        E::Budget { .. }
        | E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. }
        | E::AliasReplayCounterOverflow { .. }
        | E::AliasError { .. } => (
            "yaml-aliases",
            Msg::plain("yaml-aliases"),
            Msg::plain("yaml-aliases--help"),
        ),
        E::InvalidScalar { ty, .. } if ty.starts_with('u') => (
            "invalid-value",
            msg!("invalid-value--whole-number", key = key.as_str()),
            Msg::plain("invalid-value--whole-number-help"),
        ),
        E::InvalidScalar { ty, .. } if ty.starts_with('f') || ty.starts_with('i') => (
            "invalid-value",
            msg!("invalid-value--number", key = key.as_str()),
            Msg::plain("invalid-value--number-help"),
        ),
        _ if matches!(inner, E::InvalidBooleanStrict { .. })
            || raw.starts_with("invalid boolean") =>
        {
            (
                "invalid-value",
                msg!("invalid-value--boolean", key = key.as_str()),
                Msg::plain("invalid-value--boolean-help"),
            )
        }
        E::NullIntoString { .. } => (
            "invalid-value",
            msg!("invalid-value--empty", key = key.as_str()),
            Msg::plain("invalid-value--empty-help"),
        ),
        _ => match Msg::decode(&raw) {
            // Our own types (dates, deadlines, regions, scope) say what is
            // wrong in words of their own.
            Some(ours) => {
                let help = if ours.id.starts_with("date") {
                    Msg::plain("date--help")
                } else {
                    value_help(&key)
                };
                ("invalid-value", ours.arg("key", key.clone()), help)
            }
            None => (
                "invalid-value",
                msg!(
                    "invalid-value--form",
                    key = key.as_str(),
                    found = found_words(
                        &raw,
                        position
                            .map(|p| char_index(yaml, p))
                            .and_then(|i| yaml.chars().nth(i))
                    )
                ),
                value_help(&key),
            ),
        },
    };
    // A missing key has no value to point at: point at the start of the
    // record, or at the key that holds the nested mapping that lacks it.
    let position = match (code, position) {
        ("missing-field", Some(p)) => {
            let shape = Shape::of(yaml);
            let i = char_index(yaml, p);
            match shape
                .map_of_key_at(i)
                .and_then(|m| shape.maps[m].parent_entry)
            {
                Some(parent) => Some(position_of_char(yaml, shape.entries[parent].key_start)),
                None => Some(Position { line: 1, column: 1 }),
            }
        }
        (_, p) => p,
    };
    let substitute = match (code, message.id) {
        (_, id) if id.starts_with("date") => Some("2000-01-01"),
        (_, "invalid-value--whole-number" | "invalid-value--number") => Some("0"),
        (_, "invalid-value--boolean") => Some("false"),
        (_, "invalid-value--empty") => Some("\"-\""),
        ("unknown-value", _) => first_value,
        _ => None,
    };
    Failure {
        error: YamlError::new(code, position, message, help),
        field,
        substitute,
        meant,
    }
}

/// What a type error found, in words: "a list", "a text"...
/// `first` is the first character of the value at fault, which tells a
/// list (`[`, `-`) or a group (`{`) when the library only says it wanted
/// a text.
fn found_words(raw: &str, first: Option<char>) -> Msg {
    let found = raw
        .strip_prefix("invalid type: ")
        .and_then(|r| r.split(',').next())
        .unwrap_or("");
    if raw.starts_with("expected string scalar") {
        return Msg::plain(match first {
            Some('[' | '-') => "found-list",
            Some('{') => "found-fields",
            _ => "found-other",
        });
    }
    Msg::plain(match found {
        f if f.starts_with("sequence") => "found-list",
        f if f.starts_with("map") => "found-fields",
        f if f.starts_with("string") || f.starts_with("character") => "found-text",
        f if f.starts_with("integer") || f.starts_with("floating") => "found-number",
        f if f.starts_with("boolean") => "found-boolean",
        f if f.starts_with("unit") || f.starts_with("null") => "found-nothing",
        _ => "found-other",
    })
}

/// The character index of a 1-based line and column.
fn char_index(text: &str, p: Position) -> usize {
    let mut line = 1;
    let mut index = 0;
    let mut chars = text.chars();
    while line < p.line {
        match chars.next() {
            Some('\n') => {
                line += 1;
                index += 1;
            }
            Some(_) => index += 1,
            None => return index,
        }
    }
    index + p.column.saturating_sub(1)
}

/// The 1-based line and column of a character index.
fn position_of_char(text: &str, index: usize) -> Position {
    let mut line = 1;
    let mut column = 1;
    for c in text.chars().take(index) {
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    Position { line, column }
}

/// The mappings and their entries of a document, with character spans:
/// what the repair of [`parse_all`] blanks out, and what names the key of
/// a value at fault.
struct Shape {
    maps: Vec<MapSpan>,
    entries: Vec<EntrySpan>,
}

struct MapSpan {
    start: usize,
    end: usize,
    /// Its key path (`""` for the root, `amount`, `awards.2`): stable
    /// when entries are blanked out, unlike its start.
    path: String,
    flow: bool,
    /// The entry whose value this mapping is; `None` for the document's
    /// root and for the items of a list.
    parent_entry: Option<usize>,
}

struct EntrySpan {
    key: String,
    key_start: usize,
    /// Where a scalar value starts (`None` for lists and groups).
    scalar_start: Option<usize>,
    value_end: usize,
    map: usize,
}

/// A list or group being read by [`Shape::of`].
enum ShapeFrame {
    Map {
        index: usize,
        /// The key read, waiting for its value, and where it starts.
        key: Option<(String, usize)>,
        /// The entry of the enclosing mapping whose value this is.
        parent: Option<(String, usize, usize)>,
    },
    Seq {
        parent: Option<(String, usize, usize)>,
        path: String,
        next: usize,
    },
}

/// The key path of a list or group that starts now: after the pending key
/// of the enclosing mapping, or at the next index of the enclosing list.
fn child_path(shape: &Shape, stack: &mut [ShapeFrame]) -> String {
    let join = |parent: &str, child: &str| {
        if parent.is_empty() {
            child.to_string()
        } else {
            format!("{parent}.{child}")
        }
    };
    match stack.last_mut() {
        None => String::new(),
        Some(ShapeFrame::Map { index, key, .. }) => join(
            &shape.maps[*index].path,
            key.as_ref().map_or("", |(k, _)| k.as_str()),
        ),
        Some(ShapeFrame::Seq { path, next, .. }) => {
            let p = join(path, &next.to_string());
            *next += 1;
            p
        }
    }
}

impl Shape {
    fn of(yaml: &str) -> Shape {
        let mut shape = Shape {
            maps: Vec::new(),
            entries: Vec::new(),
        };
        let mut stack: Vec<ShapeFrame> = Vec::new();
        let mut parser = Parser::new_from_str(yaml);
        while let Some(Ok((event, span))) = parser.next_event() {
            let (start, end) = (span.start.index(), span.end.index());
            // The pending key of the enclosing mapping, taken by a value.
            let take_key = |stack: &mut Vec<ShapeFrame>| match stack.last_mut() {
                Some(ShapeFrame::Map { index, key, .. }) => key.take().map(|(k, s)| (k, s, *index)),
                _ => None,
            };
            match event {
                Event::Scalar(text, ..) => {
                    if let Some(ShapeFrame::Map { key, .. }) = stack.last_mut() {
                        if key.is_none() {
                            *key = Some((text.to_string(), start));
                            // A key; its value comes next.
                            if let Some(ShapeFrame::Map { key: Some(_), .. }) = stack.last() {
                                continue;
                            }
                        }
                    }
                    if let Some((k, s, map)) = take_key(&mut stack) {
                        shape.entries.push(EntrySpan {
                            key: k,
                            key_start: s,
                            scalar_start: Some(start),
                            value_end: end,
                            map,
                        });
                    } else if let Some(ShapeFrame::Seq { next, .. }) = stack.last_mut() {
                        *next += 1;
                    }
                }
                Event::Alias(..) => {
                    if let Some((k, s, map)) = take_key(&mut stack) {
                        shape.entries.push(EntrySpan {
                            key: k,
                            key_start: s,
                            scalar_start: None,
                            value_end: end,
                            map,
                        });
                    } else if let Some(ShapeFrame::Seq { next, .. }) = stack.last_mut() {
                        *next += 1;
                    }
                }
                Event::MappingStart(..) => {
                    let flow = yaml.chars().nth(start) == Some('{');
                    let path = child_path(&shape, &mut stack);
                    let parent = take_key(&mut stack);
                    shape.maps.push(MapSpan {
                        start,
                        end: start,
                        path,
                        flow,
                        parent_entry: None,
                    });
                    stack.push(ShapeFrame::Map {
                        index: shape.maps.len() - 1,
                        key: None,
                        parent,
                    });
                }
                Event::SequenceStart(..) => {
                    let path = child_path(&shape, &mut stack);
                    let parent = take_key(&mut stack);
                    stack.push(ShapeFrame::Seq {
                        parent,
                        path,
                        next: 0,
                    });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    let (map, parent) = match stack.pop() {
                        Some(ShapeFrame::Map { index, parent, .. }) => (Some(index), parent),
                        Some(ShapeFrame::Seq { parent, .. }) => (None, parent),
                        None => (None, None),
                    };
                    if let Some(m) = map {
                        shape.maps[m].end = end;
                    }
                    if let Some((k, s, pmap)) = parent {
                        shape.entries.push(EntrySpan {
                            key: k,
                            key_start: s,
                            scalar_start: None,
                            value_end: end,
                            map: pmap,
                        });
                        if let Some(m) = map {
                            shape.maps[m].parent_entry = Some(shape.entries.len() - 1);
                        }
                    }
                }
                _ => {}
            }
        }
        shape
    }

    /// The innermost entry whose key or value holds the character `i`.
    fn entry_at(&self, i: usize) -> Option<usize> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.key_start <= i && (i < e.value_end || i == e.key_start))
            .max_by_key(|(_, e)| e.key_start)
            .map(|(n, _)| n)
    }

    /// The text with the key of `entry` renamed `key`, without moving
    /// anything after it: `None` when the mapping has `key` already, or
    /// the new key does not fit before the value.
    fn rename(&self, text: &str, entry: usize, key: &str) -> Option<String> {
        let e = &self.entries[entry];
        if self.entries.iter().any(|o| o.map == e.map && o.key == key) {
            return None;
        }
        let mut chars: Vec<char> = text.chars().collect();
        let old: Vec<char> = e.key.chars().collect();
        let end = e.key_start + old.len();
        if chars.get(e.key_start..end) != Some(&old[..]) || chars.get(end) != Some(&':') {
            return None;
        }
        let spaces = chars[end + 1..].iter().take_while(|c| **c == ' ').count();
        let at_line_end = chars
            .get(end + 1 + spaces)
            .is_none_or(|c| *c == '\n' || *c == '\r');
        let new: Vec<char> = key.chars().collect();
        let room = old.len() + spaces - usize::from(!at_line_end);
        if new.len() > room {
            return None;
        }
        let mut replacement = new.clone();
        replacement.push(':');
        replacement.resize(old.len() + 1 + spaces, ' ');
        chars.splice(e.key_start..end + 1 + spaces, replacement);
        Some(chars.into_iter().collect())
    }

    /// The key of the innermost entry at `i` (empty when none).
    fn key_at(&self, i: usize) -> String {
        self.entry_at(i)
            .map(|n| self.entries[n].key.clone())
            .unwrap_or_default()
    }

    /// The mapping that lacks a key reported missing at `i`: the parser
    /// reports the last key it read, which is in that mapping, or is the
    /// key whose (now empty) mapping lacks it; `was_blanked(path)` tells
    /// the second case.
    fn missing_key_map(&self, i: usize, was_blanked: impl Fn(&str) -> bool) -> Option<usize> {
        let inner = self.maps.iter().position(|m| {
            m.parent_entry
                .is_some_and(|p| self.entries[p].key_start == i)
                && was_blanked(&m.path)
        });
        inner.or_else(|| self.map_of_key_at(i))
    }

    /// The mapping of the key that starts at `i` (the parser reports a
    /// missing key at the last key it read), else the innermost mapping
    /// that holds `i`.
    fn map_of_key_at(&self, i: usize) -> Option<usize> {
        if let Some(e) = self.entries.iter().find(|e| e.key_start == i) {
            return Some(e.map);
        }
        self.maps
            .iter()
            .enumerate()
            .filter(|(_, m)| m.start <= i && i <= m.end)
            .max_by_key(|(_, m)| m.start)
            .map(|(n, _)| n)
    }

    /// The text with the entry blanked out: every character of `key:
    /// value` (and, in a flow mapping, one comma beside it) becomes a space,
    /// line breaks stay, so every other position is unchanged.
    fn blank(&self, text: &str, entry: usize) -> String {
        let e = &self.entries[entry];
        let mut chars: Vec<char> = text.chars().collect();
        let end = e.value_end.min(chars.len());
        let blank = |i: usize, chars: &mut Vec<char>| {
            if chars[i] != '\n' && chars[i] != '\r' {
                chars[i] = ' ';
            }
        };
        for i in e.key_start.min(end)..end {
            blank(i, &mut chars);
        }
        if self.maps[e.map].flow {
            // Closing quotes or brackets may follow the value's span.
            let mut after = end;
            while after < chars.len() && chars[after] == ' ' {
                after += 1;
            }
            if after < chars.len() && chars[after] == ',' {
                blank(after, &mut chars);
            } else {
                let mut before = e.key_start;
                while before > 0 && chars[before - 1].is_whitespace() {
                    before -= 1;
                }
                if before > 0 && chars[before - 1] == ',' {
                    blank(before - 1, &mut chars);
                }
            }
        }
        chars.into_iter().collect()
    }
}

/// The start of the innermost mapping that contains `at`: where a missing
/// key belongs (the parser reports the key it read last).
pub fn enclosing_mapping(yaml: &str, at: Position) -> Option<Position> {
    let mut parser = Parser::new_from_str(yaml);
    let mut open: Vec<Position> = Vec::new();
    let mut best: Option<Position> = None;
    let key = |p: Position| (p.line, p.column);
    while let Some(Ok((event, span))) = parser.next_event() {
        let pos = Position {
            line: span.start.line(),
            column: span.start.col() + 1,
        };
        match event {
            Event::MappingStart(..) => open.push(pos),
            Event::MappingEnd => {
                let end = Position {
                    line: span.end.line(),
                    column: span.end.col() + 1,
                };
                if let Some(start) = open.pop() {
                    let contains = key(start) <= key(at) && key(at) <= key(end);
                    if contains && best.is_none_or(|b| key(start) > key(b)) {
                        best = Some(start);
                    }
                }
            }
            _ => {}
        }
    }
    best
}

#[derive(Debug)]
enum Frame {
    /// In a mapping: the key of the value being read, if a key was read.
    Map {
        key: Option<String>,
        expecting_key: bool,
    },
    Seq {
        index: usize,
    },
}

/// Finds the position of the value at `path` (dot-separated keys; numeric
/// segments index sequences, e.g. `awards.2.association`) and the length of
/// its text when it is a scalar. Returns `None` when the path is absent or the
/// YAML cannot be parsed that far.
pub fn locate(yaml: &str, path: &str) -> Option<(Position, usize)> {
    let target: Vec<&str> = if path.is_empty() {
        Vec::new()
    } else {
        path.split('.').collect()
    };
    let mut stack: Vec<Frame> = Vec::new();
    let mut parser = Parser::new_from_str(yaml);
    // The best partial match: the deepest ancestor of the path seen so far.
    let mut fallback: Option<(Position, usize)> = None;
    while let Some(Ok((event, span))) = parser.next_event() {
        let pos = Position {
            line: span.start.line(),
            column: span.start.col() + 1,
        };
        let scalar_len = span.end.index().saturating_sub(span.start.index());
        let is_node = matches!(
            event,
            Event::Scalar(..)
                | Event::SequenceStart(..)
                | Event::MappingStart(..)
                | Event::Alias(..)
        );
        // A scalar read where a mapping expects a key is a key, not a node.
        if let (
            Event::Scalar(text, ..),
            Some(Frame::Map {
                key,
                expecting_key: true,
            }),
        ) = (&event, stack.last_mut())
        {
            *key = Some(text.to_string());
            if let Some(Frame::Map { expecting_key, .. }) = stack.last_mut() {
                *expecting_key = false;
            }
            // Unknown-key diagnostics point at the key itself.
            if current_path_matches(&stack, &target) {
                return Some((pos, scalar_len));
            }
            continue;
        }
        if is_node {
            let depth_match = prefix_matches(&stack, &target);
            if depth_match == Some(stack.len()) && stack.len() == target.len() {
                let len = if matches!(event, Event::Scalar(..)) {
                    scalar_len
                } else {
                    0
                };
                return Some((pos, len));
            }
            if depth_match == Some(stack.len()) && stack.len() < target.len() {
                fallback = Some((pos, 0));
            }
        }
        match event {
            Event::MappingStart(..) => stack.push(Frame::Map {
                key: None,
                expecting_key: true,
            }),
            Event::SequenceStart(..) => stack.push(Frame::Seq { index: 0 }),
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                advance(&mut stack);
            }
            Event::Scalar(..) | Event::Alias(..) => advance(&mut stack),
            _ => {}
        }
    }
    fallback
}

/// After a complete node: the parent mapping expects a key again, or the
/// parent sequence moves to its next index.
fn advance(stack: &mut [Frame]) {
    match stack.last_mut() {
        Some(Frame::Map { expecting_key, .. }) => *expecting_key = true,
        Some(Frame::Seq { index }) => *index += 1,
        None => {}
    }
}

/// How many leading frames agree with the target path (`Some(n)` when all
/// `n` frames of the stack agree).
fn prefix_matches(stack: &[Frame], target: &[&str]) -> Option<usize> {
    if stack.len() > target.len() {
        return None;
    }
    for (frame, seg) in stack.iter().zip(target) {
        let ok = match frame {
            Frame::Map { key: Some(k), .. } => k == seg,
            Frame::Map { key: None, .. } => false,
            Frame::Seq { index } => seg.parse::<usize>().ok() == Some(*index),
        };
        if !ok {
            return None;
        }
    }
    Some(stack.len())
}

/// True when the key just read is the one a `:key` final segment names
/// (unknown-key diagnostics point at the key, not its value).
fn current_path_matches(stack: &[Frame], target: &[&str]) -> bool {
    let Some((last, parents)) = target.split_last() else {
        return false;
    };
    let Some(wanted) = last.strip_prefix(':') else {
        return false;
    };
    stack.len() == target.len()
        && prefix_matches(&stack[..stack.len() - 1], parents) == Some(parents.len())
        && matches!(stack.last(), Some(Frame::Map { key: Some(k), .. }) if k == wanted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    const DOC: &str = "name: {ar: \"جمعية\", fr: Tifawin}\nregion: MA-09\nprogrammes:\n  - programme: nassij\n    year: 2023\n  - {programme: takwia, year: 2024}\n";

    #[test]
    fn locates_scalars_in_block_and_flow_collections() {
        assert_eq!(
            locate(DOC, "region"),
            Some((Position { line: 2, column: 9 }, 5))
        );
        assert_eq!(
            locate(DOC, "name.fr").map(|p| p.0),
            Some(Position {
                line: 1,
                column: 25
            })
        );
        assert_eq!(
            locate(DOC, "programmes.0.programme").map(|p| p.0),
            Some(Position {
                line: 4,
                column: 16
            })
        );
        assert_eq!(
            locate(DOC, "programmes.1.programme").map(|p| p.0),
            Some(Position {
                line: 6,
                column: 17
            })
        );
        assert_eq!(
            locate(DOC, "programmes.1.year").map(|p| p.0),
            Some(Position {
                line: 6,
                column: 31
            })
        );
    }

    #[test]
    fn an_absent_path_falls_back_to_its_deepest_ancestor() {
        assert_eq!(
            locate(DOC, "programmes.1.role").map(|p| p.0),
            Some(Position { line: 6, column: 5 })
        );
        assert_eq!(
            locate(DOC, "programmes.7"),
            Some((Position { line: 4, column: 3 }, 0))
        );
    }

    #[test]
    fn a_key_can_be_located_with_the_colon_marker() {
        assert_eq!(
            locate(DOC, "programmes.0.:year").map(|p| p.0),
            Some(Position { line: 5, column: 5 })
        );
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Rec {
        name: String,
        count: u32,
    }

    #[test]
    fn type_errors_carry_their_position() {
        let e = parse::<Rec>("name: x\ncount: -3\n").unwrap_err();
        assert_eq!(e.position, Some(Position { line: 2, column: 8 }));
        let e = parse::<Rec>("name: x\ncount: 3\ncolour: red\n").unwrap_err();
        assert_eq!(e.position.map(|p| p.line), Some(3));
        assert!(e.message.en().contains("colour"), "{}", e.message);
    }

    #[test]
    fn alias_bombs_are_refused() {
        let mut doc = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            doc.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"));
        }
        let r = parse::<serde_json::Value>(&doc);
        assert!(r.is_err());
    }

    #[test]
    fn merge_chains_are_bounded() {
        // Each level merges the previous one twice: 2^30 replays unbounded.
        let mut doc = String::from("o:\n  - &m0 {a: x, b: y}\n");
        for i in 1..30 {
            let p = i - 1;
            doc.push_str(&format!("  - &m{i} {{<<: [*m{p}, *m{p}]}}\n"));
        }
        // The alias budget refuses it: the error is the proof that the
        // replays stopped (timings: tests/bench/hostile.sh).
        let e = parse::<serde_json::Value>(&doc).unwrap_err();
        assert_eq!(e.code, "yaml-aliases");
        assert!(e.position.is_some());
    }

    #[test]
    fn duplicate_keys_speak_to_editors() {
        let e = parse::<serde_json::Value>("a: 1\nb: 2\na: 3\n").unwrap_err();
        assert_eq!(e.code, "duplicate-key");
        assert_eq!(e.position, Some(Position { line: 3, column: 1 }));
        assert!(!e.message.en().contains("Options"), "{}", e.message);
    }

    #[test]
    fn deep_nesting_is_explained() {
        let doc = format!("a: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
        let e = parse::<serde_json::Value>(&doc).unwrap_err();
        assert_eq!(e.code, "yaml-syntax");
        assert!(e.message.en().contains("too deeply"), "{}", e.message);
    }
}
