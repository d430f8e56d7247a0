// Diagnostics stay one line: control characters are escaped.

import { toOneLine } from '../../src/cli/one-line';

describe('toOneLine', () => {
  it.each([
    ['plain text', 'cluster not found: prod', 'cluster not found: prod'],
    ['a newline', '"eu\nwest-1" is not an AWS region name', '"eu\\nwest-1" is not an AWS region name'],
    ['CR LF', 'a\r\nb', 'a\\r\\nb'],
    ['a tab', 'a\tb', 'a\\tb'],
    ['an escape character', 'x\u001b[31my', 'x\\u001b[31my'],
    ['DEL', 'a\u007fb', 'a\\u007fb'],
    ['non-ASCII text, kept', 'Zürich 😀', 'Zürich 😀'],
  ])('%s', (_case, text, expected) => {
    expect(toOneLine(text)).toBe(expected);
  });
});
