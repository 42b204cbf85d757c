import { describe, expect, it } from 'vitest';
import { createGasFake } from '../../support/gas-fake';

describe('gas-fake Ui and HtmlService', () => {
  it('records the add-on menu structure', () => {
    const fake = createGasFake();
    const ui = fake.globals.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Analyze customers', 'analyzeCustomers')
      .addSeparator()
      .addSubMenu(ui.createMenu('More').addItem('Help', 'showHelp'))
      .addToUi();
    expect(fake.ui.addonMenu()).toEqual({
      kind: 'addon',
      caption: 'Regulars',
      items: [
        { type: 'item', caption: 'Analyze customers', functionName: 'analyzeCustomers' },
        { type: 'separator' },
        {
          type: 'submenu',
          caption: 'More',
          items: [{ type: 'item', caption: 'Help', functionName: 'showHelp' }],
        },
      ],
    });
    expect(fake.ui.menuItems().map((i) => i.functionName)).toEqual(['analyzeCustomers', 'showHelp']);
    // Adding the add-on menu again replaces it.
    ui.createAddonMenu().addItem('Only', 'only').addToUi();
    expect(fake.ui.menus).toHaveLength(1);
    expect(fake.ui.menuItems()).toEqual([{ caption: 'Only', functionName: 'only' }]);
  });

  it('answers alerts and prompts from queues, defaulting to the affirmative button', () => {
    const fake = createGasFake();
    const ui = fake.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Hello')).toBe(ui.Button.OK);
    expect(ui.alert('Send?', 'Send 3 emails?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    fake.ui.answerAlerts('NO');
    expect(ui.alert('Send?', 'Send 3 emails?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(fake.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      [null, 'Hello', 'OK', 'OK'],
      ['Send?', 'Send 3 emails?', 'YES_NO', 'YES'],
      ['Send?', 'Send 3 emails?', 'YES_NO', 'NO'],
    ]);
    fake.ui.answerAlerts('YES');
    expect(() => ui.alert('x', ui.ButtonSet.OK_CANCEL)).toThrow('not in ButtonSet OK_CANCEL');
    fake.ui.answerPrompts({ button: 'OK', text: '14' });
    const response = ui.prompt('Cool-down days', ui.ButtonSet.OK_CANCEL);
    expect(response.getSelectedButton()).toBe(ui.Button.OK);
    expect(response.getResponseText()).toBe('14');
  });

  it('shows sidebars and dialogs built from project files', () => {
    const fake = createGasFake({ htmlFiles: { Sidebar: '<html><body>Regulars</body></html>' } });
    const { HtmlService, SpreadsheetApp } = fake.globals;
    const output = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Regulars').setWidth(500);
    output.addMetaTag('viewport', 'width=device-width');
    SpreadsheetApp.getUi().showSidebar(output);
    const sidebar = fake.ui.lastSidebar()!;
    expect(sidebar.title).toBe('Regulars');
    expect(sidebar.content).toContain('<body>Regulars</body>');
    expect(sidebar.width).toBe(300);
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
    SpreadsheetApp.getUi().showModalDialog(
      HtmlService.createHtmlOutput('<p>Help</p>').setHeight(200),
      'Help',
    );
    expect(fake.ui.lastDialog()).toMatchObject({
      modal: true,
      title: 'Help',
      content: '<p>Help</p>',
      height: 200,
    });
    fake.ui.available = false;
    expect(() => SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});
