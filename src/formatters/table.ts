// The `table` view: one aligned row per node for people at a terminal. Not a Rundeck format. Pure.

import type { RundeckNode } from '../nodes/rundeck-node';
import { ATTR } from '../nodes/attributes';
import { alignColumns, type Cell } from '../util/align-columns';
import type { Style } from '../util/style';

/** Column headings, in order. */
export const TABLE_COLUMNS = ['NODE', 'CLUSTER', 'SERVICE', 'CONTAINER', 'IMAGE TAG', 'IP', 'STATUS', 'EXEC'] as const;

const MISSING = '-';

/** The tag (or short digest) of an image reference: `repo/app:2.1` → `2.1`, `app@sha256:abc…` → `@sha256:abc…` (12 hex). */
export function imageTagOf(image: string | undefined): string {
  if (!image) return MISSING;
  const at = image.indexOf('@');
  if (at >= 0) {
    const digest = image.slice(at + 1);
    const [algorithm = '', hex = ''] = digest.split(':');
    return `@${algorithm}:${hex.slice(0, 12)}`;
  }
  const name = image.slice(image.lastIndexOf('/') + 1);
  const colon = name.lastIndexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : 'latest';
}

function statusCell(node: RundeckNode, style: Style): Cell {
  const last = node.attributes[ATTR.containerLastStatus];
  const health = node.attributes[ATTR.containerHealthStatus];
  const text = [last, health].filter(Boolean).join('/') || MISSING;
  if (health === 'UNHEALTHY' || (last !== undefined && last !== 'RUNNING')) return { text, paint: style.bad };
  if (health === 'HEALTHY') return { text, paint: style.good };
  if (health === 'UNKNOWN') return { text, paint: style.warn };
  return { text };
}

function execCell(node: RundeckNode, style: Style): Cell {
  if (node.attributes[ATTR.execReady] === 'true') return { text: 'ready', paint: style.good };
  if (node.attributes[ATTR.execEnabled] === 'true') return { text: 'agent-down', paint: style.bad };
  return { text: 'off', paint: style.dim };
}

function row(node: RundeckNode, style: Style): Cell[] {
  const a = node.attributes;
  return [
    { text: node.nodename },
    { text: a[ATTR.clusterName] ?? MISSING },
    { text: a[ATTR.serviceName] ?? MISSING },
    { text: a[ATTR.containerName] ?? MISSING },
    { text: imageTagOf(a[ATTR.containerImage]) },
    { text: a[ATTR.privateIp] ?? MISSING },
    statusCell(node, style),
    execCell(node, style),
  ];
}

/**
 * The nodes as an aligned text table with a heading row and a count line; `style` colours health and
 * exec readiness (pass `plainStyle` for plain text). Nodes are written in the order given.
 */
export function formatTable(nodes: readonly RundeckNode[], style: Style): string {
  const heading: Cell[] = TABLE_COLUMNS.map((text) => ({ text, paint: style.bold }));
  const lines = alignColumns([heading, ...nodes.map((node) => row(node, style))]);
  lines.push(style.dim(`${nodes.length} node${nodes.length === 1 ? '' : 's'}`));
  return `${lines.join('\n')}\n`;
}
