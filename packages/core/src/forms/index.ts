export * from './form-set.ts';
