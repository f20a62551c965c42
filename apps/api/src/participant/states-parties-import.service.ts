import { Injectable } from '@nestjs/common';
import { ParticipantKind, refusal, shorten, type GuardFailure } from '@prepcom/domain';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../identity/actor';
import { invalidInput } from '../common/errors/app-error';
import { CsvSyntaxError } from '../common/csv';
import { conflictOnDuplicate } from '../common/database/transaction';
import type { Tx } from '../common/database/tx';
import { UnitOfWork } from '../common/database/unit-of-work';
import {
  ImportOutcome,
  type ImportFieldChange,
  type StatesPartiesImport,
  type StatesPartiesImportRow,
} from './dto/states-parties-import.types';
import { ParticipantEntity } from './participant.entity';
import { ParticipantRepository } from './participant.repository';
import { kindRules } from './participant.service';
import { readStatesPartiesCsv, type StateRecord } from './states-parties-csv';

/** The participant fields a row of the file sets. */
const IMPORTED_FIELDS = ['name', 'becamePartyOn', 'depositedOn', 'regionalGroup'] as const;

/** Carries a dry run's result out of its transaction, which it rolls back. */
class DryRunRollback extends Error {
  constructor(readonly result: StatesPartiesImport) {
    super('dry run');
  }
}

const refusalsOf = (failures: readonly (GuardFailure | null)[]) =>
  failures.flatMap((failure) =>
    failure ? [{ code: failure.guard, field: failure.field, message: failure.message }] : [],
  );

/**
 * Imports States Parties and signatories from a CSV (docs/decisions/0030). A dry run and a real import run the same
 * code in one transaction, writes included; the dry run then rolls it back, so a preview says exactly what
 * confirming does, database checks included. Rows that cannot be read or would break a rule are refused and
 * skipped; every other row is written with its audit events, and any failure while writing undoes the whole file.
 */
@Injectable()
export class StatesPartiesImportService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly participants: ParticipantRepository,
    private readonly audit: AuditService,
  ) {}

  async import(csv: string, dryRun: boolean, now: Date, actor: Actor): Promise<StatesPartiesImport> {
    let rows;
    try {
      rows = readStatesPartiesCsv(csv);
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw invalidInput([error.failure]);
      throw error;
    }
    try {
      return await this.unitOfWork.run(async (tx) => {
        const existing = await this.participants.all(tx);
        const byIso3 = new Map(existing.filter((p) => p.iso3).map((p) => [p.iso3!, p]));
        const nameOwner = new Map(existing.map((p) => [p.name.toLowerCase(), p.id as string | null]));
        const outcomes: StatesPartiesImportRow[] = [];
        for (const read of rows) {
          const base = { row: read.row, name: read.name, iso3: read.iso3, changes: [], participant: null };
          if (!read.state) {
            outcomes.push({ ...base, outcome: ImportOutcome.REFUSED, refusals: refusalsOf(read.refusals) });
            continue;
          }
          outcomes.push(
            await this.importRow(
              tx,
              actor,
              now,
              dryRun,
              read.state,
              byIso3.get(read.state.iso3),
              nameOwner,
              base,
            ),
          );
        }
        const count = (outcome: ImportOutcome) => outcomes.filter((row) => row.outcome === outcome).length;
        const result: StatesPartiesImport = {
          dryRun,
          added: count(ImportOutcome.ADDED),
          changed: count(ImportOutcome.CHANGED),
          unchanged: count(ImportOutcome.UNCHANGED),
          refused: count(ImportOutcome.REFUSED),
          rows: outcomes,
        };
        if (dryRun) throw new DryRunRollback(result);
        return result;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.result;
      throw error;
    }
  }

  private async importRow(
    tx: Tx,
    actor: Actor,
    now: Date,
    dryRun: boolean,
    state: StateRecord,
    match: ParticipantEntity | undefined,
    nameOwner: Map<string, string | null>,
    base: Pick<StatesPartiesImportRow, 'row' | 'name' | 'iso3' | 'changes' | 'participant'>,
  ): Promise<StatesPartiesImportRow> {
    const after =
      match !== undefined
        ? Object.assign(new ParticipantEntity(), match, state)
        : Object.assign(new ParticipantEntity(), {
            kind: ParticipantKind.STATE,
            organisationType: null,
            ...state,
          });
    const owner = nameOwner.get(state.name.toLowerCase());
    const refusals = refusalsOf([
      ...kindRules(after),
      owner !== undefined && owner !== (match?.id ?? null)
        ? refusal('CSV_NAME_TAKEN', 'state', 'CSV_NAME_TAKEN', { name: shorten(state.name) })
        : null,
      match?.becamePartyOn && !state.becamePartyOn
        ? refusal('CSV_PARTY_TO_SIGNATORY', 'status_2004', 'CSV_PARTY_TO_SIGNATORY', {
            name: match.name,
            since: match.becamePartyOn,
          })
        : null,
    ]);
    if (refusals.length > 0) return { ...base, outcome: ImportOutcome.REFUSED, refusals };

    const changes: ImportFieldChange[] = match
      ? IMPORTED_FIELDS.filter((field) => (match[field] ?? null) !== (after[field] ?? null)).map((field) => ({
          field,
          from: match[field] ?? null,
          to: after[field] ?? null,
        }))
      : [];
    if (match && changes.length === 0) {
      return { ...base, outcome: ImportOutcome.UNCHANGED, refusals: [], participant: match };
    }
    if (match) nameOwner.delete(match.name.toLowerCase());
    const saved = await this.audit
      .save(tx, actor, now, {
        entity: ParticipantEntity,
        before: match ?? null,
        after,
        processId: null,
        matterId: null,
      })
      .catch(
        conflictOnDuplicate(`A participant named "${state.name}" or coded ${state.iso3} already exists.`),
      );
    nameOwner.set(state.name.toLowerCase(), saved.id);
    return {
      ...base,
      outcome: match ? ImportOutcome.CHANGED : ImportOutcome.ADDED,
      changes,
      refusals: [],
      // A dry run's new rows vanish with its transaction; a changed one is shown as it stands.
      participant: dryRun ? (match ?? null) : saved,
    };
  }
}
