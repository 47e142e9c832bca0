"""Write the demo plan to resources/samples/demo.pmdb (or the path given).

The plan itself is built by code in pmdesk/core/demo.py; this file is never hand-edited, and
`pmdesk --demo` builds a fresh copy each time, so the .pmdb is not kept in the repository.
"""

import pathlib
import sys

from pmdesk.cli import main

target = sys.argv[1] if len(sys.argv) > 1 else str(pathlib.Path(__file__).with_name("demo.pmdb"))
sys.exit(main(["demo", "-o", target, "--force"]))
