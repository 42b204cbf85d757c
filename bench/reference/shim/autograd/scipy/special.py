from scipy.special import *  # noqa: F401,F403 -- autograd.scipy.special mirrors scipy.special
