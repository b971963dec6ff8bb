// A verification problem as one sentence: a message that starts with a path names the file in
// words first ("The file logs/zoom/..."), never "Logs/zoom/...".
import { describe, expect, it } from 'vitest';
import { problemSentence } from '../../../src-renderer/review/plain-values.js';

describe('problemSentence', () => {
  it('never capitalises a path', () => {
    expect(problemSentence({ kind: 'checksum', path: 'logs/zoom/a.log', message: 'logs/zoom/a.log does not match its sha256 in the manifest' })).toBe(
      'The file logs/zoom/a.log does not match its sha256 in the manifest.',
    );
    expect(problemSentence({ kind: 'bad-manifest', path: 'manifest.json', message: 'manifest.json is not valid JSON' })).toBe('The file manifest.json is not valid JSON.');
    expect(problemSentence({ kind: 'no-manifest', message: 'the zip has no manifest.json' })).toBe('The zip has no manifest.json.');
  });
});
