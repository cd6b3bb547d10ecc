import { describe, expect, it } from 'vitest';
import { datawrapperHeight, EVENT_ID, hashMessage, heightMessage, pymMessage, PYM_DELIMITER, readMessage, readPymMessage } from './messages';

describe('our messages', () => {
  it('reads back what the embed page sends', () => {
    expect(readMessage(heightMessage(812))).toEqual({ newsline: 1, type: 'height', height: 812 });
    expect(readMessage(hashMessage('2031-02-03-harbour-bridge-opens'))).toEqual({ newsline: 1, type: 'hash', id: '2031-02-03-harbour-bridge-opens' });
    expect(readMessage({ newsline: 1, type: 'hello', hash: true })).toEqual({ newsline: 1, type: 'hello', hash: true });
    expect(readMessage({ newsline: 1, type: 'focus', id: '2031-02-ferry-strike' })).toEqual({ newsline: 1, type: 'focus', id: '2031-02-ferry-strike' });
  });

  it('takes hello’s opt-in only when it is literally true', () => {
    expect(readMessage({ newsline: 1, type: 'hello', hash: 'yes' })).toEqual({ newsline: 1, type: 'hello', hash: false });
    expect(readMessage({ newsline: 1, type: 'hello' })).toEqual({ newsline: 1, type: 'hello', hash: false });
  });

  it.each([
    ['a string', 'height'],
    ['null', null],
    ['another protocol version', { newsline: 2, type: 'height', height: 10 }],
    ['no version', { type: 'height', height: 10 }],
    ['an unknown type', { newsline: 1, type: 'navigate', url: 'https://example.org/' }],
    ['a negative height', { newsline: 1, type: 'height', height: -4 }],
    ['an infinite height', { newsline: 1, type: 'height', height: Infinity }],
    ['a height in a string', { newsline: 1, type: 'height', height: '400' }],
    ['an id that is not an event’s', { newsline: 1, type: 'focus', id: 'main' }],
    ['an id with markup', { newsline: 1, type: 'hash', id: '2031-01"><img src=x>' }],
  ])('refuses %s', (_, data) => {
    expect(readMessage(data)).toBeNull();
  });

  it('knows event ids by their leading date', () => {
    expect(EVENT_ID.test('2031-02-03-harbour-bridge-opens')).toBe(true);
    expect(EVENT_ID.test('period-2031-02')).toBe(false);
    expect(EVENT_ID.test('2031-Upper-Case')).toBe(false);
  });
});

describe('pym.js messages', () => {
  it('writes heights as pym.Child does: pym xPYMx id xPYMx height xPYMx px', () => {
    expect(pymMessage('story-frame', 'height', '960')).toBe('pymxPYMxstory-framexPYMxheightxPYMx960');
    expect(PYM_DELIMITER).toBe('xPYMx');
  });

  it('reads the parent’s width message for this child only', () => {
    expect(readPymMessage('pymxPYMxstory-framexPYMxwidthxPYMx375', 'story-frame')).toEqual({ type: 'width', value: '375' });
    expect(readPymMessage('pymxPYMxother-framexPYMxwidthxPYMx375', 'story-frame')).toBeNull();
    expect(readPymMessage('pymxPYMxstory-framexPYMxwidthxPYMx', 'story-frame')).toEqual({ type: 'width', value: '' });
  });

  it('takes the id literally, not as a pattern (pym’s ids can hold dots)', () => {
    expect(readPymMessage('pymxPYMxstoryXframexPYMxwidthxPYMx375', 'story.frame')).toBeNull();
  });

  it('ignores what is not a pym string', () => {
    expect(readPymMessage({ height: 3 }, 'story-frame')).toBeNull();
    expect(readPymMessage('pymxPYMxstory-framexPYMxno type', 'story-frame')).toBeNull();
  });
});

describe('Datawrapper’s message', () => {
  it('is { "datawrapper-height": { id: px } }', () => {
    expect(datawrapperHeight('newsline', 640)).toEqual({ 'datawrapper-height': { newsline: 640 } });
    expect(JSON.stringify(datawrapperHeight('story-frame', 12))).toBe('{"datawrapper-height":{"story-frame":12}}');
  });
});
