import { describe, expect, it } from 'vitest';
import { builtInTemplates, builtInTextsFile } from '../../../src/core/followups/built-in-texts';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
import { templatesOfTexts } from '../../../src/core/followups/templates';
import { parseBuiltInTexts } from '../../../src/gas/followups/built-in-templates';

describe('the built-in templates read from the Templates.html project file', () => {
  it('gives back every built-in template from the file the build writes', () => {
    expect(templatesOfTexts(parseBuiltInTexts(builtInTextsFile()))).toEqual(builtInTemplates());
  });

  it('refuses a damaged file with a readable error', () => {
    const damaged = /Templates\.html is damaged/;
    expect(() => parseBuiltInTexts('<html></html>')).toThrow(damaged);
    expect(() => parseBuiltInTexts('null')).toThrow(damaged);
    const texts = JSON.parse(builtInTextsFile());
    delete texts['zh-TW'].survey.body;
    expect(() => parseBuiltInTexts(JSON.stringify(texts))).toThrow(damaged);
  });

  it('gives back the follow-up server texts, and refuses a file without them (one from an older build)', () => {
    expect(parseBuiltInTexts(builtInTextsFile()).server).toEqual(FOLLOW_UP_SERVER_TEXTS);
    const damaged = /Templates\.html is damaged/;
    const older = JSON.parse(builtInTextsFile());
    delete older.server;
    expect(() => parseBuiltInTexts(JSON.stringify(older))).toThrow(damaged);
    const partial = JSON.parse(builtInTextsFile());
    delete partial.server.ledger['zh-CN'].noLock;
    expect(() => parseBuiltInTexts(JSON.stringify(partial))).toThrow(damaged);
    const notText = JSON.parse(builtInTextsFile());
    notText.server.testSubjectPrefix.en = 1;
    expect(() => parseBuiltInTexts(JSON.stringify(notText))).toThrow(damaged);
  });
});
