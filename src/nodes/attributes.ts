// The names of the attributes ecs-nodes sets on a node: one place, so that every module spells them alike.

/** Attribute names by role, e.g. `ATTR.clusterArn` is `ECS:Cluster-ARN`. */
export const ATTR = {
  region: 'ECS:Region',
  accountId: 'ECS:Account-ID',
  clusterArn: 'ECS:Cluster-ARN',
  clusterName: 'ECS:Cluster-Name',
  serviceName: 'ECS:Service-Name',
  /** `--node-per service` only: the running tasks of the service that were selected. */
  serviceTaskCount: 'ECS:Service-Task-Count',
  taskArn: 'ECS:Task-ARN',
  taskId: 'ECS:Task-ID',
  taskDefinitionArn: 'ECS:Task-Definition-ARN',
  taskDefinitionFamily: 'ECS:Task-Definition-Family',
  taskDefinitionRevision: 'ECS:Task-Definition-Revision',
  taskGroup: 'ECS:Task-Group',
  taskStartedBy: 'ECS:Task-Started-By',
  taskLaunchType: 'ECS:Task-Launch-Type',
  taskPlatformVersion: 'ECS:Task-Platform-Version',
  taskLastStatus: 'ECS:Task-Last-Status',
  taskHealthStatus: 'ECS:Task-Health-Status',
  availabilityZone: 'ECS:Availability-Zone',
  privateIp: 'ECS:Private-IP',
  privateDns: 'ECS:Private-DNS',
  cpu: 'ECS:CPU',
  memory: 'ECS:Memory',
  memoryReservation: 'ECS:Memory-Reservation',
  containerArn: 'ECS:Container-ARN',
  containerId: 'ECS:Container-ID',
  containerName: 'ECS:Container-Name',
  /** `--node-per task|service` only: the selected containers of the task, comma-separated, in task order. */
  containerNames: 'ECS:Container-Names',
  containerImage: 'ECS:Container-Image',
  containerImageDigest: 'ECS:Container-Image-Digest',
  runtimeId: 'ECS:Runtime-ID',
  containerLastStatus: 'ECS:Container-Last-Status',
  containerHealthStatus: 'ECS:Container-Health-Status',
  containerTags: 'ECS:Container-Tags',
  execEnabled: 'ECS:Exec-Enabled',
  execReady: 'ECS:Exec-Ready',
  /** The role assumed to list the node; Rundeck's ECS job steps read this name. */
  assumeRoleArn: 'assume-role-arn',
} as const;

/** Prefix of the per-tag attributes: `ECS:Tag:<KEY>`. */
export const TAG_ATTRIBUTE_PREFIX = 'ECS:Tag:';
