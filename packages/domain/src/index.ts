// The package's public surface: the vocabulary, the workflows and their guards, readiness and health, and dates.
export * from './model';
export * from './guard-failure';
export * from './dates';
export * from './matter-workflow';
export * from './option-workflow';
export * from './action-workflow';
export * from './readiness';
export * from './dependencies';
export * from './validation';
export * from './role-terms';
export * from './access';
export * from './reminders';
export * from './notification-preferences';
export * from './invitations';
export * from './process-course';
export { describeStart, quote } from './wording';
