import { InvalidArgumentError } from 'commander';
import { parseRateOption } from '../../src/cli/parse-rate';
import { createProgram } from '../../src/cli/program';
import { toOptions, type RawFlags } from '../../src/cli/to-options';

describe('parseRateOption', () => {
  it.each([
    ['18', 18],
    [' 2.5 ', 2.5],
    ['10000', 10_000],
  ])('%j → %d', (text, rate) => {
    expect(parseRateOption(text)).toBe(rate);
  });

  it.each(['0', '0.0', '-1', 'abc', '1e3', '10001', ''])('rejects %j', (text) => {
    expect(() => parseRateOption(text)).toThrow(InvalidArgumentError);
  });
});

describe('--concurrency and --max-rps', () => {
  const parse = (args: string[]): RawFlags => createProgram().exitOverride().configureOutput({ writeErr: () => undefined }).parse(args, { from: 'user' }).opts<RawFlags>();

  it('reach the options', () => {
    const options = toOptions(parse(['--concurrency', '8', '--max-rps', '5.5']));
    expect(options.concurrency).toBe(8);
    expect(options.aws.maxRequestsPerSecond).toBe(5.5);
  });

  it('are left to the defaults when absent', () => {
    const options = toOptions(parse([]));
    expect(options.concurrency).toBeUndefined();
    expect(options.aws.maxRequestsPerSecond).toBeUndefined();
  });

  it('refuses a concurrency of 0', () => {
    expect(() => parse(['--concurrency', '0'])).toThrow(/at least 1/);
  });
});
