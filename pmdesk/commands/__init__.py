"""CLI sub-commands, one module each; cli.py finds them in COMMANDS."""
