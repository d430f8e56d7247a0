// E2E: a failing cluster or region fails the run by default (nothing written); --allow-partial writes the rest
// with one warning per failed scope.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { startFakeEcs, type FakeEcs } from '../support/fake-ecs';
import { parseInventory } from '../support/parse-inventory';
import { assertBuilt, cleanUp, runCli, stderrLines, tempFolder } from './cli-runner';

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
