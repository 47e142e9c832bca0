"""Qt-free edit rules: what a typed cell, a dialog field, a bar drag, indent/outdent/move or a
paste means for the plan. Each function reads the plan data, refuses what it cannot take with
one sentence (a PmdeskError), and changes the plan only through an editor (``PlanEditor``,
which Document implements) as one undo step. Qt models, dialogs and chart interactions only
translate gestures into these calls, so typing and dragging share one rule.
"""
