// Tests of the --config file: parsing, precedence (file < flags), typed values, unknown keys.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyConfig, applyConfigFile, parseConfigText, readConfigFile } from '../../src/cli/config-file';
import { createProgram } from '../../src/cli/program';
import { toOptions, type RawFlags } from '../../src/cli/to-options';
import { UsageError } from '../../src/errors';
import type { Options } from '../../src/options';
import { repoPath } from '../helpers/estate';

function parse(argv: string[]): ReturnType<typeof createProgram> {
  const program = createProgram().exitOverride().configureOutput({ writeOut: () => {}, writeErr: () => {} });
  program.parse(argv, { from: 'user' });
  return program;
}

function optionsWith(config: Record<string, unknown>, argv: string[] = []): Options {
  const program = parse(argv);
  applyConfig(program, config, 'ecs.yaml');
  return toOptions(program.opts<RawFlags>());
}

describe('applyConfig', () => {
  it('sets every kind of option from the file', () => {
    const options = optionsWith({
      region: ['eu-west-1', 'us-east-1'],
      clusters: 'prod-web,batch-ec2',
      'filter-behavior': 'exclude',
      container: ['envoy'],
      tags: ['env=prod', 'team=a\\,b'],
      format: 'json',
      'max-attempts': 3,
      verbose: true,
      'node-per': 'task',
      nodename: '{ECS:Task-ID}',
      hostname: '{ECS:Private-DNS}',
      attribute: ['username=root', "team={ECS:Tag:team|'x'}"],
      tag: '{ECS:Tag:env}',
      'no-default-tags': true,
      'omit-attribute': ['ECS:Tag:*'],
      'on-duplicate': 'suffix',
    });
    expect(options.scope).toEqual({ regions: ['eu-west-1', 'us-east-1'], clusters: ['prod-web', 'batch-ec2'] });
    expect(options.filter).toMatchObject({ behavior: 'exclude', containers: ['envoy'], tags: [{ key: 'env', value: 'prod' }, { key: 'team', value: 'a,b' }] });
    expect(options.format).toBe('resourcejson');
    expect(options.aws.maxAttempts).toBe(3);
    expect(options.verbose).toBe(true);
    expect(options.shape).toEqual({
      nodePer: 'task',
      nodename: '{ECS:Task-ID}',
      hostname: '{ECS:Private-DNS}',
      attributes: [
        { name: 'username', template: 'root' },
        { name: 'team', template: "{ECS:Tag:team|'x'}" },
      ],
      tags: ['{ECS:Tag:env}'],
      defaultTags: false,
      omitAttributes: ['ECS:Tag:*'],
      onDuplicate: 'suffix',
    });
  });

  it.each<[string, Record<string, unknown>, string[], (o: Options) => unknown, unknown]>([
    ['a flag beats the file', { format: 'resourcexml' }, ['--format', 'resourcejson'], (o) => o.format, 'resourcejson'],
    ['the file beats a default', { format: 'resourcexml' }, [], (o) => o.format, 'resourcexml'],
    ['the file beats a default number', { 'max-attempts': 2 }, [], (o) => o.aws.maxAttempts, 2],
    ['a flag list replaces the file list', { tag: ['a', 'b'] }, ['--tag', 'c'], (o) => o.shape?.tags, ['c']],
    ['a file list stands without the flag', { tag: ['a', 'b'] }, [], (o) => o.shape?.tags, ['a', 'b']],
    ['a flag unit beats the file unit', { 'node-per': 'task' }, ['--node-per', 'service'], (o) => o.shape?.nodePer, 'service'],
    ['--no-default-tags beats the file', { 'no-default-tags': false }, ['--no-default-tags'], (o) => o.shape?.defaultTags, false],
    ['no-default-tags: false keeps the tags', { 'no-default-tags': false }, [], (o) => o.shape?.defaultTags, true],
    ['a switch from the file', { debug: true }, [], (o) => o.debug, true],
    ['a region flag replaces the file regions', { region: ['eu-west-1'] }, ['-r', 'us-east-1'], (o) => o.scope.regions, ['us-east-1']],
  ])('%s', (_title, config, argv, pick, expected) => {
    expect(pick(optionsWith(config, argv))).toEqual(expected);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ nodenam: 'x' }, 'unknown key "nodenam" in config file ecs.yaml: did you mean "nodename"?'],
    [{ config: 'other.yaml' }, 'unknown key "config" in config file ecs.yaml: keys are long option names such as node-per or region'],
    [{ version: true }, 'unknown key "version" in config file ecs.yaml: keys are long option names'],
    [{ nodePer: 'task' }, 'unknown key "nodePer" in config file ecs.yaml: did you mean "node-per"?'],
    [{ omitAttributes: ['x'] }, 'unknown key "omitAttributes" in config file ecs.yaml: did you mean "omit-attribute"?'],
    [{ r: 'eu-west-1' }, 'unknown key "r" in config file ecs.yaml: keys are long option names'],
    [{ 'default-tags': false }, 'unknown key "default-tags" in config file ecs.yaml: did you mean "no-default-tags"?'],
    [{ 'node-per': 'pod' }, 'config file ecs.yaml: "node-per" is invalid: Allowed choices are container, task, service.'],
    [{ 'max-attempts': 0 }, 'config file ecs.yaml: "max-attempts" is invalid: must be at least 1'],
    [{ verbose: 'yes' }, 'config file ecs.yaml: "verbose" must be true or false'],
    [{ 'no-default-tags': 1 }, 'config file ecs.yaml: "no-default-tags" must be true or false'],
    [{ nodename: ['a', 'b'] }, 'config file ecs.yaml: "nodename" takes one value, not a list'],
    [{ format: ['resourcexml', 'resourcejson'] }, 'config file ecs.yaml: "format" takes one value, not a list'],
    [{ nodename: null }, 'config file ecs.yaml: "nodename" must be a plain value'],
    [{ tag: [] }, 'config file ecs.yaml: "tag" must be a list of plain values'],
    [{ attribute: [{ name: 'x' }] }, 'config file ecs.yaml: "attribute" must be a list of plain values'],
    [{ attribute: 'no-equals-sign' }, 'config file ecs.yaml: "attribute" is invalid: "no-equals-sign" has no "="'],
  ])('rejects %j', (config, message) => {
    const program = parse([]);
    expect(() => applyConfig(program, config, 'ecs.yaml')).toThrow(UsageError);
    expect(() => applyConfig(program, config, 'ecs.yaml')).toThrow(message);
  });

  it('leaves a bad template to toOptions, which names the flag and the column', () => {
    expect(() => optionsWith({ nodename: '{ECS:Nope}' })).toThrow('--nodename "{ECS:Nope}": unknown attribute ECS:Nope at column 2');
  });
});

describe('parseConfigText', () => {
  it.each([
    ['', {}],
    ['# only a comment\n', {}],
    ['node-per: task\ntag:\n  - "{ECS:Tag:env}"\n', { 'node-per': 'task', tag: ['{ECS:Tag:env}'] }],
    // YAML 1.2: yes/no and 010 stay text for the flags' own parsers.
    ['profile: yes\nmax-attempts: 010\n', { profile: 'yes', 'max-attempts': 10 }],
  ])('%j gives %j', (text, expected) => {
    expect(parseConfigText(text, 'c.yaml')).toEqual(expected);
  });

  it.each([
    ['- a\n- b\n', 'config file c.yaml must be a map'],
    ['just text\n', 'config file c.yaml must be a map'],
    ['a: 1\na: 2\n', 'config file c.yaml is not valid YAML'],
    ['a: [1\n', 'config file c.yaml is not valid YAML'],
  ])('rejects %j', (text, message) => {
    expect(() => parseConfigText(text, 'c.yaml')).toThrow(UsageError);
    expect(() => parseConfigText(text, 'c.yaml')).toThrow(message);
  });
});

describe('readConfigFile and applyConfigFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ecs-nodes-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a file and merges it under the flags', async () => {
    const file = join(dir, 'ecs.yaml');
    await writeFile(file, 'node-per: service\non-duplicate: suffix\nformat: resourcexml\n');
    const program = parse(['--config', file, '--format', 'json']);
    await applyConfigFile(program);
    expect(program.opts()).toMatchObject({ nodePer: 'service', onDuplicate: 'suffix', format: 'json' });
    expect(program.getOptionValueSource('nodePer')).toBe('config');
    expect(program.getOptionValueSource('format')).toBe('cli');
  });

  it('names a missing file', async () => {
    await expect(readConfigFile(join(dir, 'missing.yaml'))).rejects.toThrow(/cannot read --config .*missing\.yaml: no such file/);
    await expect(readConfigFile(dir)).rejects.toThrow(UsageError);
  });

  it('does nothing without --config', async () => {
    const program = parse([]);
    await applyConfigFile(program);
    expect(program.getOptionValueSource('nodePer')).toBe('default');
  });

  it('accepts the example config file', async () => {
    const program = parse([]);
    applyConfig(program, await readConfigFile(repoPath('examples', 'ecs-nodes.config.yaml')), 'example');
    const options = toOptions(program.opts<RawFlags>());
    expect(options.shape?.nodePer).toBe('task');
    expect(options.shape?.attributes.map((a) => a.name)).toEqual(['username', 'team']);
  });
});
