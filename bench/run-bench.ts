// `npm run bench`: runs the built CLI against the local fake ECS endpoint on generated estates and prints one
// markdown table (also written to bench/results.md): API calls against the minimum, time added by 100 ms of
// latency against the critical path, time under ECS's token bucket against its bound, throttled calls,
// peak RSS, and formatting time per 10,000 nodes per format. Every figure is the median of several runs.
// Usage: npm run bench [-- --quick] [-- --runs N] [-- --out FILE]

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateEstate } from '../__tests__/support/fake-ecs-estate';
import { startFakeEcs, type FakeEcs } from '../__tests__/support/fake-ecs';
import type { FakeEcsFaults } from '../__tests__/support/fake-ecs-faults';
import { minimumCalls } from '../__tests__/support/minimum-calls';
import { count, median, ratio, seconds } from './stats';

const ROOT = join(__dirname, '..');
const REGION = 'us-east-1';
const LATENCY_MS = 100;
const ECS_BUCKET = { burst: 100, ratePerSecond: 20 };
/** A client rate far above anything the endpoint answers: the client limit is out of the way. */
const NO_CLIENT_LIMIT = ['--max-rps', '10000'];
const RUN_TIMEOUT_MS = 5 * 60_000;
const FORMATS = ['resourceyaml', 'resourcexml', 'resourcejson'] as const;

interface EstateCase {
  readonly label: string;
  readonly clusters: number;
  readonly tasksPerCluster: number;
}

const ESTATES: readonly EstateCase[] = [
  { label: '1 × 50', clusters: 1, tasksPerCluster: 50 },
  { label: '10 × 1,000', clusters: 10, tasksPerCluster: 1_000 },
  { label: '50 × 1,000', clusters: 50, tasksPerCluster: 1_000 },
];

interface CliRun {
  readonly ms: number;
  readonly exitCode: number;
  readonly rssBytes: number;
  /** API calls the CLI reports (sends, retries not counted); NaN when the summary is missing. */
  readonly calls: number;
  readonly nodes: number;
  readonly stderr: string;
}

function parseArgs(argv: readonly string[]): { quick: boolean; runs: number; out: string } {
  const quick = argv.includes('--quick');
  const runsAt = argv.indexOf('--runs');
  const outAt = argv.indexOf('--out');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : quick ? 1 : 3;
  if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new Error('--runs must be a whole number from 1 to 20');
  const out = outAt >= 0 ? (argv[outAt + 1] ?? '') : join('bench', quick ? 'results-quick.md' : 'results.md');
  return { quick, runs, out };
}

/** Runs `node bin/ecs-nodes …` against the endpoint with a clean environment; resolves when it exits. */
function runCli(url: string, extraArgs: readonly string[], scratch: string): Promise<CliRun> {
  const rssFile = join(scratch, `rss-${process.hrtime.bigint()}`);
  const args = ['--require', join(ROOT, 'bench', 'rss-probe.cjs'), join(ROOT, 'bin', 'ecs-nodes'), '--endpoint-url', url, '--region', REGION, '--verbose', ...extraArgs];
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: scratch,
    AWS_ACCESS_KEY_ID: 'AKIABENCHFAKE0000001',
    AWS_SECRET_ACCESS_KEY: 'bench-fake-secret',
    AWS_CONFIG_FILE: join(scratch, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(scratch, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ECS_NODES_BENCH_RSS_FILE: rssFile,
  };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 100_000) stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      let rssBytes = Number.NaN;
      try {
        rssBytes = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        // The CLI did not exit normally: no RSS figure.
      }
      const summary = /(\d+) node\(s\), (\d+) API call\(s\)/.exec(stderr);
      resolve({ ms, exitCode: code ?? -1, rssBytes, calls: Number(summary?.[2] ?? Number.NaN), nodes: Number(summary?.[1] ?? Number.NaN), stderr });
    });
  });
}

interface Series {
  readonly runs: CliRun[];
  readonly throttled: number[];
  readonly endpointCalls: number[];
}

/** One CLI run with the endpoint set to `faults` and fresh counters; adds its figures to `series`. */
async function runOnce(series: Series, fake: FakeEcs, faults: FakeEcsFaults, args: readonly string[], scratch: string, label: string): Promise<void> {
  fake.setFaults(faults);
  fake.resetStats();
  const run = await runCli(fake.url, args, scratch);
  const stats = fake.stats();
  series.runs.push(run);
  series.throttled.push(stats.throttled);
  series.endpointCalls.push(Object.values(stats.calls).reduce((a, b) => a + b, 0));
  process.stderr.write(`  ${label}: ${seconds(run.ms)}, exit ${run.exitCode}, ${run.calls} calls, ${stats.throttled} throttled\n`);
  if (run.exitCode !== 0) process.stderr.write(run.stderr.split('\n').slice(0, 5).map((l) => `    ${l}\n`).join(''));
}

interface FormatTimes {
  /** Median wall and CPU milliseconds per 10,000 nodes, by format. */
  readonly wallMsPer10k: Record<string, number>;
  readonly cpuMsPer10k: Record<string, number>;
}

/** Times the formatters on 10,000 nodes of the estate, in a child process of its own (bench/format-speed.ts). */
function formattingTimes(spec: EstateCase, runs: number): Promise<FormatTimes> {
  return new Promise((resolve, reject) => {
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const child = spawn(process.execPath, [tsx, join(ROOT, 'bench', 'format-speed.ts'), String(spec.clusters), String(spec.tasksPerCluster), String(runs)], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: '--expose-gc' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`format-speed exited with ${code}`));
      else resolve(JSON.parse(out) as FormatTimes);
    });
  });
}

interface EstateResult {
  readonly label: string;
  readonly tasks: number;
  readonly nodes: number;
  readonly minimum: number;
  readonly calls: number;
  /** Calls the endpoint received in the runs without faults (retries would show here). */
  readonly endpointCalls: number;
  readonly baseMs: number;
  readonly latencyAddedMs: number;
  readonly criticalPathMs: number;
  readonly bucketMs: number;
  readonly bucketBoundMs: number;
  readonly throttled: number;
  readonly failedRuns: number;
  readonly rssBytes: number;
  readonly format: FormatTimes;
}

async function benchEstate(spec: EstateCase, runs: number, scratch: string): Promise<EstateResult> {
  const estate = generateEstate(REGION, { clusters: spec.clusters, tasksPerCluster: spec.tasksPerCluster });
  const minimum = Object.values(minimumCalls(estate)).reduce((a, b) => a + b, 0);
  const tasks = estate.clusters.reduce((sum, c) => sum + c.tasks.filter((t) => t.desiredStatus === 'RUNNING').length, 0);
  const largest = Math.max(...estate.clusters.map((c) => c.tasks.filter((t) => t.desiredStatus === 'RUNNING').length));
  // The run discovers clusters: one ListClusters page, then the largest cluster's pages in sequence, then its last describe.
  const criticalPathMs = LATENCY_MS * (Math.ceil(estate.clusters.length / 100) + Math.max(1, Math.ceil(largest / 100)) + 1);
  process.stderr.write(`estate ${spec.label}: ${count(tasks)} running tasks, minimum ${minimum} calls\n`);
  const fake = await startFakeEcs({ regions: { [REGION]: estate }, recordRequests: false });
  try {
    // Interleaved (no latency, latency, bucket, then again), so drifting load on the machine hits all three alike.
    const base: Series = { runs: [], throttled: [], endpointCalls: [] };
    const latency: Series = { runs: [], throttled: [], endpointCalls: [] };
    const bucket: Series = { runs: [], throttled: [], endpointCalls: [] };
    for (let i = 0; i < runs; i++) {
      const tag = `${i + 1}/${runs}`;
      await runOnce(base, fake, {}, NO_CLIENT_LIMIT, scratch, `no latency, no bucket ${tag}`);
      await runOnce(latency, fake, { latencyMs: LATENCY_MS }, NO_CLIENT_LIMIT, scratch, `${LATENCY_MS} ms latency ${tag}`);
      await runOnce(bucket, fake, { tokenBucket: ECS_BUCKET }, [], scratch, `token bucket 100, 20/s, client defaults ${tag}`);
    }
    const all = [...base.runs, ...latency.runs, ...bucket.runs];
    const baseMs = median(base.runs.map((r) => r.ms));
    const calls = median(base.runs.map((r) => r.calls));
    return {
      label: spec.label,
      tasks,
      nodes: median(base.runs.map((r) => r.nodes)),
      minimum,
      calls,
      endpointCalls: median(base.endpointCalls),
      baseMs,
      latencyAddedMs: median(latency.runs.map((r) => r.ms)) - baseMs,
      criticalPathMs,
      bucketMs: median(bucket.runs.map((r) => r.ms)),
      bucketBoundMs: (Math.max(0, calls - ECS_BUCKET.burst) / ECS_BUCKET.ratePerSecond) * 1000 + baseMs,
      throttled: median(bucket.throttled),
      failedRuns: all.filter((r) => r.exitCode !== 0).length,
      rssBytes: Math.max(...all.map((r) => r.rssBytes)),
      format: await formattingTimes(spec, Math.max(5, runs + 2)),
    };
  } finally {
    await fake.close();
  }
}

function table(results: readonly EstateResult[]): string {
  const header = ['Measure', ...results.map((r) => r.label), 'Target', 'Met'];
  const rows: string[][] = [];
  const add = (measure: string, cells: string[], target: string, met: boolean): void => {
    rows.push([measure, ...cells, target, met ? 'yes' : '**no**']);
  };
  const cell = (f: (r: EstateResult) => string): string[] => results.map(f);
  add('Running tasks / nodes (containers)', cell((r) => `${count(r.tasks)} / ${count(r.nodes)}`), '', true);
  add(
    'API calls, as the CLI counts them (as the endpoint saw them) / minimum',
    cell((r) => `${count(r.calls)} (${count(r.endpointCalls)}) / ${count(r.minimum)}`),
    '= minimum',
    results.every((r) => r.calls === r.minimum && r.endpointCalls === r.minimum),
  );
  add('Run time, no latency, no bucket', cell((r) => seconds(r.baseMs)), '', true);
  const latencyRatios = results.map((r) => r.latencyAddedMs / r.criticalPathMs);
  add(
    `Time added by ${LATENCY_MS} ms latency / critical path`,
    results.map((r, i) => `${seconds(r.latencyAddedMs)} / ${seconds(r.criticalPathMs)} = ${ratio(latencyRatios[i] ?? Number.NaN)}`),
    '≤ 1.5×',
    latencyRatios.every((x) => x <= 1.5),
  );
  const bucketRatios = results.map((r) => r.bucketMs / r.bucketBoundMs);
  add(
    'Time under ECS bucket (100, 20/s) / bound',
    results.map((r, i) => `${seconds(r.bucketMs)} / ${seconds(r.bucketBoundMs)} = ${ratio(bucketRatios[i] ?? Number.NaN)}`),
    '≤ 1.25×',
    bucketRatios.every((x) => x <= 1.25),
  );
  add('Throttled calls under the bucket', cell((r) => count(r.throttled)), '', true);
  add('Failed runs', cell((r) => count(r.failedRuns)), '0', results.every((r) => r.failedRuns === 0));
  add('Peak RSS of the CLI', cell((r) => `${count(r.rssBytes / 1024 / 1024)} MB`), '< 1 GB (80,000 containers)', results.every((r) => r.rssBytes < 1024 ** 3));
  for (const format of FORMATS) {
    const cpu = results.map((r) => r.format.cpuMsPer10k[format] ?? Number.NaN);
    const wall = results.map((r) => r.format.wallMsPer10k[format] ?? Number.NaN);
    add(
      `Formatting ${format}, per 10,000 nodes: CPU (wall)`,
      cpu.map((ms, i) => `${ms.toFixed(0)} ms = ${count(10_000_000 / ms)}/s (${(wall[i] ?? 0).toFixed(0)} ms)`),
      '≥ 50,000 nodes/s',
      cpu.every((ms) => 10_000_000 / ms >= 50_000),
    );
  }
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  const { quick, runs, out } = parseArgs(process.argv.slice(2));
  const scratch = mkdtempSync(join(tmpdir(), 'ecs-nodes-bench-'));
  const started = Date.now();
  try {
    const results: EstateResult[] = [];
    const loadBefore = loadavg()[0] ?? 0;
    for (const spec of ESTATES) results.push(await benchEstate(spec, runs, scratch));
    const loadAfter = loadavg()[0] ?? 0;
    const cpu = cpus();
    const text = [
      '# ecs-nodes benchmark',
      '',
      `${new Date().toISOString().slice(0, 10)}, Node.js ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${count(totalmem() / 1024 ** 3)} GB; ` +
        `median of ${runs} run(s) per figure${quick ? ' (quick mode)' : ''}; bench took ${seconds(Date.now() - started)}; ` +
        `load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (other work shared the machine when above 0).`,
      '',
      table(results),
      '',
      `Runs spawn the built CLI (\`node bin/ecs-nodes --endpoint-url … --verbose\`) against the fake ECS endpoint of`,
      '`__tests__/support/` on 127.0.0.1, which runs in the bench process on the same machine. Estates: clusters ×',
      'running tasks per cluster (plus 5% stopped tasks ListTasks does not return), 1 to 4 containers per task.',
      `Latency and no-bucket runs raise the client rate limit out of the way (\`--max-rps 10000\`); bucket runs use the`,
      'client defaults (18 requests/s, burst 90). Critical path: one ListClusters page, the largest cluster\'s ListTasks',
      `pages in sequence and one DescribeTasks, at ${LATENCY_MS} ms each. Bound under the bucket: (calls − 100) / 20 s plus the`,
      'same run\'s time without bucket nor latency. Peak RSS: the largest of all the estate\'s runs (getrusage maxrss).',
      'Formatting: the built library\'s `formatNodeChunks` (what the CLI writes) on 10,000 nodes of the estate (1 × 50: all',
      'its nodes, formatted over and over up to 10,000), in a process of its own; CPU time of that process (garbage',
      'collection included), wall time in parentheses. A negative "time added by latency" means the latency hid',
      'entirely behind the processing and the difference is run-to-run noise of the machine.',
      '',
    ].join('\n');
    process.stdout.write(`${text}\n`);
    writeFileSync(join(ROOT, out), text);
    process.stderr.write(`written to ${out}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
