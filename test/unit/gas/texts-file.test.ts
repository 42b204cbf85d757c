import { describe, expect, it } from 'vitest';
import { builtInTemplates, builtInTextsFile } from '../../../src/core/followups/built-in-texts';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
import { templatesOfTexts } from '../../../src/core/followups/templates';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { parseTextsFile } from '../../../src/gas/texts-file';

describe('the texts read from the Templates.html project file', () => {
  it('gives back every built-in template from the file the build writes', () => {
    expect(templatesOfTexts(parseTextsFile(builtInTextsFile()))).toEqual(builtInTemplates());
  });

  it('refuses a damaged file with a readable error', () => {
    const damaged = /Templates\.html is damaged/;
    expect(() => parseTextsFile('<html></html>')).toThrow(damaged);
    expect(() => parseTextsFile('null')).toThrow(damaged);
    const texts = JSON.parse(builtInTextsFile());
    delete texts['zh-TW'].survey.body;
    expect(() => parseTextsFile(JSON.stringify(texts))).toThrow(damaged);
  });

  it('gives back the follow-up server texts, and refuses a file without them (one from an older build)', () => {
    expect(parseTextsFile(builtInTextsFile()).server).toEqual(FOLLOW_UP_SERVER_TEXTS);
    const damaged = /Templates\.html is damaged/;
    const older = JSON.parse(builtInTextsFile());
    delete older.server;
    expect(() => parseTextsFile(JSON.stringify(older))).toThrow(damaged);
    const partial = JSON.parse(builtInTextsFile());
    delete partial.server.ledger['zh-CN'].noLock;
    expect(() => parseTextsFile(JSON.stringify(partial))).toThrow(damaged);
    const notText = JSON.parse(builtInTextsFile());
    notText.server.testSubjectPrefix.en = 1;
    expect(() => parseTextsFile(JSON.stringify(notText))).toThrow(damaged);
  });

  it('gives back the texts of Analyze, and refuses a file where a table, a language or a key is missing', () => {
    expect(parseTextsFile(builtInTextsFile()).analyze).toEqual(ANALYZE_TEXTS);
    const damaged = /Templates\.html is damaged/;
    const older = JSON.parse(builtInTextsFile());
    delete older.analyze;
    expect(() => parseTextsFile(JSON.stringify(older))).toThrow(damaged);
    const noLanguage = JSON.parse(builtInTextsFile());
    delete noLanguage.analyze.issues.columnNames.amount['zh-TW'];
    expect(() => parseTextsFile(JSON.stringify(noLanguage))).toThrow(damaged);
    const shortRow = JSON.parse(builtInTextsFile());
    shortRow.analyze.report['zh-CN'].issueHeaders.pop();
    expect(() => parseTextsFile(JSON.stringify(shortRow))).toThrow(damaged);
  });
});
