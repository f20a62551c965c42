import { requireText, TEXT_LIMITS, type FieldLabel, type GuardFailure } from '@prepcom/domain';

/** For text that may be left empty but, when given, must respect the length limit. */
export function optionalText(
  field: string,
  value: string | null | undefined,
  label: FieldLabel,
  maxLength: number = TEXT_LIMITS.description,
): GuardFailure | null {
  return value == null || value.trim() === '' ? null : requireText(field, value, label, maxLength);
}

/** Trimmed text, or null for empty input. */
export function textOrNull(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}
