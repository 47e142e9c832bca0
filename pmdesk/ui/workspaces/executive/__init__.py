"""The executive timeline tab (Project role): milestones and top-level summaries on one band."""
