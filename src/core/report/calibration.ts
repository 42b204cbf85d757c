// The hold-out check on the Summary sheet: the accuracy sentence and a calibration table — per band
// of predicted probability, how many customers, the mean probability they were given and the share
// who really bought — drawn as a column chart of predicted against observed.
import type { Analysis } from '../analysis';
import type { CellOutput } from '../cells';
import type { Language, Localized } from '../i18n/language';
import { accuracySentence } from '../i18n/model-accuracy';

const TEXTS: Localized<{
  band: string;
  customers: string;
  predicted: string;
  bought: string;
  chart: string;
}> = {
  en: {
    band: 'Repeat probability given (hold-out check)',
    customers: 'Customers',
    predicted: 'Predicted, on average',
    bought: 'Really bought',
    chart: 'Predicted vs. really bought, by probability band',
  },
  'zh-CN': {
    band: '预测的复购概率（留出检验）',
    customers: '客户数',
    predicted: '平均预测',
    bought: '实际购买',
    chart: '按概率段：预测与实际购买',
  },
  'zh-TW': {
    band: '預測的回購機率（保留期檢驗）',
    customers: '客戶數',
    predicted: '平均預測',
    bought: '實際購買',
    chart: '依機率區間：預測與實際購買',
  },
};

export interface CalibrationReport {
  /** The accuracy sentence; undefined when no check ran. */
  sentence: string | undefined;
  /** Header row and one row per band with customers: band, customers, mean predicted, share bought. */
  rows: CellOutput[][] | undefined;
  chartTitle: string;
}

export function calibrationReport(analysis: Analysis, language: Language): CalibrationReport {
  const t = TEXTS[language];
  const check = analysis.check;
  const sentence = accuracySentence(check, language);
  if (check?.status !== 'checked') return { sentence, rows: undefined, chartTitle: t.chart };
  const pct = (v: number) => Math.round(v * 100);
  return {
    sentence,
    rows: [
      [t.band, t.customers, t.predicted, t.bought],
      ...check.bands.map((b) => [
        `${pct(b.from)}–${pct(b.to)}%`,
        b.customers,
        b.meanPredicted,
        b.boughtShare,
      ]),
    ],
    chartTitle: t.chart,
  };
}
