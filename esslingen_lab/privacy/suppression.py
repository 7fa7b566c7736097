"""Small-cell suppression for every table that breaks results down by a group.

Cells counting fewer than ``k`` people are hidden, and further (complementary) cells are
hidden so that no hidden cell can be recomputed from the visible cells and the totals.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd

from esslingen_lab.errors import InputError

__all__ = ["suppress_small_cells", "suppress_small_groups", "suppression_mask", "TOTAL_LABELS"]

#: Row/column labels recognised as a totals line (compared case-insensitively, stripped).
TOTAL_LABELS = frozenset(
    {"gesamt", "insgesamt", "summe", "total", "totals", "all", "alle", "sum", "σ"}
)


def _is_total_label(label) -> bool:
    if isinstance(label, tuple):  # MultiIndex: pandas puts "All" into the first level
        return any(_is_total_label(part) for part in label)
    return isinstance(label, str) and label.strip().lower() in TOTAL_LABELS


def _as_counts(table: pd.DataFrame) -> np.ndarray:
    """Return the counts as a float array; missing counts (empty crosstab cells) become 0."""
    try:
        values = table.apply(pd.to_numeric, errors="raise").to_numpy(dtype=float)
    except (ValueError, TypeError) as exc:
        raise InputError(
            "Die Zähltabelle enthält Werte, die keine Zahlen sind / the count table holds "
            "non-numeric values",
            hint="pass the counts as count_table= when the table shows shares or means",
        ) from exc
    return np.nan_to_num(values, nan=0.0)


def _bridges(n_vertices: int, edges: list[tuple[int, int]]) -> list[int]:
    """Return the ids of edges that lie on no cycle (bridges) of a multigraph.

    Iterative Tarjan lowlink, so large tables cannot hit the recursion limit; parallel
    edges are distinct (two hidden cells in the same single line protect each other).
    """
    adjacency: list[list[tuple[int, int]]] = [[] for _ in range(n_vertices)]
    for edge_id, (u, v) in enumerate(edges):
        adjacency[u].append((v, edge_id))
        adjacency[v].append((u, edge_id))
    order = [-1] * n_vertices
    low = [0] * n_vertices
    found: list[int] = []
    counter = 0
    for root in range(n_vertices):
        if order[root] != -1 or not adjacency[root]:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack = [(root, -1, iter(adjacency[root]))]
        while stack:
            vertex, via_edge, neighbours = stack[-1]
            advanced = False
            for neighbour, edge_id in neighbours:
                if edge_id == via_edge:
                    continue
                if order[neighbour] == -1:
                    order[neighbour] = low[neighbour] = counter
                    counter += 1
                    stack.append((neighbour, edge_id, iter(adjacency[neighbour])))
                    advanced = True
                    break
                low[vertex] = min(low[vertex], order[neighbour])
            if advanced:
                continue
            stack.pop()
            if stack:
                parent = stack[-1][0]
                low[parent] = min(low[parent], low[vertex])
                if low[vertex] > order[parent]:
                    found.append(via_edge)
    return found


def _component_without(
    start: int, removed_edge: int, adjacency: dict[int, list[tuple[int, int]]]
) -> set[int]:
    seen = {start}
    todo = [start]
    while todo:
        vertex = todo.pop()
        for neighbour, edge_id in adjacency[vertex]:
            if edge_id != removed_edge and neighbour not in seen:
                seen.add(neighbour)
                todo.append(neighbour)
    return seen


def suppression_mask(counts, k: int = 5, *, row_totals: bool = True, col_totals: bool = True):
    """Return a boolean mask of the cells to hide in a two-way count table.

    Parameters
    ----------
    counts : array-like of shape (n_rows, n_cols)
        Counts, including any totals row/column (which then take part like other cells).
    k : int, default=5
        Cells with a count below ``k`` are hidden (primary suppression).
    row_totals, col_totals : bool, default=True
        Whether a reader can know the sum of each row (column). When a row sum is not
        published anywhere — e.g. the table has a single column — it is not modelled.

    Returns
    -------
    numpy.ndarray of bool
        True where a cell must be hidden.

    Notes
    -----
    Rows and columns are the vertices of a bipartite graph whose edges are the hidden cells.
    With the line sums known, a hidden cell's value is fixed by linear algebra exactly when
    its edge lies on no cycle (a bridge). Complementary cells are added — always the
    smallest count that closes a cycle through the bridge — until no bridge is left.
    """
    counts = np.asarray(counts, dtype=float)
    n_rows, n_cols = counts.shape
    hidden = counts < k
    if not hidden.any() or counts.size == 0:
        return hidden
    # A line whose sum is unknown gives no equation; merging all its vertices into one keeps
    # only the equation they jointly imply (the grand total), which is the sound model.
    row_vertex = list(range(n_rows)) if row_totals else [0] * n_rows
    first_col = n_rows if row_totals else 1
    col_vertex = [first_col + j for j in range(n_cols)] if col_totals else [first_col] * n_cols
    n_vertices = first_col + (n_cols if col_totals else 1)
    # Order candidates by count then position so the result is deterministic.
    for _ in range(counts.size + 1):
        cells = list(zip(*np.nonzero(hidden), strict=True))
        edges = [(row_vertex[i], col_vertex[j]) for i, j in cells]
        bridge_ids = _bridges(n_vertices, edges)
        if not bridge_ids:
            return hidden
        bridge = min(bridge_ids, key=lambda e: (counts[cells[e]], cells[e]))
        adjacency: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for edge_id, (u, v) in enumerate(edges):
            adjacency[u].append((v, edge_id))
            adjacency[v].append((u, edge_id))
        u, v = edges[bridge]
        side_u = _component_without(u, bridge, adjacency)
        side_v = _component_without(v, bridge, adjacency)
        best = None
        fallback = None
        for i in range(n_rows):
            for j in range(n_cols):
                if hidden[i, j]:
                    continue
                a, b = row_vertex[i], col_vertex[j]
                key = (counts[i, j], i, j)
                closes = (a in side_u and b in side_v) or (a in side_v and b in side_u)
                if closes:
                    if best is None or key < best:
                        best = key
                elif (a in side_u or b in side_u or a in side_v or b in side_v) and (
                    fallback is None or key < fallback
                ):
                    fallback = key
        choice = best or fallback
        if choice is None:  # the whole table is hidden already; nothing more can help
            return hidden
        hidden[choice[1], choice[2]] = True
    return hidden


def _totals_positions(labels) -> list[int]:
    return [pos for pos, label in enumerate(labels) if _is_total_label(label)]


def suppress_small_cells(
    table: pd.DataFrame, k: int = 5, *, count_table: pd.DataFrame | None = None, mark=None
) -> pd.DataFrame:
    """Hide cells counting fewer than ``k`` people, plus complementary cells.

    Parameters
    ----------
    table : pandas.DataFrame or pandas.Series
        A two-way table broken down by groups: counts, or (with ``count_table``) derived
        values such as shares or means. A row or column labelled "Gesamt", "Insgesamt",
        "Summe", "Total" or "All" (``pd.crosstab(..., margins=True)``) is treated as totals.
        A Series is treated as a one-column table.
    k : int, default=5
        Anonymity threshold: cells with a count below ``k`` are hidden.
    count_table : pandas.DataFrame, optional
        Counts of the same shape and labels as ``table``; when given, they decide which
        cells are hidden and ``table`` supplies the values shown.
    mark : str, optional
        What hidden cells show; default ``f"<{k}"``.

    Returns
    -------
    pandas.DataFrame
        An object-dtype copy of ``table`` in which hidden cells show ``mark``.

    Notes
    -----
    Complementary cells carry the same mark as small ones, so a reader cannot tell which
    hidden cell is the small one: read "<5" as "gesperrt (klein oder zum Schutz einer
    kleinen Zelle)". Sums of rows and columns are assumed to be known to the reader even
    when the table does not show them, because another table usually does.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"ja": [12, 3, 20], "nein": [8, 9, 15]}, index=["A", "B", "C"])
    >>> suppress_small_cells(t)  # B's 3 alone would be recomputable: A is hidden too
       ja nein
    A  <5   <5
    B  <5   <5
    C  20   15
    """
    if not isinstance(k, (int, np.integer)) or isinstance(k, bool) or k < 1:
        raise InputError(f"k (Anonymitätsschwelle) muss eine ganze Zahl ≥ 1 sein, nicht {k!r}")
    if isinstance(table, pd.Series):
        frame = table.to_frame()
        counts_frame = None if count_table is None else pd.DataFrame(count_table)
        result = suppress_small_cells(frame, k, count_table=counts_frame, mark=mark)
        return result.iloc[:, 0]
    if not isinstance(table, pd.DataFrame):
        raise InputError("suppress_small_cells erwartet eine pandas-Tabelle (DataFrame)")
    counts_frame = table if count_table is None else count_table
    if isinstance(counts_frame, pd.Series):
        counts_frame = counts_frame.to_frame()
    if counts_frame.shape != table.shape or not (
        counts_frame.index.equals(table.index) and counts_frame.columns.equals(table.columns)
    ):
        raise InputError(
            "count_table hat nicht dieselben Zeilen und Spalten wie die Tabelle / "
            "count_table must have the same rows and columns as the table"
        )
    mark = f"<{k}" if mark is None else mark
    result = table.astype(object).copy()
    if table.size == 0:
        return result
    counts = _as_counts(counts_frame)
    total_rows = _totals_positions(table.index)
    total_cols = _totals_positions(table.columns)
    n_data_rows = table.shape[0] - len(total_rows)
    n_data_cols = table.shape[1] - len(total_cols)
    # With a single data column the row "sum" is the cell itself: not an extra equation.
    row_known = bool(total_cols) or n_data_cols > 1
    col_known = bool(total_rows) or n_data_rows > 1
    hidden = suppression_mask(counts, k, row_totals=row_known, col_totals=col_known)
    result = result.mask(hidden, mark)
    return result


def suppress_small_groups(
    table: pd.DataFrame,
    k: int = 5,
    *,
    n_column: str = "n",
    within=None,
    columns=None,
    mark=None,
) -> pd.DataFrame:
    """Hide the figures of groups with fewer than ``k`` members in a long-format table.

    Parameters
    ----------
    table : pandas.DataFrame
        One row per group with a count column ``n_column`` and value columns (shares,
        means, …).
    k : int, default=5
        Anonymity threshold.
    n_column : str, default="n"
        Column holding the group sizes.
    within : str or list of str, optional
        Columns that split the table into independent blocks (e.g. one block per
        question); complementary suppression works inside each block.
    columns : list of str, optional
        Columns to hide in a hidden row; default ``n_column`` and every numeric column.
    mark : str, optional
        What hidden cells show; default ``f"<{k}"``.

    Returns
    -------
    pandas.DataFrame
        An object-dtype copy with the same rows in the same order; hidden rows keep their
        group labels and show ``mark`` in the hidden columns.

    Notes
    -----
    When exactly one group of a block would be hidden, its size could be recomputed from
    the overall total, so the next-smallest group of that block is hidden too.
    """
    if n_column not in table.columns:
        raise InputError(f"Spalte '{n_column}' fehlt / column missing", column=n_column)
    mark = f"<{k}" if mark is None else mark
    if columns is None:
        columns = [n_column] + [
            c
            for c in table.columns
            if c != n_column
            and pd.api.types.is_numeric_dtype(table[c])
            and (within is None or c not in ([within] if isinstance(within, str) else within))
        ]
    n = pd.to_numeric(table[n_column], errors="coerce").fillna(0).to_numpy(dtype=float)
    hidden = n < k
    if within is None:
        blocks = [np.arange(len(table))]
    else:
        keys = [within] if isinstance(within, str) else list(within)
        blocks = [
            np.asarray(ix)
            for ix in table.reset_index(drop=True)
            .groupby(keys, sort=False, dropna=False)
            .indices.values()
        ]
    for block in blocks:
        labels = table.iloc[block].index
        positions = [
            p for p, label in zip(block, labels, strict=True) if not _is_total_label(label)
        ]
        block_hidden = [p for p in positions if hidden[p]]
        if len(block_hidden) == 1:
            visible = [p for p in positions if not hidden[p]]
            if visible:
                hidden[min(visible, key=lambda p: (n[p], p))] = True
    result = table.astype(object).copy()
    for column in columns:
        col = result.columns.get_loc(column)
        result.iloc[np.nonzero(hidden)[0], col] = mark
    return result
