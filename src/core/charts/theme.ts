/**
 * Chart colours as the page's CSS custom properties, so charts follow the light/dark theme;
 * the fallbacks are the light theme, for an SVG shown outside the site.
 */
export const COLOR = {
  primary: 'var(--chart-1, #5b2a86)',
  secondary: 'var(--chart-2, #0f6e6e)',
  muted: 'var(--chart-muted, #8a8496)',
  text: 'var(--chart-text, #1c1a22)',
  grid: 'var(--chart-grid, #ddd8e4)',
} as const;

/** The custom properties the page must define (light and dark values). */
export const CHART_CSS_VARIABLES = [
  '--chart-1',
  '--chart-2',
  '--chart-muted',
  '--chart-text',
  '--chart-grid',
] as const;
