"""Visual hints shared by the GEXF export and the rendered picture: a colour per class
and a size that grows with degree, so a graph opened in Gephi is readable before any
styling."""
from __future__ import annotations

import math

CLASS_COLORS: dict[str, tuple[int, int, int]] = {
    "Country": (214, 39, 40),
    "Organization": (255, 127, 14),
    "Person": (31, 119, 180),
    "Actor": (127, 127, 127),
    "City": (44, 160, 44),
    "Region": (152, 223, 138),
    "Place": (188, 189, 34),
    "Facility": (219, 219, 141),
    "DroneStrike": (148, 103, 189),
    "AirStrike": (140, 86, 75),
    "MissileStrike": (227, 119, 194),
    "Shelling": (23, 190, 207),
    "Attack": (197, 176, 213),
    "Event": (197, 176, 213),
    "Statement": (170, 170, 170),
}
DEFAULT_COLOR = (127, 127, 127)


def color(cls: str) -> tuple[int, int, int]:
    return CLASS_COLORS.get(cls, DEFAULT_COLOR)


def size(degree: int) -> float:
    """Node size: a floor so that leaves stay visible, then the square root of the degree."""
    return round(4.0 + 3.0 * math.sqrt(degree), 2)
