// The follow-ups panel, for the sidebar's 'followups' view:
//
//   import { mountFollowUps } from './followups';
//   mountFollowUps(document.getElementById('app')!, 'zh-CN');
//
// or, with another server (tests, the local preview): renderFollowUps(container, server, { language }).
import type { Language } from '../../core/i18n/language';
import { type FollowUpPanel, renderFollowUps } from './panel';
import { googleScriptRunServer } from './server';

export type { FollowUpPanel } from './panel';

/** Renders the follow-ups panel into `container`, talking to the real server through google.script.run. */
export function mountFollowUps(container: HTMLElement, language: Language = 'en'): FollowUpPanel {
  return renderFollowUps(container, googleScriptRunServer(), { language });
}
