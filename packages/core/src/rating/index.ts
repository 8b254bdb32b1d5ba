export * from './rating.ts';
export * from './rating-messages.ts';
export * from './rating-problems.ts';
export * from './rating-count.ts';
