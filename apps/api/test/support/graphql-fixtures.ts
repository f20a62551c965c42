import type { TestApp } from './test-app';

/** Runs a mutation that must succeed and returns its single root field. */
export async function mutate<T>(t: TestApp, query: string, input: Record<string, unknown>): Promise<T> {
  const response = await t.gql<Record<string, T>>(query, { input });
  if (response.errors) throw new Error(`Mutation failed: ${JSON.stringify(response.errors)}`);
  return Object.values(response.data!)[0]!;
}

/** A process with a past meeting, a later one and a future one, through the public API. */
export async function createProcessWithMeetings(t: TestApp) {
  const process = await mutate<{ id: string }>(
    t,
    `mutation ($input: CreateProcessInput!) { createProcess(input: $input) { id } }`,
    { title: 'Test process', conveningBody: 'The States Parties', targetEvent: 'A review conference' },
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
