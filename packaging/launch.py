"""Entry script of the PyInstaller bundle: the same `pmdesk` command as the installed package."""

import sys

from pmdesk.cli import main

sys.exit(main())
