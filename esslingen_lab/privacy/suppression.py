"""Small-cell suppression for every table that breaks results down by a group.

Cells counting fewer than ``k`` people are hidden, and further (complementary) cells are
hidden so that no hidden cell can be recomputed from the visible cells and the totals.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd

from esslingen_lab.errors import InputError

__all__ = [
    "PROTECTIVE_MARK",
    "TOTAL_LABELS",
    "suppress_small_cells",
    "suppress_small_groups",
    "suppression_footnote",
    "suppression_mask",
]

#: What a cell hidden only to protect a small cell shows (it may count many people).
PROTECTIVE_MARK = "–"

_FOOTNOTE = {
    "de": "<{k}: weniger als {k} Personen. –: ausgeblendet zum Schutz einer kleinen Gruppe.",
    "en": "<{k}: fewer than {k} people. –: hidden to protect a small group.",
}


def suppression_footnote(k: int = 5, language: str = "de") -> str:
    """Footnote explaining the two marks of a suppressed table, in the report's language.

    Examples
    --------
    >>> suppression_footnote(5)
    '<5: weniger als 5 Personen. –: ausgeblendet zum Schutz einer kleinen Gruppe.'
    """
    return _FOOTNOTE.get(language, _FOOTNOTE["de"]).format(k=k)

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


def _audit_until_clean(counts, hidden, k, row_totals, col_totals):
    """Hide more cells until the disclosure audit finds no hidden cell it can narrow below k.

    The graph step only blocks recovery by linear algebra; with counts known to be whole
    numbers ≥ 0 a reader can do more (a visible column total of 8 with one visible 8 makes
    every other cell of that column 0). Each round hides the smallest visible cell that
    shares a row or column with an exposed cell.
    """
    from esslingen_lab.privacy.audit import audit_table

    n_rows, n_cols = counts.shape
    everything = np.ones_like(hidden)
    fixable = np.ones_like(hidden)
    for _ in range(2 * counts.size):
        result = audit_table(counts, hidden, k, row_totals=row_totals, col_totals=col_totals,
                             stop_at_first=True, protect=fixable)
        if result.clean:
            return hidden
        exposed = set(result.exposed["position"])
        i, j = next(iter(exposed))
        alone = np.zeros_like(hidden)
        alone[i, j] = True
        if not audit_table(counts, everything, k, row_totals=row_totals,
                           col_totals=col_totals, protect=alone).clean:
            # Still exposed with the whole table hidden: the known line sums themselves fix
            # it (a group of 2 whose size another table shows). Hiding more cannot help here;
            # only the run's plan, hiding that size everywhere, can.
            fixable[i, j] = False
            continue
        lines_rows = {i for i, _ in exposed}
        lines_cols = {j for _, j in exposed}
        candidates = [(counts[i, j], i, j) for i in range(n_rows) for j in range(n_cols)
                      if not hidden[i, j] and (i in lines_rows or j in lines_cols)]
        if not candidates:
            candidates = [(counts[i, j], i, j) for i in range(n_rows) for j in range(n_cols)
                          if not hidden[i, j]]
        if not candidates:
            return hidden
        _, i, j = min(candidates)
        hidden[i, j] = True
    return hidden


def suppression_mask(counts, k: int = 5, *, row_totals: bool = True, col_totals: bool = True,
                     audit: bool = True, force=None):
    """Return a boolean mask of the cells to hide in a two-way count table.

    Parameters
    ----------
    counts : array-like of shape (n_rows, n_cols)
        Counts, including any totals row/column (which then take part like other cells).
    k : int, default=5
        Cells with a count below ``k`` are hidden (primary suppression).
    row_totals, col_totals : bool or array-like of bool, default=True
        Whether a reader can know the sum of each row (column), for all lines or one flag
        per line. When a row sum is not published anywhere — e.g. the table has a single
        column, or the row is a group hidden in every table — it is not modelled.

    audit : bool, default=True
        After the graph step, run the disclosure audit (counts are whole numbers ≥ 0) and
        hide more cells until no hidden cell can be narrowed to an interval below ``k``.
    force : array-like of bool, optional
        Cells hidden whatever their count (e.g. a group the run's plan hides everywhere);
        they are protected like small cells.

    Returns
    -------
    numpy.ndarray of bool
        True where a cell must be hidden.

    Notes
    -----
    Rows and columns are the vertices of a bipartite graph whose edges are the hidden cells.
    With the line sums known, a hidden cell's value is fixed by linear algebra exactly when
    its edge lies on no cycle (a bridge). Complementary cells are added — always the
    smallest count that closes a cycle through the bridge — until no bridge is left. That
    alone ignores that counts are ≥ 0, so :func:`esslingen_lab.privacy.audit.audit_table`
    then checks the result and more cells are hidden while any is exposed.
    """
    counts = np.asarray(counts, dtype=float)
    force = np.zeros(counts.shape, bool) if force is None else np.asarray(force, dtype=bool)
    hidden = _graph_mask(counts, k, row_totals, col_totals, force)
    if audit and hidden.any() and not hidden.all():
        hidden = _audit_until_clean(counts, hidden, k, row_totals, col_totals)
    return hidden


def _graph_mask(counts, k, row_totals, col_totals, force):
    n_rows, n_cols = counts.shape
    hidden = (counts < k) | force
    if not hidden.any() or counts.size == 0:
        return hidden
    # A line whose sum is unknown gives no equation; merging all its vertices into one keeps
    # only the equation they jointly imply (the grand total), which is the sound model.
    # Lines with an unknown sum share one vertex per side (their sums are known only
    # jointly, as the grand total minus the known lines).
    row_known = np.broadcast_to(np.asarray(row_totals, dtype=bool), (n_rows,))
    col_known = np.broadcast_to(np.asarray(col_totals, dtype=bool), (n_cols,))
    row_vertex = [i if row_known[i] else n_rows for i in range(n_rows)]
    col_vertex = [n_rows + 1 + j if col_known[j] else n_rows + 1 + n_cols
                  for j in range(n_cols)]
    n_vertices = n_rows + n_cols + 2
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
    table: pd.DataFrame,
    k: int = 5,
    *,
    count_table: pd.DataFrame | None = None,
    mark=None,
    protective_mark=None,
    force=None,
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
        What small cells (count below ``k``) show; default ``f"<{k}"``.
    protective_mark : str, optional
        What cells hidden only to protect a small cell show; default
        :data:`PROTECTIVE_MARK` ("–"), explained by :func:`suppression_footnote`.
    force : pandas.DataFrame of bool, optional
        Same shape as ``table``: cells to hide whatever their count, e.g. the groups a
        run's :func:`~esslingen_lab.privacy.disclosure.group_plan` hides in every table.

    Returns
    -------
    pandas.DataFrame
        An object-dtype copy of ``table`` in which hidden cells show ``mark`` or
        ``protective_mark``.

    Notes
    -----
    Only cells that really count fewer than ``k`` people read "<5"; a complementary cell
    (possibly large) reads "–", so a caption never calls a large group small. Sums of rows
    and columns are assumed to be known to the reader even when the table does not show
    them, because another table usually does; whole numbers ≥ 0 are taken into account
    (see :func:`suppression_mask`).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"ja": [12, 3, 20], "nein": [8, 9, 15]}, index=["A", "B", "C"])
    >>> suppress_small_cells(t)  # B's 3 alone would be recomputable: A is hidden too
       ja nein
    A   –    –
    B  <5    –
    C  20   15
    """
    if not isinstance(k, (int, np.integer)) or isinstance(k, bool) or k < 1:
        raise InputError(f"k (Anonymitätsschwelle) muss eine ganze Zahl ≥ 1 sein, nicht {k!r}")
    if isinstance(table, pd.Series):
        frame = table.to_frame()
        counts_frame = None if count_table is None else pd.DataFrame(count_table)
        force_frame = None if force is None else pd.DataFrame(force)
        result = suppress_small_cells(frame, k, count_table=counts_frame, mark=mark,
                                      protective_mark=protective_mark, force=force_frame)
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
    protective_mark = PROTECTIVE_MARK if protective_mark is None else protective_mark
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
    forced = None if force is None else np.asarray(force, dtype=bool)
    if forced is not None:
        # A line hidden in full is a group the run hides everywhere: its sum is unknown.
        row_known = row_known & ~forced.all(axis=1)
        col_known = col_known & ~forced.all(axis=0)
    hidden = suppression_mask(counts, k, row_totals=row_known, col_totals=col_known,
                              force=forced)
    result = result.mask(hidden & ~(counts < k), protective_mark)
    result = result.mask(hidden & (counts < k), mark)
    return result


def suppress_small_groups(
    table: pd.DataFrame,
    k: int = 5,
    *,
    n_column: str = "n",
    within=None,
    columns=None,
    mark=None,
    protective_mark=None,
    force=None,
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
        What the rows of small groups show; default ``f"<{k}"``.
    protective_mark : str, optional
        What a row hidden only to protect a small group shows; default "–".
    force : array-like of bool, optional
        One flag per row: hide the row whatever its count (the run's disclosure plan).

    Returns
    -------
    pandas.DataFrame
        An object-dtype copy with the same rows in the same order; hidden rows keep their
        group labels and show ``mark`` (or ``protective_mark``) in the hidden columns.

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
    protective_mark = PROTECTIVE_MARK if protective_mark is None else protective_mark
    n = pd.to_numeric(table[n_column], errors="coerce").fillna(0).to_numpy(dtype=float)
    small = n < k
    hidden = small.copy()
    if force is not None:
        hidden |= np.asarray(force, dtype=bool)
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
        result.iloc[np.nonzero(hidden & ~small)[0], col] = protective_mark
        result.iloc[np.nonzero(small)[0], col] = mark
    return result
