"""Reference figures for the purchase models Regulars adds beside BG/NBD, from lifetimes itself.

Run (Debian python3 with pandas and scipy; lifetimes' source tree unpacked at LIFETIMES_DIR):
    /usr/bin/python3 bench/reference/lifetimes_reference.py /tmp/lifetimes \
        > test/fixtures/reference/lifetimes-cdnow.json
lifetimes imports autograd and dill, which Debian does not package: shim/ stands in for both
(finite-difference gradients for autograd; nothing of dill is used). The likelihood, the fit and
the predictions are lifetimes' own code (ModifiedBetaGeoFitter). This script shares no code with
src/: it reads the CDNOW sample log and summarises it in days itself.
"""
import json
import os
import subprocess
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "shim"))
LIFETIMES_DIR = sys.argv[1]
sys.path.insert(0, LIFETIMES_DIR)

import numpy as np  # noqa: E402
from lifetimes import ModifiedBetaGeoFitter  # noqa: E402

SAMPLE = os.path.join(HERE, "..", "..", "test", "fixtures", "cdnow", "CDNOW_sample.txt")
END = date(1997, 9, 30)


def daily_summary():
    """x, t_x, T in days: purchase days per customer up to END inclusive (same day = one)."""
    days = {}
    with open(SAMPLE) as f:
        for line in f:
            parts = line.split()
            if len(parts) < 5:
                continue
            d = date(int(parts[2][:4]), int(parts[2][4:6]), int(parts[2][6:8]))
            if d > END:
                continue
            days.setdefault(parts[1], set()).add(d.toordinal())
    freq, rec, age = [], [], []
    for ds in days.values():
        s = sorted(ds)
        freq.append(len(s) - 1)
        rec.append(s[-1] - s[0])
        age.append(END.toordinal() - s[0])
    return np.array(freq), np.array(rec, dtype=float), np.array(age, dtype=float)


def commit_of(path):
    try:
        return subprocess.check_output(["git", "-C", path, "rev-parse", "HEAD"], text=True).strip()
    except Exception:
        return None


def main():
    freq, rec, age = daily_summary()
    mbg = ModifiedBetaGeoFitter()
    mbg.fit(freq, rec, age)
    r, alpha, a, b = (float(mbg.params_[k]) for k in ("r", "alpha", "a", "b"))
    log_params = np.log([r, alpha, a, b])
    weights = np.ones(len(freq))
    ll = -ModifiedBetaGeoFitter._negative_log_likelihood(log_params, freq, rec, age, weights, 0.0) * len(freq)
    histories = [(0, 0, 273), (0, 0, 200), (1, 30, 250), (2, 213, 272), (5, 100, 270), (10, 250, 260)]
    predictions = []
    for x, tx, T in histories:
        predictions.append(
            {
                "x": x,
                "tx": tx,
                "T": T,
                "probabilityAlive": float(mbg.conditional_probability_alive(x, tx, T)[0]),
                "expectedPurchases90": float(
                    mbg.conditional_expected_number_of_purchases_up_to_time(90, x, tx, T)
                ),
                "expectedPurchases365": float(
                    mbg.conditional_expected_number_of_purchases_up_to_time(365, x, tx, T)
                ),
            }
        )
    out = {
        "source": "lifetimes ModifiedBetaGeoFitter on CDNOW_sample.txt, time in days, calibration end 1997-09-30",
        "command": "/usr/bin/python3 bench/reference/lifetimes_reference.py /tmp/lifetimes",
        "lifetimesCommit": os.environ.get("LIFETIMES_COMMIT") or commit_of(LIFETIMES_DIR),
        "customers": int(len(freq)),
        "sumX": int(freq.sum()),
        "mbgNbd": {"r": r, "alpha": alpha, "a": a, "b": b, "logLikelihood": float(ll), "predictions": predictions},
    }
    json.dump(out, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
