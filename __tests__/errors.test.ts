// Typed errors and the exit code of any thrown value.

import { AwsError, EcsNodesError, ExitCode, exitCodeOf, GuardError, OutputError, UsageError } from '../src/errors';

describe('errors', () => {
  it.each<[EcsNodesError, string, number]>([
    [new UsageError('u'), 'UsageError', 2],
    [new AwsError('a'), 'AwsError', 3],
    [new OutputError('o'), 'OutputError', 4],
    [new GuardError('g'), 'GuardError', 5],
  ])('%s has its name and exit code', (error, name, code) => {
    expect(error).toBeInstanceOf(EcsNodesError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.exitCode).toBe(code);
    expect(exitCodeOf(error)).toBe(code);
  });

  it('keeps the cause', () => {
    const cause = new Error('root');
    expect(new AwsError('x', { cause }).cause).toBe(cause);
  });

  it.each([new Error('x'), new TypeError('y'), 'string', undefined, null])('exit 1 for anything else: %p', (thrown) => {
    expect(exitCodeOf(thrown)).toBe(ExitCode.unexpected);
  });

  it('decides 0, 1, 2, 3, 4, 5', () => {
    expect(ExitCode).toEqual({ ok: 0, unexpected: 1, usage: 2, aws: 3, output: 4, guard: 5 });
  });
});
