// Overview: customers per stage and tier with small bars, the Key customers' share of revenue, the
// data issues, the "as of" date; Refresh and Analyze customers.
import { STAGE_LABELS, TIER_LABELS } from '../../core/i18n/labels';
import { PRIMARY_COLOR, STAGE_COLORS } from '../../core/report/stage-colors';
import { wholePercentShares } from '../../core/report/whole-percents';
import { errorText, type ViewContext } from '../context';
import { h, replace } from '../dom';
import { AT_RISK_REASON_WORDS } from '../glossary';
import { fmt } from '../i18n';
import { call } from '../server';
import { excludedLine, noProblemsText } from './export-overview';
import { modelCheckSection } from './model-check';
import { barRow, busy, button, count, loading, localDate, money, percent, section } from './widgets';

const TIER_COLORS = { key: PRIMARY_COLOR, core: '#8ab4f8', occasional: '#dadce0' } as const;

export function renderOverview(ctx: ViewContext): void {
  const { t, root } = ctx;
  replace(root, loading(t.loading));
  call('getOverview', null)
    .then((response) => {
      if (!ctx.isCurrent()) return;
      if (!response.ok) {
        replace(
          root,
          h(
            'div',
            { class: 'card notice' },
            h('h2', { class: 'card-title' }, t.noLog),
            h('p', null, response.message),
          ),
          h(
            'div',
            { class: 'actions' },
            button(t.openSetup, () => ctx.go('setup'), 'primary'),
            button(t.insertSample, () => ctx.go('sample')),
          ),
        );
        return;
      }
      const o = response.overview;
      const stageMax = Math.max(...o.stages.map((s) => s.customers));
      const tierMax = Math.max(...o.tiers.map((s) => s.customers));
      const key = o.tiers.find((g) => g.id === 'key')!;
      const tierShares = wholePercentShares(o.tiers.map((g) => g.revenue));
      // The Key card shows the share its tier row below shows.
      const keyRevenueShare = tierShares[o.tiers.indexOf(key)]!;
      const analyze = button(t.analyze, () => runAnalyze(), 'primary');
      const refresh = button(t.refresh, () => renderOverview(ctx));
      const runAnalyze = () =>
        busy([analyze, refresh], async () => {
          ctx.status(t.working);
          try {
            const result = await call('analyzeFromSidebar', null);
            if (!result.ok) ctx.status(result.message, 'error');
            else
              ctx.status(
                `${result.message} ${fmt(t.analyzed, { sheets: Object.values(result.sheets).join(', ') })}`,
              );
          } catch (error) {
            ctx.status(errorText(ctx, error), 'error');
          }
        });
      replace(
        root,
        h(
          'div',
          { class: 'summary-line' },
          h('strong', null, fmt(t.asOf, { date: localDate(o.asOf, o.shownAs.dateOrder) })),
          h('span', null, ` · ${fmt(t.customersCount, { count: count(o.customers) })}`),
          h('div', { class: 'muted' }, fmt(t.revenue, { amount: money(o.revenue, o.shownAs.currency) })),
        ),
        h(
          'div',
          { class: 'card key-card' },
          h('div', { class: 'big' }, percent(keyRevenueShare)),
          h(
            'div',
            null,
            h(
              'div',
              { class: 'card-title' },
              fmt(key.customers === 1 ? t.keyShareOne : t.keyShare, { revenue: percent(keyRevenueShare) }),
            ),
            h(
              'div',
              { class: 'muted' },
              fmt(t.keyShareDetail, {
                count: key.customers,
                // The count says the share: a whole percent could read 59% for 7 of 12 (as the
                // Summary's table, adding to 100) or differ from that table by one.
                total: o.customers,
              }),
            ),
          ),
        ),
        section(
          t.stages,
          ...o.stages.map((s) =>
            barRow(
              STAGE_LABELS[ctx.language][s.id],
              s.customers,
              stageMax,
              STAGE_COLORS[s.id],
              // At risk, by why: the reasons the card and the follow-up audiences use.
              s.id === 'atRisk' && s.customers > 0
                ? o.atRiskReasons
                    .filter((r) => r.customers > 0)
                    .map((r) => `${AT_RISK_REASON_WORDS[ctx.language][r.id]} ${r.customers}`)
                    .join(' · ')
                : undefined,
            ),
          ),
        ),
        section(
          t.tiers,
          ...o.tiers.map((g, i) =>
            barRow(
              TIER_LABELS[ctx.language][g.id],
              g.customers,
              tierMax,
              TIER_COLORS[g.id],
              // Whole percents that add up to 100, never 81% + 15% + 5%.
              fmt(t.ofRevenue, { share: percent(tierShares[i]!) }),
            ),
          ),
        ),
        modelCheckSection(o.model, ctx.language, response.modelSetting, (choice) => {
          call('saveModelChoice', choice)
            .then(() => renderOverview(ctx))
            .catch((error) => ctx.status(errorText(ctx, error), 'error'));
        }),
        section(
          t.data,
          h(
            'ul',
            { class: 'plain' },
            h(
              'li',
              null,
              fmt(t.rowsRead, {
                rows: count(o.rowsRead),
                sheet: response.purchasesSheet,
                purchases: count(o.purchases),
              }),
            ),
            // The count Analyze's message gives, then what it is made of (trial 23: "Every row could be
            // used" beside "Rows with problems: 2" for a refunded customer and one with only returns).
            o.problemRows > 0
              ? h('li', { class: 'warn' }, fmt(t.problemRows, { count: count(o.problemRows) }))
              : h('li', null, noProblemsText(ctx.language, o.excluded ?? 0, t.noIssues)),
            o.rowsSkipped > 0
              ? h('li', { class: 'warn' }, fmt(t.rowsSkipped, { count: count(o.rowsSkipped) }))
              : null,
            excludedLine(ctx.language, o.excluded ?? 0),
            o.returnsOnly > 0
              ? h('li', { class: 'warn' }, fmt(t.returnsOnly, { count: o.returnsOnly }))
              : null,
            o.refundedOnly > 0
              ? h('li', { class: 'warn' }, fmt(t.refundedOnly, { count: o.refundedOnly }))
              : null,
          ),
          o.problemRows > 0 ? h('p', { class: 'muted small' }, t.problemsCounted) : null,
          o.problemRows + o.rowsSkipped > 0 ? h('p', { class: 'muted small' }, t.issuesHint) : null,
        ),
        h('div', { class: 'actions' }, analyze, refresh),
      );
    })
    .catch((error: unknown) => {
      if (!ctx.isCurrent()) return;
      replace(
        root,
        button(t.refresh, () => renderOverview(ctx)),
      );
      ctx.status(errorText(ctx, error), 'error');
    });
}
