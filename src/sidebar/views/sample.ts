// Insert sample data: sends the bundled tea-shop workbook to the server. The first time the server
// only creates sheets (beside the owner's own data, only once the owner said yes to the sheets it
// names); when the sample is there already it changes nothing and says which of its
// sheets it would replace (those the owner has not changed) and which it keeps, and the owner decides.
import { errorText, type ViewContext } from '../context';
import { h, replace } from '../dom';
import { fmt } from '../i18n';
import { sampleUpload } from '../sample-upload';
import { call } from '../server';
import { button, loading } from './widgets';

export function renderSample(ctx: ViewContext, replaceOwn = false): void {
  const { t, root } = ctx;
  replace(root, loading(t.sampleInserting));
  call('insertSample', sampleUpload(), replaceOwn ? { replace: true } : undefined)
    .then((result) => {
      if (!ctx.isCurrent()) return;
      if (result.status === 'confirm' && result.add !== undefined) {
        // The first insertion beside the owner's own data: say what it adds, and ask.
        replace(
          root,
          h('p', { attrs: { 'data-sample': 'add' } }, fmt(t.sampleAdd, { sheets: result.add.join(', ') })),
          h(
            'p',
            null,
            button(t.sampleAddGo, () => renderSample(ctx, true), 'primary'),
            ' ',
            button(t.sampleAddCancel, () => ctx.go('overview'), 'secondary'),
          ),
        );
        return;
      }
      if (result.status === 'confirm') {
        const keep = button(
          t.sampleKeep,
          () => ctx.go('overview'),
          result.replace.length > 0 ? 'secondary' : 'primary',
        );
        replace(
          root,
          h(
            'p',
            { attrs: { 'data-sample': 'exists' } },
            result.replace.length > 0
              ? fmt(t.sampleExists, { sheets: result.replace.join(', ') })
              : fmt(t.sampleAllEdited, { sheets: result.kept.join(', ') }),
          ),
          result.replace.length > 0 && result.kept.length > 0
            ? h('p', { class: 'muted' }, fmt(t.sampleKept, { sheets: result.kept.join(', ') }))
            : null,
          h(
            'p',
            null,
            result.replace.length > 0
              ? button(t.sampleReplace, () => renderSample(ctx, true), 'primary')
              : null,
            ' ',
            keep,
          ),
        );
        return;
      }
      ctx.go('overview');
      const kept = result.kept.length > 0 ? ` ${fmt(t.sampleKept, { sheets: result.kept.join(', ') })}` : '';
      ctx.status(fmt(t.sampleDone, { sheets: result.sheets.join(', '), date: result.sampleDate }) + kept);
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
