// resourceyaml read back with YAML 1.1 rules (as SnakeYAML does): every scalar a double-quoted string,
// ASCII only with \u escapes, split into documents under the size limit.

import { parseAllDocuments } from 'yaml';
import { createResourceYamlFormatter, quoteYaml, resourceYamlFormatter } from '../../src/formatters/resource-yaml';
import { formatNodes, sortNodes } from '../../src/formatters';
import type { RundeckNode } from '../../src/nodes/rundeck-node';
import { toNode } from '../../src/nodes/to-node';
import { selectContainers } from '../../src/select/select-containers';
import { DEFAULT_FILTER } from '../../src/options';
import { HOSTILE_KEYS, HOSTILE_VALUES, hostileNodes } from '../fixtures/hostile';
import { EXAMPLE_PATH, loadDescribeTasks } from '../fixtures/fixtures';
import { expectedReadNodes, readYaml } from './read-back';

function exampleNodes(): RundeckNode[] {
  return selectContainers(loadDescribeTasks(EXAMPLE_PATH).tasks, DEFAULT_FILTER).map(toNode);
}

/** Reads one double-quoted scalar with YAML 1.1 rules. */
function readScalar(quoted: string): unknown {
  const [doc] = parseAllDocuments(`k: ${quoted}\n`, { version: '1.1' });
  return (doc?.toJS() as { k?: unknown } | undefined)?.k;
}

describe('quoteYaml', () => {
  it.each(HOSTILE_VALUES.map((v) => [v]))('%j comes back as the exact string', (value) => {
    const quoted = quoteYaml(value);
    expect(quoted).toMatch(/^"[\x20-\x7E]*"$/);
    expect(readScalar(quoted)).toBe(value);
  });

  it.each([
    ['\u0001\u001F\u007F', '"\\u0001\\u001F\\u007F"'],
    ['ü', '"\\u00FC"'],
    ['😀', '"\\U0001F600"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['\t\n\r', '"\\t\\n\\r"'],
  ])('%j → %s', (value, expected) => {
    expect(quoteYaml(value)).toBe(expected);
    expect(readScalar(expected)).toBe(value);
  });
});

describe('resourceYamlFormatter', () => {
  it('writes the example inventory so that it reads back as the same nodes', () => {
    const nodes = exampleNodes();
    expect(nodes.length).toBeGreaterThan(5);
    expect(readYaml(formatNodes(nodes, 'resourceyaml'))).toEqual(expectedReadNodes(nodes));
  });

  it('reads hostile keys, values and names back as the exact strings', () => {
    const nodes = hostileNodes();
    const text = resourceYamlFormatter.format(sortNodes(nodes));
    expect(readYaml(text)).toEqual(expectedReadNodes(nodes));
    for (const key of HOSTILE_KEYS) expect(text).toContain(`  ${quoteYaml(key)}: `);
  });

  it('round-trips control characters as escapes when a library caller hands them over', () => {
    const node: RundeckNode = {
      nodename: 'n\u0001',
      tags: ['t'],
      attributes: { hostname: 'h\u0000\u0007\u001B\u007F\u0085', 'ECS:X\u0002': 'v\t\r\n\u000B\u000C' },
    };
    const text = resourceYamlFormatter.format([node]);
    expect(text).toMatch(/^[\x20-\x7E\n]*$/);
    expect(readYaml(text)).toEqual(expectedReadNodes([node]));
  });

  it('keeps the longest ECS tag key (128 non-ASCII letters) readable as an implicit YAML key', () => {
    // YAML caps implicit keys at 1024 characters; \u escapes make non-ASCII keys six times longer.
    const key = `ECS:Tag:${'鍵'.repeat(128)}`;
    const node: RundeckNode = { nodename: 'n', tags: ['t'], attributes: { [key]: 'v' } };
    const text = resourceYamlFormatter.format([node]);
    expect(text.split('\n').find((l) => l.includes('\\u9375'))?.indexOf('":')).toBeLessThan(1024);
    expect(readYaml(text)).toEqual(expectedReadNodes([node]));
  });

  it('writes pure printable ASCII: non-ASCII only as escapes, no tab or CR', () => {
    const text = resourceYamlFormatter.format(sortNodes(hostileNodes()));
    expect(text).toMatch(/^[\x20-\x7E\n]*$/);
    expect(text).toContain('\\u00FC');
  });

  it('quotes every key and every value', () => {
    const text = resourceYamlFormatter.format(sortNodes([...hostileNodes(), ...exampleNodes()]));
    for (const line of text.split('\n')) {
      if (line === '' || line === '---') continue;
      expect(line).toMatch(/^( {2})?"([^"\\]|\\.)*":( "([^"\\]|\\.)*")?$/);
    }
  });

  it('writes tags as one comma-separated string', () => {
    const [node] = exampleNodes();
    const text = resourceYamlFormatter.format([node as RundeckNode]);
    expect(text).toContain(`  "tags": "${node?.tags.join(', ')}"\n`);
  });

  it('writes an empty inventory as one valid empty map', () => {
    const text = resourceYamlFormatter.format([]);
    const docs = parseAllDocuments(text, { version: '1.1' });
    expect(docs).toHaveLength(1);
    expect(docs[0]?.toJS()).toEqual({});
    expect(readYaml(text)).toEqual({});
  });

  it('is deterministic: the same nodes in any order give the same bytes', () => {
    const nodes = exampleNodes();
    const once = formatNodes(nodes, 'resourceyaml');
    expect(formatNodes([...nodes].reverse(), 'resourceyaml')).toBe(once);
    const names = Object.keys(readYaml(once));
    expect(names).toEqual([...names].sort());
  });

  describe('document split', () => {
    const nodes = sortNodes([...hostileNodes(), ...exampleNodes()]);
    const blockSize = Math.max(...nodes.map((n) => resourceYamlFormatter.format([n]).length));

    it.each([1, 2.5, 4])('keeps each document under a limit of %d node(s) and loses no node', (blocks) => {
      const limit = Math.ceil(blockSize * blocks);
      const text = createResourceYamlFormatter(limit).format(nodes);
      const documents = text.split(/^(?=---$)/m);
      expect(documents.length).toBeGreaterThan(1);
      for (const document of documents) {
        expect(document.startsWith('---\n')).toBe(true);
        expect([...document].length).toBeLessThanOrEqual(limit);
      }
      expect(parseAllDocuments(text, { version: '1.1' })).toHaveLength(documents.length);
      expect(readYaml(text)).toEqual(expectedReadNodes(nodes));
    });

    it('counts the "---" line in the limit', () => {
      const [template] = exampleNodes();
      const same = [1, 2, 3, 4].map((i): RundeckNode => ({ ...(template as RundeckNode), nodename: `node-${i}` }));
      const withMarker = resourceYamlFormatter.format([same[0] as RundeckNode]).length;
      const limit = 2 * (withMarker - '---\n'.length);
      const documents = createResourceYamlFormatter(limit).format(same).split(/^(?=---$)/m);
      for (const document of documents) expect(document.length).toBeLessThanOrEqual(limit);
      expect(documents).toHaveLength(4);
    });

    it('writes one document when everything fits', () => {
      const text = resourceYamlFormatter.format(nodes);
      expect(text.match(/^---$/gm)).toHaveLength(1);
    });

    it('bounds documents by default far below SnakeYAML\'s 3,145,728 code points', () => {
      const many: RundeckNode[] = [];
      const [template] = exampleNodes();
      for (let i = 0; i < 3000; i++) many.push({ ...(template as RundeckNode), nodename: `node-${String(i).padStart(5, '0')}` });
      const text = resourceYamlFormatter.format(many);
      expect(text.length).toBeGreaterThan(3_145_728);
      const documents = text.split(/^(?=---$)/m);
      expect(documents.length).toBeGreaterThan(3);
      for (const document of documents) expect(document.length).toBeLessThan(3_145_728 / 2);
      expect(Object.keys(readYaml(text))).toHaveLength(3000);
    });
  });
});

describe('resourceyaml keys longer than SnakeYAML reads as simple keys', () => {
  // SnakeYAML (Rundeck's parser) fails the whole file on a `"key":` over 1,024 characters as written.
  const longName = '\u4e2d'.repeat(300); // 1,800 characters once escaped
  const nodes: RundeckNode[] = [
    { nodename: longName, tags: ['a'], attributes: { hostname: 'h', [`ECS:Tag:${longName}`]: 'v', short: longName } },
    { nodename: 'b', tags: [], attributes: { hostname: 'h2' } },
  ];

  it('writes them in the explicit "? key" form, short keys as before', () => {
    const text = resourceYamlFormatter.format(sortNodes(nodes));
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('? ') || l.startsWith('  ? '))).toHaveLength(2);
    expect(lines.every((l) => !/^ *"[^"]*":/.test(l) || l.indexOf('":') <= 1024 + 2)).toBe(true);
    expect(text).toContain('"b":\n');
  });

  it('reads back as exactly the same nodes', () => {
    expect(readYaml(resourceYamlFormatter.format(sortNodes(nodes)))).toEqual(expectedReadNodes(sortNodes(nodes)));
  });
});
