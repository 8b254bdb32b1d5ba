export * from './problem.ts';
export * from './auth/role.ts';
export * from './auth/access.ts';
export * from './auth/auth-api.ts';
