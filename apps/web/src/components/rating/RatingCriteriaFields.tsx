import { Form, Radio } from 'antd';
import { RATING_LABELS, RatingCriterion, RatingLevel } from '@motcua/core';
import { currentLanguage } from '../../i18n/index.ts';

/**
 * The rating's criteria, each Rất hài lòng / Hài lòng / Không hài lòng in core's words, as form items under
 * `scores`: the citizen's web rating and the counter's entry of a paper form ask the same questions.
 */
export function RatingCriteriaFields({ idPrefix, onChange }: { idPrefix: string; onChange: () => void }) {
  const language = currentLanguage();
  const levels = RatingLevel.options.map((level) => ({ value: level, label: RATING_LABELS.level[level][language] }));
  return RatingCriterion.options.map((criterion) => (
    <Form.Item
      key={criterion}
      name={['scores', criterion]}
      label={<span id={`${idPrefix}-${criterion}`}>{RATING_LABELS.criterion[criterion][language]}</span>}
    >
      <Radio.Group
        optionType="button"
        options={levels}
        aria-labelledby={`${idPrefix}-${criterion}`}
        data-testid={`${idPrefix}-${criterion}`}
        onChange={onChange}
      />
    </Form.Item>
  ));
}
