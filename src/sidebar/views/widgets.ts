// Small building blocks shared by the views, in the look of Google's Editor add-ons.
import { type Currency, formatMoney, formatPercent } from '../../core/i18n/format-number';
import type { DateOrder } from '../../core/input/parse-date';
import { h } from '../dom';

/** Money with the sheet's currency when the server found one. */
export const money = (value: number, currency?: Currency | null): string =>
  formatMoney(value, currency ?? undefined);

/** A YYYY-MM-DD date as the spreadsheet locale writes it, like the Insights sheet's date cells. */
export function localDate(iso: string, order: DateOrder): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (order === 'MDY') return `${Number(mo)}/${Number(d)}/${y}`;
  if (order === 'DMY') return `${d}/${mo}/${y}`;
  return `${y}/${Number(mo)}/${Number(d)}`;
}
export const percent = formatPercent;
export const count = (n: number) => n.toLocaleString('en-US');

export function section(
  title: string,
  ...children: (Node | string | null | false | undefined)[]
): HTMLElement {
  return h('section', { class: 'section' }, h('h2', { class: 'section-title' }, title), ...children);
}

export function button(
  label: string,
  onClick: () => void,
  kind: 'primary' | 'secondary' = 'secondary',
): HTMLButtonElement {
  return h('button', { class: `button ${kind}`, attrs: { type: 'button' }, on: { click: onClick } }, label);
}

/** A labelled horizontal bar: share of the largest value, in `color`. */
export function barRow(
  label: string,
  value: number,
  max: number,
  color: string,
  detail?: string,
): HTMLElement {
  const width = max > 0 ? Math.max(2, Math.round((value / max) * 100)) : 0;
  return h(
    'div',
    { class: 'bar-row' },
    h('span', { class: 'bar-label' }, h('span', { class: 'dot', style: { background: color } }), label),
    h(
      'span',
      { class: 'bar', attrs: { 'aria-hidden': 'true' } },
      h('span', { class: 'fill', style: { width: `${width}%`, background: color } }),
    ),
    h('span', { class: 'bar-value' }, count(value)),
    detail ? h('span', { class: 'bar-detail' }, detail) : null,
  );
}

export function loading(text: string): HTMLElement {
  return h(
    'p',
    { class: 'muted loading', attrs: { role: 'status' } },
    h('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }),
    text,
  );
}

/** Runs `work` with the buttons disabled and a status line; errors go to the status line. */
export async function busy(buttons: HTMLButtonElement[], work: () => Promise<void>): Promise<void> {
  for (const b of buttons) b.disabled = true;
  try {
    await work();
  } finally {
    for (const b of buttons) b.disabled = false;
  }
}
