import { z } from 'zod';
import { requiredText } from '../validation.ts';

/** Input kinds the portal renders for a procedure's online form. */
export const FormFieldType = z.enum(['text', 'textarea', 'number', 'date', 'select', 'cccd', 'phone', 'email', 'file']);
export type FormFieldType = z.infer<typeof FormFieldType>;

export const FormFieldOption = z.object({ value: z.string().trim().min(1).max(100), label: requiredText(200) });
export type FormFieldOption = z.infer<typeof FormFieldOption>;

/**
 * Built-in checks of typed inputs, as HTML `pattern`s: the CCCD / personal identification number has
 * 12 digits (Luật Căn cước 2023 art. 12); a Vietnamese phone number has 10 digits from 0.
 */
export const FORM_FIELD_PATTERNS = { cccd: '^[0-9]{12}$', phone: '^0[0-9]{9}$' } as const;

/**
 * One input of a procedure's online form: what the portal renders and checks. A `select` carries its
 * options; `pattern` is an extra check of the value (JavaScript regular expression, as in HTML).
 */
export const FormField = z.object({
  name: z.string().regex(/^[a-z][A-Za-z0-9_]{0,63}$/, 'catalog.invalid_name'),
  label: requiredText(300),
  type: FormFieldType,
  required: z.boolean(),
  options: z.array(FormFieldOption).max(200).optional(),
  pattern: z.string().max(300).optional(),
  maxLength: z.number().int().positive().max(100_000).optional(),
  /**
   * A conditional field (DESIGN §6 "conditional"): shown, and required when `required`, only while the field `field`
   * has the value `equals`, e.g. the authorisation only when someone else submits for the applicant.
   */
  visibleWhen: z.object({ field: z.string().max(64), equals: z.string().max(100) }).optional(),
});
export type FormField = z.infer<typeof FormField>;
