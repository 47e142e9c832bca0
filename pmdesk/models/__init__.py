"""Qt item models over the plan; setData pushes undo commands."""
