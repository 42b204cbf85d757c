import { describe, expect, it } from 'vitest';
import { automatic, formatValue } from '../../../scripts/preview/number-format';

const num = (value: number) => ({ kind: 'number' as const, value });
// 46203 is 2026-06-30 in Sheets serials (days since 1899-12-30; DATE(2026,6,30) in Sheets).
const date = (serial: number) => ({ kind: 'date' as const, serial });

describe('formatValue', () => {
  it('formats numbers with Sheets patterns', () => {
    expect(formatValue(num(0.734), '0%')).toBe('73%');
    expect(formatValue(num(1280), '¥#,##0.00')).toBe('¥1,280.00');
    expect(formatValue(num(-12), '#,##0.00;(#,##0.00)')).toBe('(12.00)');
    expect(formatValue(num(-1234.5), '#,##0.0')).toBe('-1,234.5');
    expect(formatValue(num(-138), '¥#,##0.00')).toBe('-¥138.00');
    expect(formatValue(num(63.4), '0')).toBe('63');
    expect(formatValue(num(5), '[$¥-804]0.00')).toBe('¥5.00');
    expect(formatValue(num(3), '0 "days"')).toBe('3 days');
  });

  it('shows dates with date patterns and by default as yyyy-mm-dd', () => {
    expect(formatValue(date(46203), 'yyyy-mm-dd')).toBe('2026-06-30');
    expect(formatValue(date(46203))).toBe('2026-06-30');
    expect(formatValue(date(46203), 'd mmm yyyy')).toBe('30 Jun 2026');
    expect(formatValue(date(46203), 'm/d/yyyy')).toBe('6/30/2026');
    expect(formatValue(num(46203.5), 'yyyy-mm-dd hh:mm')).toBe('2026-06-30 12:00');
    expect(formatValue(date(46203.75), 'h:mm am/pm')).toBe('6:00 PM');
  });

  it('shows other kinds as Sheets does', () => {
    expect(formatValue({ kind: 'boolean', value: true })).toBe('TRUE');
    expect(formatValue({ kind: 'error', code: '#ERROR!', message: 'x' })).toBe('#ERROR!');
    expect(formatValue({ kind: 'string', value: '2025/3/5' }, 'yyyy-mm-dd')).toBe('2025/3/5');
    expect(formatValue({ kind: 'empty' })).toBe('');
  });

  it('uses up to 10 significant digits in automatic format', () => {
    expect(automatic(0.123456789012)).toBe('0.123456789');
    expect(automatic(42)).toBe('42');
    expect(automatic(1 / 3)).toBe('0.3333333333');
    expect(formatValue(num(2.5), '0.###############')).toBe('2.5');
  });
});
