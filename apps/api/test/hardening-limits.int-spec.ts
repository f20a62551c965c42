import { GraphQLSchemaHost } from '@nestjs/graphql';
import { parse } from 'graphql';
import { MAX_QUERY_COST, queryCost } from '../src/common/hardening/query-cost';
import { MAX_ALIASES, MAX_QUERY_DEPTH } from '../src/common/hardening/query-shape';
import { MAX_QUERY_TOKENS } from '../src/common/hardening/graphql-hardening';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';
import { DASHBOARD } from './support/dashboard-query';

/** Every process with its 500 first matters: 500 × 500 rows, cheap to write and far too costly to answer. */
const EVERY_MATTER_OF_EVERY_PROCESS = `query ($first: Int) {
  processes(first: $first) { edges { node { matters(first: 500) { edges { node { title status } } } } } } }`;

/** `depth` levels of singular links (process › targetMilestone › process › …), so only the depth is at fault. */
function nestedQuery(depth: number): string {
  const links = Array.from({ length: depth - 1 }, (_, level) =>
    level % 2 === 0 ? 'process' : 'targetMilestone',
  );
  return `{ ${links.map((link) => `${link} {`).join(' ')} title ${'}'.repeat(links.length)} }`;
}

function codes(response: GraphQLResponse): string[] {
  return (response.errors ?? []).map((error) => error.extensions.code);
}

describe('limits on what one GraphQL request may ask for', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  it('refuses a query nested deeper than the limit, before anything runs', async () => {
    const tooDeep = await t.gql(nestedQuery(MAX_QUERY_DEPTH + 1));
    expect(tooDeep.status).toBe(400);
    expect(codes(tooDeep)).toEqual(['QUERY_TOO_DEEP']);
    expect(tooDeep.errors![0]!.message).toBe(
      `This query nests fields ${MAX_QUERY_DEPTH + 1} levels deep and the API answers at most ${MAX_QUERY_DEPTH}: ` +
        'ask for less nested data, or split it into several queries.',
    );

    const deepest = await t.gql(nestedQuery(MAX_QUERY_DEPTH));
    expect(codes(deepest)).not.toContain('QUERY_TOO_DEEP');
  });

  it('counts depth through fragments', async () => {
    const response = await t.gql(`
      query Deep { process { ...Milestone } }
      fragment Milestone on Process { targetMilestone { process { targetMilestone { process { ...More } } } } }
      fragment More on Process { targetMilestone { process { targetMilestone { process { targetMilestone {
        process { targetMilestone { title } } } } } } } }`);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['QUERY_TOO_DEEP']);
    expect(response.errors![0]!.message).toMatch(`"Deep" nests fields ${MAX_QUERY_DEPTH + 1} levels deep`);
  });

  it('prices the dashboard query within the cost limit and answers it', async () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const id = '00000000-0000-4000-8000-000000000000';
    const cost = queryCost(schema, parse(DASHBOARD), { id }, undefined);
    // 97,672 when written (docs/security.md); the limit leaves it room to double.
    expect(cost).toBeLessThanOrEqual(MAX_QUERY_COST / 2);

    const response = await t.gql(DASHBOARD, { id });
    expect(response.status).not.toBe(400);
    expect(codes(response)).not.toContain('QUERY_TOO_COSTLY');
  });

  it('refuses a query whose cost is over the limit, pricing page sizes given as variables', async () => {
    const tooCostly = await t.gql(EVERY_MATTER_OF_EVERY_PROCESS, { first: 500 });
    expect(tooCostly.status).toBe(400);
    expect(tooCostly.data).toBeNull();
    expect(codes(tooCostly)).toEqual(['QUERY_TOO_COSTLY']);
    expect(tooCostly.errors![0]!.message).toBe(
      'This query would cost 1,001,501 points and the API answers at most 200,000: ask for smaller pages ' +
        '(first) or fewer nested lists, or split it into several queries.',
    );

    // The same text, now cached as valid, is priced again with each request's variables.
    const fewProcesses = await t.gql(EVERY_MATTER_OF_EVERY_PROCESS, { first: 2 });
    expect(fewProcesses.errors).toBeUndefined();
    const againTooCostly = await t.gql(EVERY_MATTER_OF_EVERY_PROCESS, { first: 500 });
    expect(codes(againTooCostly)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('refuses more aliases than the limit, counting each time a fragment is spread', async () => {
    const aliases = (count: number) => Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ');
    const atLimit = await t.gql(`{ ${aliases(MAX_ALIASES)} }`);
    expect(atLimit.errors).toBeUndefined();

    const overLimit = await t.gql(`{ ${aliases(MAX_ALIASES + 1)} }`);
    expect(overLimit.status).toBe(400);
    expect(codes(overLimit)).toEqual(['TOO_MANY_ALIASES']);
    expect(overLimit.errors![0]!.message).toBe(
      `This query uses ${MAX_ALIASES + 1} aliases and the API answers at most ${MAX_ALIASES} per operation: ` +
        'split it into several requests.',
    );

    const half = Math.ceil((MAX_ALIASES + 1) / 2);
    const spreadTwice = await t.gql(
      `{ me { ...Names } again: me { ...Names } } fragment Names on Me { ${aliases(half)} }`,
    );
    expect(codes(spreadTwice)).toEqual(['TOO_MANY_ALIASES']);
  });

  it('refuses a query text longer than the token limit', async () => {
    const response = await t.gql(`{ ${'__typename '.repeat(MAX_QUERY_TOKENS)} }`);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    // graphql's own wording ("more that"), kept as it is.
    expect(response.errors![0]!.message).toBe(
      `Syntax Error: Document contains more that ${MAX_QUERY_TOKENS} tokens. Parsing aborted.`,
    );
  });

  it('refuses a batched (array) request with a GraphQL error', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      payload: [{ query: '{ __typename }' }, { query: '{ __typename }' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      data: null,
      errors: [
        {
          message: 'Send one GraphQL operation per request: batched (array) requests are not accepted.',
          extensions: { code: 'BATCHED_REQUESTS_REFUSED' },
        },
      ],
    });
  });
});
