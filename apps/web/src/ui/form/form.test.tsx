import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { chooseLanguage } from '../../i18n/i18n';
import { loadPhrases } from '../../i18n/phrases';
import { Dialog } from './Dialog';
import { Field, Form, SubmitButton } from './Form';
import { useForm } from './useForm';

const FIELDS = ['title', 'note'] as const;

type Answer = { data?: { saved: boolean }; error?: CombinedError };

const refusal = (extensions: Record<string, unknown>, message = 'Refused.') =>
  new CombinedError({ graphQLErrors: [{ message, extensions }] });

/** A two-field form whose request answers what each test gives. */
function TitleForm({ send }: { send: (title: string) => Promise<Answer> }) {
  const form = useForm(FIELDS);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  return (
    <Form
      form={form}
      label="Edit"
      onSubmit={() =>
        form.run(
          () => send(title),
          () => 'Saved.',
        )
      }
    >
      <Field form={form} name="title" label="Title" hint="A few words">
        {(control) => <input {...control} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field form={form} name="note" label="Note">
        {(control) => <textarea {...control} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <SubmitButton busy={false}>Save</SubmitButton>
      <div data-testid="conflict">{form.conflict ? JSON.stringify(form.conflict.current) : ''}</div>
    </Form>
  );
}

describe('the form pattern', () => {
  it("puts the server's message next to the field it names, keeps what was typed and focuses the field", async () => {
    const send = vi.fn(async (): Promise<Answer> => ({
      error: refusal({ code: 'BAD_USER_INPUT', field: 'title' }, 'title must not be empty.'),
    }));
    render(<TitleForm send={send} />);
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'kept' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const title = screen.getByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('title must not be empty.');
    expect(screen.getByLabelText('Note')).toHaveValue('kept');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('describes a field by its hint while the server has said nothing about it, and announces a success', async () => {
    render(<TitleForm send={async () => ({ data: { saved: true } })} />);
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveAccessibleDescription('A few words');
    fireEvent.change(title, { target: { value: 'Dates' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved.'));
    expect(title).toHaveValue('Dates');
    expect(title).not.toHaveAttribute('aria-invalid');
  });

  it('lists every failed guard, each beside its field, and those about no field at the top', async () => {
    const guards = [
      { guard: 'A', field: 'title', message: 'First.' },
      { guard: 'B', field: 'options', message: 'Second.' },
    ];
    render(<TitleForm send={async () => ({ error: refusal({ code: 'TRANSITION_REFUSED', guards }) })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toEqual(['Second.', 'First.']);
  });

  it('says the input rules the server found broken in the reader’s language, each beside its field', async () => {
    // As the API's validation pipe sends them: a code and its numbers, with class-validator's English for others.
    const guards = [
      {
        guard: 'INVALID_INPUT',
        field: 'title',
        code: 'INPUT_TOO_LONG',
        params: { max: 300 },
        message: 'title is at most 300 characters long.',
      },
      {
        guard: 'INVALID_INPUT',
        field: 'note',
        code: 'INPUT_NOT_AN_ID',
        params: {},
        message: 'note must be a matter id.',
      },
    ];
    await loadPhrases();
    await chooseLanguage('fr');
    render(
      <TitleForm
        send={async () => ({ error: refusal({ code: 'BAD_USER_INPUT', field: 'title', guards }) })}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const title = screen.getByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAccessibleDescription('Texte trop long : 300 caractères au plus.');
    expect(screen.getByLabelText('Note')).toHaveAccessibleDescription(
      'Cette valeur ne désigne aucun enregistrement : choisissez-en un dans la liste.',
    );
  });

  it('keeps a version conflict apart, with the values the server sent, rather than as a field message', async () => {
    const current = { title: 'Theirs', version: 4 };
    render(
      <TitleForm
        send={async () => ({ error: refusal({ code: 'CONFLICT', field: 'expectedVersion', current }) })}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('conflict')).toHaveTextContent(JSON.stringify(current)));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the dialog', () => {
  function Opener() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>
          Open
        </button>
        {open && (
          <Dialog title="Edit the matter" onClose={() => setOpen(false)}>
            <label htmlFor="f">Title</label>
            <input id="f" />
            <button type="button">Save</button>
          </Dialog>
        )}
      </>
    );
  }

  it('takes the focus to its first field, keeps Tab inside, and gives the focus back on Escape', () => {
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Edit the matter' });
    expect(screen.getByLabelText('Title')).toHaveFocus();

    const save = screen.getByRole('button', { name: 'Save' });
    save.focus();
    fireEvent.keyDown(save, { key: 'Tab' });
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });
});
