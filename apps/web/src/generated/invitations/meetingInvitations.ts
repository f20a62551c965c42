/* eslint-disable */
import type * as Types from '../graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

export const MeetingInvitationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingInvitations' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetingInvitations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedAudiences' } },
                { kind: 'Field', name: { kind: 'Name', value: 'copiedAudiences' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sentBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'milestone' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'room' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myReply' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'copied' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attending' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attendeeCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attendeeNames' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'participant' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attendance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reached' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'replied' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attending' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notAttending' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'awaiting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'people' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recipients' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'copied' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attending' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attendeeCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attendeeNames' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'participant' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.MeetingInvitationsQuery, Types.MeetingInvitationsQueryVariables>;
