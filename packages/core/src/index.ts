export * from './problem.ts';
export * from './validation.ts';
export * from './paging.ts';
export * from './auth/role.ts';
export * from './auth/access.ts';
export * from './auth/auth-api.ts';
export * from './auth/login-throttle.ts';
export * from './calendar/index.ts';
