import { describe, expect, it } from 'vitest';
import { eventPath, sitePath } from './paths';

describe('sitePath', () => {
  it('joins a root-relative path to the base, with or without its slashes', () => {
    expect(sitePath('sources/', '/')).toBe('/sources/');
    expect(sitePath('/sources/', '/news/timeline')).toBe('/news/timeline/sources/');
    expect(sitePath('', '/news/timeline/')).toBe('/news/timeline/');
  });
  it('names an event page by its id', () => {
    expect(eventPath('2021-03-02-talks-open', '/sub/')).toBe('/sub/events/2021-03-02-talks-open/');
  });
  it('gives the folder of the event pages for no id, so prefix + id + "/" has no double slash', () => {
    expect(eventPath('', '/sub/')).toBe('/sub/events/');
  });
});
