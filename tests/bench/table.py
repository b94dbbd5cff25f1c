"""The speed table: every bench adds its rows here; the session's end prints them as one table."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass


@dataclass
class Row:
    """One figure: its median, its reference's median from the same run, and a goal."""

    figure: str
    ms: float
    reference: str = ""
    reference_ms: float = 0.0
    goal: str = ""
    met: bool | None = None
    unit: str = "ms"
    ratio: float | None = None


ROWS: list[Row] = []


def record(figure: str, samples: list[float], *, goal_ms: float | None = None) -> Row:
    """An absolute figure (its goal in ms, or none): the median of `samples` seconds."""
    ms = statistics.median(samples) * 1000
    row = Row(figure, ms)
    if goal_ms is not None:
        row.goal, row.met = f"< {goal_ms:g} ms", ms < goal_ms
    ROWS.append(row)
    return row


def record_paired(
    figure: str,
    samples: list[float],
    reference: str,
    reference_samples: list[float],
    *,
    goal_ratio: float | None = None,
    unit: str = "ms",
) -> Row:
    """A figure against its reference measured in the same run, pair by pair: the ratio is
    the median of the pairs' ratios, so a busy moment slows both sides of a pair.
    Samples are seconds (shown in ms), or already in `unit` when that is not "ms"."""
    ratios = [a / b for a, b in zip(samples, reference_samples, strict=True) if b > 0]
    ratio = statistics.median(ratios)
    scale = 1000 if unit == "ms" else 1
    row = Row(
        figure,
        statistics.median(samples) * scale,
        reference,
        statistics.median(reference_samples) * scale,
        unit=unit,
        ratio=ratio,
    )
    if goal_ratio is not None:
        row.goal, row.met = f"≤ {goal_ratio:g}×", ratio <= goal_ratio
    ROWS.append(row)
    return row


def slope(points: list[tuple[float, float]]) -> float:
    """The log-log slope of (size, time) by least squares: 1 is linear, 2 quadratic."""
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def render() -> str:
    """The rows as a Markdown table, with the fitted growth of each family of sized rows."""
    lines = [
        "| figure | median | reference (same run, interleaved) | ratio | goal | met |",
        "|---|---|---|---|---|---|",
    ]
    for row in ROWS:
        ratio = row.ratio
        ref = f"{row.reference}: {row.reference_ms:.1f} {row.unit}" if row.reference else ""
        met = "" if row.met is None else ("yes" if row.met else "**no**")
        lines.append(
            f"| {row.figure} | {row.ms:.1f} {row.unit} | {ref} | "
            f"{'' if ratio is None else f'{ratio:.2f}×'} | {row.goal} | {met} |"
        )
    growth = growth_rows()
    if growth:
        lines += [
            "",
            "| scaling | sizes | medians | log-log slope (1 = linear) |",
            "|---|---|---|---|",
        ]
        lines += growth
    return "\n".join(lines)


SCALES: dict[str, list[tuple[float, float]]] = {}


def scale_point(family: str, size: float, ms: float) -> None:
    """A (size, median ms) point of a family of sized figures, to fit its growth."""
    SCALES.setdefault(family, []).append((size, ms))


def growth_rows() -> list[str]:
    rows = []
    for family, points in SCALES.items():
        points = sorted(points)
        if len(points) < 2:
            continue
        sizes = " / ".join(f"{x:,.0f}" for x, _ in points)
        medians = " / ".join(f"{y:.1f}" for _, y in points)
        rows.append(f"| {family} | {sizes} | {medians} ms | {slope(points):.2f} |")
    return rows
