// countNodes: the node count of a document in each format, from ecs-nodes' own output and from hand-written files.

import { formatNodes } from '../../src/formatters';
import { createResourceYamlFormatter } from '../../src/formatters/resource-yaml';
import type { RundeckNode } from '../../src/nodes/rundeck-node';
import type { OutputFormat } from '../../src/options';
import { countNodes, UnreadableDocumentError } from '../../src/output/count-nodes';

function nodes(n: number): RundeckNode[] {
  return Array.from({ length: n }, (_, i) => ({
    nodename: `web-${String(i).padStart(4, '0')}`,
    tags: ['ecs', 'web'],
    attributes: { hostname: `10.0.0.${i % 250}`, 'ECS:Tag:note': 'a: b\n<node name="fake"/>\n"x": y' },
  }));
}

describe('countNodes', () => {
  it.each<[OutputFormat, number]>([
    ['resourceyaml', 0],
    ['resourceyaml', 1],
    ['resourceyaml', 37],
    ['resourcexml', 0],
    ['resourcexml', 37],
    ['resourcejson', 0],
    ['resourcejson', 37],
  ])('counts what the %s formatter wrote for %d node(s)', (format, n) => {
    expect(countNodes(formatNodes(nodes(n), format), format)).toBe(n);
  });

  it('counts across YAML documents', () => {
    const text = createResourceYamlFormatter(300).format(nodes(25));
    expect(text.split('\n---\n').length).toBeGreaterThan(3);
    expect(countNodes(text, 'resourceyaml')).toBe(25);
  });

  it('counts nodes whose long names are written as explicit keys', () => {
    const long = { nodename: 'x'.repeat(2000), tags: [], attributes: { hostname: 'h' } };
    const text = formatNodes([...nodes(3), long], 'resourceyaml');
    expect(text).toContain('\n? "x');
    expect(countNodes(text, 'resourceyaml')).toBe(4);
  });

  it.each<[OutputFormat, string, number]>([
    ['resourceyaml', '# inventory\nweb1:\n  hostname: 10.0.0.1\n\nweb2:\n  hostname: 10.0.0.2\n...\n', 2],
    ['resourceyaml', "'single quoted': {hostname: a}\nplain: {hostname: b}\n", 2],
    ['resourcexml', '<?xml version="1.0"?>\n<project><node name="a"/><node name="b"></node></project>', 2],
    ['resourcejson', '[{"nodename": "a"}, {"nodename": "b"}, {"nodename": "c"}]', 3],
  ])('reads hand-written %s: %j has %d node(s)', (format, text, n) => {
    expect(countNodes(text, format)).toBe(n);
  });

  it.each<[OutputFormat, string]>([
    ['resourceyaml', '- a\n- b\n'],
    ['resourceyaml', 'just text\n'],
    ['resourcexml', '<nodes><node name="a"/></nodes>'],
    ['resourcejson', '{"a": '],
    ['resourcejson', '42'],
  ])('refuses a %s document it cannot read: %j', (format, text) => {
    expect(() => countNodes(text, format)).toThrow(UnreadableDocumentError);
  });
});
