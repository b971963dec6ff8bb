// Zoom's feature names: capitalised words that are no person, whatever trigger stands before them.
import { describe, expect, it } from 'vitest';
import { featureNameLength, startsWithFeatureName } from '../../../src-main/redact/feature-names.js';
import { redactLine } from '../../helpers/redacted-line.js';

describe('feature names', () => {
  it('finds the longest feature a text starts with', () => {
    expect(featureNameLength(['call', 'queue', 'overflow'])).toBe(2);
    expect(featureNameLength(['shared', 'line', 'group', 'member'])).toBe(3);
    expect(featureNameLength(['lena', 'fischer'])).toBe(0);
    expect(startsWithFeatureName('Agent Scorecard enabled')).toBe(true);
    expect(startsWithFeatureName('Agent Lena Fischer')).toBe(false);
  });

  it.each([
    'Agent Scorecard enabled for queue',
    'Call Queue Overflow to Auto Receptionist',
    'Shared Line Group member added; Hot Desking on; Power Pack license',
    'Call Flow Editor and Virtual Agent and Quality Management',
    'Workforce Management; Zoom Contact Center; Engagement Hub',
    'Interactive Voice Response; Barge Whisper Takeover; Call Monitoring',
    'Emergency Calling; Nomadic Emergency Services; Common Area Phone',
    'Business Hours; Closed Hours; Holiday Hours; Call Handling',
    'Contact Center agent status changed; Host Key reset',
  ])('keeps: %s', (line) => {
    expect(redactLine(line)).toBe(line);
  });

  it('still takes a person beside a feature', () => {
    expect(redactLine('Lena Fischer from Agent Scorecard; agent Kwame Mensah in Call Queue')).toBe('<name-1> from Agent Scorecard; agent <name-2> in Call Queue');
  });
});
