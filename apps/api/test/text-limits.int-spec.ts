import fs from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { TEXT_LIMITS } from '@prepcom/domain';
import { isTextCode } from '@prepcom/texts';
import { SCHEMA_FILE } from '../src/cli/print-schema';
import { createRoleAccounts, type RoleAccounts } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Every text a client can send has a length limit, checked before anything else runs: each String argument and
 * each String field of each input type, found in the schema, is sent one character longer than the longest limit.
 */
const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
const TOO_LONG = 'x'.repeat(TEXT_LIMITS.description + 1);
const DUMMY_ID = '00000000-0000-4000-8000-000000000000';
/** Cursors are read as cursors: a long one is refused as malformed, which the malformed-requests test covers. */
const CURSORS = new Set(['after', 'before']);

function valueOf(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, name);
  if (isListType(type)) return [valueOf(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, valueOf(field.type, field.name)]),
    );
  }
  if (isScalarType(type)) {
    const values: Record<string, unknown> = {
      ID: DUMMY_ID,
      Int: 1,
      Float: 1,
      Boolean: false,
      DateTime: '2026-03-01T12:00:00Z',
      LocalDate: '2026-03-01',
      JSON: {},
    };
    return type.name in values ? values[type.name] : name === 'email' ? 'someone@example.org' : 'Some text';
  }
  throw new Error(`No value for ${String(type)}`);
}

interface TextInput {
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

const TEXT_INPUTS: TextInput[] = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
  Object.values(root.getFields()).flatMap((field) => {
    const kind = root === schema.getQueryType() ? 'query' : 'mutation';
    const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
    const query = `${kind} (${declarations}) { ${field.name}(${args})${selection} }`;
    const base = Object.fromEntries(
      field.args
        .filter((arg) => isNonNullType(arg.type))
        .map((arg) => [arg.name, valueOf(arg.type, arg.name)]),
    );
    return field.args.flatMap((arg): TextInput[] => {
      const named = getNamedType(arg.type);
      if (named.name === 'String' && !CURSORS.has(arg.name))
        return [{ label: `${field.name}(${arg.name})`, query, variables: { ...base, [arg.name]: TOO_LONG } }];
      if (!isInputObjectType(named)) return [];
      const list = isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type);
      return Object.values(named.getFields())
        .filter((member) => getNamedType(member.type).name === 'String')
        .map((member) => {
          const text = isListType(isNonNullType(member.type) ? member.type.ofType : member.type)
            ? [TOO_LONG]
            : TOO_LONG;
          const input = { ...(valueOf(named, arg.name) as object), [member.name]: text };
          return {
            label: `${field.name}(${arg.name}.${member.name})`,
            query,
            variables: { ...base, [arg.name]: list ? [input] : input },
          };
        });
    });
  }),
);

interface Refusal {
  code: unknown;
  params: Record<string, unknown>;
}

/**
 * A refusal the dashboard cannot say in the reader's language: no catalogue code (or class-validator's English
 * under INVALID_INPUT), no parameters, or a length refused without its limit.
 */
function unsaid({ code, params }: Refusal): boolean {
  if (!isTextCode(code) || code === 'INVALID_INPUT' || typeof params !== 'object') return true;
  if (code === 'INPUT_TOO_LONG' || code === 'INPUT_ITEM_TOO_LONG') return typeof params.max !== 'number';
  if (code === 'TEXT_TOO_LONG') return typeof params.limit !== 'number';
  return false;
}

/**
 * The CSV's own limit is a million characters, so the long text is read as a CSV and refused as one that lacks every
 * column it needs, a message of the import's rather than an input rule.
 */
const READ_AS_CSV = 'importStatesParties(input.csv)';

describe('text length limits', () => {
  let t: TestApp;
  let accounts: RoleAccounts;

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
  });

  afterAll(() => t.close());

  it('finds the texts to try', () => {
    expect(TEXT_INPUTS.map((input) => input.label)).toEqual(
      expect.arrayContaining(['createPerson(input.phone)', 'createParticipant(input.regionalGroup)']),
    );
  });

  it.each(TEXT_INPUTS.map((input) => [input.label, input] as const))(
    '%s refuses a text over the limit',
    async (label, { query, variables }) => {
      // Whoever passes the field's access rule: the limit is checked before the field does anything.
      const cookies = [accounts.cookie.administrator, accounts.cookie.coChair, accounts.cookie.stateParty];
      let errors: { extensions: Record<string, unknown> }[] = [];
      for (const cookie of cookies) {
        const response = await t.gql(query, variables, { cookie });
        errors = response.errors ?? [];
        if (!errors.some((error) => error.extensions.code === 'FORBIDDEN')) break;
      }
      expect(errors.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
      // Each rule broken is a code with its parameters (a length with its limit), for the reader's language.
      if (label === READ_AS_CSV) return;
      const guards = (errors[0]!.extensions.guards ?? []) as Refusal[];
      expect(guards).not.toHaveLength(0);
      expect(guards.filter(unsaid)).toEqual([]);
    },
  );
});
