// The node model every formatter writes: a name, tags, and string attributes.

/** Rundeck's standard attribute names; every other name is a custom attribute. */
export const STANDARD_ATTRIBUTES = [
  'hostname',
  'username',
  'description',
  'osFamily',
  'osName',
  'osArch',
  'osVersion',
] as const;

/** One Rundeck node. `attributes` holds every attribute but the name and the tags, standard ones included. */
export interface RundeckNode {
  readonly nodename: string;
  /** Sorted, unique, trimmed, non-empty, without commas. */
  readonly tags: readonly string[];
  /** Attribute name → value, in a fixed order; no empty or missing values. */
  readonly attributes: Readonly<Record<string, string>>;
}
