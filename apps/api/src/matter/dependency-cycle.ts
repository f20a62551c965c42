import type { Confidentiality } from '@prepcom/domain';

/**
 * A circle of dependencies as a writer may read it: the titles of the matters they may see, in order, and each
 * run of those they may not see as one "…", whatever its length, so nothing hidden is named or counted.
 */
export function cyclePath(
  cycle: readonly string[],
  matters: readonly { id: string; title: string; confidentiality: Confidentiality }[],
  sees: (tier: Confidentiality) => boolean,
): string {
  return cycle
    .map((id) => matters.find((matter) => matter.id === id))
    .map((matter) => (matter && sees(matter.confidentiality) ? `"${matter.title}"` : '…'))
    .filter((name, index, all) => name !== '…' || all[index - 1] !== '…')
    .join(' → ');
}
