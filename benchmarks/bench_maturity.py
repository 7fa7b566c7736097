"""Speed of MaturityReport: 100,000 respondents × 40 Likert items, 2,000 bootstrap resamples.

Prints seconds for the bootstrap alone and for a full fit (scores, CIs, alpha, items).
Target: full fit ≤ 30 s on 2 cores.
"""

import os
import time
import warnings

import numpy as np
import pandas as pd

from esslingen_lab.maturity import MaturityReport, bootstrap_means, load_framework

N, N_ITEMS, N_BOOT = 100_000, 40, 2_000


def synthetic(n, rng):
    fw = load_framework()
    dims = fw.dimensions["dimension"].tolist()
    cols, data = [], {}
    latent = rng.normal(size=n)
    for i in range(N_ITEMS):
        dim = dims[i % len(dims)]
        col = f"{dim}_{i:02d}"
        x = np.clip(np.round(3 + latent + rng.normal(size=n)), 1, 5)
        x[rng.random(n) < 0.05] = np.nan  # 5 % "weiß nicht"
        data[col] = x
        cols.append((col, dim))
    items = pd.DataFrame([{"column": c, "dimension": d, "respondent_group": "staff",
                           "reverse": False, "wording": c} for c, d in cols])
    framework = type(fw)(name="bench", title="bench", title_en="bench", scale=(1.0, 5.0),
                         levels=fw.levels, dimensions=fw.dimensions, items=items)
    return pd.DataFrame(data), framework


def main():
    rng = np.random.default_rng(0)
    df, fw = synthetic(N, rng)
    print(f"cores available: {os.cpu_count()}; data {N:,} × {N_ITEMS} items, "
          f"{N_BOOT:,} resamples")
    values = rng.random((N, 8))
    t = time.perf_counter()
    bootstrap_means(values, N_BOOT, random_state=1)
    print(f"bootstrap_means (8 dimension columns): {time.perf_counter() - t:6.2f} s")
    t = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rep = MaturityReport(fw, n_boot=N_BOOT, random_state=1).fit(df, respondent_group="staff")
    print(f"MaturityReport.fit, percentile CI:     {time.perf_counter() - t:6.2f} s")
    t = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        MaturityReport(fw, n_boot=N_BOOT, random_state=1, ci_method="bca").fit(
            df, respondent_group="staff")
    print(f"MaturityReport.fit, BCa CI:            {time.perf_counter() - t:6.2f} s")
    overall = rep.scores_.query("dimension == 'gesamt'").iloc[0]
    print(f"overall index {overall.score:.2f} [{overall.ci_low:.2f}, {overall.ci_high:.2f}]")


if __name__ == "__main__":
    main()
