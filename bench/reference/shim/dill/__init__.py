"""Stand-in for dill: lifetimes imports it only to save and load models, which this script never does."""
from pickle import dump, load  # noqa: F401
