// The follow-ups panel's styles, added once to the page when the panel mounts; every rule is under
// `.rg-fu` so the rest of the sidebar is untouched. Made for the 300 px sidebar.
const CSS = `
.rg-fu { font: 13px/1.4 Arial, Helvetica, sans-serif; color: #202124; max-width: 300px; box-sizing: border-box; }
.rg-fu *, .rg-fu *::before, .rg-fu *::after { box-sizing: border-box; }
.rg-fu h2 { font-size: 15px; margin: 0 0 8px; }
.rg-fu h3 { font-size: 13px; margin: 12px 0 6px; }
.rg-fu label { display: block; font-weight: bold; margin: 8px 0 2px; }
.rg-fu select, .rg-fu input, .rg-fu textarea { width: 100%; font: inherit; padding: 4px; border: 1px solid #9aa0a6; border-radius: 4px; background: #fff; }
.rg-fu textarea { min-height: 48px; resize: vertical; }
.rg-fu .rg-row { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 8px; }
.rg-fu button { font: inherit; padding: 5px 10px; border-radius: 4px; border: 1px solid #9aa0a6; background: #fff; color: #1a73e8; cursor: pointer; }
.rg-fu button.rg-primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
.rg-fu button.rg-danger { background: #c5221f; border-color: #c5221f; color: #fff; }
.rg-fu button:disabled { opacity: 0.5; cursor: default; }
.rg-fu button:focus-visible, .rg-fu summary:focus-visible, .rg-fu select:focus-visible, .rg-fu input:focus-visible, .rg-fu textarea:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.rg-fu .rg-status { min-height: 1em; margin: 6px 0; }
.rg-fu .rg-status.rg-error, .rg-fu .rg-problems { color: #c5221f; }
.rg-fu .rg-status.rg-success { color: #137333; }
.rg-fu .rg-muted { color: #5f6368; font-size: 12px; }
.rg-fu ul { list-style: none; margin: 0; padding: 0; }
.rg-fu li { border-top: 1px solid #e8eaed; padding: 4px 0; overflow-wrap: anywhere; }
.rg-fu details > summary { cursor: pointer; padding: 2px 0; }
.rg-fu .rg-mail { white-space: pre-wrap; background: #f8f9fa; border: 1px solid #e8eaed; border-radius: 4px; padding: 6px; margin: 4px 0; font-size: 12px; }
.rg-fu .rg-subject { font-weight: bold; }
.rg-fu .rg-confirm { border: 2px solid #c5221f; border-radius: 6px; padding: 8px; margin-top: 8px; }
.rg-fu .rg-box { border: 1px solid #dadce0; border-radius: 6px; padding: 8px; margin: 8px 0; }
.rg-fu [hidden] { display: none !important; }
.rg-fu .rg-check { display: flex; gap: 6px; align-items: flex-start; font-weight: normal; }
.rg-fu .rg-check input { width: auto; margin: 2px 0 0; }
`;

const STYLE_ID = 'rg-fu-styles';

export function installStyles(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS;
  doc.head.appendChild(style);
}
