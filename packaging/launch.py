"""Entry script of the bundle's executables: `pmdesk` (the windowed GUI, no console window on
Windows) and `pmdesk-cli` (the console program: sub-commands, --self-test; without a command
it opens the GUI too). Which one runs is told by the name it was started as (pmdesk-cli is a
second .exe on Windows, a symbolic link elsewhere); the windowed one, given a sub-command,
says to use pmdesk-cli."""

import sys

from pmdesk.cli import is_console_program, main

sys.exit(main(windowed=not is_console_program(sys.argv[0] or sys.executable)))
