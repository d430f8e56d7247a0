// The fast formatters write exactly what the straightforward reference ones wrote: on a fixed node set
// (also against the committed golden files) and on arbitrary strings.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { resourceJsonFormatter } from '../../src/formatters/resource-json';
import { resourceXmlFormatter } from '../../src/formatters/resource-xml';
import { createResourceYamlFormatter, resourceYamlFormatter } from '../../src/formatters/resource-yaml';
import type { RundeckNode } from '../../src/nodes/rundeck-node';
import { referenceJson, referenceXml, referenceYaml } from '../support/reference-formatters';
import { sampleNodes, TRICKY_NODES } from '../support/sample-nodes';

const GOLDEN = join(__dirname, '..', 'fixtures', 'formatters');
const nodes = sampleNodes(40);

describe('formatter output on a fixed node set', () => {
  it.each([
    ['resourceyaml', 'golden.yaml', () => resourceYamlFormatter.format(nodes), () => referenceYaml(nodes)],
    ['resourcexml', 'golden.xml', () => resourceXmlFormatter.format(nodes), () => referenceXml(nodes)],
    ['resourcejson', 'golden.json', () => resourceJsonFormatter.format(nodes), () => referenceJson(nodes)],
  ])('%s equals the golden file and the reference formatter', (_format, file, fast, reference) => {
    const output = fast();
    expect(output).toBe(readFileSync(join(GOLDEN, file), 'utf8'));
    expect(output).toBe(reference());
  });

  it.each([1, 500, 2_000, 10_000])('splits YAML documents exactly as the reference does at limit %i', (limit) => {
    expect(createResourceYamlFormatter(limit).format(nodes)).toBe(referenceYaml(nodes, limit));
  });

  it('keeps every YAML document within the limit unless one node alone exceeds it', () => {
    const limit = 3_000;
    const documents = createResourceYamlFormatter(limit).format(nodes).split('---\n').slice(1);
    expect(documents.length).toBeGreaterThan(5);
    for (const document of documents) {
      const blocks = document.split(/\n(?=\S)/).length;
      if (blocks > 1) expect(document.length).toBeLessThanOrEqual(limit);
    }
  });
});

const text = fc.string({ unit: 'binary', maxLength: 12 });
const node: fc.Arbitrary<RundeckNode> = fc.record({
  // Names JavaScript objects order first ("0", "42") and names just outside that rule.
  nodename: fc.oneof(text, fc.constantFrom('0', '7', '42', '01', '4294967294', '4294967295')),
  tags: fc.array(text, { maxLength: 3 }),
  attributes: fc.dictionary(fc.oneof(text, fc.constantFrom('hostname', 'osName', 'description', '12', 'nodename', 'tags')), text, { maxKeys: 4 }),
});
const nodeList = fc.uniqueArray(node, { selector: (n) => n.nodename, maxLength: 6 });

describe('formatter chunks', () => {
  it.each([
    ['resourceyaml', createResourceYamlFormatter(5_000)],
    ['resourcexml', resourceXmlFormatter],
    ['resourcejson', resourceJsonFormatter],
  ])('%s: the chunks join to the document', (_name, formatter) => {
    const chunks = [...(formatter.chunks?.(nodes) ?? [])];
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.join('')).toBe(formatter.format(nodes));
  });

  it.each([
    ['resourceyaml', resourceYamlFormatter, '{}\n'],
    ['resourcexml', resourceXmlFormatter, '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n</project>\n'],
    ['resourcejson', resourceJsonFormatter, '{}\n'],
  ])('%s: no nodes, one small document', (_name, formatter, expected) => {
    expect([...(formatter.chunks?.([]) ?? [])].join('')).toBe(expected);
  });
});

describe('formatter output on arbitrary strings', () => {
  it('resourceyaml matches the reference', () => {
    fc.assert(fc.property(nodeList, (list) => createResourceYamlFormatter(200).format(list) === referenceYaml(list, 200)), { numRuns: 1000 });
  });
  it('resourcexml matches the reference', () => {
    fc.assert(fc.property(nodeList, (list) => resourceXmlFormatter.format(list) === referenceXml(list)), { numRuns: 1000 });
  });
  it('resourcejson matches the reference', () => {
    fc.assert(fc.property(nodeList, (list) => resourceJsonFormatter.format(list) === referenceJson(list)), { numRuns: 1000 });
  });
  it('resourcejson keeps the nodes in order, index-like names and __proto__ included', () => {
    const list = ['b', '42', '__proto__', '7'].map((nodename) => ({ nodename, tags: [], attributes: { z: 'y' } }));
    expect(resourceJsonFormatter.format(list)).toBe(referenceJson(list));
    expect([...resourceJsonFormatter.format(list).matchAll(/^ {2}"([^"]+)": \{$/gm)].map((m) => m[1])).toEqual(['b', '42', '__proto__', '7']);
  });
  it('the tricky nodes are part of the fixed set', () => {
    expect(nodes).toEqual(expect.arrayContaining([...TRICKY_NODES]));
  });
});
