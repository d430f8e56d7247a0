// resourceyaml: a map keyed by nodename, every scalar double-quoted and ASCII-only, split into documents
// small enough for SnakeYAML (Rundeck's parser rejects one document over 3,145,728 code points).

import type { RundeckNode } from '../nodes/rundeck-node';
import type { Formatter } from './formatter';

/** Default size bound of one YAML document, in characters: a third of SnakeYAML's limit. */
export const DEFAULT_YAML_DOCUMENT_LIMIT = 1_000_000;

const DOCUMENT_START = '---\n';

/** A YAML 1.1 double-quoted scalar that every YAML parser reads back as exactly this string. */
export function quoteYaml(text: string): string {
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

/** The resourceyaml formatter; `documentLimit` bounds each `---` document in characters. */
export function createResourceYamlFormatter(documentLimit = DEFAULT_YAML_DOCUMENT_LIMIT): Formatter {
  return {
    name: 'resourceyaml',
    format(nodes) {
      if (nodes.length === 0) return '{}\n';
      // Each document starts with its `---` line, which counts towards the limit too.
      const documents: string[] = [];
      let current = DOCUMENT_START;
      for (const node of nodes) {
        const block = nodeBlock(node);
        if (current !== DOCUMENT_START && current.length + block.length > documentLimit) {
          documents.push(current);
          current = DOCUMENT_START;
        }
        current += block;
      }
      documents.push(current);
      return documents.join('');
    },
  };
}

export const resourceYamlFormatter = createResourceYamlFormatter();
