// One product for every browser test file: started once, prepared once, stopped at the end.
import type { TestProject } from 'vitest/node';
import { prepareScenario, type Scenario } from './api';
import { startStack } from './stack';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    scenario: Scenario;
    /** The folder of the emails the product sent (support/mail.ts reads them). */
    mailDir: string;
    /** The sample accounts' passwords, made afresh by each start, by email. */
    passwords: Record<string, string>;
  }
}

export default async function setup(project: TestProject) {
  const stack = await startStack();
  try {
    project.provide('baseUrl', stack.url);
    project.provide('mailDir', stack.mailDir);
    project.provide('passwords', stack.passwords);
    project.provide('scenario', await prepareScenario(stack.url, stack.passwords));
  } catch (error) {
    await stack.stop();
    throw error;
  }
  return () => stack.stop();
}
