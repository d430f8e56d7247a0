// The registry and the cross-format promise: all three formats describe exactly the same nodes.

import { formatNodes, formatters, sortNodes } from '../../src/formatters';
import { OUTPUT_FORMATS, DEFAULT_FILTER } from '../../src/options';
import type { EcsTask } from '../../src/ecs-types';
import type { RundeckNode } from '../../src/nodes/rundeck-node';
import { toNode } from '../../src/nodes/to-node';
import { selectContainers } from '../../src/select/select-containers';
import { HOSTILE_VALUES, hostileNodes } from '../fixtures/hostile';
import { EXAMPLE_PATH, loadDescribeTasks, makeTask } from '../fixtures/fixtures';
import { expectedReadNodes, readJson, readXml, readYaml, type ReadNode } from './read-back';

const READERS: Record<(typeof OUTPUT_FORMATS)[number], (text: string) => Record<string, ReadNode>> = {
  resourceyaml: readYaml,
  resourcexml: readXml,
  resourcejson: readJson,
};

/** A task whose every free-text field carries hostile text, control characters included. */
function hostileTask(): EcsTask {
  const base = makeTask({ id: 'hostile', service: 'svc', containers: ['app'] });
  return {
    ...base,
    startedBy: 'ops\u0001 & <cron> "nightly"',
    platformFamily: 'Linux\u0007',
    tags: HOSTILE_VALUES.map((value, i) => ({ key: `k${i}\u0002`, value: `${value}\u0003\u001F` })),
    containers: (base.containers ?? []).map((c) => ({ ...c, image: 'img:1\u0000 😀 𝄞\n', healthStatus: '\uFFFE' })),
  };
}

describe('formatters', () => {
  it('registers one formatter per Rundeck format name', () => {
    expect(Object.keys(formatters).sort()).toEqual([...OUTPUT_FORMATS].sort());
    for (const format of OUTPUT_FORMATS) expect(formatters[format].name).toBe(format);
  });

  it('sorts nodes by nodename in code-unit order without changing the input', () => {
    const nodes: RundeckNode[] = ['b', 'a', 'B', '10', '9', 'é'].map((nodename) => ({ nodename, tags: [], attributes: {} }));
    expect(sortNodes(nodes).map((n) => n.nodename)).toEqual(['10', '9', 'B', 'a', 'b', 'é']);
    expect(nodes.map((n) => n.nodename)).toEqual(['b', 'a', 'B', '10', '9', 'é']);
  });

  const cases: [string, () => RundeckNode[]][] = [
    ['the example inventory', () => selectContainers(loadDescribeTasks(EXAMPLE_PATH).tasks, DEFAULT_FILTER).map(toNode)],
    ['the test fixture', () => selectContainers(loadDescribeTasks().tasks, DEFAULT_FILTER).map(toNode)],
    ['hostile nodes', hostileNodes],
    ['a hostile task through toNode', () => selectContainers([hostileTask()], DEFAULT_FILTER).map(toNode)],
    ['no nodes', () => []],
  ];

  it.each(cases)('all three formats read back as the same node set: %s', (_case, make) => {
    const nodes = make();
    const expected = expectedReadNodes(nodes);
    for (const format of OUTPUT_FORMATS) {
      expect({ format, nodes: READERS[format](formatNodes(nodes, format)) }).toEqual({ format, nodes: expected });
    }
  });

  it('gives byte-for-byte the same document for the same input', () => {
    const nodes = hostileNodes();
    for (const format of OUTPUT_FORMATS) expect(formatNodes(nodes, format)).toBe(formatNodes(sortNodes(nodes).reverse(), format));
  });
});
