// The formatter registry: format name → formatter, and the one entry point that sorts before formatting.

import type { OutputFormat } from '../options';
import type { RundeckNode } from '../nodes/rundeck-node';
import { compareCodeUnits } from '../util/text';
import type { Formatter } from './formatter';
import { resourceJsonFormatter } from './resource-json';
import { resourceXmlFormatter } from './resource-xml';
import { resourceYamlFormatter } from './resource-yaml';

export type { Formatter } from './formatter';

/** The formatter of each Rundeck format, by name. */
export const formatters: Readonly<Record<OutputFormat, Formatter>> = {
  resourceyaml: resourceYamlFormatter,
  resourcexml: resourceXmlFormatter,
  resourcejson: resourceJsonFormatter,
};

/** Nodes sorted by nodename (code-unit order), so output is byte-for-byte deterministic. */
export function sortNodes(nodes: readonly RundeckNode[]): RundeckNode[] {
  return [...nodes].sort((a, b) => compareCodeUnits(a.nodename, b.nodename));
}

/** One complete document in `format` for the nodes, sorted by nodename. */
export function formatNodes(nodes: readonly RundeckNode[], format: OutputFormat): string {
  return formatters[format].format(sortNodes(nodes));
}

/** The same document as `formatNodes`, in chunks of about a megabyte produced as they are read. */
export function formatNodeChunks(nodes: readonly RundeckNode[], format: OutputFormat): Iterable<string> {
  const formatter = formatters[format];
  const sorted = sortNodes(nodes);
  return formatter.chunks ? formatter.chunks(sorted) : [formatter.format(sorted)];
}
