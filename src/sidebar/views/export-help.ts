// Help's "Exports: what counts": per platform, which statuses are purchases, what is taken off and
// what is left out (core/exports/status-docs.ts), then the debatable cases explained.
import { STATUS_DOCS, STATUS_NOTES } from '../../core/exports/status-docs';
import { type Language, labelled } from '../../core/i18n/language';
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
        h('div', { class: 'small' }, labelled(t.purchase, doc.purchase.join(', '), language)),
        h('div', { class: 'small' }, labelled(t.netted, doc.netted, language)),
        h('div', { class: 'small' }, labelled(t.excluded, doc.excluded.join(', '), language)),
      );
    }),
    ...t.notes.map((note) => h('p', { class: 'help' }, note)),
  );
}
