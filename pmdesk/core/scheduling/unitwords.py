"""Duration units typed in Bahasa Indonesia: "3 hari", "2 minggu", "4 jam", "1 bulan", "30 menit".

MS Project has no Indonesian edition to copy abbreviations from (Indonesian guides to it use
the English product and its "d", "w", "h"), so the full words are read, plus the everyday
abbreviations that cannot be mistaken for an English unit: "hr" (hari) and "m" (minggu)
would clash with MS Project's "hr" (hour) and "m" (minute), and stay English.
"""

from __future__ import annotations

# word -> pmdesk's unit (m, h, d, w, mo)
INDONESIAN_UNIT_WORDS = {
    "menit": "m", "mnt": "m",
    "jam": "h", "j": "h",
    "hari": "d", "hri": "d",
    "minggu": "w", "mgg": "w", "pekan": "w",
    "bulan": "mo", "bln": "mo",
}  # fmt: skip
