// The purchase model setting in document properties (src/core/model-setting.ts). Custom functions
// may read properties (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services),
// so formulas follow the setting too. getDocumentProperties() returns null where there are no
// document properties (https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()),
// and throws where the script may not use them (before authorization): both read as `auto`, noted.
import {
  MODEL_SETTING_PROPERTY,
  type ModelSetting,
  modelSettingOf,
  parseModelChoice,
} from '../core/model-setting';

export function readModelSetting(): ModelSetting {
  try {
    const properties = PropertiesService.getDocumentProperties();
    if (properties === null) return { choice: 'auto', note: 'unreadable' };
    return modelSettingOf(properties.getProperty(MODEL_SETTING_PROPERTY));
  } catch {
    return { choice: 'auto', note: 'unreadable' };
  }
}

/** Validates the sidebar's choice and stores it; returns what is now in force. */
export function saveModelSetting(input: unknown): ModelSetting {
  const choice = parseModelChoice(input);
  PropertiesService.getDocumentProperties().setProperty(MODEL_SETTING_PROPERTY, choice);
  return { choice };
}
