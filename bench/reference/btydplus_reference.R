# Reference figures for the MBG/CNBD-k (src/core/models/mbg-cnbd-k.ts) from its reference
# implementation, the R package BTYDplus (Platzer & Reutterer), on CDNOW_sample.txt in days.
#
# Run from the repository root (Debian: apt-get install r-base-core r-cran-data.table r-cran-rcpp
# r-cran-hypergeo r-cran-optimx r-cran-dplyr; the last three only because BTYD imports them):
#     Rscript bench/reference/btydplus_reference.R BTYDPLUS_GIT_DIR BTYD_GIT_DIR
# with git directories (bare or not) of BTYDplus and of BTYD (the CRAN mirror's cran/BTYD).
# It writes test/fixtures/reference/btydplus-mbg-cnbd-k-cdnow.json; the test
# (test/unit/models/btydplus-mbg-cnbd-k.test.ts) reads that file and needs no R.
#
# No stand-ins and no edits: BTYD (which BTYDplus calls as BTYD::dc.check.model.params) is
# installed from its own source into a temporary library; BTYDplus's R/helpers.R (elog2cbs) and
# R/mbg-cnbd-k.R are sourced exactly as committed; its C++ (src/slice-sampling.cpp:
# xbgcnbd_pmf_cpp and xbgcnbd_exp_cpp, used by mbgcnbd.Expectation for the bias correction of
# mbgcnbd.ConditionalExpectedTransactions) is compiled with Rcpp::sourceCpp, its embedded R test
# block left out (it calls xbgcnbd_ll_cpp, which the file does not define). Its
# ConditionalExpectedTransactions uses gsl::hyperg_2F1 when the gsl package is installed, else its
# own series; the JSON records which (they agree to rounding). BTYDplus's other
# imports (coda, mvtnorm, bayesm, parallel) serve only its MCMC models, not sourced here.
# The summary is BTYDplus's own elog2cbs, in days, calibration end 1997-09-30 inclusive: one
# purchase day per calendar day, x = purchase days - 1, t.x and T.cal in days from the first,
# litt = sum of ln(gaps in days) (no gap of 0 can occur, same-day purchases being merged).

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript bench/reference/btydplus_reference.R BTYDPLUS_GIT_DIR BTYD_GIT_DIR")
btydplus_git <- normalizePath(args[1])
btyd_git <- normalizePath(args[2])
out_file <- "test/fixtures/reference/btydplus-mbg-cnbd-k-cdnow.json"
sample_file <- "test/fixtures/cdnow/CDNOW_sample.txt"
if (!file.exists(sample_file)) stop("run from the repository root")

git <- function(dir, ...) system2("git", c("-C", shQuote(dir), ...), stdout = TRUE)
work <- tempfile("btydplus-reference-")
dir.create(work)

# BTYD, installed from its source into a private library.
dir.create(file.path(work, "BTYD"))
dir.create(file.path(work, "lib"))
system(paste("git -C", shQuote(btyd_git), "archive HEAD | tar -x -C", shQuote(file.path(work, "BTYD"))))
status <- system2("R", c("CMD", "INSTALL", "--no-docs", "--no-html",
                         paste0("--library=", shQuote(file.path(work, "lib"))),
                         shQuote(file.path(work, "BTYD"))), stdout = FALSE, stderr = FALSE)
if (status != 0) stop("R CMD INSTALL of BTYD failed")
.libPaths(c(file.path(work, "lib"), .libPaths()))
suppressPackageStartupMessages({
  library(BTYD)
  library(data.table)
})

# BTYDplus's files, as committed.
extract <- function(path) {
  dest <- file.path(work, basename(path))
  writeLines(git(btydplus_git, "show", paste0("HEAD:", path)), dest)
  dest
}
source(extract("R/helpers.R"))
source(extract("R/mbg-cnbd-k.R"))
invisible(capture.output(Rcpp::sourceCpp(extract("src/slice-sampling.cpp"), embeddedR = FALSE)))

# CDNOW_sample.txt: customer_id sample_id YYYYMMDD cds dollars; customers keyed by sample_id, as
# test/unit/models/cdnow-data.ts does.
raw <- read.table(sample_file, header = FALSE, colClasses = c("character", "character", "character",
                                                              "numeric", "numeric"))
elog <- data.frame(cust = raw$V2, date = as.Date(raw$V3, format = "%Y%m%d"), sales = raw$V5)
cbs <- elog2cbs(elog, units = "days", T.cal = "1997-09-30")
cbs <- cbs[order(cbs$cust), ]

# Fits: k = 1 ... 12 one by one (mbgcnbd.EstimateParameters with k given: optim L-BFGS-B on
# log-parameters from par.start = (1, 3, 1, 3), parameters capped at 10000), and k = NULL, BTYDplus's
# own choice (the same grid 1 ... 12, stopping once ln L falls twice in a row, best ln L wins).
grid <- lapply(1:12, function(k) {
  params <- mbgcnbd.EstimateParameters(cbs, k = k)
  list(k = k, params = params, logLikelihood = mbgcnbd.cbs.LL(params, cbs))
})
chosen <- mbgcnbd.EstimateParameters(cbs)
k2 <- grid[[2]]$params

# The customers compared one by one: one-time buyers at five ages (T.cal nearest min, quartiles,
# max), and repeat buyers with x = 1, 2, 3, 4, 6, 10 at their shortest and longest silence
# (T.cal - t.x; x = 1, 2 also at the median), and the most frequent buyer; first by id on ties.
pick <- function(rows, value, target) rows[which.min(abs(value[rows] - target))]
silence <- cbs$T.cal - cbs$t.x
chosen_rows <- c()
once <- which(cbs$x == 0)
for (q in quantile(cbs$T.cal[once], c(0, 0.25, 0.5, 0.75, 1), type = 1)) {
  chosen_rows <- c(chosen_rows, pick(once, cbs$T.cal, q))
}
for (x in c(1, 2, 3, 4, 6, 10)) {
  rows <- which(cbs$x == x)
  targets <- if (x <= 2) quantile(silence[rows], c(0, 0.5, 1), type = 1) else range(silence[rows])
  for (q in targets) chosen_rows <- c(chosen_rows, pick(rows, silence, q))
}
chosen_rows <- unique(c(chosen_rows, which.max(cbs$x)))
sel <- cbs[chosen_rows, ]

# Predictions at the k = 2 fit and at BTYDplus's chosen k. ConditionalExpectedTransactions rescales its approximation to the
# unconditional expectation when given 100 customers or more ("the full customer cohort"): called
# on the selected rows it is not rescaled; called on all customers it is.
cet_rows <- function(params, t) mbgcnbd.ConditionalExpectedTransactions(params, t, sel$x, sel$t.x, sel$T.cal)
cet_all <- function(params, t) {
  mbgcnbd.ConditionalExpectedTransactions(params, t, cbs$x, cbs$t.x, cbs$T.cal)[chosen_rows]
}
predictions <- function(params) {
  ll <- mbgcnbd.LL(params, sel$x, sel$t.x, sel$T.cal, sel$litt)
  palive <- mbgcnbd.PAlive(params, sel$x, sel$t.x, sel$T.cal)
  e90 <- cet_rows(params, 90)
  e365 <- cet_rows(params, 365)
  c90 <- cet_all(params, 90)
  c365 <- cet_all(params, 365)
  lapply(seq_len(nrow(sel)), function(i) list(
    id = sel$cust[i], x = sel$x[i], tx = sel$t.x[i], T = sel$T.cal[i], logGapSum = sel$litt[i],
    logLikelihood = ll[i], probabilityAlive = palive[i],
    expectedPurchases90 = e90[i], expectedPurchases365 = e365[i],
    expectedPurchases90Cohort = c90[i], expectedPurchases365Cohort = c365[i]
  ))
}

# A small JSON writer (no jsonlite in the Debian base): 17 significant digits, exact for doubles.
to_json <- function(v, indent = "") {
  inner <- paste0(indent, "  ")
  if (is.list(v) && !is.null(names(v))) {
    items <- mapply(function(k, x) paste0(inner, '"', k, '": ', to_json(x, inner)), names(v), v)
    return(paste0("{\n", paste(items, collapse = ",\n"), "\n", indent, "}"))
  }
  if (is.list(v)) {
    items <- vapply(v, function(x) paste0(inner, to_json(x, inner)), "")
    return(paste0("[\n", paste(items, collapse = ",\n"), "\n", indent, "]"))
  }
  if (length(v) != 1) return(to_json(as.list(v), indent))
  if (is.character(v)) return(paste0('"', gsub('"', '\\\\"', gsub("\\\\", "\\\\\\\\", v)), '"'))
  if (is.logical(v)) return(if (v) "true" else "false")
  # Exponents as JSON formatters write them (3.5e-5, not 3.5e-05).
  sub("e\\+?(-?)0*([0-9])", "e\\1\\2", sprintf("%.17g", as.double(v)))
}
params_of <- function(p) as.list(p[c("k", "r", "alpha", "a", "b")])

out <- list(
  source = paste("BTYDplus (R) mbgcnbd.* on CDNOW_sample.txt, summarised by BTYDplus's elog2cbs in days,",
                 "calibration end 1997-09-30: bench/reference/btydplus_reference.R"),
  command = paste("Rscript bench/reference/btydplus_reference.R", args[1], args[2], "(from the repository root)"),
  rVersion = R.version.string,
  btydplusCommit = git(btydplus_git, "rev-parse", "HEAD"),
  btydplusVersion = sub("^Version: *", "", grep("^Version:", git(btydplus_git, "show", "HEAD:DESCRIPTION"), value = TRUE)),
  btydCommit = git(btyd_git, "rev-parse", "HEAD"),
  btydVersion = as.character(packageVersion("BTYD")),
  dataTableVersion = as.character(packageVersion("data.table")),
  rcppVersion = as.character(packageVersion("Rcpp")),
  hypergeometric = if (requireNamespace("gsl", quietly = TRUE)) "gsl::hyperg_2F1" else "BTYDplus's series (gsl not installed)",
  cohort = list(customers = nrow(cbs), sumX = sum(cbs$x), sumTx = sum(cbs$t.x), sumT = sum(cbs$T.cal),
                sumLogGaps = sum(cbs$litt)),
  grid = lapply(grid, function(g) list(k = g$k, params = params_of(g$params), logLikelihood = g$logLikelihood)),
  chosen = list(params = params_of(chosen), logLikelihood = mbgcnbd.cbs.LL(chosen, cbs),
                customers = predictions(chosen)),
  k2 = list(params = params_of(k2), logLikelihood = grid[[2]]$logLikelihood, customers = predictions(k2))
)
writeLines(to_json(out), out_file)
message("wrote ", out_file)
