import type { YearlyNotice } from '../yearly-notice.ts';
import { NOTICE_2025 } from './2025.ts';

/** The notices shipped as seed data; the admin enters the others. */
export const SEED_YEARLY_NOTICES: readonly YearlyNotice[] = [NOTICE_2025];
