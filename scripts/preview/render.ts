// The preview page, rendered on the server as plain HTML: a sheet-like grid per tab (column letters,
// row numbers, frozen header), the add-on menu as buttons, the sidebar panel and the outbox.
import type { MenuEntry, OutboxEntry } from '../../test/support/gas-fake/index';
import { chartSvg } from './chart-svg';
import type { ViewCell, ViewSheet } from './session';

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Rows drawn per sheet at most; a note says when more exist. */
export const MAX_RENDERED_ROWS = 3000;
const ROW_HEADER_WIDTH = 46;
const ROW_HEIGHT = 21;
const HEADER_HEIGHT = 22;

/** Whether a cell holds nothing, so text from its left may run over it (Sheets' "overflow"). */
const isBlank = (cell: ViewCell | undefined) => !cell || (cell.text === '' && !cell.formula);

/**
 * How far a text cell's text may run to the right, in px beyond its own column. Sheets' default
 * wrap strategy is OVERFLOW, "overflow lines into the next cell, so long as that cell is empty"
 * (https://developers.google.com/apps-script/reference/spreadsheet/wrap-strategy): left-aligned,
 * unwrapped text runs over the blank cells beside it, up to the next cell with something in it.
 */
function overflowWidth(row: ViewCell[] | undefined, c: number, widths: readonly number[]): number {
  const cell = row?.[c];
  if (cell?.kind !== 'string' || cell.text === '' || cell.style?.wrap) return 0;
  if (cell.style?.align && cell.style.align !== 'left') return 0;
  let extra = 0;
  for (let next = c + 1; next < widths.length && isBlank(row?.[next]); next++) extra += widths[next]!;
  return extra;
}

function cellHtml(cell: ViewCell | undefined, overflow = 0, width = 0): string {
  if (!cell || (cell.text === '' && !cell.formula && !cell.style && !cell.note)) return '<td></td>';
  const classes: string[] = [];
  if (cell.kind === 'number' || cell.kind === 'date') classes.push('n');
  else if (cell.kind === 'boolean') classes.push('b');
  else if (cell.kind === 'error') classes.push('e');
  if (cell.note) classes.push('has-note');
  const attrs: string[] = [];
  const style: string[] = [];
  const s = cell.style;
  if (s?.bold) style.push('font-weight:bold');
  if (s?.italic) style.push('font-style:italic');
  if (s?.color) style.push(`color:${s.color}`);
  if (s?.background) style.push(`background:${s.background}`);
  if (s?.align && /^(left|center|right)$/.test(s.align)) style.push(`text-align:${s.align}`);
  if (s?.wrap) classes.push('wrap');
  if (overflow > 0) classes.push('spill');
  if (classes.length) attrs.push(`class="${classes.join(' ')}"`);
  if (style.length) attrs.push(`style="${escapeHtml(style.join(';'))}"`);
  if (cell.formula) attrs.push(`data-f="${escapeHtml(cell.formula)}"`);
  else if (cell.input !== cell.text) attrs.push(`data-v="${escapeHtml(cell.input)}"`);
  const titles: string[] = [];
  if (cell.error !== undefined) titles.push(`Error\n${cell.error}`);
  if (cell.note) titles.push(cell.note);
  if (titles.length) attrs.push(`title="${escapeHtml(titles.join('\n\n'))}"`);
  if (overflow > 0) {
    // The text in a box as wide as the blank cells it may cover; the cell lets it show (page.css).
    return `<td ${attrs.join(' ')}><span class="spill-text" style="max-width:${width + overflow - 6}px">${escapeHtml(cell.text)}</span></td>`;
  }
  return `<td ${attrs.join(' ')}>${escapeHtml(cell.text)}</td>`;
}

/** One sheet as a grid. `id` is the tab's index. */
function renderSheet(sheet: ViewSheet, index: number, active: boolean): string {
  const dataWidth = sheet.rows.reduce((max, r) => Math.max(max, r.length), 0);
  const columns = Math.max(dataWidth + 3, 26);
  const dataHeight = Math.max(sheet.totalRows, sheet.rows.length);
  const rows = Math.min(Math.max(dataHeight + 30, 60), MAX_RENDERED_ROWS);
  const widths = Array.from({ length: columns }, (_, c) => sheet.columnWidths[c] ?? 100);
  const tableWidth = ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0);
  const out: string[] = [];
  out.push(
    `<section class="sheet" id="sheet-${index}" data-sheet="${escapeHtml(sheet.name)}" role="tabpanel"${active ? '' : ' hidden'}>`,
  );
  out.push('<div class="grid-scroll">');
  out.push(`<div class="grid-canvas" style="width:${tableWidth}px">`);
  out.push(`<table class="grid" style="width:${tableWidth}px" aria-label="${escapeHtml(sheet.name)}">`);
  out.push(`<colgroup><col style="width:${ROW_HEADER_WIDTH}px">`);
  for (const w of widths) out.push(`<col style="width:${w}px">`);
  out.push('</colgroup><thead><tr><th class="corner"></th>');
  for (let c = 0; c < columns; c++) out.push(`<th class="col-head">${columnLetters(c)}</th>`);
  out.push('</tr></thead><tbody>');
  for (let r = 0; r < rows; r++) {
    const frozen = r < sheet.frozenRows;
    const rowAttrs = frozen
      ? ` class="frozen${r === sheet.frozenRows - 1 ? ' frozen-last' : ''}" style="--top:${HEADER_HEIGHT + r * ROW_HEIGHT}px"`
      : '';
    out.push(`<tr${rowAttrs}><th class="row-head">${r + 1}</th>`);
    const row = sheet.rows[r];
    for (let c = 0; c < columns; c++) out.push(cellHtml(row?.[c], overflowWidth(row, c, widths), widths[c]!));
    out.push('</tr>');
  }
  out.push('</tbody></table>');
  // Charts float over the grid from their anchor cell, as in Sheets.
  for (const chart of sheet.charts) {
    const before = widths.slice(0, Math.max(0, chart.anchorColumn - 1)).reduce((a, b) => a + b, 0);
    const left = ROW_HEADER_WIDTH + before + chart.offsetX;
    const top = HEADER_HEIGHT + Math.max(0, chart.anchorRow - 1) * ROW_HEIGHT + chart.offsetY;
    // The page moves it to its anchor row's real top once laid out (a wrapped row is taller).
    out.push(
      `<figure class="chart" data-row="${chart.anchorRow}" data-dy="${chart.offsetY}" style="left:${left}px;top:${top}px">${chartSvg(chart.model)}</figure>`,
    );
  }
  out.push('</div>');
  if (dataHeight > MAX_RENDERED_ROWS) {
    out.push(`<p class="more-rows">Showing the first ${MAX_RENDERED_ROWS} of ${dataHeight} rows.</p>`);
  }
  out.push('</div>');
  out.push('</section>');
  return out.join('');
}

export function renderTabs(sheets: ViewSheet[], activeIndex: number): string {
  return sheets
    .map((sheet, i) => {
      const color = sheet.tabColor ? ` style="--tab-color:${escapeHtml(sheet.tabColor)}"` : '';
      return `<button type="button" class="tab${i === activeIndex ? ' active' : ''}" role="tab" aria-selected="${
        i === activeIndex
      }" aria-controls="sheet-${i}" data-index="${i}"${color}>${escapeHtml(sheet.name)}</button>`;
    })
    .join('');
}

export function renderWorkbook(sheets: ViewSheet[], activeIndex: number): string {
  return sheets.map((sheet, i) => renderSheet(sheet, i, i === activeIndex)).join('');
}

export function renderMenu(entries: MenuEntry[], error?: string): string {
  const out: string[] = [];
  const walk = (items: MenuEntry[], prefix: string) => {
    for (const entry of items) {
      if (entry.type === 'separator') out.push('<span class="menu-sep" role="separator"></span>');
      else if (entry.type === 'submenu') walk(entry.items, `${prefix}${entry.caption} › `);
      else {
        out.push(
          `<button type="button" class="menu-item" data-fn="${escapeHtml(entry.functionName)}" title="Runs ${escapeHtml(
            entry.functionName,
          )}() in dist/Code.js">${escapeHtml(prefix + entry.caption)}</button>`,
        );
      }
    }
  };
  walk(entries, '');
  if (out.length === 0)
    out.push(`<span class="menu-missing">${escapeHtml(error ?? 'No add-on menu was added.')}</span>`);
  return out.join('');
}

export function renderOutbox(entries: OutboxEntry[]): string {
  if (entries.length === 0) {
    return '<p class="outbox-empty">No mail yet. Emails the add-on sends and drafts it creates land here (and as .eml files in outbox/).</p>';
  }
  return [...entries]
    .reverse()
    .map((e) => {
      const kind = e.kind === 'mail' ? 'Sent' : 'Draft';
      const body = e.htmlBody
        ? `<iframe class="mail-html" sandbox="" srcdoc="${escapeHtml(e.htmlBody)}" title="HTML body"></iframe>`
        : `<pre class="mail-text">${escapeHtml(e.body)}</pre>`;
      const when = Number.isFinite(e.date.getTime())
        ? e.date.toISOString().replace('T', ' ').slice(0, 16)
        : '';
      return `<article class="mail" data-kind="${e.kind}">
  <header><span class="mail-kind ${e.kind}">${kind}</span><span class="mail-to">To: ${escapeHtml(e.to)}</span><time>${when} UTC</time></header>
  <div class="mail-subject">${escapeHtml(e.subject)}</div>
  <details><summary>Message</summary>${body}${e.htmlBody ? `<pre class="mail-text">${escapeHtml(e.body)}</pre>` : ''}</details>
</article>`;
    })
    .join('\n');
}

export interface PageModel {
  title: string;
  subtitle: string;
  sheets: ViewSheet[];
  activeIndex: number;
  menuHtml: string;
  outbox: OutboxEntry[];
  version: number;
  sidebarUrl: string;
  sidebarTitle: string;
}

export function renderPage(model: PageModel): string {
  const mailCount = model.outbox.length;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)} – Regulars preview</title>
<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(ICON_SVG)}">
<link rel="stylesheet" href="/__preview/page.css">
</head>
<body>
<header class="doc-header">
  <div class="doc-icon" aria-hidden="true">${ICON_SVG}</div>
  <div class="doc-heading">
    <h1 class="doc-title">${escapeHtml(model.title)}</h1>
    <nav class="menubar" aria-label="Sheets menu (decorative)">
      <span>File</span><span>Edit</span><span>View</span><span>Insert</span><span>Format</span><span>Data</span><span>Tools</span><span class="ext">Extensions</span><span>Help</span>
    </nav>
  </div>
  <div class="preview-note">${escapeHtml(model.subtitle)}</div>
</header>
<div class="addon-bar" role="toolbar" aria-label="Extensions › Regulars">
  <span class="addon-label">Extensions › Regulars</span>
  <span id="menu">${model.menuHtml}</span>
  <span class="spacer"></span>
  <button type="button" id="toggle-sidebar" class="tool" aria-pressed="true">Sidebar</button>
  <button type="button" id="toggle-outbox" class="tool" aria-pressed="false">Outbox <span id="outbox-count" class="count">${mailCount}</span></button>
</div>
<div class="formula-bar">
  <div class="name-box" id="name-box">A1</div>
  <div class="fx" aria-hidden="true">fx</div>
  <div class="formula-text" id="formula-text" aria-label="Formula bar"></div>
</div>
<main class="workspace">
  <div class="grid-area" id="workbook">${renderWorkbook(model.sheets, model.activeIndex)}</div>
  <aside class="sidebar" id="sidebar" aria-label="Add-on sidebar">
    <div class="sidebar-head"><span id="sidebar-title">${escapeHtml(model.sidebarTitle)}</span><button type="button" id="sidebar-close" class="icon" aria-label="Close sidebar">×</button></div>
    <iframe id="sidebar-frame" title="Regulars sidebar" src="${escapeHtml(model.sidebarUrl)}"></iframe>
  </aside>
  <aside class="outbox" id="outbox" aria-label="Outbox" hidden>
    <div class="sidebar-head"><span>Outbox</span><button type="button" id="outbox-close" class="icon" aria-label="Close outbox">×</button></div>
    <div class="outbox-list" id="outbox-list">${renderOutbox(model.outbox)}</div>
  </aside>
</main>
<footer class="tabbar">
  <span class="tab-tools" aria-hidden="true">+</span><span class="tab-tools" aria-hidden="true">☰</span>
  <div class="tabs" id="tabs" role="tablist">${renderTabs(model.sheets, model.activeIndex)}</div>
</footer>
<div class="notices" id="notices" aria-live="polite"></div>
<dialog id="dialog"><div class="dialog-head"><span id="dialog-title"></span><button type="button" class="icon" id="dialog-close" aria-label="Close">×</button></div><iframe id="dialog-frame" title="Dialog"></iframe></dialog>
<script id="boot" type="application/json">${JSON.stringify({ version: model.version }).replace(/</g, '\\u003c')}</script>
<script src="/__preview/page.js"></script>
</body>
</html>`;
}

const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 32" width="24" height="32"><path fill="#0f9d58" d="M15 0H3C1.3 0 0 1.3 0 3v26c0 1.7 1.3 3 3 3h18c1.7 0 3-1.3 3-3V9z"/><path fill="#87ceac" d="M15 0v6c0 1.7 1.3 3 3 3h6z"/><path fill="#fff" d="M5 13h14v12H5zm2 2v2h4v-2zm6 0v2h4v-2zm-6 4v2h4v-2zm6 0v2h4v-2z"/></svg>';
