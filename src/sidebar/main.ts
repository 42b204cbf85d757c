// The sidebar: tabs for the overview, the customer card, the column setup and the follow-ups, plus
// the sample-data and help pages the menu opens. The server writes the start view and language into
// <body data-start="view language"> (src/gas/sidebar.ts).
import { TAB_VIEWS, type View, type ViewContext } from './context';
import { h, replace } from './dom';
import { isLanguage, TEXTS } from './i18n';
import { renderCard } from './views/card';
import { renderFollowUps } from './views/followups';
import { renderHelp } from './views/help';
import { renderOverview } from './views/overview';
import { renderSample } from './views/sample';
import { renderSetup } from './views/setup';

const RENDERERS: Record<View, (ctx: ViewContext) => void> = {
  overview: renderOverview,
  card: renderCard,
  setup: renderSetup,
  followups: renderFollowUps,
  sample: renderSample,
  help: renderHelp,
};

function start(): void {
  const [startView = 'overview', lang = 'en'] = (document.body.dataset.start ?? '').split(' ');
  const language = isLanguage(lang) ? lang : 'en';
  const t = TEXTS[language];
  document.documentElement.lang = language;

  const tabs = TAB_VIEWS.map((view) =>
    h(
      'button',
      {
        class: 'tab',
        attrs: {
          role: 'tab',
          id: `tab-${view}`,
          'aria-controls': 'view',
          'aria-selected': 'false',
          tabindex: -1,
        },
        on: { click: () => go(view) },
      },
      t.tabs[view],
    ),
  );
  const tablist = h('nav', { class: 'tabs', attrs: { role: 'tablist', 'aria-label': 'Regulars' } }, ...tabs);
  tablist.addEventListener('keydown', (event) => {
    const i = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const keys: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowLeft: i - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = (next + tabs.length) % tabs.length;
    tabs[target]!.focus();
    go(TAB_VIEWS[target]!);
  });
  const statusLine = h('div', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const viewRoot = h('main', { class: 'view', attrs: { id: 'view', role: 'tabpanel', tabindex: -1 } });
  const helpLink = h('button', { class: 'link', on: { click: () => go('help') } }, t.help);
  const app = document.getElementById('app') ?? document.body;
  replace(app, tablist, statusLine, viewRoot, h('footer', { class: 'footer' }, helpLink));

  let generation = 0;
  let cleanups: (() => void)[] = [];

  function go(view: View): void {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
    generation++;
    const mine = generation;
    tabs.forEach((tab, i) => {
      const on = TAB_VIEWS[i] === view;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on || (!TAB_VIEWS.includes(view as never) && i === 0) ? 0 : -1;
      tab.classList.toggle('active', on);
    });
    viewRoot.setAttribute('aria-labelledby', `tab-${view}`);
    viewRoot.replaceChildren();
    statusLine.replaceChildren();
    statusLine.className = 'status';
    RENDERERS[view]({
      root: viewRoot,
      language,
      t,
      status(message, kind = 'info') {
        if (mine !== generation) return;
        statusLine.className = `status ${message ? kind : ''}`;
        replace(statusLine, message);
      },
      go,
      isCurrent: () => mine === generation,
      onLeave: (cleanup) => cleanups.push(cleanup),
    });
  }

  go((Object.keys(RENDERERS) as View[]).includes(startView as View) ? (startView as View) : 'overview');
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
