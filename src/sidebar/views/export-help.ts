// Help's "Exports: what counts": per platform, which statuses are purchases, what is taken off and
// what is left out (core/exports/status-docs.ts), then the debatable cases explained.
import { STATUS_DOCS, STATUS_NOTES } from '../../core/exports/status-docs';
import type { Language } from '../../core/i18n/language';
import { h } from '../dom';
import { profileName } from './profile-names';

export function exportHelp(language: Language): HTMLElement {
  const t = STATUS_NOTES[language];
  return h(
    'section',
    { class: 'section', attrs: { id: 'export-statuses' } },
    h('h2', { class: 'section-title' }, t.title),
    ...STATUS_DOCS.map((doc) => {
      return h(
        'div',
        { class: 'help status-doc' },
        h('strong', null, profileName(doc.profile, language)),
        h('div', { class: 'small' }, `${t.purchase}: ${doc.purchase.join(', ')}`),
        h('div', { class: 'small' }, `${t.netted}: ${doc.netted}`),
        h('div', { class: 'small' }, `${t.excluded}: ${doc.excluded.join(', ')}`),
      );
    }),
    ...t.notes.map((note) => h('p', { class: 'help' }, note)),
  );
}
