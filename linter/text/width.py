"""How wide a line prints: a Chinese character counts two, an ASCII character one."""

from __future__ import annotations

# Lines this much narrower than the typical width still fill the line
# (punctuation may not open a line, so a character moves down; digits are narrow).
SLACK = 5


def visual_width(text: str) -> int:
    """Width as printed: characters outside ASCII count two (a cheap, C-speed estimate)."""
    extra = len(text.encode("utf-8")) - len(text)
    return len(text) + extra // 2


def slack(width: int) -> int:
    """How much narrower than ``width`` a line may be and still fill it."""
    return max(SLACK, width // 10)


def fills(text: str, width: int) -> bool:
    """Whether a line fills the typical width (so it runs on into the next line)."""
    return visual_width(text.rstrip()) >= width - slack(width)
