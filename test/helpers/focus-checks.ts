// Keyboard focus checks computed from the page's own styles: the focus ring's contrast against the
// background it is drawn on, and whether a focused control sits under the sticky action bar.
import type { Page } from 'playwright-core';

/** What one focused element looks like, measured in the page. */
export interface FocusFacts {
  name: string;
  /** Contrast of the outline colour against the first opaque background behind the element's ring. */
  ringContrast: number;
  /** Outline width in CSS px (0 when there is no ring). */
  ringWidth: number;
  /** True when the element's box overlaps the sticky action bar (and the element is not in it). */
  underStickyBar: boolean;
}

/** Measures the element that has focus now. */
export function focusFacts(page: Page): Promise<FocusFacts | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const rgb = (color: string): [number, number, number, number] => {
      const m = color.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return [m[0] ?? 0, m[1] ?? 0, m[2] ?? 0, m.length > 3 ? m[3]! : 1];
    };
    const luminance = ([r, g, b]: number[]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    // The ring is drawn outside the element (outline-offset > 0): on its parent's background.
    let node: HTMLElement | null = el.parentElement;
    let background = 'rgb(255, 255, 255)';
    while (node) {
      const bg = getComputedStyle(node).backgroundColor;
      if (rgb(bg)[3] > 0) {
        background = bg;
        break;
      }
      node = node.parentElement;
    }
    const style = getComputedStyle(el);
    const ring = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    const a = luminance(rgb(style.outlineColor));
    const b = luminance(rgb(background));
    const bar = el.closest('.step')?.querySelector('.step-actions');
    const box = el.getBoundingClientRect();
    const barBox = bar?.getBoundingClientRect();
    const under = !!bar && !bar.contains(el) && !!barBox && box.bottom > barBox.top && box.top < barBox.bottom && box.height > 0;
    const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    return {
      name: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? ''} ${label} ${el.tagName === 'BUTTON' || el.tagName === 'SUMMARY' ? el.textContent : ''}`.replace(/\s+/g, ' ').trim(),
      ringContrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
      ringWidth: ring,
      underStickyBar: under,
    };
  });
}

/**
 * Tabs through the whole page once (by keyboard, so :focus-visible applies) and measures every
 * focused element. Starts wherever focus is, passes through the browser's own controls when focus
 * leaves the page, and stops when it comes back round to an element already measured. Date and
 * time fields take several presses (one per part): each element is measured once.
 */
export async function tabThroughPage(page: Page, limit = 300): Promise<FocusFacts[]> {
  const seen: FocusFacts[] = [];
  const visited = new Set<number>();
  let previous: number | null = null;
  let outside = 0;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement as (HTMLElement & { __tabMark?: number }) | null;
      if (!el || el === document.body) return null;
      el.__tabMark ??= Math.random();
      return el.__tabMark;
    });
    if (id === null) {
      if (++outside > 3) break;
      previous = null;
      continue;
    }
    outside = 0;
    if (id === previous) continue;
    if (visited.has(id)) break;
    visited.add(id);
    previous = id;
    const facts = await focusFacts(page);
    if (facts) seen.push(facts);
  }
  return seen;
}
