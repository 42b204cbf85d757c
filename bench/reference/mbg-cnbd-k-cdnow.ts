/**
 * The MBG/CNBD-k's own maximum-likelihood fit on CDNOW_sample.txt (time in days, calibration end
 * 1997-09-30): the k chosen, its parameters, ln L of every k tried and a few predictions, written as
 * JSON to stdout. Committed as test/fixtures/reference/mbg-cnbd-k-cdnow.json by COMMAND below.
 * Not an independent reference: the k = 1 fit is checked against lifetimes' ModifiedBetaGeoFitter,
 * and for k > 1 the likelihood and P(alive) against numerical integration, in
 * test/unit/models/mbg-cnbd-k.test.ts; the independent one for k > 1 is BTYDplus's
 * (bench/reference/btydplus_reference.R, test/unit/models/btydplus-mbg-cnbd-k.test.ts).
 */
import { fitMbgCnbdK, mbgCnbdKPredictor, probabilityAliveMbgCnbdK } from '../../src/core/models/mbg-cnbd-k';
import { readCdnowSample } from '../../test/unit/models/cdnow-data';

const COMMAND =
  'npx esbuild bench/reference/mbg-cnbd-k-cdnow.ts --bundle --platform=node --format=esm --define:import.meta.dirname=\'"test/support"\' --outfile=/tmp/mbg-cnbd-k-cdnow.mjs && node /tmp/mbg-cnbd-k-cdnow.mjs > test/fixtures/reference/mbg-cnbd-k-cdnow.json (from the repository root)';

const cdnow = readCdnowSample();
const fit = fitMbgCnbdK(cdnow, { prior: false });
const predict = mbgCnbdKPredictor(fit.params);
const histories = [
  { x: 0, tx: 0, T: 273 },
  { x: 1, tx: 30, T: 250 },
  { x: 2, tx: 213, T: 272 },
  { x: 5, tx: 100, T: 270 },
  { x: 10, tx: 260, T: 270 },
];
const out = {
  source:
    'MBG/CNBD-k (src/core/models/mbg-cnbd-k.ts) by maximum likelihood on CDNOW_sample.txt, time in days, calibration end 1997-09-30',
  command: COMMAND,
  customers: cdnow.length,
  converged: fit.converged,
  ...fit.params,
  logLikelihood: fit.logLikelihood,
  tried: fit.tried,
  predictions: histories.map((h) => ({
    ...h,
    probabilityAlive: probabilityAliveMbgCnbdK(fit.params, h),
    expectedPurchases365: predict.expectedPurchases(h, 365),
  })),
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
