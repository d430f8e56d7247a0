// E2E: --output replaces the file atomically and keeps its mode; SIGINT/SIGTERM mid-run leave the old file
// and no temporary file; --min-nodes and --max-shrink refuse (exit 5) and keep the old file.

import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { OutputFormat } from '../../src/options';
import { startFakeEcs, type FakeEcs } from '../support/fake-ecs';
import { parseInventory } from '../support/parse-inventory';
import { assertBuilt, cleanUp, runCli, stderrLines, tempFolder, type RunOptions } from './cli-runner';

let fake: FakeEcs;
const OLD = '"old-node":\n  "nodename": "old-node"\n';

beforeAll(async () => {
  assertBuilt();
  fake = await startFakeEcs({ regions: { 'us-east-1': { seed: 41, clusters: 3, tasksPerCluster: 25 } } });
});

afterEach(() => {
  fake.setFaults({});
  fake.resetStats();
  cleanUp();
});

afterAll(async () => {
  await fake.close();
});

function run(args: readonly string[], onSpawn?: RunOptions['onSpawn']) {
  return runCli(['--endpoint-url', fake.url, '-r', 'us-east-1', ...args], onSpawn ? { onSpawn, killAfterMs: 20_000 } : {});
}

function oldFile(name = 'ecs.yaml', text = OLD): { file: string; folder: string } {
  const folder = tempFolder();
  const file = path.join(folder, name);
  writeFileSync(file, text);
  chmodSync(file, 0o640);
  return { file, folder };
}

describe('--output', () => {
  it('replaces the file in one step, keeps its mode, and leaves no temporary file', async () => {
    const { file, folder } = oldFile();
    const result = await run(['-o', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(parseInventory(readFileSync(file, 'utf8'), 'resourceyaml').size).toBeGreaterThan(50);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder)).toEqual(['ecs.yaml']);
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s mid-run: exit %d, the old file whole, no temporary file', async (signal, code) => {
    fake.setFaults({ latencyMs: 15_000 });
    const { file, folder } = oldFile();
    const result = await run(['-o', file], (child) => {
      // Signal once the run is under way: the endpoint has received its first call.
      const poll = setInterval(() => {
        if ((fake.stats().calls.ListClusters ?? 0) > 0) {
          clearInterval(poll);
          child.kill(signal);
        }
      }, 20);
      child.on('close', () => clearInterval(poll));
    });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(code);
    // Well before the endpoint's 15 s latency: the signal ended the run.
    expect(result.milliseconds).toBeLessThan(10_000);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(folder)).toEqual(['ecs.yaml']);
  });
});

describe('a signal while the temporary file is being written', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s: exit %d, the old file whole, the temporary file removed', async (signal, code) => {
    const { file, folder } = oldFile();
    // A preload in the child makes the signal arrive exactly between writing the temporary file and renaming
    // it: the process signals itself from inside FileHandle.sync, then waits so the handler runs first.
    const preload = path.join(tempFolder(), 'signal-during-sync.cjs');
    writeFileSync(
      preload,
      `const fsp = require('fs').promises;
const open = fsp.open;
fsp.open = async (...args) => {
  const handle = await open(...args);
  const sync = handle.sync.bind(handle);
  handle.sync = async () => {
    require('fs').writeFileSync(${JSON.stringify(path.join(folder, 'seen-temp-files'))}, require('fs').readdirSync(${JSON.stringify(folder)}).join('\\n'));
    process.kill(process.pid, ${JSON.stringify(signal)});
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return sync();
  };
  return handle;
};
`,
    );
    const result = await runCli(['--endpoint-url', fake.url, '-r', 'us-east-1', '-o', file], { nodeArgs: ['--require', preload], killAfterMs: 20_000 });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(code);
    // The temporary file existed when the signal was sent, and is gone now.
    expect(readFileSync(path.join(folder, 'seen-temp-files'), 'utf8')).toMatch(/^\.ecs\.yaml\.\d+\.[0-9a-f]+\.tmp$/m);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(folder).sort()).toEqual(['ecs.yaml', 'seen-temp-files']);
  });
});

describe('--min-nodes', () => {
  it('refuses to print fewer nodes (exit 5, nothing on stdout)', async () => {
    const result = await run(['-c', 'prod-web-01', '--container', 'envoy', '--min-nodes', '1000']);
    expect(result.code).toBe(5);
    expect(result.stdout).toBe('');
    expect(stderrLines(result)).toEqual([expect.stringMatching(/^error: refusing to write \d+ node\(s\): fewer than --min-nodes 1000$/)]);
  });

  it('refuses to replace the file with fewer nodes and keeps it; writes when there are enough', async () => {
    const { file } = oldFile();
    const refused = await run(['-o', file, '--min-nodes', '100000']);
    expect(refused.code).toBe(5);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    const accepted = await run(['-o', file, '--min-nodes', '1']);
    expect(accepted.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe(OLD);
  });
});

describe('--max-shrink', () => {
  it.each<OutputFormat>(['resourceyaml', 'resourcexml', 'resourcejson'])(
    'compares with the node count of the existing %s file',
    async (format) => {
      const { file } = oldFile(`ecs.${format}`, '');
      const full = await run(['-o', file, '-f', format]);
      expect(full.code).toBe(0);
      const fullText = readFileSync(file, 'utf8');
      const fullCount = parseInventory(fullText, format).size;
      // One cluster of three: about two thirds fewer nodes.
      const shrunk = await run(['-o', file, '-f', format, '-c', 'prod-web-01', '--max-shrink', '30']);
      expect(shrunk.code).toBe(5);
      expect(stderrLines(shrunk)).toEqual([
        expect.stringMatching(new RegExp(`^error: refusing to replace ${fullCount} node\\(s\\) with \\d+: \\d+\\.\\d% fewer, more than --max-shrink 30%$`)),
      ]);
      expect(readFileSync(file, 'utf8')).toBe(fullText);
      const same = await run(['-o', file, '-f', format, '--max-shrink', '0']);
      expect(same.code).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(fullText);
      const allowed = await run(['-o', file, '-f', format, '-c', 'prod-web-01', '--max-shrink', '90']);
      expect(allowed.code).toBe(0);
      expect(parseInventory(readFileSync(file, 'utf8'), format).size).toBeLessThan(fullCount);
    },
  );

  it('refuses (exit 5) when the existing file cannot be read as the format', async () => {
    const { file } = oldFile('ecs.json', 'not json at all');
    const result = await run(['-o', file, '-f', 'json', '--max-shrink', '50']);
    expect(result.code).toBe(5);
    expect(stderrLines(result)).toEqual([expect.stringMatching(/^error: --max-shrink cannot count the nodes of .*ecs\.json as resourcejson: not JSON/)]);
    expect(readFileSync(file, 'utf8')).toBe('not json at all');
  });

  it('passes on a first run, when there is no file yet', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'new.yaml');
    const result = await run(['-o', file, '--max-shrink', '10']);
    expect(result.code).toBe(0);
    expect(readdirSync(folder)).toEqual(['new.yaml']);
  });
});
