//! Positions in Fluent source text and the checks fluent-bundle does not do:
//! byte offsets to line:column, where each entry starts (fluent-syntax keeps
//! no spans), and the rule that plural selections go through `PLURAL()`.

use super::plural::PluralCategory;
use fluent_syntax::ast;
use std::collections::{HashMap, VecDeque};

/// 1-based line and column of a byte offset; the column counts characters
/// (an Arabic or Tifinagh letter is one column, not two or three bytes).
pub(crate) fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let mut byte = byte.min(text.len());
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    let before = &text[..byte];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Where to point for a syntax error. For a missing closing delimiter the
/// parser has already skipped the blank lines after the placeable and reports
/// the start of the next line (or the end of the file); the editor wants the
/// place right after the unclosed text instead.
pub(crate) fn error_offset(
    text: &str,
    byte: usize,
    kind: &fluent_syntax::parser::ErrorKind,
) -> usize {
    use fluent_syntax::parser::ErrorKind as K;
    let byte = byte.min(text.len());
    if !matches!(kind, K::ExpectedToken('}' | ']' | ')')) || !text.is_char_boundary(byte) {
        return byte;
    }
    let before = &text[..byte];
    let content_end = before.trim_end().len();
    if before[content_end..].contains('\n') {
        content_end
    } else {
        byte
    }
}

/// Where each message (`id`) and term (`-id`) of a file starts, in file
/// order. Fluent entries always start at column 1; continuation lines are
/// indented, so a line that starts with an identifier followed by `=` is an
/// entry.
pub(crate) struct EntryLines {
    lines: HashMap<String, VecDeque<usize>>,
}

impl EntryLines {
    pub(crate) fn scan(text: &str) -> EntryLines {
        let mut lines: HashMap<String, VecDeque<usize>> = HashMap::new();
        for (index, line) in text.lines().enumerate() {
            let (prefix, rest) = match line.strip_prefix('-') {
                Some(rest) => ("-", rest),
                None => ("", line),
            };
            if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
                continue;
            }
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(rest.len());
            if rest[end..].trim_start().starts_with('=') {
                let key = format!("{prefix}{}", &rest[..end]);
                lines.entry(key).or_default().push_back(index + 1);
            }
        }
        EntryLines { lines }
    }

    /// The line of the next, not yet claimed, entry with this key (0 if the
    /// scan missed it, which only a parser disagreement could cause).
    pub(crate) fn claim(&mut self, key: &str) -> usize {
        self.lines
            .get_mut(key)
            .and_then(VecDeque::pop_front)
            .unwrap_or(0)
    }
}

/// A problem found inside one message, reported at the message's line.
pub(crate) struct Problem {
    pub(crate) message: String,
    pub(crate) help: String,
}

/// Plural selections must be written `{ PLURAL($n) -> ... }`: a bare
/// `{ $n -> [one] ... }` would be resolved by fluent-bundle's own rules, which
/// silently fall back to English for zgh. Also catches keys that can never
/// match a `PLURAL()` selector.
pub(crate) fn check_plurals(pattern: &ast::Pattern<&str>, problems: &mut Vec<Problem>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            check_expression(expression, problems);
        }
    }
}

fn check_expression(expression: &ast::Expression<&str>, problems: &mut Vec<Problem>) {
    match expression {
        ast::Expression::Inline(inline) => check_inline(inline, problems),
        ast::Expression::Select { selector, variants } => {
            check_inline(selector, problems);
            let by_plural = matches!(
                selector,
                ast::InlineExpression::FunctionReference { id, .. } if id.name == "PLURAL"
            );
            for variant in variants {
                match (&variant.key, by_plural) {
                    (ast::VariantKey::Identifier { name }, false)
                        if !variant.default && PluralCategory::from_keyword(name).is_some() =>
                    {
                        problems.push(Problem {
                            message: format!(
                                "the variant [{name}] is a plural category, but the selector is not PLURAL(...)"
                            ),
                            help: "write the selector as `{ PLURAL($count) -> ... }` so the language's \
                                   plural rule of nassij applies (fluent-bundle would silently use English \
                                   rules for zgh)"
                                .to_owned(),
                        });
                    }
                    (ast::VariantKey::Identifier { name }, true)
                        if PluralCategory::from_keyword(name).is_none() =>
                    {
                        problems.push(Problem {
                            message: format!("the variant [{name}] is not a plural category"),
                            help: "PLURAL() returns one of zero, one, two, few, many, other"
                                .to_owned(),
                        });
                    }
                    (ast::VariantKey::NumberLiteral { value }, true) => {
                        problems.push(Problem {
                            message: format!("the variant [{value}] can never match PLURAL(...)"),
                            help: "PLURAL() returns a category name; to single out an exact number, \
                                   select on the variable first: `{ $count -> [0] ... *[other] { PLURAL($count) -> ... } }`"
                                .to_owned(),
                        });
                    }
                    _ => {}
                }
                check_plurals(&variant.value, problems);
            }
        }
    }
}

fn check_inline(inline: &ast::InlineExpression<&str>, problems: &mut Vec<Problem>) {
    match inline {
        ast::InlineExpression::Placeable { expression } => check_expression(expression, problems),
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                check_inline(argument, problems);
            }
        }
        _ => {}
    }
}

/// A hint for each kind of Fluent syntax error, in words an editor can act on.
pub(crate) fn syntax_help(kind: &fluent_syntax::parser::ErrorKind) -> String {
    use fluent_syntax::parser::ErrorKind as K;
    match kind {
        K::ExpectedToken('=') => "a message is written `message-id = text`".to_owned(),
        K::ExpectedToken('}') => "a placeable opened with `{` must be closed with `}` on the same line".to_owned(),
        K::ExpectedToken(_) | K::ExpectedCharRange { .. } => {
            "message ids start with a letter and contain only letters, digits, `-` and `_`; \
             continuation lines must be indented"
                .to_owned()
        }
        K::ExpectedMessageField { entry_id } => {
            format!("`{entry_id}` has no text: write `{entry_id} = text`, or give it attributes (`    .attr = text`)")
        }
        K::ExpectedTermField { entry_id } => format!("the term `-{entry_id}` needs a value"),
        K::MissingDefaultVariant => {
            "mark one variant as the default with `*`, usually `*[other]`".to_owned()
        }
        K::MultipleDefaultVariants => "only one variant may start with `*`".to_owned(),
        K::UnbalancedClosingBrace => {
            "a `}` closes nothing here; to show a literal brace write `{ \"}\" }`".to_owned()
        }
        K::UnterminatedStringLiteral => "close the string literal with `\"` on the same line".to_owned(),
        K::UnknownEscapeSequence(_) | K::InvalidUnicodeEscapeSequence(_) => {
            "string literals accept only `\\\"`, `\\\\`, `\\uXXXX` and `\\UXXXXXX`".to_owned()
        }
        K::MessageReferenceAsSelector
        | K::TermReferenceAsSelector
        | K::MessageAttributeAsSelector
        | K::TermAttributeAsPlaceable
        | K::ExpectedSimpleExpressionAsSelector => {
            "select on a variable or a function call, e.g. `{ PLURAL($count) -> ... }`".to_owned()
        }
        K::ForbiddenCallee => "functions are written in capitals, e.g. `NUMBER($n)` or `PLURAL($n)`".to_owned(),
        K::PositionalArgumentFollowsNamed | K::DuplicatedNamedArgument(_) => {
            "write positional arguments first, each named argument once: `NUMBER($n, maximumFractionDigits: 1)`"
                .to_owned()
        }
        K::MissingValue | K::ExpectedInlineExpression | K::ExpectedLiteral => {
            "a placeable `{ ... }` must contain a variable (`$name`), a message reference, a string or a number"
                .to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "a = 1\nتحية = ⵜⴰ\r\nx";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 6), (2, 1));
        let byte = text
            .find('=')
            .map(|_| text.rfind('=').unwrap_or(0))
            .unwrap_or(0);
        assert_eq!(line_col(text, byte), (2, 6));
        assert_eq!(line_col(text, text.len()), (3, 2));
        assert_eq!(line_col(text, 7), (2, 1), "inside a character: its start");
    }

    #[test]
    fn entry_lines_in_order() {
        let text = "# c\nhello = a\n    .title = t\n-brand = B\nhello=again\n  notanentry = x\n";
        let mut lines = EntryLines::scan(text);
        assert_eq!(lines.claim("hello"), 2);
        assert_eq!(lines.claim("-brand"), 4);
        assert_eq!(lines.claim("hello"), 5);
        assert_eq!(lines.claim("hello"), 0);
        assert_eq!(lines.claim("notanentry"), 0);
    }
}
