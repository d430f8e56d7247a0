// E2E: a failing cluster or region fails the run by default (nothing written); --allow-partial writes the rest
// with one warning per failed scope.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { startFakeEcs, type FakeEcs } from '../support/fake-ecs';
import { startFakeSts, type FakeSts } from '../support/fake-sts';
import type { KeyRing } from '../support/sigv4-verify';
import { parseInventory } from '../support/parse-inventory';
import { assertBuilt, cleanUp, FAKE_ACCESS_KEY_ID, runCli, stderrLines, tempFolder } from './cli-runner';

let fake: FakeEcs;
const REGIONS = 'us-east-1,eu-west-1';
const OLD_INVENTORY = '"old-node":\n  "nodename": "old-node"\n  "hostname": "10.0.0.1"\n';

beforeAll(async () => {
  assertBuilt();
  fake = await startFakeEcs({ regions: { 'us-east-1': { seed: 31, clusters: 3, tasksPerCluster: 30 }, 'eu-west-1': { seed: 32, clusters: 2, tasksPerCluster: 10 } } });
});

afterEach(() => {
  fake.setFaults({});
  cleanUp();
});

afterAll(async () => {
  await fake.close();
});

function run(args: readonly string[]) {
  return runCli(['--endpoint-url', fake.url, '-r', REGIONS, ...args]);
}

/** An existing inventory file in a fresh folder, for "left untouched" checks. */
function existingInventory(): { file: string; folder: string } {
  const folder = tempFolder();
  const file = path.join(folder, 'ecs.yaml');
  writeFileSync(file, OLD_INVENTORY, { mode: 0o640 });
  return { file, folder };
}

function clusterNamesOfNodes(stdout: string): Set<string> {
  return new Set([...parseInventory(stdout, 'resourcejson').values()].map((n) => `${n['ECS:Region']}/${n['ECS:Cluster-Name']}`));
}

describe('a failing scope fails the run by default', () => {
  it.each<[string, () => void, RegExp]>([
    ['a cluster denies access', () => fake.setFaults({ accessDeniedClusters: ['staging-web-02'] }), /^error: access denied: ecs:ListTasks on cluster staging-web-02, region (us-east-1|eu-west-1): /],
    ['a region denies access', () => fake.setFaults({ accessDeniedRegions: ['eu-west-1'] }), /^error: access denied: ecs:ListClusters on region eu-west-1: /],
    ['a region keeps failing with 500', () => fake.setFaults({ serverErrorEvery: 1 }), /^error: ecs:ListClusters failed on region (us-east-1|eu-west-1): ServerException/],
  ])('%s: exit 3, one error line, nothing on stdout, the old file untouched', async (_name, inject, message) => {
    inject();
    const { file, folder } = existingInventory();
    const before = statSync(file);
    const result = await run(['-o', file, '--max-attempts', '2']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(stderrLines(result)).toEqual([expect.stringMatching(message)]);
    expect(readFileSync(file, 'utf8')).toBe(OLD_INVENTORY);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(readdirSync(folder)).toEqual(['ecs.yaml']);
  });

  it('fails on a named cluster that does not exist', async () => {
    const result = await run(['-c', 'prod-web-01,no-such-cluster']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(stderrLines(result)).toEqual([expect.stringMatching(/^error: cluster not found: no-such-cluster in region (us-east-1|eu-west-1)/)]);
  });
});

describe('--allow-partial', () => {
  it('writes the nodes of the clusters that answered, one warning per failed cluster, exit 0', async () => {
    fake.setFaults({ accessDeniedClusters: ['staging-web-02'] });
    const result = await run(['--allow-partial', '-f', 'json']);
    expect(result.code).toBe(0);
    const warnings = stderrLines(result);
    expect(warnings.sort()).toEqual([
      expect.stringMatching(/^warning: skipped cluster staging-web-02 in region eu-west-1 \(--allow-partial\): access denied: ecs:ListTasks on cluster staging-web-02, region eu-west-1/),
      expect.stringMatching(/^warning: skipped cluster staging-web-02 in region us-east-1 \(--allow-partial\): access denied: ecs:ListTasks on cluster staging-web-02, region us-east-1/),
    ]);
    expect(clusterNamesOfNodes(result.stdout)).toEqual(new Set(['us-east-1/prod-web-01', 'us-east-1/dev-web-03', 'eu-west-1/prod-web-01']));
  });

  it('skips a failed region with one warning and replaces the file with the rest', async () => {
    fake.setFaults({ accessDeniedRegions: ['eu-west-1'] });
    const { file } = existingInventory();
    const result = await run(['--allow-partial', '-o', file, '-f', 'json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(stderrLines(result)).toEqual([expect.stringMatching(/^warning: skipped region eu-west-1 \(--allow-partial\): access denied: ecs:ListClusters on region eu-west-1/)]);
    const clusters = clusterNamesOfNodes(readFileSync(file, 'utf8'));
    expect([...clusters].every((c) => c.startsWith('us-east-1/'))).toBe(true);
    expect(clusters.size).toBe(3);
  });

  it('still fails (exit 3) when no cluster or region could be listed at all', async () => {
    fake.setFaults({ accessDeniedRegions: ['us-east-1', 'eu-west-1'] });
    const result = await run(['--allow-partial']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(stderrLines(result)).toEqual([expect.stringMatching(/^error: access denied: ecs:ListClusters on region /)]);
  });
});

describe('--allow-partial across roles (accounts)', () => {
  const BASE_SECRET = 'base-secret-for-e2e';
  const ROLE_OK = 'arn:aws:iam::222222222222:role/rundeck-ecs';
  const ROLE_DENIED = 'arn:aws:iam::333333333333:role/rundeck-ecs';
  let sts: FakeSts;
  let secretFile: string;

  beforeAll(async () => {
    const keys: KeyRing = new Map([[FAKE_ACCESS_KEY_ID, { secretAccessKey: BASE_SECRET, accountId: '111111111111', arn: 'arn:aws:iam::111111111111:user/rundeck' }]]);
    sts = await startFakeSts(keys, new Map([[ROLE_OK, { trustedKeys: [FAKE_ACCESS_KEY_ID] }]]));
  });

  beforeEach(() => {
    // Temporary folders go after each test, so the secret file is written anew for each.
    secretFile = path.join(tempFolder(), 'ecs.key');
    writeFileSync(secretFile, `${BASE_SECRET}\n`, { mode: 0o600 });
  });

  afterAll(async () => {
    await sts.close();
  });

  const roleArgs = (): string[] => [
    '-r', 'us-east-1', '--access-key-id', FAKE_ACCESS_KEY_ID, '--secret-key-file', secretFile,
    '--role-arn', `${ROLE_OK},${ROLE_DENIED}`, '--sts-endpoint-url', sts.url, '-f', 'json',
  ];

  it('fails the run by default when one role cannot be assumed', async () => {
    const result = await runCli(['--endpoint-url', fake.url, ...roleArgs()]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(stderrLines(result)).toEqual([expect.stringMatching(/^error: .*AssumeRole.*333333333333/)]);
  });

  it('skips the role that cannot be assumed, with one warning, and lists under the other', async () => {
    fake.resetStats();
    const result = await runCli(['--endpoint-url', fake.url, ...roleArgs(), '--allow-partial']);
    expect(result.code).toBe(0);
    expect(stderrLines(result)).toEqual([
      expect.stringMatching(/^warning: skipped region us-east-1 as role arn:aws:iam::333333333333:role\/rundeck-ecs \(--allow-partial\): .*AssumeRole/),
    ]);
    expect(clusterNamesOfNodes(result.stdout)).toEqual(new Set(['us-east-1/prod-web-01', 'us-east-1/staging-web-02', 'us-east-1/dev-web-03']));
    // Every ECS call was signed with the key issued for the role that could be assumed.
    const issued = sts.issued.filter((k) => k.roleArn === ROLE_OK).map((k) => k.accessKeyId);
    expect(fake.stats().accessKeyIds.length).toBeGreaterThan(0);
    expect(fake.stats().accessKeyIds.every((key) => issued.includes(key))).toBe(true);
  });
});
