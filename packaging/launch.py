"""Entry script of the bundle's executables: `pmdesk` (the windowed GUI, no console window on
Windows) and `pmdesk-cli` (the console program: sub-commands, --self-test; without a command
it opens the GUI too). Which one runs is told by the name it was started as; the windowed
one, given a sub-command, says to use pmdesk-cli."""

import os
import sys

from pmdesk.cli import main

started_as = os.path.splitext(os.path.basename(sys.argv[0] or sys.executable))[0].lower()
sys.exit(main(windowed=started_as != "pmdesk-cli"))
