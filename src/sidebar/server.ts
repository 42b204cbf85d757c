// Typed calls to the server. The names and types come from src/gas/main.ts itself, so renaming or
// changing a server function breaks the sidebar's build, not the owner's sidebar at run time.
import type * as Main from '../gas/main';

type Server = typeof Main;

/** The server functions the sidebar calls (each a top-level function of dist/Code.js). */
export const SERVER_FUNCTIONS = [
  'getOverview',
  'getSelectedCustomer',
  'getCustomerCard',
  'getColumnSetup',
  'saveColumnSetup',
  'resetColumnSetup',
  'analyzeFromSidebar',
  'insertSample',
  'getCustomerFollowUp',
  'releaseFollowUpDrafts',
  'markFollowUpDraftsSent',
  'unsubscribeCustomer',
  'saveModelChoice',
] as const satisfies readonly (keyof Server)[];

export type ServerFunction = (typeof SERVER_FUNCTIONS)[number];
export type Result<K extends ServerFunction> = ReturnType<Server[K]>;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
}

declare const google: { script: { run: ScriptRun } };

export function call<K extends ServerFunction>(name: K, ...args: Parameters<Server[K]>): Promise<Result<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Result<K>))
      .withFailureHandler(reject) as unknown as Record<K, (...a: unknown[]) => void>;
    runner[name](...args);
  });
}
