// E2E: a 50,000-container inventory, listed over the wire by the built CLI, stays well under 1 GB resident.

import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { countNodeContainers, generateEstate } from '../support/fake-ecs-estate';
import { startFakeEcs, type FakeEcs } from '../support/fake-ecs';
import { assertBuilt, cleanUp, runCli, tempFolder } from './cli-runner';

const ONE_GB = 1024 ** 3;
let fake: FakeEcs;
let containers: number;

beforeAll(async () => {
  assertBuilt();
  const estate = generateEstate('us-east-1', { seed: 51, clusters: 34, tasksPerCluster: 1000 });
  containers = countNodeContainers(estate);
  // The endpoint's own request log is not needed here; skipping it keeps the test process small.
  fake = await startFakeEcs({ regions: { 'us-east-1': estate }, recordRequests: false });
}, 60_000);

afterAll(async () => {
  cleanUp();
  await fake.close();
});

it('lists 50,000 containers with a peak RSS under 1 GB', async () => {
  expect(containers).toBeGreaterThanOrEqual(50_000);
  const folder = tempFolder();
  // A preload that records the child's peak resident set size (KiB on Linux) as it exits.
  const preload = path.join(folder, 'max-rss.cjs');
  const report = path.join(folder, 'max-rss.txt');
  writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));\n`);
  // resourcexml: the largest document of the three (about 150 MB here), so the strictest check.
  const output = path.join(folder, 'ecs.xml');
  const result = await runCli(['--endpoint-url', fake.url, '-r', 'us-east-1', '-f', 'resourcexml', '-o', output], { nodeArgs: ['--require', preload], killAfterMs: 120_000 });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const nodeLines = readFileSync(output, 'utf8').match(/^ {2}<node /gm) ?? [];
  expect(nodeLines).toHaveLength(containers);
  const maxRssBytes = Number(readFileSync(report, 'utf8')) * 1024;
  expect(maxRssBytes).toBeGreaterThan(0);
  expect(maxRssBytes).toBeLessThan(ONE_GB);
  expect(fake.stats().calls).toEqual({ ListClusters: 1, ListTasks: 34 * 10, DescribeTasks: 34 * 10 });
}, 150_000);
