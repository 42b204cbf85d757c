// An in-memory fake of the Apps Script services Regulars uses, for tests.
//
//   const fake = createGasFake({ htmlFiles: { Sidebar: html } });
//   fake.spreadsheet.addSheet('Purchases', [['Customer', 'Date'], ['a@x.com', new Date(...)]]);
//   const uninstall = fake.install();          // globals on globalThis for src/gas modules
//   ... or vm.runInContext(code, fake.vmContext()) for the built dist/Code.js
//
// Behaviour follows the Apps Script reference (https://developers.google.com/apps-script/reference);
// approximations are documented where they are made (see README-like notes in each module):
// - values written with setValue(s)/appendRow are interpreted like typed input (cell.ts): '=...'
//   and non-numeric '+...'/'-...' become formulas (stored, never evaluated: getValues returns the
//   text, getFormulas the formula), "'" forces text, numbers/TRUE/FALSE/ISO dates are parsed;
// - getDisplayValues covers common number and date formats in en_US style (display.ts);
// - enum values are their names as strings ('OK', 'NONE', 'PIE', ...);
// - locks, quotas and caches use the fake clock; nothing sleeps.
import { createContext, runInContext } from 'node:vm';
import { FakeCacheService } from './cache';
import type { CellValue } from './cell';
import { type AuthModeName, FakeClock, FakeEnv, type FakeFaults } from './env';
import { FakeGmailAdvanced } from './gmail-advanced';
import { FakeHtmlService } from './html';
import { FakeLockControl, FakeLockService } from './lock';
import { FakeGmailApp, FakeMailApp, FakeOutbox } from './mail';
import { FakePropertiesService } from './properties';
import type { ManifestLike } from './scopes';
import { FakeLogger, FakeScriptApp, type LogEntry, makeCharts, makeConsole } from './script';
import { FakeSession, type SessionSettings } from './session';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { FakeUi } from './ui';
import { FakeUtilities } from './utilities';

export type { CellValue } from './cell';
export type { FakeEmbeddedChart } from './chart';

export type { OutboxEntry } from './mail';

export type { LogEntry } from './script';

export type { MenuEntry } from './ui';

export interface GasFakeOptions {
  /** Spreadsheet time zone (default 'America/New_York'). */
  timeZone?: string;
  /** Script project time zone, Session.getScriptTimeZone() (default: same as timeZone). */
  scriptTimeZone?: string;
  /** Spreadsheet locale (default 'en_US'). */
  locale?: string;
  /** Session.getActiveUserLocale() (default 'en'). */
  userLocale?: string;
  /** Active and effective user (default 'owner@example.com'). */
  userEmail?: string;
  /** Daily email recipient quota (default 100, a consumer account). */
  mailQuota?: number;
  /** Project HTML files for HtmlService.createHtmlOutputFromFile, by name ('Sidebar'). */
  htmlFiles?: Record<string, string>;
  /** Start of the fake clock (default 2025-01-15T15:00:00Z). */
  now?: Date | string | number;
  /** Spreadsheet name and id. */
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Name of the sheet a new spreadsheet has (default 'Sheet1'); null for none. */
  defaultSheet?: string | null;
  /** Interpret written strings like typed input (default true; see cell.ts). */
  parseUserEntered?: boolean;
  /** Caption recorded for the add-on menu (default 'Regulars'). */
  addonName?: string;
  /** Echo Logger/console output to stdout (default false: recorded only). */
  echoLogs?: boolean;
  /**
   * The project's appsscript.json. With one, every faked call needing a scope its `oauthScopes`
   * lacks throws Apps Script's authorization error (scopes.ts), and the Gmail advanced service
   * exists only when `dependencies.enabledAdvancedServices` enables it. Without: nothing is
   * checked and `Gmail` exists.
   */
  manifest?: ManifestLike;
}

/** The globals Apps Script code sees. */
interface GasGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  MailApp: GoogleAppsScript.Mail.MailApp;
  GmailApp: GoogleAppsScript.Gmail.GmailApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Charts: GoogleAppsScript.Charts.Charts;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
  /** The Gmail advanced service; undefined when the manifest does not enable it. */
  Gmail?: GoogleAppsScript.Gmail;
}

export interface GasFake {
  globals: GasGlobals;
  clock: FakeClock;
  /** The active spreadsheet: the Spreadsheet API plus helpers (addSheet, sheet, values, toasts). */
  spreadsheet: FakeSpreadsheet;
  /** Recorded menus, sidebars, dialogs, alerts, prompts; queues for alert/prompt answers. */
  ui: FakeUi;
  /** Sent mails and drafts; quota and failure controls. */
  outbox: FakeOutbox;
  /** Simulate other executions holding locks; inspect lock use. */
  lock: FakeLockControl;
  properties: FakePropertiesService;
  cache: FakeCacheService;
  html: FakeHtmlService;
  session: SessionSettings;
  script: FakeScriptApp;
  spreadsheetApp: FakeSpreadsheetApp;
  utilities: FakeUtilities;
  /** Logger.log and console.* output. */
  logs: LogEntry[];
  /** Selects `a1` on the named sheet (makes it the active sheet and range). */
  setActiveRange(sheetName: string, a1: string): GoogleAppsScript.Spreadsheet.Range;
  /**
   * Sets the auth mode the code runs in. In 'NONE' (onOpen before authorization) the fake throws
   * "You do not have permission to call X" for SpreadsheetApp.getActive*, PropertiesService,
   * CacheService, LockService, MailApp, GmailApp and Session users; the Ui and
   * Session.getActiveUserLocale still work. In 'CUSTOM_FUNCTION' only MailApp/GmailApp and getUi()
   * throw (sheet writes are not blocked). Default 'FULL'.
   */
  setAuthMode(mode: AuthModeName): void;
  /** An onOpen event object for the given auth mode (default 'LIMITED'). */
  onOpenEvent(authMode?: AuthModeName): GoogleAppsScript.Events.SheetsOnOpen;
  /** Puts the globals on globalThis; returns a function restoring what was there. */
  install(): () => void;
  /**
   * A fresh object holding only the globals, already a node:vm context (createContext on it again
   * returns it). From then on the fake creates Dates and Errors of that context's realm, so code
   * in it sees `instanceof Date` / `instanceof Error` work.
   */
  vmContext(): Record<string, unknown>;
  /** Values of a sheet's data range (shortcut for spreadsheet.values). */
  values(sheetName: string): CellValue[][];
  /** Simulated crashes at a chosen checkpoint (see FakeFaults in env.ts). */
  faults: FakeFaults;
}

const DEFAULT_NOW = '2025-01-15T15:00:00.000Z';

export function createGasFake(options: GasFakeOptions = {}): GasFake {
  const clock = new FakeClock(options.now ?? DEFAULT_NOW);
  const env = new FakeEnv(clock);
  const timeZone = options.timeZone ?? 'America/New_York';
  const userEmail = options.userEmail ?? 'owner@example.com';
  const session: SessionSettings = {
    activeUserEmail: userEmail,
    effectiveUserEmail: userEmail,
    scriptTimeZone: options.scriptTimeZone ?? timeZone,
    userLocale: options.userLocale ?? 'en',
  };
  const spreadsheet = new FakeSpreadsheet(env, {
    id: options.spreadsheetId ?? 'fake-spreadsheet-id',
    name: options.spreadsheetName ?? 'Regulars test spreadsheet',
    timeZone,
    locale: options.locale ?? 'en_US',
    parseUserEntered: options.parseUserEntered ?? true,
    defaultSheet: options.defaultSheet === undefined ? 'Sheet1' : options.defaultSheet,
  });
  const ui = new FakeUi(env, options.addonName ?? 'Regulars');
  const spreadsheetApp = new FakeSpreadsheetApp(spreadsheet, ui);
  const html = new FakeHtmlService(env, { ...(options.htmlFiles ?? {}) });
  const properties = new FakePropertiesService(env);
  const lock = new FakeLockControl(env);
  const lockService = new FakeLockService(env, lock);
  const cache = new FakeCacheService(env);
  const outbox = new FakeOutbox(env, options.mailQuota ?? 100);
  const mailApp = new FakeMailApp(env, outbox);
  const gmailApp = new FakeGmailApp(env, outbox, () => session.effectiveUserEmail);
  const sessionFake = new FakeSession(env, session);
  const utilities = new FakeUtilities(env);
  const script = new FakeScriptApp(env);
  const logs: LogEntry[] = [];
  const echo = options.echoLogs ?? false;
  const manifest = options.manifest;
  if (manifest?.oauthScopes !== undefined) env.scopes = new Set(manifest.oauthScopes);
  const gmailEnabled =
    manifest === undefined ||
    (manifest.dependencies?.enabledAdvancedServices ?? []).some((s) => s.userSymbol === 'Gmail');

  const globals: GasGlobals = {
    SpreadsheetApp: spreadsheetApp.api,
    HtmlService: html.api,
    PropertiesService: properties.api,
    LockService: lockService.api,
    CacheService: cache.api,
    Session: sessionFake.api,
    Utilities: utilities.api,
    MailApp: mailApp.api,
    GmailApp: gmailApp.api,
    ScriptApp: script.api,
    Charts: makeCharts(),
    Logger: new FakeLogger(logs, echo).api,
    console: makeConsole(env, logs, echo),
  };
  if (gmailEnabled) globals.Gmail = new FakeGmailAdvanced(env, outbox) as unknown as GoogleAppsScript.Gmail;

  return {
    globals,
    clock,
    spreadsheet,
    ui,
    outbox,
    lock,
    properties,
    cache,
    html,
    session,
    script,
    spreadsheetApp,
    utilities,
    logs,
    setActiveRange(sheetName, a1) {
      const range = spreadsheet.sheet(sheetName).rangeFromA1(a1);
      spreadsheet.activate(range.sheet, range);
      return range.api;
    },
    setAuthMode(mode) {
      env.authMode = mode;
    },
    onOpenEvent(authMode = 'LIMITED') {
      const event = { authMode, source: spreadsheet.api, user: undefined };
      return event as unknown as GoogleAppsScript.Events.SheetsOnOpen;
    },
    install() {
      const target = globalThis as Record<string, unknown>;
      const saved = new Map<string, PropertyDescriptor | undefined>();
      for (const [key, value] of Object.entries(globals)) {
        saved.set(key, Object.getOwnPropertyDescriptor(target, key));
        Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
      }
      return () => {
        for (const [key, descriptor] of saved) {
          if (descriptor) Object.defineProperty(target, key, descriptor);
          else delete target[key];
        }
      };
    },
    vmContext() {
      const context: Record<string, unknown> = { ...globals };
      createContext(context);
      env.DateCtor = runInContext('Date', context) as DateConstructor;
      env.ErrorCtor = runInContext('Error', context) as ErrorConstructor;
      return context;
    },
    values(sheetName) {
      return spreadsheet.values(sheetName);
    },
    faults: env.faults,
  };
}
