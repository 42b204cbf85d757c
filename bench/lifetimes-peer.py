"""The reference peer of `npm run bench`: lifetimes doing the modelling CUSTOMER_INSIGHTS does, on the
CDNOW master log, timed in-process (median of several runs after reading the file).

Run by scripts/bench.mjs when LIFETIMES_DIR points at a lifetimes source tree (e.g. a snapshot of
github.com/CamDavidsonPilon/lifetimes) and Python has pandas and scipy; lifetimes also needs autograd
and dill (AUTOGRAD_DIR may point at an autograd source tree). Prints one JSON line.
"""
import json
import sys
import time
import warnings

import pandas as pd
from lifetimes import BetaGeoFitter, GammaGammaFitter
from lifetimes.utils import summary_data_from_transaction_data

warnings.filterwarnings("ignore")
path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
log = pd.read_csv(path, sep=r"\s+", dtype={"customer_id": str, "date": str})
log = log.rename(columns=lambda c: c.strip())
log["date"] = pd.to_datetime(log["date"], format="%Y%m%d")


def model_once():
    # Purchase days, x / t_x / T in days, monetary value of repeat days: what the add-on summarises.
    summary = summary_data_from_transaction_data(
        log, "customer_id", "date", monetary_value_col="dollar_value",
        observation_period_end="1998-06-30", freq="D",
    )
    bgf = BetaGeoFitter(penalizer_coef=0.0)
    bgf.fit(summary["frequency"], summary["recency"], summary["T"])
    alive = bgf.conditional_probability_alive(summary["frequency"], summary["recency"], summary["T"])
    expected = bgf.conditional_expected_number_of_purchases_up_to_time(
        365, summary["frequency"], summary["recency"], summary["T"])
    repeat = summary[(summary["frequency"] > 0) & (summary["monetary_value"] > 0)]
    ggf = GammaGammaFitter(penalizer_coef=0.0)
    ggf.fit(repeat["frequency"], repeat["monetary_value"])
    spend = ggf.conditional_expected_average_profit(summary["frequency"], summary["monetary_value"])
    return len(summary), float(alive.mean()), float((expected * spend).sum())


times = []
for _ in range(runs):
    start = time.perf_counter()
    customers, mean_alive, value = model_once()
    times.append((time.perf_counter() - start) * 1000)
times.sort()
print(json.dumps({"customers": customers, "medianMs": times[len(times) // 2], "runs": runs}))
