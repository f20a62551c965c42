import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { can, type Capacity } from '@prepcom/domain';
import { milestonePath } from '../app/RouteScreens';
import type { Me } from '../app/session';
import { UpdateMilestoneDocument } from '../generated/milestone/updateMilestone';
import { ConflictPanel } from '../ui/form/ConflictPanel';
import { Dialog } from '../ui/form/Dialog';
import { Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';
import { MilestoneForm, type MilestoneFormMode } from './MilestoneForm';
import type { Milestone } from './MilestoneScreen';

/** Cancelling a meeting, confirmed first: its people are told and invited calendars drop it. */
function CancelMilestone({
  milestone,
  onDone,
  onClose,
}: {
  milestone: Milestone;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [{ fetching }, update] = useMutation(UpdateMilestoneDocument);
  const form = useForm<never>([]);
  const submit = async (expectedVersion = milestone.version) => {
    const saved = await form.run(() =>
      update({ input: { id: milestone.id, expectedVersion, status: 'CANCELLED' } }),
    );
    if (saved) onDone();
  };
  const current = form.conflict?.current ?? {};
  return (
    <Form form={form} onSubmit={() => submit()}>
      {form.conflict && (
        <ConflictPanel
          conflict={form.conflict}
          entityId={milestone.id}
          version={milestone.version}
          fields={[
            {
              name: 'status',
              label: t('milestone.facts.status'),
              mine: t('milestoneStatus.CANCELLED'),
              theirs: current.status ? t(`milestoneStatus.${current.status as Milestone['status']}`) : '',
            },
          ]}
          busy={fetching}
          onReapply={(version) => submit(version)}
          onKeepTheirs={onClose}
        />
      )}
      <p>{t('milestone.cancel.explain', { title: milestone.title })}</p>
      <div className="form__buttons">
        <SubmitButton busy={fetching}>
          {fetching ? t('milestone.form.saving') : t('milestone.cancel.confirm')}
        </SubmitButton>
      </div>
    </Form>
  );
}

/**
 * What those who steer may do with a milestone, today: edit, reschedule or cancel it, and invite to it. Each opens in
 * a dialog; what was done is said in the status line.
 */
export function MilestoneControls({ milestone, me }: { milestone: Milestone; me: Me | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<MilestoneFormMode | 'cancel' | null>(null);
  const [done, setDone] = useState('');
  const capacities = (me?.capacities ?? []) as Capacity[];
  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
  };
  const cancelled = milestone.status === 'CANCELLED';
  return (
    <div className="milestone-controls">
      <div className="milestone-controls__buttons">
        <button type="button" aria-haspopup="dialog" onClick={() => setOpen('edit')}>
          {t('milestone.edit')}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setOpen('reschedule')}>
          {t('milestone.reschedule')}
        </button>
        {!cancelled && (
          <button type="button" aria-haspopup="dialog" onClick={() => setOpen('cancel')}>
            {t('milestone.cancel.button')}
          </button>
        )}
        {can(capacities, 'invitation.send') && milestone.kind !== 'DEADLINE' && !cancelled && (
          <Link className="button" to={{ pathname: '/invitations', search: `?milestone=${milestone.id}` }}>
            {t('milestone.invite')}
          </Link>
        )}
      </div>
      <p className="form__success" role="status">
        {done}
      </p>
      {open === 'cancel' && (
        <Dialog title={t('milestone.cancel.title')} onClose={() => setOpen(null)}>
          <CancelMilestone
            milestone={milestone}
            onDone={() => finish(t('milestone.cancel.done'))}
            onClose={() => setOpen(null)}
          />
        </Dialog>
      )}
      {(open === 'edit' || open === 'reschedule') && (
        <Dialog
          title={t(open === 'edit' ? 'milestone.form.editTitle' : 'milestone.form.rescheduleTitle', {
            title: milestone.title,
          })}
          onClose={() => setOpen(null)}
        >
          <MilestoneForm
            mode={open}
            milestone={milestone}
            processId={milestone.process.id}
            onCancel={() => setOpen(null)}
            onDone={() => finish(t('milestone.saved'))}
          />
        </Dialog>
      )}
    </div>
  );
}

/** "Add a milestone" on the timeline: the new milestone's page opens once it is made. */
export function AddMilestoneButton({ processId }: { processId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('milestone.add')}
      </button>
      {open && (
        <Dialog title={t('milestone.form.createTitle')} onClose={() => setOpen(false)}>
          <MilestoneForm
            mode="create"
            processId={processId}
            onCancel={() => setOpen(false)}
            onDone={(saved) => void navigate(milestonePath(saved.id))}
          />
        </Dialog>
      )}
    </>
  );
}
