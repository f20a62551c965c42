import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type {} from 'mercurius';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

const GRAPHQL_PATH = '/graphql';

/**
 * Operation names come from clients, so a label per name could grow without end: the first 100 distinct names
 * get their own series, later ones share "other". Operations without a name are "anonymous"; requests refused
 * before execution (unparsable, invalid, CSRF) are "unknown".
 */
export const MAX_OPERATION_LABELS = 100;

/** Error codes are the server's own (AppError, validation); anything that does not look like one is "OTHER". */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/** Tells each operation's label, keeping the number of labels bounded. */
export class OperationLabels {
  private readonly known = new Set<string>();

  constructor(private readonly max: number) {}

  label(name: string | undefined): string {
    if (name === undefined) return 'anonymous';
    if (this.known.has(name)) return name;
    if (this.known.size >= this.max || name.length > 64) return 'other';
    this.known.add(name);
    return name;
  }
}

/** The operation a request runs: the one its `operationName` names, else the document's only one. */
function operationName(document: DocumentNode, requested: unknown): string | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const chosen =
    typeof requested === 'string'
      ? operations.find((operation) => operation.name?.value === requested)
      : operations.length === 1
        ? operations[0]
        : undefined;
  return chosen?.name?.value;
}

/**
 * The API's Prometheus metrics: Node's process metrics, GraphQL request latency by operation, and GraphQL errors
 * by code. Each application has its own registry (tests run several in one process).
 */
@Injectable()
export class ApiMetrics implements OnApplicationBootstrap {
  readonly registry = new Registry();
  private readonly labels = new OperationLabels(MAX_OPERATION_LABELS);
  private readonly operations = new WeakMap<FastifyRequest, string>();
  private readonly duration = new Histogram({
    name: 'prepcom_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL request over HTTP, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'prepcom_graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor(private readonly adapterHost: HttpAdapterHost) {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Times every /graphql request and counts the errors in its answer; call before the routes are registered. */
  registerHttpHooks(fastify: FastifyInstance): void {
    fastify.addHook('preSerialization', async (request, _reply, payload: unknown) => {
      if (request.routeOptions.url !== GRAPHQL_PATH) return payload;
      const errors = (payload as { errors?: { extensions?: { code?: unknown } }[] } | null)?.errors;
      for (const error of Array.isArray(errors) ? errors : []) {
        const code = error?.extensions?.code;
        this.errors.inc({ code: typeof code === 'string' && ERROR_CODE.test(code) ? code : 'OTHER' });
      }
      return payload;
    });
    fastify.addHook('onResponse', async (request, reply) => {
      if (request.routeOptions.url !== GRAPHQL_PATH) return;
      this.duration.observe(
        { operation: this.operations.get(request) ?? 'unknown' },
        reply.elapsedTime / 1000,
      );
    });
  }

  /** Mercurius exists once the GraphQL module has started: name each request's operation as it executes. */
  onApplicationBootstrap(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.graphql.addHook('preExecution', async (_schema, document, context) => {
      const request = context.reply.request;
      const requested =
        (request.body as { operationName?: unknown } | undefined)?.operationName ??
        (request.query as { operationName?: unknown } | undefined)?.operationName;
      this.operations.set(request, this.labels.label(operationName(document, requested)));
    });
  }
}
