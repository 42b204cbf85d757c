// The colour of each lifecycle stage, from Google's palette, shared by the sheets and the sidebar:
// light fills for cells and chips, strong tones for chart slices and bars.
import type { LifecycleStage } from '../lifecycle/lifecycle-stage';

export const STAGE_FILLS: Readonly<Record<LifecycleStage, string>> = {
  new: '#e8f0fe',
  developing: '#e6f4ea',
  loyal: '#ceead6',
  atRisk: '#fef7e0',
  lapsed: '#fce8e6',
};

export const STAGE_COLORS: Readonly<Record<LifecycleStage, string>> = {
  new: '#4285f4',
  developing: '#81c995',
  loyal: '#1e8e3e',
  atRisk: '#f9ab00',
  lapsed: '#d93025',
};

/** Google blue, for the value-tier chart and the Key tier. */
export const PRIMARY_COLOR = '#1a73e8';
