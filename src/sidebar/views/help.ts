import type { ViewContext } from '../context';
import { h, replace } from '../dom';
import { exportHelp } from './export-help';
import { button } from './widgets';

export function renderHelp(ctx: ViewContext): void {
  const { t } = ctx;
  replace(
    ctx.root,
    h('h2', { class: 'section-title' }, t.help),
    ...t.helpText.map((paragraph) => h('p', { class: 'help' }, paragraph)),
    exportHelp(ctx.language),
    h(
      'div',
      { class: 'actions' },
      button(t.back, () => ctx.go('overview')),
    ),
  );
}
