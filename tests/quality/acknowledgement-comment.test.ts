// Which comment bodies acknowledge an SOP version: a line that is exactly `/ack` (spaces around it, any case),
// in the comment's own words, as GitHub renders it.
import { describe, expect, it } from 'vitest';
import { isAcknowledgementComment } from '../../scripts/actions/acknowledgement-comment.ts';

describe('an acknowledgement comment', () => {
  it.each([
    ['/ack', true],
    ['  /ack  ', true],
    ['/ACK', true],
    ['Read it, thanks.\n/ack', true],
    ['Read it.\r\n/ack\r\nSee you Monday.', true],
    ['```\n/ack\n```\n\n/ack', true],
    ['> Ciarán: /ack\n\n/ack', true],
    ['/ack-later', false],
    ['/ack later', false],
    ['/acknowledged', false],
    ['please /ack', false],
    ['```\n/ack\n```', false],
    ['~~~\n/ack\n~~~', false],
    ['````\n```\n/ack\n````', false],
    ['> /ack', false],
    ['> Ciarán wrote\n/ack', false],
    ['    /ack', false],
    ['- /ack', false],
    ['1. /ack', false],
    ['`/ack`', false],
    ['<!-- /ack -->', false],
    ['', false],
  ])('%j acknowledges: %s', (body, expected) => {
    expect(isAcknowledgementComment(body)).toBe(expected);
  });
});
