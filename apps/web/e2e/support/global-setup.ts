// One product for every browser test file: started once, prepared once, stopped at the end.
import type { TestProject } from 'vitest/node';
import { prepareScenario, type Scenario } from './api';
import { startStack } from './stack';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    scenario: Scenario;
    /** The sample accounts' passwords, made afresh at each start, by email: for tests that prepare their own. */
    passwords: Record<string, string>;
  }
}

export default async function setup(project: TestProject) {
  const stack = await startStack();
  try {
    project.provide('baseUrl', stack.url);
    project.provide('passwords', stack.passwords);
    project.provide('scenario', await prepareScenario(stack.url, stack.passwords));
  } catch (error) {
    await stack.stop();
    throw error;
  }
  return () => stack.stop();
}
