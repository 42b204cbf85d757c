// The follow-up server functions as promises, typed from src/gas/main.ts itself: renaming or changing
// a server function breaks this build, not the owner's sidebar at run time (STYLE.md §3).
import type { FollowUpSettingsInput } from '../../core/followups/followup-settings';
import type { BatchRequest, DraftActionRequest, PreviewRequest, TestRequest } from '../../gas/followups/api';
import type * as Main from '../../gas/main';

type MainModule = typeof Main;

/** The server functions the follow-ups panel calls. */
const FOLLOW_UP_FUNCTIONS = [
  'getFollowUpOptions',
  'previewFollowUps',
  'createFollowUpDrafts',
  'sendFollowUpTest',
  'sendFollowUps',
  'saveFollowUpSettings',
  'openFollowUpTemplates',
  'releaseFollowUpDrafts',
  'markFollowUpDraftsSent',
  'unsubscribeCustomer',
] as const satisfies readonly (keyof MainModule)[];

type FollowUpFunction = (typeof FOLLOW_UP_FUNCTIONS)[number];

/**
 * What the client sends to each function. The server declares its parameters `unknown` (it validates
 * every request with zod); these are the shapes it accepts.
 */
interface FollowUpArgs {
  getFollowUpOptions: [];
  previewFollowUps: [request: PreviewRequest];
  createFollowUpDrafts: [request: BatchRequest];
  sendFollowUpTest: [request: TestRequest];
  sendFollowUps: [request: BatchRequest];
  saveFollowUpSettings: [settings: FollowUpSettingsInput];
  openFollowUpTemplates: [];
  releaseFollowUpDrafts: [request: DraftActionRequest];
  markFollowUpDraftsSent: [request: DraftActionRequest];
  unsubscribeCustomer: [customerKey: string];
}

/** Each function with its arguments and, as a promise, the result the server function returns. */
export type FollowUpServer = {
  [K in FollowUpFunction]: (...args: FollowUpArgs[K]) => Promise<ReturnType<MainModule[K]>>;
};

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

function scriptRun(): ScriptRun {
  const google = (globalThis as { google?: { script?: { run?: ScriptRun } } }).google;
  const run = google?.script?.run;
  if (run === undefined) throw new Error('google.script.run is not available outside Google Sheets.');
  return run;
}

function errorOf(error: unknown): Error {
  if (error instanceof Error) return error;
  const message =
    typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  return new Error(message);
}

/** The real server, through google.script.run. */
export function googleScriptRunServer(): FollowUpServer {
  const server = {} as Record<FollowUpFunction, (...args: unknown[]) => Promise<unknown>>;
  for (const name of FOLLOW_UP_FUNCTIONS) {
    server[name] = (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const runner = scriptRun()
          .withSuccessHandler(resolve)
          .withFailureHandler((error) => reject(errorOf(error)));
        (runner[name] as (...a: unknown[]) => void)(...args);
      });
  }
  return server as unknown as FollowUpServer;
}
