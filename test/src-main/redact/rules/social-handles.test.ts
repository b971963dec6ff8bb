// @handles after a social or chat service's name in prose (issue 24); e-mails, SIP URIs,
// decorators and package versions keep their '@'.
import { describe, it } from 'vitest';
import { expectRedacted } from '../../../helpers/redacted-line.js';

describe('@handles', () => {
  it('takes handles after a service word or before "on <service>"', () => {
    expectRedacted('ping @giulia.b on Slack. Twitter/X: @hlindq_x, Telegram @tg_hl, GitHub: @octo-dev. DM me on Twitter at @hlq_t2 or Slack handle is @giu2',
      ['giulia.b', 'hlindq_x', 'tg_hl', 'octo-dev', 'hlq_t2', 'giu2'], ['ping @<user-', ' on Slack.', 'Twitter/X: @<user-']);
  });

  it('keeps e-mails, SIP URIs, decorators, versions and reserved mentions, and handles in minimal', () => {
    expectRedacted('@Override public void run() {} @param x sip:bob@pbx.example.com mail ann@corp.example @here on Slack npm i lodash@4.17.21 errors at @line 3', [],
      ['@Override', '@param x', '@pbx.example.com', '@here on Slack', 'lodash@4.17.21', '@line 3']);
    expectRedacted('Telegram @tg_hl', [], ['@tg_hl'], { profile: 'minimal' });
  });
});
