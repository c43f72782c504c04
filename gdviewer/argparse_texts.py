"""Qt translations for the sentences that argparse writes itself.

argparse looks its own texts up through the module-level names ``_`` and
``ngettext`` that it imports from gettext (Python 3.11). While one of the
parser's methods runs, those names point at Qt's translation system, so
"usage:", "error:" and messages such as "invalid int value" follow the
interface language, and option names stay as typed.
"""

from __future__ import annotations

import argparse
import contextlib
import unicodedata
from collections.abc import Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: The context under which the argparse texts are translated.
CONTEXT = "argparse"

# The source texts are argparse's own message ids (Python 3.11), so that
# pyside6-lupdate collects them. Messages that only a programmer's mistake
# raises, such as a conflicting option string, stay in English.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def translate_text(text: str | None) -> str | None:
    """Translate one argparse message id; texts without a translation come back unchanged."""
    if text is None:
        return None
    return QCoreApplication.translate(CONTEXT, text)


def translate_plural(singular: str, plural: str, count: int) -> str:
    """Choose the English form for ``count`` and translate it, as gettext's ngettext does."""
    return translate_text(singular if count == 1 else plural)


def display_width(text: str) -> int:
    """Return the terminal columns of ``text``: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(character) in "WF" else 1 for character in text)


@contextlib.contextmanager
def translated_argparse() -> Iterator[None]:
    """Route argparse's gettext calls to Qt while the block runs.

    The previous functions come back afterwards, also when the block exits
    through SystemExit, so parsers outside the block print English.
    """
    previous = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = translate_text, translate_plural
    try:
        yield
    finally:
        argparse._, argparse.ngettext = previous


class DisplayWidthHelpFormatter(argparse.HelpFormatter):
    """A help formatter that measures lines in terminal columns, not characters.

    argparse indents the continuation lines of the usage by the prefix's
    length and wraps help texts by their length in characters, but each
    Hangul syllable takes two columns.
    """

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = argparse._("usage: ")
        padding = display_width(prefix) - len(prefix)
        # The placeholder pads the prefix to its width in columns while
        # argparse lays out the lines, and is then removed.
        placeholder = "\0" * padding
        text = super()._format_usage(usage, actions, groups, prefix + placeholder)
        return text.replace(placeholder, "", 1) if padding else text

    def _split_lines(self, text, width):
        """Wrap help text at ``width`` terminal columns, counting a wide character as two."""
        if display_width(text) == len(text):
            return super()._split_lines(text, width)
        lines: list[str] = []
        line = ""
        for word in text.split():
            candidate = f"{line} {word}" if line else word
            if line and display_width(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        if line:
            lines.append(line)
        return lines


class TranslatedArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own texts follow the installed Qt translators.

    The texts are translated when they are written: group titles and the
    help of ``-h`` when the parser is built, usage and errors when they are
    printed. Install the translators before building the parser.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", DisplayWidthHelpFormatter)
        with translated_argparse():
            super().__init__(*args, **kwargs)

    def parse_known_args(self, args=None, namespace=None):
        with translated_argparse():
            return super().parse_known_args(args, namespace)

    def parse_args(self, args=None, namespace=None):
        with translated_argparse():
            return super().parse_args(args, namespace)

    def format_usage(self) -> str:
        with translated_argparse():
            return super().format_usage()

    def format_help(self) -> str:
        with translated_argparse():
            return super().format_help()

    def error(self, message: str):
        with translated_argparse():
            super().error(message)
