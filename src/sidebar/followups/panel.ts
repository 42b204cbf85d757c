// The sidebar's follow-ups panel: pick who and which email, preview every email and who is skipped
// and why, then Create drafts (default), Send test to me, or Send after a confirmation showing the
// count and the remaining daily quota. Plain DOM; every text goes in as text; native controls only,
// so everything works from the keyboard.
//
// Mount: renderFollowUps(container, googleScriptRunServer(), { language }) — see src/sidebar/followups/index.ts.

import { normalizeEmail } from '../../core/followups/addresses';
import type { Audience } from '../../core/followups/audiences';
import { LANGUAGE_NAMES, LANGUAGES, type Language, labelled } from '../../core/i18n/language';
import {
  MAX_COOL_DOWN_DAYS,
  MAX_DUE_WITHIN_DAYS,
  MAX_POSTAL_ADDRESS,
  MAX_SHOP_NAME,
  MAX_SIGNATURE,
} from '../../core/setting-limits';
import { isoOfDay } from '../../core/time/civil';
import type {
  BatchResult,
  CampaignResultView,
  FollowUpOptions,
  PendingCampaignView,
  PreviewResult,
  ProcessedView,
  SkippedView,
} from '../../gas/followups/api';
import { TEXTS } from '../i18n';
import {
  type SettingField,
  serverSettingProblem,
  settingProblemText,
  showFieldProblem,
  wholeDays,
} from '../setting-problems';
import { localDate } from '../views/widgets';
import { audienceOptionText } from './audience-option';
import { append, h, replaceChildren, uniqueId } from './dom';
import { LEDGER_PANEL_TEXTS } from './ledger-texts';
import { runInParts } from './run-parts';
import { runResultText } from './run-result';
import type { FollowUpServer } from './server';
import { skipReasonText } from './skip-reasons';
import { installStyles } from './styles';
import { templateRowProblemText } from './template-problems';
import { fill, PANEL_TEXTS, type PanelTexts } from './texts';

export interface FollowUpPanelOptions {
  /** The owner's language until the server says otherwise (the sidebar's start language). */
  language?: Language;
}

/** Customers without a name named in the preview's note; the rest are "…" (each email shows its own). */
const UNNAMED_SHOWN = 5;

function money(amount: number): string {
  return amount.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A panel's handle: for the host to refresh or remove it. */
export interface FollowUpPanel {
  refresh(): Promise<void>;
  destroy(): void;
}

/** Renders the follow-ups panel into `container` (its children are replaced). */
export function renderFollowUps(
  container: HTMLElement,
  server: FollowUpServer,
  panelOptions: FollowUpPanelOptions = {},
): FollowUpPanel {
  installStyles(container.ownerDocument);
  let language: Language = panelOptions.language ?? 'en';
  let t: PanelTexts = PANEL_TEXTS[language];
  let options: FollowUpOptions | undefined;
  let preview: PreviewResult | undefined;
  /** Set by Resume: the day the campaign was first prepared, so it keeps its id. */
  let resumeDay: number | undefined;
  let working = false;
  /** How the spreadsheet's locale writes dates (year first until the server says). */
  const dateOrder = () => options?.dateOrder ?? 'YMD';

  const root = h('section', { class: 'rg-fu', attrs: { 'aria-labelledby': 'rg-fu-title' } });
  replaceChildren(container, root);

  const render = () => {
    t = PANEL_TEXTS[language];
    replaceChildren(root);
    append(root, h('h2', { id: 'rg-fu-title', text: t.title, attrs: { tabindex: '-1' } }));
    const status = h('div', { class: 'rg-status', attrs: { role: 'status', 'aria-live': 'polite' } });
    append(root, status);
    if (options === undefined) {
      status.textContent = t.loading;
      return;
    }
    const o = options;
    const setStatus = (text: string, kind: 'info' | 'error' | 'success' = 'info') => {
      status.className = `rg-status${kind === 'info' ? '' : ` rg-${kind}`}`;
      status.textContent = text;
    };

    // Settings (open while the shop name is missing: every built-in email is signed with it).
    const settingsBox = settingsForm(o, setStatus);
    append(root, settingsBox);
    if (o.settings.shopName.trim() === '')
      append(root, h('p', { class: 'rg-problems', text: t.needShopName }));

    if (o.sources.purchases === null) {
      append(root, h('p', { class: 'rg-problems', attrs: { role: 'alert' }, text: t.noPurchases }));
      return;
    }

    if (o.pending.length > 0) append(root, resumeBox(o.pending));

    // Who and which email.
    const audienceId = uniqueId('rg-fu-audience');
    const daysId = uniqueId('rg-fu-days');
    const templateId = uniqueId('rg-fu-template');
    const languageId = uniqueId('rg-fu-language');
    const audienceSelect = h('select', { id: audienceId, attrs: { 'data-fu': 'audience' } });
    const groups: [string, (a: Audience) => boolean][] = [
      [t.groupStages, (a) => a.kind === 'stage' || a.kind === 'reason'],
      [t.groupTiming, (a) => a.kind === 'dueWithin' || a.kind === 'overdue' || a.kind === 'openComplaint'],
      [t.groupTiers, (a) => a.kind === 'tier'],
      [t.groupSegments, (a) => a.kind === 'segment'],
    ];
    for (const [label, test] of groups) {
      const group = h('optgroup', { attrs: { label } });
      o.audiences.forEach((a, i) => {
        if (test(a.audience))
          append(
            group,
            h('option', {
              attrs: { value: String(i) },
              text: audienceOptionText(a.label, a.count, language),
            }),
          );
      });
      append(audienceSelect, group);
    }
    audienceSelect.value = String(
      Math.max(
        0,
        o.audiences.findIndex((a) => a.audience.kind === 'stage' && a.audience.stage === 'atRisk'),
      ),
    );
    const daysInput = h('input', {
      id: daysId,
      attrs: {
        type: 'number',
        min: '0',
        max: String(MAX_DUE_WITHIN_DAYS),
        step: '1',
        value: '7',
        'data-fu': 'days',
      },
    });
    const daysRow = h('div', {}, h('label', { attrs: { for: daysId }, text: t.days }), daysInput);
    const languageSelect = h('select', { id: languageId, attrs: { 'data-fu': 'language' } });
    for (const l of LANGUAGES)
      append(languageSelect, h('option', { attrs: { value: l }, text: LANGUAGE_NAMES[l] }));
    languageSelect.value = language;
    const templateSelect = h('select', { id: templateId, attrs: { 'data-fu': 'template' } });

    // A cleared or odd "days ahead" is said by the field, not read as 0 days (trial 22).
    const selectedAudience = (): Audience | undefined => {
      const option = o.audiences[Number(audienceSelect.value)] ?? o.audiences[0]!;
      if (option.audience.kind !== 'dueWithin') return option.audience;
      const days = wholeDays(daysInput, MAX_DUE_WITHIN_DAYS);
      showFieldProblem(
        daysInput,
        days === undefined ? settingProblemText('dueDays', t.days, language) : undefined,
      );
      return days === undefined ? undefined : { kind: 'dueWithin', days };
    };
    const fillTemplates = (preferred: string | undefined) => {
      const emailLanguage = languageSelect.value as Language;
      const current = preferred ?? templateSelect.value;
      replaceChildren(templateSelect);
      for (const tpl of o.templates.filter((x) => x.language === emailLanguage)) {
        append(templateSelect, h('option', { attrs: { value: tpl.id }, text: tpl.name }));
      }
      if ([...templateSelect.options].some((opt) => opt.value === current)) templateSelect.value = current;
    };
    const onSelectionChange = () => {
      resumeDay = undefined;
      preview = undefined;
      replaceChildren(previewArea);
    };
    audienceSelect.addEventListener('change', () => {
      const option = o.audiences[Number(audienceSelect.value)];
      daysRow.hidden = option?.audience.kind !== 'dueWithin';
      fillTemplates(option?.suggestedTemplateId);
      onSelectionChange();
    });
    daysInput.addEventListener('change', onSelectionChange);
    languageSelect.addEventListener('change', () => {
      fillTemplates(undefined);
      onSelectionChange();
    });
    templateSelect.addEventListener('change', onSelectionChange);
    const initial = o.audiences[Number(audienceSelect.value)];
    daysRow.hidden = initial?.audience.kind !== 'dueWithin';
    fillTemplates(initial?.suggestedTemplateId);

    const previewButton = h('button', {
      class: 'rg-primary',
      text: t.preview,
      attrs: { type: 'button', 'data-fu': 'preview' },
    });
    const editButton = h('button', {
      text: t.editTemplates,
      attrs: { type: 'button', 'data-fu': 'edit-templates' },
    });
    append(
      root,
      h('label', { attrs: { for: audienceId }, text: t.audience }),
      audienceSelect,
      daysRow,
      h('label', { attrs: { for: languageId }, text: t.language }),
      languageSelect,
      h('label', { attrs: { for: templateId }, text: t.template }),
      templateSelect,
      h('div', { class: 'rg-row' }, previewButton, editButton),
    );
    if (o.templateProblems.length > 0) {
      append(
        root,
        h(
          'details',
          { class: 'rg-box' },
          h('summary', { text: `${t.templateProblems} (${o.templateProblems.length})` }),
          h(
            'ul',
            { class: 'rg-problems' },
            ...o.templateProblems.map((p) => h('li', { text: templateRowProblemText(p, language) })),
          ),
        ),
      );
    }
    const previewArea = h('div', { attrs: { 'data-fu': 'preview-area' } });
    append(root, previewArea);
    if (o.results.length > 0) append(root, resultsBox(o));

    const doPreview = async (preparedDay?: number) => {
      if (working) return;
      const audience = selectedAudience();
      if (!audience) {
        daysInput.focus();
        return;
      }
      working = true;
      previewButton.disabled = true;
      setStatus(t.previewing);
      try {
        preview = await server.previewFollowUps({
          audience,
          templateId: templateSelect.value,
          language: languageSelect.value as Language,
          ...(preparedDay !== undefined ? { preparedDay } : {}),
        });
        setStatus('');
        showPreview(preview, previewArea, setStatus);
      } catch (error) {
        setStatus(fill(t.error, { message: messageOf(error) }), 'error');
      } finally {
        working = false;
        previewButton.disabled = false;
      }
    };
    previewButton.addEventListener('click', () => void doPreview(resumeDay));
    editButton.addEventListener('click', async () => {
      try {
        await server.openFollowUpTemplates();
        await refresh();
      } catch (error) {
        setStatus(fill(t.error, { message: messageOf(error) }), 'error');
      }
    });

    function resumeBox(pending: readonly PendingCampaignView[]): HTMLElement {
      return h(
        'div',
        { class: 'rg-box', attrs: { 'data-fu': 'pending' } },
        h('h3', { text: t.resumeTitle }),
        h(
          'ul',
          {},
          ...pending.map((p) =>
            h(
              'li',
              {},
              h('div', { text: p.label }),
              h('div', { class: 'rg-muted', text: fill(t.left, { n: p.deferred }) }),
              h('button', {
                text: t.resume,
                attrs: { type: 'button', 'data-fu': 'resume' },
                on: {
                  click: () => {
                    const index = o.audiences.findIndex((a) => sameAudienceKind(a.audience, p.spec.audience));
                    if (index >= 0) audienceSelect.value = String(index);
                    if (p.spec.audience.kind === 'dueWithin') daysInput.value = String(p.spec.audience.days);
                    daysRow.hidden = p.spec.audience.kind !== 'dueWithin';
                    languageSelect.value = p.spec.language;
                    fillTemplates(p.spec.templateId);
                    resumeDay = p.spec.preparedDay;
                    void doPreview(resumeDay);
                  },
                },
              }),
            ),
          ),
        ),
      );
    }
  };

  function sameAudienceKind(a: Audience, b: Audience): boolean {
    return (
      JSON.stringify(a.kind === 'dueWithin' ? { kind: a.kind } : a) ===
      JSON.stringify(b.kind === 'dueWithin' ? { kind: b.kind } : b)
    );
  }

  function settingsForm(
    o: FollowUpOptions,
    setStatus: (text: string, kind?: 'info' | 'error' | 'success') => void,
  ) {
    const ids = {
      shop: uniqueId('rg-fu-shop'),
      sig: uniqueId('rg-fu-sig'),
      cool: uniqueId('rg-fu-cool'),
      reply: uniqueId('rg-fu-reply'),
      postal: uniqueId('rg-fu-postal'),
    };
    const shop = h('input', {
      id: ids.shop,
      attrs: { type: 'text', maxlength: String(MAX_SHOP_NAME), 'data-fu': 'shop-name' },
    });
    shop.value = o.settings.shopName;
    const sig = h('textarea', {
      id: ids.sig,
      attrs: { maxlength: String(MAX_SIGNATURE), 'data-fu': 'signature' },
    });
    sig.value = o.settings.signature;
    const cool = h('input', {
      id: ids.cool,
      attrs: { type: 'number', min: '0', max: String(MAX_COOL_DOWN_DAYS), step: '1', 'data-fu': 'cool-down' },
    });
    cool.value = String(o.settings.coolDownDays);
    const reply = h('input', { id: ids.reply, attrs: { type: 'email', 'data-fu': 'reply-to' } });
    reply.value = o.settings.replyTo;
    const postal = h('textarea', {
      id: ids.postal,
      attrs: { maxlength: String(MAX_POSTAL_ADDRESS), 'data-fu': 'postal-address' },
    });
    postal.value = o.settings.postalAddress;
    const save = h('button', {
      class: 'rg-primary',
      text: t.save,
      attrs: { type: 'button', 'data-fu': 'save-settings' },
    });
    const labelOf = (field: SettingField): string | undefined =>
      ({
        shopName: t.shopName,
        signature: t.signature,
        coolDownDays: t.coolDown,
        replyTo: t.replyTo,
        postalAddress: LEDGER_PANEL_TEXTS[language].postalAddress,
      })[field as string];
    save.addEventListener('click', async () => {
      // Checked here first, said by the field: a cleared cool-down was Number('') = 0 days, saved as
      // "no cool-down" with "Settings saved." (trial 22).
      const coolDownDays = wholeDays(cool, MAX_COOL_DOWN_DAYS);
      const replyTo = reply.value.trim();
      const replyOk = replyTo === '' || normalizeEmail(replyTo) !== undefined;
      showFieldProblem(
        cool,
        coolDownDays === undefined ? settingProblemText('coolDownDays', t.coolDown, language) : undefined,
      );
      showFieldProblem(reply, replyOk ? undefined : settingProblemText('replyTo', t.replyTo, language));
      if (coolDownDays === undefined || !replyOk) {
        setStatus('', 'info');
        (coolDownDays === undefined ? cool : reply).focus();
        return;
      }
      save.disabled = true;
      try {
        const saved = await server.saveFollowUpSettings({
          shopName: shop.value,
          signature: sig.value,
          coolDownDays,
          replyTo,
          postalAddress: postal.value,
        });
        if (options) options = { ...options, settings: saved };
        preview = undefined;
        render();
        const title = root.querySelector('.rg-status');
        if (title) {
          title.className = 'rg-status rg-success';
          title.textContent = t.saved;
        }
      } catch (error) {
        const said = serverSettingProblem(error, language, labelOf);
        setStatus(said ?? fill(t.error, { message: messageOf(error) }), 'error');
        save.disabled = false;
      }
    });
    const details = h(
      'details',
      { class: 'rg-box', attrs: { 'data-fu': 'settings' } },
      h('summary', { text: t.settings }),
      h('label', { attrs: { for: ids.shop }, text: t.shopName }),
      shop,
      h('label', { attrs: { for: ids.sig }, text: t.signature }),
      sig,
      h('label', { attrs: { for: ids.cool }, text: t.coolDown }),
      cool,
      h('label', { attrs: { for: ids.reply }, text: t.replyTo }),
      reply,
      h('label', { attrs: { for: ids.postal }, text: LEDGER_PANEL_TEXTS[language].postalAddress }),
      postal,
      h('div', { class: 'rg-row' }, save),
    );
    details.open = o.settings.shopName.trim() === '' || o.settings.postalAddress.trim() === '';
    return details;
  }

  /**
   * One campaign's results, saying which figures are known (sent) and which are not (drafts, unknown),
   * and whether the 30-day window is still open; with the owner's two answers about open drafts.
   */
  function resultItem(r: CampaignResultView): HTMLElement {
    const lt = LEDGER_PANEL_TEXTS[language];
    const parts = [fill(lt.sentPart, { n: r.sent })];
    if (r.drafts > 0) parts.push(fill(lt.draftsPart, { n: r.drafts }));
    if (r.unknown > 0) parts.push(fill(lt.unknownPart, { n: r.unknown }));
    const outcome = [
      fill(lt.boughtPart, { n: r.bought, amount: money(r.amount) }),
      r.windowOpenUntil === null
        ? lt.windowClosed
        : fill(lt.windowOpen, { date: localDate(isoOfDay(r.windowOpenUntil), dateOrder()) }),
    ];
    const item = h(
      'li',
      { attrs: { 'data-fu': 'result-item' } },
      h('div', { text: r.label }),
      h('div', { class: 'rg-muted', attrs: { 'data-fu': 'result-counts' }, text: parts.join(' · ') }),
      h('div', {
        class: 'rg-muted',
        attrs: { 'data-fu': 'result-outcome' },
        text: r.sent > 0 ? outcome.join(' · ') : '',
      }),
    );
    if (r.drafts > 0) {
      const status = h('div', { class: 'rg-muted', attrs: { role: 'status' } });
      const act = (kind: 'release' | 'marked') => async () => {
        try {
          const call = kind === 'release' ? server.releaseFollowUpDrafts : server.markFollowUpDraftsSent;
          const done = await call({ campaignId: r.campaignId });
          status.textContent = fill(kind === 'release' ? lt.released : lt.marked, { n: done.count });
          const fresh = await server.getFollowUpOptions();
          options = fresh;
          updatePendingAndResults(fresh);
        } catch (error) {
          status.textContent = fill(t.error, { message: messageOf(error) });
        }
      };
      const release = h('button', {
        text: lt.releaseDrafts,
        attrs: { type: 'button', 'data-fu': 'release-drafts' },
      });
      const mark = h('button', {
        text: lt.markDraftsSent,
        attrs: { type: 'button', 'data-fu': 'mark-drafts-sent' },
      });
      release.addEventListener('click', act('release'));
      mark.addEventListener('click', act('marked'));
      append(item, h('div', { class: 'rg-row' }, mark, release), status);
    }
    return item;
  }

  function resultsBox(o: FollowUpOptions): HTMLElement {
    return h(
      'details',
      { class: 'rg-box', attrs: { 'data-fu': 'results' } },
      h('summary', { text: t.results }),
      h('ul', {}, ...o.results.map(resultItem)),
    );
  }

  function showPreview(
    p: PreviewResult,
    area: HTMLElement,
    setStatus: (text: string, kind?: 'info' | 'error' | 'success') => void,
  ): void {
    replaceChildren(area);
    const heading = h('h3', { text: `${p.audienceLabel} · ${p.templateName}`, attrs: { tabindex: '-1' } });
    append(area, heading);
    append(
      area,
      h('p', {
        class: 'rg-muted',
        attrs: { 'data-fu': 'judged-on' },
        text:
          fill(t.judgedOn, { date: localDate(p.judgedOn, dateOrder()) }) +
          (p.fixedAsOf === null
            ? ''
            : ` ${fill(t.fixedAsOfNote, { date: localDate(p.fixedAsOf, dateOrder()) })}`),
      }),
    );
    // Without an opt-out or consent column, nothing goes until the owner says they checked (the
    // server refuses a batch without this acknowledgement).
    const ack = h('input', { attrs: { type: 'checkbox', id: 'rg-fu-ack', 'data-fu': 'ack-optout' } });
    if (p.noOptOutColumn) {
      append(
        area,
        h(
          'div',
          { class: 'rg-confirm', attrs: { role: 'note', 'data-fu': 'no-optout' } },
          h('p', { class: 'rg-problems', text: t.noOptOutColumn }),
          h(
            'label',
            { class: 'rg-check', attrs: { for: 'rg-fu-ack' } },
            ack,
            h('span', { text: t.ackNoOptOut }),
          ),
        ),
      );
    }
    if (p.customersUnmatched !== null) {
      append(
        area,
        h('p', {
          class: 'rg-problems',
          attrs: { role: 'note', 'data-fu': 'customers-unmatched' },
          text: fill(t.customersUnmatched, p.customersUnmatched),
        }),
      );
    }
    if (p.problems.length > 0) {
      append(
        area,
        h(
          'ul',
          { class: 'rg-problems', attrs: { role: 'alert', 'data-fu': 'problems' } },
          ...p.problems.map((x) => h('li', { text: x })),
        ),
      );
    }
    const recipients = h(
      'details',
      { attrs: { 'data-fu': 'recipients' } },
      h('summary', { text: fill(t.recipients, { n: p.recipients.length }) }),
      h(
        'ul',
        {},
        ...p.recipients.map((r) =>
          h(
            'li',
            { attrs: { 'data-fu': 'recipient' } },
            h(
              'details',
              {},
              h('summary', { text: `${r.label} — ${r.email}` }),
              h(
                'div',
                { class: 'rg-mail' },
                h('div', { class: 'rg-subject', text: labelled(t.subject, r.subject, language) }),
                '\n',
                r.textBody,
              ),
              unsubscribeButton(r),
            ),
          ),
        ),
      ),
    );
    recipients.open = p.recipients.length > 0 && p.recipients.length <= 3;
    const lists: HTMLElement[] = [recipients];
    const unnamed = p.recipients.filter((r) => r.unnamed);
    if (unnamed.length > 0) {
      const shown = unnamed.slice(0, UNNAMED_SHOWN).map((r) => r.label);
      const more = unnamed.length > UNNAMED_SHOWN ? ' …' : '';
      lists.push(
        h('p', {
          class: 'rg-muted',
          attrs: { 'data-fu': 'unnamed' },
          text: fill(t.unnamed, {
            n: unnamed.length,
            names: shown.join(language === 'en' ? ', ' : '、') + more,
          }),
        }),
      );
    }
    if (p.recipients.length === 0 && p.problems.length === 0) lists.push(h('p', { text: t.nobody }));
    if (p.skipped.length > 0) {
      lists.push(
        h(
          'details',
          { attrs: { 'data-fu': 'skipped' } },
          h('summary', { text: fill(t.skipped, { n: p.skipped.length }) }),
          h(
            'ul',
            {},
            ...p.skipped.map((s) =>
              h(
                'li',
                { attrs: { 'data-fu': 'skipped-item', 'data-reason': s.reason } },
                h('div', { text: s.label }),
                h('div', {
                  class: 'rg-muted',
                  text:
                    skipReasonText(s.reason, s.detail, language, dateOrder()) +
                    (s.heldByDraft ? ` — ${LEDGER_PANEL_TEXTS[language].heldByDraft}` : ''),
                }),
              ),
            ),
          ),
        ),
      );
    }
    function unsubscribeButton(r: PreviewResult['recipients'][number]): HTMLElement {
      const b = h('button', {
        text: TEXTS[language].unsubscribe,
        attrs: { type: 'button', 'data-fu': 'unsubscribe' },
      });
      b.addEventListener('click', async () => {
        b.disabled = true;
        try {
          const result = await server.unsubscribeCustomer(r.key);
          // Out of this campaign at once; the server would skip them anyway.
          p.recipients = p.recipients.filter((x) => x.key !== r.key);
          b.closest('li')?.remove();
          // The card's words: one text for the same act, wherever the owner does it.
          setStatus(
            fill(TEXTS[language].unsubscribedDone, { name: r.label, sheet: result.sheet }),
            'success',
          );
          setButtons(canActNow());
        } catch (error) {
          b.disabled = false;
          setStatus(fill(t.error, { message: messageOf(error) }), 'error');
        }
      });
      return b;
    }
    const canActNow = () =>
      p.problems.length === 0 && p.recipients.length > 0 && (!p.noOptOutColumn || ack.checked);
    const canAct = canActNow();
    const draftsButton = h('button', {
      class: 'rg-primary',
      text: t.createDrafts,
      attrs: { type: 'button', 'data-fu': 'create-drafts' },
    });
    const testButton = h('button', { text: t.sendTest, attrs: { type: 'button', 'data-fu': 'send-test' } });
    const sendButton = h('button', { text: t.send, attrs: { type: 'button', 'data-fu': 'send' } });
    // A test needs one email of today's quota: without it the button would only fail (trial 19).
    const noQuota = p.remainingQuota < 1;
    const setButtons = (enabled: boolean): void => {
      for (const b of [draftsButton, testButton, sendButton]) b.disabled = !enabled;
      testButton.disabled = !enabled || noQuota;
    };
    setButtons(canAct);
    const confirmArea = h('div');
    const runArea = h('div', { attrs: { 'data-fu': 'run' } });
    // The actions come first, the long lists after them: nobody has to scroll to act.
    append(
      area,
      h('div', { class: 'rg-row' }, draftsButton, testButton, sendButton),
      noQuota
        ? h('p', { class: 'rg-muted', attrs: { 'data-fu': 'test-no-quota' }, text: t.testNoQuota })
        : null,
      confirmArea,
      runArea,
      ...lists,
    );
    heading.focus();

    ack.addEventListener('change', () => setButtons(canActNow()));

    draftsButton.addEventListener('click', () => void run('draft'));
    testButton.addEventListener('click', async () => {
      setButtons(false);
      try {
        const result = await server.sendFollowUpTest({ campaign: p.spec });
        setStatus(fill(t.testDone, { to: result.to }), 'success');
      } catch (error) {
        setStatus(fill(t.error, { message: messageOf(error) }), 'error');
      } finally {
        setButtons(canActNow());
      }
    });
    sendButton.addEventListener('click', () => {
      const n = p.recipients.length;
      const q = p.remainingQuota;
      const confirm = h('button', {
        class: 'rg-danger',
        text: fill(t.confirmSend, { n }),
        attrs: { type: 'button', 'data-fu': 'confirm-send' },
      });
      const cancel = h('button', { text: t.cancel, attrs: { type: 'button', 'data-fu': 'cancel-send' } });
      const box = h(
        'div',
        {
          class: 'rg-confirm',
          attrs: { role: 'alertdialog', 'aria-labelledby': 'rg-fu-confirm-title', 'data-fu': 'confirm' },
        },
        h('h3', { id: 'rg-fu-confirm-title', text: t.confirmTitle }),
        h('p', { text: fill(t.confirmBody, { n }) }),
        h('p', { attrs: { 'data-fu': 'quota' }, text: fill(t.confirmQuota, { q }) }),
        q < n ? h('p', { text: fill(t.confirmOverQuota, { q }) }) : null,
        h('div', { class: 'rg-row' }, confirm, cancel),
      );
      replaceChildren(confirmArea, box);
      setButtons(false);
      confirm.focus();
      cancel.addEventListener('click', () => {
        replaceChildren(confirmArea);
        setButtons(canActNow());
        sendButton.focus();
      });
      confirm.addEventListener('click', () => {
        replaceChildren(confirmArea);
        void run('send');
      });
      box.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') cancel.click();
      });
    });

    async function run(mode: 'draft' | 'send'): Promise<void> {
      if (working) return;
      working = true;
      setButtons(false);
      const n = p.recipients.length;
      const processed: ProcessedView[] = [];
      const skipped: SkippedView[] = [];
      // What the preview showed, address included: the server writes to nobody at another address.
      const confirmed = p.recipients.map((r) => ({
        key: r.key,
        lastPurchaseDay: r.lastPurchaseDay,
        email: r.email,
      }));
      let last: BatchResult | undefined;
      try {
        last = await runInParts(
          p.spec,
          confirmed,
          (request) => {
            if (p.noOptOutColumn) request.acknowledgeNoOptOut = ack.checked;
            return mode === 'send' ? server.sendFollowUps(request) : server.createFollowUpDrafts(request);
          },
          processed,
          (done) => setStatus(fill(t.working, { done, n })),
          skipped,
        );
        showRun(mode, processed, skipped, last, runArea, setStatus);
      } catch (error) {
        setStatus(fill(t.error, { message: messageOf(error) }), 'error');
        if (processed.length > 0) showRun(mode, processed, skipped, last, runArea, setStatus);
      } finally {
        working = false;
      }
      // The campaign is done or stopped: the same preview is not acted on twice (preview again).
      try {
        const fresh = await server.getFollowUpOptions();
        options = fresh;
        updatePendingAndResults(fresh);
      } catch {
        // The run's own report is already shown.
      }
    }
  }

  function showRun(
    mode: 'draft' | 'send',
    processed: readonly ProcessedView[],
    skipped: readonly SkippedView[],
    last: BatchResult | undefined,
    area: HTMLElement,
    setStatus: (text: string, kind?: 'info' | 'error' | 'success') => void,
  ): void {
    const ok = processed.filter((x) => x.result === 'sent' || x.result === 'drafted');
    const failed = processed.filter((x) => x.result === 'failed');
    const unknown = processed.filter((x) => x.result === 'unknown');
    const lines: string[] = [];
    if (last?.stoppedBy === 'busy') lines.push(t.busy);
    else lines.push(fill(mode === 'send' ? t.sentDone : t.draftsDone, { n: ok.length }));
    if (failed.length > 0) lines.push(fill(t.failed, { n: failed.length }));
    if (unknown.length > 0) lines.push(fill(LEDGER_PANEL_TEXTS[language].unknownDone, { n: unknown.length }));
    if (last?.stoppedBy === 'quota') lines.push(fill(t.quotaStop, { n: last.remaining }));
    if (skipped.length > 0) lines.push(fill(t.skippedInRun, { n: skipped.length }));
    for (const problem of last?.problems ?? []) lines.push(problem);
    setStatus(
      lines.join(' '),
      failed.length > 0 ||
        unknown.length > 0 ||
        last?.stoppedBy === 'busy' ||
        (last?.problems.length ?? 0) > 0
        ? 'error'
        : 'success',
    );
    replaceChildren(
      area,
      h(
        'ul',
        { attrs: { 'data-fu': 'run-results' } },
        ...processed.map((x) =>
          h(
            'li',
            { attrs: { 'data-fu': 'run-item', 'data-result': x.result } },
            h('div', { text: `${x.label} — ${x.email}` }),
            h('div', {
              class: 'rg-muted',
              text: runResultText(x.result, x.detail, language),
            }),
          ),
        ),
        ...skipped.map((x) =>
          h(
            'li',
            { attrs: { 'data-fu': 'run-item', 'data-result': 'skipped', 'data-reason': x.reason } },
            h('div', { text: x.email === '' ? x.label : `${x.label} — ${x.email}` }),
            h('div', { class: 'rg-muted', text: skipReasonText(x.reason, x.detail, language, dateOrder()) }),
          ),
        ),
      ),
    );
  }

  function updatePendingAndResults(fresh: FollowUpOptions): void {
    const oldPending = root.querySelector('[data-fu="pending"]');
    if (oldPending && fresh.pending.length === 0) oldPending.remove();
    const oldResults = root.querySelector('[data-fu="results"]');
    // The first campaign's results: the box did not exist yet.
    if (!oldResults && fresh.results.length > 0) append(root, resultsBox(fresh));
    if (oldResults && fresh.results.length > 0) {
      const list = h('ul', {}, ...fresh.results.map(resultItem));
      const summary = oldResults.querySelector('summary');
      replaceChildren(oldResults, summary ?? h('summary', { text: t.results }), list);
    }
  }

  async function refresh(): Promise<void> {
    try {
      options = await server.getFollowUpOptions();
      language = options.language;
      preview = undefined;
      render();
    } catch (error) {
      render();
      const status = root.querySelector('.rg-status');
      if (status) {
        status.className = 'rg-status rg-error';
        status.textContent = fill(t.error, { message: messageOf(error) });
      }
    }
  }

  render();
  void refresh();
  return {
    refresh,
    destroy: () => replaceChildren(container),
  };
}
