import type { Client } from 'pg';
import { colleagueCookie, type RoleAccounts } from './accounts';
import type { GraphQLClient } from './test-app';

/** Runs a mutation that must succeed, as the person whose session cookie is given, and returns its root field. */
export async function mutate<T>(
  t: GraphQLClient,
  query: string,
  input: Record<string, unknown>,
  cookie: string | null,
): Promise<T> {
  const response = await t.gql<Record<string, T>>(query, { input }, { cookie });
  if (response.errors) throw new Error(`Mutation failed: ${JSON.stringify(response.errors)}`);
  return Object.values(response.data!)[0]!;
}

/** A process (made by an administrator) with a past meeting, a later one and a future one (made by a Co-Chair). */
export async function createProcessWithMeetings(t: GraphQLClient, accounts: RoleAccounts) {
  const process = await mutate<{ id: string }>(
    t,
    `mutation ($input: CreateProcessInput!) { createProcess(input: $input) { id } }`,
    { title: 'Test process', conveningBody: 'The States Parties', targetEvent: 'A review conference' },
    accounts.cookie.administrator,
  );
  const meeting = (title: string, shortTitle: string, startsAt: string, endsAt: string) =>
    mutate<{ id: string }>(
      t,
      `mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
      {
        processId: process.id,
        kind: 'MEETING_OF_STATES_PARTIES',
        title,
        shortTitle,
        startsAt,
        endsAt,
        timeZone: 'Asia/Bangkok',
        venue: 'Bangkok',
      },
      accounts.cookie.coChair,
    );
  const fifth = await meeting('Fifth Meeting', '5MSP', '2003-09-15T03:00:00Z', '2003-09-19T11:00:00Z');
  const prep = await meeting(
    'First Preparatory Meeting',
    'PREP1',
    '2004-02-13T09:00:00Z',
    '2004-02-13T17:00:00Z',
  );
  const future = await meeting('A meeting to come', 'NEXT', '2099-09-14T03:00:00Z', '2099-09-18T11:00:00Z');
  return { processId: process.id, fifthId: fifth.id, prepId: prep.id, futureId: future.id };
}

/**
 * The change most notification tests announce: a matter made by the Co-Chair, given an option and moved to
 * OPTIONS_DEVELOPING by a colleague of the Co-Chair's delegation, so every role account is told of the move.
 * Returns the matter and its MATTER_STATUS_CHANGED outbox event.
 */
export async function announceMatterMove(
  t: GraphQLClient,
  accounts: RoleAccounts,
  db: Client,
  matter: { processId: string; decidingMilestoneId: string; title: string; confidentiality?: string },
): Promise<{ matterId: string; eventId: string }> {
  const { id: matterId } = await mutate<{ id: string }>(
    t,
    `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id } }`,
    matter,
    accounts.cookie.coChair,
  );
  await mutate(
    t,
    `mutation ($input: CreateOptionInput!) { createOption(input: $input) { id } }`,
    { matterId, text: 'An option' },
    accounts.cookie.coChair,
  );
  await mutate(
    t,
    `mutation ($input: MoveMatterInput!) { moveMatter(input: $input) { status } }`,
    { matterId, to: 'OPTIONS_DEVELOPING' },
    await colleagueCookie(t, db, accounts.participantId.coChair, 'cochair-colleague@test.example'),
  );
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM outbox_event WHERE payload->>'matterId' = $1 AND type = 'MATTER_STATUS_CHANGED'`,
    [matterId],
  );
  return { matterId, eventId: rows[0]!.id };
}
