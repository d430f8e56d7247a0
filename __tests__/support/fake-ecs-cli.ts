// Test support: starts the fake ECS endpoint for manual runs and prints its URL; runs until killed.
// Usage: npx tsx __tests__/support/fake-ecs-cli.ts [--regions us-east-1,eu-west-1] [--clusters 3]
//   [--tasks 20] [--services 3] [--seed 1] [--latency-ms 0] [--throttle-every N] [--server-error-every N]
//   [--bucket BURST/RATE] [--deny-clusters a,b] [--hang-every N] [--drop-every N] [--vanish-every N]

import { startFakeEcs } from './fake-ecs';
import type { FakeEcsFaults } from './fake-ecs-faults';

function parseArgs(argv: readonly string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i];
    const value = argv[i + 1];
    if (!key?.startsWith('--') || value === undefined) throw new Error(`expected --name value pairs, got "${key ?? ''}"`);
    args.set(key.slice(2), value);
  }
  return args;
}

function numberArg(args: Map<string, string>, name: string): number | undefined {
  const text = args.get(name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number`);
  return value;
}

async function launch(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const spec = {
    seed: numberArg(args, 'seed'),
    clusters: numberArg(args, 'clusters'),
    tasksPerCluster: numberArg(args, 'tasks'),
    servicesPerCluster: numberArg(args, 'services'),
  };
  const regions = (args.get('regions') ?? 'us-east-1').split(',').filter(Boolean);
  const bucket = args.get('bucket')?.split('/').map(Number);
  const faults: FakeEcsFaults = {
    latencyMs: numberArg(args, 'latency-ms'),
    throttleEvery: numberArg(args, 'throttle-every'),
    serverErrorEvery: numberArg(args, 'server-error-every'),
    hangEvery: numberArg(args, 'hang-every'),
    dropEvery: numberArg(args, 'drop-every'),
    vanishEvery: numberArg(args, 'vanish-every'),
    accessDeniedClusters: args.get('deny-clusters')?.split(',').filter(Boolean),
    ...(bucket && bucket.length === 2 && { tokenBucket: { burst: bucket[0] ?? 100, ratePerSecond: bucket[1] ?? 20 } }),
  };
  const server = await startFakeEcs({ regions: Object.fromEntries(regions.map((r) => [r, spec])), faults });
  process.stdout.write(`${server.url}\n`);
  const stop = (): void => {
    process.stderr.write(`${JSON.stringify(server.stats())}\n`);
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

launch().catch((error: unknown) => {
  process.stderr.write(`fake-ecs: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
