import type { orgVi } from './org-vi.ts';

export const orgEn: typeof orgVi = {};
