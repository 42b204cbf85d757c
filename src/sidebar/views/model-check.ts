// The overview's "How good are the predictions?" section: the model in use and the hold-out check's
// sentence (worded by the core, so the sidebar, CUSTOMER_MODEL and the Summary say the same), and the
// owner's model setting (src/core/model-setting.ts), with one line saying what each choice means.
import type { Language, Localized } from '../../core/i18n/language';
import { accuracySentence } from '../../core/i18n/model-accuracy';
import type { ModelSetting } from '../../core/model-setting';
import type { PurchaseModelChoice } from '../../core/models/model-choice';
import type { Overview } from '../../core/report/sidebar-data';
import { h } from '../dom';
import { section } from './widgets';

interface ModelTexts {
  title: string;
  model: string;
  auto: string;
  asked: string;
  setting: string;
  choices: Record<PurchaseModelChoice, [name: string, meaning: string]>;
  invalid: string;
  unreadable: string;
  formulas: string;
}

const TEXTS: Localized<ModelTexts> = {
  en: {
    title: 'How good are the predictions?',
    model: 'Purchase model: {name}',
    auto: ' (chosen automatically)',
    asked: ' (as set)',
    setting: 'Model',
    choices: {
      auto: [
        'Automatic',
        'Uses MBG/CNBD-k (MBG/NBD when customers buy at random), unless another model clearly predicted the last stretch of this sheet better.',
      ],
      'bg-nbd': ['BG/NBD', 'The classic model: a customer who bought once is taken to be still a customer.'],
      'mbg-nbd': [
        'MBG/NBD',
        'Like BG/NBD, but a customer who bought once may have left, the likelier the longer they are silent.',
      ],
      'mbg-cnbd-k': [
        'MBG/CNBD-k',
        'For customers who buy on a rhythm: a regular who is long past their usual gap has likely left.',
      ],
    },
    invalid: 'The saved model setting was not one of these, so the automatic choice is used.',
    unreadable: 'The model setting could not be read, so the automatic choice is used.',
    formulas:
      'Analyze and this sidebar use it now; formula cells when Sheets next recalculates them (a formula’s own model argument wins).',
  },
  'zh-CN': {
    title: '预测有多准？',
    model: '购买模型：{name}',
    auto: '（自动选择）',
    asked: '（按设置）',
    setting: '模型',
    choices: {
      auto: [
        '自动',
        '使用 MBG/CNBD-k（客户随机购买时为 MBG/NBD），除非另一个模型对本表最近一段数据预测得明显更准。',
      ],
      'bg-nbd': ['BG/NBD', '经典模型：只买过一次的客户被视为仍是客户。'],
      'mbg-nbd': ['MBG/NBD', '与 BG/NBD 相似，但只买过一次的客户也可能已离开，沉默越久可能性越大。'],
      'mbg-cnbd-k': ['MBG/CNBD-k', '适合按节奏购买的客户：老客超过平常间隔很久未回购，很可能已流失。'],
    },
    invalid: '保存的模型设置不在这些选项中，已改用自动选择。',
    unreadable: '无法读取模型设置，已改用自动选择。',
    formulas: '“分析客户”和此侧边栏立即使用；公式单元格在表格下次重新计算时使用（公式自带的模型参数优先）。',
  },
  'zh-TW': {
    title: '預測有多準？',
    model: '購買模型：{name}',
    auto: '（自動選擇）',
    asked: '（依設定）',
    setting: '模型',
    choices: {
      auto: [
        '自動',
        '使用 MBG/CNBD-k（客戶隨機購買時為 MBG/NBD），除非另一個模型對本表最近一段資料預測得明顯更準。',
      ],
      'bg-nbd': ['BG/NBD', '經典模型：只買過一次的客戶被視為仍是客戶。'],
      'mbg-nbd': ['MBG/NBD', '與 BG/NBD 相似，但只買過一次的客戶也可能已離開，沉默越久可能性越大。'],
      'mbg-cnbd-k': ['MBG/CNBD-k', '適合依節奏購買的客戶：老客超過平常間隔很久未回購，很可能已流失。'],
    },
    invalid: '儲存的模型設定不在這些選項中，已改用自動選擇。',
    unreadable: '無法讀取模型設定，已改用自動選擇。',
    formulas:
      '「分析客戶」和此側邊欄立即使用；公式儲存格在試算表下次重新計算時使用（公式自帶的模型參數優先）。',
  },
};

const NAMES = { 'bg-nbd': 'BG/NBD', 'mbg-nbd': 'MBG/NBD', 'mbg-cnbd-k': 'MBG/CNBD-k' } as const;

export function modelCheckSection(
  model: Overview['model'],
  language: Language,
  setting: ModelSetting,
  choose: (choice: PurchaseModelChoice) => void,
): HTMLElement {
  const t = TEXTS[language];
  const sentence = accuracySentence(model.check, language, model.name);
  const choices = Object.keys(t.choices) as PurchaseModelChoice[];
  const meaning = h('p', { class: 'muted small', attrs: { 'data-testid': 'model-meaning' } });
  const showMeaning = (choice: PurchaseModelChoice) => {
    meaning.textContent = t.choices[choice][1];
  };
  const select = h(
    'select',
    {
      attrs: { id: 'rg-model-setting', 'data-testid': 'model-setting' },
      on: {
        change: () => {
          const choice = select.value as PurchaseModelChoice;
          showMeaning(choice);
          choose(choice);
        },
      },
    },
    ...choices.map((c) => h('option', { attrs: { value: c } }, t.choices[c][0])),
  );
  select.value = setting.choice;
  showMeaning(setting.choice);
  return section(
    t.title,
    h(
      'p',
      { class: 'muted small', attrs: { 'data-testid': 'model-name' } },
      t.model.replace('{name}', NAMES[model.name]) + (model.choice === 'auto' ? t.auto : t.asked),
    ),
    sentence ? h('p', { attrs: { 'data-testid': 'model-accuracy' } }, sentence) : null,
    h('div', { class: 'field' }, h('label', { attrs: { for: 'rg-model-setting' } }, t.setting), select),
    meaning,
    setting.note
      ? h(
          'p',
          { class: 'small', attrs: { 'data-testid': 'model-setting-note', role: 'status' } },
          t[setting.note],
        )
      : null,
    h('p', { class: 'muted small' }, t.formulas),
  );
}
