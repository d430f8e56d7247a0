// Test support: deterministic, realistic ECS estates (clusters, services, tasks, containers) generated from a seed.

import type { EcsAttachment, EcsContainer, EcsTag, EcsTask } from '../../src/ecs-types';

/** What to generate for one region. Every field has a default; the same spec always gives the same estate. */
export interface EstateSpec {
  /** PRNG seed (mixed with the region, so regions differ). Default 1. */
  readonly seed?: number;
  /** Number of clusters. Default 3. */
  readonly clusters?: number;
  /** Cluster names; overrides `clusters`. */
  readonly clusterNames?: readonly string[];
  /** Tasks per cluster whose desiredStatus is RUNNING (what ListTasks returns by default). Default 20. */
  readonly tasksPerCluster?: number;
  /** Services per cluster that run tasks (one more, idle, service always exists). Default 3, at most 8. */
  readonly servicesPerCluster?: number;
  /** Extra tasks per cluster whose desiredStatus is STOPPED, as a fraction of tasksPerCluster. Default 0.05. */
  readonly stoppedFraction?: number;
  /** Account id in every ARN. Default 123456789012. */
  readonly accountId?: string;
}

/** One ECS cluster of a fake estate. Mutable on purpose: tests may edit tasks between calls. */
export interface FakeCluster {
  readonly name: string;
  readonly arn: string;
  /** Service names the cluster has (including services that run no task). */
  readonly services: string[];
  /** Every task, RUNNING-desired or not, in listing order. */
  readonly tasks: EcsTask[];
}

/** The estate one region serves. */
export interface FakeEstate {
  readonly region: string;
  readonly accountId: string;
  readonly clusters: FakeCluster[];
}

const SERVICE_NAMES = ['web', 'api', 'worker', 'checkout', 'cart', 'search', 'auth', 'billing'] as const;
const IDLE_SERVICE = 'legacy-cron';
const STANDALONE_FAMILIES = ['nightly-report', 'migrate-db', 'backfill'] as const;
const ENVIRONMENTS = ['prod', 'staging', 'dev'] as const;
const CLUSTER_WORDS = ['web', 'core', 'jobs', 'data', 'edge', 'payments', 'search', 'ml'] as const;
const TEAMS = ['platform', 'payments', 'growth', 'search'] as const;

/**
 * sfc32: a small, fast, deterministic PRNG in [0, 1) with 128 bits of state, so the streams of different
 * clusters never overlap (a 32-bit generator's streams do, and then task ids repeat).
 */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  let b = (seed ^ 0x9e3779b9) >>> 0;
  let c = (seed ^ 0x85ebca6b) >>> 0;
  let d = 1;
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // Mix the seed through the state before use.
  for (let i = 0; i < 15; i++) next();
  return next;
}

function hashString(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

interface Draw {
  readonly random: () => number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  hex(length: number): string;
  uuid(): string;
}

function createDraw(seed: number): Draw {
  const random = createRandom(seed);
  const draw: Draw = {
    random,
    int: (maxExclusive) => Math.floor(random() * maxExclusive),
    pick: (items) => items[Math.floor(random() * items.length)] as (typeof items)[number],
    chance: (p) => random() < p,
    hex: (length) => {
      let text = '';
      while (text.length < length) text += Math.floor(random() * 4294967296).toString(16).padStart(8, '0');
      return text.slice(0, length);
    },
    uuid: () => `${draw.hex(8)}-${draw.hex(4)}-4${draw.hex(3)}-a${draw.hex(3)}-${draw.hex(12)}`,
  };
  return draw;
}

interface TaskPlan {
  readonly region: string;
  readonly accountId: string;
  readonly cluster: string;
  readonly clusterArn: string;
  readonly service?: string;
  readonly family: string;
  readonly revision: number;
  readonly env: string;
  readonly desired: 'RUNNING' | 'STOPPED';
}

function eniAttachment(draw: Draw, region: string, ip: string): EcsAttachment {
  const dns = `ip-${ip.replace(/\./g, '-')}.${region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`}`;
  return {
    id: draw.uuid(),
    type: 'ElasticNetworkInterface',
    status: 'ATTACHED',
    details: [
      { name: 'subnetId', value: `subnet-${draw.hex(17)}` },
      { name: 'networkInterfaceId', value: `eni-${draw.hex(17)}` },
      { name: 'macAddress', value: Array.from({ length: 6 }, () => draw.hex(2)).join(':') },
      { name: 'privateDnsName', value: dns },
      { name: 'privateIPv4Address', value: ip },
    ],
  };
}

function buildContainer(
  draw: Draw,
  plan: TaskPlan,
  taskId: string,
  name: string,
  image: string,
  lastStatus: string,
  extra: { ip?: string; attachmentId?: string; exec: boolean; execStatus: string },
): EcsContainer {
  const container: Record<string, unknown> = {
    containerArn: `arn:aws:ecs:${plan.region}:${plan.accountId}:container/${plan.cluster}/${taskId}/${draw.uuid()}`,
    taskArn: `arn:aws:ecs:${plan.region}:${plan.accountId}:task/${plan.cluster}/${taskId}`,
    name,
    image,
    imageDigest: `sha256:${draw.hex(64)}`,
    runtimeId: `${taskId}-${draw.int(4294967295)}`,
    lastStatus,
    healthStatus: draw.pick(['HEALTHY', 'HEALTHY', 'HEALTHY', 'UNKNOWN']),
    cpu: String(draw.pick([0, 128, 256, 512])),
    memoryReservation: String(draw.pick([128, 256, 512])),
  };
  if (lastStatus === 'STOPPED') container.exitCode = 0;
  if (extra.ip && extra.attachmentId) {
    container.networkInterfaces = [{ attachmentId: extra.attachmentId, privateIpv4Address: extra.ip }];
  }
  if (extra.exec) {
    container.managedAgents = [{ name: 'ExecuteCommandAgent', lastStatus: extra.execStatus, lastStartedAt: 1764300000 }];
  }
  return container as EcsContainer;
}

function buildTags(draw: Draw, plan: TaskPlan): EcsTag[] {
  const tags: EcsTag[] = [
    { key: 'env', value: plan.env },
    { key: 'team', value: draw.pick(TEAMS) },
    { key: 'app', value: plan.service ?? plan.family },
  ];
  if (draw.chance(0.3)) tags.push({ key: 'cost-center', value: `cc-${100 + draw.int(900)}` });
  if (plan.service) tags.push({ key: 'aws:ecs:serviceName', value: plan.service });
  if (draw.chance(0.1)) tags.push({ key: 'Name', value: `${plan.family} task` });
  return tags;
}

function buildTask(draw: Draw, plan: TaskPlan): EcsTask {
  const taskId = draw.hex(32);
  const isFargate = draw.chance(0.7);
  const isAwsvpc = isFargate || draw.chance(0.5);
  const ip = isAwsvpc ? `10.${draw.int(256)}.${draw.int(256)}.${1 + draw.int(254)}` : undefined;
  const attachments: EcsAttachment[] = ip ? [eniAttachment(draw, plan.region, ip)] : [];
  const attachmentId = attachments[0]?.id;
  const exec = draw.chance(0.5);
  // A task the scheduler still brings up: desired RUNNING, last status PROVISIONING/PENDING.
  const starting = plan.desired === 'RUNNING' && draw.chance(0.03);
  const lastStatus = plan.desired === 'STOPPED' ? draw.pick(['DEACTIVATING', 'STOPPING', 'STOPPED']) : starting ? draw.pick(['PROVISIONING', 'PENDING']) : 'RUNNING';
  const containerStatus = lastStatus === 'RUNNING' ? 'RUNNING' : lastStatus === 'STOPPED' ? 'STOPPED' : 'PENDING';
  const execStatus = containerStatus === 'RUNNING' ? (draw.chance(0.9) ? 'RUNNING' : 'PENDING') : 'PENDING';
  const common = { ...(ip && attachmentId && { ip, attachmentId }), exec, execStatus };
  const appName = plan.service ?? plan.family;
  const containers = [
    buildContainer(draw, plan, taskId, appName, `${plan.accountId}.dkr.ecr.${plan.region}.amazonaws.com/${appName}:1.${plan.revision}.${draw.int(10)}`, containerStatus, common),
  ];
  if (plan.service && draw.chance(0.25)) {
    containers.push(buildContainer(draw, plan, taskId, 'envoy', 'public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod', containerStatus, common));
  }
  if (draw.chance(0.25)) {
    containers.push(buildContainer(draw, plan, taskId, 'datadog-agent', 'public.ecr.aws/datadog/agent:7', containerStatus, common));
  }
  if (draw.chance(0.1)) {
    containers.push(buildContainer(draw, plan, taskId, 'log-router', 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable', containerStatus, common));
  }
  if (!plan.service && draw.chance(0.5)) {
    // An init container that ran to completion: the task runs, this container does not.
    containers.push(buildContainer(draw, plan, taskId, 'init-config', 'busybox:1.36', 'STOPPED', common));
  }
  const task: EcsTask & Record<string, unknown> = {
    taskArn: `arn:aws:ecs:${plan.region}:${plan.accountId}:task/${plan.cluster}/${taskId}`,
    clusterArn: plan.clusterArn,
    taskDefinitionArn: `arn:aws:ecs:${plan.region}:${plan.accountId}:task-definition/${plan.family}:${plan.revision}`,
    group: plan.service ? `service:${plan.service}` : `family:${plan.family}`,
    startedBy: plan.service ? `ecs-svc/${draw.int(10 ** 15)}` : draw.pick(['events-rule/nightly', 'jenkins', 'ops@example.com']),
    launchType: isFargate ? 'FARGATE' : 'EC2',
    lastStatus,
    desiredStatus: plan.desired,
    healthStatus: 'UNKNOWN',
    availabilityZone: `${plan.region}${draw.pick(['a', 'b', 'c'])}`,
    cpu: String(draw.pick([256, 512, 1024, 2048])),
    memory: String(draw.pick([512, 1024, 2048, 4096])),
    enableExecuteCommand: exec,
    connectivity: 'CONNECTED',
    createdAt: 1764300000 + draw.int(86400),
    startedAt: 1764300000 + draw.int(86400),
    version: 1 + draw.int(5),
    attachments,
    containers,
  };
  if (isFargate) {
    Object.assign(task, { capacityProviderName: draw.chance(0.3) ? 'FARGATE_SPOT' : 'FARGATE', platformVersion: '1.4.0', platformFamily: 'Linux' });
  } else {
    Object.assign(task, {
      capacityProviderName: 'ec2-asg',
      containerInstanceArn: `arn:aws:ecs:${plan.region}:${plan.accountId}:container-instance/${plan.cluster}/${draw.hex(32)}`,
    });
  }
  // Tags are kept on the task; the server strips them unless include: ["TAGS"] is asked for.
  (task as { tags?: EcsTag[] }).tags = buildTags(draw, plan);
  return task;
}

function clusterName(index: number): string {
  const env = ENVIRONMENTS[index % ENVIRONMENTS.length] ?? 'prod';
  const word = CLUSTER_WORDS[Math.floor(index / ENVIRONMENTS.length) % CLUSTER_WORDS.length] ?? 'core';
  return `${env}-${word}-${String(index + 1).padStart(2, '0')}`;
}

function buildCluster(draw: Draw, spec: Required<Omit<EstateSpec, 'clusterNames' | 'seed'>>, region: string, name: string): FakeCluster {
  const arn = `arn:aws:ecs:${region}:${spec.accountId}:cluster/${name}`;
  const env = ENVIRONMENTS.find((e) => name.startsWith(`${e}-`)) ?? 'prod';
  const services = SERVICE_NAMES.slice(0, Math.max(0, Math.min(SERVICE_NAMES.length, spec.servicesPerCluster)));
  const revisions = new Map<string, number>([...services, ...STANDALONE_FAMILIES].map((f) => [f, 1 + draw.int(40)]));
  const running = spec.tasksPerCluster;
  const stopped = Math.round(running * spec.stoppedFraction);
  const tasks: EcsTask[] = [];
  const total = running + stopped;
  const every = stopped > 0 ? Math.max(1, Math.floor(total / stopped)) : 0;
  let stoppedLeft = stopped;
  for (let i = 0; i < total; i++) {
    // Stopped tasks are spread through the listing order, as ECS keeps them listed for a while.
    const isStopped = stoppedLeft > 0 && ((every > 0 && i % every === every - 1) || total - i <= stoppedLeft);
    if (isStopped) stoppedLeft -= 1;
    const finalDesired = isStopped ? 'STOPPED' : 'RUNNING';
    const service = services.length > 0 && draw.chance(0.8) ? draw.pick(services) : undefined;
    const family = service ?? draw.pick(STANDALONE_FAMILIES);
    const base = revisions.get(family) ?? 1;
    // A deployment in progress: a few tasks still run the previous revision.
    const revision = base > 1 && draw.chance(0.1) ? base - 1 : base;
    tasks.push(buildTask(draw, { region, accountId: spec.accountId, cluster: name, clusterArn: arn, service, family, revision, env, desired: finalDesired }));
  }
  return { name, arn, services: [...services, IDLE_SERVICE], tasks };
}

/**
 * A deterministic estate for `region`: clusters of Fargate (awsvpc, ENI) and EC2 (bridge or awsvpc) tasks,
 * service tasks (`group: service:NAME`) and standalone ones, sidecars (envoy, datadog-agent, log-router),
 * a completed init container in some standalone tasks, tags, ECS Exec agents, a few tasks still starting
 * (PROVISIONING/PENDING) and some whose desiredStatus is STOPPED.
 */
export function generateEstate(region: string, spec: EstateSpec = {}): FakeEstate {
  const full = {
    clusters: spec.clusters ?? 3,
    tasksPerCluster: spec.tasksPerCluster ?? 20,
    servicesPerCluster: spec.servicesPerCluster ?? 3,
    stoppedFraction: spec.stoppedFraction ?? 0.05,
    accountId: spec.accountId ?? '123456789012',
  };
  const names = spec.clusterNames ?? Array.from({ length: full.clusters }, (_, i) => clusterName(i));
  const clusters = names.map((name) => buildCluster(createDraw(hashString(`${spec.seed ?? 1}/${region}/${name}`)), full, region, name));
  return { region, accountId: full.accountId, clusters };
}

/** Tasks of the estate whose desiredStatus is RUNNING (what ListTasks lists by default). */
export function runningDesiredTasks(estate: FakeEstate): EcsTask[] {
  return estate.clusters.flatMap((c) => c.tasks.filter((t) => t.desiredStatus === 'RUNNING'));
}

/** Containers that become nodes with no filter: RUNNING containers of RUNNING tasks that ListTasks lists. */
export function countNodeContainers(estate: FakeEstate): number {
  return runningDesiredTasks(estate)
    .filter((t) => t.lastStatus === 'RUNNING')
    .reduce((sum, t) => sum + (t.containers ?? []).filter((c) => c.lastStatus === 'RUNNING').length, 0);
}
