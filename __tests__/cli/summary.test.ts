// The --verbose summary lines.

import { summarise } from '../../src/cli/summary';
import { createRunStats } from '../../src/aws/stats';

describe('summarise', () => {
  it('sums calls, tasks and retries, one line per cluster', () => {
    const stats = createRunStats();
    stats.calls.ListTasks = 2;
    stats.calls.DescribeTasks = 3;
    stats.retries = 1;
    stats.clusters.push({ region: 'eu-west-1', cluster: 'a', tasks: 150, calls: 4, retries: 1, milliseconds: 1234 });
    stats.clusters.push({ region: 'eu-west-1', cluster: 'b', tasks: 2, calls: 1, retries: 0, milliseconds: 5 });
    expect(summarise({ nodes: [], warnings: [], stats }, 2500)).toEqual([
      'ecs-nodes: 2 cluster(s), 152 task(s) described, 0 node(s), 5 API call(s) (DescribeTasks 3, ListTasks 2), 1 retry, 2.50 s',
      '  eu-west-1 a: 150 task(s), 4 call(s), 1 retry, 1.23 s',
      '  eu-west-1 b: 2 task(s), 1 call(s), 0 retries, 0.01 s',
    ]);
  });

  it('says no calls for a run from --input', () => {
    expect(summarise({ nodes: [], warnings: [], stats: createRunStats() }, 0)).toEqual([
      'ecs-nodes: 0 cluster(s), 0 task(s) described, 0 node(s), 0 API call(s), 0 retries, 0.00 s',
    ]);
  });
});
