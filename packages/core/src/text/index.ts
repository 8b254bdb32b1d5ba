export * from './fold.ts';
export * from './safe-text.ts';
export * from './text-messages.ts';
