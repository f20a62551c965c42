import { announceMatterMove } from './support/graphql-fixtures';
import { startScene, type NotificationScene } from './support/notification-faults';

/**
 * A matter's tally, computed in the snapshot's SQL: which States Parties have spoken, and which object in their
 * latest view on the matter as a whole. The views are written straight into the table, each on its own day.
 */
describe('view tallies', () => {
  let scene: NotificationScene;
  let matterId: string;

  beforeAll(async () => {
    scene = await startScene();
    const { t, accounts, ids, db } = scene;
    ({ matterId } = await announceMatterMove(t, accounts, db, {
      processId: ids.processId,
      decidingMilestoneId: ids.fifthId,
      title: 'A tallied matter',
    }));
    // The matter and its option as if identified before any of the views below.
    await db.query(`UPDATE matter_transition SET at = '2023-12-01' WHERE matter_id = $1`, [matterId]);
    await db.query(`UPDATE matter_option SET tabled_at = '2023-12-01' WHERE matter_id = $1`, [matterId]);
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM matter_option WHERE matter_id = $1`, [
      matterId,
    ]);
    const view = (participantId: string, position: string, day: string, optionId: string | null = null) =>
      db.query(
        `INSERT INTO participant_view (participant_id, matter_id, option_id, position, expressed_at, confidentiality)
         VALUES ($1, $2, $3, $4, $5, 'PUBLIC')`,
        [participantId, matterId, optionId, position, `${day}T12:00:00Z`],
      );
    const { participantId } = accounts;
    // A State Party that objected, then came round.
    await view(participantId.coChair, 'OBJECTS', '2024-01-01');
    await view(participantId.coChair, 'SUPPORTS', '2024-02-01');
    // One that spoke only to an option, against it: a view, not an objection to the matter.
    await view(participantId.presidency, 'OBJECTS', '2024-01-05', rows[0]!.id);
    // One that supported, then objected, then supported the option: its latest view on the matter objects.
    await view(participantId.stateParty, 'SUPPORTS', '2024-01-02');
    await view(participantId.stateParty, 'OBJECTS', '2024-01-10');
    await view(participantId.stateParty, 'SUPPORTS', '2024-03-01', rows[0]!.id);
    // Not a party: counted nowhere.
    await view(participantId.observer, 'OBJECTS', '2024-01-03');
  });

  afterAll(async () => {
    await scene.db.end();
    await scene.t.close();
  });

  const tally = async (asOf?: string) => {
    const response = await scene.t.gql<{
      matter: { viewTally: { statePartiesWithView: number; statePartiesObjecting: number } };
    }>(
      `query ($id: ID!, $asOf: DateTime) {
         matter(id: $id, asOf: $asOf) { viewTally { statePartiesWithView statePartiesObjecting } }
       }`,
      { id: matterId, asOf },
      { cookie: scene.accounts.cookie.stateParty },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.matter.viewTally;
  };

  it('counts each State Party once, and as objecting only by its latest view on the matter as a whole', async () => {
    expect(await tally()).toEqual({ statePartiesWithView: 3, statePartiesObjecting: 1 });
  });

  it('as it stood on earlier days', async () => {
    expect(await tally('2024-01-04T00:00:00Z')).toEqual({
      statePartiesWithView: 2,
      statePartiesObjecting: 1,
    });
    expect(await tally('2024-01-11T00:00:00Z')).toEqual({
      statePartiesWithView: 3,
      statePartiesObjecting: 2,
    });
  });
});
