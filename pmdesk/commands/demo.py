"""`pmdesk demo -o FILE`: write the demo plan (a product launch) to a new .pmdb file."""

from __future__ import annotations

import argparse
import os

from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

NAME = "demo"
HELP = QT_TRANSLATE_NOOP(
    "Commands",
    "write the demo plan (a product launch with roadmap, canvas, P&L and ~60 tasks) to FILE",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=translate("Commands", "the .pmdb file to write"),
    )
    parser.add_argument(
        "--force", action="store_true", help=translate("Commands", "replace FILE if it exists")
    )
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
    if target.exists() and not args.force:
        raise PmdeskError(f"{target} exists already; choose another name or add --force.")
    save_plan(build_demo_plan(language), target)
    print(f"Wrote the demo plan to {target}.")
    return 0
