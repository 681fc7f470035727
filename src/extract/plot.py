"""`extract.plot`: who met whom and events over time, with matplotlib (the `explore` extra).

    import extract.plot
    extract.plot.network(extract.frames(articles))
    extract.plot.timeline(extract.frames(articles))
"""

from .explore.plot import edges, network, points, timeline

__all__ = ["network", "timeline", "edges", "points"]
