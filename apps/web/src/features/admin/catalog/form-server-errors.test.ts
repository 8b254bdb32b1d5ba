import { describe, expect, it } from 'vitest';
import { namePathOf } from '../../../components/problem/form-problem.ts';
import { procedureItem } from './form-server-errors.ts';

const at = (path: string) => procedureItem(namePathOf(path), 'Sai');

describe('procedureItem', () => {
  it.each([
    ['code', ['code']],
    ['/body/effectiveFrom', ['effectiveFrom']],
    ['content.name', ['content', 'name']],
    ['content.partnerCodes.1', ['content', 'partnerCodes']],
    ['content.timeLimit', ['content', 'timeLimit', 'value']],
    ['content.timeLimit.unit', ['content', 'timeLimit', 'unit']],
    ['content.legalBasis', ['content', 'legalBasis']],
    ['content.legalBasis.2', ['content', 'legalBasis', 2]],
    ['content.steps.0.budgetMinutes', ['content', 'steps', 0, 'budgetMinutes']],
    ['content.checklist.3.condition', ['content', 'checklist', 3, 'condition']],
    ['content.fees.1.rows.0.amount', ['content', 'fees', 1, 'rows', 0, 'amount']],
    ['content.fees.1.rows.0', ['content', 'fees', 1, 'rows']],
    // An error on a list or on a whole item of it goes on the list.
    ['content.steps', ['content', 'steps']],
    ['content.steps.2', ['content', 'steps']],
    ['content.checklist.0.unknown', ['content', 'checklist']],
  ])('%s goes on %j', (path, name) => {
    expect(at(path)).toEqual({ name, message: 'Sai' });
  });

  it.each(['baseVersion', 'content', 'content.unknownField', 'code.extra'])('%s goes above the form', (path) => {
    expect(at(path)).toBeNull();
  });

  it("names the online form's input in the JSON box", () => {
    expect(at('content.formFields.3.options')).toEqual({ name: ['formFieldsJson'], message: '[3].options: Sai' });
    expect(at('content.formFields')).toEqual({ name: ['formFieldsJson'], message: 'Sai' });
  });
});
