// An audience in the picker with how many customers it holds. "Bought once, not back (0)" read as
// part of the name, or as "zero times back" (issue 12): the count is said as a number of customers.
import type { Language } from '../../core/i18n/language';

/** "Stage: Loyal · 12 customers", "阶段：稳定期（12 位客户）". */
export function audienceOptionText(label: string, count: number, language: Language): string {
  switch (language) {
    case 'en':
      return `${label} · ${count} ${count === 1 ? 'customer' : 'customers'}`;
    case 'zh-CN':
      return `${label}（${count} 位客户）`;
    case 'zh-TW':
      return `${label}（${count} 位客戶）`;
  }
}
