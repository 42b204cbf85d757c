// The preview page's script (runs in the browser): tabs, cell selection and formula bar, the add-on
// menu buttons, the sidebar and dialog frames, the outbox drawer and notices. After every call into
// dist/Code.js the workbook is fetched again, so sheets the script writes appear at once.

interface UiEvent {
  type: 'sidebar' | 'dialog' | 'alert' | 'prompt' | 'toast' | 'error' | 'log' | 'warning';
  title?: string;
  message?: string;
  url?: string;
  width?: number;
  height?: number;
}

interface CallOutcome {
  ok: boolean;
  error?: string;
  events: UiEvent[];
  version: number;
}

interface ViewResponse {
  version: number;
  workbookHtml: string;
  tabsHtml: string;
  outboxHtml: string;
  outboxCount: number;
  activeIndex: number;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const workbook = $<HTMLDivElement>('workbook');
const tabs = $<HTMLDivElement>('tabs');
const nameBox = $<HTMLDivElement>('name-box');
const formulaText = $<HTMLDivElement>('formula-text');
const sidebar = $<HTMLElement>('sidebar');
const sidebarFrame = $<HTMLIFrameElement>('sidebar-frame');
const sidebarTitle = $<HTMLSpanElement>('sidebar-title');
const outbox = $<HTMLElement>('outbox');
const outboxList = $<HTMLDivElement>('outbox-list');
const outboxCount = $<HTMLSpanElement>('outbox-count');
const toggleSidebar = $<HTMLButtonElement>('toggle-sidebar');
const toggleOutbox = $<HTMLButtonElement>('toggle-outbox');
const notices = $<HTMLDivElement>('notices');
const dialog = $<HTMLDialogElement>('dialog');
const dialogFrame = $<HTMLIFrameElement>('dialog-frame');
const dialogTitle = $<HTMLSpanElement>('dialog-title');

const boot = JSON.parse($<HTMLScriptElement>('boot').textContent ?? '{}') as { version: number };
let version = boot.version;
let activeSheet = (document.querySelector('.tab.active') as HTMLElement | null)?.textContent ?? '';

// ---- tabs and selection -------------------------------------------------------------------------

/** Tells the server which cell is selected, so SpreadsheetApp.getActiveRange() sees it. */
function reportSelection(range: string): void {
  void fetch('/api/select', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sheet: activeSheet, range }),
  }).catch(() => undefined);
}

/**
 * Puts each chart at its anchor row's top as laid out: the server places it as if every row were
 * 21 px high, but a wrapped cell makes its row taller, and in Sheets a chart stays on its anchor cell.
 */
function placeCharts(section: HTMLElement): void {
  const rows = section.querySelectorAll<HTMLTableRowElement>('tbody tr');
  for (const figure of section.querySelectorAll<HTMLElement>('figure.chart[data-row]')) {
    const row = rows[Number(figure.dataset.row) - 1];
    if (row) figure.style.top = `${row.offsetTop + Number(figure.dataset.dy ?? 0)}px`;
  }
}

function showSheet(index: number): void {
  for (const section of workbook.querySelectorAll<HTMLElement>('.sheet')) {
    section.hidden = section.id !== `sheet-${index}`;
    if (!section.hidden) placeCharts(section);
  }
  for (const tab of tabs.querySelectorAll<HTMLButtonElement>('.tab')) {
    const on = tab.dataset.index === String(index);
    tab.classList.toggle('active', on);
    tab.setAttribute('aria-selected', String(on));
    if (on) activeSheet = tab.textContent ?? '';
  }
  select(null);
}

tabs.addEventListener('click', (event) => {
  const tab = (event.target as HTMLElement).closest<HTMLButtonElement>('.tab');
  if (!tab) return;
  showSheet(Number(tab.dataset.index));
  reportSelection('A1');
});

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

let selected: HTMLTableCellElement | null = null;
function select(cell: HTMLTableCellElement | null): void {
  selected?.classList.remove('sel');
  selected = cell;
  if (!cell) {
    nameBox.textContent = 'A1';
    formulaText.textContent = '';
    return;
  }
  cell.classList.add('sel');
  const row = (cell.parentElement as HTMLTableRowElement).rowIndex; // header row is 0
  const col = cell.cellIndex - 1; // row header is column 0
  nameBox.textContent = `${columnLetters(col)}${row}`;
  formulaText.textContent = cell.dataset.f ?? cell.dataset.v ?? cell.textContent ?? '';
  formulaText.classList.toggle('is-formula', cell.dataset.f !== undefined);
  reportSelection(nameBox.textContent);
}

workbook.addEventListener('click', (event) => {
  const cell = (event.target as HTMLElement).closest('td');
  if (cell) select(cell as HTMLTableCellElement);
});

// ---- refresh ------------------------------------------------------------------------------------

async function refresh(): Promise<void> {
  const response = await fetch('/api/view');
  if (!response.ok) throw new Error(`GET /api/view: ${response.status}`);
  const view = (await response.json()) as ViewResponse;
  version = view.version;
  workbook.innerHTML = view.workbookHtml;
  tabs.innerHTML = view.tabsHtml;
  outboxList.innerHTML = view.outboxHtml;
  outboxCount.textContent = String(view.outboxCount);
  // The server follows every tab the user opens, so its active sheet is this page's unless the
  // script activated another one (insertSheet does, as in Sheets).
  showSheet(view.activeIndex);
  document.body.dataset.version = String(version);
}

// ---- calls and what they show -------------------------------------------------------------------

function notice(kind: string, title: string | undefined, message: string, sticky = false): void {
  const box = document.createElement('div');
  box.className = `notice notice-${kind}`;
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  if (title) {
    const strong = document.createElement('strong');
    strong.textContent = title;
    box.append(strong);
  }
  const text = document.createElement('div');
  text.textContent = message;
  box.append(text);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'icon';
  close.setAttribute('aria-label', 'Dismiss');
  close.textContent = '×';
  close.addEventListener('click', () => box.remove());
  box.append(close);
  notices.append(box);
  if (!sticky) setTimeout(() => box.remove(), 9000);
}

function openSidebar(url: string, title?: string): void {
  sidebarFrame.src = `${url}${url.includes('?') ? '&' : '?'}t=${Date.now()}`;
  sidebarTitle.textContent = title || 'Regulars';
  setPanel('sidebar', true);
}

function setPanel(which: 'sidebar' | 'outbox', open: boolean): void {
  if (which === 'sidebar') {
    sidebar.hidden = !open;
    toggleSidebar.setAttribute('aria-pressed', String(open));
  } else {
    outbox.hidden = !open;
    toggleOutbox.setAttribute('aria-pressed', String(open));
  }
}

function handleEvents(events: UiEvent[]): void {
  for (const event of events) {
    switch (event.type) {
      case 'sidebar':
        if (event.url) openSidebar(event.url, event.title);
        break;
      case 'dialog':
        if (event.url) {
          dialogFrame.src = event.url;
          dialogTitle.textContent = event.title ?? '';
          dialogFrame.style.width = `${event.width || 600}px`;
          dialogFrame.style.height = `${event.height || 400}px`;
          if (!dialog.open) dialog.showModal();
        }
        break;
      case 'alert':
      case 'prompt':
        notice('alert', event.title || 'Alert', event.message ?? '', true);
        break;
      case 'toast':
        notice('toast', event.title, event.message ?? '');
        break;
      case 'error':
        notice('error', 'Error', event.message ?? '', true);
        break;
      case 'warning':
        console.warn(`[Regulars preview] ${event.message}`);
        notice('warning', 'Apps Script would change this value', event.message ?? '');
        break;
      case 'log':
        console.info(`[dist/Code.js] ${event.message}`);
        break;
    }
  }
}

async function afterCall(outcome: CallOutcome): Promise<void> {
  handleEvents(outcome.events);
  if (outcome.version !== version) await refresh();
}

$<HTMLSpanElement>('menu').addEventListener('click', async (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('.menu-item');
  if (!button) return;
  const fn = button.dataset.fn ?? '';
  document.body.dataset.busy = 'true';
  button.disabled = true;
  try {
    const response = await fetch('/api/menu', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ functionName: fn }),
    });
    await afterCall((await response.json()) as CallOutcome);
  } catch (error) {
    notice('error', 'Error', String(error), true);
  } finally {
    button.disabled = false;
    delete document.body.dataset.busy;
  }
});

// Messages from the sidebar and dialog frames (see gas-shim.ts).
window.addEventListener('message', (event) => {
  const data = event.data as { source?: string; action?: string; outcome?: CallOutcome } | null;
  if (data?.source !== 'regulars-preview') return;
  if (data.action === 'server-call' && data.outcome) void afterCall(data.outcome);
  if (data.action === 'close') {
    if (event.source === dialogFrame.contentWindow) dialog.close();
    else setPanel('sidebar', false);
  }
});

toggleSidebar.addEventListener('click', () => setPanel('sidebar', sidebar.hidden !== false));
toggleOutbox.addEventListener('click', () => setPanel('outbox', outbox.hidden !== false));
$<HTMLButtonElement>('sidebar-close').addEventListener('click', () => setPanel('sidebar', false));
$<HTMLButtonElement>('outbox-close').addEventListener('click', () => setPanel('outbox', false));
$<HTMLButtonElement>('dialog-close').addEventListener('click', () => dialog.close());

for (const section of workbook.querySelectorAll<HTMLElement>('.sheet:not([hidden])')) placeCharts(section);
document.body.dataset.version = String(version);
document.body.dataset.ready = 'true';

export {};
