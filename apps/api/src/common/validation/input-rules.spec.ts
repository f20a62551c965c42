import fs from 'node:fs';
import path from 'node:path';
import { ValidationTypes } from 'class-validator';
import { GraphQLError } from 'graphql';
import { TEXT_LIMITS, type GuardFailure } from '@prepcom/domain';
import { LANGUAGES, render } from '@prepcom/texts';
import { LOOKUPS } from '@prepcom/texts/catalogues';
import { CreateActionInput } from '../../action/dto/action.inputs';
import { SignInInput } from '../../auth/dto/auth.inputs';
import { CreateMilestoneInput } from '../../milestone/dto/milestone.inputs';
import { CreateParticipantInput } from '../../participant/dto/participant.inputs';
import { phraseOfRule, rulesOf, type InputClass } from './input-rules';
import { inputValidationPipe } from './validation.pipe';

/** Every class the API's source declares as a GraphQL input or arguments type, found by reading the source. */
async function inputClasses(): Promise<InputClass[]> {
  const source = path.resolve(__dirname, '../..');
  const files = (fs.readdirSync(source, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => path.join(source, file))
    .filter((file) => /@(InputType|ArgsType)\(/.test(fs.readFileSync(file, 'utf8')));
  const modules = await Promise.all(files.map((file) => import(file) as Promise<Record<string, unknown>>));
  return modules.flatMap((exported) =>
    Object.values(exported).filter(
      (value): value is InputClass => typeof value === 'function' && rulesOf(value as InputClass).length > 0,
    ),
  );
}

describe('the input rules', () => {
  // Not @IsOptional nor @ValidateIf, which say when the others apply and refuse nothing themselves.
  let rules: { rule: ReturnType<typeof rulesOf>[number]; where: string }[];

  beforeAll(async () => {
    rules = (await inputClasses()).flatMap((inputClass) =>
      rulesOf(inputClass)
        .filter((rule) => rule.type !== ValidationTypes.CONDITIONAL_VALIDATION)
        .map((rule) => ({ rule, where: `${inputClass.name}.${rule.propertyName}` })),
    );
  });

  it('finds the rules the input classes declare', () => {
    expect(new Set(rules.map(({ rule }) => rule.name))).toEqual(
      new Set(['maxLength', 'arrayMaxSize', 'min', 'max', 'isInt', 'isUuid', 'isEmail', 'matches']),
    );
  });

  it('says every rule that can refuse an input in each language, from the catalogue', () => {
    const unsaid = rules.flatMap(({ rule, where }) => {
      const phrase = phraseOfRule(rule);
      if (!phrase) return [`${where}: @${rule.name} has no phrase`];
      return LANGUAGES.filter((language) => render(phrase, language, LOOKUPS[language]) === null).map(
        (language) => `${where}: @${rule.name} (${phrase.code}) is not said in ${language}`,
      );
    });
    expect(unsaid).toEqual([]);
  });
});

describe('the validation pipe', () => {
  const pipe = inputValidationPipe();

  async function refusal(metatype: InputClass, value: object): Promise<GuardFailure[]> {
    try {
      await pipe.transform(value, { type: 'body', metatype: metatype as never });
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      const { code, guards } = (error as GraphQLError).extensions;
      expect(code).toBe('BAD_USER_INPUT');
      return guards as GuardFailure[];
    }
    throw new Error('The input was accepted');
  }

  const shape = ({ field, code, params }: GuardFailure) => ({ field, code, params });

  it('gives each failed rule its field, its code and its numbers, and keeps the English message naming the field', async () => {
    const guards = await refusal(CreateParticipantInput, {
      kind: 'STATE',
      name: 'x'.repeat(TEXT_LIMITS.title + 1),
      iso3: 'nor',
    });
    expect(guards.map(shape)).toEqual([
      { field: 'name', code: 'INPUT_TOO_LONG', params: { max: TEXT_LIMITS.title } },
      { field: 'iso3', code: 'INPUT_NOT_ISO3', params: {} },
    ]);
    expect(guards.map((guard) => guard.message)).toEqual([
      `name is at most ${TEXT_LIMITS.title.toLocaleString('en')} characters long.`,
      'iso3 must be three capital letters (ISO 3166-1 alpha-3), e.g. NOR.',
    ]);
  });

  it('says the bounds of numbers and lists, and the kind of value expected', async () => {
    const milestone = await refusal(CreateMilestoneInput, {
      processId: 'not-an-id',
      kind: 'MEETING',
      title: 'Meeting',
      shortTitle: 'M',
      timeZone: 'Europe/Zurich',
      venue: 'Geneva',
      convenorIds: Array.from({ length: 51 }, () => '00000000-0000-4000-8000-000000000000'),
    });
    expect(milestone.map(shape)).toEqual([
      { field: 'processId', code: 'INPUT_NOT_AN_ID', params: {} },
      { field: 'convenorIds', code: 'INPUT_TOO_MANY', params: { max: 50 } },
    ]);
    const action = await refusal(CreateActionInput, { title: 'Draft', dueOffsetDays: 10_000 });
    expect(action.map(shape)).toEqual([
      { field: 'dueOffsetDays', code: 'INPUT_ABOVE_MAX', params: { max: 3660 } },
    ]);
    const signIn = await refusal(SignInInput, { email: 'someone', password: 'secret' });
    expect(signIn.map(shape)).toEqual([{ field: 'email', code: 'INPUT_NOT_AN_EMAIL', params: {} }]);
  });

  it('renders what it sends in the reader’s language', async () => {
    const [tooLong] = await refusal(CreateParticipantInput, { kind: 'STATE', name: 'x'.repeat(301) });
    expect(render(tooLong!, 'fr', LOOKUPS.fr)).toBe('Texte trop long : 300 caractères au plus.');
    expect(render(tooLong!, 'es', LOOKUPS.es)).toBe('Texto demasiado largo: 300 caracteres como máximo.');
  });
});
