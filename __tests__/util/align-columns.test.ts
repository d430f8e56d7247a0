// Column alignment measured on plain text, colour applied after padding.

import { alignColumns } from '../../src/util/align-columns';

describe('alignColumns', () => {
  it('pads every column but the last to its widest cell, two spaces apart', () => {
    expect(alignColumns([[{ text: 'A' }, { text: 'BB' }, { text: 'C' }], [{ text: 'long' }, { text: 'x' }, { text: 'tail' }]])).toEqual([
      'A     BB  C',
      'long  x   tail',
    ]);
  });

  it('measures widths before painting, so escape codes do not shift columns', () => {
    const paint = (t: string) => `<${t}>`;
    expect(alignColumns([[{ text: 'ab', paint }, { text: 'z' }], [{ text: 'abcd' }, { text: 'y' }]])).toEqual(['<ab  >  z', 'abcd  y']);
  });
});
