//! The one place that knows the YAML library (serde-saphyr and its parser,
//! granit-parser). Everything else sees [`parse`], [`locate`] and
//! [`YamlError`], so the library can be swapped by rewriting this file.
//!
//! serde-saphyr is used rather than the archived serde_yaml: it is pure Rust,
//! reports line and column for type, unknown-field and missing-field errors,
//! and bounds alias expansion with a budget (a billion-laughs document is
//! refused instead of eating the machine).

use crate::diagnostics::Position;
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
    /// `missing-field`, `unknown-value`, `invalid-value`, `yaml-too-large`,
    /// `yaml-aliases` or `yaml-syntax`.
    pub code: &'static str,
    /// Where in the YAML text (not the whole file), when the parser knows.
    pub position: Option<Position>,
    /// What is wrong.
    pub message: String,
    pub(super) help: Option<String>,
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

/// Parses one YAML document into a typed record.
pub fn parse<T: DeserializeOwned>(yaml: &str) -> Result<T, YamlError> {
    if yaml.len() > MAX_YAML_BYTES {
        return Err(YamlError {
            code: "yaml-too-large",
            position: None,
            message: format!(
                "the YAML is {} bytes long, more than the limit of {MAX_YAML_BYTES} bytes",
                yaml.len()
            ),
            help: Some("split the record or move long text into the Markdown body".into()),
        });
    }
    serde_saphyr::from_str_with_options(yaml, options()).map_err(|e| {
        // The deserializer reads as it parses, so a syntax error can surface
        // as a type error further on: the parser alone says what is wrong.
        syntax_error(yaml).unwrap_or_else(|| convert(&e))
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
            if e.info().contains("recursion limit") {
                return Some(YamlError {
                    code: "yaml-syntax",
                    position: Some(Position {
                        line: m.line().max(1),
                        column: m.col() + 1,
                    }),
                    message: "the YAML nests lists or mappings too deeply".into(),
                    help: Some("a record needs a few levels of nesting at most: check for `[` or `{` that are never closed".into()),
                });
            }
            return Some(YamlError {
                code: "yaml-syntax",
                position: Some(Position {
                    line: m.line().max(1),
                    column: m.col() + 1,
                }),
                message: format!("YAML syntax: {}", e.info()),
                help: Some(syntax_help(&e.info())),
            });
        }
    }
    None
}

fn syntax_help(info: &str) -> String {
    let i = info.to_lowercase();
    if i.contains("tab") {
        "indent with spaces, not tabs".into()
    } else if i.contains("quote") {
        "close the quoted text with the same quote mark it opens with".into()
    } else if i.contains("flow")
        || i.contains("']'")
        || i.contains("'}'")
        || i.contains("mapping")
        || i.contains("sequence")
    {
        "close every `[` with `]` and every `{` with `}` on the same value; text with `:`, `#`, `[` or `{` must be quoted".into()
    } else {
        "check the indentation and punctuation on this line and the one before; text with `:` or `#` must be quoted".into()
    }
}

fn convert(e: &serde_saphyr::Error) -> YamlError {
    use serde_saphyr::Error as E;
    let position = e.location().and_then(|l| {
        let (line, column) = (l.line() as usize, l.column() as usize);
        (line > 0).then_some(Position {
            line,
            column: column.max(1),
        })
    });
    let inner = e.without_snippet();
    let message = clean_message(&inner.to_string());
    let (code, message, help): (&'static str, String, String) = match inner {
        E::SerdeUnknownField {
            field, expected, ..
        } => (
            "unknown-field",
            message,
            match crate::diagnostics::nearest(field, expected.iter().copied()) {
                Some(n) => format!("did you mean `{n}`? Write `{n}:` instead of `{field}:`"),
                None => format!(
                    "check the spelling of the key; the keys here are {} (unknown keys are errors so that a typo is never ignored)",
                    expected.join(", ")
                ),
            },
        ),
        E::SerdeMissingField { .. } => ("missing-field", message, "add this required key to the record".into()),
        E::SerdeUnknownVariant { .. } => ("unknown-value", message, "use one of the values listed".into()),
        E::DuplicateMappingKey { .. } => (
            "duplicate-key",
            // The library's own advice ("set DuplicateKeyPolicy in
            // Options") means nothing to an editor.
            message.split(", set DuplicateKeyPolicy").next().unwrap_or(&message).to_string(),
            "a key may appear once in a mapping: remove or merge the other one".into(),
        ),
        E::Budget { .. }
        | E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. }
        | E::AliasReplayCounterOverflow { .. }
        | E::AliasError { .. } => (
            "yaml-aliases",
            "the YAML uses more anchors, aliases or nesting than a record can need".into(),
            "write the values out instead of repeating them with YAML anchors and aliases (&name, *name)".into(),
        ),
        E::InvalidScalar { .. } if message.contains("u64") || message.contains("u32") => (
            "invalid-value",
            format!("{message}: expected a whole number of 0 or more"),
            "write a whole number without sign, decimals or spaces, e.g. 12".into(),
        ),
        E::InvalidScalar { .. } if message.contains("f64") || message.contains("i32") || message.contains("i64") => (
            "invalid-value",
            format!("{message}: expected a number"),
            "write a number with a dot for decimals and no spaces or currency, e.g. 150000 or 12.5".into(),
        ),
        E::InvalidBooleanStrict { .. } => ("invalid-value", message, "write true or false".into()),
        E::NullIntoString { .. } => (
            "invalid-value",
            format!("{message}: the value is empty"),
            "write the value, or remove the key if the field is optional".into(),
        ),
        _ if message.contains("invalid date") => (
            "invalid-value",
            message,
            "dates are written YYYY-MM-DD (e.g. 2024-06-14) and deadlines YYYY-MM-DDTHH:MM".into(),
        ),
        _ => (
            "invalid-value",
            message,
            "this value does not have the expected form: see the field's type in SPEC.md (text, date, number, list or mapping)".into(),
        ),
    };
    YamlError {
        code,
        position,
        message,
        help: Some(help),
    }
}

/// serde-saphyr appends the location to its messages; ours is printed by the
/// diagnostic itself.
fn clean_message(raw: &str) -> String {
    let first = raw.lines().next().unwrap_or(raw).trim();
    let cut = first.find(" at line ").map_or(first, |i| &first[..i]);
    cut.trim_end_matches('.').to_string()
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
        assert!(e.message.contains("colour"), "{}", e.message);
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
        assert!(!e.message.contains("Options"), "{}", e.message);
    }

    #[test]
    fn deep_nesting_is_explained() {
        let doc = format!("a: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
        let e = parse::<serde_json::Value>(&doc).unwrap_err();
        assert_eq!(e.code, "yaml-syntax");
        assert!(e.message.contains("too deeply"), "{}", e.message);
    }
}
