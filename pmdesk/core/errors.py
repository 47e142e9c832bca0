"""The base of errors a user's world causes (bad file, bad input); their message is for a person."""


class PmdeskError(Exception):
    """A user error: shown as one sentence in a dialog or on stderr, never as a traceback."""
