"""`pmdesk demo -o FILE`: write the demo plan (a product launch) to a new .pmdb file."""

from __future__ import annotations

import argparse
import os

from pmdesk.commands.outputfile import add_output_arguments, refuse_to_replace
from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

NAME = "demo"
HELP = QT_TRANSLATE_NOOP(
    "Commands",
    "write the demo plan (a product launch with roadmap, canvas, P&L and ~60 tasks) to FILE",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_output_arguments(parser, translate("Commands", "the .pmdb file to write"), "FILE")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        default=None,
        help=translate(
            "Commands",
            "en: the English plan in EUR; id: the Indonesian plan in IDR "
            "(default: PMDESK_LANG, else en)",
        ),
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pmdesk.core.demo import build_demo_plan
    from pmdesk.core.translation import UnknownLanguage, normalise_language
    from pmdesk.store.pmdb import save_plan

    try:
        language = normalise_language(args.lang or os.environ.get("PMDESK_LANG") or "en")
    except UnknownLanguage as exc:
        raise PmdeskError(str(exc)) from None
    target = Path(args.output)
    refuse_to_replace(target, args.force)
    save_plan(build_demo_plan(language), target)
    print(translate("Commands", "Wrote the demo plan to %1.").replace("%1", str(target)))
    return 0
