// The overview's "How good are the predictions?" section: the model in use and the hold-out check's
// sentence (worded by the core, so the sidebar, CUSTOMER_MODEL and the Summary say the same).
import type { Language, Localized } from '../../core/i18n/language';
import { accuracySentence } from '../../core/i18n/model-accuracy';
import type { Overview } from '../../core/report/sidebar-data';
import { h } from '../dom';
import { section } from './widgets';

const TEXTS: Localized<{ title: string; model: string; auto: string; asked: string }> = {
  en: {
    title: 'How good are the predictions?',
    model: 'Purchase model: {name}',
    auto: ' (chosen automatically)',
    asked: ' (as set)',
  },
  'zh-CN': { title: '预测有多准？', model: '购买模型：{name}', auto: '（自动选择）', asked: '（按设置）' },
  'zh-TW': { title: '預測有多準？', model: '購買模型：{name}', auto: '（自動選擇）', asked: '（依設定）' },
};

const NAMES = { 'bg-nbd': 'BG/NBD', 'mbg-nbd': 'MBG/NBD', 'mbg-cnbd-k': 'MBG/CNBD-k' } as const;

export function modelCheckSection(model: Overview['model'], language: Language): HTMLElement {
  const t = TEXTS[language];
  const sentence = accuracySentence(model.check, language);
  return section(
    t.title,
    h(
      'p',
      { class: 'muted small' },
      t.model.replace('{name}', NAMES[model.name]) + (model.choice === 'auto' ? t.auto : t.asked),
    ),
    sentence ? h('p', { attrs: { 'data-testid': 'model-accuracy' } }, sentence) : null,
  );
}
