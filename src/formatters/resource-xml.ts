// resourcexml: <project> with one <node> per node; standard attributes as XML attributes, every other
// name (ECS:* has a colon, which XML would read as a namespace prefix) as an <attribute> child.

import { STANDARD_ATTRIBUTES, type RundeckNode } from '../nodes/rundeck-node';
import { removeForbiddenChars } from '../util/text';
import { gatherChunks, joinPieces } from './chunks';
import type { Formatter } from './formatter';
import { memoize } from './memo';

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

// Anything escapeXmlAttribute would change; text without it is returned as it is (the common case, and fast).
const NEEDS_XML_ESCAPE = /[&<>"'\x00-\x1F\x7F-\uFFFF]/;

/**
 * Text safe inside a double-quoted XML attribute, ASCII only (character references for the rest). Characters
 * XML 1.0 forbids even as references are dropped: one of them would make Rundeck reject the whole file.
 */
export function escapeXmlAttribute(text: string): string {
  // Every forbidden character is also in NEEDS_XML_ESCAPE, so text that passes needs nothing at all.
  if (!NEEDS_XML_ESCAPE.test(text)) return text;
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

/** `    <attribute name="NAME" value="` for an attribute name; names repeat on every node. */
const attributeStart = memoize((name) => `    <attribute name="${escapeXmlAttribute(name)}" value="`);

function nodeElement(node: RundeckNode): string {
  // Small arrays joined per node: measured faster than growing strings or joining one huge array.
  const standard = [`name="${escapeXmlAttribute(node.nodename)}"`];
  const lines = [''];
  const { attributes } = node;
  for (const name of Object.keys(attributes)) {
    const value = attributes[name] ?? '';
    if (STANDARD.has(name)) standard.push(`${name}="${escapeXmlAttribute(value)}"`);
    else lines.push(`${attributeStart(name)}${escapeXmlAttribute(value)}"/>`);
  }
  if (node.tags.length > 0) standard.push(`tags="${escapeXmlAttribute(node.tags.join(', '))}"`);
  lines[0] = `  <node ${standard.join(' ')}>`;
  lines.push('  </node>', '');
  return lines.join('\n');
}

/** The document in pieces: the prolog, one element per node, the closing tag. */
function* xmlPieces(nodes: readonly RundeckNode[]): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n';
  for (const node of nodes) yield nodeElement(node);
  yield '</project>\n';
}

/** The resourcexml formatter. */
export const resourceXmlFormatter: Formatter = {
  name: 'resourcexml',
  format: (nodes) => joinPieces(xmlPieces(nodes)),
  chunks: (nodes) => gatherChunks(xmlPieces(nodes)),
};
