// Follow-up email templates: the built-in ones (one per purpose, in each language) as data, the
// owner's own from the *Templates* sheet, and how the two combine. A template is plain text with
// merge fields (see merge-fields.ts); the opt-out line is added when an email is rendered, never
// left to the template.
//
// Decisions (tests in test/unit/followups/templates.test.ts):
// - A template is identified by id + language. A Templates-sheet row with the id and language of a
//   built-in one replaces it; a new id adds a template.
// - The purpose says whom a template is for. Only `complaint` templates may go to a customer with an
//   open complaint (SPEC §1: nobody with an open complaint gets a promotion), and they go only to
//   such customers.
// - Per SPEC §1, Loyal customers get appreciation without a discount; At risk customers are asked
//   what went wrong.

import { LANGUAGES, type Language, type Localized, parseLanguage } from '../i18n/language';
import { cleanText } from '../input/text';
import type { LifecycleStage } from '../lifecycle/lifecycle-stage';
import { type MergeProblem, parseTemplateText, type TemplateToken } from './merge-fields';

export const TEMPLATE_PURPOSES = [
  'new',
  'developing',
  'loyal',
  'atRisk',
  'lapsed',
  'reorder',
  'complaint',
  'survey',
  'other',
] as const;
export type TemplatePurpose = (typeof TEMPLATE_PURPOSES)[number];

export const PURPOSE_LABELS: Localized<Record<TemplatePurpose, string>> = {
  en: {
    new: 'New',
    developing: 'Developing',
    loyal: 'Loyal',
    atRisk: 'At risk',
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
    lapsed: '已流失',
    reorder: '補貨提醒',
    complaint: '客訴跟進',
    survey: '調查',
    other: '其他',
  },
};

export interface FollowUpTemplate {
  /** Letters, digits, `_` and `-` (any script), at most 40 characters. */
  id: string;
  language: Language;
  purpose: TemplatePurpose;
  /** What the owner sees in the template list. */
  name: string;
  subject: string;
  body: string;
  /** Where it comes from: built in, or the Templates sheet row number. */
  source: 'builtIn' | { row: number };
}

export const TEMPLATE_ID_PATTERN = /^[\p{L}\p{N}_-]{1,40}$/u;

/** The built-in template id of each purpose. */
export const BUILT_IN_TEMPLATE_IDS: Readonly<Record<Exclude<TemplatePurpose, 'other'>, string>> = {
  new: 'welcome',
  developing: 'thanks',
  loyal: 'appreciation',
  atRisk: 'check-in',
  lapsed: 'win-back',
  reorder: 'reorder',
  complaint: 'complaint-follow-up',
  survey: 'survey',
};

/** The template a lifecycle stage suggests. */
export function templateIdOfStage(stage: LifecycleStage): string {
  return BUILT_IN_TEMPLATE_IDS[stage];
}

interface TemplateText {
  name: string;
  subject: string;
  body: string;
}

const BUILT_IN_TEXTS: Localized<Record<Exclude<TemplatePurpose, 'other'>, TemplateText>> = {
  en: {
    new: {
      name: 'Welcome (New)',
      subject: 'Thank you for visiting {{shopName}}, {{name}}',
      body: `Dear {{name}},

Thank you for choosing {{shopName}} on {{lastPurchaseDate}}. We hope you are enjoying your {{favouriteProduct|purchase}}.

If anything was not quite right, or you would like a recommendation for next time, just reply to this email — it comes straight to us.

We hope to see you again soon.

{{signature}}`,
    },
    developing: {
      name: 'Thank you (Developing)',
      subject: 'Thank you for coming back, {{name}}',
      body: `Dear {{name}},

Thank you for coming back to {{shopName}}. It means a lot to a small shop like ours that you chose us again.

We always want to get things right for you: if there is anything we could do better, or something you would like us to stock, simply reply and tell us.

{{signature}}`,
    },
    loyal: {
      name: 'Appreciation (Loyal)',
      subject: 'A thank-you from {{shopName}}',
      body: `Dear {{name}},

We wanted to say a simple thank you. You have been one of our most faithful customers, and your {{favouriteProduct|visits}} are part of what keeps {{shopName}} going.

If there is ever anything we can set aside for you, or something new you would like to try, just let us know — we are always glad to hear from you.

With warm thanks,
{{signature}}`,
    },
    atRisk: {
      name: 'Check-in (At risk)',
      subject: 'How are we doing, {{name}}?',
      body: `Dear {{name}},

It has been {{daysSince}} days since your last visit to {{shopName}}, a little longer than usual, and we wanted to check in.

Was there anything we got wrong, or anything we could do better? A one-line reply is enough, and we read every one of them.

Thank you,
{{signature}}`,
    },
    lapsed: {
      name: 'Win-back (Lapsed)',
      subject: 'We miss you at {{shopName}}, {{name}}',
      body: `Dear {{name}},

We have not seen you since {{lastPurchaseDate}} and we miss you. If something put you off, we would be grateful to know — it helps us do better.

And if you simply have not had the chance, you are always welcome back at {{shopName}}.

{{signature}}`,
    },
    reorder: {
      name: 'Re-order reminder (due)',
      subject: 'Time for more {{favouriteProduct|of your favourites}}, {{name}}?',
      body: `Dear {{name}},

You usually come back about every {{usualGap}} days, and it has been {{daysSince}} since your last purchase. If you are running low on {{favouriteProduct|your favourites}}, we would be happy to set some aside for you.

Just reply to this email and we will have it ready.

{{signature}}`,
    },
    complaint: {
      name: 'Complaint follow-up',
      subject: 'Following up on your feedback, {{name}}',
      body: `Dear {{name}},

Thank you again for telling us about the problem you had. We are sorry it happened, and we want to make sure it has been put right.

Has it been resolved to your satisfaction? If not, please reply and tell us what would make it right — we will take care of it personally.

{{signature}}`,
    },
    survey: {
      name: 'Satisfaction survey',
      subject: 'Two quick questions from {{shopName}}',
      body: `Dear {{name}},

Could you spare a moment to answer two questions? Just reply with two numbers:

1. Overall, how satisfied are you with {{shopName}}? (1 = very unsatisfied, 5 = very satisfied)
2. How likely are you to recommend us to a friend? (0 = not at all, 10 = extremely likely)

Every answer helps us improve. Thank you!

{{signature}}`,
    },
  },
  'zh-CN': {
    new: {
      name: '欢迎（新客）',
      subject: '{{name}}，感谢您光临{{shopName}}',
      body: `{{name}}您好：

感谢您在 {{lastPurchaseDate}} 选择{{shopName}}。希望您喜欢这次购买的{{favouriteProduct|商品}}。

如果有任何不满意的地方，或者想让我们为下次推荐些什么，直接回复这封邮件就好，我们会亲自回复。

期待再次见到您。

{{signature}}`,
    },
    developing: {
      name: '感谢回购（成长期）',
      subject: '{{name}}，谢谢您再次光临',
      body: `{{name}}您好：

谢谢您再次选择{{shopName}}。对我们这样的小店来说，您的回头就是最大的肯定。

我们希望每次都让您满意：如果有哪里可以做得更好，或者希望我们进什么货，请直接回复告诉我们。

{{signature}}`,
    },
    loyal: {
      name: '感谢老客户（稳定期）',
      subject: '来自{{shopName}}的一声感谢',
      body: `{{name}}您好：

想简单地对您说声谢谢。您一直是我们最忠实的顾客之一，您对{{favouriteProduct|小店}}的支持是{{shopName}}坚持下去的动力。

如果需要我们为您预留什么，或者想尝试新品，随时告诉我们，我们很乐意听到您的消息。

衷心感谢，
{{signature}}`,
    },
    atRisk: {
      name: '关心问候（有流失风险）',
      subject: '{{name}}，我们做得怎么样？',
      body: `{{name}}您好：

距离您上次光临{{shopName}}已经 {{daysSince}} 天了，比平时久了一些，所以想来问候一下。

是不是我们哪里做得不好，或者有什么可以改进的地方？回复一句话就好，每条回复我们都会认真阅读。

谢谢您，
{{signature}}`,
    },
    lapsed: {
      name: '挽回（已流失）',
      subject: '{{name}}，{{shopName}}想念您',
      body: `{{name}}您好：

自 {{lastPurchaseDate}} 之后就没再见到您，我们很想念您。如果是哪里让您不满意，恳请告诉我们，这能帮助我们做得更好。

如果只是一直没有机会，{{shopName}}随时欢迎您回来。

{{signature}}`,
    },
    reorder: {
      name: '补货提醒（即将到期）',
      subject: '{{name}}，{{favouriteProduct|常买的商品}}需要补充了吗？',
      body: `{{name}}您好：

您通常大约每 {{usualGap}} 天光临一次，距上次购买已经 {{daysSince}} 天了。如果{{favouriteProduct|常买的商品}}快用完了，我们很乐意为您预留。

直接回复这封邮件，我们会为您准备好。

{{signature}}`,
    },
    complaint: {
      name: '投诉跟进',
      subject: '{{name}}，关于您反馈的问题',
      body: `{{name}}您好：

再次感谢您告诉我们遇到的问题。非常抱歉给您带来不便，我们希望确认问题已经妥善解决。

问题解决得让您满意吗？如果没有，请回复告诉我们怎样才能弥补，我们会亲自处理。

{{signature}}`,
    },
    survey: {
      name: '满意度调查',
      subject: '{{shopName}}想请教您两个小问题',
      body: `{{name}}您好：

能否占用您一点时间回答两个问题？直接回复两个数字即可：

1. 总体来说，您对{{shopName}}满意吗？（1 = 非常不满意，5 = 非常满意）
2. 您有多大可能把我们推荐给朋友？（0 = 完全不会，10 = 非常可能）

您的每一个回答都能帮助我们改进。谢谢！

{{signature}}`,
    },
  },
  'zh-TW': {
    new: {
      name: '歡迎（新客）',
      subject: '{{name}}，感謝您光臨{{shopName}}',
      body: `{{name}}您好：

感謝您在 {{lastPurchaseDate}} 選擇{{shopName}}。希望您喜歡這次購買的{{favouriteProduct|商品}}。

如果有任何不滿意的地方，或者想讓我們為下次推薦些什麼，直接回覆這封郵件就好，我們會親自回覆。

期待再次見到您。

{{signature}}`,
    },
    developing: {
      name: '感謝回購（成長期）',
      subject: '{{name}}，謝謝您再次光臨',
      body: `{{name}}您好：

謝謝您再次選擇{{shopName}}。對我們這樣的小店來說，您的回頭就是最大的肯定。

我們希望每次都讓您滿意：如果有哪裡可以做得更好，或者希望我們進什麼貨，請直接回覆告訴我們。

{{signature}}`,
    },
    loyal: {
      name: '感謝老客戶（穩定期）',
      subject: '來自{{shopName}}的一聲感謝',
      body: `{{name}}您好：

想簡單地對您說聲謝謝。您一直是我們最忠實的顧客之一，您對{{favouriteProduct|小店}}的支持是{{shopName}}堅持下去的動力。

如果需要我們為您預留什麼，或者想嘗試新品，隨時告訴我們，我們很樂意聽到您的消息。

衷心感謝，
{{signature}}`,
    },
    atRisk: {
      name: '關心問候（有流失風險）',
      subject: '{{name}}，我們做得怎麼樣？',
      body: `{{name}}您好：

距離您上次光臨{{shopName}}已經 {{daysSince}} 天了，比平時久了一些，所以想來問候一下。

是不是我們哪裡做得不好，或者有什麼可以改進的地方？回覆一句話就好，每則回覆我們都會認真閱讀。

謝謝您，
{{signature}}`,
    },
    lapsed: {
      name: '挽回（已流失）',
      subject: '{{name}}，{{shopName}}想念您',
      body: `{{name}}您好：

自 {{lastPurchaseDate}} 之後就沒再見到您，我們很想念您。如果是哪裡讓您不滿意，懇請告訴我們，這能幫助我們做得更好。

如果只是一直沒有機會，{{shopName}}隨時歡迎您回來。

{{signature}}`,
    },
    reorder: {
      name: '補貨提醒（即將到期）',
      subject: '{{name}}，{{favouriteProduct|常買的商品}}需要補充了嗎？',
      body: `{{name}}您好：

您通常大約每 {{usualGap}} 天光臨一次，距上次購買已經 {{daysSince}} 天了。如果{{favouriteProduct|常買的商品}}快用完了，我們很樂意為您預留。

直接回覆這封郵件，我們會為您準備好。

{{signature}}`,
    },
    complaint: {
      name: '客訴跟進',
      subject: '{{name}}，關於您回饋的問題',
      body: `{{name}}您好：

再次感謝您告訴我們遇到的問題。非常抱歉給您帶來不便，我們希望確認問題已經妥善解決。

問題解決得讓您滿意嗎？如果沒有，請回覆告訴我們怎樣才能彌補，我們會親自處理。

{{signature}}`,
    },
    survey: {
      name: '滿意度調查',
      subject: '{{shopName}}想請教您兩個小問題',
      body: `{{name}}您好：

能否佔用您一點時間回答兩個問題？直接回覆兩個數字即可：

1. 整體來說，您對{{shopName}}滿意嗎？（1 = 非常不滿意，5 = 非常滿意）
2. 您有多大可能把我們推薦給朋友？（0 = 完全不會，10 = 非常可能）

您的每一個回答都能幫助我們改進。謝謝！

{{signature}}`,
    },
  },
};

/** Every built-in template: each purpose in each language. */
export function builtInTemplates(): FollowUpTemplate[] {
  const out: FollowUpTemplate[] = [];
  for (const language of LANGUAGES) {
    for (const [purpose, id] of Object.entries(BUILT_IN_TEMPLATE_IDS) as [
      Exclude<TemplatePurpose, 'other'>,
      string,
    ][]) {
      const text = BUILT_IN_TEXTS[language][purpose];
      out.push({ id, language, purpose, ...text, source: 'builtIn' });
    }
  }
  return out;
}

/** Columns of the Templates sheet, in order. */
export const TEMPLATE_COLUMNS = ['id', 'language', 'purpose', 'name', 'subject', 'body'] as const;
export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];

export const TEMPLATE_HEADERS: Localized<Record<TemplateColumn, string>> = {
  en: {
    id: 'Template id',
    language: 'Language',
    purpose: 'Purpose',
    name: 'Name',
    subject: 'Subject',
    body: 'Body',
  },
  'zh-CN': { id: '模板编号', language: '语言', purpose: '用途', name: '名称', subject: '主题', body: '正文' },
  'zh-TW': { id: '範本編號', language: '語言', purpose: '用途', name: '名稱', subject: '主旨', body: '內文' },
};

/** A Templates sheet row that cannot be used, and why. */
export interface TemplateRowProblem {
  row: number;
  problem: 'badId' | 'badLanguage' | 'badPurpose' | 'noSubject' | 'noBody' | 'duplicate';
  value: string;
}

export interface TemplateSheetResult {
  templates: FollowUpTemplate[];
  problems: TemplateRowProblem[];
}

let purposeOfTextCache: ReadonlyMap<string, TemplatePurpose> | undefined;
/** Built on first use: nothing runs when the script loads (Apps Script loads it for every call). */
function purposeOfText(): ReadonlyMap<string, TemplatePurpose> {
  if (purposeOfTextCache === undefined) {
    purposeOfTextCache = (() => {
      const map = new Map<string, TemplatePurpose>();
      for (const p of TEMPLATE_PURPOSES) map.set(p.toLowerCase(), p);
      const extra: Record<string, TemplatePurpose> = {
        'at risk': 'atRisk',
        'at-risk': 'atRisk',
        due: 'reorder',
        're-order': 'reorder',
        custom: 'other',
      };
      for (const [k, v] of Object.entries(extra)) map.set(k, v);
      for (const language of LANGUAGES) {
        for (const p of TEMPLATE_PURPOSES) map.set(PURPOSE_LABELS[language][p].toLowerCase(), p);
      }
      return map;
    })();
  }
  return purposeOfTextCache;
}

/** A purpose cell's value; blank means `other`. */
export function parsePurpose(text: string): TemplatePurpose | undefined {
  const t = cleanText(text).toLowerCase();
  if (t === '') return 'other';
  return purposeOfText().get(t);
}

/**
 * Reads the rows of the Templates sheet below its header (`rows[0]` is sheet row `firstRow`): each
 * row with an id is a template; rows that cannot be used are reported with the reason. Blank rows
 * are skipped silently.
 */
export function readTemplateRows(
  rows: readonly (readonly unknown[])[],
  firstRow: number,
): TemplateSheetResult {
  const templates: FollowUpTemplate[] = [];
  const problems: TemplateRowProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, i) => {
    const row = firstRow + i;
    const result = readTemplateRow(cells, row, seen);
    if (result === undefined) return;
    if ('problem' in result) problems.push(result);
    else templates.push(result);
  });
  return { templates, problems };
}

function readTemplateRow(
  cells: readonly unknown[],
  row: number,
  seen: Set<string>,
): FollowUpTemplate | TemplateRowProblem | undefined {
  const text = (c: number) => {
    const v = cells[c];
    return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
  };
  const id = cleanText(text(0));
  const [languageText, purposeText, name, subject, body] = [text(1), text(2), text(3), text(4), text(5)];
  if (id === '' && [languageText, purposeText, name, subject, body].every((t) => t.trim() === ''))
    return undefined;
  if (!TEMPLATE_ID_PATTERN.test(id)) return { row, problem: 'badId', value: id };
  const language = parseLanguage(languageText);
  if (language === undefined) return { row, problem: 'badLanguage', value: languageText };
  const purpose = parsePurpose(purposeText);
  if (purpose === undefined) return { row, problem: 'badPurpose', value: purposeText };
  if (subject.trim() === '') return { row, problem: 'noSubject', value: id };
  if (body.trim() === '') return { row, problem: 'noBody', value: id };
  const key = `${id.toLowerCase()}\u0000${language}`;
  if (seen.has(key)) return { row, problem: 'duplicate', value: `${id} (${language})` };
  seen.add(key);
  return {
    id,
    language,
    purpose,
    name: name.trim() === '' ? id : name.trim(),
    subject,
    body,
    source: { row },
  };
}

let templateColumnOfHeaderCache: ReadonlyMap<string, TemplateColumn> | undefined;
/** Built on first use: nothing runs when the script loads (Apps Script loads it for every call). */
function templateColumnOfHeader(): ReadonlyMap<string, TemplateColumn> {
  if (templateColumnOfHeaderCache === undefined) {
    templateColumnOfHeaderCache = (() => {
      const map = new Map<string, TemplateColumn>();
      for (const language of LANGUAGES) {
        for (const c of TEMPLATE_COLUMNS) map.set(cleanText(TEMPLATE_HEADERS[language][c]).toLowerCase(), c);
      }
      return map;
    })();
  }
  return templateColumnOfHeaderCache;
}

/**
 * The whole Templates sheet (header in the first row): columns are found by their header in any of
 * the three languages, in the standard order when none is recognised.
 */
export function readTemplateSheet(grid: readonly (readonly unknown[])[]): TemplateSheetResult {
  if (grid.length === 0) return { templates: [], problems: [] };
  const index = new Map<TemplateColumn, number>();
  grid[0]!.forEach((cell, i) => {
    const column =
      typeof cell === 'string' ? templateColumnOfHeader().get(cleanText(cell).toLowerCase()) : undefined;
    if (column !== undefined && !index.has(column)) index.set(column, i);
  });
  if (index.size === 0) {
    TEMPLATE_COLUMNS.forEach((c, i) => {
      index.set(c, i);
    });
  }
  const rows = grid.slice(1).map((cells) =>
    TEMPLATE_COLUMNS.map((c) => {
      const i = index.get(c);
      return i === undefined ? '' : cells[i];
    }),
  );
  return readTemplateRows(rows, 2);
}

/** Built-in templates with the owner's rows laid over them (same id and language replaces). */
export function combineTemplates(
  builtIn: readonly FollowUpTemplate[],
  owned: readonly FollowUpTemplate[],
): FollowUpTemplate[] {
  const key = (t: FollowUpTemplate) => `${t.id.toLowerCase()}\u0000${t.language}`;
  const ownedByKey = new Map(owned.map((t) => [key(t), t]));
  const out = builtIn.map((t) => ownedByKey.get(key(t)) ?? t);
  const builtInKeys = new Set(builtIn.map(key));
  for (const t of owned) if (!builtInKeys.has(key(t))) out.push(t);
  return out;
}

/** The template with this id in this language, if any (ids compare case-insensitively). */
export function findTemplate(
  templates: readonly FollowUpTemplate[],
  id: string,
  language: Language,
): FollowUpTemplate | undefined {
  const lower = id.toLowerCase();
  return templates.find((t) => t.id.toLowerCase() === lower && t.language === language);
}

/** The rows a new Templates sheet starts with: every built-in template, so the owner can edit them. */
export function templateSheetRows(templates: readonly FollowUpTemplate[], language: Language): string[][] {
  return templates.map((t) => [
    t.id,
    t.language,
    PURPOSE_LABELS[language][t.purpose],
    t.name,
    t.subject,
    t.body,
  ]);
}

export interface CompiledTemplate {
  template: FollowUpTemplate;
  subject: TemplateToken[];
  body: TemplateToken[];
  problems: MergeProblem[];
}

/** Parses a template's subject and body; `problems` lists every merge-field error in either. */
export function compileTemplate(template: FollowUpTemplate): CompiledTemplate {
  const subject = parseTemplateText(template.subject, 'subject');
  const body = parseTemplateText(template.body, 'body');
  return {
    template,
    subject: subject.tokens,
    body: body.tokens,
    problems: [...subject.problems, ...body.problems],
  };
}
