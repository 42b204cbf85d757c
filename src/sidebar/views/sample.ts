// Insert sample data: sends the bundled tea-shop workbook to the server, then shows the overview.
import { errorText, type ViewContext } from '../context';
import { h, replace } from '../dom';
import { fmt } from '../i18n';
import { sampleUpload } from '../sample-upload';
import { call } from '../server';
import { button, loading } from './widgets';

export function renderSample(ctx: ViewContext): void {
  const { t, root } = ctx;
  replace(root, loading(t.sampleInserting));
  call('insertSample', sampleUpload())
    .then((result) => {
      if (!ctx.isCurrent()) return;
      ctx.go('overview');
      ctx.status(fmt(t.sampleDone, { sheets: result.sheets.join(', '), date: result.asOf }));
    })
    .catch((error: unknown) => {
      if (!ctx.isCurrent()) return;
      replace(
        root,
        h(
          'p',
          null,
          button(t.insertSample, () => renderSample(ctx), 'primary'),
        ),
      );
      ctx.status(errorText(ctx, error), 'error');
    });
}
