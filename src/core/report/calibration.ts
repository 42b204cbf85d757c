// The hold-out check on the Summary sheet: the accuracy sentence and a calibration table — per band
// of predicted probability, how many customers, the mean probability they were given and the share
// who really bought — drawn as a column chart of predicted against observed.
import type { Analysis } from '../analysis';
import type { CellOutput } from '../cells';
import type { Language } from '../i18n/language';
import { accuracySentence } from '../i18n/model-accuracy';
import type { AnalyzeTexts } from './analyze-texts';

export interface CalibrationReport {
  /** The accuracy sentence; undefined when no check ran. */
  sentence: string | undefined;
  /** Header row and one row per band with customers: band, customers, mean predicted, share bought. */
  rows: CellOutput[][] | undefined;
  chartTitle: string;
}

export function calibrationReport(
  analysis: Analysis,
  language: Language,
  texts: AnalyzeTexts,
): CalibrationReport {
  const t = texts.calibration[language];
  const check = analysis.check;
  const sentence = accuracySentence(check, language, analysis.model.purchaseModel);
  if (check?.status !== 'checked') return { sentence, rows: undefined, chartTitle: t.chart };
  const pct = (v: number) => Math.round(v * 100);
  return {
    sentence,
    rows: [
      [t.band, t.customers, t.predicted, t.bought],
      ...check.bands.map((b) => [
        // The band names its customers: the chart draws only the shares, and a band of one customer
        // who bought stands tallest.
        (b.customers === 1 ? t.bandOne : t.bandMany)
          .replace('{range}', `${pct(b.from)}–${pct(b.to)}%`)
          .replace('{count}', String(b.customers)),
        b.customers,
        b.meanPredicted,
        b.boughtShare,
      ]),
    ],
    chartTitle: t.chart,
  };
}
