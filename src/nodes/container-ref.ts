// A running container together with the task it belongs to: the unit that becomes one node.

import type { EcsContainer, EcsTask } from '../ecs-types';

/** One running container and its task, as selected; toNode maps it to a node. */
export interface ContainerRef {
  readonly task: EcsTask;
  readonly container: EcsContainer;
  /** The region the task was listed in; used when the task ARN does not say. */
  readonly region?: string;
  /** The role assumed to list the task, if any. */
  readonly roleArn?: string;
}
