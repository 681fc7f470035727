"""Pictures of a corpus's events with matplotlib: who met whom (network), what happened when (timeline).

Both take the frames of `extract.frames(articles)` and draw on a given Axes or a new figure, in
dark ink on white whatever the notebook's theme. The tables they draw (`edges`, `points`) are
functions of their own, for analysts who want the numbers rather than the picture.
"""

from __future__ import annotations

import math
from itertools import combinations

import pandas as pd

from .consolidate import canonical_name, keys as entity_keys

# the roles that put two parties of an event face to face
PAIR_ROLES = {"MEETING": (("participants",),), "SIGNING": (("signatories",), ("parties",)),
              "VISIT": (("visitor", "host"),)}
EVENT_COLORS = {"MEETING": "#c2410c", "SIGNING": "#1d4ed8", "VISIT": "#15803d", "APPOINTMENT": "#7e22ce",
                "STATEMENT": "#475569"}
NODE_COLORS = {"PERSON": "#2563eb", "ORGANIZATION": "#16a34a", "COUNTRY": "#0891b2", "LOCATION": "#0d9488"}
INK = "#111827"
MAX_LABELS = 30  # the timeline names who took part when it has at most this many events


def _new_axes(figsize):
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=figsize)
    return ax


def _white(ax):
    ax.figure.set_facecolor("white")
    ax.set_facecolor("white")
    for side in ax.spines.values():
        side.set_color(INK)
    ax.tick_params(colors=INK, labelcolor=INK)


def _entity_table(frames) -> pd.DataFrame:
    """Entities with their corpus-wide key and the name that key goes by."""
    ents = frames.entities
    if ents.empty:
        return ents.assign(key=pd.Series(dtype=object), label=pd.Series(dtype=object))
    ents = ents.assign(key=entity_keys(ents))
    label = ents.groupby("key")["name"].agg(canonical_name)
    return ents.assign(label=ents["key"].map(label))


def edges(frames, types=("MEETING", "SIGNING"), modality=("fact",)) -> pd.DataFrame:
    """Who met / signed with whom: one row per pair and event type, with how many events and articles.

    The parties of a MEETING are its participants; of a SIGNING its signatories (its parties when no
    signatory is named); of a VISIT its visitor and host. Names are merged across articles as in
    consolidate.py. Only events that happened count (`modality` fact, or none stated); pass
    `modality=("fact", "planned")`, or None for every event, to see more."""
    cols = ["source", "target", "type", "events", "articles", "source_type", "target_type"]
    roles = frames.roles
    if roles.empty:
        return pd.DataFrame(columns=cols)
    roles = roles[roles["type"].isin(types)]
    if modality is not None:
        roles = roles[roles["modality"].isin(modality) | roles["modality"].isna()]
    ents = _entity_table(frames)
    node_of = {(a, e): (k, label, t) for a, e, k, label, t in
               zip(ents["article_id"], ents["entity_id"], ents["key"], ents["label"], ents["type"])}
    fillers: dict[tuple, dict[str, list]] = {}
    for art, n, etype, role, eid in zip(roles["article_id"], roles["event"], roles["type"], roles["role"],
                                        roles["entity_id"]):
        fillers.setdefault((art, n, etype), {}).setdefault(role, []).append(eid)
    found = {}
    for (art, n, etype), by_role in fillers.items():
        chosen = next(([e for r in role_set for e in by_role.get(r, [])] for role_set in PAIR_ROLES.get(etype, ())
                       if any(by_role.get(r) for r in role_set)), [])
        nodes = {node_of[(art, e)][0]: node_of[(art, e)][1:] for e in chosen if (art, e) in node_of}
        for a, b in combinations(sorted(nodes.values()), 2):
            if a[0] == b[0]:
                continue
            rec = found.setdefault((a[0], b[0], etype), {"events": 0, "articles": set(), "types": (a[1], b[1])})
            rec["events"] += 1
            rec["articles"].add(art)
    rows = [{"source": s, "target": t, "type": k, "events": r["events"], "articles": len(r["articles"]),
             "source_type": r["types"][0], "target_type": r["types"][1]} for (s, t, k), r in found.items()]
    return pd.DataFrame(rows, columns=cols).sort_values(["events", "source"], ascending=[False, True],
                                                        ignore_index=True)


def _circle_order(table: pd.DataFrame) -> list[str]:
    """Nodes in the order they go round the circle: each after the one it is linked to (breadth first from
    the busiest), so linked names sit side by side and lines stay short rather than crossing the middle."""
    degree = pd.concat([table["source"], table["target"]]).value_counts()
    links: dict[str, list[str]] = {}
    for s, t in zip(table["source"], table["target"]):
        links.setdefault(s, []).append(t)
        links.setdefault(t, []).append(s)
    order: list[str] = []
    for start in degree.index:
        if start in order:
            continue
        queue = [start]
        while queue:
            node = queue.pop(0)
            if node not in order:
                order.append(node)
                queue.extend(sorted((n for n in links[node] if n not in order), key=lambda n: -degree[n]))
    return order


def _short(name: str, limit: int = 32) -> str:
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"


def network(frames, types=("MEETING", "SIGNING"), modality=("fact",), ax=None, max_nodes: int = 40):
    """Who met whom, who signed with whom: names on a circle, one coloured line per kind of event.

    Returns the Axes; `edges(frames, types, modality)` is the table drawn."""
    table = edges(frames, types, modality)
    nodes = _circle_order(table)[:max_nodes]
    ntype = dict(zip(table["source"], table["source_type"])) | dict(zip(table["target"], table["target_type"]))
    ax = ax or _new_axes((8, 8))
    _white(ax)
    ax.set_axis_off()
    if not nodes:
        ax.text(0.5, 0.5, "no meetings or signings between named parties", ha="center", va="center", color=INK)
        return ax
    angle = {n: 2 * math.pi * i / len(nodes) + math.pi / 2 for i, n in enumerate(nodes)}   # first at the top
    pos = {n: (math.cos(a), math.sin(a)) for n, a in angle.items()}
    seen_types = []
    for k, (_, e) in enumerate(table.iterrows()):
        if e["source"] not in pos or e["target"] not in pos:
            continue
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        # two kinds of event between the same pair: bend the second line so both show
        bend = 0.08 * sum(1 for t in seen_types if t == (e["source"], e["target"]))
        mx, my = (x1 + x2) / 2 - bend * (y2 - y1), (y1 + y2) / 2 + bend * (x2 - x1)
        ax.plot([x1, mx, x2], [y1, my, y2], color=EVENT_COLORS.get(e["type"], INK), linewidth=1.5 + e["events"],
                alpha=0.85, zorder=1, label=e["type"], solid_capstyle="round")
        seen_types.append((e["source"], e["target"]))
    for n, (x, y) in pos.items():
        ax.scatter([x], [y], s=160, color=NODE_COLORS.get(ntype.get(n), "#6b7280"), edgecolors="white",
                   linewidths=1.5, zorder=2)
        # labels point outwards from the circle, so neighbours' names do not run into each other
        ax.annotate(_short(n), (x, y), xytext=(12 * x, 12 * y), textcoords="offset points",
                    ha="left" if x > 0.2 else "right" if x < -0.2 else "center",
                    va="bottom" if y > 0.2 else "top" if y < -0.2 else "center", fontsize=11, color=INK, zorder=3)
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles))
    ax.legend(unique.values(), unique.keys(), loc="lower center", bbox_to_anchor=(0.5, -0.08), ncol=len(unique),
              frameon=False, labelcolor=INK)
    ax.set_xlim(-1.8, 1.8)
    ax.set_ylim(-1.35, 1.35)
    ax.set_aspect("equal")
    ax.set_title("who met / signed with whom", color=INK)
    return ax


def _who(row) -> str:
    for role in ("participants", "signatories", "parties", "visitor", "person", "speaker", "document"):
        value = row.get(role)
        if isinstance(value, str) and value:
            names = value.split("; ")
            return ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
    return row.get("trigger") or ""


def points(frames) -> pd.DataFrame:
    """The dated events: date, type, modality, a short label (who), article and event number."""
    ev = frames.events
    cols = ["date", "type", "modality", "label", "article_id", "event"]
    if ev.empty:
        return pd.DataFrame(columns=cols)
    dated = ev[ev["date"].notna()]
    out = pd.DataFrame({"date": dated["date"], "type": dated["type"], "modality": dated["modality"],
                        "label": [_who(r) for _, r in dated.iterrows()], "article_id": dated["article_id"],
                        "event": dated["event"]}, columns=cols)
    return out.sort_values("date", ignore_index=True)


def timeline(frames, ax=None):
    """Events over time: one row per event type, one dot per dated event, labelled with who took part.

    Events only planned or possible are drawn hollow, events said not to have happened as a cross.
    Returns the Axes; `points(frames)` is the table drawn."""
    import matplotlib.dates as mdates
    table = points(frames)
    ax = ax or _new_axes((10, 1.5 + 0.7 * max(1, table["type"].nunique())))
    _white(ax)
    if table.empty:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", color=INK)
        return ax
    kinds = [t for t in EVENT_COLORS if t in set(table["type"])] + sorted(set(table["type"]) - set(EVENT_COLORS))
    row = {t: i for i, t in enumerate(kinds)}
    table = table.assign(y=table["type"].map(row), drawn=table["modality"].fillna("fact"))
    for (type_, drawn), dots in table.groupby(["type", "drawn"]):  # one scatter per look: fast on big corpora
        color = EVENT_COLORS.get(type_, INK)
        if drawn == "negated":   # said not to have happened: a cross
            ax.scatter(dots["date"], dots["y"], s=90, marker="x", color=color, linewidths=2, zorder=2)
        else:                    # planned or possible: hollow
            ax.scatter(dots["date"], dots["y"], s=90, color=color if drawn == "fact" else "white",
                       edgecolors=color, linewidths=2, zorder=2)
    if len(table) <= MAX_LABELS:  # a crowd of labels reads as nothing: dots only
        for _, same_row in table.groupby("type"):
            # labels of one row alternate above and below their dots, so neighbours do not overwrite each other
            for k, (_, p) in enumerate(same_row.iterrows()):
                ax.annotate(f'{p["date"]:%Y-%m-%d}  {p["label"]}', (mdates.date2num(p["date"]), p["y"]),
                            xytext=(8, 7 if k % 2 == 0 else -16), textcoords="offset points", fontsize=9, color=INK)
    ax.set_yticks(range(len(kinds)), kinds)
    ax.set_ylim(-0.7, len(kinds) - 0.3)
    lo, hi = table["date"].min(), table["date"].max()
    pad = max(pd.Timedelta(days=20), (hi - lo) * 0.15)
    ax.set_xlim(lo - pad, hi + pad * 2.5)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#e5e7eb", zorder=0)
    kinds_seen = set(table["modality"].fillna("fact"))
    keys = (["hollow: planned or possible"] if kinds_seen & {"planned", "possible"} else []) + \
        (["×: did not happen"] if "negated" in kinds_seen else [])
    ax.set_title("events over time" + (f"   ({'; '.join(keys)})" if keys else ""), color=INK)
    return ax
