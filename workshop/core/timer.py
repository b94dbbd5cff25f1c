"""The round timer, kept as timestamps so it carries on across a restart of the app."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

DEFAULT_SECONDS = 5 * 60
MAX_SECONDS = 4 * 60 * 60
LOW_SHARE = 0.20
CRITICAL_SHARE = 0.05


class TimerPhase(StrEnum):
    """How much time is left, for the colour the room sees."""

    NORMAL = "normal"
    LOW = "low"  # 20% or less left
    CRITICAL = "critical"  # 5% or less left
    UP = "up"  # time is up


@dataclass(frozen=True)
class RoundTimer:
    """A countdown: its length, when it last started (None while paused) and time used before."""

    duration: float = DEFAULT_SECONDS
    started_at: float | None = None
    used_before: float = 0.0

    @property
    def running(self) -> bool:
        return self.started_at is not None

    @property
    def touched(self) -> bool:
        """True once started: the projector shows a timer only then."""
        return self.running or self.used_before > 0

    def used(self, now: float) -> float:
        """Seconds counted so far; a clock set back never makes it run backwards."""
        extra = max(0.0, now - self.started_at) if self.started_at is not None else 0.0
        return self.used_before + extra

    def remaining(self, now: float) -> float:
        return self.duration - self.used(now)

    def phase(self, now: float) -> TimerPhase:
        left = self.remaining(now)
        if left <= 0:
            return TimerPhase.UP
        if left <= self.duration * CRITICAL_SHARE:
            return TimerPhase.CRITICAL
        if left <= self.duration * LOW_SHARE:
            return TimerPhase.LOW
        return TimerPhase.NORMAL

    def text(self, now: float) -> str:
        """The time left as m:ss, rounded up so 0:00 means time is up."""
        left = max(0, int(-(-self.remaining(now) // 1)))
        return f"{left // 60}:{left % 60:02d}"

    def started(self, now: float) -> RoundTimer:
        return self if self.running else replace(self, started_at=now)

    def paused(self, now: float) -> RoundTimer:
        return replace(self, started_at=None, used_before=self.used(now)) if self.running else self

    def toggled(self, now: float) -> RoundTimer:
        """Start when paused, pause when running (the T key)."""
        return self.paused(now) if self.running else self.started(now)

    def reset(self) -> RoundTimer:
        return RoundTimer(self.duration)

    def plus_minute(self) -> RoundTimer:
        return replace(self, duration=min(MAX_SECONDS, self.duration + 60))

    def with_duration(self, seconds: float) -> RoundTimer:
        return replace(self, duration=max(60.0, min(float(MAX_SECONDS), seconds)))
