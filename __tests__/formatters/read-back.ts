// Reads formatted documents back the way Rundeck's parsers do (YAML 1.1, XML with attribute normalisation,
// JSON), into one comparable shape, failing loudly on anything Rundeck would not read as a string.

import { parseAllDocuments, isMap, isScalar, isPair, type Node as YamlNode } from 'yaml';
import { SaxesParser } from 'saxes';
import type { RundeckNode } from '../../src/nodes/rundeck-node';

/** What Rundeck sees of a node: its name, its tags, every other attribute as a string. */
export interface ReadNode {
  readonly nodename: string;
  readonly tags: string[];
  readonly attributes: Record<string, string>;
}

/** The shape a RundeckNode should come back as (tags order-insensitive, so sorted). */
export function expectedReadNodes(nodes: readonly RundeckNode[]): Record<string, ReadNode> {
  const out: Record<string, ReadNode> = {};
  for (const node of nodes) {
    out[node.nodename] = { nodename: node.nodename, tags: [...node.tags].sort(), attributes: { ...node.attributes } };
  }
  return out;
}

function splitTagString(tags: string): string[] {
  return tags.split(',').map((t) => t.trim());
}

/** A scalar that must be a string node with a string value (never int, bool, null, timestamp…). */
function yamlString(node: unknown, where: string): string {
  if (!isScalar(node) || typeof node.value !== 'string') {
    throw new Error(`${where}: not a string scalar: ${JSON.stringify(isScalar(node) ? node.value : node)}`);
  }
  if (node.type !== 'QUOTE_DOUBLE') throw new Error(`${where}: not double-quoted (${String(node.type)})`);
  return node.value;
}

/** Every document of a resourceyaml text, read with YAML 1.1 rules as SnakeYAML does. */
export function readYaml(text: string): Record<string, ReadNode> {
  const out: Record<string, ReadNode> = {};
  for (const doc of parseAllDocuments(text, { version: '1.1', uniqueKeys: true })) {
    if ('errors' in doc && doc.errors.length > 0) throw new Error(`YAML errors: ${doc.errors.map((e) => e.message).join('; ')}`);
    if (doc.warnings.length > 0) throw new Error(`YAML warnings: ${doc.warnings.map((e) => e.message).join('; ')}`);
    const root = doc.contents as YamlNode | null;
    if (!isMap(root)) throw new Error('a YAML document is not a map');
    for (const item of root.items) {
      if (!isPair(item)) throw new Error('not a pair');
      const key = yamlString(item.key, 'node key');
      if (!isMap(item.value)) throw new Error(`node ${key} is not a map`);
      const attributes: Record<string, string> = {};
      let tags: string[] = [];
      let nodename: string | undefined;
      for (const pair of item.value.items) {
        const name = yamlString(pair.key, `key in ${key}`);
        const value = yamlString(pair.value, `${key}.${name}`);
        if (name === 'nodename') nodename = value;
        else if (name === 'tags') tags = splitTagString(value).filter((t) => t !== '');
        else attributes[name] = value;
      }
      if (nodename !== key) throw new Error(`node ${key}: inner nodename ${String(nodename)} differs`);
      if (key in out) throw new Error(`node ${key} appears twice`);
      out[key] = { nodename: key, tags: tags.sort(), attributes };
    }
  }
  return out;
}

/** A resourcexml text read with a conforming XML parser (attribute values normalised as XML requires). */
export function readXml(text: string): Record<string, ReadNode> {
  const out: Record<string, ReadNode> = {};
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: string[] = [];
  let current: ReadNode | undefined;
  let parseError: Error | undefined;
  parser.on('error', (error) => {
    parseError ??= error;
  });
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    const parent = stack[stack.length - 1];
    stack.push(tag.name);
    if (tag.name === 'project') {
      if (parent !== undefined) throw new Error('nested <project>');
    } else if (tag.name === 'node') {
      if (parent !== 'project') throw new Error('<node> outside <project>');
      const { name, tags, ...rest } = attributes;
      if (name === undefined) throw new Error('<node> without name');
      if (name in out) throw new Error(`node ${name} appears twice`);
      if (tags !== undefined) {
        const pieces = splitTagString(tags);
        // Rundeck's XML parser keeps blank pieces as empty tags: there must be none.
        if (pieces.some((t) => t === '')) throw new Error(`node ${name}: blank tag in ${JSON.stringify(tags)}`);
      }
      current = { nodename: name, tags: tags === undefined ? [] : splitTagString(tags).sort(), attributes: { ...rest } };
      out[name] = current;
    } else if (tag.name === 'attribute') {
      if (parent !== 'node' || !current) throw new Error('<attribute> outside <node>');
      const { name, value } = attributes;
      if (name === undefined || value === undefined) throw new Error('<attribute> without name or value');
      current.attributes[name] = value;
    } else {
      throw new Error(`unexpected <${tag.name}>`);
    }
  });
  parser.on('closetag', () => {
    if (stack.pop() === 'node') current = undefined;
  });
  parser.write(text).close();
  if (parseError) throw parseError;
  if (stack.length !== 0) throw new Error('unclosed elements');
  return out;
}

/** A resourcejson text read as Rundeck does: an object nodename → node, tags an array, other values strings. */
export function readJson(text: string): Record<string, ReadNode> {
  const data = JSON.parse(text) as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object');
  const out: Record<string, ReadNode> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`node ${key} is not an object`);
    const { nodename, tags, ...rest } = value as Record<string, unknown>;
    if (nodename !== key) throw new Error(`node ${key}: inner nodename ${String(nodename)} differs`);
    if (!Array.isArray(tags) || !tags.every((t): t is string => typeof t === 'string' && t !== '' && t === t.trim())) {
      throw new Error(`node ${key}: tags must be an array of trimmed non-empty strings`);
    }
    const attributes: Record<string, string> = {};
    for (const [name, v] of Object.entries(rest)) {
      if (typeof v !== 'string') throw new Error(`${key}.${name} is not a string`);
      attributes[name] = v;
    }
    out[key] = { nodename: key, tags: [...tags].sort(), attributes };
  }
  return out;
}
