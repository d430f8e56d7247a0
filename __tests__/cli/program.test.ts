// The commander definition: flag names, parsers, defaults, choices, help and version.

import { CommanderError } from 'commander';
import { createProgram, FORMAT_CHOICES } from '../../src/cli/program';

/** Parses argv with a fresh program; output captured, no exit. */
function parse(argv: string[]): { opts: Record<string, unknown>; out: string; err: string } {
  let out = '';
  let err = '';
  const program = createProgram()
    .exitOverride()
    .configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (err += s) });
  program.parse(argv, { from: 'user' });
  return { opts: program.opts(), out, err };
}

function parseError(argv: string[]): CommanderError {
  try {
    parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error;
    throw error;
  }
  throw new Error(`parsing ${argv.join(' ')} did not fail`);
}

describe('createProgram', () => {
  it('returns a new program each call', () => {
    expect(createProgram()).not.toBe(createProgram());
  });

  it('has the defaults of the issue', () => {
    expect(parse([]).opts).toMatchObject({ filterBehavior: 'include', format: 'resourceyaml', maxAttempts: 8 });
  });

  it.each<[string[], Record<string, unknown>]>([
    [['-r', 'eu-west-1'], { region: ['eu-west-1'] }],
    [['--region', 'eu-west-1,us-east-1'], { region: ['eu-west-1', 'us-east-1'] }],
    [['-c', 'prod-web,batch'], { clusters: ['prod-web', 'batch'] }],
    [['--clusters', 'a', '--clusters', 'b'], { clusters: ['a', 'b'] }],
    [['--filter-behavior', 'exclude'], { filterBehavior: 'exclude' }],
    [['--service', 'checkout,cart'], { service: ['checkout', 'cart'] }],
    [['--task-definition', 'checkout-api:42'], { taskDefinition: ['checkout-api:42'] }],
    [['--container', 'app\\,x'], { container: ['app,x'] }],
    [['--tags', 'note=a\\,b=c'], { tags: [{ key: 'note', value: 'a,b=c' }] }],
    [['-f', 'json'], { format: 'json' }],
    [['--format', 'resourcexml'], { format: 'resourcexml' }],
    [['-o', 'out.yaml'], { output: 'out.yaml' }],
    [['--output', 'out.yaml'], { output: 'out.yaml' }],
    [['--input', '-'], { input: '-' }],
    [['--endpoint-url', 'http://127.0.0.1:4566'], { endpointUrl: 'http://127.0.0.1:4566' }],
    [['--profile', 'ops'], { profile: 'ops' }],
    [['--max-attempts', '3'], { maxAttempts: 3 }],
    [['-v'], { verbose: true }],
    [['--verbose'], { verbose: true }],
    [['--debug'], { debug: true }],
  ])('%j', (argv, expected) => {
    expect(parse(argv).opts).toMatchObject(expected);
  });

  it('offers resourceyaml, resourcexml, resourcejson and json as formats', () => {
    expect([...FORMAT_CHOICES]).toEqual(expect.arrayContaining(['resourceyaml', 'resourcexml', 'resourcejson', 'json']));
  });

  it.each([
    [['--format', 'toml'], 'commander.invalidArgument'],
    [['--filter-behavior', 'maybe'], 'commander.invalidArgument'],
    [['--tags', 'env'], 'commander.invalidArgument'],
    [['--service', 'a,,b'], 'commander.invalidArgument'],
    [['--max-attempts', '0'], 'commander.invalidArgument'],
    [['--bogus'], 'commander.unknownOption'],
    [['--region'], 'commander.optionMissingArgument'],
  ])('%j fails with %s', (argv, code) => {
    const error = parseError(argv);
    expect(error.code).toBe(code);
    expect(error.exitCode).not.toBe(0);
  });

  it('leaves a stray argument to run(), which rejects it', () => {
    // The default action accepts operands so that subcommands can be dispatched; run() answers exit 2.
    expect(() => parse(['stray'])).not.toThrow();
  });

  it('prints help with every flag of the issue on stdout', () => {
    const error = parseError(['--help']);
    expect(error.exitCode).toBe(0);
    const help = createProgram().helpInformation();
    for (const flag of [
      '-r, --region',
      '-c, --clusters',
      '--filter-behavior',
      '--service',
      '--task-definition',
      '--container',
      '--tags',
      '-f, --format',
      '-o, --output',
      '--input',
      '--endpoint-url',
      '--profile',
      '-v, --verbose',
      '--debug',
      '-V, --version',
      '-h, --help',
    ]) {
      expect(help).toContain(flag);
    }
  });

  it('prints the package version', () => {
    let out = '';
    const program = createProgram()
      .exitOverride()
      .configureOutput({ writeOut: (s) => (out += s) });
    expect(() => program.parse(['-V'], { from: 'user' })).toThrow(CommanderError);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(out.trim()).toBe((require('../../package.json') as { version: string }).version);
  });
});
