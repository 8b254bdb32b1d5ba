export * from './org-api.ts';
export * from './center-rules.ts';
export * from './org-messages.ts';
export * from './org-problems.ts';
export * from './officer-problems.ts';
export * from './officer-placement.ts';
export * from './password-policy.ts';
export * from './setup-steps.ts';
