import type { Locate, NamePath } from '../../../components/problem/form-problem.ts';

/** The items inside each list of the editor, as the form names them. */
const LIST_ITEMS: Record<string, readonly string[]> = {
  steps: ['name', 'role', 'budgetMinutes'],
  checklist: ['name', 'form', 'count', 'required', 'condition', 'note'],
  fees: ['kind', 'name', 'basis', 'amount', 'onlineDiscountPercent', 'rows'],
};
/** Content fields edited by one item, whatever is below them (a list of tags, a group of checkboxes). */
const WHOLE_ITEMS = [
  'name',
  'agencySlug',
  'fieldCode',
  'level',
  'cutoffTime',
  'suspensionMode',
  'onlineLevel',
  'resultDelivery',
  'partnerCodes',
];

/** The form item that shows an error at these segments, or null when none does (the error is then shown above the form). */
function itemOf(segments: NamePath): NamePath | null {
  const [root, key, index, leaf, rowIndex, rowLeaf] = segments;
  if ((root === 'code' || root === 'effectiveFrom') && segments.length === 1) return [root];
  if (root !== 'content' || typeof key !== 'string') return null;
  if (WHOLE_ITEMS.includes(key)) return ['content', key];
  if (key === 'timeLimit') return ['content', 'timeLimit', leaf === undefined && index === 'unit' ? 'unit' : 'value'];
  if (key === 'formFields') return ['formFieldsJson'];
  if (key === 'legalBasis') return typeof index === 'number' ? ['content', key, index] : ['content', key];
  const leaves = LIST_ITEMS[key];
  if (!leaves) return null;
  // An error on a list as a whole ("at least one step") or on an item as a whole goes on the list.
  if (typeof index !== 'number' || typeof leaf !== 'string' || !leaves.includes(leaf)) return ['content', key];
  if (
    key === 'fees' &&
    leaf === 'rows' &&
    typeof rowIndex === 'number' &&
    (rowLeaf === 'label' || rowLeaf === 'amount')
  )
    return ['content', key, index, 'rows', rowIndex, rowLeaf];
  return ['content', key, index, leaf];
}

/**
 * Where the procedure editor shows a server error ("content.steps.0.budgetMinutes"): on the item it is
 * about; one on the online form's JSON keeps the rest of its path ("[3].options: …").
 */
export const procedureItem: Locate = (segments, message) => {
  const name = itemOf(segments);
  if (!name) return null;
  // In the JSON the rest of the path is what names the input: "[3].options".
  const rest = segments
    .slice(2)
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
  return { name, message: name[0] === 'formFieldsJson' && rest !== '' ? `${rest}: ${message}` : message };
};
