// The shaping step after the unit mapping: templates, extra attributes and tags, omitted attributes, and
// unique node names (cluster-qualified services, duplicates failed or suffixed). Pure.

import { UsageError } from '../errors';
import { compareCodeUnits, removeForbiddenChars } from '../util/text';
import { ATTR } from './attributes';
import type { CompiledShape } from './node-shape';
import type { RundeckNode } from './rundeck-node';
import { evaluateTemplate } from './template';
import { normaliseTags } from './to-node';

/** A shaped node with what duplicate handling needs to know about it. */
export interface ShapedNode {
  readonly node: RundeckNode;
  /** Appended (after `-`) by `--on-duplicate suffix`: the container id, or the task id for task and service nodes. */
  readonly suffix?: string;
  /** The cluster the node belongs to: its ARN (or name), and its name for qualifying service nodes. */
  readonly clusterKey?: string;
  readonly clusterName?: string;
}

/** How many duplicate names an error lists. */
const LISTED_DUPLICATES = 5;

function whichNode(base: RundeckNode): string {
  const a = base.attributes;
  const container = a[ATTR.containerName];
  return `task ${a[ATTR.taskId] ?? 'unknown'}${container ? ` (container ${container})` : ''}`;
}

/**
 * The node shaped by `shape`: hostname, then each `--attribute` in order (each sees those before it), then
 * the node name and the tags (from the attributes so far), and last the omitted attributes are removed.
 * An attribute template with an empty result removes the attribute. With the default shape the node is
 * returned unchanged.
 * @throws UsageError when the node name template gives an empty name
 */
export function shapeNode(base: RundeckNode, shape: CompiledShape): ShapedNode {
  const attributes: Record<string, string> = { ...base.attributes };
  const assign = (name: string, value: string): void => {
    const clean = removeForbiddenChars(value);
    if (clean === '') delete attributes[name];
    else attributes[name] = clean;
  };
  if (shape.hostname) assign('hostname', evaluateTemplate(shape.hostname, attributes));
  for (const { name, template } of shape.attributes) assign(name, evaluateTemplate(template, attributes));
  let nodename = base.nodename;
  if (shape.nodename) {
    nodename = removeForbiddenChars(evaluateTemplate(shape.nodename, attributes));
    if (nodename.trim() === '') throw new UsageError(`${shape.nodenameLabel} gives an empty node name for ${whichNode(base)}`);
  }
  const tags = normaliseTags([
    ...(shape.defaultTags ? base.tags : []),
    ...shape.tags.map((template) => evaluateTemplate(template, attributes)),
  ]);
  for (const name of Object.keys(attributes)) {
    if (shape.omit.some((glob) => glob.test(name))) delete attributes[name];
  }
  const suffix = shape.unit === 'container' ? base.attributes[ATTR.containerId] : base.attributes[ATTR.taskId];
  const clusterName = base.attributes[ATTR.clusterName];
  const clusterKey = base.attributes[ATTR.clusterArn] ?? clusterName;
  return {
    node: { nodename, tags, attributes },
    ...(suffix !== undefined && { suffix }),
    ...(clusterKey !== undefined && { clusterKey }),
    ...(clusterName !== undefined && { clusterName }),
  };
}

function groupByName(nodes: readonly ShapedNode[]): Map<string, ShapedNode[]> {
  const groups = new Map<string, ShapedNode[]>();
  for (const shaped of nodes) {
    const group = groups.get(shaped.node.nodename);
    if (group) group.push(shaped);
    else groups.set(shaped.node.nodename, [shaped]);
  }
  return groups;
}

function renamed(shaped: ShapedNode, nodename: string): ShapedNode {
  return { ...shaped, node: { ...shaped.node, nodename } };
}

/** Service nodes: a name that services of two or more clusters share becomes `CLUSTER.NAME` for each of them. */
export function qualifyByCluster(nodes: readonly ShapedNode[]): ShapedNode[] {
  const groups = groupByName(nodes);
  return nodes.map((shaped) => {
    const group = groups.get(shaped.node.nodename) ?? [];
    const clusters = new Set(group.map((s) => s.clusterKey));
    return clusters.size > 1 && shaped.clusterName ? renamed(shaped, `${shaped.clusterName}.${shaped.node.nodename}`) : shaped;
  });
}

function duplicateError(groups: readonly (readonly [string, readonly ShapedNode[]])[], label: string, afterSuffix: boolean): UsageError {
  const listed = groups
    .slice(0, LISTED_DUPLICATES)
    .map(([name, group]) => `"${name}" (${group.length} nodes)`)
    .join(', ');
  const more = groups.length > LISTED_DUPLICATES ? `, and ${groups.length - LISTED_DUPLICATES} more` : '';
  const hint = afterSuffix
    ? 'even after --on-duplicate suffix; make the template unique'
    : 'make the template unique (e.g. add {ECS:Container-ID} or {ECS:Task-ID}) or use --on-duplicate suffix';
  return new UsageError(`${label} gives the same name to several nodes: ${listed}${more}; ${hint}`);
}

function duplicateGroups(nodes: readonly ShapedNode[]): [string, ShapedNode[]][] {
  return [...groupByName(nodes)].filter(([, group]) => group.length > 1).sort(([a], [b]) => compareCodeUnits(a, b));
}

/**
 * The nodes with unique names. Service nodes are first qualified by cluster (see qualifyByCluster). Then
 * with `fail` any name given to several nodes is an error; with `suffix` each node of such a name gets
 * `-<suffix>` (container id, or task id), whatever order the nodes came in.
 * @throws UsageError listing the first duplicate names (sorted) when names are still not unique
 */
export function ensureUniqueNames(nodes: readonly ShapedNode[], shape: CompiledShape): RundeckNode[] {
  let current = shape.unit === 'service' ? qualifyByCluster(nodes) : [...nodes];
  let groups = duplicateGroups(current);
  if (groups.length > 0 && shape.onDuplicate === 'fail') throw duplicateError(groups, shape.nodenameLabel, false);
  if (groups.length > 0) {
    const duplicated = new Set(groups.map(([name]) => name));
    current = current.map((s) => (duplicated.has(s.node.nodename) && s.suffix ? renamed(s, `${s.node.nodename}-${s.suffix}`) : s));
    groups = duplicateGroups(current);
    if (groups.length > 0) throw duplicateError(groups, shape.nodenameLabel, true);
  }
  return current.map((s) => s.node);
}
