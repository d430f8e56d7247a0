// parseDecimalOption: decimal numbers within bounds, or commander's InvalidArgumentError.

import { InvalidArgumentError } from 'commander';
import { parseDecimalOption } from '../../src/cli/parse-number';

describe('parseDecimalOption', () => {
  it.each<[string, number, number, boolean, number]>([
    ['30', 0, 100, true, 30],
    ['0.5', 0, 100, true, 0.5],
    [' 12.25 ', 0, 100, false, 12.25],
    ['0', 0, 100, false, 0],
    ['100', 0, 100, false, 100],
  ])('reads %j in [%d, %d] (exclusive min: %s) as %d', (text, min, max, exclusive, value) => {
    expect(parseDecimalOption(min, max, exclusive)(text)).toBe(value);
  });

  it.each<[string, number, number, boolean, string]>([
    ['0', 0, 100, true, 'must be more than 0'],
    ['100.5', 0, 100, false, 'must be at most 100'],
    ['-1', 0, 100, false, '"-1" is not a number'],
    ['1e3', 0, 100, false, '"1e3" is not a number'],
    ['10s', 0, 100, false, '"10s" is not a number'],
    ['', 0, 100, false, '"" is not a number'],
    ['.5', 0, 100, false, '".5" is not a number'],
  ])('rejects %j in [%d, %d] (exclusive min: %s): %s', (text, min, max, exclusive, message) => {
    const parse = parseDecimalOption(min, max, exclusive);
    expect(() => parse(text)).toThrow(InvalidArgumentError);
    expect(() => parse(text)).toThrow(message);
  });
});
