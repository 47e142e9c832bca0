"""matplotlib figures as pure functions returning a Figure, plus a thin Qt canvas.

Nothing here imports matplotlib at module level of the package: it costs start-up time, so
each figure module is imported only when a chart is first shown.
"""
