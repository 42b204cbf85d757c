// Fake ScriptApp (enums and authorization info), Charts (enums), Logger and console.
import { type FakeEnv, makeEnum, withStubs } from './env';

type ScriptApi = GoogleAppsScript.Script.ScriptApp;

export class FakeScriptApp
  implements
    Pick<
      ScriptApi,
      | 'AuthMode'
      | 'AuthorizationStatus'
      | 'EventType'
      | 'TriggerSource'
      | 'getAuthorizationInfo'
      | 'getScriptId'
      | 'getProjectTriggers'
    >
{
  readonly api: ScriptApi;
  readonly AuthMode = makeEnum<typeof GoogleAppsScript.Script.AuthMode>(
    'NONE',
    'CUSTOM_FUNCTION',
    'LIMITED',
    'FULL',
  );
  readonly AuthorizationStatus = makeEnum<typeof GoogleAppsScript.Script.AuthorizationStatus>(
    'REQUIRED',
    'NOT_REQUIRED',
  );
  readonly EventType = makeEnum<typeof GoogleAppsScript.Script.EventType>(
    'CLOCK',
    'ON_OPEN',
    'ON_EDIT',
    'ON_FORM_SUBMIT',
    'ON_CHANGE',
    'ON_EVENT_UPDATED',
  );
  readonly TriggerSource = makeEnum<typeof GoogleAppsScript.Script.TriggerSource>(
    'SPREADSHEETS',
    'CLOCK',
    'FORMS',
    'DOCUMENTS',
    'CALENDAR',
  );
  /** What getAuthorizationInfo(...).getAuthorizationStatus() reports. */
  authorizationRequired = false;
  scriptId = 'fake-script-id';

  constructor(private readonly env: FakeEnv) {
    this.api = withStubs<FakeScriptApp, ScriptApi>(this, 'ScriptApp');
  }

  getAuthorizationInfo(
    _authMode: GoogleAppsScript.Script.AuthMode,
  ): GoogleAppsScript.Script.AuthorizationInfo {
    const required = this.authorizationRequired;
    return {
      getAuthorizationStatus: () =>
        (required ? 'REQUIRED' : 'NOT_REQUIRED') as unknown as GoogleAppsScript.Script.AuthorizationStatus,
      getAuthorizationUrl: () => (required ? 'https://script.google.com/macros/d/fake/authorize' : ''),
    } as GoogleAppsScript.Script.AuthorizationInfo;
  }
  getScriptId(): string {
    return this.scriptId;
  }
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    this.env.requireAuth('ScriptApp.getProjectTriggers');
    return [];
  }
}

/** Charts: only the enums embedded-chart code needs. */
export function makeCharts(): GoogleAppsScript.Charts.Charts {
  const charts = {
    ChartType: makeEnum<typeof GoogleAppsScript.Charts.ChartType>(
      'TIMELINE',
      'AREA',
      'BAR',
      'BUBBLE',
      'CANDLESTICK',
      'COLUMN',
      'COMBO',
      'GAUGE',
      'GEO',
      'HISTOGRAM',
      'RADAR',
      'LINE',
      'ORG',
      'PIE',
      'SCATTER',
      'SPARKLINE',
      'STEPPED_AREA',
      'TABLE',
      'TREEMAP',
      'WATERFALL',
    ),
    Position: makeEnum<typeof GoogleAppsScript.Charts.Position>('TOP', 'RIGHT', 'BOTTOM', 'NONE'),
    ChartMergeStrategy: makeEnum<typeof GoogleAppsScript.Charts.ChartMergeStrategy>(
      'MERGE_COLUMNS',
      'MERGE_ROWS',
    ),
    ChartHiddenDimensionStrategy: makeEnum<typeof GoogleAppsScript.Charts.ChartHiddenDimensionStrategy>(
      'IGNORE_BOTH',
      'IGNORE_ROWS',
      'IGNORE_COLUMNS',
      'SHOW_BOTH',
    ),
  };
  return withStubs<typeof charts, GoogleAppsScript.Charts.Charts>(charts, 'Charts');
}

export interface LogEntry {
  /** 'Logger' for Logger.log, else the console method. */
  source: 'Logger' | 'log' | 'info' | 'warn' | 'error' | 'time';
  message: string;
}

function render(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first === 'string' && /%[sdifoj%]/.test(first)) {
    let i = 0;
    return first.replace(/%([sdifoj%])/g, (_m, t: string) => {
      if (t === '%') return '%';
      const v = rest[i++];
      return t === 'o' || t === 'j' ? JSON.stringify(v) : String(v);
    });
  }
  return args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ');
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

type LoggerApi = GoogleAppsScript.Base.Logger;

export class FakeLogger implements Pick<LoggerApi, 'log' | 'getLog' | 'clear'> {
  readonly api: LoggerApi;

  constructor(
    private readonly logs: LogEntry[],
    private readonly echo: boolean,
  ) {
    this.api = withStubs<FakeLogger, LoggerApi>(this, 'Logger');
  }

  log(...args: unknown[]): LoggerApi {
    const message = render(args);
    this.logs.push({ source: 'Logger', message });
    if (this.echo) process.stdout.write(`[Logger] ${message}\n`);
    return this.api;
  }
  getLog(): string {
    return this.logs
      .filter((l) => l.source === 'Logger')
      .map((l) => l.message)
      .join('\n');
  }
  clear(): void {
    for (let i = this.logs.length - 1; i >= 0; i--)
      if (this.logs[i]?.source === 'Logger') this.logs.splice(i, 1);
  }
}

/** A console that records into the fake's log (and echoes to stdout when asked). */
export function makeConsole(env: FakeEnv, logs: LogEntry[], echo: boolean): Console {
  const timers = new Map<string, number>();
  const write =
    (source: LogEntry['source']) =>
    (...args: unknown[]) => {
      const message = render(args);
      logs.push({ source, message });
      if (echo) process.stdout.write(`[console.${source}] ${message}\n`);
    };
  const fake = {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    debug: write('log'),
    time: (label: string) => {
      timers.set(label, env.clock.nowMs());
    },
    timeEnd: (label: string) => {
      const start = timers.get(label);
      timers.delete(label);
      logs.push({
        source: 'time',
        message: `${label}: ${start === undefined ? 0 : env.clock.nowMs() - start}ms`,
      });
    },
  };
  return fake as unknown as Console;
}
