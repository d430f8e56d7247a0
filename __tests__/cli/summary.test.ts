// The --verbose summary, with one line per cluster.

import { summarise } from '../../src/cli/summary';
import type { GenerateResult } from '../../src/generate-nodes';
import { ATTR } from '../../src/nodes/attributes';

const node = (name: string, region: string, cluster: string) => ({ nodename: name, tags: [], attributes: { [ATTR.region]: region, [ATTR.clusterName]: cluster } });

describe('summarise', () => {
  it('adds one line per cluster with tasks, nodes, calls, retries and time', () => {
    const result: GenerateResult = {
      nodes: [node('a', 'eu-west-1', 'prod'), node('b', 'eu-west-1', 'prod'), node('c', 'us-east-1', 'prod')],
      warnings: [],
      stats: {
        calls: { ListTasks: 3, DescribeTasks: 2 },
        retries: 1,
        clusters: [
          { region: 'eu-west-1', cluster: 'prod', tasks: 1, calls: 2, retries: 1, milliseconds: 1500 },
          { region: 'us-east-1', cluster: 'prod', tasks: 1, calls: 3, retries: 0, milliseconds: 250 },
        ],
      },
    };
    expect(summarise(result, 2000)).toEqual([
      'ecs-nodes: 2 cluster(s), 2 task(s) described, 3 node(s), 5 API call(s) (DescribeTasks 2, ListTasks 3), 1 retry, 2.00 s',
      '  eu-west-1 prod: 1 task(s), 2 node(s), 2 call(s), 1 retry, 1.50 s',
      '  us-east-1 prod: 1 task(s), 1 node(s), 3 call(s), 0 retries, 0.25 s',
    ]);
  });
});
