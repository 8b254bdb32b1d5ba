import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A row's "edit" and, while it is in force, its "close"/"end" (DESIGN §13: closed or ended, never deleted). Each
 * button's name carries the row's own name, so a screen reader and a test tell the rows' buttons apart.
 */
export function EditEndActions(props: {
  rowName: string;
  open: boolean;
  endLabel: string;
  onEdit: () => void;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap="small" wrap>
      <Button
        size="small"
        icon={<EditOutlined aria-hidden />}
        aria-label={`${t('org.common.edit')} ${props.rowName}`}
        onClick={props.onEdit}
      >
        {t('org.common.edit')}
      </Button>
      {props.open && (
        <Button
          size="small"
          danger
          icon={<StopOutlined aria-hidden />}
          aria-label={`${props.endLabel} ${props.rowName}`}
          onClick={props.onEnd}
        >
          {props.endLabel}
        </Button>
      )}
    </Flex>
  );
}
