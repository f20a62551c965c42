import { startTestApp, type TestApp } from './support/test-app';

const INTROSPECTION = '{ __schema { queryType { name } } }';
const MISSPELT_FIELD = '{ proces { title } }';
const MISSPELT_ENUM_VALUE = `query ($statuses: [MatterStatus!]) {
  process { matters(filter: { statuses: $statuses }) { totalCount } } }`;

describe('what the schema reveals in production', () => {
  let production: TestApp;
  let development: TestApp;

  beforeAll(async () => {
    [production, development] = await Promise.all([
      startTestApp({ env: { NODE_ENV: 'production' } }),
      startTestApp(),
    ]);
  });

  afterAll(() => Promise.all([production.close(), development.close()]));

  it('refuses introspection in production, and only there', async () => {
    for (const query of [INTROSPECTION, '{ __type(name: "Matter") { fields { name } } }']) {
      const refused = await production.gql(query);
      expect(refused.status).toBe(400);
      expect(refused.errors![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(refused.errors![0]!.message).toMatch(/^GraphQL introspection has been disabled/);
    }
    expect((await production.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });

    const allowed = await development.gql<{ __schema: { queryType: { name: string } } }>(INTROSPECTION);
    expect(allowed.data!.__schema.queryType.name).toBe('Query');
  });

  it('leaves "Did you mean …?" out of error messages in production, and only there', async () => {
    const field = await production.gql(MISSPELT_FIELD);
    expect(field.status).toBe(400);
    expect(field.errors![0]!.message).toBe('Cannot query field "proces" on type "Query".');
    expect((await development.gql(MISSPELT_FIELD)).errors![0]!.message).toBe(
      'Cannot query field "proces" on type "Query". Did you mean "process" or "processes"?',
    );

    const enumValue = await production.gql(MISSPELT_ENUM_VALUE, { statuses: ['DECIDE'] });
    expect(enumValue.status).toBe(400);
    expect(enumValue.errors![0]!.message).toMatch(/"DECIDE" does not exist in "MatterStatus" enum\.$/);
    expect(
      (await development.gql(MISSPELT_ENUM_VALUE, { statuses: ['DECIDE'] })).errors![0]!.message,
    ).toMatch(/Did you mean the enum value "DECIDED"\?$/);
  });

  it('serves no GraphiQL in production', async () => {
    expect((await production.app.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(404);
    expect((await development.app.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(200);
  });
});
