import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import { CONFIG_VARIABLES } from '../src/config/app-config';
import { API_PACKAGE_ROOT, REPO_ROOT } from '../src/config/paths';
import { HEALTH_PATHS } from '../src/health/health.controller';

const INFRA = path.join(REPO_ROOT, 'infra');
const K8S = path.join(INFRA, 'k8s');
const VALIDATOR = path.join(__dirname, 'support', 'validate-k8s.mjs');
const VARIABLES = new Set<string>(CONFIG_VARIABLES.map((variable) => variable.name));

interface Probe {
  httpGet: { path: string; port: string | number };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
}
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Record<string, unknown> & {
    selector?: { matchLabels?: Record<string, string> } & Record<string, string>;
    template?: { metadata: { labels: Record<string, string> }; spec: { containers: Container[] } };
  };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

/** Every object of every YAML file in infra/k8s (the kustomization aside), each tagged with its file. */
function k8sObjects(): (K8sObject & { file: string })[] {
  return fs
    .readdirSync(K8S)
    .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
    .flatMap((file) =>
      parseAllDocuments(fs.readFileSync(path.join(K8S, file), 'utf8')).map((document) => {
        expect(document.errors).toEqual([]);
        return { ...(document.toJS() as K8sObject), file };
      }),
    );
}

function validate(objects: unknown[]): { object: string; error: string | null }[] {
  return JSON.parse(
    execFileSync(process.execPath, [VALIDATOR], { input: JSON.stringify(objects), encoding: 'utf8' }),
  ) as { object: string; error: string | null }[];
}

const find = (objects: K8sObject[], kind: string, name: string) => {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`infra/k8s has no ${kind} ${name}`);
  return found;
};
const containerOf = (deployment: K8sObject) => deployment.spec!.template!.spec.containers[0]!;

/** The compiled file a `node <file>` command runs, relative to the image's /app (the repository root). */
function entryPoint(command: string[]): string {
  expect(command[0]).toBe('node');
  return path.join(REPO_ROOT, command[1]!);
}

/** The Dockerfile's stages, each with its CMD and HEALTHCHECK (exec forms, as JSON arrays). */
function dockerStages(): Map<string, { cmd?: string[]; healthcheck?: string[]; user?: string }> {
  const stages = new Map<string, { cmd?: string[]; healthcheck?: string[]; user?: string }>();
  let current = '';
  const text = fs.readFileSync(path.join(INFRA, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, ' ');
  for (const line of text.split('\n')) {
    const from = /^FROM (\S+)(?: AS (\S+))?/.exec(line);
    if (from) {
      current = from[2] ?? from[1]!;
      stages.set(current, { ...stages.get(from[1]!) });
    }
    const stage = stages.get(current)!;
    const cmd = /^CMD (\[.*\])$/.exec(line);
    if (cmd) stage.cmd = JSON.parse(cmd[1]!) as string[];
    const healthcheck = /^HEALTHCHECK .*CMD (\[.*\])$/.exec(line);
    if (healthcheck) stage.healthcheck = JSON.parse(healthcheck[1]!) as string[];
    const user = /^USER (\S+)$/.exec(line);
    if (user) stage.user = user[1];
  }
  return stages;
}

describe('the Kubernetes manifests', () => {
  const objects = k8sObjects();
  const configMap = find(objects, 'ConfigMap', 'prepcom-config');
  const api = find(objects, 'Deployment', 'prepcom-api');
  const worker = find(objects, 'Deployment', 'prepcom-worker');

  it('are valid Kubernetes objects (schemas from kubernetes-models)', () => {
    const results = validate(objects);
    expect(results).toHaveLength(objects.length);
    expect(results.filter((result) => result.error !== null)).toEqual([]);
    expect(objects.map((object) => object.kind).sort()).toEqual([
      'ConfigMap',
      'ConfigMap',
      'Deployment',
      'Deployment',
      'HorizontalPodAutoscaler',
      'Job',
      'PodDisruptionBudget',
      'PodDisruptionBudget',
      'Secret',
      'Secret',
      'Service',
      'Service',
      'StatefulSet',
    ]);
  });

  it('would be refused when wrong: the validator is not a formality', () => {
    const broken = structuredClone(api);
    containerOf(broken).ports![0]!.containerPort = 'http' as unknown as number;
    const [result] = validate([broken]);
    expect(result!.error).toMatch(/containerPort must be integer/);
  });

  it('list in the kustomization every file but the secret template, the migration job and the optional Redis', () => {
    const kustomization = parse(fs.readFileSync(path.join(K8S, 'kustomization.yaml'), 'utf8')) as {
      resources: string[];
      images: { name: string }[];
    };
    const files = new Set(objects.map((object) => object.file));
    expect(kustomization.resources.sort()).toEqual(
      [...files]
        .filter((file) => !['secret.example.yaml', 'migrate-job.yaml', 'redis.yaml'].includes(file))
        .sort(),
    );
    const images = objects.flatMap((object) =>
      object.spec?.template ? object.spec.template.spec.containers.map((container) => container.image) : [],
    );
    for (const { name } of kustomization.images) expect(images).toContain(name);
  });

  it('probe what the code serves, on the ports it listens on', () => {
    const port = (container: Container, name: string | number) =>
      container.ports!.find((candidate) => candidate.name === name)!.containerPort;
    for (const [deployment, portVariable] of [
      [api, 'PORT'],
      [worker, 'WORKER_HEALTH_PORT'],
    ] as const) {
      const container = containerOf(deployment);
      expect(container.readinessProbe!.httpGet.path).toBe(HEALTH_PATHS.ready);
      expect(container.livenessProbe!.httpGet.path).toBe(HEALTH_PATHS.live);
      expect(container.startupProbe!.httpGet.path).toBe(HEALTH_PATHS.live);
      for (const probe of [container.readinessProbe!, container.livenessProbe!, container.startupProbe!])
        expect(port(container, probe.httpGet.port)).toBe(Number(configMap.data![portVariable]));
    }
  });

  it('connect the Service, the autoscaler and the disruption budgets to the pods they mean', () => {
    const service = find(objects, 'Service', 'prepcom-api');
    expect(service.spec!.selector).toEqual(api.spec!.template!.metadata.labels);
    const servicePorts = service.spec!.ports as { targetPort: string }[];
    expect(containerOf(api).ports!.map((port) => port.name)).toContain(servicePorts[0]!.targetPort);
    const autoscaler = find(objects, 'HorizontalPodAutoscaler', 'prepcom-api');
    expect(autoscaler.spec!.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'prepcom-api',
    });
    for (const deployment of [api, worker]) {
      const budget = find(objects, 'PodDisruptionBudget', deployment.metadata.name);
      expect(budget.spec!.selector!.matchLabels).toEqual(deployment.spec!.template!.metadata.labels);
      expect(deployment.spec!.selector!.matchLabels).toEqual(deployment.spec!.template!.metadata.labels);
    }
  });

  it('name only variables the configuration knows, and read them from the ConfigMap and the Secret', () => {
    const secret = find(objects, 'Secret', 'prepcom-secrets');
    const migration = find(objects, 'Secret', 'prepcom-migration');
    const named = [
      ...Object.keys(configMap.data!),
      ...Object.keys(secret.stringData!),
      ...Object.keys(migration.stringData!),
      ...objects.flatMap((object) =>
        (object.spec?.template?.spec.containers ?? []).flatMap((container) =>
          (container.env ?? []).map((env) => env.name),
        ),
      ),
    ];
    expect(named.filter((name) => !VARIABLES.has(name))).toEqual([]);
    expect(Object.keys(secret.stringData!).sort()).toEqual([
      'DATABASE_URL',
      'METRICS_TOKEN',
      'REDIS_URL',
      'SMTP_URL',
    ]);
    const job = find(objects, 'Job', 'prepcom-migrate') as K8sObject & {
      spec: { template: { spec: { containers: Container[] } } };
    };
    for (const container of [containerOf(api), containerOf(worker)])
      expect(container.envFrom).toEqual([
        { configMapRef: { name: 'prepcom-config' } },
        { secretRef: { name: 'prepcom-secrets' } },
      ]);
    // Only the migration Job holds the owner's URL; the API and the workers connect as a role that owns nothing.
    expect(Object.keys(migration.stringData!)).toEqual(['DATABASE_MIGRATION_URL']);
    expect(job.spec.template.spec.containers[0]!.envFrom).toEqual([
      { configMapRef: { name: 'prepcom-config' } },
      { secretRef: { name: 'prepcom-secrets' } },
      { secretRef: { name: 'prepcom-migration' } },
    ]);
    expect(new URL(secret.stringData!.DATABASE_URL!).username).not.toBe(
      new URL(migration.stringData!.DATABASE_MIGRATION_URL!).username,
    );
  });

  it('migrate in a Job, and start the API and the workers from compiled entry points that never migrate', () => {
    const job = find(objects, 'Job', 'prepcom-migrate') as K8sObject & {
      spec: { template: { spec: { containers: Container[]; restartPolicy: string } } };
    };
    const migrate = entryPoint(job.spec.template.spec.containers[0]!.command!);
    expect(migrate).toBe(path.join(API_PACKAGE_ROOT, 'dist', 'cli', 'migrate.js'));
    expect(fs.existsSync(migrate)).toBe(true);
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
    for (const deployment of [api, worker]) {
      const entry = entryPoint(containerOf(deployment).command!);
      expect(fs.existsSync(entry)).toBe(true);
      expect(fs.readFileSync(entry, 'utf8')).not.toMatch(/runMigrations|database\/migrate/);
    }
  });
});

describe('Redis as the manifests run it', () => {
  it('keeps an append-only file synced every second and never evicts, as the workers require', () => {
    const redis = k8sObjects().filter((object) => object.file === 'redis.yaml');
    const conf = find(redis, 'ConfigMap', 'prepcom-redis').data!['redis.conf']!;
    expect(conf.split('\n')).toEqual(
      expect.arrayContaining(['appendonly yes', 'appendfsync everysec', 'maxmemory-policy noeviction']),
    );
  });
});

describe('the alert rules', () => {
  const rules = (
    parse(fs.readFileSync(path.join(INFRA, 'prometheus', 'prepcom-alerts.yaml'), 'utf8')) as {
      groups: { rules: { alert: string; expr: string }[] }[];
    }
  ).groups.flatMap((group) => group.rules);
  const registered = fs.readFileSync(
    path.join(API_PACKAGE_ROOT, 'src', 'observability', 'worker-metrics.ts'),
    'utf8',
  );

  it('alert on incomplete deliveries and on late schedules, with metrics the workers export', () => {
    expect(rules.map((rule) => rule.alert).sort()).toEqual([
      'PrepcomDeliveriesIncomplete',
      'PrepcomScheduleLate',
    ]);
    for (const metric of rules.flatMap((rule) => rule.expr.match(/prepcom_[a-z_]+/g) ?? []))
      expect(registered).toContain(`name: '${metric}'`);
  });
});

describe('the Dockerfile', () => {
  const stages = dockerStages();
  const scripts = (
    JSON.parse(fs.readFileSync(path.join(API_PACKAGE_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;

  it('builds on Node 26 (the active LTS) slim and runs the API and the worker as an unprivileged user, with health checks', () => {
    const bases = [...fs.readFileSync(path.join(INFRA, 'Dockerfile'), 'utf8').matchAll(/^FROM (\S+)/gm)].map(
      (from) => from[1]!,
    );
    expect(new Set(bases.filter((base) => !stages.has(base)))).toEqual(new Set(['node:26-trixie-slim']));
    for (const target of ['api', 'worker']) {
      const stage = stages.get(target)!;
      expect(stage.user).toBe('node');
      expect(stage.healthcheck?.join(' ')).toContain(HEALTH_PATHS.live);
    }
  });

  it('starts what the package scripts and the manifests start', () => {
    const api = stages.get('api')!.cmd!;
    const worker = stages.get('worker')!.cmd!;
    expect(api).toEqual(['node', 'apps/api/dist/main.js']);
    expect(scripts['start:prod']).toBe('node dist/main.js');
    expect(worker).toEqual(['node', 'apps/api/dist/worker/main.js']);
    for (const command of [api, worker]) expect(fs.existsSync(entryPoint(command))).toBe(true);
    const objects = k8sObjects();
    expect(containerOf(find(objects, 'Deployment', 'prepcom-api')).command).toEqual(api);
    expect(containerOf(find(objects, 'Deployment', 'prepcom-worker')).command).toEqual(worker);
    expect(scripts.migrate).toBe('node dist/cli/migrate.js');
  });
});

describe('the docker-compose stack', () => {
  const compose = parse(fs.readFileSync(path.join(INFRA, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<
      string,
      {
        image?: string;
        command?: string[];
        environment?: Record<string, string | number>;
        depends_on?: Record<string, { condition: string }>;
        build?: { target: string };
      }
    >;
  };
  const { services } = compose;

  it('runs PostgreSQL, Redis, the migration, the API, a worker and a mail catcher', () => {
    expect(Object.keys(services).sort()).toEqual([
      'api',
      'mailpit',
      'migrate',
      'postgres',
      'redis',
      'worker',
    ]);
    expect(services.redis!.command).toEqual(
      expect.arrayContaining([
        '--maxmemory-policy',
        'noeviction',
        '--appendonly',
        'yes',
        '--appendfsync',
        'everysec',
      ]),
    );
    expect(services.api!.build!.target).toBe('api');
    expect(services.worker!.build!.target).toBe('worker');
  });

  it('starts the API and the worker only once the migration has succeeded', () => {
    expect(entryPoint(services.migrate!.command!)).toBe(
      path.join(API_PACKAGE_ROOT, 'dist', 'cli', 'migrate.js'),
    );
    for (const name of ['api', 'worker'])
      expect(services[name]!.depends_on!.migrate).toEqual({ condition: 'service_completed_successfully' });
  });

  it('sets only variables the configuration knows', () => {
    for (const name of ['migrate', 'api', 'worker']) {
      const variables = Object.keys(services[name]!.environment ?? {});
      expect(variables).toContain('DATABASE_URL');
      expect(variables.filter((variable) => !VARIABLES.has(variable))).toEqual([]);
    }
    expect(services.worker!.environment!.WORKER_HEALTH_PORT).toBe(4001);
  });
});
