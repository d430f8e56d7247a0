// List flags: commas split, `\,` escapes a comma, tag pairs split at their first `=`.

import { InvalidArgumentError } from 'commander';
import { parseIntegerOption, parseListOption, parseTagPair, parseTagsOption, splitList } from '../../src/cli/parse-list';

describe('splitList', () => {
  it.each([
    ['a', ['a']],
    ['a,b,c', ['a', 'b', 'c']],
    [' a , b ', ['a', 'b']],
    ['a\\,b', ['a,b']],
    ['a\\,b,c', ['a,b', 'c']],
    ['a\\\\,b', ['a\\', 'b']],
    ['a\\b', ['a\\b']],
    ['note=a\\,b=c', ['note=a,b=c']],
    ['a,', ['a', '']],
    ['', ['']],
  ])('%j → %j', (input, expected) => {
    expect(splitList(input)).toEqual(expected);
  });
});

describe('parseListOption', () => {
  it('adds repeated flags up', () => {
    expect(parseListOption('c', parseListOption('a,b'))).toEqual(['a', 'b', 'c']);
  });

  it.each(['a,,b', ',a', 'a,', ' , ', ''])('rejects an empty item in %j', (input) => {
    expect(() => parseListOption(input)).toThrow(InvalidArgumentError);
  });
});

describe('parseTagPair', () => {
  it.each([
    ['env=prod', { key: 'env', value: 'prod' }],
    ['note=a,b=c', { key: 'note', value: 'a,b=c' }],
    ['empty=', { key: 'empty', value: '' }],
    [' key =v', { key: 'key', value: 'v' }],
    ['k==', { key: 'k', value: '=' }],
  ])('%j → %j', (input, expected) => {
    expect(parseTagPair(input)).toEqual(expected);
  });

  it.each(['env', '=prod', ' =x'])('rejects %j', (input) => {
    expect(() => parseTagPair(input)).toThrow(InvalidArgumentError);
  });
});

describe('parseTagsOption', () => {
  it('splits the list, then each pair at its first "="', () => {
    expect(parseTagsOption('note=a\\,b=c,env=prod')).toEqual([
      { key: 'note', value: 'a,b=c' },
      { key: 'env', value: 'prod' },
    ]);
  });

  it('adds repeated flags up', () => {
    expect(parseTagsOption('env=dev', parseTagsOption('env=prod'))).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'env', value: 'dev' },
    ]);
  });

  it('rejects an item without "="', () => {
    expect(() => parseTagsOption('env=prod,team')).toThrow(/"team" has no "="/);
  });
});

describe('parseIntegerOption', () => {
  it.each([
    ['1', 1],
    [' 8 ', 8],
    ['100', 100],
  ])('%j → %d', (input, expected) => {
    expect(parseIntegerOption(1)(input)).toBe(expected);
  });

  it.each(['0', '-1', '1.5', 'x', ''])('rejects %j', (input) => {
    expect(() => parseIntegerOption(1)(input)).toThrow(InvalidArgumentError);
  });
});

describe('parseIntegerOption bounds', () => {
  it('refuses numbers past one million, which no flag needs', () => {
    expect(() => parseIntegerOption(1)('99999999999999999999')).toThrow('too large');
    expect(parseIntegerOption(1)('1000000')).toBe(1_000_000);
  });
});
