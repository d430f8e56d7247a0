// The CLI end to end in-process: run(argv, io) with captured streams, --input fixtures and a mocked ECS
// client. One test per flag, every exit code, nothing on stdout on failure, atomic --output.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { DescribeTasksCommand, ListClustersCommand, ListTasksCommand, type ECSClient } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { run } from '../../src/cli/main';
import { formatters } from '../../src/formatters';
import { clusterArn, describeAll, ECSClient as MockedClient, sdkErrors, taskArns } from '../aws/ecs-mock';
import { fixturePath, loadDescribeTasks } from '../fixtures/fixtures';
import { readJson, readXml, readYaml, type ReadNode } from '../formatters/read-back';
import { withCleanAwsEnvironment } from '../helpers/clean-aws-environment';

const ecsMock = mockClient(MockedClient);
const FIXTURE = fixturePath('describe-tasks.json');
const ALL_NODES = 6;

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function capture(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function cli(...argv: string[]): Promise<Outcome> {
  const stdout = capture();
  const stderr = capture();
  const code = await run(argv, { stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Container names of the nodes in a resourceyaml document, sorted. */
function containerNames(yaml: string): string[] {
  return Object.values(readYaml(yaml))
    .map((n) => n.attributes['ECS:Container-Name'] ?? '')
    .sort();
}

let folder: string;

beforeEach(async () => {
  ecsMock.reset();
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'ecs-nodes-cli-'));
});

afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(folder, { recursive: true, force: true });
});

afterAll(() => {
  ecsMock.restore();
});

describe('run: output formats', () => {
  it('writes resourceyaml by default, warnings on stderr, exit 0', async () => {
    const { code, stdout, stderr } = await cli('--input', FIXTURE);
    expect(code).toBe(0);
    expect(Object.keys(readYaml(stdout))).toHaveLength(ALL_NODES);
    expect(stderr).toBe(
      'warning: DescribeTasks could not describe arn:aws:ecs:eu-west-1:123456789012:task/prod-web/7def0a3b6c8e1f9a5b2c3d4e5f607182: MISSING (the task stopped between list and describe)\n',
    );
  });

  it.each<[string[], (text: string) => Record<string, ReadNode>]>([
    [['-f', 'resourceyaml'], readYaml],
    [['--format', 'resourcexml'], readXml],
    [['-f', 'resourcejson'], readJson],
    [['--format', 'json'], readJson],
  ])('%j gives the same node set', async (flags, read) => {
    const yaml = await cli('--input', FIXTURE);
    const other = await cli('--input', FIXTURE, ...flags);
    expect(other.code).toBe(0);
    expect(read(other.stdout)).toEqual(readYaml(yaml.stdout));
  });

  it('prints the demo data in every format as the same node set', async () => {
    const example = path.join(__dirname, '..', '..', 'examples', 'describe-tasks.json');
    const sets = await Promise.all(
      (['resourceyaml', 'resourcexml', 'resourcejson'] as const).map(async (format) => {
        const { code, stdout } = await cli('--input', example, '--format', format);
        expect(code).toBe(0);
        return { resourceyaml: readYaml, resourcexml: readXml, resourcejson: readJson }[format](stdout);
      }),
    );
    expect(Object.keys(sets[0] ?? {}).length).toBeGreaterThan(5);
    expect(sets[1]).toEqual(sets[0]);
    expect(sets[2]).toEqual(sets[0]);
  });

  it.each(['resourceyaml', 'resourcexml', 'resourcejson'])('writes a valid empty %s document when nothing matches (exit 0)', async (format) => {
    const { code, stdout } = await cli('--input', FIXTURE, '--container', 'no-such-container', '-f', format);
    expect(code).toBe(0);
    const read = { resourceyaml: readYaml, resourcexml: readXml, resourcejson: readJson }[format];
    expect(read?.(stdout)).toEqual({});
  });

  it('is deterministic', async () => {
    const first = await cli('--input', FIXTURE, '-f', 'resourcexml');
    const second = await cli('--input', FIXTURE, '-f', 'resourcexml');
    expect(second.stdout).toBe(first.stdout);
  });
});

describe('run: filters', () => {
  it.each<[string, string[], string[]]>([
    ['--service', ['--service', 'cart-service'], ['app', 'datadog-agent']],
    ['--service as ARN', ['--service', 'arn:aws:ecs:eu-west-1:123456789012:service/batch-ec2/report-worker'], ['worker']],
    ['--task-definition family', ['--task-definition', 'checkout-api'], ['app', 'envoy']],
    ['--task-definition FAMILY:REVISION', ['--task-definition', 'checkout-api:41,report-worker:9'], ['worker']],
    ['--container', ['--container', 'app,worker'], ['app', 'app', 'worker']],
    ['--tags', ['--tags', 'env=prod'], ['app', 'envoy', 'worker']],
    ['--tags keys AND', ['--tags', 'env=prod,team=payments'], ['app', 'envoy']],
    ['--tags repeated key OR', ['--tags', 'env=prod', '--tags', 'env=staging'], ['app', 'app', 'datadog-agent', 'envoy', 'worker']],
    ['--tags empty value', ['--tags', 'canary='], ['app', 'envoy']],
    ['criteria AND', ['--service', 'checkout-service', '--container', 'envoy'], ['envoy']],
    ['--filter-behavior include', ['--filter-behavior', 'include', '--container', 'envoy'], ['envoy']],
    ['--filter-behavior exclude', ['--filter-behavior', 'exclude', '--container', 'envoy,datadog-agent'], ['app', 'app', 'export', 'worker']],
    ['--filter-behavior exclude, several criteria', ['--filter-behavior', 'exclude', '--service', 'checkout-service', '--container', 'app'], ['app', 'datadog-agent', 'envoy', 'export', 'worker']],
  ])('%s', async (_flag, flags, expected) => {
    const { code, stdout } = await cli('--input', FIXTURE, ...flags);
    expect(code).toBe(0);
    expect(containerNames(stdout)).toEqual(expected);
  });

  it('--tags splits a pair at its first "=" and reads "\\," as a comma', async () => {
    const { tasks } = loadDescribeTasks();
    const tagged = tasks.map((t, i) => (i === 1 ? { ...t, tags: [...(t.tags ?? []), { key: 'note', value: 'a,b=c' }] } : t));
    const file = path.join(folder, 'tagged.json');
    await fs.writeFile(file, JSON.stringify({ tasks: tagged }));
    const { code, stdout } = await cli('--input', file, '--tags', 'note=a\\,b=c');
    expect(code).toBe(0);
    expect(containerNames(stdout)).toEqual(['app', 'datadog-agent']);
    expect((await cli('--input', file, '--tags', 'note=a')).stdout).toBe('{}\n');
  });
});

describe('run: --output', () => {
  it('writes the document to the file, nothing on stdout', async () => {
    const file = path.join(folder, 'nodes.yaml');
    const { code, stdout } = await cli('--input', FIXTURE, '--output', file);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(await fs.readFile(file, 'utf8')).toBe((await cli('--input', FIXTURE)).stdout);
    expect(await fs.readdir(folder)).toEqual(['nodes.yaml']);
  });

  it('-o replaces an existing file atomically, keeping its mode', async () => {
    const file = path.join(folder, 'nodes.xml');
    await fs.writeFile(file, 'old');
    await fs.chmod(file, 0o640);
    const inode = (await fs.stat(file)).ino;
    const { code } = await cli('--input', FIXTURE, '-f', 'resourcexml', '-o', file);
    expect(code).toBe(0);
    const after = await fs.stat(file);
    expect(after.ino).not.toBe(inode);
    expect(after.mode & 0o7777).toBe(0o640);
    expect(Object.keys(readXml(await fs.readFile(file, 'utf8')))).toHaveLength(ALL_NODES);
    expect(await fs.readdir(folder)).toEqual(['nodes.xml']);
  });

  it('exits 4 when the folder does not exist, before any AWS call', async () => {
    const { code, stdout, stderr } = await cli('--region', 'eu-west-1', '--output', path.join(folder, 'missing', 'nodes.yaml'));
    expect(code).toBe(4);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: cannot write .*nodes\.yaml: folder .* does not exist\n$/);
    expect(ecsMock.calls()).toHaveLength(0);
  });

  it('leaves the previous file whole when the run fails', async () => {
    const file = path.join(folder, 'nodes.yaml');
    await fs.writeFile(file, 'previous inventory');
    ecsMock.on(ListTasksCommand).rejects(sdkErrors.accessDenied());
    const { code } = await cli('--region', 'eu-west-1', '--clusters', 'prod-web', '-o', file);
    expect(code).toBe(3);
    expect(await fs.readFile(file, 'utf8')).toBe('previous inventory');
    expect(await fs.readdir(folder)).toEqual(['nodes.yaml']);
  });
});

describe('run: --input', () => {
  it('reads standard input for "-"', async () => {
    const text = await fs.readFile(FIXTURE, 'utf8');
    const stdout = capture();
    const stderr = capture();
    // The stream comes from Io: the library never reads process.stdin itself.
    const code = await run(['--input', '-'], { stdin: Readable.from([text]), stdout: stdout.stream, stderr: stderr.stream });
    expect(code).toBe(0);
    expect(Object.keys(readYaml(stdout.text()))).toHaveLength(ALL_NODES);
  });

  it('never calls AWS', async () => {
    await cli('--input', FIXTURE, '--region', 'eu-west-1', '--clusters', 'prod-web');
    expect(ecsMock.calls()).toHaveLength(0);
  });
});

describe('run: AWS flags', () => {
  beforeEach(() => {
    ecsMock.on(ListClustersCommand).resolves({ clusterArns: [clusterArn('prod-web')] });
    ecsMock.on(ListTasksCommand).resolves({ taskArns: taskArns('prod-web', 3) });
    ecsMock.on(DescribeTasksCommand).callsFake(describeAll);
  });

  function client(): ECSClient {
    return ecsMock.call(0).thisValue as ECSClient;
  }

  it('-r / --region sets the client region and lists every cluster when -c is not given', async () => {
    const { code, stdout } = await cli('-r', 'eu-west-1');
    expect(code).toBe(0);
    expect(Object.keys(readYaml(stdout))).toHaveLength(3);
    await expect(client().config.region()).resolves.toBe('eu-west-1');
    expect(ecsMock).toHaveReceivedCommandTimes(ListClustersCommand, 1);
  });

  it('-c / --clusters lists only those clusters', async () => {
    const { code } = await cli('--region', 'eu-west-1', '-c', 'prod-web,batch');
    expect(code).toBe(0);
    expect(ecsMock).toHaveReceivedCommandTimes(ListClustersCommand, 0);
    expect(ecsMock).toHaveReceivedCommandWith(ListTasksCommand, { cluster: 'prod-web' });
    expect(ecsMock).toHaveReceivedCommandWith(ListTasksCommand, { cluster: 'batch' });
    expect(ecsMock).toHaveReceivedCommandTimes(ListTasksCommand, 2);
  });

  it('--endpoint-url points the client at that endpoint', async () => {
    expect((await cli('--region', 'eu-west-1', '--endpoint-url', 'http://127.0.0.1:4566')).code).toBe(0);
    const endpoint = (await client().config.endpoint?.()) as { hostname?: string; port?: number; protocol?: string } | undefined;
    expect(endpoint).toMatchObject({ hostname: '127.0.0.1', port: 4566, protocol: 'http:' });
  });

  it('--profile selects the shared-config profile', async () => {
    expect((await cli('--region', 'eu-west-1', '--profile', 'ops')).code).toBe(0);
    expect((client().config as { profile?: string }).profile).toBe('ops');
  });

  it('--max-attempts sets the SDK attempts', async () => {
    expect((await cli('--region', 'eu-west-1', '--max-attempts', '3')).code).toBe(0);
    await expect(client().config.maxAttempts()).resolves.toBe(3);
  });

  it('-v / --verbose prints a summary on stderr, the document still on stdout', async () => {
    const { code, stdout, stderr } = await cli('--region', 'eu-west-1', '-v');
    expect(code).toBe(0);
    expect(Object.keys(readYaml(stdout))).toHaveLength(3);
    expect(stderr).toMatch(/^ecs-nodes: 1 cluster\(s\), 3 task\(s\) described, 3 node\(s\), 3 API call\(s\) \(DescribeTasks 1, ListClusters 1, ListTasks 1\), 0 retries, \d+\.\d\d s\n {2}eu-west-1 prod-web: 3 task\(s\), 3 node\(s\), 2 call\(s\), 0 retries, \d+\.\d\d s\n$/);
    expect((await cli('--region', 'eu-west-1', '--verbose')).stderr).toContain('3 node(s)');
  });

  it('exits 2 without a region from flags, environment or profile', async () => {
    const { code, stdout, stderr } = await withCleanAwsEnvironment(() => cli());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('error: no AWS region: pass --region (or set AWS_REGION or a region in the profile)\n');
  });
});

describe('run: exit codes and diagnostics', () => {
  it.each<[string, string[], RegExp]>([
    ['an unknown flag', ['--bogus'], /^error: unknown option '--bogus'/],
    ['a stray argument', ['--input', FIXTURE, 'extra'], /^error: (too many arguments|unexpected argument "extra")/],
    ['a bad list', ['--service', 'a,,b'], /empty item in list "a,,b"/],
    ['a tag without "="', ['--tags', 'env'], /tag "env" has no "="/],
    ['an unknown format', ['--format', 'toml'], /Allowed choices are resourceyaml, resourcexml, resourcejson, json/],
    ['an unknown behaviour', ['--filter-behavior', 'maybe'], /Allowed choices are include, exclude/],
    ['a bad region', ['--region', 'mars-1'], /^error: "mars-1" is not an AWS region name/],
    ['a bad endpoint', ['--endpoint-url', 'ftp://x'], /^error: --endpoint-url "ftp:\/\/x" must be an http or https URL/],
    ['a missing option value', ['--output'], /argument missing/],
    ['an unreadable --input', ['--input', '/nonexistent/tasks.json'], /^error: cannot read --input \/nonexistent\/tasks\.json: no such file\n$/],
  ])('exits 2 for %s, nothing on stdout', async (_case, argv, message) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(ecsMock.calls()).toHaveLength(0);
  });

  it('exits 2 for --input that is not DescribeTasks JSON', async () => {
    const file = path.join(folder, 'bad.json');
    await fs.writeFile(file, '{"taskArns": []}');
    const { code, stdout, stderr } = await cli('--input', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: .*bad\.json: expected a DescribeTasks response/);
  });

  it.each([
    ['access denied', sdkErrors.accessDenied, /^error: access denied: ecs:ListTasks on cluster prod-web, region eu-west-1: .*\n$/],
    ['an unknown cluster', sdkErrors.clusterNotFound, /^error: cluster not found: prod-web in region eu-west-1 \(ecs:ListTasks\)\n$/],
    ['throttling past retries', sdkErrors.throttling, /^error: throttled by ECS past the retry limit: ecs:ListTasks on cluster prod-web, region eu-west-1 .*\n$/],
    [
      'missing credentials',
      () => Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }),
      /^error: no AWS credentials found for ecs:ListTasks \(cluster prod-web, region eu-west-1\)/,
    ],
  ])('exits 3 on %s with one line naming call, cluster and region', async (_case, error, message) => {
    ecsMock.on(ListTasksCommand).rejects(error());
    const { code, stdout, stderr } = await cli('--region', 'eu-west-1', '--clusters', 'prod-web');
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 1 on anything unexpected, nothing on stdout, the stack only with --debug', async () => {
    // The CLI writes the document in chunks (formatNodeChunks); the whole-string path fails alike.
    jest.spyOn(formatters.resourceyaml, 'format').mockImplementation(() => {
      throw new TypeError('boom');
    });
    if (formatters.resourceyaml.chunks) {
      jest.spyOn(formatters.resourceyaml, 'chunks').mockImplementation(() => {
        throw new TypeError('boom');
      });
    }
    const plain = await cli('--input', FIXTURE);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toMatch(/error: boom\n$/);
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    const debug = await cli('--input', FIXTURE, '--debug');
    expect(debug.code).toBe(1);
    expect(debug.stdout).toBe('');
    expect(debug.stderr).toMatch(/error: boom\nTypeError: boom\n\s+at /);
  });

  it('--debug prints the stack of an expected error too', async () => {
    const { code, stderr } = await cli('--input', '/nonexistent/tasks.json', '--debug');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: cannot read --input .*\nUsageError: .*\n\s+at /);
  });

  it('-V / --version prints the version on stdout, exit 0', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { version } = require('../../package.json') as { version: string };
    for (const flag of ['-V', '--version']) {
      expect(await cli(flag)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('-h / --help prints usage on stdout, exit 0', async () => {
    for (const flag of ['-h', '--help']) {
      const { code, stdout, stderr } = await cli(flag);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: ecs-nodes \[options\]/);
      expect(stdout).toContain('--filter-behavior <mode>');
      expect(stderr).toBe('');
    }
  });
});
