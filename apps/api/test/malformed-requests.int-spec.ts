import { gzipSync } from 'node:zlib';
import fs from 'node:fs';
import type { InjectOptions } from 'fastify';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { DataSource } from 'typeorm';
import { SCHEMA_FILE } from '../src/cli/print-schema';
import { dataSourceOptions } from '../src/database/data-source';
import { seedDataset } from '../src/seed/seed-sample-data';
import { SeedRepository } from '../src/seed/seed.repository';
import { stableId } from '../src/seed/stable-id';
import { createRoleAccounts, type RoleAccounts } from './support/accounts';
import { syntheticDataset } from './support/synthetic-dataset';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A client's mistake is answered 4xx (or, once executed, 200 with errors) with a code; only the server's own
 * faults are 500. The corpus is thrown at every root field of the schema, so a new field is covered unasked.
 */

const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
const JSON_TYPE = { 'content-type': 'application/json' };
const ME = '{ me { capacities } }';

/** Requests broken before GraphQL reads them, with the HTTP status each deserves. */
const HTTP_CORPUS: [string, InjectOptions, number][] = [
  ['invalid JSON', { payload: '{"query":', headers: JSON_TYPE }, 400],
  ['an empty body', { payload: '', headers: JSON_TYPE }, 400],
  [
    'a body over the limit',
    { payload: JSON.stringify({ query: ME, pad: 'x'.repeat(1_100_000) }), headers: JSON_TYPE },
    413,
  ],
  [
    'a numeric operationName',
    { payload: JSON.stringify({ query: ME, operationName: 5 }), headers: JSON_TYPE },
    400,
  ],
  [
    'an object operationName',
    { payload: JSON.stringify({ query: ME, operationName: {} }), headers: JSON_TYPE },
    400,
  ],
  ['a numeric query', { payload: '{"query":5}', headers: JSON_TYPE }, 400],
  ['no query', { payload: '{}', headers: JSON_TYPE }, 400],
  ['string extensions', { payload: JSON.stringify({ query: ME, extensions: 'x' }), headers: JSON_TYPE }, 400],
  ['a __proto__ key', { payload: `{"query":"${ME}","__proto__":{"polluted":1}}`, headers: JSON_TYPE }, 400],
  [
    'a __proto__ variable',
    { payload: `{"query":"${ME}","variables":{"__proto__":{"a":1}}}`, headers: JSON_TYPE },
    400,
  ],
  [
    'a constructor.prototype key',
    { payload: `{"query":"${ME}","constructor":{"prototype":{"a":1}}}`, headers: JSON_TYPE },
    400,
  ],
  [
    'a gzip body',
    {
      payload: gzipSync(JSON.stringify({ query: ME })),
      headers: { ...JSON_TYPE, 'content-encoding': 'gzip' },
    },
    415,
  ],
  [
    'an unknown encoding',
    { payload: JSON.stringify({ query: ME }), headers: { ...JSON_TYPE, 'content-encoding': 'br' } },
    415,
  ],
  // Refused before it is read, as every body that is not JSON is (a cross-site form must not reach GraphQL).
  ['an XML body', { payload: '<query/>', headers: { 'content-type': 'application/xml' } }, 403],
  ['GET without a query', { method: 'GET', url: '/graphql' }, 400],
  ['GET with two queries', { method: 'GET', url: `/graphql?query=${encodeURIComponent(ME)}&query=x` }, 400],
  [
    'GET with broken variables',
    { method: 'GET', url: `/graphql?query=${encodeURIComponent(ME)}&variables=%7B` },
    400,
  ],
];

/** Values a client may send for a leaf of each type that are wrong in content, not in GraphQL type. */
const MALFORMED: Record<string, unknown[]> = {
  ID: ['not-an-id', '', '00000000-0000-0000-0000-00000000000g', 'x'.repeat(5_000)],
  DateTime: [
    '9999-12-31T23:59:59.999Z',
    '9999-12-30T23:59:59Z',
    '0001-01-02T00:00:00Z',
    '+275760-09-13T00:00:00.000Z',
    '0000-01-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    'yesterday',
  ],
  LocalDate: ['9999-12-31', '0001-01-01', '2026-02-30', '20260230', 'today'],
  String: ['x'.repeat(20_000), 'NUL \u0000 inside', 'line\nbreak\r\n\u001b[31m'],
  Int: [-1, 0, 2_147_483_647, -2_147_483_648],
  Float: [-1e308, 1e308],
  JSON: [{ __proto__: { polluted: true } }, 'x'.repeat(10_000), [[[[[[[[[[]]]]]]]]]]],
};

/** Any 100 characters of the long values above found in an answer mean it was sent back. */
const LONG_ECHO = 'x'.repeat(100);

const KINDS = [
  'process',
  'matter',
  'milestone',
  'participant',
  'option',
  'action',
  'view',
  'person',
  'role-term',
];

/** An existing record's id for an argument, guessed from its name and the type that holds it, so rules run. */
function idFor(holder: string, name: string): string {
  const words = `${name === 'id' || name === 'ids' ? holder : name}`.toLowerCase();
  const kind = KINDS.find((k) => words.includes(k.replace('-', ''))) ?? 'matter';
  return stableId(`${kind}:${kind === 'process' ? 'corpus' : `corpus-${kind}-0`}`);
}

type Path = (string | number)[];

/** A valid-looking value of a type (required members only), and every leaf path it could hold, optional ones too. */
function valueOf(type: GraphQLInputType, holder: string, name: string): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, holder, name);
  if (isListType(type)) return [valueOf(type.ofType, holder, name)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, valueOf(field.type, type.name, field.name)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return idFor(holder, name);
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return '2026-03-01T12:00:00Z';
      case 'LocalDate':
        return '2026-03-01';
      case 'JSON':
        return {};
      default:
        return name === 'email' ? 'nobody@example.org' : 'a long enough dummy value';
    }
  }
  throw new Error(`No value for ${String(type)}`);
}

interface Leaf {
  path: Path;
  scalar: string;
}

function leavesOf(type: GraphQLInputType, path: Path, seen: Set<string>): Leaf[] {
  if (isNonNullType(type)) return leavesOf(type.ofType, path, seen);
  if (isListType(type)) return leavesOf(type.ofType, [...path, 0], seen);
  if (isScalarType(type)) return [{ path, scalar: type.name }];
  if (!isInputObjectType(type) || seen.has(type.name)) return [];
  return Object.values(type.getFields()).flatMap((field) =>
    leavesOf(field.type, [...path, field.name], new Set([...seen, type.name])),
  );
}

/** `value` with the leaf at `path` set to `leaf`, building what the path needs on the way. */
function withLeaf(value: unknown, path: Path, leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = withLeaf(copy[head!] ?? (typeof rest[0] === 'number' ? [] : {}), rest, leaf);
  return copy;
}

interface Probe {
  field: string;
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

/** For each root field, one request per malformed value of each leaf of each argument (the others well formed). */
function probesFor(kind: 'query' | 'mutation', type: GraphQLObjectType): Probe[] {
  return Object.values(type.getFields()).flatMap((field: GraphQLField<unknown, unknown>) => {
    const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const named = getNamedType(field.type);
    const selection = isObjectType(named) ? ' { __typename }' : '';
    const query = `${kind}${declarations ? ` (${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
    const base = Object.fromEntries(
      field.args
        .filter((arg) => isNonNullType(arg.type))
        .map((arg) => [arg.name, valueOf(arg.type, field.name, arg.name)]),
    );
    const probes: Probe[] = [{ field: field.name, label: 'well formed', query, variables: base }];
    for (const arg of field.args) {
      for (const { path, scalar } of leavesOf(arg.type, [], new Set())) {
        for (const bad of MALFORMED[scalar] ?? []) {
          const variables = {
            ...base,
            [arg.name]: withLeaf(base[arg.name] ?? valueOf(arg.type, field.name, arg.name), path, bad),
          };
          const label = `${[arg.name, ...path].join('.')} = ${JSON.stringify(bad)?.slice(0, 40)}`;
          probes.push({ field: field.name, label, query, variables });
        }
      }
    }
    return probes;
  });
}

const PROBES = [
  ...probesFor('query', schema.getQueryType()!),
  ...probesFor('mutation', schema.getMutationType()!).filter((probe) => probe.field !== 'signOut'),
];

describe('malformed requests', () => {
  let t: TestApp;
  let accounts: RoleAccounts;

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    const db = new DataSource(dataSourceOptions(t.database.url));
    await db.initialize();
    await seedDataset(new SeedRepository(db), syntheticDataset('corpus', 2));
    await db.destroy();
  });

  afterAll(() => t.close());

  it.each(HTTP_CORPUS)('%s: answered 4xx with a code', async (_name, request, status) => {
    const response = await t.app.inject({ method: 'POST', url: '/graphql', ...request });
    expect(response.statusCode).toBe(status);
    expect(
      response.json<{ errors: { extensions: { code: string } }[] }>().errors[0]!.extensions.code,
    ).toMatch(/^[A-Z_]+$/);
  });

  it.each(['+275760-09-13T00:00:00.000Z', '9999-12-31T23:59:59Z', 'yesterday', '2026-02-30'])(
    'answers the CSV export from=%s with 400 and a code',
    async (from) => {
      const response = await t.app.inject({
        method: 'GET',
        url: `/audit.csv?from=${encodeURIComponent(from)}`,
        headers: { cookie: accounts.cookie.coChair! },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ errors: { extensions: { code: string } }[] }>().errors[0]!.extensions.code).toBe(
        'BAD_USER_INPUT',
      );
    },
  );

  it('says which rule a date variable broke, so the dashboard can say it in the reader’s language', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { cookie: accounts.cookie.coChair! },
      payload: {
        query: 'query ($asOf: DateTime) { process { stateOfPlay(asOf: $asOf) { asOf } } }',
        variables: { asOf: `yesterday${'x'.repeat(5_000)}` },
      },
    });
    expect(response.statusCode).toBe(400);
    const [error] = response.json<{ errors: { extensions: Record<string, unknown> }[] }>().errors;
    expect(error!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      guards: [
        expect.objectContaining({
          code: 'INVALID_INSTANT',
          params: { value: `yesterday${'x'.repeat(31)}…` },
        }),
      ],
    });
    expect(response.body).not.toContain(LONG_ECHO);
  });

  it('covers every root field', () => {
    const covered = new Set(PROBES.map((probe) => probe.field));
    expect(covered.size).toBe(
      Object.keys(schema.getQueryType()!.getFields()).length +
        Object.keys(schema.getMutationType()!.getFields()).length -
        1,
    );
  });

  // Administrators and Co-Chairs between them pass every rule that guards a write, so the values reach the rules.
  for (const role of ['anonymous', 'administrator', 'coChair'] as const) {
    it(`never answers 500 nor an error without a code, to ${role}`, async () => {
      const failures: string[] = [];
      for (const probe of PROBES) {
        const response = await t.gql(probe.query, probe.variables, { cookie: accounts.cookie[role] });
        const codes = (response.errors ?? []).map((error) => error.extensions?.code);
        if (
          response.status >= 500 ||
          codes.includes('INTERNAL_SERVER_ERROR') ||
          codes.includes(undefined as never)
        )
          failures.push(`${probe.field} ${probe.label}: ${response.status} ${codes.join()}`);
        // An error names what is wrong; it does not send a long input back.
        if (JSON.stringify(response.errors ?? []).includes(LONG_ECHO))
          failures.push(`${probe.field} ${probe.label}: the error echoes the input`);
      }
      expect(failures).toEqual([]);
    });
  }
});
