/** The server's messages about one field, placed next to it and announced when they appear. */
export function FieldProblems({ id, messages }: { id: string; messages: readonly string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <div id={id} className="field-problems" role="alert">
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * What ties a control to the server's messages about it (a FieldProblems with the id `${formId}-${name}-problems`)
 * or, while there are none, to its hint: assistive technology then reads the right one.
 */
export function fieldAttributes(
  formId: string,
  name: string,
  messages: readonly string[] | undefined,
  hintId?: string,
): { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined } {
  return {
    'aria-invalid': messages ? true : undefined,
    'aria-describedby': messages ? `${formId}-${name}-problems` : hintId,
  };
}
