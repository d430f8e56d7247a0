// The one interface every output format implements.

import type { RundeckNode } from '../nodes/rundeck-node';

/** A Rundeck resource format: its name and how to write nodes in it. */
export interface Formatter {
  /** The format's name as Rundeck spells it (`resourceyaml`, `resourcexml`, `resourcejson`). */
  readonly name: string;
  /** One complete document for the nodes, which arrive sorted by nodename with unique names. */
  format(nodes: readonly RundeckNode[]): string;
  /**
   * The same document in pieces, produced lazily, so a large inventory can be written without holding the
   * whole text in memory; joined, the pieces equal `format(nodes)`.
   */
  chunks?(nodes: readonly RundeckNode[]): Iterable<string>;
}
