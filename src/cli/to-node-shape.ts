// The node-shaping flags → NodeShape. Pure: validates and compiles the templates once, throws UsageError.

import { UsageError } from '../errors';
import {
  compileShape,
  DEFAULT_NODE_SHAPE,
  DUPLICATE_POLICIES,
  NODE_UNITS,
  type AttributeTemplate,
  type DuplicatePolicy,
  type NodeShape,
  type NodeUnit,
} from '../nodes/node-shape';

/** The shaping flags as commander hands them over. */
export interface ShapeFlags {
  readonly nodename?: string;
  readonly hostname?: string;
  readonly attribute?: readonly AttributeTemplate[];
  readonly tag?: readonly string[];
  /** false with `--no-default-tags`. */
  readonly defaultTags?: boolean;
  readonly omitAttribute?: readonly string[];
  readonly nodePer?: string;
  readonly onDuplicate?: string;
  /** The `--config` file, already merged into the other flags by the CLI. */
  readonly config?: string;
}

function oneOf<T extends string>(value: string | undefined, choices: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  const found = choices.find((choice) => choice === value);
  if (found === undefined) throw new UsageError(`unknown ${flag} "${value}": use ${choices.join(', ')}`);
  return found;
}

/**
 * The NodeShape the flags describe.
 * @throws UsageError for an unknown unit or policy, a malformed template, an unknown attribute name
 */
export function toNodeShape(flags: ShapeFlags): NodeShape {
  const shape: NodeShape = {
    nodePer: oneOf<NodeUnit>(flags.nodePer, NODE_UNITS, '--node-per', DEFAULT_NODE_SHAPE.nodePer),
    ...(flags.nodename !== undefined && { nodename: flags.nodename }),
    ...(flags.hostname !== undefined && { hostname: flags.hostname }),
    attributes: flags.attribute ?? [],
    tags: flags.tag ?? [],
    defaultTags: flags.defaultTags !== false,
    omitAttributes: flags.omitAttribute ?? [],
    onDuplicate: oneOf<DuplicatePolicy>(flags.onDuplicate, DUPLICATE_POLICIES, '--on-duplicate', DEFAULT_NODE_SHAPE.onDuplicate),
  };
  compileShape(shape); // fail before any AWS call or output check
  return shape;
}
