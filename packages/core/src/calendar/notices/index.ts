import type { YearlyNotice } from '../yearly-notice.ts';
import { NOTICE_2023 } from './2023.ts';
import { NOTICE_2024 } from './2024.ts';
import { NOTICE_2025 } from './2025.ts';
import { NOTICE_2026 } from './2026.ts';

/** The official notices shipped as data, upserted at every start (an edited year is kept); the admin enters the others. */
export const SEED_YEARLY_NOTICES: readonly YearlyNotice[] = [NOTICE_2023, NOTICE_2024, NOTICE_2025, NOTICE_2026];
