// Removal of XML-forbidden characters and locale-free ordering.

import { compareCodeUnits, removeForbiddenChars } from '../../src/util/text';

describe('removeForbiddenChars', () => {
  it.each([
    ['plain', 'plain'],
    ['tab\tnl\ncr\r', 'tab\tnl\ncr\r'],
    ['\u0000\u0001\u0008\u000B\u000C\u000E\u001F', ''],
    ['a\uFFFEb\uFFFFc', 'abc'],
    ['emoji 😀 𝄞', 'emoji 😀 𝄞'],
    ['lone high \uD800 and low \uDC00', 'lone high  and low '],
    ['reversed pair \uDE00\uD83D', 'reversed pair '],
    ['\u007F\u0085\u00A0\u2028', '\u007F\u0085\u00A0\u2028'],
  ])('%j → %j', (input, expected) => {
    expect(removeForbiddenChars(input)).toBe(expected);
  });

  it('can be applied twice with the same result', () => {
    const text = 'a\u0001\uD800😀';
    expect(removeForbiddenChars(removeForbiddenChars(text))).toBe(removeForbiddenChars(text));
  });
});

describe('compareCodeUnits', () => {
  it('orders by UTF-16 code units, not by locale', () => {
    expect(['b', 'a', 'B', 'é', '10', '9', '😀', '\uFFFD'].sort(compareCodeUnits)).toEqual(['10', '9', 'B', 'a', 'b', 'é', '😀', '\uFFFD']);
    expect(compareCodeUnits('a', 'a')).toBe(0);
  });
});
