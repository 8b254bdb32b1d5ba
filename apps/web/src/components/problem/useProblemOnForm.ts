import { useState } from 'react';
import type { FormInstance } from 'antd';
import type { FieldError } from '@motcua/core';
import { putProblemOnForm, type PlaceOptions } from './form-problem.ts';

/**
 * A form's share of a refused save: `put` marks the items the server's field errors are about and keeps
 * the others (`general`) for `ProblemAlert` to list; `clear` before sending again.
 */
export function useProblemOnForm(form: FormInstance, options?: PlaceOptions) {
  const [general, setGeneral] = useState<readonly FieldError[]>([]);
  return {
    general,
    put: (error: unknown) => setGeneral(putProblemOnForm(form, error, options)),
    clear: () => setGeneral([]),
  };
}
