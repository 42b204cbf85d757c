// What is wrong with a setting the owner typed, said by the field in the owner's language and naming
// the field by the label the owner sees (trial 22: a cleared cool-down was saved as 0 days with
// "Settings saved.", and 1000 came back as "出错了：Invalid follow-up settings — coolDownDays: must
// be at most 365"). The sidebar checks each field before it calls the server; the server's zod check
// stays the backstop, and its error (core/validation.ts: "Invalid <what> — <field>: <problem>; …")
// is read here for the fields it names, so its English and internal names never reach the owner.
import { formatEmailDate } from '../core/followups/followup-texts';
import type { Language } from '../core/i18n/language';
import * as LIMITS from '../core/setting-limits';
import { isoOfDay } from '../core/time/civil';

/** The fields an owner types into: the follow-up settings, the "due within" days and the analysis date. */
export type SettingField =
  | 'shopName'
  | 'signature'
  | 'coolDownDays'
  | 'postalAddress'
  | 'replyTo'
  | 'dueDays'
  | 'asOf'
  | 'exclude';

type Rules = Record<SettingField, string> & { other: string };

/** What each field takes, as a sentence after its label. */
const RULES: Record<Language, Rules> = {
  en: {
    shopName: 'at most {shopName} characters. Nothing was saved.',
    signature: 'at most {signature} characters. Nothing was saved.',
    coolDownDays:
      'type a whole number of days from 0 to {coolDownDays} (0: no cool-down). Nothing was saved.',
    postalAddress: 'at most {postalAddress} characters. Nothing was saved.',
    replyTo: 'type one email address, or leave it blank for your own. Nothing was saved.',
    dueDays: 'type a whole number of days from 0 to {dueDays}.',
    asOf: 'pick a whole date (day, month and year), or leave it empty for today. Nothing was saved.',
    exclude:
      'at most {rules} rules, each with 1 to {values} values of at most {length} characters. Nothing was saved.',
    other: 'One of the choices here could not be read: open this page again and save. Nothing was saved.',
  },
  'zh-CN': {
    shopName: '最多 {shopName} 个字符。未保存任何更改。',
    signature: '最多 {signature} 个字符。未保存任何更改。',
    coolDownDays: '请填写 0 到 {coolDownDays} 之间的整数天数（0 表示不设冷却期）。未保存任何更改。',
    postalAddress: '最多 {postalAddress} 个字符。未保存任何更改。',
    replyTo: '请填写一个邮箱地址，或留空以使用您自己的邮箱。未保存任何更改。',
    dueDays: '请填写 0 到 {dueDays} 之间的整数天数。',
    asOf: '请选择完整的日期（年、月、日），或留空表示今天。未保存任何更改。',
    exclude: '最多 {rules} 条规则，每条 1 到 {values} 个值，每个值最多 {length} 个字符。未保存任何更改。',
    other: '有一项选择无法读取，请重新打开此页后再保存。未保存任何更改。',
  },
  'zh-TW': {
    shopName: '最多 {shopName} 個字元。未儲存任何變更。',
    signature: '最多 {signature} 個字元。未儲存任何變更。',
    coolDownDays: '請填寫 0 到 {coolDownDays} 之間的整數天數（0 表示不設冷卻期）。未儲存任何變更。',
    postalAddress: '最多 {postalAddress} 個字元。未儲存任何變更。',
    replyTo: '請填寫一個郵箱地址，或留空以使用您自己的郵箱。未儲存任何變更。',
    dueDays: '請填寫 0 到 {dueDays} 之間的整數天數。',
    asOf: '請選擇完整的日期（年、月、日），或留空表示今天。未儲存任何變更。',
    exclude: '最多 {rules} 條規則，每條 1 到 {values} 個值，每個值最多 {length} 個字元。未儲存任何變更。',
    other: '有一項選擇無法讀取，請重新開啟此頁後再儲存。未儲存任何變更。',
  },
};

/** "<label>: <what it takes>" in the owner's language. */
export function settingProblemText(field: SettingField, label: string, language: Language): string {
  const rule = RULES[language][field].replace(/\{(\w+)\}/g, (_, name: string) => String(BOUNDS[name]));
  return `${label.trim()}${language === 'en' ? ': ' : '：'}${rule}`;
}

/** The numbers in RULES, the server's own (core/setting-limits.ts). */
const BOUNDS: Record<string, number> = {
  shopName: LIMITS.MAX_SHOP_NAME,
  signature: LIMITS.MAX_SIGNATURE,
  postalAddress: LIMITS.MAX_POSTAL_ADDRESS,
  coolDownDays: LIMITS.MAX_COOL_DOWN_DAYS,
  dueDays: LIMITS.MAX_DUE_WITHIN_DAYS,
  rules: LIMITS.MAX_EXCLUDE_RULES,
  values: LIMITS.MAX_EXCLUDE_VALUES,
  length: LIMITS.MAX_EXCLUDE_VALUE_LENGTH,
};

/**
 * A whole number of days from 0 to `max` (the cool-down's and the "due within" window's bound are both
 * 365) as typed in a number field, or undefined (blank, 7.5, -3, 1000, "abc").
 */
export function wholeDays(input: HTMLInputElement, max: number): number | undefined {
  const typed = input.value.trim();
  if (input.validity.badInput || !/^\d{1,3}$/.test(typed)) return undefined;
  const days = Number(typed);
  return days <= max ? days : undefined;
}

/** A date field's day as YYYY-MM-DD, null when empty, undefined when half typed (the browser then gives ''). */
export function typedDay(input: HTMLInputElement): string | null | undefined {
  if (input.validity.badInput) return undefined;
  if (input.value === '') return null;
  // What a date input holds is YYYY-MM-DD; checked again rather than trusted.
  const [y, m, d] = input.value.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const day = Date.UTC(y, m - 1, d) / 86_400_000;
  return Number.isInteger(day) && isoOfDay(day) === input.value ? input.value : undefined;
}

/**
 * Shows `text` under `input` (or clears it when undefined), tied to the field for screen readers, and
 * gone as soon as the owner edits the field.
 */
export function showFieldProblem(
  input: HTMLInputElement | HTMLTextAreaElement,
  text: string | undefined,
): void {
  const doc = input.ownerDocument;
  const id = `${input.id || 'field'}-problem`;
  doc.getElementById(id)?.remove();
  input.removeAttribute('aria-invalid');
  // The field's own help (aria-describedby) is kept beside the problem.
  const described = (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((x) => x !== '' && x !== id);
  if (described.length > 0) input.setAttribute('aria-describedby', described.join(' '));
  else input.removeAttribute('aria-describedby');
  if (text === undefined) return;
  const note = doc.createElement('p');
  note.id = id;
  note.className = 'rg-field-problem';
  note.setAttribute('role', 'alert');
  note.style.color = '#b3261e';
  note.style.margin = '2px 0 8px';
  note.textContent = text;
  input.insertAdjacentElement('afterend', note);
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', [...described, id].join(' '));
  input.addEventListener('input', () => showFieldProblem(input, undefined), { once: true });
}

const VALIDATION = /^Invalid (?:follow-up settings|column setup) — (.+)$/s;

/**
 * The server's validation error about the owner's settings or column setup, said per field in the
 * owner's language (`labelOf` gives the label the owner sees; a field without one is said as "one of
 * the choices here could not be read"); undefined for any other error, shown as it is.
 */
export function serverSettingProblem(
  error: unknown,
  language: Language,
  labelOf: (field: SettingField) => string | undefined,
): string | undefined {
  const message =
    typeof (error as { message?: unknown } | null)?.message === 'string'
      ? (error as { message: string }).message
      : String(error);
  const found = VALIDATION.exec(message);
  if (!found) return undefined;
  const said = new Set<string>();
  for (const problem of found[1]!.split('; ')) {
    // The field the owner typed, wherever it sits in the path ("purchases.exclude.0.values").
    const path = problem.slice(0, problem.indexOf(':')).split('.');
    const field = path.find((p) => p in RULES.en && p !== 'other') as SettingField | undefined;
    const label = field === undefined ? undefined : labelOf(field);
    said.add(label === undefined ? RULES[language].other : settingProblemText(field!, label, language));
  }
  return [...said].join(' ');
}

/**
 * The server's refusal of the analysis date `iso` the owner saved (gas/analysis-date.ts: before every
 * purchase, or far ahead), or undefined for any other error: its sentence names that date as the
 * server writes dates. Shown under the field as well as in the status line (trial 22: only the status
 * line said it, away from the field).
 */
export function analysisDateRefusal(error: unknown, iso: string, language: Language): string | undefined {
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message !== 'string') return undefined;
  const [y, m, d] = iso.split('-').map(Number);
  const day = Date.UTC(y!, m! - 1, d!) / 86_400_000;
  return Number.isInteger(day) && message.includes(formatEmailDate(day, language)) ? message : undefined;
}
