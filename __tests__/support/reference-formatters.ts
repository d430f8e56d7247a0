// The formatters as they were before the speed work (straightforward, slow; main's versions of 2026-11-28):
// the reference that the fast ones must match byte for byte.

import { STANDARD_ATTRIBUTES, type RundeckNode } from '../../src/nodes/rundeck-node';
import { removeForbiddenChars } from '../../src/util/text';

function escapeNonAsciiAsUnicode(text: string): string {
  return text.replace(/[^\x20-\x7E\t\n\r]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

function member(indent: string, key: string, valueText: string): string {
  return `${indent}${JSON.stringify(key)}: ${valueText}`;
}

function nodeText(node: RundeckNode): string {
  const members = [
    member('    ', 'nodename', JSON.stringify(node.nodename)),
    ...Object.entries(node.attributes).map(([name, value]) => member('    ', name, JSON.stringify(value))),
    member('    ', 'tags', JSON.stringify([...node.tags], null, 2).replace(/\n/g, '\n    ')),
  ];
  return member('  ', node.nodename, `{\n${members.join(',\n')}\n  }`);
}

/** resourcejson, the reference way. */
export function referenceJson(nodes: readonly RundeckNode[]): string {
  const text = nodes.length === 0 ? '{}' : `{\n${nodes.map(nodeText).join(',\n')}\n}`;
  return `${escapeNonAsciiAsUnicode(text)}\n`;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

function escapeXmlAttribute(text: string): string {
  let out = '';
  for (const ch of removeForbiddenChars(text)) {
    const mapped = XML_ESCAPES[ch];
    if (mapped !== undefined) out += mapped;
    else {
      const code = ch.codePointAt(0) ?? 0;
      out += code >= 0x20 && code <= 0x7e ? ch : `&#x${code.toString(16).toUpperCase()};`;
    }
  }
  return out;
}

const STANDARD = new Set<string>(STANDARD_ATTRIBUTES);

function nodeElement(node: RundeckNode): string {
  const standard: string[] = [`name="${escapeXmlAttribute(node.nodename)}"`];
  const children: string[] = [];
  for (const [name, value] of Object.entries(node.attributes)) {
    if (STANDARD.has(name)) standard.push(`${name}="${escapeXmlAttribute(value)}"`);
    else children.push(`    <attribute name="${escapeXmlAttribute(name)}" value="${escapeXmlAttribute(value)}"/>`);
  }
  if (node.tags.length > 0) standard.push(`tags="${escapeXmlAttribute(node.tags.join(', '))}"`);
  return [`  <node ${standard.join(' ')}>`, ...children, '  </node>'].join('\n');
}

/** resourcexml, the reference way. */
export function referenceXml(nodes: readonly RundeckNode[]): string {
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<project>', ...nodes.map(nodeElement), '</project>', ''].join('\n');
}

function quoteYaml(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code >= 0x20 && code <= 0x7e) out += ch;
    else if (code <= 0xffff) out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`;
  }
  return `${out}"`;
}

function nodeBlock(node: RundeckNode): string {
  const lines = [`${quoteYaml(node.nodename)}:`, `  "nodename": ${quoteYaml(node.nodename)}`];
  for (const [name, value] of Object.entries(node.attributes)) lines.push(`  ${quoteYaml(name)}: ${quoteYaml(value)}`);
  lines.push(`  "tags": ${quoteYaml(node.tags.join(', '))}`);
  return `${lines.join('\n')}\n`;
}

/** resourceyaml, the reference way, documents bounded by `documentLimit` characters. */
export function referenceYaml(nodes: readonly RundeckNode[], documentLimit = 1_000_000): string {
  if (nodes.length === 0) return '{}\n';
  // Each document starts with its `---` line, which counts towards the limit too.
  const documents: string[] = [];
  let current = '---\n';
  for (const node of nodes) {
    const block = nodeBlock(node);
    if (current !== '---\n' && current.length + block.length > documentLimit) {
      documents.push(current);
      current = '---\n';
    }
    current += block;
  }
  documents.push(current);
  return documents.join('');
}
