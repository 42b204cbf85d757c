import type { Analysis } from '../analysis';
import type { CellOutput } from '../cells';
import { countByReason, exclusionLabel } from '../exports/exclusion-labels';
import { type Language, type Localized, labelled } from '../i18n/language';
import { accuracySentence } from '../i18n/model-accuracy';
import type { FallbackReason, PurchaseMethod, SpendMethod } from '../models/customer-model';
import { MODEL_NAMES } from '../models/model-names';
import type { FormulaAnalysis } from './shared-analysis';

const CHOICE_TEXTS: Localized<{
  fixed: string;
  won: string;
  kept: string;
  unchecked: string;
  choice: string;
  check: string;
  brier: string;
  countError: string;
}> = {
  en: {
    fixed: '{model}, as asked',
    won: 'auto: {model} predicted the last {days} days best',
    kept: 'auto: {model}; no other model predicted the last {days} days clearly better',
    unchecked: 'auto: {model}, the model that can say "gone", when the log cannot be checked',
    choice: 'model choice',
    check: 'hold-out check',
    brier: 'Brier score on the hold-out, {model} (lower is better)',
    countError: 'purchase days on the hold-out, mean error, {model}',
  },
  'zh-CN': {
    fixed: '{model}（按指定）',
    won: '自动：{model} 对最近 {days} 天预测最准',
    kept: '自动：{model}（没有其他模型对最近 {days} 天预测得明显更准）',
    unchecked: '自动：{model}（无法检验时，选用能判断客户已离开的模型）',
    choice: '模型选择',
    check: '留出检验',
    brier: '留出期 Brier 分数，{model}（越低越好）',
    countError: '留出期购买天数平均误差，{model}',
  },
  'zh-TW': {
    fixed: '{model}（依指定）',
    won: '自動：{model} 對最近 {days} 天預測最準',
    kept: '自動：{model}（沒有其他模型對最近 {days} 天預測得明顯更準）',
    unchecked: '自動：{model}（無法檢驗時，選用能判斷客戶已離開的模型）',
    choice: '模型選擇',
    check: '保留期檢驗',
    brier: '保留期 Brier 分數，{model}（越低越好）',
    countError: '保留期購買天數平均誤差，{model}',
  },
};

const put = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** Rows appended to CUSTOMER_MODEL: which model and why, the check's sentence and its figures. */
function choiceRows(analysis: FormulaAnalysis, language: Language): CellOutput[][] {
  const t = CHOICE_TEXTS[language];
  const check = analysis.check;
  const model = MODEL_NAMES[analysis.model.purchaseModel];
  const choice =
    analysis.purchaseModelChoice !== 'auto'
      ? put(t.fixed, { model })
      : check?.status === 'checked'
        ? // "best" only when it had the lowest score; kept within the noise otherwise (holdout-check.ts).
          put(lowestScore(check) === check.winner ? t.won : t.kept, { model, days: check.holdoutDays })
        : put(t.unchecked, { model });
  const rows: CellOutput[][] = [
    [t.choice, choice],
    [t.check, accuracySentence(check, language, analysis.model.purchaseModel) ?? ''],
  ];
  if (check?.status === 'checked') {
    for (const s of check.scores) rows.push([put(t.brier, { model: MODEL_NAMES[s.model] }), s.brier]);
    for (const s of check.scores)
      rows.push([put(t.countError, { model: MODEL_NAMES[s.model] }), s.countError]);
  }
  return rows;
}

const PURCHASE_METHODS: Localized<Record<PurchaseMethod, string>> = {
  en: {
    'bg-nbd': 'BG/NBD (maximum likelihood)',
    'bg-nbd-common-dropout': 'BG/NBD, one dropout probability for all (maximum likelihood)',
    'bg-nbd-no-dropout': 'BG/NBD at its "nobody leaves" limit (maximum likelihood)',
    'mbg-nbd': 'MBG/NBD (one-time buyers can leave; weak prior)',
    'mbg-cnbd-k':
      'MBG/CNBD-k (purchases on a rhythm, so a regular who is long overdue has likely left; weak prior)',
    'pooled-rate': 'pooled repeat rate (fallback)',
  },
  'zh-CN': {
    'bg-nbd': 'BG/NBD（最大似然）',
    'bg-nbd-common-dropout': 'BG/NBD，所有客户同一流失概率（最大似然）',
    'bg-nbd-no-dropout': 'BG/NBD，“无人流失”极限（最大似然）',
    'mbg-nbd': 'MBG/NBD（只买过一次的客户也可能流失；弱先验）',
    'mbg-cnbd-k': 'MBG/CNBD-k（按节奏购买，久未回购的老客很可能已流失；弱先验）',
    'pooled-rate': '整体复购率（备用方法）',
  },
  'zh-TW': {
    'bg-nbd': 'BG/NBD（最大概似）',
    'bg-nbd-common-dropout': 'BG/NBD，所有客戶同一流失機率（最大概似）',
    'bg-nbd-no-dropout': 'BG/NBD，「無人流失」極限（最大概似）',
    'mbg-nbd': 'MBG/NBD（只買過一次的客戶也可能流失；弱先驗）',
    'mbg-cnbd-k': 'MBG/CNBD-k（依節奏購買，久未回購的老客很可能已流失；弱先驗）',
    'pooled-rate': '整體回購率（備用方法）',
  },
};

const SPEND_METHODS: Localized<Record<SpendMethod, string>> = {
  en: { 'gamma-gamma': 'Gamma-Gamma (maximum likelihood)', 'shrunk-mean': 'shrunk mean spend (fallback)' },
  'zh-CN': { 'gamma-gamma': 'Gamma-Gamma（最大似然）', 'shrunk-mean': '收缩平均消费（备用方法）' },
  'zh-TW': { 'gamma-gamma': 'Gamma-Gamma（最大概似）', 'shrunk-mean': '收縮平均消費（備用方法）' },
};

const FALLBACK_REASONS: Localized<Record<FallbackReason, string>> = {
  en: {
    'too-few-customers': 'too few customers to fit a model',
    'too-few-repeat-customers': 'too few repeat customers to fit a model',
    'fit-did-not-converge': 'the fit did not converge',
    'implausible-parameters': 'the fit gave implausible parameters',
  },
  'zh-CN': {
    'too-few-customers': '客户太少，无法拟合模型',
    'too-few-repeat-customers': '回头客太少，无法拟合模型',
    'fit-did-not-converge': '拟合未收敛',
    'implausible-parameters': '拟合参数不合理',
  },
  'zh-TW': {
    'too-few-customers': '客戶太少，無法擬合模型',
    'too-few-repeat-customers': '回頭客太少，無法擬合模型',
    'fit-did-not-converge': '擬合未收斂',
    'implausible-parameters': '擬合參數不合理',
  },
};

const LABELS: Localized<{
  method: string;
  spendMethod: string;
  fallback: string;
  customers: string;
  repeatCustomers: string;
  rowsUsed: string;
  rowsSkipped: string;
  rCuts: string;
  fCuts: string;
  mCuts: string;
  purchaseModel: string;
  spendModel: string;
  leftOut: string;
  leftOutBy: string;
}> = {
  en: {
    method: 'method',
    spendMethod: 'spend method',
    fallback: 'why a fallback',
    customers: 'customers',
    repeatCustomers: 'repeat customers',
    rowsUsed: 'rows used',
    rowsSkipped: 'rows skipped (unreadable or after the analysis date)',
    rCuts: 'R cut points: days since last purchase for R 2 / 3 / 4 / 5',
    fCuts: 'F cut points: purchase days for F 2 / 3 / 4 / 5',
    mCuts: 'M cut points: net spend for M 2 / 3 / 4 / 5',
    purchaseModel: 'purchase model',
    spendModel: 'spend model',
    leftOut: 'rows left out on purpose',
    leftOutBy: 'left out: {reason}',
  },
  'zh-CN': {
    method: '方法',
    spendMethod: '消费模型',
    fallback: '使用备用方法的原因',
    customers: '客户数',
    repeatCustomers: '回头客数',
    rowsUsed: '使用的行数',
    rowsSkipped: '跳过的行数（无法读取或晚于分析日期）',
    rCuts: 'R 分界：R 为 2 / 3 / 4 / 5 的距上次购买天数',
    fCuts: 'F 分界：F 为 2 / 3 / 4 / 5 的购买天数',
    mCuts: 'M 分界：M 为 2 / 3 / 4 / 5 的净消费',
    purchaseModel: '购买模型',
    spendModel: '消费模型',
    leftOut: '有意排除的行数',
    leftOutBy: '排除：{reason}',
  },
  'zh-TW': {
    method: '方法',
    spendMethod: '消費模型',
    fallback: '使用備用方法的原因',
    customers: '客戶數',
    repeatCustomers: '回頭客數',
    rowsUsed: '使用的列數',
    rowsSkipped: '略過的列數（無法讀取或晚於分析日期）',
    rCuts: 'R 分界：R 為 2 / 3 / 4 / 5 的距上次購買天數',
    fCuts: 'F 分界：F 為 2 / 3 / 4 / 5 的購買天數',
    mCuts: 'M 分界：M 為 2 / 3 / 4 / 5 的淨消費',
    purchaseModel: '購買模型',
    spendModel: '消費模型',
    leftOut: '刻意排除的列數',
    leftOutBy: '排除：{reason}',
  },
};

/**
 * The CUSTOMER_MODEL table: a name and a value per row. Parameter names stay as the papers write
 * them (r, alpha, a, b; p, q, gamma) in every language; a parameter the fallback does not have is
 * an empty cell, never a made-up number.
 */
export function modelTable(analysis: FormulaAnalysis, language: Language): CellOutput[][] {
  const m = analysis.model;
  const t = LABELS[language];
  const blank = (v: number | undefined): CellOutput => (v === undefined || !Number.isFinite(v) ? '' : v);
  // Each fallback says which model it is: the spend model can fall back while the purchase model fits.
  const fellBack = (model: string, r: FallbackReason | undefined) =>
    r === undefined ? [] : [labelled(model, FALLBACK_REASONS[language][r], language)];
  const reasons = [
    ...fellBack(t.purchaseModel, m.fallbackReason.purchases),
    ...fellBack(t.spendModel, m.fallbackReason.spend),
  ];
  const log = analysis.log;
  return [
    [t.method, PURCHASE_METHODS[language][m.method.purchases]],
    ['r', blank(m.bgNbd?.r ?? m.mbgNbd?.r ?? m.mbgCnbdK?.r ?? m.commonDropout?.r ?? m.noDropout?.r)],
    [
      'alpha (per day)',
      blank(
        m.bgNbd?.alpha ??
          m.mbgNbd?.alpha ??
          m.mbgCnbdK?.alpha ??
          m.commonDropout?.alpha ??
          m.noDropout?.alpha,
      ),
    ],
    ['a', blank(m.bgNbd?.a ?? m.mbgNbd?.a ?? m.mbgCnbdK?.a)],
    ['b', blank(m.bgNbd?.b ?? m.mbgNbd?.b ?? m.mbgCnbdK?.b)],
    // The MBG/CNBD-k's regularity: gaps are Erlang-k (alpha is then per Erlang stage, k per gap).
    ['k', blank(m.mbgCnbdK?.k)],
    ['p (dropout after each purchase)', blank(m.commonDropout?.p)],
    ['log-likelihood', blank(m.bgNbdLogLikelihood)],
    [t.spendMethod, SPEND_METHODS[language][m.method.spend]],
    ['p', blank(m.gammaGamma?.p)],
    ['q', blank(m.gammaGamma?.q)],
    ['gamma', blank(m.gammaGamma?.gamma)],
    [t.customers, m.customers],
    [t.repeatCustomers, m.repeatCustomers],
    // Rows, not orders: every line of an export's orders went into the analysis.
    [t.rowsUsed, log.rowsUsed ?? log.purchases.length],
    [t.rowsSkipped, log.rowsSkipped],
    [t.fallback, reasons.join(language === 'en' ? '; ' : '；')],
    [t.rCuts, cutText(analysis.rfmCuts.recencyDays, '≤ ')],
    [t.fCuts, cutText(analysis.rfmCuts.frequency, '≥ ')],
    [t.mCuts, cutText(analysis.rfmCuts.monetary, '≥ ')],
    ...choiceRows(analysis, language),
    ...leftOutRows(analysis, language),
  ];
}

/**
 * Appended (owners INDEX the rows above): the rows left out on purpose, then one row per reason
 * present, so rows used + rows skipped + these account for every row of the log that is not blank
 * or a header. Data issues lists each row with its reason after Analyze.
 */
function leftOutRows(analysis: FormulaAnalysis, language: Language): CellOutput[][] {
  const t = LABELS[language];
  const excluded = analysis.log.excluded ?? [];
  const rows: CellOutput[][] = [[t.leftOut, excluded.length]];
  for (const [reason, n] of countByReason(excluded)) {
    rows.push([put(t.leftOutBy, { reason: exclusionLabel(reason, language) }), n]);
  }
  return rows;
}

/** "≤ 120 / ≤ 61 / ≤ 30 / ≤ 12"; "–" for a score nobody reaches. */
function cutText(cuts: readonly (number | undefined)[], sign: string): string {
  return cuts.map((c) => (c === undefined ? '–' : `${sign}${Math.round(c * 100) / 100}`)).join(' / ');
}

/** The model with the lowest hold-out Brier score (the earlier on a tie). */
function lowestScore(check: Extract<Analysis['check'], { status: 'checked' }>): string {
  let best = check.scores[0]!;
  for (const s of check.scores) if (s.brier < best.brier) best = s;
  return best.model;
}
