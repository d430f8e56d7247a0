// Tests of the commander parsers of the shaping flags.

import { InvalidArgumentError } from 'commander';
import { collectOption, parseAttributeOption } from '../../src/cli/parse-shape-flags';

describe('parseAttributeOption', () => {
  it.each([
    ['username=root', { name: 'username', template: 'root' }],
    ["team={ECS:Tag:team|'a=b'}", { name: 'team', template: "{ECS:Tag:team|'a=b'}" }],
    [' spaced = value ', { name: 'spaced', template: ' value ' }],
    ['empty=', { name: 'empty', template: '' }],
    ['with,comma=a,b', { name: 'with,comma', template: 'a,b' }],
  ])('%j gives %j', (value, expected) => {
    expect(parseAttributeOption(value)).toEqual([expected]);
  });

  it('adds up when repeated', () => {
    expect(parseAttributeOption('b=2', parseAttributeOption('a=1'))).toEqual([
      { name: 'a', template: '1' },
      { name: 'b', template: '2' },
    ]);
  });

  it.each([
    ['no-equals', 'has no "="'],
    ['=value', 'has an empty name'],
    ['  =value', 'has an empty name'],
  ])('rejects %j', (value, message) => {
    expect(() => parseAttributeOption(value)).toThrow(InvalidArgumentError);
    expect(() => parseAttributeOption(value)).toThrow(message);
  });
});

describe('collectOption', () => {
  it('keeps each value whole, commas included', () => {
    expect(collectOption("{ECS:Tag:x|'a,b'}", collectOption('first'))).toEqual(['first', "{ECS:Tag:x|'a,b'}"]);
  });
});
