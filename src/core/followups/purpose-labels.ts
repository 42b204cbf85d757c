// How each template purpose is named in the Templates sheet, the sidebar and audience names. Data
// only: the sidebar imports it, and the server reads it from dist/Templates.html (server-texts.ts),
// so dist/Code.js does not carry it.
import type { Localized } from '../i18n/language';
import type { TemplatePurpose } from './templates';

export const PURPOSE_LABELS: Localized<Record<TemplatePurpose, string>> = {
  en: {
    new: 'New',
    developing: 'Developing',
    loyal: 'Loyal',
    atRisk: 'At risk',
    late: 'At risk: later than usual',
    spendingLess: 'At risk: spending less',
    boughtOnce: 'Bought once, not back',
    lapsed: 'Lapsed',
    reorder: 'Re-order reminder',
    complaint: 'Complaint follow-up',
    survey: 'Survey',
    other: 'Other',
  },
  'zh-CN': {
    new: '新客',
    developing: '成长期',
    loyal: '稳定期',
    atRisk: '有流失风险',
    late: '有流失风险：比平时晚',
    spendingLess: '有流失风险：消费变少',
    boughtOnce: '只买过一次，未再光临',
    lapsed: '已流失',
    reorder: '补货提醒',
    complaint: '投诉跟进',
    survey: '调查',
    other: '其他',
  },
  'zh-TW': {
    new: '新客',
    developing: '成長期',
    loyal: '穩定期',
    atRisk: '有流失風險',
    late: '有流失風險：比平時晚',
    spendingLess: '有流失風險：消費變少',
    boughtOnce: '只買過一次，未再光臨',
    lapsed: '已流失',
    reorder: '補貨提醒',
    complaint: '客訴跟進',
    survey: '調查',
    other: '其他',
  },
};
