import { describe, expect, it } from 'vitest';
import { builtInTemplates, builtInTextsFile } from '../../../src/core/followups/built-in-texts';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
import { templatesOfTexts } from '../../../src/core/followups/templates';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { parseTextsFile, textsFile } from '../../../src/gas/texts-file';
import { installFake } from './fixture';

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

  it('refuses a file from another build, whose texts may lack a key this code reads, whatever its shape', () => {
    const other = JSON.parse(builtInTextsFile());
    other.build = 'regulars-build:0123456789abcdef';
    expect(() => parseTextsFile(JSON.stringify(other))).toThrow(
      /Templates\.html is from another version of Regulars: copy dist\/Code\.js and dist\/Templates\.html again, together/,
    );
    const none = JSON.parse(builtInTextsFile());
    delete none.build;
    expect(() => parseTextsFile(JSON.stringify(none))).toThrow(/from another version/);
  });

  it('says which file is missing and what to do, not Apps Script\'s "No HTML file named Templates"', () => {
    const { uninstall } = installFake({ htmlFiles: {} });
    try {
      expect(() => textsFile()).toThrow(
        'The project file Templates.html is missing: copy dist/Templates.html into the project.',
      );
    } finally {
      uninstall();
    }
  });
});
