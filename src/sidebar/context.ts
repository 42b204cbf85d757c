import type { Language } from '../core/i18n/language';
import type { SidebarTexts } from './i18n';

export type View = 'overview' | 'card' | 'setup' | 'followups' | 'sample' | 'help';
export const TAB_VIEWS = ['overview', 'card', 'setup', 'followups'] as const satisfies readonly View[];

/** What a view gets from the shell. */
export interface ViewContext {
  /** The view's own area: empty when the view is shown. */
  root: HTMLElement;
  language: Language;
  t: SidebarTexts;
  /** Shows a message in the status line (polite live region); '' clears it. */
  status(message: string, kind?: 'info' | 'error'): void;
  go(view: View): void;
  /** False once the owner has moved to another view: late answers are dropped. */
  isCurrent(): boolean;
  /** Registers a clean-up run when the view is left (timers). */
  onLeave(cleanup: () => void): void;
}

/** An error from google.script.run as one readable line. */
export function errorText(ctx: ViewContext, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return ctx.t.errorPrefix + message;
}
