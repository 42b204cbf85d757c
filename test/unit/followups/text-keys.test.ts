import { describe, expect, it } from 'vitest';
import { LOG_HEADERS } from '../../../src/core/followups/contact-log';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
import { keysOfTexts } from '../../../src/core/followups/text-keys';

describe('keysOfTexts', () => {
  it('finds the key of a text written in any language, compared cleaned and in lower case', () => {
    const columns = keysOfTexts(LOG_HEADERS);
    expect(columns.get('campaign')).toBe('campaign');
    expect(columns.get('活動')).toBe('campaign');
    expect(columns.get('主題')).toBeUndefined();
    expect(columns.get('主旨')).toBe('subject');
    expect(keysOfTexts(FOLLOW_UP_SERVER_TEXTS.templateHeaders).get('template id')).toBe('id');
  });

  it('builds one lookup per table and keeps it', () => {
    expect(keysOfTexts(LOG_HEADERS)).toBe(keysOfTexts(LOG_HEADERS));
    const copy = structuredClone(LOG_HEADERS);
    copy.en.time = 'When';
    expect(keysOfTexts(copy).get('when')).toBe('time');
    expect(keysOfTexts(LOG_HEADERS).get('when')).toBeUndefined();
  });
});
