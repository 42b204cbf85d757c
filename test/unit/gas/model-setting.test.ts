// The purchase model as the owner's setting (issue 12): stored in document properties, validated
// where it enters, used by Analyze, the sidebar and the formulas; a formula's own last argument wins.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MODEL_SETTING_PROPERTY } from '../../../src/core/model-setting';
import * as main from '../../../src/gas/main';
import { readModelSetting } from '../../../src/gas/model-setting';
import { type Installed, installFake, SAMPLE_UPLOAD } from './fixture';

let env: Installed;
afterEach(() => env?.uninstall());

/** The CUSTOMER_MODEL row "model choice" of a formula call on the sample's Purchases. */
function modelChoiceRow(model?: string): unknown {
  const purchases = env.fake.values('Purchases');
  const table = (model === undefined
    ? main.CUSTOMER_MODEL(purchases as never, '2026-06-30')
    : main.CUSTOMER_MODEL(purchases as never, '2026-06-30', undefined, model)) as unknown as unknown[][];
  return table.find((r) => r[0] === 'model choice')?.[1];
}

function overview() {
  const response = main.getOverview(null);
  if (!response.ok) throw new Error(response.message);
  return response;
}

describe('the purchase model setting', () => {
  beforeEach(() => {
    env = installFake();
    main.insertSample(SAMPLE_UPLOAD);
  });

  it('unset: automatic, in the sidebar and the formulas', () => {
    expect(readModelSetting()).toEqual({ choice: 'auto' });
    const o = overview();
    expect(o.modelSetting).toEqual({ choice: 'auto' });
    expect(o.overview.model.choice).toBe('auto');
    expect(String(modelChoiceRow())).toMatch(/^auto: /);
  });

  it('saved from the sidebar: Analyze, the sidebar and the formulas use it; a formula’s own argument wins', () => {
    expect(main.saveModelChoice('bg-nbd')).toEqual({ choice: 'bg-nbd' });
    expect(env.fake.properties.document.snapshot()[MODEL_SETTING_PROPERTY]).toBe('bg-nbd');
    const o = overview();
    expect(o.modelSetting).toEqual({ choice: 'bg-nbd' });
    expect(o.overview.model).toMatchObject({ name: 'bg-nbd', choice: 'bg-nbd' });
    expect(modelChoiceRow()).toBe('BG/NBD, as asked');
    expect(modelChoiceRow('mbg-nbd')).toBe('MBG/NBD, as asked');
    expect(String(modelChoiceRow('auto'))).toMatch(/^auto: /);
  });

  it('refuses anything but a choice from the sidebar, and stores nothing', () => {
    expect(() => main.saveModelChoice('pareto-nbd')).toThrow(/Invalid purchase model/);
    expect(() => main.saveModelChoice({ choice: 'auto' })).toThrow(/Invalid purchase model/);
    expect(env.fake.properties.document.snapshot()[MODEL_SETTING_PROPERTY]).toBeUndefined();
  });

  it('a stored value that is not a choice: automatic, with a note, and formulas still answer', () => {
    env.fake.properties.document.api.setProperty(MODEL_SETTING_PROPERTY, 'Pareto/NBD');
    expect(readModelSetting()).toEqual({ choice: 'auto', note: 'invalid' });
    expect(overview().modelSetting).toEqual({ choice: 'auto', note: 'invalid' });
    expect(String(modelChoiceRow())).toMatch(/^auto: /);
  });

  it('properties refused (before authorization): automatic, noted, never an error', () => {
    main.saveModelChoice('bg-nbd');
    env.fake.setAuthMode('NONE');
    expect(readModelSetting()).toEqual({ choice: 'auto', note: 'unreadable' });
    env.fake.setAuthMode('FULL');
    expect(readModelSetting()).toEqual({ choice: 'bg-nbd' });
  });
});
