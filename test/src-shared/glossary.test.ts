// The glossary's words: one word per confidence everywhere, a verdict for every probe result,
// sentence starts that never capitalise a path, sections that read inside a sentence.
import { describe, expect, it } from 'vitest';
import { BUNDLE_SECTION_WORDS, CONFIDENCE_WORDS, PROBE_VERDICT_WORDS, probeVerdictWords, sentenceStart, STEP_OUTCOME_WORDS } from '../../src-shared/glossary.js';
import { probeName } from '../../src-shared/probe-names.js';
import { PROBE_VERDICTS } from '../../src-shared/probe-results.js';

describe('glossary', () => {
  it('has words for every probe verdict, and says a cancelled step is cancelled', () => {
    for (const verdict of PROBE_VERDICTS) expect(PROBE_VERDICT_WORDS[verdict], verdict).toMatch(/^[A-Z]/);
    expect(probeVerdictWords('something-new')).toBe('something-new');
    expect(STEP_OUTCOME_WORDS.cancelled).toBe('cancelled');
    expect(CONFIDENCE_WORDS).toEqual({ high: 'Likely', medium: 'Possible', low: 'Worth a look' });
  });

  it('starts a sentence with a capital, but never changes a path or an id', () => {
    expect(sentenceStart('the zip has no manifest.json')).toBe('The zip has no manifest.json');
    expect(sentenceStart('logs/zoom/a.log does not match')).toBe('logs/zoom/a.log does not match');
    expect(sentenceStart('manifest.json is not valid JSON')).toBe('manifest.json is not valid JSON');
  });

  it('sections read inside a sentence ("Include this app\u2019s own log")', () => {
    expect(Object.values(BUNDLE_SECTION_WORDS).map((w) => `Include ${w}`)).toEqual(['Include Zoom Workplace logs', 'Include this app\u2019s own log']);
  });

  it('names a web request like the other probes: purpose, protocol and port, host', () => {
    expect(probeName({ kind: 'http', host: 'zoom.us', port: 443 })).toBe('Web request (HTTPS 443) to zoom.us');
    expect(probeName({ kind: 'http', host: 'example.test', port: 80 })).toBe('Web request (HTTP 80) to example.test');
  });
});
