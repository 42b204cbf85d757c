// Every follow-up text the owner or a customer reads that the server makes: plan problems, the
// opt-out line, dates in merge fields. The texts themselves are data in server-texts.ts (shipped in
// dist/Templates.html, not in Code.js) and come in as an argument. The sidebar's own labels live in
// src/sidebar/followups/texts.ts, and it words skip reasons (skip-reasons.ts) and Templates-row
// problems (template-problems.ts) itself.

import type { DayNumber } from '../days';
import type { Language } from '../i18n/language';
import { MONTH_NAMES_EN } from '../i18n/month-names';
import { civilFromDay } from '../time/civil';
import { type MergeProblem, scriptsMeet } from './merge-fields';
import type { FollowUpServerTexts, LedgerProblem } from './server-texts';

/** The opt-out line in the email's language (plain text; escape it for HTML). */
export function optOutLine(serverTexts: FollowUpServerTexts, language: Language, shopName: string): string {
  const texts = serverTexts.optOut[language];
  const shop = shopName.trim();
  const line = texts.line.replace('{customer}', shop === '' ? texts.ofUs : texts.ofShop);
  const [before = '', after = ''] = line.split('{shop}');
  if (shop === '') return before;
  // "您是 Lotus Leaf Tea House 的顾客": a space where the name's Latin letters meet Chinese.
  return `${before}${scriptsMeet(before, shop) ? ' ' : ''}${shop}${scriptsMeet(shop, after) ? ' ' : ''}${after}`;
}

/** A date for an email: "5 March 2024" or "2024年3月5日" (unambiguous whatever the reader's locale). */
export function formatEmailDate(day: DayNumber, language: Language): string {
  const { year, month, day: d } = civilFromDay(day);
  return language === 'en' ? `${d} ${MONTH_NAMES_EN[month - 1]} ${year}` : `${year}年${month}月${d}日`;
}

/** Problems that stop a whole campaign before anything is sent. */
export type PlanProblem =
  | MergeProblem
  | { kind: 'templateNotFound'; templateId: string; language: Language }
  | { kind: 'missingSetting'; field: 'shopName' }
  | { kind: 'complaintAudience' }
  | { kind: 'missingPostalAddress' }
  | { kind: 'ledgerUnreadable'; problem: LedgerProblem }
  | { kind: 'optOutNotAcknowledged' };

export function planProblemText(
  texts: FollowUpServerTexts,
  problem: PlanProblem,
  language: Language,
  knownFields: readonly string[],
): string {
  const t = texts.planProblems[language];
  switch (problem.kind) {
    case 'unknownField':
      return `${t.unknownField.replace('{part}', () => t[problem.part]).replace('{raw}', () => problem.raw)} ${t.known.replace(
        '{fields}',
        () => knownFields.map((f) => `{{${f}}}`).join(', '),
      )}`;
    case 'unclosedField':
      return t.unclosedField.replace('{part}', () => t[problem.part]).replace('{raw}', () => problem.raw);
    case 'emptyField':
      return t.emptyField.replace('{part}', () => t[problem.part]);
    case 'lookAlikeField':
      return t.lookAlikeField.replace('{part}', () => t[problem.part]).replace('{raw}', () => problem.raw);
    case 'templateNotFound':
      return t.templateNotFound
        .replace('{id}', () => problem.templateId)
        .replace('{language}', () => problem.language);
    case 'missingSetting':
      return t.missingSetting
        .replace('{field}', () => problem.field)
        .replace('{label}', () => texts.fieldDescriptions[language][problem.field]);
    case 'complaintAudience':
      return t.complaintAudience;
    case 'missingPostalAddress':
      return texts.postalAddressMissing[language];
    case 'ledgerUnreadable':
      return texts.ledgerProblems[language][problem.problem];
    case 'optOutNotAcknowledged':
      return t.optOutNotAcknowledged;
  }
}
