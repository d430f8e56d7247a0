// How nodes are shaped (unit, name, hostname, extra attributes and tags, omitted attributes, duplicates),
// as plain data, and its one-time compilation into parsed templates. Pure.

import { UsageError } from '../errors';
import { globToRegExp } from '../util/glob';
import { removeForbiddenChars } from '../util/text';
import { ATTR, TAG_ATTRIBUTE_PREFIX } from './attributes';
import { STANDARD_ATTRIBUTES } from './rundeck-node';
import { parseTemplate, type Template, type TemplateContext } from './template';

/** What one node stands for: a running container, a running task, or a service. */
export const NODE_UNITS = ['container', 'task', 'service'] as const;
/** One of NODE_UNITS. */
export type NodeUnit = (typeof NODE_UNITS)[number];

/** What to do when two nodes get the same name: fail (exit 2), or suffix each of them. */
export const DUPLICATE_POLICIES = ['fail', 'suffix'] as const;
/** One of DUPLICATE_POLICIES. */
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

/** One `--attribute NAME=TEMPLATE`. */
export interface AttributeTemplate {
  readonly name: string;
  readonly template: string;
}

/** The shape of the nodes; every template is in the language of `./template`. */
export interface NodeShape {
  readonly nodePer: NodeUnit;
  /** Node name template; undefined: the unit's default (see DEFAULT_NODENAME_TEMPLATES). */
  readonly nodename?: string;
  /** Hostname template; undefined: DEFAULT_HOSTNAME_TEMPLATE. */
  readonly hostname?: string;
  /** Attributes added or replaced, applied in order (each sees the ones before it). */
  readonly attributes: readonly AttributeTemplate[];
  /** Extra tag templates; an empty result adds no tag. */
  readonly tags: readonly string[];
  /** Keep the built-in tags (ecs, launch type, cluster, service, family, container name). */
  readonly defaultTags: boolean;
  /** Globs of attribute names to leave out of the output (`*`, `?`). */
  readonly omitAttributes: readonly string[];
  readonly onDuplicate: DuplicatePolicy;
}

/** The node name of each unit when `--nodename` is not given. */
export const DEFAULT_NODENAME_TEMPLATES: Readonly<Record<NodeUnit, string>> = {
  container: `{${ATTR.containerName}}-{${ATTR.containerId}}`,
  task: `{${ATTR.taskDefinitionFamily}}-{${ATTR.taskId}}`,
  service: `{${ATTR.serviceName}}`,
};

/** The hostname when `--hostname` is not given. */
export const DEFAULT_HOSTNAME_TEMPLATE = `{${ATTR.privateIp}|${ATTR.taskId}}`;

/** One node per container with the built-in name, hostname and tags; duplicates fail. */
export const DEFAULT_NODE_SHAPE: NodeShape = {
  nodePer: 'container',
  attributes: [],
  tags: [],
  defaultTags: true,
  omitAttributes: [],
  onDuplicate: 'fail',
};

/** A NodeShape with its templates parsed once. */
export interface CompiledShape {
  readonly unit: NodeUnit;
  /** Undefined: keep the name the unit mapping gives (the default container name is today's). */
  readonly nodename?: Template;
  /** Undefined: keep the hostname the mapping gives (DEFAULT_HOSTNAME_TEMPLATE's result). */
  readonly hostname?: Template;
  readonly attributes: readonly { readonly name: string; readonly template: Template }[];
  readonly tags: readonly Template[];
  readonly defaultTags: boolean;
  readonly omit: readonly RegExp[];
  readonly onDuplicate: DuplicatePolicy;
  /** How errors name the node name template (`--nodename "…"`). */
  readonly nodenameLabel: string;
}

/** Names a template may read: ecs-nodes' own, Rundeck's standard ones, any `ECS:Tag:KEY`, and `extra`. */
export function knownAttributePredicate(extra: Iterable<string>): (name: string) => boolean {
  const known = new Set<string>([...Object.values(ATTR), ...STANDARD_ATTRIBUTES, ...extra]);
  return (name) => known.has(name) || (name.startsWith(TAG_ATTRIBUTE_PREFIX) && name.length > TAG_ATTRIBUTE_PREFIX.length);
}

// Set by the node itself, not by --attribute.
const RESERVED_NAMES = new Set(['nodename', 'tags']);

// Names Rundeck's parsers drop or read as something else (its node properties and excluded names; `__proto__`
// is not an own property of a plain object). Found by running Rundeck's own parsers on our output.
const IGNORED_BY_RUNDECK = new Set(['name', 'class', 'attributes', 'frameworkProject', '__proto__', 'constructor', 'prototype']);
const NODE_PROPERTIES = new Set<string>([...STANDARD_ATTRIBUTES, 'attributes', 'tags', 'nodename', 'name', 'frameworkProject', 'class']);

function checkAttributeName(name: string): void {
  if (name.trim() === '' || name !== name.trim()) {
    throw new UsageError(`--attribute "${name}=…": the name must not be empty or start or end with spaces`);
  }
  if (RESERVED_NAMES.has(name)) {
    throw new UsageError(`--attribute ${name}=…: use --${name === 'tags' ? 'tag' : 'nodename'} to set the ${name}`);
  }
  if (removeForbiddenChars(name) !== name) throw new UsageError(`--attribute "${name}=…": the name has control characters`);
  if (IGNORED_BY_RUNDECK.has(name)) {
    throw new UsageError(`--attribute ${name}=…: Rundeck ignores an attribute of that name in some formats; choose another name`);
  }
  const propertyPath = /^([^.()[\]]*)[.()[\]]/.exec(name);
  if (/[()[\]]/.test(name) || (propertyPath?.[1] !== undefined && NODE_PROPERTIES.has(propertyPath[1]))) {
    throw new UsageError(
      `--attribute "${name}=…": Rundeck's YAML parser reads ( ) [ ] and "<property>." in a name as a property path; choose another name`,
    );
  }
}

/**
 * The shape with every template parsed and every glob compiled.
 * @throws UsageError for a malformed template, an unknown attribute, a bad attribute name or an empty glob
 */
export function compileShape(shape: NodeShape): CompiledShape {
  shape.attributes.forEach((a) => checkAttributeName(a.name));
  const isKnownAttribute = knownAttributePredicate(shape.attributes.map((a) => a.name));
  const context = (label: string): TemplateContext => ({ label, isKnownAttribute });
  const nodenameSource = shape.nodename ?? (shape.nodePer === 'container' ? undefined : DEFAULT_NODENAME_TEMPLATES[shape.nodePer]);
  const omit = shape.omitAttributes.map((glob) => {
    if (glob.trim() === '') throw new UsageError('--omit-attribute needs a name or a glob such as ECS:Tag:*');
    return globToRegExp(glob);
  });
  return {
    unit: shape.nodePer,
    ...(nodenameSource !== undefined && { nodename: parseTemplate(nodenameSource, context('--nodename')) }),
    ...(shape.hostname !== undefined && { hostname: parseTemplate(shape.hostname, context('--hostname')) }),
    attributes: shape.attributes.map((a) => ({ name: a.name, template: parseTemplate(a.template, context(`--attribute ${a.name}`)) })),
    tags: shape.tags.map((t) => parseTemplate(t, context('--tag'))),
    defaultTags: shape.defaultTags,
    omit,
    onDuplicate: shape.onDuplicate,
    nodenameLabel: `--nodename "${nodenameSource ?? DEFAULT_NODENAME_TEMPLATES.container}"`,
  };
}
