// The subset of ECS DescribeTasks JSON that ecs-nodes reads (same shape as the SDK's and the CLI's output).

export interface EcsKeyValue {
  readonly name?: string;
  readonly value?: string;
}

export interface EcsAttachment {
  readonly id?: string;
  readonly type?: string;
  readonly status?: string;
  readonly details?: readonly EcsKeyValue[];
}

export interface EcsManagedAgent {
  readonly name?: string;
  readonly lastStatus?: string;
}

export interface EcsNetworkInterface {
  readonly attachmentId?: string;
  readonly privateIpv4Address?: string;
  readonly ipv6Address?: string;
}

export interface EcsContainer {
  readonly containerArn?: string;
  readonly taskArn?: string;
  readonly name?: string;
  readonly image?: string;
  readonly imageDigest?: string;
  readonly runtimeId?: string;
  readonly lastStatus?: string;
  readonly healthStatus?: string;
  readonly cpu?: string;
  readonly memory?: string;
  readonly memoryReservation?: string;
  readonly networkInterfaces?: readonly EcsNetworkInterface[];
  readonly managedAgents?: readonly EcsManagedAgent[];
}

export interface EcsTag {
  readonly key?: string;
  readonly value?: string;
}

export interface EcsTask {
  readonly taskArn?: string;
  readonly clusterArn?: string;
  readonly taskDefinitionArn?: string;
  readonly group?: string;
  readonly startedBy?: string;
  readonly launchType?: string;
  readonly capacityProviderName?: string;
  readonly platformVersion?: string;
  readonly platformFamily?: string;
  readonly lastStatus?: string;
  readonly desiredStatus?: string;
  readonly healthStatus?: string;
  readonly availabilityZone?: string;
  readonly cpu?: string;
  readonly memory?: string;
  readonly enableExecuteCommand?: boolean;
  readonly startedAt?: string | number | Date;
  readonly attachments?: readonly EcsAttachment[];
  readonly containers?: readonly EcsContainer[];
  readonly tags?: readonly EcsTag[];
}

export interface EcsFailure {
  readonly arn?: string;
  readonly reason?: string;
  readonly detail?: string;
}
