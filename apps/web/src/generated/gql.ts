/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query TimelineScreen($asOf: DateTime) {\n  process {\n    id\n    title\n    targetEvent\n    dashboard(asOf: $asOf) {\n      asOf\n      openMatters\n      readiness\n      daysToNextMilestone\n      daysToDecisionDeadline\n      nextMilestone {\n        id\n        title\n      }\n      decisionDeadline {\n        id\n        title\n        startsAtLocal\n      }\n      byHealth {\n        health\n        count\n      }\n    }\n    milestones(first: 100) {\n      edges {\n        node {\n          id\n          kind\n          title\n          shortTitle\n          startsAt\n          endsAt\n          startsAtLocal\n          timeZone\n          venue\n          room\n          status\n        }\n      }\n    }\n    matters(filter: {open: true}, asOf: $asOf, first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          decidingMilestone {\n            id\n            shortTitle\n          }\n          readiness {\n            score\n            reasons {\n              code\n              message\n            }\n          }\n          health {\n            level\n            reasons {\n              code\n              message\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.TimelineScreenDocument,
};
const documents: Documents = {
    "query TimelineScreen($asOf: DateTime) {\n  process {\n    id\n    title\n    targetEvent\n    dashboard(asOf: $asOf) {\n      asOf\n      openMatters\n      readiness\n      daysToNextMilestone\n      daysToDecisionDeadline\n      nextMilestone {\n        id\n        title\n      }\n      decisionDeadline {\n        id\n        title\n        startsAtLocal\n      }\n      byHealth {\n        health\n        count\n      }\n    }\n    milestones(first: 100) {\n      edges {\n        node {\n          id\n          kind\n          title\n          shortTitle\n          startsAt\n          endsAt\n          startsAtLocal\n          timeZone\n          venue\n          room\n          status\n        }\n      }\n    }\n    matters(filter: {open: true}, asOf: $asOf, first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          decidingMilestone {\n            id\n            shortTitle\n          }\n          readiness {\n            score\n            reasons {\n              code\n              message\n            }\n          }\n          health {\n            level\n            reasons {\n              code\n              message\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.TimelineScreenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimelineScreen($asOf: DateTime) {\n  process {\n    id\n    title\n    targetEvent\n    dashboard(asOf: $asOf) {\n      asOf\n      openMatters\n      readiness\n      daysToNextMilestone\n      daysToDecisionDeadline\n      nextMilestone {\n        id\n        title\n      }\n      decisionDeadline {\n        id\n        title\n        startsAtLocal\n      }\n      byHealth {\n        health\n        count\n      }\n    }\n    milestones(first: 100) {\n      edges {\n        node {\n          id\n          kind\n          title\n          shortTitle\n          startsAt\n          endsAt\n          startsAtLocal\n          timeZone\n          venue\n          room\n          status\n        }\n      }\n    }\n    matters(filter: {open: true}, asOf: $asOf, first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          decidingMilestone {\n            id\n            shortTitle\n          }\n          readiness {\n            score\n            reasons {\n              code\n              message\n            }\n          }\n          health {\n            level\n            reasons {\n              code\n              message\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query TimelineScreen($asOf: DateTime) {\n  process {\n    id\n    title\n    targetEvent\n    dashboard(asOf: $asOf) {\n      asOf\n      openMatters\n      readiness\n      daysToNextMilestone\n      daysToDecisionDeadline\n      nextMilestone {\n        id\n        title\n      }\n      decisionDeadline {\n        id\n        title\n        startsAtLocal\n      }\n      byHealth {\n        health\n        count\n      }\n    }\n    milestones(first: 100) {\n      edges {\n        node {\n          id\n          kind\n          title\n          shortTitle\n          startsAt\n          endsAt\n          startsAtLocal\n          timeZone\n          venue\n          room\n          status\n        }\n      }\n    }\n    matters(filter: {open: true}, asOf: $asOf, first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          decidingMilestone {\n            id\n            shortTitle\n          }\n          readiness {\n            score\n            reasons {\n              code\n              message\n            }\n          }\n          health {\n            level\n            reasons {\n              code\n              message\n            }\n          }\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;