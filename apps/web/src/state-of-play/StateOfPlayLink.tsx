import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AS_OF_PARAM, useAsOf } from '../app/as-of';
import { PROCESS_PARAM, useProcessId } from '../app/process';

export const STATE_OF_PLAY_PATH = '/state-of-play';
export const MILESTONE_PARAM = 'milestone';

/**
 * The report's address: the process, the milestone (none for the whole process) and the as-of day, so that the link
 * sent to a colleague opens the same report for them, filtered by their own clearance.
 */
export function stateOfPlaySearch(
  processId: string | undefined,
  milestoneId: string | null,
  day: string | null,
) {
  const search = new URLSearchParams();
  if (processId) search.set(PROCESS_PARAM, processId);
  if (milestoneId) search.set(MILESTONE_PARAM, milestoneId);
  if (day) search.set(AS_OF_PARAM, day);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A link to the state of play of a milestone (or of the whole process), as of the day the screen shows. */
export function StateOfPlayLink({ milestone }: { milestone: { id: string; title: string } | null }) {
  const { t } = useTranslation();
  const asOf = useAsOf();
  const processId = useProcessId();
  return (
    <Link
      className="state-of-play-link"
      to={{
        pathname: STATE_OF_PLAY_PATH,
        search: stateOfPlaySearch(processId, milestone?.id ?? null, asOf.isLive ? null : asOf.day),
      }}
    >
      {milestone
        ? t('stateOfPlayLink.forMilestone', { milestone: milestone.title })
        : t('stateOfPlayLink.report')}
    </Link>
  );
}
