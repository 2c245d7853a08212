//! Positions in Fluent source text and the checks fluent-bundle does not do:
//! byte offsets to line:column, where each entry starts (fluent-syntax keeps
//! no spans), and the rule that plural selections go through `PLURAL()`.

use super::plural::PluralCategory;
use crate::messages::Msg;
use crate::msg;
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
    pub(crate) message: Msg,
    pub(crate) help: Msg,
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
                            message: msg!("i18n--plural-without-function", variant = *name),
                            help: Msg::plain("i18n--plural-without-function--help"),
                        });
                    }
                    (ast::VariantKey::Identifier { name }, true)
                        if PluralCategory::from_keyword(name).is_none() =>
                    {
                        problems.push(Problem {
                            message: msg!("i18n--not-a-plural-category", variant = *name),
                            help: Msg::plain("i18n--not-a-plural-category--help"),
                        });
                    }
                    (ast::VariantKey::NumberLiteral { value }, true) => {
                        problems.push(Problem {
                            message: msg!("i18n--number-never-matches", variant = *value),
                            help: Msg::plain("i18n--number-never-matches--help"),
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
pub(crate) fn syntax_help(kind: &fluent_syntax::parser::ErrorKind) -> Msg {
    use fluent_syntax::parser::ErrorKind as K;
    match kind {
        K::ExpectedToken('=') => Msg::plain("i18n--syntax-help-equals"),
        K::ExpectedToken('}') => Msg::plain("i18n--syntax-help-close-brace"),
        K::ExpectedToken(_) | K::ExpectedCharRange { .. } => {
            Msg::plain("i18n--syntax-help-identifier")
        }
        K::ExpectedMessageField { entry_id } => {
            msg!("i18n--syntax-help-message-value", id = entry_id.as_str())
        }
        K::ExpectedTermField { entry_id } => {
            msg!("i18n--syntax-help-term-value", id = entry_id.as_str())
        }
        K::MissingDefaultVariant => Msg::plain("i18n--syntax-help-default-variant"),
        K::MultipleDefaultVariants => Msg::plain("i18n--syntax-help-several-defaults"),
        K::UnbalancedClosingBrace => Msg::plain("i18n--syntax-help-unbalanced-brace"),
        K::UnterminatedStringLiteral => Msg::plain("i18n--syntax-help-unterminated-string"),
        K::UnknownEscapeSequence(_) | K::InvalidUnicodeEscapeSequence(_) => {
            Msg::plain("i18n--syntax-help-escape")
        }
        K::MessageReferenceAsSelector
        | K::TermReferenceAsSelector
        | K::MessageAttributeAsSelector
        | K::TermAttributeAsPlaceable
        | K::ExpectedSimpleExpressionAsSelector => Msg::plain("i18n--syntax-help-selector"),
        K::ForbiddenCallee => Msg::plain("i18n--syntax-help-function-name"),
        K::PositionalArgumentFollowsNamed | K::DuplicatedNamedArgument(_) => {
            Msg::plain("i18n--syntax-help-arguments")
        }
        K::MissingValue | K::ExpectedInlineExpression | K::ExpectedLiteral => {
            Msg::plain("i18n--syntax-help-placeable")
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
