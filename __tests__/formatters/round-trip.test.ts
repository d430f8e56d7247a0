// Property-based: hostile tag values, image, service and container names survive each format exactly, read
// back by independent parsers (yaml in YAML 1.1 mode, saxes, JSON.parse).

import fc from 'fast-check';
import type { EcsTask } from '../../src/ecs-types';
import { formatNodes } from '../../src/formatters';
import { createResourceYamlFormatter } from '../../src/formatters/resource-yaml';
import { ATTR, TAG_ATTRIBUTE_PREFIX } from '../../src/nodes/attributes';
import type { RundeckNode } from '../../src/nodes/rundeck-node';
import { toNode } from '../../src/nodes/to-node';
import type { OutputFormat } from '../../src/options';
import { removeForbiddenChars } from '../../src/util/text';
import { parseInventory, type ParsedNode } from '../support/parse-inventory';

/** Pieces that break naive writers: markup, quotes, line breaks, controls, YAML and XML look-alikes, unicode. */
const HOSTILE_PIECES = [
  '&', '<', '>', '"', "'", '&amp;', '&#10;', '<![CDATA[', ']]>', '<node name="x"/>', '</project>',
  '\n', '\r\n', '\r', '\t', '\u0000', '\u0001', '\u001b[31m', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\ufffe',
  'yes', 'no', 'on', 'off', 'y', 'n', '~', 'null', 'true', '0x1F', '012', '1e3', '.inf', '.nan', '1_000', '12:30:00', '2026-11-28',
  '- ', ': ', ' #', '#', '---', '...', '{', '}', '[', ']', '*alias', '&anchor', '!!str', '!tag', '%YAML 1.1', '@', '`', '|', '>-', '? ',
  '\\', '\\n', '\\u0041', '${HOME}', ' ', '  ', ',', 'é', 'ß', '漢字', '😀', '\ud800', '\udfff', 'e\u0301', '\u200b', '\u{10ffff}',
];

const hostileString = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ maxLength: 6 })), { maxLength: 8 })
  .map((pieces) => pieces.join(''));

const hostileTask = fc.record({
  containerName: hostileString,
  image: hostileString,
  service: hostileString,
  tags: fc.array(fc.tuple(hostileString, hostileString), { maxLength: 4 }),
  id: fc.stringMatching(/^[0-9a-f]{32}$/),
});

type HostileTask = typeof hostileTask extends fc.Arbitrary<infer T> ? T : never;

function toTask(h: HostileTask): EcsTask {
  return {
    taskArn: `arn:aws:ecs:eu-west-1:123456789012:task/prod/${h.id}`,
    clusterArn: 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod',
    taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:3',
    group: `service:${h.service}`,
    launchType: 'FARGATE',
    lastStatus: 'RUNNING',
    tags: h.tags.map(([key, value]) => ({ key, value })),
    containers: [
      {
        containerArn: `arn:aws:ecs:eu-west-1:123456789012:container/prod/${h.id}/${h.id.slice(0, 8)}`,
        name: h.containerName,
        image: h.image,
        lastStatus: 'RUNNING',
      },
    ],
  };
}

function nodeOf(h: HostileTask): RundeckNode {
  const task = toTask(h);
  return toNode({ task, container: task.containers?.[0] ?? {} });
}

/** The first node of each name, as the collector keeps them. */
function uniqueByName(nodes: readonly RundeckNode[]): RundeckNode[] {
  const byName = new Map<string, RundeckNode>();
  for (const node of nodes) if (!byName.has(node.nodename)) byName.set(node.nodename, node);
  return [...byName.values()];
}

/** The node as every format should let Rundeck read it. */
function expected(node: RundeckNode): ParsedNode {
  return { nodename: node.nodename, ...node.attributes, tags: node.tags.join(', ') };
}

function readBack(nodes: readonly RundeckNode[], format: OutputFormat, text: string): Record<string, ParsedNode> {
  const parsed = Object.fromEntries(parseInventory(text, format));
  if (format === 'resourcexml') {
    // resourcexml leaves out an empty tags attribute; the other formats write it empty.
    for (const node of nodes) if (node.tags.length === 0) parsed[node.nodename] = { ...parsed[node.nodename], tags: '' };
  }
  return parsed;
}

describe.each<OutputFormat>(['resourceyaml', 'resourcexml', 'resourcejson'])('%s round trip', (format) => {
  it('reads back every hostile value exactly (less the characters XML 1.0 cannot carry)', () => {
    fc.assert(
      fc.property(fc.array(hostileTask, { minLength: 1, maxLength: 3 }), (hostile) => {
        const nodes = hostile.map(nodeOf);
        const unique = uniqueByName(nodes);
        const parsed = readBack(unique, format, formatNodes(unique, format));
        expect(parsed).toEqual(Object.fromEntries(unique.map((n) => [n.nodename, expected(n)])));
        // The mapping kept each hostile value, less only what XML forbids.
        const first = hostile[0];
        const node = nodes[0];
        if (first && node) {
          expect(node.attributes[ATTR.containerImage] ?? '').toBe(removeForbiddenChars(first.image));
          for (const [key, value] of first.tags) {
            const name = TAG_ATTRIBUTE_PREFIX + removeForbiddenChars(key);
            if (removeForbiddenChars(key) !== '' && first.tags.filter(([k]) => removeForbiddenChars(k) === removeForbiddenChars(key)).length === 1) {
              expect(node.attributes[name]).toBe(removeForbiddenChars(value));
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

it('keeps YAML documents parseable when a small document limit splits them between hostile nodes', () => {
  fc.assert(
    fc.property(fc.array(hostileTask, { minLength: 2, maxLength: 6 }), (hostile) => {
      const nodes = uniqueByName(hostile.map(nodeOf));
      const sorted = [...nodes].sort((a, b) => (a.nodename < b.nodename ? -1 : a.nodename > b.nodename ? 1 : 0));
      const text = createResourceYamlFormatter(200).format(sorted);
      expect(Object.fromEntries(parseInventory(text, 'resourceyaml'))).toEqual(Object.fromEntries(sorted.map((n) => [n.nodename, expected(n)])));
    }),
    { numRuns: 50 },
  );
});
