import { canSee } from '@prepcom/domain';
import { AppError, notFound } from '../common/errors/app-error';
import type { Loaders } from '../loaders/loaders.factory';
import { Matter } from './matter.model';

/** A matter as of an instant, through the request's snapshot of its process. */
export async function readMatter(loaders: Loaders, id: string, asOf: Date, field = 'id'): Promise<Matter> {
  const entity = await loaders.matter.load(id);
  if (!entity) throw notFound('matter', id, field);
  const snapshot = await loaders.snapshot.load({ processId: entity.processId, asOf });
  // A matter the reader may not see answers exactly as one that does not exist: no leak by guessing ids.
  if (!canSee(entity.confidentiality, snapshot.clearance)) throw notFound('matter', id, field);
  const state = snapshot.matter(id);
  if (!state) {
    throw new AppError(
      'NOT_FOUND',
      `The matter "${entity.title}" had not been identified yet at ${asOf.toISOString()}.`,
      {
        field: 'asOf',
      },
    );
  }
  return Matter.of(state, snapshot);
}

/** After a write: forget what this request had read, then read the matter as it now stands. */
export function readMatterAfterWrite(loaders: Loaders, id: string, now: Date): Promise<Matter> {
  loaders.snapshot.clearAll();
  loaders.matter.clear(id);
  return readMatter(loaders, id, now);
}
