from numpy import *  # noqa: F401,F403 -- autograd.numpy mirrors numpy
