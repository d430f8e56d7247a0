// resourcexml read back with a conforming XML parser: attribute values survive normalisation exactly,
// ECS:* names are <attribute> children, forbidden characters never reach the file.

import { formatNodes, sortNodes } from '../../src/formatters';
import { escapeXmlAttribute, resourceXmlFormatter } from '../../src/formatters/resource-xml';
import type { RundeckNode } from '../../src/nodes/rundeck-node';
import { toNode } from '../../src/nodes/to-node';
import { selectContainers } from '../../src/select/select-containers';
import { DEFAULT_FILTER } from '../../src/options';
import { HOSTILE_KEYS, HOSTILE_VALUES, hostileNodes } from '../fixtures/hostile';
import { EXAMPLE_PATH, loadDescribeTasks } from '../fixtures/fixtures';
import { expectedReadNodes, readXml } from './read-back';

function exampleNodes(): RundeckNode[] {
  return selectContainers(loadDescribeTasks(EXAMPLE_PATH).tasks, DEFAULT_FILTER).map(toNode);
}

function readAttribute(escaped: string): string {
  const nodes = readXml(`<project><node name="n" hostname="${escaped}"/></project>`);
  return nodes.n?.attributes.hostname ?? '<missing>';
}

describe('escapeXmlAttribute', () => {
  it.each(HOSTILE_VALUES.map((v) => [v]))('%j survives attribute normalisation exactly', (value) => {
    const escaped = escapeXmlAttribute(value);
    expect(escaped).toMatch(/^[\x20-\x7E]*$/);
    expect(readAttribute(escaped)).toBe(value);
  });

  it.each([
    ['& < > " \'', '&amp; &lt; &gt; &quot; &apos;'],
    ['a\nb\tc\rd', 'a&#10;b&#9;c&#13;d'],
    ['ü😀', '&#xFC;&#x1F600;'],
  ])('%j → %s', (value, expected) => {
    expect(escapeXmlAttribute(value)).toBe(expected);
  });

  it('drops the characters XML 1.0 forbids even as references', () => {
    expect(escapeXmlAttribute('a\u0000b\u0001c\u001Fd\uFFFEe\uFFFF\uD800f')).toBe('abcdef');
  });
});

describe('resourceXmlFormatter', () => {
  it('writes the example inventory so that it reads back as the same nodes', () => {
    const nodes = exampleNodes();
    expect(readXml(formatNodes(nodes, 'resourcexml'))).toEqual(expectedReadNodes(nodes));
  });

  it('reads hostile keys, values and names back as the exact strings', () => {
    const nodes = hostileNodes();
    expect(readXml(resourceXmlFormatter.format(sortNodes(nodes)))).toEqual(expectedReadNodes(nodes));
  });

  it('writes standard attributes on <node> and every other name, ECS:* included, as an <attribute> child', () => {
    const [node] = exampleNodes();
    const text = resourceXmlFormatter.format([node as RundeckNode]);
    const open = text.split('\n').find((line) => line.startsWith('  <node ')) ?? '';
    expect(open).toMatch(/^ {2}<node name="[^"]+" hostname="[^"]+" description="[^"]+" osFamily="unix" osName="Linux" tags="[^"]+">$/);
    expect(open).not.toContain('ECS:');
    for (const name of Object.keys(node?.attributes ?? {}).filter((n) => n.startsWith('ECS:'))) {
      expect(text).toContain(`    <attribute name="${name}" value="`);
    }
    for (const key of HOSTILE_KEYS) {
      expect(resourceXmlFormatter.format(hostileNodes())).toContain(`<attribute name="${escapeXmlAttribute(key)}"`);
    }
  });

  it('writes pure ASCII and declares UTF-8', () => {
    const text = resourceXmlFormatter.format(sortNodes(hostileNodes()));
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<project>\n')).toBe(true);
    expect(text).toMatch(/^[\x20-\x7E\n]*$/);
  });

  it('never writes a forbidden character, even when handed one', () => {
    const node: RundeckNode = {
      nodename: 'n\u0001',
      tags: ['t\u0002'],
      attributes: { hostname: 'h\u0003', 'ECS:X\u0004': 'v\u0005\uFFFF' },
    };
    expect(readXml(resourceXmlFormatter.format([node]))).toEqual({
      n: { nodename: 'n', tags: ['t'], attributes: { hostname: 'h', 'ECS:X': 'v' } },
    });
  });

  it('writes tags comma-separated with no blank piece', () => {
    const [node] = exampleNodes();
    expect(resourceXmlFormatter.format([node as RundeckNode])).toContain(`tags="${node?.tags.join(', ')}"`);
  });

  it('writes an empty inventory as an empty <project>', () => {
    const text = resourceXmlFormatter.format([]);
    expect(text).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<project>\n</project>\n');
    expect(readXml(text)).toEqual({});
  });

  it('is deterministic and sorted by nodename', () => {
    const nodes = exampleNodes();
    const once = formatNodes(nodes, 'resourcexml');
    expect(formatNodes([...nodes].reverse(), 'resourcexml')).toBe(once);
    const names = Object.keys(readXml(once));
    expect(names).toEqual([...names].sort());
  });
});
