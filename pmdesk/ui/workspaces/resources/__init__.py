"""The resource grid (Project role): resource sheet, usage by week, assignments, leveling."""
