// End-to-end: the built CLI authenticates every way the README lists, against local STS, ECS and metadata
// servers on 127.0.0.1, with a clean environment; each failure gives its one line and exit code.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSts, type FakeRole, type FakeSts } from '../support/fake-sts';
import { startContainerCredentialsStub, startImdsStub, startSilentServer, type MetadataStub, type StubKey } from '../support/metadata-stubs';
import { startMiniEcs, type ClusterSizes, type MiniEcs } from '../support/mini-ecs';
import { BIN, QUIET_ENV, runNode, type CliResult } from '../support/run-built-cli';

/** Runs the built CLI with exactly `env` as its environment (no PATH, no HOME unless given). */
function runCli(args: readonly string[], env: Readonly<Record<string, string>>): Promise<CliResult> {
  return runNode(BIN, args, { env: { ...env } });
}
import type { KeyRing } from '../support/sigv4-verify';

const BASE_KEY = 'AKIAFAKEBASE00000001';
const BASE_SECRET = 'bAsE/SeCrEt+e2e0key0000000000000000000001';
const ENV_KEY = 'AKIAFAKEENV000000002';
const ENV_SECRET = 'eNv/SeCrEt+e2e0key00000000000000000000002';
const PROFILE_KEY = 'AKIAFAKEPROFILE00003';
const PROFILE_SECRET = 'pRoFiLe/SeCrEt+e2e0key000000000000000003';
const TEMP_KEY = 'ASIAFAKETEMP00000004';
const TEMP_SECRET = 'tEmP/SeCrEt+e2e0key0000000000000000000004';
const TEMP_TOKEN = 'tEmP-SeSsIoN-ToKeN-0004';
const IMDS_KEY: StubKey = { accessKeyId: 'ASIAFAKEIMDS00000005', secretAccessKey: 'iMdS/SeCrEt+e2e0key00000000000000000005', sessionToken: 'imds-token-0005' };
const CONTAINER_KEY: StubKey = { accessKeyId: 'ASIAFAKECONTAINER006', secretAccessKey: 'cOnTaInEr/SeCrEt+e2e0key00000000000006', sessionToken: 'container-token-0006' };
const ALL_SECRETS = [BASE_SECRET, ENV_SECRET, PROFILE_SECRET, TEMP_SECRET, TEMP_TOKEN, IMDS_KEY.secretAccessKey, CONTAINER_KEY.secretAccessKey];

const BASE_ACCOUNT = '111111111111';
const ROLE_A = 'arn:aws:iam::222222222222:role/rundeck-ecs';
const ROLE_B = 'arn:aws:iam::333333333333:role/rundeck-ecs';
const ROLE_NO_EXTERNAL_ID = 'arn:aws:iam::444444444444:role/rundeck-ecs';
const ROLE_UNTRUSTED = 'arn:aws:iam::555555555555:role/not-trusting-us';
const EXTERNAL_ID = 'rundeck-e2e-external';

// Account → region → cluster sizes. Account 111… has a cluster named "web" in two regions.
const INVENTORY: Readonly<Record<string, Readonly<Record<string, ClusterSizes>>>> = {
  [BASE_ACCOUNT]: { 'eu-west-1': { web: 2 }, 'us-east-1': { web: 3 } },
  '222222222222': { 'eu-west-1': { web: 1, batch: 1 }, 'us-east-1': { web: 2 } },
  '333333333333': { 'eu-west-1': { prod: 1 }, 'us-east-1': { prod: 2 } },
  '444444444444': { 'eu-west-1': { web: 1 } },
};

type Nodes = Record<string, Record<string, unknown>>;

let keys: KeyRing;
let sts: FakeSts;
let ecs: MiniEcs;
let imds: MetadataStub;
let imdsWithoutRole: MetadataStub;
let container: MetadataStub;
let silent: MetadataStub;
let dir: string;
let secretFile: string;

function parseNodes(result: CliResult): Nodes {
  if (result.code !== 0) throw new Error(`exit ${String(result.code)}: ${result.stderr}`);
  return JSON.parse(result.stdout) as Nodes;
}

/** The arguments every run needs to reach the local ECS and print JSON. */
function ecsArgs(...regions: string[]): string[] {
  return ['--endpoint-url', ecs.url, '--format', 'resourcejson', '--region', regions.join(',')];
}

const accessKeyArgs = (): string[] => ['--access-key-id', BASE_KEY, '--secret-key-file', secretFile];

/** Signing keys of the ECS calls since the test began. */
const ecsKeys = (): Set<string | undefined> => new Set(ecs.requests.map((r) => r.accessKeyId));

/** The single error line a failed run printed. */
function errorLine(result: CliResult): string {
  const lines = result.stderr.split('\n').filter((l) => l.startsWith('error: '));
  expect(lines).toHaveLength(1);
  return lines[0] ?? '';
}

beforeAll(async () => {
  keys = new Map([
    [BASE_KEY, { secretAccessKey: BASE_SECRET, accountId: BASE_ACCOUNT, arn: `arn:aws:iam::${BASE_ACCOUNT}:user/rundeck` }],
    [ENV_KEY, { secretAccessKey: ENV_SECRET, accountId: BASE_ACCOUNT, arn: `arn:aws:iam::${BASE_ACCOUNT}:user/env` }],
    [PROFILE_KEY, { secretAccessKey: PROFILE_SECRET, accountId: BASE_ACCOUNT, arn: `arn:aws:iam::${BASE_ACCOUNT}:user/profile` }],
    [TEMP_KEY, { secretAccessKey: TEMP_SECRET, sessionToken: TEMP_TOKEN, accountId: BASE_ACCOUNT, arn: `arn:aws:sts::${BASE_ACCOUNT}:assumed-role/x/y` }],
    [IMDS_KEY.accessKeyId, { ...IMDS_KEY, accountId: BASE_ACCOUNT, arn: `arn:aws:sts::${BASE_ACCOUNT}:assumed-role/instance/i-1` }],
    [CONTAINER_KEY.accessKeyId, { ...CONTAINER_KEY, accountId: BASE_ACCOUNT, arn: `arn:aws:sts::${BASE_ACCOUNT}:assumed-role/task/t-1` }],
  ]);
  const roles = new Map<string, FakeRole>([
    [ROLE_A, { externalId: EXTERNAL_ID, trustedKeys: [BASE_KEY] }],
    [ROLE_B, { externalId: EXTERNAL_ID, trustedKeys: [BASE_KEY] }],
    [ROLE_NO_EXTERNAL_ID, { trustedKeys: [BASE_KEY] }],
  ]);
  sts = await startFakeSts(keys, roles);
  ecs = await startMiniEcs(keys, {
    clusters: (account, region) => INVENTORY[account]?.[region],
    // Account 444… lets its role list clusters but not tasks.
    deny: ({ action, accessKeyId }) => action === 'ListTasks' && keys.get(accessKeyId)?.accountId === '444444444444',
  });
  imds = await startImdsStub(IMDS_KEY);
  imdsWithoutRole = await startImdsStub(undefined);
  container = await startContainerCredentialsStub(CONTAINER_KEY);
  silent = await startSilentServer();
  dir = await mkdtemp(join(tmpdir(), 'ecs-nodes-e2e-credentials-'));
  secretFile = join(dir, 'ecs.key');
  await writeFile(secretFile, `${BASE_SECRET}\n`, { mode: 0o600 });
});

afterAll(async () => {
  await Promise.all([sts, ecs, imds, imdsWithoutRole, container, silent].map((s) => s?.close()));
  if (dir) await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  sts.requests.length = 0;
  ecs.requests.length = 0;
  silent.paths.length = 0;
});

describe('base credentials', () => {
  it('signs with an access key whose secret is read from a file (trailing newline ignored)', async () => {
    const nodes = parseNodes(await runCli([...ecsArgs('eu-west-1'), ...accessKeyArgs()], QUIET_ENV));
    expect(Object.keys(nodes)).toHaveLength(2);
    expect(ecsKeys()).toEqual(new Set([BASE_KEY]));
    for (const node of Object.values(nodes)) {
      expect(node['ECS:Account-ID']).toBe(BASE_ACCOUNT);
      expect(node['ECS:Region']).toBe('eu-west-1');
      expect(node).not.toHaveProperty('assume-role-arn');
    }
  });

  it('works under an empty environment: no PATH, no HOME, no AWS_* variables', async () => {
    const result = await runCli([...ecsArgs('us-east-1'), ...accessKeyArgs()], {});
    expect(result.stderr).toBe('');
    expect(Object.keys(parseNodes(result))).toHaveLength(3);
    expect(ecsKeys()).toEqual(new Set([BASE_KEY]));
  });

  it('reads the secret from the environment variable --secret-key-env names', async () => {
    const args = [...ecsArgs('eu-west-1'), '--access-key-id', ENV_KEY, '--secret-key-env', 'RUNDECK_ECS_SECRET'];
    const nodes = parseNodes(await runCli(args, { ...QUIET_ENV, RUNDECK_ECS_SECRET: ENV_SECRET }));
    expect(Object.keys(nodes)).toHaveLength(2);
    expect(ecsKeys()).toEqual(new Set([ENV_KEY]));
  });

  it('sends the session token from --session-token-file with a temporary key', async () => {
    const secret = join(dir, 'temp.key');
    const token = join(dir, 'temp.token');
    await writeFile(secret, `${TEMP_SECRET}\r\n`);
    await writeFile(token, `${TEMP_TOKEN}\n`);
    const args = [...ecsArgs('eu-west-1'), '--access-key-id', TEMP_KEY, '--secret-key-file', secret];
    expect(Object.keys(parseNodes(await runCli([...args, '--session-token-file', token], QUIET_ENV)))).toHaveLength(2);
    expect(ecsKeys()).toEqual(new Set([TEMP_KEY]));
    // Without the token the endpoint refuses the key.
    const refused = await runCli([...args, '--max-attempts', '1'], QUIET_ENV);
    expect(refused.code).toBe(3);
    expect(errorLine(refused)).toMatch(/^error: credentials rejected: ecs:ListClusters on region eu-west-1/);
  });

  it('--credential-provider env reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY', async () => {
    const env = { ...QUIET_ENV, AWS_ACCESS_KEY_ID: ENV_KEY, AWS_SECRET_ACCESS_KEY: ENV_SECRET };
    const nodes = parseNodes(await runCli([...ecsArgs('eu-west-1'), '--credential-provider', 'env'], env));
    expect(Object.keys(nodes)).toHaveLength(2);
    expect(ecsKeys()).toEqual(new Set([ENV_KEY]));
  });

  it.each([['profile'], ['default']])(
    '--credential-provider %s reads a profile from explicit files with HOME unset',
    async (provider) => {
      const credentials = join(dir, `credentials-${provider}`);
      const config = join(dir, `config-${provider}`);
      await writeFile(credentials, `[default]\naws_access_key_id = ${BASE_KEY}\naws_secret_access_key = ${BASE_SECRET}\n\n[ops]\naws_access_key_id = ${PROFILE_KEY}\naws_secret_access_key = ${PROFILE_SECRET}\n`);
      await writeFile(config, '[profile ops]\nregion = eu-west-1\n');
      const args = [...ecsArgs('us-east-1'), '--credential-provider', provider, '--profile', 'ops'];
      const files = ['--shared-credentials-file', credentials, '--shared-config-file', config];
      const nodes = parseNodes(await runCli([...args, ...files], QUIET_ENV));
      expect(Object.keys(nodes)).toHaveLength(3);
      expect(ecsKeys()).toEqual(new Set([PROFILE_KEY]));
    },
  );

  it('--credential-provider instance gets the key from the instance metadata service', async () => {
    const env = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.url };
    const nodes = parseNodes(await runCli([...ecsArgs('eu-west-1'), '--credential-provider', 'instance'], env));
    expect(Object.keys(nodes)).toHaveLength(2);
    expect(ecsKeys()).toEqual(new Set([IMDS_KEY.accessKeyId]));
    expect(imds.paths).toContain('PUT /latest/api/token');
  });

  it('the default chain falls back to the instance metadata service', async () => {
    const env = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.url, HOME: dir };
    const nodes = parseNodes(await runCli(ecsArgs('eu-west-1'), env));
    expect(Object.keys(nodes)).toHaveLength(2);
    expect(ecsKeys()).toEqual(new Set([IMDS_KEY.accessKeyId]));
  });

  it('--credential-provider container gets the key from the container credentials endpoint', async () => {
    const env = { ...QUIET_ENV, AWS_CONTAINER_CREDENTIALS_FULL_URI: `${container.url}/v2/credentials/task-role` };
    const nodes = parseNodes(await runCli([...ecsArgs('eu-west-1'), '--credential-provider', 'container'], env));
    expect(Object.keys(nodes)).toHaveLength(2);
    expect(ecsKeys()).toEqual(new Set([CONTAINER_KEY.accessKeyId]));
    expect(container.paths).toContain('GET /v2/credentials/task-role');
  });
});

describe('roles and regions', () => {
  it('assumes a role with the base key and lists with the assumed key', async () => {
    const args = [...ecsArgs('eu-west-1'), ...accessKeyArgs(), '--role-arn', ROLE_A, '--external-id', EXTERNAL_ID];
    const nodes = parseNodes(await runCli([...args, '--sts-endpoint-url', sts.url, '--role-session-name', 'rundeck-nodes'], QUIET_ENV));
    expect(sts.requests).toEqual([
      {
        action: 'AssumeRole',
        accessKeyId: BASE_KEY,
        region: 'eu-west-1',
        params: expect.objectContaining({ RoleArn: ROLE_A, ExternalId: EXTERNAL_ID, RoleSessionName: 'rundeck-nodes' }),
      },
    ]);
    const assumed = sts.issued.filter((k) => k.sessionName === 'rundeck-nodes').map((k) => k.accessKeyId);
    expect(assumed).toHaveLength(1);
    expect(ecsKeys()).toEqual(new Set(assumed));
    expect(Object.keys(nodes)).toHaveLength(2);
    for (const node of Object.values(nodes)) {
      expect(node['ECS:Account-ID']).toBe('222222222222');
      expect(node['assume-role-arn']).toBe(ROLE_A);
    }
  });

  it('lists every region under every role in one run', async () => {
    const args = [...ecsArgs('eu-west-1', 'us-east-1'), ...accessKeyArgs(), '--role-arn', `${ROLE_A},${ROLE_B}`];
    const nodes = parseNodes(await runCli([...args, '--external-id', EXTERNAL_ID, '--sts-endpoint-url', sts.url], QUIET_ENV));
    // 222…: 2 in eu-west-1, 2 in us-east-1; 333…: 1 + 2.
    expect(Object.keys(nodes)).toHaveLength(7);
    const seen = new Set(Object.values(nodes).map((n) => `${String(n['assume-role-arn'])} ${String(n['ECS:Account-ID'])} ${String(n['ECS:Region'])}`));
    expect(seen).toEqual(
      new Set([
        `${ROLE_A} 222222222222 eu-west-1`,
        `${ROLE_A} 222222222222 us-east-1`,
        `${ROLE_B} 333333333333 eu-west-1`,
        `${ROLE_B} 333333333333 us-east-1`,
      ]),
    );
    expect(sts.requests.map((r) => `${String(r.accessKeyId)} ${String(r.params.RoleArn)} ${String(r.params.RoleSessionName)} ${String(r.region)}`).sort()).toEqual(
      [
        `${BASE_KEY} ${ROLE_A} ecs-nodes eu-west-1`,
        `${BASE_KEY} ${ROLE_A} ecs-nodes us-east-1`,
        `${BASE_KEY} ${ROLE_B} ecs-nodes eu-west-1`,
        `${BASE_KEY} ${ROLE_B} ecs-nodes us-east-1`,
      ].sort(),
    );
    expect(ecs.requests.some((r) => r.accessKeyId === BASE_KEY)).toBe(false);
  });

  it('gives disjoint nodes with the right ECS:Region for identically named clusters in two regions', async () => {
    const nodes = parseNodes(await runCli([...ecsArgs('eu-west-1', 'us-east-1'), ...accessKeyArgs(), '--clusters', 'web'], QUIET_ENV));
    const byRegion = (region: string): string[] => Object.keys(nodes).filter((name) => nodes[name]?.['ECS:Region'] === region);
    expect(byRegion('eu-west-1')).toHaveLength(2);
    expect(byRegion('us-east-1')).toHaveLength(3);
    expect(Object.keys(nodes)).toHaveLength(5);
    for (const [name, node] of Object.entries(nodes)) {
      expect(node['ECS:Cluster-Name']).toBe('web');
      expect(String(node['ECS:Task-ARN'])).toContain(`:ecs:${String(node['ECS:Region'])}:`);
      expect(name).toContain(String(node['ECS:Container-ID']));
    }
  });
});

describe('failures: one line and the exit code', () => {
  it.each([
    ['a missing secret file', () => ['--access-key-id', BASE_KEY, '--secret-key-file', join(dir, 'absent.key')], {}, 2, /^error: cannot read --secret-key-file .*absent\.key: no such file$/],
    ['an unset secret variable', () => ['--access-key-id', BASE_KEY, '--secret-key-env', 'ECS_SECRET'], {}, 2, /^error: the environment variable ECS_SECRET named by --secret-key-env is not set or empty$/],
    ['a secret key without a key id', () => ['--secret-key-file', secretFile], {}, 2, /^error: --secret-key-file needs --access-key-id$/],
    ['no credentials in the environment', () => ['--credential-provider', 'env'], {}, 3, /^error: no AWS credentials in the environment \(--credential-provider env\): AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.*pass --access-key-id with --secret-key-file/],
    ['no credentials anywhere (default chain)', () => [], { HOME: dir }, 3, /^error: no AWS credentials found: tried environment variables, .*instance metadata .*; pass --access-key-id with --secret-key-file/],
    ['a wrong secret', () => ['--access-key-id', ENV_KEY, '--secret-key-file', secretFile], {}, 3, /^error: credentials rejected: ecs:ListClusters on region eu-west-1: /],
  ] as const)('%s', async (_name, extra, env, code, line) => {
    const result = await runCli([...ecsArgs('eu-west-1'), '--max-attempts', '1', ...extra()], { ...QUIET_ENV, ...env });
    expect(result.stdout).toBe('');
    expect(errorLine(result)).toMatch(line);
    expect(result.code).toBe(code);
  });

  it('reports an instance without a role quickly, suggesting the other options', async () => {
    const env = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', AWS_EC2_METADATA_SERVICE_ENDPOINT: imdsWithoutRole.url };
    const started = Date.now();
    const result = await runCli([...ecsArgs('eu-west-1'), '--credential-provider', 'instance'], env);
    expect(errorLine(result)).toMatch(
      /^error: no credentials from the EC2 instance metadata service \(--credential-provider instance, 1000 ms timeout, 1 retry\): .*Pass --credential-provider container, env or profile, or --access-key-id/,
    );
    expect(result.code).toBe(3);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it.each([
    ['instance', 'AWS_EC2_METADATA_SERVICE_ENDPOINT', '', /^error: no credentials from the EC2 instance metadata service .*TimeoutError/],
    ['container', 'AWS_CONTAINER_CREDENTIALS_FULL_URI', '/creds', /^error: no credentials from the ECS container credentials endpoint .*TimeoutError/],
    ['default', 'AWS_EC2_METADATA_SERVICE_ENDPOINT', '', /^error: no AWS credentials found: /],
  ])('--credential-provider %s gives up on a metadata endpoint that never answers', async (provider, variable, path, line) => {
    const env = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', HOME: dir, [variable]: `${silent.url}${path}` };
    const started = Date.now();
    const result = await runCli([...ecsArgs('eu-west-1'), '--credential-provider', provider], env);
    expect(errorLine(result)).toMatch(line);
    expect(result.code).toBe(3);
    // 1 s per attempt, one retry, and IMDSv2's token request: a few seconds, never a hang.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(silent.paths.length).toBeGreaterThan(0);
  });

  it.each([
    ['an untrusted role', ROLE_UNTRUSTED, ['--external-id', EXTERNAL_ID], 'an external id was sent'],
    ['a wrong external id', ROLE_A, ['--external-id', 'wrong-external-id'], 'an external id was sent'],
    ['a missing external id', ROLE_A, [], 'no external id was sent'],
  ])('AssumeRole denied for %s names the role and the external id', async (_name, role, extra, sent) => {
    const args = [...ecsArgs('eu-west-1'), ...accessKeyArgs(), '--role-arn', role, ...extra, '--sts-endpoint-url', sts.url];
    const result = await runCli(args, QUIET_ENV);
    expect(errorLine(result)).toMatch(new RegExp(`^error: sts:AssumeRole denied on role ${role.replace(/[/.]/g, '\\$&')}, region eu-west-1 \\(${sent}, session ecs-nodes\\): User: arn:aws:iam::${BASE_ACCOUNT}:user/rundeck is not authorized`));
    expect(result.code).toBe(3);
    expect(ecs.requests).toEqual([]);
  });

  it('access denied on ECS names the action, cluster, region and role', async () => {
    const args = [...ecsArgs('eu-west-1'), ...accessKeyArgs(), '--role-arn', ROLE_NO_EXTERNAL_ID, '--sts-endpoint-url', sts.url];
    const result = await runCli(args, QUIET_ENV);
    expect(errorLine(result)).toMatch(
      new RegExp(`^error: access denied: ecs:ListTasks on cluster web, region eu-west-1, role ${ROLE_NO_EXTERNAL_ID.replace(/[/.]/g, '\\$&')}: User: arn:aws:sts::444444444444:assumed-role/rundeck-ecs/ecs-nodes is not authorized`),
    );
    expect(result.code).toBe(3);
  });

  it.each([
    ['a bad region name', ['--region', 'eu_west_1'], /^error: "eu_west_1" is not an AWS region name/],
    ['no region at all', [], /pass --region/],
  ])('%s is a usage error', async (_name, region, line) => {
    const result = await runCli(['--endpoint-url', ecs.url, ...accessKeyArgs(), ...region], { ...QUIET_ENV, HOME: dir });
    expect(errorLine(result)).toMatch(line);
    expect(result.code).toBe(2);
  });
});

describe('secrets stay secret', () => {
  it('no secret appears in any output, --debug stacks and --verbose summaries included', async () => {
    const runs = await Promise.all([
      runCli([...ecsArgs('eu-west-1', 'us-east-1'), ...accessKeyArgs(), '--verbose', '--debug', '--role-arn', ROLE_A, '--external-id', EXTERNAL_ID, '--sts-endpoint-url', sts.url], QUIET_ENV),
      runCli([...ecsArgs('eu-west-1'), ...accessKeyArgs(), '--debug', '--role-arn', ROLE_UNTRUSTED, '--sts-endpoint-url', sts.url], QUIET_ENV),
      runCli([...ecsArgs('eu-west-1'), ...accessKeyArgs(), '--debug', '--role-arn', ROLE_NO_EXTERNAL_ID, '--sts-endpoint-url', sts.url], QUIET_ENV),
      runCli([...ecsArgs('eu-west-1'), '--debug', '--max-attempts', '1', '--access-key-id', ENV_KEY, '--secret-key-file', secretFile], QUIET_ENV),
      runCli([...ecsArgs('eu-west-1'), '--debug', '--credential-provider', 'env'], { ...QUIET_ENV, AWS_SECRET_ACCESS_KEY: ENV_SECRET }),
      runCli([...ecsArgs('eu-west-1'), '--debug', '--access-key-id', TEMP_KEY, '--secret-key-env', 'S', '--session-token-file', join(dir, 'none')], { ...QUIET_ENV, S: TEMP_SECRET }),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 3, 3, 3, 3, 2]);
    expect(runs.slice(1).every((r) => r.stderr.includes('    at '))).toBe(true);
    const issuedSecrets = [...keys.values()].map((k) => k.secretAccessKey).concat([...keys.values()].flatMap((k) => (k.sessionToken ? [k.sessionToken] : [])));
    for (const run of runs) {
      for (const secret of [...ALL_SECRETS, ...issuedSecrets]) {
        expect(run.stdout).not.toContain(secret);
        expect(run.stderr).not.toContain(secret);
      }
    }
  });
});
