// resourcejson read back with JSON.parse: an object keyed by nodename, nodename inside equal to the key,
// tags an array, every other value a string; ASCII only; order kept exactly as given.

import { formatNodes, sortNodes } from '../../src/formatters';
import { resourceJsonFormatter } from '../../src/formatters/resource-json';
import type { RundeckNode } from '../../src/nodes/rundeck-node';
import { toNode } from '../../src/nodes/to-node';
import { selectContainers } from '../../src/select/select-containers';
import { DEFAULT_FILTER } from '../../src/options';
import { HOSTILE_VALUES, hostileNodes } from '../fixtures/hostile';
import { EXAMPLE_PATH, loadDescribeTasks } from '../fixtures/fixtures';
import { expectedReadNodes, readJson } from './read-back';

function exampleNodes(): RundeckNode[] {
  return selectContainers(loadDescribeTasks(EXAMPLE_PATH).tasks, DEFAULT_FILTER).map(toNode);
}

/** Keys of a JSON object in the order the text writes them (JSON.parse would move integer-like keys first). */
function keysInTextOrder(text: string, indent: string): string[] {
  const pattern = new RegExp(`^${indent}("(?:[^"\\\\]|\\\\.)*"): `, 'gm');
  return [...text.matchAll(pattern)].map((m) => JSON.parse(m[1] ?? '""') as string);
}

describe('resourceJsonFormatter', () => {
  it('writes the example inventory so that it reads back as the same nodes', () => {
    const nodes = exampleNodes();
    expect(readJson(formatNodes(nodes, 'resourcejson'))).toEqual(expectedReadNodes(nodes));
  });

  it('reads hostile keys, values and names back as the exact strings', () => {
    const nodes = hostileNodes();
    expect(readJson(resourceJsonFormatter.format(sortNodes(nodes)))).toEqual(expectedReadNodes(nodes));
  });

  it('round-trips every hostile value and control characters', () => {
    const values = [...HOSTILE_VALUES, '\u0001\u001F\u007F'];
    const node: RundeckNode = {
      nodename: 'n',
      tags: ['t'],
      attributes: Object.fromEntries(values.map((v, i) => [`ECS:V${i}`, v])),
    };
    expect(readJson(resourceJsonFormatter.format([node])).n?.attributes).toEqual(node.attributes);
  });

  it('writes pure ASCII, non-ASCII as \\u escapes (surrogate pairs for astral characters)', () => {
    const text = resourceJsonFormatter.format(sortNodes(hostileNodes()));
    expect(text).toMatch(/^[\x20-\x7E\n]*$/);
    expect(text).toContain('\\uD83D\\uDE00');
  });

  it('writes nodename inside each node equal to its key, and tags as an array', () => {
    const [node] = exampleNodes();
    const data = JSON.parse(resourceJsonFormatter.format([node as RundeckNode])) as Record<string, { nodename: string; tags: unknown }>;
    const name = node?.nodename ?? '';
    expect(data[name]?.nodename).toBe(name);
    expect(data[name]?.tags).toEqual(node?.tags);
  });

  it('keeps nodes sorted by nodename and attributes in order, integer-like names included', () => {
    const nodes = sortNodes(hostileNodes());
    const text = resourceJsonFormatter.format(nodes);
    expect(keysInTextOrder(text, '  ')).toEqual(nodes.map((n) => n.nodename));
    const first = nodes[0] as RundeckNode;
    const firstBlock = text.slice(0, text.indexOf('\n  },'));
    expect(keysInTextOrder(firstBlock, '    ')).toEqual(['nodename', ...Object.keys(first.attributes), 'tags']);
  });

  it('writes an empty inventory as an empty object', () => {
    expect(resourceJsonFormatter.format([])).toBe('{}\n');
    expect(readJson('{}\n')).toEqual({});
  });

  it('is deterministic: the same nodes in any order give the same bytes', () => {
    const nodes = [...exampleNodes(), ...hostileNodes()];
    expect(formatNodes([...nodes].reverse(), 'resourcejson')).toBe(formatNodes(nodes, 'resourcejson'));
  });
});
