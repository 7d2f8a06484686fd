import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../electron/config/appPaths.js';
import { themes } from '../../../shared/contract/appSchemas.js';

// Reads the theme variables straight from theme.css, so the numbers checked are the shipped ones.
const css = readFileSync(join(projectRoot, 'renderer', 'theme', 'theme.css'), 'utf8');

function variablesOf(block: string): Record<string, string> {
  return Object.fromEntries(Array.from(block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi), (match) => [match[1] ?? '', match[2] ?? '']));
}

function themeVariables(theme: string): Record<string, string> {
  const root = variablesOf(/:root\s*{([^}]*)}/.exec(css)?.[1] ?? '');
  if (theme === 'default') return root;
  const block = new RegExp(`\\[data-theme='${theme}'\\]\\s*{([^}]*)}`).exec(css)?.[1] ?? '';
  return { ...root, ...variablesOf(block) };
}

function luminance(hex: string): number {
  const channel = (offset: number): number => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe.each(themes)('theme %s', (theme) => {
  const v = themeVariables(theme);
  const pair = (a: string, b: string): number => contrast(v[a] ?? 'missing', v[b] ?? 'missing');

  it('defines every colour', () => {
    for (const name of ['bg', 'fg', 'muted-fg', 'surface', 'border', 'primary-bg', 'primary-fg', 'focus', 'status-bg', 'status-fg']) {
      expect(v[name], name).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it('text is at least 7:1 everywhere it appears (WCAG 1.4.6)', () => {
    expect(pair('fg', 'bg')).toBeGreaterThanOrEqual(7);
    expect(pair('muted-fg', 'bg')).toBeGreaterThanOrEqual(7);
    expect(pair('fg', 'surface')).toBeGreaterThanOrEqual(7);
    expect(pair('primary-fg', 'primary-bg')).toBeGreaterThanOrEqual(7);
    expect(pair('status-fg', 'status-bg')).toBeGreaterThanOrEqual(7);
  });

  it('focus rings and control borders are at least 3:1 against what surrounds them (WCAG 1.4.11)', () => {
    expect(pair('focus', 'bg')).toBeGreaterThanOrEqual(3);
    expect(pair('focus', 'surface')).toBeGreaterThanOrEqual(3);
    expect(pair('border', 'bg')).toBeGreaterThanOrEqual(3);
    expect(pair('border', 'surface')).toBeGreaterThanOrEqual(3);
  });
});
