import { describe, expect, it } from 'vitest';
import { builtInTemplates, builtInTextsFile } from '../../../src/core/followups/built-in-texts';
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
});
