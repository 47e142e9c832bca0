"""argparse's own words ("usage:", "options", its error sentences) in the interface language.

argparse looks each of them up through ``gettext`` as it prints; ``speak_argparse`` routes
that lookup to pmdesk's catalogue, where the words below are listed for pyside6-lupdate (the
ones a person meets when asking for help or mistyping a command).
"""

from __future__ import annotations

from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
)


def speak_argparse() -> None:
    """Make argparse print its words through ``translate`` (after a language is installed)."""
    import argparse

    # argparse's own gettext alias, looked up at each use
    setattr(argparse, "_", lambda text: translate("argparse", text))  # noqa: B010
