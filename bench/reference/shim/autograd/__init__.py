"""Stand-in for autograd (not packaged in Debian), so lifetimes' own fitter code runs unchanged.

Gradients and Hessians are central finite differences of lifetimes' objective: the optimum they
lead to is the objective's own, which is what the reference figures are about.
"""
import numpy as _np

_STEP = 1e-6


def _gradient(f, x, args):
    x = _np.asarray(x, dtype=float)
    g = _np.zeros_like(x)
    for i in range(x.size):
        e = _np.zeros_like(x)
        e[i] = _STEP
        g[i] = (f(x + e, *args) - f(x - e, *args)) / (2 * _STEP)
    return g


def value_and_grad(f):
    def wrapped(x, *args):
        return f(x, *args), _gradient(f, x, args)

    return wrapped


def hessian(f):
    def wrapped(x, *args):
        x = _np.asarray(x, dtype=float)
        n = x.size
        h = _np.zeros((n, n))
        for i in range(n):
            e = _np.zeros_like(x)
            e[i] = 1e-4
            h[i] = (_gradient(f, x + e, args) - _gradient(f, x - e, args)) / 2e-4
        return (h + h.T) / 2

    return wrapped
