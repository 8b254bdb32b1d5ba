import { z } from 'zod';
import { requiredText } from '../validation.ts';
import { DocumentForm } from './enums.ts';

/**
 * One item of a procedure's document checklist (thành phần hồ sơ, DESIGN §6): what to bring, in which
 * form, how many, and whether always or only under a condition. The completeness check at reception
 * and the receipt's list of documents are built from it. Counts and conditions are checked by
 * `validateProcedureContent` (one place for the rules).
 */
export const ChecklistItem = z.object({
  name: requiredText(500),
  form: DocumentForm,
  count: z.number().int(),
  required: z.boolean(),
  /** When a conditional item is needed, e.g. "Người chưa đủ 14 tuổi". */
  condition: z.string().trim().max(500).optional(),
  /** Guidance shown with the item, e.g. "Xuất trình để đối chiếu" for an original that is only shown. */
  note: z.string().trim().max(500).optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;
