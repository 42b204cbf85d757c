import { SEGMENT_LABELS, STAGE_LABELS } from '../../core/i18n/labels';
import { LIFECYCLE_STAGES } from '../../core/lifecycle/lifecycle-stage';
import { SEGMENT_RULES } from '../../core/segments/rfm-segments';
import type { ViewContext } from '../context';
import { h, replace } from '../dom';
import { GLOSSARY_TEXTS, SEGMENT_DESCRIPTIONS, STAGE_DESCRIPTIONS, segmentScores } from '../glossary';
import { exportHelp } from './export-help';
import { button } from './widgets';

export function renderHelp(ctx: ViewContext): void {
  const { t, language } = ctx;
  const g = GLOSSARY_TEXTS[language];
  const term = (name: string, text: string, detail?: string) => [
    h('dt', null, name),
    h('dd', null, text, detail ? h('span', { class: 'muted small' }, ` (${detail})`) : null),
  ];
  replace(
    ctx.root,
    h('h2', { class: 'section-title' }, t.help),
    ...t.helpText.map((paragraph) => h('p', { class: 'help' }, paragraph)),
    exportHelp(ctx.language),
    h('h3', { class: 'section-title' }, g.stages),
    h(
      'dl',
      { class: 'glossary', attrs: { 'data-glossary': 'stages' } },
      ...LIFECYCLE_STAGES.flatMap((s) => term(STAGE_LABELS[language][s], STAGE_DESCRIPTIONS[language][s])),
    ),
    h('h3', { class: 'section-title' }, g.segments),
    h('p', { class: 'help' }, g.segmentsIntro),
    h(
      'dl',
      { class: 'glossary', attrs: { 'data-glossary': 'segments' } },
      // In the order the rules are checked, so the list reads as the table.
      ...SEGMENT_RULES.flatMap(({ segment }) =>
        term(
          SEGMENT_LABELS[language][segment],
          SEGMENT_DESCRIPTIONS[language][segment],
          segmentScores(segment),
        ),
      ),
    ),
    h('p', { class: 'help' }, g.followUps),
    h(
      'div',
      { class: 'actions' },
      button(t.back, () => ctx.go('overview')),
    ),
  );
}
