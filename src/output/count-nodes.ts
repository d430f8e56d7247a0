// Counts the nodes of an inventory document in any of the three formats, without building the nodes, so a
// guard can compare a new run with the file it would replace even when that file is large.

import type { OutputFormat } from '../options';

/** Thrown when the text is not a document of the format. */
export class UnreadableDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableDocumentError';
  }
}

// resourceyaml as ecs-nodes (or any block-style writer) writes it: one top-level `KEY:` line per node.
const YAML_TOP_LEVEL_KEY = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"-][^:#]*?)\s*:(?:\s|$)/;
const YAML_IGNORED = /^(?:---|\.\.\.|\{\}|#.*|\s*)$/;

function countYamlNodes(text: string): number {
  let count = 0;
  for (const line of text.split('\n')) {
    if (/^[ \t]/.test(line) || YAML_IGNORED.test(line.trimEnd())) continue;
    // A long node name is written as an explicit key: `? "NAME"`, then `:` alone on the next line.
    if (line.startsWith('? ')) {
      count += 1;
      continue;
    }
    if (line.trimEnd() === ':') continue;
    if (!YAML_TOP_LEVEL_KEY.test(line)) throw new UnreadableDocumentError(`not a resourceyaml node map (top-level line "${line.slice(0, 40)}")`);
    count += 1;
  }
  return count;
}

function countXmlNodes(text: string): number {
  if (!/<project[\s>/]/.test(text)) throw new UnreadableDocumentError('not a resourcexml document (no <project>)');
  // Attribute values are escaped (`&lt;`), so `<node` only starts a node element.
  return text.match(/<node[\s/>]/g)?.length ?? 0;
}

function countJsonNodes(text: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UnreadableDocumentError(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Rundeck reads a node array or an object keyed by node name.
  if (Array.isArray(parsed)) return parsed.length;
  if (parsed && typeof parsed === 'object') return Object.keys(parsed).length;
  throw new UnreadableDocumentError('not a resourcejson document (neither an object nor an array)');
}

/**
 * The number of nodes in `text`, a document in `format`.
 * @throws UnreadableDocumentError when the text is not such a document
 */
export function countNodes(text: string, format: OutputFormat): number {
  switch (format) {
    case 'resourceyaml':
      return countYamlNodes(text);
    case 'resourcexml':
      return countXmlNodes(text);
    case 'resourcejson':
      return countJsonNodes(text);
  }
}
