import { phrase, type Phrase } from '@prepcom/domain';
import { isTextCode } from '@prepcom/texts';
import { getMetadataStorage, ValidationTypes, type ValidationError } from 'class-validator';

// What a class-validator rule on an input class says when it fails: a phrase of the shared catalogue with the
// rule's own numbers (a length, a bound), so the dashboard says it in the reader's language next to the field.

type ValidationMetadata = ReturnType<
  ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']
>[number];

/** The phrase of each rule the input classes use, by class-validator's name for it, from the rule's constraints. */
const RULES: Record<string, (constraints: unknown[], each: boolean) => Phrase> = {
  maxLength: ([max], each) => phrase(each ? 'INPUT_ITEM_TOO_LONG' : 'INPUT_TOO_LONG', { max: Number(max) }),
  arrayMaxSize: ([max]) => phrase('INPUT_TOO_MANY', { max: Number(max) }),
  min: ([min]) => phrase('INPUT_BELOW_MIN', { min: Number(min) }),
  max: ([max]) => phrase('INPUT_ABOVE_MAX', { max: Number(max) }),
  isInt: () => phrase('INPUT_NOT_WHOLE_NUMBER', {}),
  isUuid: () => phrase('INPUT_NOT_AN_ID', {}),
  isEmail: () => phrase('INPUT_NOT_AN_EMAIL', {}),
};

function isPhrase(value: unknown): value is Phrase {
  return typeof value === 'object' && value !== null && isTextCode((value as { code?: unknown }).code);
}

/**
 * The phrase a rule says when it fails: the one its decorator gives as `context` (a rule whose meaning its name does
 * not carry, such as `@Matches`), else the one for its kind; null for a rule that refuses nothing (`@IsOptional`,
 * `@ValidateIf`) or that no phrase covers yet, which `input-rules.spec.ts` fails on.
 */
export function phraseOfRule(rule: ValidationMetadata): Phrase | null {
  if (isPhrase(rule.context)) return rule.context;
  if (rule.type === ValidationTypes.CONDITIONAL_VALIDATION || rule.name === undefined) return null;
  return RULES[rule.name]?.(rule.constraints ?? [], rule.each) ?? null;
}

/** A class whose instances class-validator checks. */
export type InputClass = abstract new (...args: never[]) => object;

/** Every rule declared on an input class (its parents' included). */
export function rulesOf(inputClass: InputClass): ValidationMetadata[] {
  return getMetadataStorage().getTargetValidationMetadatas(inputClass, '', true, false);
}

/**
 * The phrase for one failed rule of a validation error (`constraint`: class-validator's name for the rule), or null
 * for a check of class-validator's own (an unknown value, a nested object) that no input class declares.
 */
export function phraseOfFailure(error: ValidationError, constraint: string): Phrase | null {
  const target = error.target as object | undefined;
  if (!target) return null;
  const rule = rulesOf(target.constructor as InputClass).find(
    (candidate) => candidate.propertyName === error.property && candidate.name === constraint,
  );
  return rule ? phraseOfRule(rule) : null;
}
