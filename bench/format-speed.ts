// Bench child: times the built library's formatters on 10,000 nodes of a generated estate, in a process of
// its own (the bench process holds large estates, which would slow garbage collection here).
// Usage: tsx bench/format-speed.ts CLUSTERS TASKS_PER_CLUSTER RUNS → one JSON line: per format, the median wall and CPU milliseconds per 10,000 nodes.

import { join } from 'node:path';
import { generateEstate } from '../__tests__/support/fake-ecs-estate';
import type * as Library from '../src/index';
import { median } from './stats';

const FORMATS = ['resourceyaml', 'resourcexml', 'resourcejson'] as const;
const NODES = 10_000;

function main(): void {
  const [clusters, tasksPerCluster, runs] = process.argv.slice(2).map(Number);
  if (!clusters || !tasksPerCluster || !runs) throw new Error('usage: format-speed.ts CLUSTERS TASKS_PER_CLUSTER RUNS');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const library = require(join(__dirname, '..', 'build', 'index.js')) as typeof Library;
  const region = 'us-east-1';
  let nodes: Library.RundeckNode[] = [];
  {
    const estate = generateEstate(region, { clusters, tasksPerCluster });
    // Through JSON, as the CLI receives tasks: flat strings, not the generator's concatenations.
    const tasks = JSON.parse(JSON.stringify(estate.clusters.flatMap((c) => c.tasks.filter((t) => t.desiredStatus === 'RUNNING')))) as Library.EcsTask[];
    nodes = library.sortNodes(library.selectContainers(tasks, library.DEFAULT_FILTER, region).map(library.toNode)).slice(0, NODES);
  }
  // The estate is garbage now: collect it first (when --expose-gc is on), so it does not weigh on the timing.
  (globalThis as { gc?: () => void }).gc?.();
  const wall: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  // Small node sets are formatted repeatedly per sample (as many times as it takes to reach 10,000 nodes),
  // and warmed up as long, so that every sample times optimised code on 10,000 nodes' worth of work.
  const repeat = Math.max(1, Math.ceil(NODES / nodes.length));
  for (const format of FORMATS) {
    // What the CLI runs: sorting, then the document in chunks of about a megabyte, made as they are written.
    const formatOnce = (): number => [...library.formatNodeChunks(nodes, format)].length;
    for (let i = 0; i < repeat * 2; i++) formatOnce();
    const wallSamples: number[] = [];
    const cpuSamples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const startedCpu = process.cpuUsage();
      for (let j = 0; j < repeat; j++) formatOnce();
      const usedCpu = process.cpuUsage(startedCpu);
      const formatted = nodes.length * repeat;
      wallSamples.push(((performance.now() - started) * NODES) / formatted);
      // CPU time of the whole process (garbage collector threads included), in ms.
      cpuSamples.push((((usedCpu.user + usedCpu.system) / 1000) * NODES) / formatted);
    }
    wall[format] = median(wallSamples);
    cpu[format] = median(cpuSamples);
  }
  process.stdout.write(`${JSON.stringify({ nodes: nodes.length, wallMsPer10k: wall, cpuMsPer10k: cpu })}\n`);
}

main();
