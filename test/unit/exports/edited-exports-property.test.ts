// Property (new-owner trial 20): an export with some of its columns deleted, or renamed to a generic
// header the add-on documents, gives the per-customer totals of the full export, or is refused
// naming a field that is truly gone. Never other totals in silence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectExport } from '../../../src/core/exports/detect-export';
import type { ExportField } from '../../../src/core/exports/fields';
import { LogNotFound } from '../../../src/core/exports/read-log';
import { editedGrid, readEdited, totalsOf } from '../../support/edited-exports';
import { exportFixtures } from '../../support/export-fixtures';

/** Generic headers per field, as README and the header aliases document them. */
const GENERIC: Partial<Record<ExportField, readonly string[]>> = {
  date: ['日期', 'Date', '下单时间', 'Order date', '交易时间'],
  amount: ['金额', '实付金额', 'Amount', 'Amount paid', '实收金额'],
  email: ['邮箱', 'E-mail', 'Email address'],
  status: ['状态', 'Order status', '订单状态'],
  currency: ['币种', 'Currency code'],
  refunded: ['退款金额', 'Refund amount'],
  phone: ['手机号', 'Phone number', '电话'],
  orderId: ['订单号', 'Order number', 'Invoice'],
};

/** Customer totals, largest first: who is who is read from keys that a rename may change. */
function spends(totals: Record<string, number>): number[] {
  return Object.values(totals).sort((a, b) => b - a);
}

const headerOf = (row: readonly unknown[] = []) => row.map((h) => (typeof h === 'string' ? h : ''));

const fixtures = exportFixtures().filter((f) => !f.expected.exclude && detectExport(headerOf(f.rows[0])));

/** Whether some header, read alone as a generic log's, gives the field: a refusal naming it is false. */
function readableAlone(headers: readonly string[], field: 'customer' | 'date' | 'amount'): boolean {
  const fields: Record<typeof field, readonly ExportField[]> = {
    customer: ['customer', 'email', 'phone', 'name'],
    date: ['date'],
    amount: ['amount', 'lineAmount', 'unitPrice', 'adjustedTotal'],
  };
  return headers.some((h) => {
    const columns = detectExport([h])?.columns ?? {};
    return fields[field].some((f) => columns[f] !== undefined);
  });
}

describe('an edited export reads as the full one, or is refused truthfully', () => {
  for (const f of fixtures) {
    it(`${f.platform}/${f.file}`, () => {
      const full = spends(totalsOf(readEdited(f)));
      const header = headerOf(f.rows[0]);
      const mapped = detectExport(header)!.columns;
      const fieldOf = new Map(
        Object.entries(mapped).map(([field, column]) => [column, field as ExportField]),
      );
      // Per column: 0 keep, 1 delete (unmapped columns only), 2+ rename to a generic header of its field.
      const choice = fc.tuple(
        ...header.map((_, column) => {
          const field = fieldOf.get(column);
          const names = field === undefined ? [] : (GENERIC[field] ?? []);
          return field === undefined
            ? fc.constantFrom<string | null | undefined>(undefined, null)
            : fc.constantFrom<string | null | undefined>(undefined, ...names);
        }),
      );
      fc.assert(
        fc.property(choice, (choices) => {
          const rename: Record<string, string> = {};
          const drop: string[] = [];
          choices.forEach((c, column) => {
            if (c === null) drop.push(header[column]!);
            else if (c !== undefined && !header.includes(c)) rename[header[column]!] = c;
          });
          // Two columns renamed alike are no longer told apart: not an edit this property covers.
          if (new Set(Object.values(rename)).size !== Object.keys(rename).length) return;
          let reading: ReturnType<typeof readEdited>;
          try {
            reading = readEdited(f, { rename, drop });
          } catch (e) {
            if (!(e instanceof LogNotFound)) throw e;
            // Refused: only for a field no header names any more, not even read alone (the platform no
            // longer recognised, its own names say nothing).
            const edited = headerOf(editedGrid(f, { rename, drop })[0]);
            for (const m of e.missing)
              expect(readableAlone(edited, m), `${m} ${edited.join(',')}`).toBe(false);
            return;
          }
          expect(
            spends(totalsOf(reading)),
            JSON.stringify({ rename, drop, grid: editedGrid(f, { rename, drop })[0] }),
          ).toEqual(full);
        }),
        { numRuns: 60, seed: 20 },
      );
    });
  }
});
