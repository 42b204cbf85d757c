// Fake Ui: records menus, sidebars, dialogs, alerts and prompts for assertions; alert/prompt answers
// come from queues a test fills.
import { type FakeEnv, internalOf, makeEnum, withStubs } from './env';
import { FakeHtmlOutput } from './html';

type UiApi = GoogleAppsScript.Base.Ui;
type MenuApi = GoogleAppsScript.Base.Menu;
type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface RecordedMenu {
  /** 'addon' for createAddonMenu(), 'custom' for createMenu(caption). */
  kind: 'addon' | 'custom';
  /** The caption given to createMenu; the add-on's name for the add-on menu. */
  caption: string;
  items: MenuEntry[];
}

export interface RecordedHtml {
  output: FakeHtmlOutput;
  title: string;
  content: string;
  width: number;
  height: number;
}

export interface RecordedDialog extends RecordedHtml {
  modal: boolean;
}

export interface RecordedAlert {
  title: string | null;
  prompt: string;
  buttons: string;
  response: string;
}

export interface RecordedPrompt extends RecordedAlert {
  text: string;
}

type MenuMethods = 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi';

class FakeMenu implements Pick<MenuApi, MenuMethods> {
  readonly api: MenuApi;
  readonly items: MenuEntry[] = [];

  constructor(
    private readonly ui: FakeUi,
    readonly kind: 'addon' | 'custom',
    readonly caption: string,
  ) {
    this.api = withStubs<FakeMenu, MenuApi>(this, 'Menu');
  }

  addItem(caption: string, functionName: string): MenuApi {
    if (typeof functionName !== 'string' || functionName === '') {
      throw this.ui.env.error('fake: Menu.addItem needs the name of a global function');
    }
    this.items.push({ type: 'item', caption, functionName });
    return this.api;
  }
  addSeparator(): MenuApi {
    this.items.push({ type: 'separator' });
    return this.api;
  }
  addSubMenu(menu: MenuApi): MenuApi {
    const sub = internalOf(menu, FakeMenu, 'Menu');
    this.items.push({ type: 'submenu', caption: sub.caption, items: sub.items });
    return this.api;
  }
  /** Adds (or replaces, for the same kind and caption) the menu in the recorded UI. */
  addToUi(): void {
    const record: RecordedMenu = {
      kind: this.kind,
      caption: this.caption,
      items: this.items.map(cloneEntry),
    };
    const i = this.ui.menus.findIndex((m) => m.kind === this.kind && m.caption === this.caption);
    if (i >= 0) this.ui.menus[i] = record;
    else this.ui.menus.push(record);
  }
}

function cloneEntry(e: MenuEntry): MenuEntry {
  return e.type === 'submenu' ? { ...e, items: e.items.map(cloneEntry) } : { ...e };
}

type UiMethods =
  | 'Button'
  | 'ButtonSet'
  | 'alert'
  | 'prompt'
  | 'createAddonMenu'
  | 'createMenu'
  | 'showSidebar'
  | 'showModalDialog'
  | 'showModelessDialog';

const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class FakeUi implements Pick<UiApi, UiMethods> {
  readonly api: UiApi;
  readonly Button = makeEnum<typeof GoogleAppsScript.Base.Button>('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
  readonly ButtonSet = makeEnum<typeof GoogleAppsScript.Base.ButtonSet>(
    'OK',
    'OK_CANCEL',
    'YES_NO',
    'YES_NO_CANCEL',
  );
  /** Menus added with addToUi(), in order. */
  readonly menus: RecordedMenu[] = [];
  readonly sidebars: RecordedHtml[] = [];
  readonly dialogs: RecordedDialog[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly prompts: RecordedPrompt[] = [];
  /** When false, SpreadsheetApp.getUi() throws (e.g. time-driven triggers have no UI). */
  available = true;
  private readonly alertAnswers: string[] = [];
  private readonly promptAnswers: { button: string; text: string }[] = [];

  constructor(
    readonly env: FakeEnv,
    /** Caption recorded for the add-on menu (the add-on's name). */
    readonly addonName: string,
  ) {
    this.api = withStubs<FakeUi, UiApi>(this, 'Ui');
  }

  // ---- test controls ----

  /** Queues the buttons the next alerts are answered with ('YES', 'NO', 'CANCEL', 'CLOSE', 'OK'). */
  answerAlerts(...buttons: string[]): void {
    this.alertAnswers.push(...buttons);
  }
  /** Queues the next prompt answers. */
  answerPrompts(...answers: { button: string; text?: string }[]): void {
    this.promptAnswers.push(...answers.map((a) => ({ button: a.button, text: a.text ?? '' })));
  }
  /** The add-on menu, if added. */
  addonMenu(): RecordedMenu | undefined {
    return this.menus.find((m) => m.kind === 'addon');
  }
  /** Items of a menu (default: the add-on menu), flattened through sub-menus, separators dropped. */
  menuItems(menu: RecordedMenu | undefined = this.addonMenu()): { caption: string; functionName: string }[] {
    const out: { caption: string; functionName: string }[] = [];
    const walk = (items: MenuEntry[]) => {
      for (const e of items) {
        if (e.type === 'item') out.push({ caption: e.caption, functionName: e.functionName });
        else if (e.type === 'submenu') walk(e.items);
      }
    };
    if (menu) walk(menu.items);
    return out;
  }
  lastSidebar(): RecordedHtml | undefined {
    return this.sidebars[this.sidebars.length - 1];
  }
  lastDialog(): RecordedDialog | undefined {
    return this.dialogs[this.dialogs.length - 1];
  }
  lastAlert(): RecordedAlert | undefined {
    return this.alerts[this.alerts.length - 1];
  }

  // ---- Ui API ----

  createAddonMenu(): MenuApi {
    return new FakeMenu(this, 'addon', this.addonName).api;
  }
  createMenu(caption: string): MenuApi {
    return new FakeMenu(this, 'custom', caption).api;
  }

  private record(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string | null): RecordedHtml {
    const out = internalOf(userInterface, FakeHtmlOutput, 'HtmlOutput');
    return {
      output: out,
      title: title ?? out.title,
      content: out.content,
      width: out.getWidth(),
      height: out.getHeight(),
    };
  }
  /** Records the sidebar. Apps Script sidebars are 300 px wide whatever setWidth says. */
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.env.requireScopes('Ui.show');
    const rec = this.record(userInterface, null);
    this.sidebars.push({ ...rec, width: 300 });
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.env.requireScopes('Ui.show');
    this.dialogs.push({ ...this.record(userInterface, title), modal: true });
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.env.requireScopes('Ui.show');
    this.dialogs.push({ ...this.record(userInterface, title), modal: false });
  }

  private parseDialogArgs(a: string, b?: string | ButtonSet, c?: ButtonSet) {
    if (c !== undefined) return { title: a, prompt: String(b), buttons: String(c) };
    if (b !== undefined) return { title: null, prompt: a, buttons: String(b) };
    return { title: null, prompt: a, buttons: 'OK' };
  }

  /**
   * Records the alert and returns the next queued answer; with none queued, the affirmative button
   * of the set (OK, or YES for YES_NO / YES_NO_CANCEL). A queued answer not in the set throws.
   */
  alert(a: string, b?: string | ButtonSet, c?: ButtonSet): Button {
    const args = this.parseDialogArgs(a, b, c);
    const allowed = [...(BUTTONS_OF[args.buttons] ?? ['OK']), 'CLOSE'];
    const response = this.alertAnswers.shift() ?? allowed[0]!;
    if (!allowed.includes(response)) {
      throw new Error(`fake: queued alert answer ${response} is not in ButtonSet ${args.buttons}`);
    }
    this.alerts.push({ ...args, response });
    return response as unknown as Button;
  }

  /** Records the prompt; answers from answerPrompts(), default the affirmative button and ''. */
  prompt(a: string, b?: string | ButtonSet, c?: ButtonSet): GoogleAppsScript.Base.PromptResponse {
    const args = this.parseDialogArgs(a, b, c);
    const allowed = [...(BUTTONS_OF[args.buttons] ?? ['OK']), 'CLOSE'];
    const answer = this.promptAnswers.shift() ?? { button: allowed[0]!, text: '' };
    if (!allowed.includes(answer.button)) {
      throw new Error(`fake: queued prompt answer ${answer.button} is not in ButtonSet ${args.buttons}`);
    }
    this.prompts.push({ ...args, response: answer.button, text: answer.text });
    return {
      getResponseText: () => answer.text,
      getSelectedButton: () => answer.button as unknown as Button,
    };
  }
}
