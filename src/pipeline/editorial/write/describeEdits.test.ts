import { describe, expect, it } from 'vitest';
import { parseEditorial } from '../parseEditorial.ts';
import { describeEdits, mergeTargets } from './describeEdits.ts';

const describe_ = (md: string) => Object.fromEntries(describeEdits(parseEditorial(md).edits));

describe('describeEdits', () => {
  it('says the same for the same edits however they are laid out', () => {
    expect(describe_('---\nhide: [a-1]\n---\n## b-2\ntitle: T\n')).toEqual(describe_('## b-2\ntitle: Old\n\n## a-1\nhide: true\n\n## b-2\ntitle: T\n'));
  });

  it('lets a section override the front matter and a later section an earlier one', () => {
    expect(describe_('---\nhide: [a-1]\n---\n## a-1\nhide: false\n')).toEqual({});
    expect(describe_('## new: a-1\ntitle: Made\nquote: Q\n\n## a-1\ntitle: Changed\n')).toEqual({ 'a-1': { title: 'Changed', added: { quote: 'Q' } } });
  });

  it('follows merge chains, and skips an entry whose first id was merged away', () => {
    const { edits } = parseEditorial('---\nmerge:\n  - [b-2, c-3]\n  - [a-1, b-2]\n  - [c-3, d-4]\n---\n');
    expect(Object.fromEntries(mergeTargets(edits))).toEqual({ 'c-3': 'a-1', 'b-2': 'a-1' });
  });
});
