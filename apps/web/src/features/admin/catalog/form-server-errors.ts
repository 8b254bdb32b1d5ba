import type { FieldError } from '@motcua/core';

export type NamePath = (string | number)[];
export type PlacedErrors = { fields: { name: NamePath; errors: string[] }[]; general: FieldError[] };

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

/** A server path ("content.steps.0.budgetMinutes", or a pointer "/body/content/steps/0") as segments. */
export function pathSegments(path: string): NamePath {
  return path
    .split(/[./]/)
    .filter((part) => part !== '' && part !== 'body')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

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
 * Puts each of the server's field errors on the item it is about; those of the online form's JSON
 * keep the rest of their path ("3.options: …"), those no item shows are returned as general.
 */
export function placeServerErrors(errors: readonly FieldError[]): PlacedErrors {
  const byItem = new Map<string, { name: NamePath; errors: string[] }>();
  const general: FieldError[] = [];
  for (const error of errors) {
    const segments = pathSegments(error.path);
    const item = itemOf(segments);
    if (!item) {
      general.push(error);
      continue;
    }
    // In the JSON the rest of the path is what names the input: "[3].options".
    const rest = segments
      .slice(2)
      .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
      .join('')
      .replace(/^\./, '');
    const message = item[0] === 'formFieldsJson' && rest !== '' ? `${rest}: ${error.message}` : error.message;
    const key = JSON.stringify(item);
    const entry = byItem.get(key) ?? { name: item, errors: [] };
    entry.errors.push(message);
    byItem.set(key, entry);
  }
  return { fields: [...byItem.values()], general };
}
