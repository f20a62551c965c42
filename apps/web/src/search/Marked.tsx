interface Mark {
  start: number;
  end: number;
}

/** A text with the words the search found in <mark>. */
export function Marked({ text, marks }: { text: string; marks: readonly Mark[] }) {
  const parts = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at || mark.end > text.length) continue;
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    parts.push(<mark key={mark.start}>{text.slice(mark.start, mark.end)}</mark>);
    at = mark.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
