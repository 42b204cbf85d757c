// The customer card for the selected row (any sheet with a customer column): who they are, their
// stage and why, RFM, repeat probability, next purchase due, predicted value, loyalty score, purchase
// history, open complaints, the last follow-up and the suggested next step (SPEC §1). The selection
// is polled (Apps Script has no selection event for sidebars), cheaply: a new card loads only when
// the selected customer changes.
import {
  LOYALTY_BAND_LABELS,
  REPEAT_BAND_LABELS,
  SEGMENT_LABELS,
  STAGE_LABELS,
  TIER_LABELS,
} from '../../core/i18n/labels';
import { dueStatus, whyOf } from '../../core/i18n/why';
import { NEXT_STEPS } from '../../core/report/next-steps';
import type { CustomerCard } from '../../core/report/sidebar-data';
import { STAGE_FILLS } from '../../core/report/stage-colors';
import { isoOfDay } from '../../core/time/civil';
import { errorText, type ViewContext } from '../context';
import { h, replace } from '../dom';
import { LEDGER_PANEL_TEXTS } from '../followups/ledger-texts';
import { SEGMENT_DESCRIPTIONS, STAGE_DESCRIPTIONS } from '../glossary';
import { fmt } from '../i18n';
import { call, type Result } from '../server';
import { dataIssuesPointer, notCountedNote } from './not-counted';
import { button, loading, localDate, money, percent, section } from './widgets';

const POLL_MS = 1500;

export function renderCard(ctx: ViewContext): void {
  const { t, root } = ctx;
  let shownKey: string | null = null;
  let polling = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  replace(root, h('p', { class: 'muted hint' }, t.selectRow));

  const poll = async () => {
    if (polling || !ctx.isCurrent()) return;
    polling = true;
    try {
      if (document.visibilityState !== 'hidden') {
        const selection = await call('getSelectedCustomer', null);
        if (selection && selection.key !== shownKey) {
          shownKey = selection.key;
          await load(selection.key, selection.label);
        }
      }
    } catch (error) {
      ctx.status(errorText(ctx, error), 'error');
    } finally {
      polling = false;
      if (ctx.isCurrent()) timer = setTimeout(poll, POLL_MS);
    }
  };

  const load = async (key: string, label: string) => {
    replace(root, loading(t.loading));
    const [card, followUp] = await Promise.all([
      call('getCustomerCard', { key, label }),
      call('getCustomerFollowUp', key).catch(() => null),
    ]);
    if (!ctx.isCurrent() || shownKey !== key) return;
    if (!card.card) {
      replace(root, h('p', { class: 'muted hint' }, fmt(t.notFound, { name: label })));
      return;
    }
    replace(
      root,
      ...cardContent(ctx, card.card, followUp, card.issuesSheet),
      ...draftActions(ctx, key, followUp, () => {
        shownKey = null;
        void poll();
      }),
      followUp?.unsubscribed
        ? h('p', { class: 'muted small', attrs: { 'data-card': 'unsubscribed' } }, t.unsubscribedNote)
        : null,
      h(
        'div',
        { class: 'actions' },
        button(t.refresh, () => {
          shownKey = null;
          void poll();
        }),
        followUp && !followUp.unsubscribed ? unsubscribeButton(key, card.card.label) : null,
      ),
    );
  };

  /** Puts the customer on the add-on's Unsubscribed list, then shows the card again. */
  const unsubscribeButton = (key: string, label: string) => {
    const b = button(t.unsubscribe, () => {
      b.disabled = true;
      call('unsubscribeCustomer', key)
        .then(async (result) => {
          ctx.status(fmt(t.unsubscribedDone, { name: label, sheet: result.sheet }));
          if (ctx.isCurrent() && shownKey === key) await load(key, label);
        })
        .catch((error: unknown) => {
          b.disabled = false;
          ctx.status(errorText(ctx, error), 'error');
        });
    });
    b.setAttribute('data-card', 'unsubscribe');
    return b;
  };

  ctx.onLeave(() => clearTimeout(timer));
  void poll();
}

type FollowUp = Result<'getCustomerFollowUp'> | null;

/**
 * A draft to this customer that is not known to be sent holds them for the cool-down: the owner can
 * say they discarded it (the customer is free again) or sent it (outcomes count from it).
 */
function draftActions(ctx: ViewContext, key: string, followUp: FollowUp, reload: () => void): Node[] {
  if (followUp === null || followUp.openDrafts === 0) return [];
  const lt = LEDGER_PANEL_TEXTS[ctx.language];
  const act = (name: 'releaseFollowUpDrafts' | 'markFollowUpDraftsSent') => async () => {
    try {
      await call(name, { customerKey: key });
      reload();
    } catch (error) {
      ctx.status(errorText(ctx, error), 'error');
    }
  };
  return [
    h(
      'div',
      { class: 'actions' },
      button(lt.markDraftSent, act('markFollowUpDraftsSent')),
      button(lt.releaseDraft, act('releaseFollowUpDrafts')),
    ),
  ];
}

function cardContent(
  ctx: ViewContext,
  card: CustomerCard,
  followUp: FollowUp,
  issuesSheet: string | null,
): Node[] {
  const { t, language } = ctx;
  const p = card.profile;
  const c = card.insight;
  const step = card.nextStep === null ? null : NEXT_STEPS[language][card.nextStep];
  const { currency, dateOrder } = card.shownAs;
  const contact = [p?.email, p?.phone].filter(Boolean).join(' · ');
  const nodes: Node[] = [
    h(
      'header',
      { class: 'card-head' },
      h('h2', { class: 'customer-name' }, p?.name || card.label || t.unnamed),
      p?.name && p.name !== card.label ? h('div', { class: 'muted' }, card.label) : null,
      contact ? h('div', { class: 'muted small' }, contact) : null,
      p?.optedOut || followUp?.optedOut
        ? h('div', { class: 'chip warn-chip', attrs: { 'data-card': 'opted-out' } }, t.optedOut)
        : null,
    ),
  ];
  if (c) {
    nodes.push(
      h(
        'div',
        { class: 'chips' },
        h(
          'span',
          {
            class: 'chip',
            style: { background: STAGE_FILLS[c.stage] },
            attrs: { title: STAGE_DESCRIPTIONS[language][c.stage] },
          },
          STAGE_LABELS[language][c.stage],
        ),
        h('span', { class: 'chip' }, TIER_LABELS[language][c.tier]),
        h(
          'span',
          { class: 'chip', attrs: { title: SEGMENT_DESCRIPTIONS[language][c.segment] } },
          SEGMENT_LABELS[language][c.segment],
        ),
      ),
      h(
        'p',
        { class: 'muted small', attrs: { 'data-card': 'segment-meaning' } },
        h('strong', null, SEGMENT_LABELS[language][c.segment]),
        ' ',
        SEGMENT_DESCRIPTIONS[language][c.segment],
      ),
      h(
        'p',
        { class: 'why' },
        whyOf(
          {
            stage: c.stage,
            reason: c.reason,
            netSpend: c.totalSpent,
            predictedValue: c.predictedValue,
          },
          language,
          currency ?? undefined,
        ) + c.whyNote,
      ),
    );
    // How many rows were not counted and why, by problem, instead of the why's list of what it may be.
    const note = notCountedNote(c.notCounted, c.rowsNotCounted, language, issuesSheet);
    if (note) nodes.push(note);
  }
  if (card.notAnalysed !== null) {
    // What the formulas say of them (refunded, only returns, rows left out or skipped), and where to look.
    nodes.push(
      h('p', { class: 'why', attrs: { 'data-card': 'not-analysed' } }, card.notAnalysed),
      h('p', { class: 'muted small' }, dataIssuesPointer(language, issuesSheet)),
    );
  }
  if (step) {
    nodes.push(
      h(
        'div',
        { class: `card next-step ${card.nextStep === 'complaint' ? 'urgent' : ''}` },
        h('div', { class: 'eyebrow' }, t.nextStep),
        h('div', { class: 'card-title' }, step.title),
        h('div', null, step.text),
      ),
    );
  }
  const open = card.feedback.filter((f) => f.open);
  if (open.length > 0) {
    nodes.push(
      section(t.complaints, h('ul', { class: 'plain complaints' }, ...open.map((f) => feedbackItem(f)))),
    );
  }
  if (c) {
    const due = dueStatus(c.daysUntilDue, language);
    const survey = [
      p?.satisfaction !== undefined ? fmt(t.satisfaction, { value: p.satisfaction }) : '',
      p?.recommend !== undefined ? fmt(t.recommend, { value: p.recommend }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    nodes.push(
      h(
        'dl',
        { class: 'metrics' },
        metric(t.rfm, `${c.r}·${c.f}·${c.m}`, SEGMENT_LABELS[language][c.segment]),
        metric(
          fmt(t.repeat, { days: c.repeatHorizonDays }),
          percent(c.repeatProbability),
          REPEAT_BAND_LABELS[language][c.repeatBand],
        ),
        metric(t.nextDue, localDate(c.nextDue, dateOrder), due, c.daysUntilDue < 0),
        metric(fmt(t.predicted, { days: c.valueHorizonDays }), money(c.predictedValue, currency)),
        metric(
          t.loyalty,
          String(c.loyaltyScore),
          [LOYALTY_BAND_LABELS[language][c.loyaltyBand], survey].filter(Boolean).join(' · '),
        ),
        metric(
          t.totalSpent,
          money(c.totalSpent, currency),
          c.purchaseDays === 1 ? t.onePurchaseDay : fmt(t.purchaseDayCount, { n: c.purchaseDays }),
        ),
      ),
    );
    if (c.favouriteProduct)
      nodes.push(h('p', { class: 'muted small' }, fmt(t.favourite, { product: c.favouriteProduct })));
  } else if (card.notAnalysed === null) {
    nodes.push(h('p', { class: 'muted' }, t.noPurchases));
  }
  if (followUp?.lastContactDay != null) {
    nodes.push(
      section(
        t.lastContact,
        h(
          'p',
          null,
          `${localDate(isoOfDay(followUp.lastContactDay), dateOrder)} · ${followUp.lastContactLabel ?? ''}`,
          followUp.statusLabel ? h('span', { class: 'muted' }, ` — ${followUp.statusLabel}`) : null,
        ),
      ),
    );
  }
  if (card.history.length > 0) {
    nodes.push(
      section(
        t.history,
        h(
          'table',
          { class: 'history' },
          h(
            'tbody',
            null,
            ...card.history.map((row) =>
              h(
                'tr',
                { class: row.amount < 0 ? 'return' : '' },
                h('td', { class: 'date' }, localDate(row.date, dateOrder)),
                h('td', { class: 'num' }, money(row.amount, currency)),
                h('td', { class: 'product' }, row.product),
              ),
            ),
          ),
        ),
        card.historyRows > card.history.length
          ? h(
              'p',
              { class: 'muted small' },
              fmt(t.historyMore, { shown: card.history.length, total: card.historyRows }),
            )
          : null,
      ),
    );
  }
  const closed = card.feedback.filter((f) => !f.open);
  if (closed.length > 0)
    nodes.push(section(t.feedback, h('ul', { class: 'plain' }, ...closed.map((f) => feedbackItem(f)))));
  return nodes;
}

function metric(label: string, value: string, detail?: string, alert = false): HTMLElement {
  return h(
    'div',
    { class: 'metric' },
    h('dt', null, label),
    h(
      'dd',
      null,
      h('span', { class: `value ${alert ? 'alert' : ''}` }, value),
      detail ? h('span', { class: 'detail' }, detail) : null,
    ),
  );
}

function feedbackItem(f: CustomerCard['feedback'][number]): HTMLElement {
  return h(
    'li',
    null,
    h('span', { class: 'muted small' }, [f.date, f.type, f.status].filter(Boolean).join(' · ')),
    h('div', null, f.note),
  );
}
