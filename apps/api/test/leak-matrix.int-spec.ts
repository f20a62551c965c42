import { canSee, narrowest, visibleTiers, type Confidentiality } from '@prepcom/domain';
import { createRoleAccounts, ROLES, type Role, type RoleAccounts } from './support/accounts';
import { createProcessWithMeetings, mutate } from './support/graphql-fixtures';
import { pdfText } from './support/pdf-text';
import { startTestApp, type TestApp } from './support/test-app';

const TIERS: Confidentiality[] = [
  'CO_CHAIRS',
  'COORDINATING_COMMITTEE',
  'STATES_PARTIES',
  'OBSERVERS',
  'PUBLIC',
];

/** What each persona is cleared for, written out here rather than asked of the API under test. */
const CLEARANCE: Record<Role, Confidentiality> = {
  anonymous: 'PUBLIC',
  observer: 'OBSERVERS',
  stateParty: 'STATES_PARTIES',
  presidency: 'COORDINATING_COMMITTEE',
  incomingPresidency: 'COORDINATING_COMMITTEE',
  supportUnit: 'COORDINATING_COMMITTEE',
  coChair: 'CO_CHAIRS',
  administrator: 'CO_CHAIRS',
};
const AUDIT_READERS: Role[] = ['administrator', 'coChair', 'supportUnit'];

/**
 * Every text written below carries the tier it may be read at, as `⟦TIER⟧`: the narrowest of its record's tier, of
 * what the record is about, and (for past texts) of its record's tier then and now.
 */
const mark = (text: string, tier: Confidentiality) => `${text} ⟦${tier}⟧`;
const markers = (body: string) => new Set([...body.matchAll(/⟦([A-Z_]+)⟧/g)].map((match) => match[1]!));

const MATTER_FIELDS = `
  title description
  readiness { reasons { message } } health { reasons { message } }
  options { text matter { title } }
  actions { title servesMatter { title } }
  dependencies { title }
  views { comment option { text } matter { title } }`;

interface Shape {
  /** Who gets an answer; the others must be refused. */
  readers: readonly Role[];
  /** Everything the persona is sent back, as text (data and errors alike). */
  read(role: Role): Promise<string>;
}

/**
 * The leak matrix: every query shape × every persona × every tier, now and as of a past instant, the audit trail
 * included. A persona must never be sent a text marked with a tier it is not cleared for, and must be sent some text
 * of its own tier (so no shape passes by answering nothing).
 */
describe('the leak matrix', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  const matterIds: string[] = [];
  let then: string;

  const as = (role: Role) => ({ cookie: accounts.cookie[role] });
  /** A download as the persona's browser would fetch it; a refusal is marked as such. */
  const download = async (role: Role, url: string) => {
    const cookie = accounts.cookie[role];
    const response = await t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
    if (response.statusCode !== 200) return `refused ${response.body}`;
    if (response.headers['content-type'] === 'application/pdf')
      return (await pdfText(response.rawPayload)).pages.join('\n');
    return response.body;
  };
  const graphql = async (role: Role, query: string, variables: Record<string, unknown> = {}) =>
    JSON.stringify(await t.gql(query, variables, as(role)));
  const matter = async (title: string, tier: Confidentiality, description: string) => {
    const created = await mutate<{ id: string; version: number }>(
      t,
      `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id version } }`,
      {
        processId: ids.processId,
        decidingMilestoneId: ids.futureId,
        title,
        description,
        confidentiality: tier,
      },
      accounts.cookie.coChair,
    );
    matterIds.push(created.id);
    return created;
  };
  const option = (matterId: string, text: string, confidentiality: Confidentiality) =>
    mutate<{ id: string; version: number }>(
      t,
      `mutation ($input: CreateOptionInput!) { createOption(input: $input) { id version } }`,
      { matterId, text, confidentiality },
      accounts.cookie.coChair,
    );
  const view = (matterId: string, optionId: string | null, comment: string, tier?: Confidentiality) =>
    mutate(
      t,
      `mutation ($input: CreateViewInput!) { createView(input: $input) { id } }`,
      {
        participantId: accounts.participantId.coChair,
        matterId,
        optionId,
        position: 'COMMENT',
        comment,
        confidentiality: tier,
      },
      accounts.cookie.coChair,
    );
  const update = (id: string, version: number, input: Record<string, unknown>) =>
    mutate(
      t,
      `mutation ($input: UpdateMatterInput!) { updateMatter(input: $input) { id } }`,
      { id, expectedVersion: version, ...input },
      accounts.cookie.coChair,
    );

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    ids = await createProcessWithMeetings(t, accounts);
    // A matter per tier, with an option per tier, a view on each option and on the matter at each tier it allows,
    // an action serving it; the public matter depends on every other.
    const byTier = new Map<Confidentiality, string>();
    for (const tier of TIERS) {
      const { id } = await matter(mark('Matter', tier), tier, mark('Description', tier));
      byTier.set(tier, id);
      for (const optionTier of TIERS) {
        const shown = narrowest(tier, optionTier);
        const { id: optionId } = await option(id, mark(`Option ${optionTier}`, shown), optionTier);
        await view(id, optionId, mark(`View on option ${optionTier}`, shown));
      }
      for (const viewTier of TIERS.filter((viewTier) => canSee(tier, viewTier))) {
        await view(id, null, mark(`View ${viewTier}`, viewTier), viewTier);
      }
      await mutate(
        t,
        `mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`,
        { title: mark('Action', tier), ownerRole: 'CO_CHAIRS', dueDate: '2099-01-01', servesMatterId: id },
        accounts.cookie.coChair,
      );
    }
    for (const tier of TIERS.filter((tier) => tier !== 'PUBLIC')) {
      await mutate(
        t,
        `mutation ($input: MatterDependencyInput!) { addMatterDependency(input: $input) { id } }`,
        { matterId: byTier.get('PUBLIC'), dependsOnId: byTier.get(tier) },
        accounts.cookie.coChair,
      );
    }
    // History: matters closed then and opened since, and one open then and closed since. What they said then may
    // be read only at the narrower of their tier then and now.
    const opened = [];
    for (const tier of TIERS.filter((tier) => tier !== 'PUBLIC')) {
      const created = await matter(mark('Title then', tier), tier, mark('Description then', tier));
      const publicOption = await option(created.id, mark('Option then', tier), 'PUBLIC');
      opened.push({ ...created, publicOption });
    }
    const closed = await matter(
      mark('Title while public', 'CO_CHAIRS'),
      'PUBLIC',
      mark('Description while public', 'CO_CHAIRS'),
    );
    then = new Date().toISOString();
    const deadline = Date.now() + 1_000;
    while (new Date().toISOString() <= then && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 2));
    for (const { id, version, publicOption } of opened) {
      // Opening a matter opens its options as they read by then: rewritten first, what they said stays closed.
      await mutate(
        t,
        `mutation ($input: UpdateOptionInput!) { updateOption(input: $input) { id } }`,
        { id: publicOption.id, expectedVersion: publicOption.version, text: mark('Option now', 'PUBLIC') },
        accounts.cookie.coChair,
      );
      await update(id, version, {
        title: mark(`Title now ${id.slice(0, 8)}`, 'PUBLIC'),
        description: mark('Description now', 'PUBLIC'),
        confidentiality: 'PUBLIC',
      });
    }
    await update(closed.id, closed.version, {
      title: mark('Title now closed', 'CO_CHAIRS'),
      confidentiality: 'CO_CHAIRS',
    });
  });

  afterAll(() => t?.close());

  const everyone = ROLES;
  const matterShapes = (asOf: 'now' | 'then'): Record<string, Shape> => {
    const at = () => (asOf === 'then' ? then : null);
    return {
      [`process.matters (${asOf})`]: {
        readers: everyone,
        read: (role) =>
          graphql(
            role,
            `query ($asOf: DateTime) { process { matters(asOf: $asOf, first: 500) { totalCount edges { node { ${MATTER_FIELDS} } } } } }`,
            { asOf: at() },
          ),
      },
      [`matter(id) (${asOf})`]: {
        readers: everyone,
        read: async (role) =>
          (
            await Promise.all(
              matterIds.map((id) =>
                graphql(
                  role,
                  `query ($id: ID!, $asOf: DateTime) { matter(id: $id, asOf: $asOf) { ${MATTER_FIELDS} } }`,
                  {
                    id,
                    asOf: at(),
                  },
                ),
              ),
            )
          ).join('\n'),
      },
      [`milestone.matters and actions (${asOf})`]: {
        readers: everyone,
        read: (role) =>
          graphql(
            role,
            `query ($id: ID!, $asOf: DateTime) { milestone(id: $id, asOf: $asOf) {
               readiness(asOf: $asOf) matters(asOf: $asOf) { ${MATTER_FIELDS} } actions(asOf: $asOf) { title } } }`,
            { id: ids.futureId, asOf: at() },
          ),
      },
      [`process.actions and dashboard (${asOf})`]: {
        readers: everyone,
        read: (role) =>
          graphql(
            role,
            `
              query ($asOf: DateTime) {
                process {
                  actions(asOf: $asOf, first: 500) {
                    edges {
                      node {
                        title
                        servesMatter {
                          title
                        }
                      }
                    }
                  }
                  dashboard(asOf: $asOf) {
                    openMatters
                    totalMatters
                    nextMilestone {
                      title
                    }
                  }
                }
              }
            `,
            { asOf: at() },
          ),
      },
      [`process.stateOfPlay (${asOf})`]: {
        readers: everyone,
        read: (role) =>
          graphql(
            role,
            `query ($asOf: DateTime) { process { stateOfPlay(asOf: $asOf) {
               atRisk { title } matters { matter { ${MATTER_FIELDS} } notYetHeard { name } } } } }`,
            { asOf: at() },
          ),
      },
      [`GET /exports/matters.csv, positions.csv, actions.csv (${asOf})`]: {
        readers: everyone,
        read: async (role) => {
          const query = asOf === 'then' ? `?asOf=${encodeURIComponent(then)}` : '';
          return (
            await Promise.all(
              ['matters', 'positions', 'actions'].map((file) =>
                download(role, `/exports/${file}.csv${query}`),
              ),
            )
          ).join('\n');
        },
      },
      [`Matter.changes (${asOf})`]: {
        readers: AUDIT_READERS,
        read: async (role) =>
          (
            await Promise.all(
              matterIds.map((id) =>
                graphql(
                  role,
                  `
                    query ($id: ID!, $asOf: DateTime) {
                      matter(id: $id, asOf: $asOf) {
                        id
                        changes {
                          field
                          oldValue
                          newValue
                        }
                      }
                    }
                  `,
                  { id, asOf: at() },
                ),
              ),
            )
          ).join('\n'),
      },
      [`process.search (${asOf})`]: {
        readers: everyone,
        // Each word finds one kind of record; hits are shown with their context (an option's matter).
        read: async (role) =>
          (
            await Promise.all(
              ['Matter', 'Option', 'Action', 'Title', 'Description', 'public'].map((text) =>
                graphql(
                  role,
                  `
                    query ($text: String!, $asOf: DateTime) {
                      process {
                        search(text: $text, asOf: $asOf, first: 50) {
                          title
                          excerpt
                          context
                        }
                      }
                    }
                  `,
                  { text, asOf: at() },
                ),
              ),
            )
          ).join('\n'),
      },
    };
  };

  const SHAPES: Record<string, Shape> = {
    ...matterShapes('now'),
    ...matterShapes('then'),
    'auditEvents, per matter and per period': {
      readers: AUDIT_READERS,
      read: async (role) =>
        (
          await Promise.all([
            ...matterIds.map((matterId) =>
              graphql(
                role,
                `
                  query ($filter: AuditFilter) {
                    auditEvents(filter: $filter, first: 500) {
                      edges {
                        node {
                          field
                          oldValue
                          newValue
                        }
                      }
                    }
                  }
                `,
                { filter: { matterId } },
              ),
            ),
            graphql(
              role,
              `
                query ($filter: AuditFilter) {
                  auditEvents(filter: $filter, last: 500) {
                    edges {
                      node {
                        field
                        oldValue
                        newValue
                      }
                    }
                  }
                }
              `,
              { filter: { to: new Date().toISOString() } },
            ),
          ])
        ).join('\n'),
    },
    'GET /reports/state-of-play.pdf': {
      readers: everyone,
      read: (role) => download(role, `/reports/state-of-play.pdf?milestone=${ids.futureId}`),
    },
    'GET /audit.csv': {
      readers: AUDIT_READERS,
      read: async (role) => {
        const cookie = accounts.cookie[role];
        const response = await t.app.inject({
          method: 'GET',
          url: '/audit.csv',
          headers: cookie ? { cookie } : {},
        });
        return `${response.statusCode === 200 ? '' : 'refused '}${response.body}`;
      },
    },
  };

  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const role of ROLES) {
      const clearance = CLEARANCE[role];
      it(`${name} × ${role}: nothing above ${clearance}`, async () => {
        const body = await shape.read(role);
        const seen = markers(body);
        const allowed = visibleTiers(clearance);
        expect([...seen].filter((tier) => !allowed.includes(tier as Confidentiality))).toEqual([]);
        if (shape.readers.includes(role)) expect(seen).toContain(clearance);
        else expect(body).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      });
    }
  }
});
