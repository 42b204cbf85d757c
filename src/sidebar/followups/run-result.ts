// One email's line in the results of a run, in the owner's language: the panel showed the server's
// result code itself ("failed: …", "drafted"), English words in a Chinese sidebar (issue 12).
import { type Language, type Localized, labelled } from '../../core/i18n/language';
import { LEDGER_PANEL_TEXTS } from './ledger-texts';

type RunResult = 'sent' | 'drafted' | 'failed' | 'unknown';

const RESULT_WORDS: Localized<Record<Exclude<RunResult, 'unknown'>, string>> = {
  en: { sent: 'Sent', drafted: 'Draft created', failed: 'Failed' },
  'zh-CN': { sent: '已发送', drafted: '已建草稿', failed: '失败' },
  'zh-TW': { sent: '已寄出', drafted: '已建草稿', failed: '失敗' },
};

/** "Sent", "Failed: <why>", "未知是否发出：<detail>". */
export function runResultText(result: RunResult, detail: string, language: Language): string {
  if (result === 'unknown') return labelled(LEDGER_PANEL_TEXTS[language].unknownResult, detail, language);
  const word = RESULT_WORDS[language][result];
  return result === 'failed' && detail !== '' ? labelled(word, detail, language) : word;
}
