"""Disclosure audit: whether a reader with a calculator can recover a hidden cell of a report.

Everything a run publishes (counts, totals, shares, means) becomes a linear constraint on
unknown quantities; for every hidden cell a mixed-integer program finds its smallest and
largest possible value. A cell is exposed when that interval is narrower than ``k``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from esslingen_lab.errors import InputError

__all__ = ["AuditResult", "DisclosureAudit", "audit_table"]


@dataclass
class _Variable:
    key: tuple
    integer: bool
    lower: float
    upper: float
    value: float | None


@dataclass
class AuditResult:
    """Outcome of :meth:`DisclosureAudit.run`.

    Attributes
    ----------
    cells : pandas.DataFrame
        One row per protected cell: source, label, value (true value, if known), low, high
        (smallest and largest value consistent with everything published), width,
        min_width and exposed.
    k : int
        Anonymity threshold the audit used.
    n_constraints, n_variables : int
        Size of the model (for the manifest).
    """

    cells: pd.DataFrame
    k: int
    n_constraints: int = 0
    n_variables: int = 0
    notes: list = field(default_factory=list)

    @property
    def exposed(self) -> pd.DataFrame:
        """The exposed cells (empty when the run is safe)."""
        return self.cells[self.cells["exposed"]].reset_index(drop=True)

    @property
    def clean(self) -> bool:
        """True when no protected cell can be narrowed below ``k``."""
        return not bool(self.cells["exposed"].any())

    def summary(self) -> dict:
        """JSON-ready record for a run's manifest."""
        return {
            "k": int(self.k),
            "method": "scipy.optimize.milp (HiGHS): min/max of each hidden cell",
            "variables": int(self.n_variables),
            "constraints": int(self.n_constraints),
            "protected_cells": int(len(self.cells)),
            "exposed_cells": int(self.cells["exposed"].sum()),
            "exposed": [
                {"source": str(r.source), "cell": str(r.label),
                 "interval": [_json_number(r.low), _json_number(r.high)]}
                for r in self.exposed.itertuples()
            ],
        }


def _json_number(x):
    return None if x is None or not math.isfinite(x) else round(float(x), 6)


class DisclosureAudit:
    """Linear model of what a reader learns from all published tables of a report run.

    Parameters
    ----------
    k : int, default=5
        Anonymity threshold: a protected cell whose possible values span an interval
        narrower than ``k`` (``max − min < k``) is exposed.

    Notes
    -----
    Unknowns are *variables* named by a hashable key that means the same in every table
    (``("n", "stadtteil", "Sirnau")`` is the number of respondents of Sirnau wherever it
    appears), so one table's published figure constrains another table's hidden one.
    People counts are integers ≥ 0; scores are real numbers within their scale. Every
    published figure is an equation (or, when shown rounded, a pair of inequalities) over
    these variables: a count, a total, a share ``100 · part / whole`` (linear after
    multiplying by ``whole``) or a weighted mean of scores. For each protected cell the
    auditor minimises and maximises it with :func:`scipy.optimize.milp`.

    The "<k" mark of a small cell is not entered as a constraint: that a cell is small is
    the accepted disclosure of suppression; the audit checks that nothing more is learned.

    Examples
    --------
    >>> audit = DisclosureAudit(k=5)
    >>> for cell, n in {"a": 3, "b": 12, "c": 9}.items():
    ...     _ = audit.variable(("n", cell), value=n)
    >>> audit.publish({("n", "a"): 1, ("n", "b"): 1, ("n", "c"): 1}, 24, source="total")
    >>> audit.publish({("n", "b"): 1}, 12)
    >>> audit.publish({("n", "c"): 1}, 9)
    >>> audit.protect({("n", "a"): 1}, label="a", source="groups")
    >>> result = audit.run()
    >>> result.clean, float(result.cells.loc[0, "low"]), float(result.cells.loc[0, "high"])
    (False, 3.0, 3.0)
    """

    def __init__(self, k: int = 5):
        if not isinstance(k, (int, np.integer)) or isinstance(k, bool) or k < 1:
            raise InputError(f"k (Anonymitätsschwelle) muss eine ganze Zahl ≥ 1 sein, nicht {k!r}")
        self.k = int(k)
        self._vars: dict = {}
        self._constraints: list = []
        self._targets: list = []

    # ---------------------------------------------------------------- building

    def variable(self, key, *, value=None, integer: bool = True, lower: float = 0.0,
                 upper: float = math.inf):
        """Declare an unknown quantity (idempotent for the same key) and return its key.

        Parameters
        ----------
        key : hashable
            Name shared by every table that shows this quantity.
        value : float, optional
            True value (used to check the model is consistent and for sensitive cells).
        integer : bool, default=True
            Counts of people are integers; scores are not.
        lower, upper : float
            Bounds known to every reader (counts ≥ 0; a 0–100 score within [0, 100]).
        """
        key = _key(key)
        if key not in self._vars:
            self._vars[key] = _Variable(key, integer, float(lower), float(upper),
                                        None if value is None else float(value))
        elif value is not None and self._vars[key].value is None:
            self._vars[key].value = float(value)
        return key

    def publish(self, terms: dict, value, *, tolerance: float = 0.0, source: str = ""):
        """Record a published figure: ``sum(coef · var) = value`` (± ``tolerance``).

        Parameters
        ----------
        terms : dict
            Variable key → coefficient. Keys not declared yet become counts (integer ≥ 0).
        value : float
            The figure as printed.
        tolerance : float, default=0
            Half the rounding step of the printed figure (0.05 for one decimal).
        """
        value = float(value)
        if not math.isfinite(value):
            return
        terms = {self.variable(key): float(c) for key, c in terms.items()}
        self._constraints.append((terms, value - tolerance, value + tolerance, source))

    def bound(self, terms: dict, *, lower: float = -math.inf, upper: float = math.inf,
              source: str = ""):
        """Record what every reader knows without a figure: ``lower ≤ sum(coef · var) ≤ upper``.

        E.g. the people answering a question are at most the group's respondents.
        """
        terms = {self.variable(key): float(c) for key, c in terms.items()}
        self._constraints.append((terms, float(lower), float(upper), source))

    def publish_share(self, part, whole, percent, *, decimals: int = 1, source: str = ""):
        """Record ``percent = 100 · part / whole`` printed with ``decimals`` decimals.

        ``|100 · part − percent · whole| ≤ h · whole`` with ``h`` half the rounding step:
        linear in both unknowns, so a share ties its count to its group size.
        """
        percent = float(percent)
        if not math.isfinite(percent):
            return
        part, whole = self.variable(part), self.variable(whole)
        half = 0.5 * 10.0 ** (-decimals)
        terms_hi = {part: 100.0, whole: -(percent + half)}
        terms_lo = {part: 100.0, whole: -(percent - half)}
        if part == whole:
            return
        self._constraints.append((terms_hi, -math.inf, 0.0, source))
        self._constraints.append((terms_lo, 0.0, math.inf, source))

    def publish_mean(self, score_terms: dict, weights_sum: float, value, *,
                     decimals: int = 1, source: str = ""):
        """Record a weighted mean ``sum(w · score) / weights_sum`` printed with ``decimals``."""
        value = float(value)
        if not math.isfinite(value):
            return
        half = 0.5 * 10.0 ** (-decimals)
        terms = {self.variable(key, integer=False): w / weights_sum
                 for key, w in score_terms.items()}
        self._constraints.append((terms, value - half, value + half, source))

    def protect(self, terms, *, label: str, source: str = "", min_width: float | None = None):
        """Ask the audit to bound a cell (a hidden cell, or a small count shown nowhere).

        Parameters
        ----------
        terms : dict or hashable
            The cell as a linear expression, or a single variable key.
        label : str
            How the cell is named in the audit report (e.g. ``"Sirnau / n"``).
        source : str
            Table the cell belongs to.
        min_width : float, default=k
            The interval must be at least this wide.
        """
        if not isinstance(terms, dict):
            terms = {terms: 1.0}
        terms = {self.variable(key): float(c) for key, c in terms.items()}
        width = float(self.k if min_width is None else min_width)
        self._targets.append((terms, str(label), str(source), width))

    # ---------------------------------------------------------------- published tables

    def add_group_counts(self, population: str, column: str, published, *, truth=None,
                         total=None, source: str = ""):
        """Add a published column of people per group (hidden cells show a mark).

        Parameters
        ----------
        population : str
            Who is counted ("respondents", "answered:idee", ...); the same population and
            column in another table means the same unknowns.
        column : str
            Grouping column.
        published : pandas.Series
            Group label → the figure as printed: a number, or a mark (``"<5"``, ``"–"``).
        truth : pandas.Series, optional
            True counts (for the self-check and the protection of small complements).
        total : float, optional
            The population's total as published anywhere in the run (e.g. n of the survey).
        source : str
            Table name.
        """
        keys = {}
        for label, value in published.items():
            key = self.variable((population, column, str(label)),
                                value=None if truth is None else truth.get(label))
            keys[label] = key
            number = _number(value)
            if number is None:
                self.protect(key, label=f"{column}={label} ({population})", source=source)
            else:
                self.publish({key: 1}, number, source=source)
        if total is not None:
            self.publish({key: 1 for key in keys.values()}, total, source=source)
        return keys

    def add_theme_shares(self, population: str, column: str, table: pd.DataFrame, *,
                         truth_counts=None, source: str = "", decimals: int = 1):
        """Add a themes × groups table with ``<group> n`` and ``<group> %`` columns.

        A count ``n`` is the number of people of the group (in ``population``) raising the
        theme; ``%`` is ``100 · n / people of the group``. Hidden cells are protected, and
        so is every complement (people of the group not raising the theme) that is small
        (1 to k − 1) in ``truth_counts`` — "B n=5, 83.3 %" tells that one person did not.

        Parameters
        ----------
        population : str
            Population of the denominators (e.g. ``"answered:idee"``).
        column : str
            Grouping column.
        table : pandas.DataFrame
            Index: theme; columns ``"<g> n"`` and ``"<g> %"`` as published.
        truth_counts : pandas.DataFrame, optional
            Themes × groups true counts, plus the true group sizes as a row named
            ``"__size__"``.
        """
        groups = [c[:-2] for c in table.columns if c.endswith(" n")]
        for theme, row in table.iterrows():
            for g in groups:
                size = (population, column, str(g))
                true = None if truth_counts is None else truth_counts.loc[theme, g]
                true_size = None if truth_counts is None else truth_counts.loc["__size__", g]
                self.variable(size, value=true_size)
                cell = self.variable(("raised", population, column, str(theme), str(g)),
                                     value=true)
                # nobody raises a theme more often than the group has people
                self.bound({size: 1, cell: -1}, lower=0, source=source)
                n_value, p_value = _number(row[f"{g} n"]), _number(row.get(f"{g} %"))
                if n_value is None:
                    self.protect(cell, label=f"{theme} / {g} n", source=source)
                else:
                    self.publish({cell: 1}, n_value, source=source)
                if p_value is not None:
                    self.publish_share(cell, size, p_value, decimals=decimals, source=source)
                if true is not None and true_size is not None and 0 < true_size - true < self.k:
                    self.protect({size: 1, cell: -1}, label=f"{theme} / {g}: nicht genannt",
                                 source=source)

    # ---------------------------------------------------------------- solving

    def run(self, *, relax: bool = False, stop_at_first: bool = False) -> AuditResult:
        """Bound every protected cell; see :class:`AuditResult`.

        Parameters
        ----------
        relax : bool, default=False
            Solve linear programs instead of integer programs. Exact when the constraint
            matrix is totally unimodular — a two-way table with its line sums (a transport
            problem) — because every vertex of the polytope is then integral; elsewhere the
            interval found is an outer bound (it can only make a cell look safer).
        stop_at_first : bool, default=False
            Return as soon as one exposed cell is found (for suppress-until-clean loops).

        Raises
        ------
        InputError
            When the published figures contradict each other (no table of non-negative
            counts fits them): the model of the run is then wrong, not the data.
        """
        from scipy.optimize import Bounds, LinearConstraint, milp

        keys = list(self._vars)
        index = {key: i for i, key in enumerate(keys)}
        n = len(keys)
        rows = []
        if n and self._constraints:
            a = np.zeros((len(self._constraints), n))
            lo = np.empty(len(self._constraints))
            hi = np.empty(len(self._constraints))
            for r, (terms, low, high, _src) in enumerate(self._constraints):
                for key, coef in terms.items():
                    a[r, index[key]] += coef
                lo[r], hi[r] = low, high
            constraints = [LinearConstraint(a, lo, hi)]
        else:
            constraints = []
        integrality = np.array([0 if relax else int(self._vars[key].integer) for key in keys])
        bounds = Bounds(np.array([self._vars[key].lower for key in keys]),
                        np.array([self._vars[key].upper for key in keys]))
        cache: dict = {}
        for terms, label, source, width in self._targets:
            c = np.zeros(n)
            for key, coef in terms.items():
                c[index[key]] += coef
            signature = c.tobytes()
            if signature not in cache:
                bounds_found = []
                for sign in (1.0, -1.0):
                    res = milp(sign * c, constraints=constraints, integrality=integrality,
                               bounds=bounds, options={"presolve": True})
                    if res.status == 2:  # infeasible
                        raise InputError(
                            "Die veröffentlichten Zahlen widersprechen sich / the published "
                            f"figures contradict each other (checking {source}: {label})",
                            hint="the audit model of this table does not match what it shows",
                        )
                    if res.status == 3 or res.x is None:  # unbounded
                        bounds_found.append(-math.inf if sign > 0 else math.inf)
                    else:
                        bounds_found.append(sign * res.fun)
                cache[signature] = tuple(bounds_found)
            low, high = cache[signature]
            true = None
            if all(self._vars[key].value is not None for key in terms):
                true = float(sum(coef * self._vars[key].value for key, coef in terms.items()))
            span = high - low
            rows.append({"source": source, "label": label, "value": true, "low": low,
                         "high": high, "width": span, "min_width": width,
                         "exposed": bool(span < width - 1e-6)})
            if stop_at_first and rows[-1]["exposed"]:
                break
        cells = pd.DataFrame(rows, columns=["source", "label", "value", "low", "high", "width",
                                            "min_width", "exposed"])
        return AuditResult(cells=cells, k=self.k, n_constraints=len(self._constraints),
                           n_variables=n)

    def check_truth(self) -> list:
        """Return the published figures the declared true values violate (model self-check)."""
        bad = []
        for terms, low, high, source in self._constraints:
            if not all(self._vars[key].value is not None for key in terms):
                continue
            value = sum(coef * self._vars[key].value for key, coef in terms.items())
            if value < low - 1e-6 or value > high + 1e-6:
                bad.append((source, value, low, high))
        return bad


def _number(value):
    """Return the published figure as a float; None for a mark ("<5", "–") or an empty cell."""
    if value is None or isinstance(value, str):
        try:
            return float(str(value).replace(",", "."))
        except ValueError:
            return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _key(key):
    return tuple(key) if isinstance(key, list) else key


def audit_table(counts, hidden, k: int = 5, *, row_totals: bool = True,
                col_totals: bool = True, name: str = "Tabelle",
                stop_at_first: bool = False, protect=None) -> AuditResult:
    """Audit one two-way count table as a reader who knows its row and column sums.

    Parameters
    ----------
    counts : pandas.DataFrame or array-like of shape (n_rows, n_cols)
        The true counts (no totals line).
    hidden : array-like of bool, same shape
        True where the published table hides the cell.
    k : int, default=5
    row_totals, col_totals : bool or array-like of bool, default=True
        Whether each row's (column's) sum is known to the reader (shown here or elsewhere),
        for all lines or one flag per line. The grand total is always taken as known.
    name : str
        Table name for the report.
    stop_at_first : bool, default=False
        Stop at the first exposed cell.
    protect : array-like of bool, optional
        The hidden cells to bound; default all of them.

    Returns
    -------
    AuditResult

    Notes
    -----
    Row and column sums plus fixed cells form a totally unimodular system, so linear
    programming gives the exact integer bounds (``DisclosureAudit.run(relax=True)``).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"x": [3, 12, 9], "y": [0, 0, 8], "z": [20, 15, 11]},
    ...                  index=list("ABC"))
    >>> hidden = t < 5
    >>> hidden.loc[["A", "B"], "z"] = True; hidden.loc["B", "x"] = True
    >>> audit_table(t, hidden).clean  # column y: 8 visible, so A/y = B/y = 0 → A/x = 3
    False
    """
    values = np.asarray(counts, dtype=float)
    mask = np.asarray(hidden, dtype=bool)
    if values.shape != mask.shape or values.ndim != 2:
        raise InputError("counts und hidden brauchen dieselbe zweidimensionale Form / counts "
                         "and hidden must have the same two-dimensional shape")
    rows = list(counts.index) if isinstance(counts, pd.DataFrame) else list(range(len(values)))
    cols = (list(counts.columns) if isinstance(counts, pd.DataFrame)
            else list(range(values.shape[1])))
    audit = DisclosureAudit(k)
    cell = {}
    for i, r in enumerate(rows):
        for j, c in enumerate(cols):
            cell[i, j] = audit.variable((name, r, c), value=values[i, j])
            if not mask[i, j]:
                audit.publish({cell[i, j]: 1}, values[i, j], source=name)
    row_known = np.broadcast_to(np.asarray(row_totals, dtype=bool), (len(rows),))
    col_known = np.broadcast_to(np.asarray(col_totals, dtype=bool), (len(cols),))
    for i in np.flatnonzero(row_known):
        audit.publish({cell[i, j]: 1 for j in range(len(cols))}, values[i].sum(), source=name)
    for j in np.flatnonzero(col_known):
        audit.publish({cell[i, j]: 1 for i in range(len(rows))}, values[:, j].sum(),
                      source=name)
    audit.publish({v: 1 for v in cell.values()}, values.sum(), source=name)
    targets = mask if protect is None else mask & np.asarray(protect, dtype=bool)
    positions = []
    for (i, j), key in cell.items():
        if targets[i, j]:
            audit.protect(key, label=f"{rows[i]} / {cols[j]}", source=name)
            positions.append((i, j))
    result = audit.run(relax=True, stop_at_first=stop_at_first)
    # cells come back in the order they were protected (a prefix with stop_at_first)
    result.cells["position"] = positions[:len(result.cells)]
    return result
