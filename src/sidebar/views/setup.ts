// Column setup: for the purchase log, the customer sheet and the feedback sheet, the sheet, its header
// row and the column of each field — as detected or as the owner saved them — to confirm or change.
// Choosing another sheet or header row proposes columns by their headers at once (the same detection
// as the server); the server validates what is saved.
import type { Language } from '../../core/i18n/language';
import { detectColumns, REQUIRED_FIELDS, type SheetKind } from '../../core/input/headers';
import { type ColumnSetup, fieldsOf, MAX_HEADER_ROW } from '../../core/mapping/column-setup';
import { quotedList } from '../../core/mapping/saved-headers';
import { errorText, type ViewContext } from '../context';
import { h, replace } from '../dom';
import { fmt } from '../i18n';
import { call, type Result } from '../server';
import {
  analysisDateRefusal,
  type SettingField,
  serverSettingProblem,
  settingProblemText,
  showFieldProblem,
  typedDay,
} from '../setting-problems';
import {
  cleanRules,
  detectionLine,
  exclusionEditor,
  exportCustomerProposal,
  exportProposal,
  rulesTitle,
} from './export-setup';
import { busy, button, loading, section } from './widgets';

type SetupView = Result<'getColumnSetup'>;
type Mapping = { sheet: string; headerRow: number; columns: Record<string, number | undefined> };
const KINDS = ['purchases', 'customers', 'feedback'] as const satisfies readonly SheetKind[];

/** A, B, … Z, AA, AB… */
function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function renderSetup(ctx: ViewContext): void {
  replace(ctx.root, loading(ctx.t.loading));
  call('getColumnSetup', null)
    .then((view) => ctx.isCurrent() && showForm(ctx, view))
    .catch((error: unknown) => ctx.status(errorText(ctx, error), 'error'));
}

function showForm(ctx: ViewContext, view: SetupView, message = ''): void {
  const { t, root } = ctx;
  const draft: Record<SheetKind, Mapping | null> = {
    purchases: view.purchases as Mapping | null,
    customers: view.customers as Mapping | null,
    feedback: view.feedback as Mapping | null,
  };
  const sections = KINDS.map((kind) => kindSection(ctx, view, kind, draft));
  const asOf = h('input', {
    class: 'input',
    attrs: {
      type: 'date',
      id: 'as-of',
      value: view.asOf ?? '',
      max: '2199-12-31',
      'aria-describedby': 'as-of-help',
    },
  });
  // A setup shown without the opt-out column the saved one had: saved only if the owner confirms the
  // column is gone (the server refuses otherwise; trial: a renamed "Unsubscribed" was dropped).
  const dropOptOut = h('input', { attrs: { type: 'checkbox', id: 'drop-opt-out' } });
  const optOutBefore =
    view.optOutBefore.length === 0
      ? []
      : [
          h(
            'div',
            { class: 'notice-line', attrs: { role: 'note', 'data-setup': 'opt-out-before' } },
            ...view.optOutBefore.flatMap((c) => [
              h(
                'p',
                null,
                fmt(c.field === 'optOut' ? t.optOutWas : t.consentWas, { header: c.header, sheet: c.sheet }),
              ),
              ...(c.nowThere ? columnNowThere(c, c.nowThere) : []),
            ]),
            h('label', { attrs: { for: 'drop-opt-out' } }, dropOptOut, h('span', null, ` ${t.dropOptOut}`)),
          ),
        ];
  // The column now where the lost one stood is offered, never picked (trial: "Opt-out" renamed
  // "Marketing"): choosing it maps the field and draws the form again with the owner's other edits.
  function columnNowThere(c: SetupView['optOutBefore'][number], now: { column: number; header: string }) {
    const letter = columnLetter(now.column);
    const use = () => {
      const mapping = draft[c.kind];
      if (mapping) mapping.columns[c.field] = now.column;
      showForm(ctx, {
        ...view,
        ...(draft as Pick<SetupView, SheetKind>),
        asOf: asOf.value || null,
        optOutBefore: view.optOutBefore.filter((x) => x !== c),
      });
    };
    return [
      h('p', null, fmt(t.columnNowThere, { letter, now: now.header, header: c.header })),
      button(fmt(t.useColumnNowThere, { letter }), use),
    ];
  }
  const save = button(t.save, () => submit(), 'primary');
  const reset = button(t.reset, () =>
    busy([save, reset], async () => {
      try {
        showForm(ctx, await call('resetColumnSetup', null));
      } catch (error) {
        ctx.status(errorText(ctx, error), 'error');
      }
    }),
  );
  const submit = () =>
    busy([save, reset], async () => {
      // A half-typed date reads as '' (the browser's rule): said by the field, never saved as "today".
      const day = typedDay(asOf);
      showFieldProblem(
        asOf,
        day === undefined ? settingProblemText('asOf', t.asOfLabel, ctx.language) : undefined,
      );
      if (day === undefined) {
        asOf.focus();
        return;
      }
      const setup: ColumnSetup = {
        purchases: draft.purchases as ColumnSetup['purchases'],
        customers: draft.customers as ColumnSetup['customers'],
        feedback: draft.feedback as ColumnSetup['feedback'],
        asOf: day,
      };
      try {
        const confirmation = dropOptOut.checked ? { dropOptOut: true } : null;
        const saved = await call('saveColumnSetup', stripUnused(setup), confirmation);
        if (ctx.isCurrent()) showForm(ctx, saved, t.saved);
      } catch (error) {
        const labelOf = (field: SettingField) =>
          field === 'asOf' ? t.asOfLabel : field === 'exclude' ? rulesTitle(ctx.language) : undefined;
        const said = serverSettingProblem(error, ctx.language, labelOf);
        // A date the log rules out: said by the field too, in the server's words.
        const refused =
          said === undefined && day !== null ? analysisDateRefusal(error, day, ctx.language) : undefined;
        if (refused !== undefined) showFieldProblem(asOf, refused);
        ctx.status(said ?? errorText(ctx, error), 'error');
      }
    });
  replace(
    root,
    h('p', { class: 'muted' }, t.setupIntro),
    ...view.notes.map((n) =>
      h(
        'p',
        { class: 'notice-line' },
        n.problem === 'headerGone'
          ? n.headers.length > 1
            ? fmt(t.noteHeadersGone, { sheet: n.sheet, headers: quotedList(n.headers, ctx.language) })
            : fmt(t.noteHeaderGone, { sheet: n.sheet, header: n.header })
          : fmt(
              n.problem === 'sheetMissing'
                ? t.noteSheetMissing
                : n.problem === 'columnsMoved'
                  ? t.noteColumnsMoved
                  : t.noteColumnOutside,
              { sheet: n.sheet },
            ),
      ),
    ),
    ...(view.customersUnmatched
      ? [
          h(
            'p',
            { class: 'notice-line', attrs: { role: 'note', 'data-setup': 'customers-unmatched' } },
            fmt(t.noteCustomersUnmatched, view.customersUnmatched),
          ),
        ]
      : []),
    ...(view.keyEmails
      ? [
          h(
            'p',
            { class: 'notice-line', attrs: { role: 'note', 'data-setup': 'key-emails' } },
            fmt(t.noteKeyEmails, view.keyEmails),
          ),
        ]
      : []),
    ...optOutBefore,
    ...sections,
    section(
      t.asOfLabel,
      h('label', { class: 'visually-hidden', attrs: { for: 'as-of' } }, t.asOfLabel),
      asOf,
      h('div', { class: 'muted small', attrs: { id: 'as-of-help' } }, t.asOfHelp),
    ),
    h('div', { class: 'actions' }, save, reset),
  );
  ctx.status(message);
}

/** Columns the owner left "not used" are dropped, as the schema wants them absent. */
function stripUnused(setup: ColumnSetup): ColumnSetup {
  const out = { ...setup };
  for (const kind of KINDS) {
    const m = out[kind];
    if (!m) continue;
    const columns = Object.fromEntries(Object.entries(m.columns).filter(([, v]) => v !== undefined));
    (out as Record<string, unknown>)[kind] = cleanRules({ ...m, columns });
  }
  return out;
}

function kindSection(
  ctx: ViewContext,
  view: SetupView,
  kind: SheetKind,
  draft: Record<SheetKind, Mapping | null>,
): HTMLElement {
  const { t } = ctx;
  const body = h('div', { class: 'kind-body' });
  const badge = h('span', { class: `badge ${view.source[kind]}` }, t.source[view.source[kind]]);
  const id = `sheet-${kind}`;
  const sheetSelect = h(
    'select',
    { class: 'input', attrs: { id } },
    h('option', { attrs: { value: '' } }, t.none),
    ...view.sheets.map((s) => h('option', { attrs: { value: s.name } }, s.name)),
  );
  sheetSelect.value = draft[kind]?.sheet ?? '';
  sheetSelect.addEventListener('change', () => {
    draft[kind] = sheetSelect.value ? proposal(view, kind, sheetSelect.value, undefined) : null;
    drawFields();
  });

  const drawFields = () => {
    const mapping = draft[kind];
    if (!mapping) {
      replace(body, kind === 'purchases' ? missingNote(ctx, view) : null);
      return;
    }
    const sheet = view.sheets.find((s) => s.name === mapping.sheet);
    const headers = sheet?.rows[mapping.headerRow - 1] ?? [];
    const width = Math.max(sheet?.width ?? 0, headers.length);
    const rowSelect = h(
      'select',
      { class: 'input narrow', attrs: { id: `${kind}-header` } },
      ...Array.from({ length: Math.max(1, Math.min(MAX_HEADER_ROW, sheet?.rows.length ?? 1)) }, (_, i) =>
        h('option', { attrs: { value: i + 1 } }, String(i + 1)),
      ),
    );
    rowSelect.value = String(mapping.headerRow);
    rowSelect.addEventListener('change', () => {
      draft[kind] = proposal(view, kind, mapping.sheet, Number(rowSelect.value));
      drawFields();
    });
    replace(
      body,
      field(`${kind}-header`, t.headerRow, rowSelect),
      ...fieldsOf(kind).map((name) => {
        const required = (REQUIRED_FIELDS[kind] as readonly string[]).includes(name);
        const select = h(
          'select',
          { class: 'input', attrs: { id: `${kind}-${name}` } },
          h('option', { attrs: { value: '' } }, t.notMapped),
          ...Array.from({ length: width }, (_, c) =>
            h('option', { attrs: { value: c } }, `${columnLetter(c)} · ${headers[c] ?? ''}`),
          ),
        );
        select.value = mapping.columns[name] === undefined ? '' : String(mapping.columns[name]);
        select.addEventListener('change', () => {
          mapping.columns[name] = select.value === '' ? undefined : Number(select.value);
          select.classList.toggle('invalid', required && select.value === '');
        });
        select.classList.toggle('invalid', required && select.value === '');
        const label = t.fields[name as keyof typeof t.fields];
        return field(`${kind}-${name}`, required ? `${label} (${t.required})` : label, select);
      }),
      kind === 'purchases' ? exclusionEditor(ctx, mapping, headers, width, columnLetter) : null,
    );
  };
  drawFields();
  return section(
    t.kinds[kind],
    h('div', { class: 'kind-head' }, badge),
    h('p', { class: 'muted small' }, t.kindHelp[kind]),
    kind === 'purchases' ? detectionLine(ctx.language, view.detection) : null,
    field(id, t.sheet, sheetSelect),
    body,
  );
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), control);
}

function missingNote(ctx: ViewContext, view: SetupView): HTMLElement {
  const { t, language } = ctx;
  const p = view.partial;
  const names = (fields: readonly string[]) =>
    fields.map((f) => t.fields[f as keyof typeof t.fields].toLowerCase()).join(separator(language));
  return h(
    'p',
    { class: 'notice-line' },
    p
      ? fmt(t.missingColumns, { sheet: p.sheet, found: names(p.found), missing: names(p.missing) })
      : t.noLogFound,
  );
}

const separator = (language: Language) => (language === 'en' ? ', ' : '、');

/** Columns proposed by the headers of `sheet` (the first header row found, or `headerRow`). */
function proposal(
  view: SetupView,
  kind: SheetKind,
  sheetName: string,
  headerRow: number | undefined,
): Mapping {
  const rows = view.sheets.find((s) => s.name === sheetName)?.rows ?? [];
  let row = headerRow ?? 1;
  if (headerRow === undefined) {
    const found = rows.findIndex(
      (r) =>
        detectColumns(r, kind).missing.length === 0 ||
        (kind === 'purchases' && exportProposal(r) !== undefined),
    );
    row = found >= 0 ? found + 1 : 1;
  }
  // An export's header proposes its own columns (Shopify's "Name" is the order, not the customer).
  const fromExport =
    kind === 'purchases'
      ? exportProposal(rows[row - 1] ?? [], rows.slice(row))
      : kind === 'customers'
        ? exportCustomerProposal(rows[row - 1] ?? [])
        : undefined;
  if (fromExport) return { sheet: sheetName, headerRow: row, columns: fromExport };
  const { mapping } = detectColumns(rows[row - 1] ?? [], kind);
  return { sheet: sheetName, headerRow: row, columns: { ...mapping } };
}
