"""The error the scheduling engine raises when a plan cannot be scheduled as it stands."""

from pmdesk.core.errors import PmdeskError


class SchedulingError(PmdeskError):
    """A plan the engine refuses: a cycle, a negative duration, an unknown calendar...

    The message is one sentence for a person and names the tasks or calendar involved.
    """
