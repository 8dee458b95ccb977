/**
 * The one palette of the client. CSS reads it as custom properties (set on
 * <html> at start), charts and SurveyJS read it directly. Every text colour
 * here reaches 4.5:1 on `surface` and `background`; graphics reach 3:1.
 */
import type { ITheme } from 'survey-core';

export const colors = {
  primary: '#0b4f8a',
  primaryDark: '#083a66',
  primaryTint: '#e6eef6',
  text: '#1b1f24',
  textMuted: '#4a5560',
  background: '#f4f6f9',
  surface: '#ffffff',
  border: '#c9d1da',
  borderStrong: '#69737f',
  focus: '#c2410c',
  success: '#1e6b3a',
  successTint: '#e8f4ec',
  danger: '#a4262c',
  dangerTint: '#fbecec',
  warningTint: '#fff6dc',
  warningBorder: '#8a6100',
  grid: '#dde3ea',
} as const;

export const fontFamily =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

/** Sets the palette as `--color-*` custom properties for the stylesheets. */
export function applyCssVariables(root: HTMLElement): void {
  for (const [name, value] of Object.entries(colors)) {
    root.style.setProperty(`--color-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value);
  }
  root.style.setProperty('--font-family', fontFamily);
}

/** SurveyJS default theme with our colours: its own green fails contrast with white text. */
export const surveyTheme: ITheme = {
  themeName: 'laatupeili',
  colorPalette: 'light',
  isPanelless: false,
  cssVariables: {
    '--sjs-font-family': fontFamily,
    '--sjs-general-backcolor': colors.surface,
    '--sjs-general-backcolor-dark': '#eef1f5',
    '--sjs-general-backcolor-dim': colors.background,
    '--sjs-general-backcolor-dim-light': '#f7f9fb',
    '--sjs-general-backcolor-dim-dark': '#e4e8ee',
    '--sjs-general-forecolor': colors.text,
    '--sjs-general-forecolor-light': colors.textMuted,
    '--sjs-general-dim-forecolor': colors.text,
    '--sjs-general-dim-forecolor-light': colors.textMuted,
    '--sjs-primary-backcolor': colors.primary,
    '--sjs-primary-backcolor-light': 'rgba(11, 79, 138, 0.1)',
    '--sjs-primary-backcolor-dark': colors.primaryDark,
    '--sjs-primary-forecolor': '#ffffff',
    '--sjs-primary-forecolor-light': 'rgba(255, 255, 255, 0.25)',
    '--sjs-secondary-backcolor': '#b35c00',
    '--sjs-border-default': colors.borderStrong,
    '--sjs-border-light': colors.border,
    '--sjs-border-inside': 'rgba(0, 0, 0, 0.16)',
    '--sjs-special-red': colors.danger,
    '--sjs-special-red-light': colors.dangerTint,
    '--sjs-special-green': colors.success,
    '--sjs-shadow-small': '0 1px 2px 0 rgba(0, 0, 0, 0.15)',
    '--sjs-shadow-inner': `inset 0 0 0 1px ${colors.borderStrong}`,
    '--sjs-corner-radius': '4px',
    '--sjs-base-unit': '8px',
  },
};

/** Chart colours: bars, their value labels and the grid. */
export const chartColors = {
  bar: colors.primary,
  label: colors.text,
  tick: colors.textMuted,
  grid: colors.grid,
  /** The three compared groups: own organisation, its region, the whole country (3:1 on white). */
  own: colors.primary,
  region: '#b35c00',
  country: '#5b6670',
} as const;

/**
 * Answer values from the lowest to the highest (red → blue, a diverging
 * scale readable without red–green), and "not applicable" in grey.
 */
export const distributionColors = ['#a4262c', '#d9623b', '#a89a7a', '#4f8cc0', '#0b4f8a', '#083a66'] as const;
export const notApplicableColor = '#c9d1da';

/** The three bands of the index: a tint behind text (text stays #1b1f24, ≥ 4.5:1) and a strong edge. */
export const bandColors = {
  weak: { tint: '#f9dcdd', edge: '#a4262c' },
  fair: { tint: '#fcefc7', edge: '#8a6100' },
  good: { tint: '#d7eddd', edge: '#1e6b3a' },
} as const;
