/** Why a matter is as ready or as healthy as it is, in the server's words, each with its stable code. */
export function ReasonsList({ reasons }: { reasons: readonly { code: string; message: string }[] }) {
  return (
    <ul className="reasons__list">
      {reasons.map((reason, i) => (
        <li key={`${reason.code}-${i}`}>
          {reason.message} <code className="reasons__code">{reason.code}</code>
        </li>
      ))}
    </ul>
  );
}
