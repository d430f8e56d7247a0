// resourcexml: <project> with one <node> per node; standard attributes as XML attributes, every other
// name (ECS:* has a colon, which XML would read as a namespace prefix) as an <attribute> child.

import { STANDARD_ATTRIBUTES, type RundeckNode } from '../nodes/rundeck-node';
import { removeForbiddenChars } from '../util/text';
import type { Formatter } from './formatter';

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

/**
 * Text safe inside a double-quoted XML attribute, ASCII only (character references for the rest). Characters
 * XML 1.0 forbids even as references are dropped: one of them would make Rundeck reject the whole file.
 */
export function escapeXmlAttribute(text: string): string {
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

export const resourceXmlFormatter: Formatter = {
  name: 'resourcexml',
  format(nodes) {
    return ['<?xml version="1.0" encoding="UTF-8"?>', '<project>', ...nodes.map(nodeElement), '</project>', ''].join('\n');
  },
};
