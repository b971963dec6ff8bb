// Unit, CLI, browser (Playwright + Debian's Chromium) and security tests, all in one run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll waits for a condition (a page's text, a file, a focus move) and returns as soon as it
    // holds; its default 1 s bound was a timing assumption a loaded machine broke (a cancel that went
    // through the real services took longer). The bound only matters when the condition never comes.
    expect: { poll: { timeout: 20_000 } },
    reporters: ['default', './test/helpers/summary-reporter.ts'],
  },
});
