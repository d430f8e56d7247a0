// The --verbose summary: a few lines for stderr. Pure.

import type { GenerateResult } from '../generate-nodes';
import { totalCalls } from '../aws/stats';
import { ATTR } from '../nodes/attributes';

/** Summary lines of a run that took `milliseconds`. */
export function summarise(result: GenerateResult, milliseconds: number): string[] {
  const { stats } = result;
  const calls = Object.entries(stats.calls)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([op, n]) => `${op} ${n}`)
    .join(', ');
  const tasks = stats.clusters.reduce((sum, c) => sum + c.tasks, 0);
  const lines = [
    `ecs-nodes: ${stats.clusters.length} cluster(s), ${tasks} task(s) described, ${result.nodes.length} node(s), ` +
      `${totalCalls(stats)} API call(s)${calls ? ` (${calls})` : ''}, ${stats.retries} retr${stats.retries === 1 ? 'y' : 'ies'}, ` +
      `${(milliseconds / 1000).toFixed(2)} s`,
  ];
  for (const c of stats.clusters) {
    const nodes = result.nodes.filter((n) => n.attributes[ATTR.clusterName] === c.cluster && n.attributes[ATTR.region] === c.region).length;
    lines.push(`  ${c.region} ${c.cluster}: ${c.tasks} task(s), ${nodes} node(s), ${c.calls} call(s), ${c.retries} retr${c.retries === 1 ? 'y' : 'ies'}, ${(c.milliseconds / 1000).toFixed(2)} s`);
  }
  return lines;
}
