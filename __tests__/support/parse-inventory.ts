// Test support: reads an inventory document of any format back into plain nodes, with independent parsers
// (yaml in YAML 1.1 mode, saxes, JSON.parse), so tests compare what Rundeck would read.

import { parseAllDocuments } from 'yaml';
import { SaxesParser } from 'saxes';
import type { OutputFormat } from '../../src/options';

/** A node as read back: every attribute (nodename and tags included) as a string; tags joined by ", ". */
export type ParsedNode = Record<string, string>;

function asStringMap(value: unknown, where: string): ParsedNode {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where}: not a map`);
  const node: ParsedNode = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'tags' && Array.isArray(v)) node[key] = v.map(String).join(', ');
    else if (typeof v === 'string') node[key] = v;
    else throw new Error(`${where}: attribute ${key} is not a string but ${typeof v}`);
  }
  return node;
}

function parseYaml(text: string): Map<string, ParsedNode> {
  const nodes = new Map<string, ParsedNode>();
  for (const document of parseAllDocuments(text, { version: '1.1' }) as ReturnType<typeof parseAllDocuments> & unknown[]) {
    if (document.errors.length > 0) throw new Error(`YAML: ${document.errors[0]?.message ?? 'error'}`);
    const value: unknown = document.toJS();
    if (value === null) continue;
    if (typeof value !== 'object' || Array.isArray(value)) throw new Error('YAML: a document is not a map');
    for (const [name, node] of Object.entries(value as Record<string, unknown>)) {
      if (nodes.has(name)) throw new Error(`YAML: node ${name} appears twice`);
      nodes.set(name, asStringMap(node, `YAML node ${name}`));
    }
  }
  return nodes;
}

function parseXml(text: string): Map<string, ParsedNode> {
  const nodes = new Map<string, ParsedNode>();
  let current: ParsedNode | undefined;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (tag.name === 'node') {
      const name = attributes.name ?? '';
      current = { nodename: name };
      for (const [key, value] of Object.entries(attributes)) if (key !== 'name') current[key] = value;
      if (nodes.has(name)) throw new Error(`XML: node ${name} appears twice`);
      nodes.set(name, current);
    } else if (tag.name === 'attribute') {
      if (!current) throw new Error('XML: <attribute> outside <node>');
      current[attributes.name ?? ''] = attributes.value ?? '';
    } else if (tag.name !== 'project') throw new Error(`XML: unexpected <${tag.name}>`);
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'node') current = undefined;
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
  return nodes;
}

function parseJson(text: string): Map<string, ParsedNode> {
  const value: unknown = JSON.parse(text);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('JSON: not an object');
  return new Map(Object.entries(value as Record<string, unknown>).map(([name, node]) => [name, asStringMap(node, `JSON node ${name}`)]));
}

/** The nodes of a document, by node name. Throws when the text does not parse as that format. */
export function parseInventory(text: string, format: OutputFormat): Map<string, ParsedNode> {
  switch (format) {
    case 'resourceyaml':
      return parseYaml(text);
    case 'resourcexml':
      return parseXml(text);
    case 'resourcejson':
      return parseJson(text);
  }
}
