// What the tests prepare through the API itself, as the people concerned would: no row is written behind its back.

export interface Session {
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** Signs in through the API and returns a session that sends its cookie, as the dashboard does. */
export async function signInToApi(baseUrl: string, email: string, password: string): Promise<Session> {
  let cookie = '';
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(`${query.trim().split('\n')[0]}: ${JSON.stringify(body.errors)}`);
    const session = response.headers.getSetCookie().find((c) => c.startsWith('prepcom_session='));
    if (session) cookie = session.split(';')[0]!;
    return body.data as T;
  };
  await gql(`mutation ($input: SignInInput!) { signIn(input: $input) { capacities } }`, {
    input: { email, password },
  });
  return { gql };
}

export interface Scenario {
  /** The sample administrator of `npm start`. */
  administrator: { email: string; password: string };
  coChair: { email: string; password: string };
  /** Kenya's delegate: a State Party and nothing more. */
  delegate: { email: string; password: string };
  /** Open, STATES_PARTIES only, with no view yet: the delegate gives one. */
  viewMatter: { id: string; title: string };
  /** A meeting a month ahead, so that invitations to it can still be answered. */
  meeting: string;
  /** Open, STATES_PARTIES only; its option has draft text, so it may become ready for decision. */
  ready: string;
  /** Open, STATES_PARTIES only; its only option is tabled, so it may not. */
  unready: string;
  /** Where both are to be decided: the sample's Review Conference, which has met, so deciding is possible. */
  milestone: string;
}

/**
 * Today's state of affairs on top of the 2002–2004 sample: the administrator gives Norway a Co-Chair term that
 * runs today and makes an account for Kenya's delegate; Norway's delegate, now Co-Chair, tables three matters
 * (visible to States Parties only) for the Review Conference and schedules a dialogue a month ahead. Nothing before
 * today changes, so the screens as of a past day show the sample alone.
 */
export async function prepareScenario(baseUrl: string, passwords: Record<string, string>): Promise<Scenario> {
  const coChair = { email: 'norway@prepcom.local', password: passwords['norway@prepcom.local']! };
  const administrator = { email: 'admin@prepcom.local', password: passwords['admin@prepcom.local']! };
  const admin = await signInToApi(baseUrl, administrator.email, administrator.password);
  const { participants, process } = await admin.gql<{
    participants: { edges: { node: { id: string } }[] };
    process: { id: string; milestones: { edges: { node: { id: string; title: string } }[] } };
  }>(
    `{
      participants(filter: { search: "Norway" }) { edges { node { id } } }
      process { id milestones(kinds: [REVIEW_CONFERENCE]) { edges { node { id title } } } }
    }`,
  );
  const norway = participants.edges[0]!.node.id;
  const delegate = await acceptedDelegate(baseUrl, admin, 'Kenya');
  const conference = process.milestones.edges[0]!.node;
  await admin.gql(`mutation ($input: CreateRoleTermInput!) { createRoleTerm(input: $input) { id } }`, {
    input: {
      participantId: norway,
      role: 'CO_CHAIR',
      body: 'Standing Committee on the General Status and Operation of the Convention',
      startsOn: new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10),
    },
  });

  const chair = await signInToApi(baseUrl, coChair.email, coChair.password);
  const matter = async (title: string, option: string, draftText: boolean) => {
    const { createMatter } = await chair.gql<{ createMatter: { id: string } }>(
      `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id } }`,
      { input: { processId: process.id, title, decidingMilestoneId: conference.id } },
    );
    const { createOption } = await chair.gql<{ createOption: { id: string } }>(
      `mutation ($input: CreateOptionInput!) { createOption(input: $input) { id } }`,
      { input: { matterId: createMatter.id, text: option } },
    );
    if (draftText) {
      await chair.gql(`mutation ($input: MoveOptionInput!) { moveOption(input: $input) { stage } }`, {
        input: { optionId: createOption.id, to: 'DRAFT_TEXT' },
      });
    }
    await chair.gql(`mutation ($input: MoveMatterInput!) { moveMatter(input: $input) { status } }`, {
      input: { matterId: createMatter.id, to: 'OPTIONS_DEVELOPING' },
    });
    return { id: createMatter.id, title };
  };
  const viewMatter = await matter(
    'Documentation for the Review Conference',
    'Ask the support unit for a background paper on each matter to be decided',
    false,
  );
  const meeting = await futureMeeting(chair, process.id);

  return {
    administrator,
    coChair,
    delegate,
    viewMatter,
    meeting,
    ready: (
      await matter(
        'Sponsorship programme for the Review Conference',
        'Fund the travel of one delegate from each State Party that asks for it',
        true,
      )
    ).title,
    unready: (
      await matter(
        'Participation of observers in the preparatory meetings',
        'Open the preparatory meetings to observers as at the Meetings of the States Parties',
        false,
      )
    ).title,
    milestone: conference.title,
  };
}

/**
 * A delegate account for a State Party, made as an administrator does it: an invitation link, then the person
 * choosing a password through it.
 */
export async function acceptedDelegate(
  baseUrl: string,
  admin: Session,
  state: string,
): Promise<{ email: string; password: string }> {
  const { participants } = await admin.gql<{ participants: { edges: { node: { id: string } }[] } }>(
    `query ($search: String!) { participants(filter: { search: $search }) { edges { node { id } } } }`,
    { search: state },
  );
  const email = `${state.toLowerCase()}@prepcom.local`;
  const { inviteAccount } = await admin.gql<{ inviteAccount: { path: string } }>(
    `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { path } }`,
    { input: { displayName: `Delegate of ${state}`, email, participantId: participants.edges[0]!.node.id } },
  );
  const token = new URL(inviteAccount.path, baseUrl).searchParams.get('token')!;
  const password = `e2e-${state}-${Math.random().toString(36).slice(2)}`;
  const visitor = anonymousSession(baseUrl);
  await visitor.gql(
    `mutation ($input: SetPasswordWithTokenInput!) { acceptInvitation(input: $input) { capacities } }`,
    {
      input: { token, password },
    },
  );
  return { email, password };
}

/** A session that signs nobody in. */
function anonymousSession(baseUrl: string): Session {
  return {
    gql: async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      if (body.errors) throw new Error(`${query.trim().split('\n')[0]}: ${JSON.stringify(body.errors)}`);
      return body.data as T;
    },
  };
}

/** An informal dialogue in Geneva a month from now, at 15:00 there, scheduled by the Co-Chair. */
async function futureMeeting(chair: Session, processId: string): Promise<string> {
  const day = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const title = 'Informal dialogue on the follow-up to the Review Conference';
  await chair.gql(`mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`, {
    input: {
      processId,
      kind: 'INFORMAL_DIALOGUE',
      title,
      shortTitle: 'Follow-up dialogue',
      startsAt: `${day}T13:00:00Z`,
      endsAt: `${day}T16:00:00Z`,
      timeZone: 'Europe/Zurich',
      venue: 'Palais des Nations, Geneva',
      room: 'Room VII',
    },
  });
  return title;
}
