"""The calendar editor (Project > Change Working Time...) and its parts."""
