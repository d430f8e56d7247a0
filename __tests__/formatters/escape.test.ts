// \uXXXX escapes keep JSON documents pure ASCII.

import { escapeNonAsciiAsUnicode } from '../../src/formatters/escape';

describe('escapeNonAsciiAsUnicode', () => {
  it.each([
    ['plain ascii ~!', 'plain ascii ~!'],
    ['tab\tnl\ncr\r', 'tab\tnl\ncr\r'],
    ['ü', '\\u00FC'],
    ['😀', '\\uD83D\\uDE00'],
    ['\u007F\u0085', '\\u007F\\u0085'],
    ['\u0001', '\\u0001'],
  ])('%j → %s', (input, expected) => {
    expect(escapeNonAsciiAsUnicode(input)).toBe(expected);
  });

  it('leaves JSON text meaning the same', () => {
    const value = { k: 'Zürich 😀 𝄞 日本 \u2028' };
    expect(JSON.parse(escapeNonAsciiAsUnicode(JSON.stringify(value)))).toEqual(value);
  });
});
