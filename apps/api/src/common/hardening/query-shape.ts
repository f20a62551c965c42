import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** The dashboard nests 7 levels deep (process › matters › edges › node › options › proposer › name). */
export const MAX_QUERY_DEPTH = 12;
/** No screen uses aliases; a few dozen would already repeat the same work many times over. */
export const MAX_ALIASES = 30;

interface Shape {
  /** Nesting of fields (fragments add no level). */
  depth: number;
  /** Aliased fields, once per time the operation would resolve them. */
  aliases: number;
}

/**
 * Introspection is not measured: production refuses it outright, and in development GraphiQL's own introspection
 * query nests 15 levels deep. Its cost is still counted, which bounds a hand-written deep one.
 */
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

const emptyShape = (): Shape => ({ depth: 0, aliases: 0 });

/**
 * Measures a selection set. Each fragment is measured once and reused wherever it is spread, so fragments spread
 * within fragments cannot make the walk exponential; a fragment cycle, refused by graphql's own rule, counts as
 * empty here.
 */
function shapeOf(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  fragments: Map<string, Shape>,
): Shape {
  const shape = emptyShape();
  const add = (inner: Shape, extraDepth: number) => {
    shape.depth = Math.max(shape.depth, inner.depth + extraDepth);
    shape.aliases += inner.aliases;
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) shape.aliases += 1;
      const nested = selection.selectionSet && !INTROSPECTION_FIELDS.has(selection.name.value);
      add(nested ? shapeOf(selection.selectionSet, context, fragments) : emptyShape(), 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      add(shapeOf(selection.selectionSet, context, fragments), 0);
    } else {
      const name = selection.name.value;
      if (!fragments.has(name)) {
        fragments.set(name, emptyShape());
        const fragment = context.getFragment(name);
        if (fragment) fragments.set(name, shapeOf(fragment.selectionSet, context, fragments));
      }
      add(fragments.get(name)!, 0);
    }
  }
  return shape;
}

/**
 * Refuses operations nested deeper than `maxDepth` (QUERY_TOO_DEEP) or with more than `maxAliases` aliases
 * (TOO_MANY_ALIASES). Both depend on the query text only, so they run as validation, which Mercurius caches.
 */
export function queryShapeRule(limits: { maxDepth: number; maxAliases: number }): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, Shape>();
    return {
      OperationDefinition(operation) {
        const { depth, aliases } = shapeOf(operation.selectionSet, context, fragments);
        const name = operation.name ? `"${operation.name.value}"` : 'This query';
        if (depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(
              `${name} nests fields ${depth} levels deep and the API answers at most ${limits.maxDepth}: ` +
                'ask for less nested data, or split it into several queries.',
              { nodes: operation, extensions: { code: 'QUERY_TOO_DEEP' } },
            ),
          );
        }
        if (aliases > limits.maxAliases) {
          context.reportError(
            new GraphQLError(
              `${name} uses ${aliases} aliases and the API answers at most ${limits.maxAliases} per operation: ` +
                'split it into several requests.',
              { nodes: operation, extensions: { code: 'TOO_MANY_ALIASES' } },
            ),
          );
        }
      },
    };
  };
}
