import { describe, expect, it } from 'vitest';
import { createGasFake } from '../../support/gas-fake';

describe('gas-fake PropertiesService', () => {
  it('stores values as strings, separately per store, and returns copies', () => {
    const fake = createGasFake();
    const { PropertiesService } = fake.globals;
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty('n', 42 as unknown as string).setProperty('b', true as unknown as string);
    doc.setProperties({ o: { a: 1 } as unknown as string });
    expect(doc.getProperty('n')).toBe('42');
    expect(doc.getProperty('b')).toBe('true');
    expect(doc.getProperty('o')).toBe('[object Object]');
    expect(doc.getProperty('missing')).toBeNull();
    expect(PropertiesService.getUserProperties().getKeys()).toEqual([]);
    const all = doc.getProperties();
    all.n = 'changed';
    expect(doc.getProperty('n')).toBe('42');
    doc.setProperties({ only: 'this' }, true);
    expect(doc.getKeys()).toEqual(['only']);
    doc.deleteProperty('only');
    expect(fake.properties.document.snapshot()).toEqual({});
  });

  it('enforces the 9 KB value and 500 KB store limits without applying the write', () => {
    const fake = createGasFake();
    const props = fake.globals.PropertiesService.getScriptProperties();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(props.getProperty('big')).toBeNull();
    // 9 KB values: the 56th pushes the store past 500 KB.
    for (let i = 0; i < 54; i++) props.setProperty(`k${i}`, 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('k54', 'x'.repeat(9 * 1024))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getKeys()).toHaveLength(55);
  });
});
