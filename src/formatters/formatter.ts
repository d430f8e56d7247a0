// The one interface every output format implements.

import type { RundeckNode } from '../nodes/rundeck-node';

export interface Formatter {
  /** The format's name as Rundeck spells it (`resourceyaml`, `resourcexml`, `resourcejson`). */
  readonly name: string;
  /** One complete document for the nodes, which arrive sorted by nodename with unique names. */
  format(nodes: readonly RundeckNode[]): string;
}
