/* eslint-disable */
import type * as Types from '../graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export const ReadinessPointFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReadinessPoint' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Dashboard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readiness' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'milestone' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'readiness' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.ReadinessPointFragment, unknown>;
export const ReadinessHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReadinessHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at0' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at1' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at2' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at3' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at4' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at5' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at6' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at7' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at8' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at9' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at10' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at11' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'processId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'process' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'processId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'p0' },
                  name: { kind: 'Name', value: 'dashboard' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'asOf' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at0' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReadinessPoint' } }],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'p1' },
                  name: { kind: 'Name', value: 'dashboard' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'asOf' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at1' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReadinessPoint' } }],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'p2' },
                  name: { kind: 'Name', value: 'dashboard' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'asOf' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at2' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReadinessPoint' } }],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'p3' },
                  name: { kind: 'Name', value: 'dashboard' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'asOf' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at3' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReadinessPoint' } }],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'p4' },
                  name: { kind: 'Name', value: 'dashboard' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'asOf' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at4' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReadinessPoint' } }],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'p5' },
                  name: { kind: 'Name', value: 'dashboard' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'asOf' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at5' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReadinessPoint' } }],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'p6' },
                  name: { kind: 'Name', value: 'dashboard' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'asOf' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at6' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReadinessPoint' } }],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'p7' },
                  name: { kind: 'Name', value: 'dashboard' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'asOf' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at7' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReadinessPoint' } }],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'p8' },
                  name: { kind: 'Name', value: 'dashboard' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'asOf' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at8' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReadinessPoint' } }],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'p9' },
                  name: { kind: 'Name', value: 'dashboard' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'asOf' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at9' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReadinessPoint' } }],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'p10' },
                  name: { kind: 'Name', value: 'dashboard' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'asOf' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at10' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReadinessPoint' } }],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'p11' },
                  name: { kind: 'Name', value: 'dashboard' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'asOf' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'at11' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReadinessPoint' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReadinessPoint' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Dashboard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readiness' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'milestone' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'readiness' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.ReadinessHistoryQuery, Types.ReadinessHistoryQueryVariables>;
