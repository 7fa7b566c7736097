import numpy as np
import pandas as pd
import pytest
from scipy.optimize import linprog

from esslingen_lab.errors import EsslingenLabError
from esslingen_lab.privacy import suppress_small_cells, suppress_small_groups


def _equations(values, hidden, margins):
    """Constraint system a reader can build: A @ x = b over the hidden cells (x >= 0)."""
    n_rows, n_cols = values.shape
    cells = list(zip(*np.nonzero(hidden), strict=True))
    index = {cell: i for i, cell in enumerate(cells)}
    rows_a, rows_b = [], []
    if margins:
        # last row/column are totals: every line sums its data cells to its total cell
        lines = [[(i, j) for j in range(n_cols)] for i in range(n_rows)]
        lines += [[(i, j) for i in range(n_rows)] for j in range(n_cols)]
        for line in lines:
            a = np.zeros(len(cells))
            b = 0.0
            for pos, (i, j) in enumerate(line):
                sign = -1.0 if pos == len(line) - 1 else 1.0
                if (i, j) in index:
                    a[index[(i, j)]] += sign
                else:
                    b -= sign * values[i, j]
            rows_a.append(a)
            rows_b.append(b)
    else:
        for line, total in [
            ([(i, j) for j in range(n_cols)], values[i].sum()) for i in range(n_rows)
        ] + [([(i, j) for i in range(n_rows)], values[:, j].sum()) for j in range(n_cols)]:
            a = np.zeros(len(cells))
            b = float(total)
            for cell in line:
                if cell in index:
                    a[index[cell]] += 1
                else:
                    b -= values[cell]
            rows_a.append(a)
            rows_b.append(b)
    return cells, np.array(rows_a), np.array(rows_b)


def _determined_cells(values, hidden, margins=False):
    """Hidden cells whose value a reader can pin down (LP min == max; the system is TU)."""
    cells, a, b = _equations(values, hidden, margins)
    out = []
    for i, cell in enumerate(cells):
        c = np.zeros(len(cells))
        c[i] = 1
        lo = linprog(c, A_eq=a, b_eq=b, bounds=(0, None), method="highs")
        hi = linprog(-c, A_eq=a, b_eq=b, bounds=(0, None), method="highs")
        assert lo.status == 0 and hi.status == 0
        if hi.fun * -1 - lo.fun < 0.5:
            out.append(cell)
    return out


def _linearly_determined(values, hidden, margins=False):
    cells, a, _ = _equations(values, hidden, margins)
    rank = np.linalg.matrix_rank(a)
    out = []
    for i, cell in enumerate(cells):
        e = np.zeros((1, len(cells)))
        e[0, i] = 1
        if np.linalg.matrix_rank(np.vstack([a, e])) == rank:
            out.append(cell)
    return out


def test_small_cell_and_its_complement_are_hidden():
    t = pd.DataFrame({"ja": [12, 3, 20], "nein": [8, 9, 15]}, index=["A", "B", "C"])
    out = suppress_small_cells(t)
    assert out.loc["B", "ja"] == "<5"
    # B's 3 would otherwise be row total minus 9: the row and a second row are hidden too
    assert out.loc["B", "nein"] == "–"  # protective: 9 people, so not labelled small
    assert out.isin(["<5", "–"]).sum().sum() == 4 and (out == "<5").sum().sum() == 1
    assert out.loc["C", "ja"] == 20 and out.dtypes.eq(object).all()
    assert t.loc["B", "ja"] == 3  # input untouched


def test_table_without_small_cells_is_unchanged():
    t = pd.DataFrame({"a": [5, 6], "b": [7, 80]})
    assert suppress_small_cells(t).equals(t.astype(object))


@pytest.mark.parametrize("seed", range(60))
def test_no_hidden_cell_can_be_recomputed_from_totals(seed):
    rng = np.random.default_rng(seed)
    n_rows, n_cols = rng.integers(2, 5, size=2)
    values = rng.choice([1, 2, 3, 4, 5, 6, 8, 12, 20], size=(n_rows, n_cols)).astype(float)
    out = suppress_small_cells(pd.DataFrame(values))
    hidden = out.isin(["<5", "–"]).to_numpy()
    assert hidden[values < 5].all()
    assert _determined_cells(values, hidden) == []


@pytest.mark.parametrize("seed", range(30))
def test_crosstab_with_margins_never_reveals_a_cell(seed):
    rng = np.random.default_rng(1000 + seed)
    n = int(rng.integers(15, 60))
    df = pd.DataFrame(
        {
            "stadtteil": rng.choice(list("ABCDE"), size=n, p=[0.4, 0.3, 0.15, 0.1, 0.05]),
            "alter": rng.choice(["18-29", "30-49", "50+"], size=n),
        }
    )
    ct = pd.crosstab(df.stadtteil, df.alter, margins=True, margins_name="Gesamt")
    out = suppress_small_cells(ct, k=5)
    hidden = out.isin(["<5", "–"]).to_numpy()
    values = ct.to_numpy(dtype=float)
    assert hidden[values < 5].all()
    assert _linearly_determined(values, hidden, margins=True) == []


@pytest.mark.parametrize("seed", range(20))
def test_zero_cells_are_not_linearly_recomputable(seed):
    rng = np.random.default_rng(5000 + seed)
    values = rng.choice([0, 1, 4, 5, 9, 30], size=(rng.integers(2, 6), rng.integers(2, 6)))
    out = suppress_small_cells(pd.DataFrame(values), k=5)
    hidden = out.isin(["<5", "–"]).to_numpy()
    assert _linearly_determined(values.astype(float), hidden) == []


def test_derived_values_follow_the_counts():
    counts = pd.DataFrame({"ja": [40, 2, 30], "nein": [10, 6, 30]}, index=list("abc"))
    shares = counts.div(counts.sum(axis=1), axis=0).round(2)
    out = suppress_small_cells(shares, count_table=counts)
    assert out.loc["b", "ja"] == "<5" and out.loc["b", "nein"] == "–"
    assert out.loc["c", "ja"] == 0.5


def test_count_table_must_match():
    counts = pd.DataFrame({"ja": [40, 2]})
    with pytest.raises(EsslingenLabError):
        suppress_small_cells(pd.DataFrame({"ja": [0.1, 0.2, 0.3]}), count_table=counts)


def test_non_numeric_counts_need_count_table():
    with pytest.raises(EsslingenLabError, match="count_table"):
        suppress_small_cells(pd.DataFrame({"x": ["hoch", "tief"]}))


def test_one_column_table_hides_a_second_cell():
    s = pd.Series([10, 3, 8, 30], index=list("abcd"), name="n")
    out = suppress_small_cells(s)
    assert list(out) == [10, "<5", "–", 30]


def test_custom_k_and_mark():
    t = pd.DataFrame({"x": [9, 12], "y": [30, 40]})
    out = suppress_small_cells(t, k=10, mark="•", protective_mark="·")
    assert out.iloc[0, 0] == "•" and (out == "•").sum().sum() == 1
    assert (out == "·").sum().sum() == 3


def test_long_table_hides_small_groups_and_a_complement():
    table = pd.DataFrame(
        {
            "frage": ["q1"] * 3 + ["q2"] * 3,
            "gruppe": list("abcabc"),
            "n": [10, 3, 8, 10, 12, 8],
            "anteil": [0.5, 0.3, 0.2, 0.1, 0.2, 0.7],
        }
    )
    out = suppress_small_groups(table, within="frage")
    assert list(out["n"]) == [10, "<5", "–", 10, 12, 8]
    assert list(out["anteil"])[:3] == [0.5, "<5", "–"]
    assert list(out["gruppe"]) == list("abcabc")  # labels stay, rows are not dropped


def test_bad_k_is_a_user_error():
    with pytest.raises(EsslingenLabError):
        suppress_small_cells(pd.DataFrame({"x": [1]}), k=0)
