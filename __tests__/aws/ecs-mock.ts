// Helpers for SDK tests: a mocked ECSClient, realistic ARNs, and DescribeTasks answers built from the request.

import {
  AccessDeniedException,
  ClusterNotFoundException,
  ECSClient,
  ECSServiceException,
  type DescribeTasksCommandInput,
  type DescribeTasksCommandOutput,
  type Task,
} from '@aws-sdk/client-ecs';

export const REGION = 'eu-west-1';
const BASE = `arn:aws:ecs:${REGION}:123456789012`;

export const clusterArn = (name: string): string => `${BASE}:cluster/${name}`;
export const taskArn = (cluster: string, id: string): string => `${BASE}:task/${cluster}/${id}`;

/** `count` task ARNs of a cluster, ids t0000, t0001, … from `from`. */
export function taskArns(cluster: string, count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, i) => taskArn(cluster, `t${String(from + i).padStart(4, '0')}`));
}

/** A running one-container task for an ARN, as DescribeTasks would describe it. */
export function describedTask(arn: string): Task {
  const [, , , , , resource = ''] = arn.split(':');
  const [, cluster = 'c', id = 'x'] = resource.split('/');
  return {
    taskArn: arn,
    clusterArn: clusterArn(cluster),
    taskDefinitionArn: `${BASE}:task-definition/web:1`,
    group: 'service:web',
    launchType: 'FARGATE',
    lastStatus: 'RUNNING',
    containers: [{ containerArn: `${BASE}:container/${cluster}/${id}/${cluster}-${id}-app`, name: 'app', lastStatus: 'RUNNING' }],
    tags: [{ key: 'env', value: 'prod' }],
  };
}

/** A DescribeTasks answer describing every requested task. */
export function describeAll(input: DescribeTasksCommandInput): Partial<DescribeTasksCommandOutput> {
  return { tasks: (input.tasks ?? []).map(describedTask), failures: [] };
}

const metadata = { httpStatusCode: 400, attempts: 1 };

/** The SDK's own error objects, as ECS returns them. */
export const sdkErrors = {
  accessDenied: () =>
    new AccessDeniedException({
      message: 'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecs:ListTasks',
      $metadata: metadata,
    }),
  clusterNotFound: () => new ClusterNotFoundException({ message: 'Cluster not found.', $metadata: metadata }),
  throttling: () =>
    new ECSServiceException({
      name: 'ThrottlingException',
      message: 'Rate exceeded',
      $fault: 'client',
      $metadata: { ...metadata, attempts: 8 },
    }),
};

export { ECSClient };
