import type { MigrationInterface, QueryRunner } from 'typeorm';

const inList = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

const MILESTONE_KINDS = inList([
  'STANDING_COMMITTEE',
  'INFORMAL_DIALOGUE',
  'MEETING_OF_STATES_PARTIES',
  'PREPARATORY_MEETING',
  'REVIEW_CONFERENCE',
  'DEADLINE',
]);
const MILESTONE_STATUSES = inList(['PLANNED', 'HELD', 'POSTPONED', 'CANCELLED']);
const MATTER_STATUSES = inList([
  'IDENTIFIED',
  'OPTIONS_DEVELOPING',
  'READY_FOR_DECISION',
  'DECIDED',
  'DEFERRED',
  'WITHDRAWN',
]);
const OPTION_STAGES = inList(['TABLED', 'ELABORATED', 'CONVERGING', 'DRAFT_TEXT', 'ADOPTED', 'WITHDRAWN']);
const ACTION_STATUSES = inList(['TODO', 'IN_PROGRESS', 'DONE', 'BLOCKED']);
const OWNER_ROLES = inList([
  'CURRENT_PRESIDENCY',
  'INCOMING_PRESIDENCY',
  'CO_CHAIRS',
  'PRESIDENT_DESIGNATE',
  'SUPPORT_UNIT',
]);
const ROLE_KINDS = inList(['CO_CHAIR', 'CO_RAPPORTEUR', 'PRESIDENT', 'PRESIDENT_DESIGNATE', 'SUPPORT_UNIT']);
const POSITIONS = inList(['SUPPORTS', 'CAN_LIVE_WITH', 'OBJECTS', 'COMMENT']);

const timestamps = `created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now()`;

/** The preparatory-process model. Enumerations are CHECK constraints, so adding a value is one ALTER. */
export class InitialSchema1764300000000 implements MigrationInterface {
  name = 'InitialSchema1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('STATE', 'ORGANISATION')),
        name text NOT NULL CHECK (btrim(name) <> ''),
        iso3 text UNIQUE CHECK (iso3 ~ '^[A-Z]{3}$'),
        organisation_type text CHECK (organisation_type IN ('NON_GOVERNMENTAL', 'INTERNATIONAL', 'UNITED_NATIONS', 'SECRETARIAT')),
        became_party_on date,
        regional_group text,
        ${timestamps},
        CHECK ((kind = 'STATE') = (organisation_type IS NULL)),
        CHECK (kind = 'STATE' OR became_party_on IS NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX participant_name_key ON participant (lower(name))`);

    await db.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        participant_id uuid NOT NULL REFERENCES participant (id),
        name text NOT NULL CHECK (btrim(name) <> ''),
        title text,
        email text,
        phone text,
        ${timestamps}
      )`);
    await db.query(`CREATE INDEX person_participant_idx ON person (participant_id)`);

    await db.query(`
      CREATE TABLE process (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (btrim(title) <> ''),
        description text NOT NULL DEFAULT '',
        convening_body text NOT NULL,
        target_event text NOT NULL,
        target_milestone_id uuid,
        decision_deadline_milestone_id uuid,
        ${timestamps}
      )`);

    await db.query(`
      CREATE TABLE milestone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES process (id),
        kind text NOT NULL CHECK (kind IN (${MILESTONE_KINDS})),
        title text NOT NULL CHECK (btrim(title) <> ''),
        short_title text NOT NULL CHECK (btrim(short_title) <> ''),
        description text NOT NULL DEFAULT '',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone text NOT NULL,
        venue text NOT NULL,
        room text,
        status text NOT NULL CHECK (status IN (${MILESTONE_STATUSES})),
        ${timestamps},
        CHECK (ends_at >= starts_at)
      )`);
    await db.query(`CREATE INDEX milestone_process_start_idx ON milestone (process_id, starts_at)`);
    await db.query(`
      ALTER TABLE process
        ADD FOREIGN KEY (target_milestone_id) REFERENCES milestone (id),
        ADD FOREIGN KEY (decision_deadline_milestone_id) REFERENCES milestone (id)`);
    await db.query(`
      CREATE TABLE milestone_convenor (
        milestone_id uuid NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES participant (id),
        PRIMARY KEY (milestone_id, participant_id)
      )`);
    await db.query(`
      CREATE TABLE milestone_contact (
        milestone_id uuid NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person (id),
        PRIMARY KEY (milestone_id, person_id)
      )`);

    await db.query(`
      CREATE TABLE role_term (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        participant_id uuid NOT NULL REFERENCES participant (id),
        role text NOT NULL CHECK (role IN (${ROLE_KINDS})),
        body text NOT NULL CHECK (btrim(body) <> ''),
        milestone_id uuid REFERENCES milestone (id),
        person_name text,
        starts_on date NOT NULL,
        ends_on date,
        ${timestamps},
        CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX role_term_role_idx ON role_term (role, starts_on)`);
    await db.query(`CREATE INDEX role_term_participant_idx ON role_term (participant_id)`);

    await db.query(`
      CREATE TABLE matter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES process (id),
        title text NOT NULL CHECK (btrim(title) <> ''),
        description text NOT NULL DEFAULT '',
        deciding_milestone_id uuid NOT NULL REFERENCES milestone (id),
        status text NOT NULL CHECK (status IN (${MATTER_STATUSES})),
        outcome text,
        outcome_milestone_id uuid REFERENCES milestone (id),
        ${timestamps}
      )`);
    await db.query(`CREATE INDEX matter_process_idx ON matter (process_id)`);
    await db.query(`
      CREATE TABLE matter_transition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        matter_id uuid NOT NULL REFERENCES matter (id) ON DELETE CASCADE,
        from_status text CHECK (from_status IN (${MATTER_STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${MATTER_STATUSES})),
        at timestamptz NOT NULL,
        at_milestone_id uuid REFERENCES milestone (id),
        deciding_milestone_id uuid NOT NULL REFERENCES milestone (id),
        note text
      )`);
    await db.query(`CREATE INDEX matter_transition_matter_at_idx ON matter_transition (matter_id, at)`);
    await db.query(`
      CREATE TABLE matter_dependency (
        matter_id uuid NOT NULL REFERENCES matter (id) ON DELETE CASCADE,
        depends_on_id uuid NOT NULL REFERENCES matter (id) ON DELETE CASCADE,
        PRIMARY KEY (matter_id, depends_on_id),
        CHECK (matter_id <> depends_on_id)
      )`);

    await db.query(`
      CREATE TABLE matter_option (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        matter_id uuid NOT NULL REFERENCES matter (id) ON DELETE CASCADE,
        text text NOT NULL CHECK (btrim(text) <> ''),
        proposer_id uuid REFERENCES participant (id),
        stage text NOT NULL CHECK (stage IN (${OPTION_STAGES})),
        tabled_at timestamptz NOT NULL,
        ${timestamps}
      )`);
    await db.query(`CREATE INDEX matter_option_matter_idx ON matter_option (matter_id)`);
    await db.query(`
      CREATE TABLE option_stage_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        option_id uuid NOT NULL REFERENCES matter_option (id) ON DELETE CASCADE,
        from_stage text CHECK (from_stage IN (${OPTION_STAGES})),
        to_stage text NOT NULL CHECK (to_stage IN (${OPTION_STAGES})),
        at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX option_stage_change_option_at_idx ON option_stage_change (option_id, at)`);

    await db.query(`
      CREATE TABLE action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES process (id),
        title text NOT NULL CHECK (btrim(title) <> ''),
        description text NOT NULL DEFAULT '',
        owner_participant_id uuid REFERENCES participant (id),
        owner_role text CHECK (owner_role IN (${OWNER_ROLES})),
        due_date date,
        due_milestone_id uuid REFERENCES milestone (id),
        due_offset_days integer,
        status text NOT NULL CHECK (status IN (${ACTION_STATUSES})),
        blocks_decision boolean NOT NULL DEFAULT false,
        serves_matter_id uuid REFERENCES matter (id) ON DELETE CASCADE,
        serves_milestone_id uuid REFERENCES milestone (id),
        completed_at timestamptz,
        ${timestamps},
        CHECK ((owner_participant_id IS NULL) <> (owner_role IS NULL)),
        CHECK ((due_date IS NULL) <> (due_milestone_id IS NULL)),
        CHECK ((due_milestone_id IS NULL) = (due_offset_days IS NULL)),
        CHECK ((serves_matter_id IS NULL) <> (serves_milestone_id IS NULL)),
        CHECK ((status = 'DONE') = (completed_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX action_process_idx ON action (process_id)`);
    await db.query(`CREATE INDEX action_matter_idx ON action (serves_matter_id)`);

    await db.query(`
      CREATE TABLE participant_view (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        participant_id uuid NOT NULL REFERENCES participant (id),
        matter_id uuid NOT NULL REFERENCES matter (id) ON DELETE CASCADE,
        option_id uuid REFERENCES matter_option (id) ON DELETE CASCADE,
        position text NOT NULL CHECK (position IN (${POSITIONS})),
        comment text,
        expressed_at timestamptz NOT NULL,
        milestone_id uuid REFERENCES milestone (id),
        ${timestamps},
        CHECK (position <> 'COMMENT' OR btrim(coalesce(comment, '')) <> '')
      )`);
    await db.query(
      `CREATE INDEX participant_view_matter_idx ON participant_view (matter_id, participant_id, expressed_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'participant_view',
      'action',
      'option_stage_change',
      'matter_option',
      'matter_dependency',
      'matter_transition',
      'matter',
      'role_term',
      'milestone_contact',
      'milestone_convenor',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(
      `ALTER TABLE process DROP COLUMN target_milestone_id, DROP COLUMN decision_deadline_milestone_id`,
    );
    for (const table of ['milestone', 'process', 'person', 'participant'])
      await db.query(`DROP TABLE ${table}`);
  }
}
