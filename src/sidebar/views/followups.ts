// Follow-ups: the panel of src/sidebar/followups/ (issue 6), mounted in this view and removed when the
// owner moves to another tab.

import type { ViewContext } from '../context';
import { mountFollowUps } from '../followups';

export function renderFollowUps(ctx: ViewContext): void {
  const container = document.createElement('div');
  ctx.root.replaceChildren(container);
  const panel = mountFollowUps(container, ctx.language);
  ctx.onLeave(() => panel.destroy());
}
