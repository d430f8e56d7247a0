// CLI tests of node shaping through run(argv, io): flags, --config, exit codes and messages.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/main';
import { fixturePath, repoPath } from '../helpers/estate';

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(...argv: string[]): Promise<Outcome> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await run(argv, { stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

type JsonNodes = Record<string, Record<string, unknown> & { tags: string[] }>;

const EXAMPLE = repoPath('examples', 'describe-tasks.json');
const ESTATE = fixturePath('estate.json');

async function jsonNodes(...argv: string[]): Promise<JsonNodes> {
  const { code, stdout, stderr } = await cli('--format', 'json', ...argv);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as JsonNodes;
}

describe('shaping flags', () => {
  it('applies --nodename, --hostname, --attribute, --tag, --no-default-tags and --omit-attribute', async () => {
    const nodes = await jsonNodes(
      '--input', EXAMPLE,
      '--nodename', '{ECS:Cluster-Name}.{ECS:Container-Name}.{ECS:Container-ID}',
      '--hostname', '{ECS:Private-DNS|ECS:Task-ID}',
      '--attribute', 'username=root',
      '--attribute', "team={ECS:Tag:team|'unknown'}",
      '--tag', '{ECS:Tag:env}',
      '--tag', '{ECS:Tag:missing}',
      '--no-default-tags',
      '--omit-attribute', 'ECS:Tag:*',
      '--omit-attribute', 'ECS:Container-Tags',
    );
    const node = nodes['prod-web.app.5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b'];
    expect(node).toMatchObject({ hostname: 'ip-10-20-1-37.eu-west-1.compute.internal', username: 'root', team: 'payments', tags: ['prod'] });
    expect(Object.keys(node ?? {}).filter((k) => k.startsWith('ECS:Tag'))).toEqual([]);
    expect(Object.keys(nodes)).toHaveLength(10);
  });

  it('makes one node per task with --node-per task', async () => {
    const nodes = await jsonNodes('--input', ESTATE, '--node-per', 'task', '--filter-behavior', 'exclude', '--container', 'envoy');
    expect(Object.keys(nodes)).toHaveLength(6);
    expect(nodes['checkout-api-0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b']?.['ECS:Container-Names']).toBe('app,log-router');
  });

  it('makes one node per service with --node-per service', async () => {
    const nodes = await jsonNodes('--input', ESTATE, '--node-per', 'service');
    expect(Object.keys(nodes)).toEqual(['cart-service', 'prod-web.checkout-service', 'report-worker', 'staging-web.checkout-service']);
    expect(nodes['prod-web.checkout-service']?.['ECS:Service-Task-Count']).toBe('3');
  });

  it('exits 2 on duplicate names, and suffixes them with --on-duplicate suffix', async () => {
    const failed = await cli('--input', EXAMPLE, '--nodename', '{ECS:Service-Name|ECS:Task-Definition-Family}');
    expect(failed.code).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toBe(
      'error: --nodename "{ECS:Service-Name|ECS:Task-Definition-Family}" gives the same name to several nodes: ' +
        '"cart-service" (2 nodes), "checkout-service" (6 nodes); make the template unique (e.g. add {ECS:Container-ID} or {ECS:Task-ID}) or use --on-duplicate suffix\n',
    );
    const nodes = await jsonNodes('--input', EXAMPLE, '--nodename', '{ECS:Service-Name|ECS:Task-Definition-Family}', '--on-duplicate', 'suffix');
    expect(Object.keys(nodes)).toContain('checkout-service-5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b');
    expect(Object.keys(nodes)).toContain('db-migrate');
    expect(Object.keys(nodes)).toHaveLength(10);
  });

  it.each([
    [['--nodename', '{ECS:Foo}'], 'error: --nodename "{ECS:Foo}": unknown attribute ECS:Foo at column 2\n'],
    [['--tag', 'a}'], 'error: --tag "a}": unmatched "}" (write "}}" for a literal brace) at column 2\n'],
    [['--attribute', 'x={ECS:Tag:a|'], 'error: --attribute x "{ECS:Tag:a|": unclosed "{" at column 1\n'],
    [['--attribute', 'novalue'], `error: option '--attribute <NAME=TEMPLATE>' argument 'novalue' is invalid. "novalue" has no "=": use NAME=TEMPLATE, e.g. username=root\n`],
    [['--node-per', 'pod'], `error: option '--node-per <unit>' argument 'pod' is invalid. Allowed choices are container, task, service.\n`],
  ])('exits 2 for %j', async (argv, stderr) => {
    const outcome = await cli('--input', EXAMPLE, ...argv);
    expect(outcome).toEqual({ code: 2, stdout: '', stderr });
  });

  it('lists the shaping flags in --help', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    for (const flag of ['--nodename', '--hostname', '--attribute', '--tag <template>', '--no-default-tags', '--omit-attribute', '--node-per', '--on-duplicate', '--config']) {
      expect(stdout).toContain(flag);
    }
  });
});

describe('--config', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ecs-nodes-main-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function config(name: string, text: string): Promise<string> {
    const file = join(dir, name);
    await writeFile(file, text);
    return file;
  }

  it('takes options from the file, with flags overriding it', async () => {
    const file = await config('ok.yaml', `input: ${JSON.stringify(ESTATE)}\nnode-per: service\nformat: resourcexml\ntag: ["{ECS:Tag:env}"]\n`);
    const fromFile = await cli('--config', file);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toMatch(/^<\?xml/);
    expect(fromFile.stdout).toContain('name="staging-web.checkout-service"');
    const nodes = await jsonNodes('--config', file, '--node-per', 'task', '--tag', 'x');
    expect(Object.keys(nodes)).toHaveLength(7);
    expect(Object.values(nodes).every((n) => n.tags.includes('x') && !n.tags.includes('prod'))).toBe(true);
  });

  it('exits 2 naming an unknown key and the file', async () => {
    const file = await config('bad.yaml', 'node-per: task\nnodenam: "{ECS:Task-ID}"\n');
    const outcome = await cli('--input', EXAMPLE, '--config', file);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe(`error: unknown key "nodenam" in config file ${file}: did you mean "nodename"?\n`);
  });

  it('exits 2 for a missing file', async () => {
    const outcome = await cli('--input', EXAMPLE, '--config', join(dir, 'nope.yaml'));
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^error: cannot read --config .*nope\.yaml: no such file\n$/);
  });
});
