// Where the send ledger (core/followups/ledger.ts) lives: one JSON text per row under a marker cell,
// in a hidden sheet the add-on creates, and its digest, row count and sheet id in document
// properties. Read with certainty or not at all: `readLedger` throws `LedgerUnreadable` (and the
// caller sends nothing) when the rows no longer match the digest, the sheet is gone, or a row is not
// one the add-on writes.
//
// Resilience to what owners do to a sheet they may find (View → Hidden sheets):
// - rename, move, copy the sheet: it is found by id (a copy has another id);
// - insert or move columns: the column is found by its marker cell in row 1;
// - plain-text or any number format: the rows are JSON texts, written without an apostrophe (the
//   column is formatted as plain text before the first write), which no format changes;
// - edit, delete, insert or sort rows: the digest no longer matches → fail closed.
// Without saved properties (a copy of the spreadsheet, whose properties do not follow it), a ledger
// sheet whose every row is one the add-on writes is adopted; otherwise sending stops.

import { logHeaderIndex, readContactLog } from '../../core/followups/contact-log';
import {
  chainDigest,
  decodeEvent,
  digestOf,
  EMPTY_DIGEST,
  encodeEvent,
  entriesOf,
  type LedgerEntry,
  type LedgerEvent,
} from '../../core/followups/ledger';
import type { LedgerProblem } from '../../core/followups/server-texts';
import { saveDocumentJson } from '../document-json';
import { findOwnedSheet } from '../owned-sheets';
import { gridOf } from '../sheet-env';
import { ensureSize } from '../write-block';
import { serverTexts } from './built-in-templates';
import { ensureFollowUpSheet } from './owned-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const STATE_KEY = 'regulars.followups.ledger';
const ROLE = 'ledger';
/** Row 1 of the ledger column: finds the column, and tells a curious owner what this is. */
const LEDGER_MARK = 'Regulars send ledger: written by the add-on only. Editing it stops all follow-ups.';

/** Thrown when the ledger cannot be read with certainty; `problem` says why (worded by ledger-texts). */
export class LedgerUnreadable extends Error {
  constructor(readonly problem: LedgerProblem) {
    super(serverTexts().ledgerProblems.en[problem]);
  }
}

interface LedgerState {
  sheetId: number;
  /** Event rows covered by `digest`. */
  count: number;
  digest: string;
  /** Event rows already shown in the visible Contact log. */
  reported: number;
  /** The visible Contact log this ledger reports to (a copy of it has another id, and is the owner's). */
  logSheetId?: number;
}

// Not loadDocumentJson: a damaged state must stop every send, never fall back to a default.
function loadState(): LedgerState | undefined {
  const raw = PropertiesService.getDocumentProperties().getProperty(STATE_KEY);
  if (raw === null) return undefined;
  let s: Partial<LedgerState>;
  try {
    s = JSON.parse(raw) as Partial<LedgerState>;
  } catch {
    s = {};
  }
  const int = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  if (
    !int(s.sheetId) ||
    !int(s.count) ||
    !int(s.reported) ||
    typeof s.digest !== 'string' ||
    (s.logSheetId !== undefined && !int(s.logSheetId))
  ) {
    throw new LedgerUnreadable('state');
  }
  return s as LedgerState;
}

function saveState(state: LedgerState): void {
  saveDocumentJson(STATE_KEY, state);
}

/** The ledger column: where the marker sits in row 1 (1-based), or undefined. */
function markerColumn(sheet: Sheet): number | undefined {
  const width = sheet.getLastColumn();
  if (width === 0) return undefined;
  const row = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const i = row.indexOf(LEDGER_MARK);
  return i < 0 ? undefined : i + 1;
}

function rowsOf(sheet: Sheet): string[] | undefined {
  const column = markerColumn(sheet);
  if (column === undefined) return undefined;
  const last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet
    .getRange(2, column, last - 1, 1)
    .getValues()
    .map((r) => (typeof r[0] === 'string' ? r[0] : String(r[0] ?? '')));
}

function decodeAll(rows: readonly string[]): LedgerEvent[] | undefined {
  const events: LedgerEvent[] = [];
  for (const r of rows) {
    const e = decodeEvent(r);
    if (e === undefined) return undefined;
    events.push(e);
  }
  return events;
}

export interface Ledger {
  events: LedgerEvent[];
  entries: LedgerEntry[];
  /** Undefined before the first write (no sheet yet). */
  sheet: Sheet | undefined;
  state: LedgerState | undefined;
  /** Contacts read from a Contact log older than the ledger, to be written into it on the first write. */
  legacy: LedgerEvent[];
}

/** Events of a Contact log written before the ledger existed; throws when it cannot be read. */
function legacyEvents(spreadsheet: Spreadsheet, timeZone: string, nowMs: number): LedgerEvent[] {
  const grid = gridOf(findOwnedSheet(spreadsheet, 'contactLog'));
  const hasRows = grid.some((row) => row.some((v) => v !== '' && v !== null && v !== undefined));
  if (hasRows && logHeaderIndex(serverTexts().logHeaders, grid[0]!) === undefined) {
    throw new LedgerUnreadable('legacy');
  }
  const events: LedgerEvent[] = [];
  let id = 0;
  const { logHeaders, logWords } = serverTexts();
  for (const e of readContactLog(logHeaders, logWords, grid, timeZone)) {
    // A row that names nobody is a note; one whose mode is not a word the add-on writes (the owner
    // typed over it) counts as a send, as the log reads it (contact-log.ts `countsAsContact`).
    if (e.customer === '' && e.email === '') continue;
    id++;
    // A time that cannot be read counts as now for the cool-down: the import never frees anyone.
    const timeMs = e.timeMs ?? nowMs;
    events.push({
      kind: 'attempt',
      id,
      timeMs,
      campaignId: e.campaignId,
      customer: e.customer,
      email: e.email,
      templateId: e.templateId,
      subject: e.subject,
      mode: e.mode ?? 'send',
    });
    if (e.result !== undefined && e.result !== 'pending') {
      events.push({ kind: 'outcome', id, timeMs, result: e.result, detail: e.detail });
    }
  }
  return events;
}

/** The ledger, verified; throws LedgerUnreadable when it cannot be read with certainty. */
export function readLedger(spreadsheet: Spreadsheet, timeZone: string, nowMs: number): Ledger {
  const state = loadState();
  if (state === undefined) {
    const orphan = findOwnedSheet(spreadsheet, ROLE);
    if (orphan === null) {
      const legacy = legacyEvents(spreadsheet, timeZone, nowMs);
      return { events: legacy, entries: entriesOf(legacy, timeZone), sheet: undefined, state, legacy };
    }
    const rows = rowsOf(orphan);
    const events = rows === undefined ? undefined : decodeAll(rows);
    if (rows === undefined || events === undefined) throw new LedgerUnreadable('changed');
    const adopted = {
      sheetId: orphan.getSheetId(),
      count: rows.length,
      digest: digestOf(rows),
      reported: rows.length,
    };
    return { events, entries: entriesOf(events, timeZone), sheet: orphan, state: adopted, legacy: [] };
  }
  const sheet = spreadsheet.getSheetById(state.sheetId);
  if (sheet === null) throw new LedgerUnreadable('missing');
  const rows = rowsOf(sheet);
  if (rows === undefined || rows.length < state.count) throw new LedgerUnreadable('changed');
  if (digestOf(rows.slice(0, state.count)) !== state.digest) throw new LedgerUnreadable('changed');
  // Rows past the count: written by an execution that stopped before saving the digest. Accepted
  // when each is a row the add-on writes (they can only hold more customers back, never free one).
  const events = decodeAll(rows);
  if (events === undefined) throw new LedgerUnreadable('changed');
  const current =
    rows.length === state.count ? state : { ...state, count: rows.length, digest: digestOf(rows) };
  return { events, entries: entriesOf(events, timeZone), sheet, state: current, legacy: [] };
}

/**
 * Appends events to the ledger and saves them (flush, then the digest) before returning. Call only
 * holding the document lock, with the ledger read in that same lock.
 */
export function appendEvents(spreadsheet: Spreadsheet, ledger: Ledger, events: readonly LedgerEvent[]): void {
  if (events.length === 0) return;
  if (ledger.sheet === undefined || ledger.state === undefined) {
    const sheet = ensureFollowUpSheet(spreadsheet, ROLE, 'Regulars ledger', (created) => {
      // Plain text before anything is written: the JSON rows are stored exactly as given.
      created.getRange(1, 1, created.getMaxRows(), 1).setNumberFormat('@');
      created.getRange(1, 1).setValue(LEDGER_MARK);
      created.hideSheet();
    });
    ledger.sheet = sheet;
    ledger.state = { sheetId: sheet.getSheetId(), count: 0, digest: EMPTY_DIGEST, reported: 0 };
    const legacy = ledger.legacy;
    ledger.legacy = [];
    ledger.events = [];
    if (legacy.length > 0) {
      appendEvents(spreadsheet, ledger, legacy);
      ledger.state.reported = ledger.state.count;
      saveState(ledger.state);
    }
  }
  const sheet = ledger.sheet;
  const state = ledger.state;
  const column = markerColumn(sheet);
  if (column === undefined) throw new LedgerUnreadable('changed');
  const texts = events.map(encodeEvent);
  const first = state.count + 2;
  ensureSize(sheet, first + texts.length - 1, column);
  const range = sheet.getRange(first, column, texts.length, 1);
  range.setNumberFormat('@');
  range.setValues(texts.map((t) => [t]));
  SpreadsheetApp.flush();
  let digest = state.digest;
  for (const t of texts) digest = chainDigest(digest, t);
  state.count += texts.length;
  state.digest = digest;
  ledger.events.push(...events);
  saveState(state);
}

/** Records how many event rows the visible Contact log now shows, and which sheet that is. */
export function setReported(ledger: Ledger, reported: number, logSheetId: number): void {
  if (ledger.state === undefined) return;
  ledger.state.reported = reported;
  ledger.state.logSheetId = logSheetId;
  saveState(ledger.state);
}
