import fs from 'node:fs';
import {
  buildSchema,
  getIntrospectionQuery,
  parse,
  validate,
  specifiedRules,
  Lexer,
  Source,
  TokenKind,
} from 'graphql';
import { queryCost } from './query-cost';
import { queryShapeRule } from './query-shape';

const DASHBOARD = fs
  .readFileSync(__dirname + '/../../../test/statement-count.int-spec.ts', 'utf8')
  .split('`')[1]!;
const TIMELINE = fs.readFileSync(__dirname + '/../../../../web/src/timeline/timeline.graphql', 'utf8');
function tokens(q: string) {
  const l = new Lexer(new Source(q));
  let n = 0;
  while (l.advance().kind !== TokenKind.EOF) n++;
  return n;
}
it('measures', () => {
  const schema = buildSchema(fs.readFileSync(__dirname + '/../../../schema.gql', 'utf8'));
  for (const [name, q] of [
    ['dashboard', DASHBOARD],
    ['timeline', TIMELINE],
    [
      'introspection',
      getIntrospectionQuery({
        descriptions: true,
        inputValueDeprecation: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
      }),
    ],
  ] as const) {
    const doc = parse(q);
    const errors = validate(schema, doc, [
      ...specifiedRules,
      queryShapeRule({ maxDepth: 0, maxAliases: -1 }),
    ]);
    console.log(
      name,
      'cost',
      queryCost(schema, doc, { id: 'x' }, undefined),
      'tokens',
      tokens(q),
      errors.map((e) => e.message),
    );
  }
});
