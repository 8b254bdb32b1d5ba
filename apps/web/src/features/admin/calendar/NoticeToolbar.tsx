import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export type NoticeToolbarProps = {
  year: number;
  reference: string;
  onReference: (reference: string) => void;
  changedCount: number;
  dirty: boolean;
  hasNotice: boolean;
  saving: boolean;
  resetting: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onReset: () => void;
};

/** The notice's reference and its commands: save the draft, drop it, or delete the stored notice (with a confirmation). */
export function NoticeToolbar(props: NoticeToolbarProps) {
  const { t } = useTranslation();
  const { year, reference, changedCount, dirty, hasNotice, saving, resetting } = props;
  const busy = saving || resetting;
  return (
    <Flex vertical gap="small">
      <label htmlFor="notice-reference">
        <Typography.Text strong>{t('adminCalendar.notice.reference')}</Typography.Text>
      </label>
      <Input
        id="notice-reference"
        value={reference}
        placeholder={t('adminCalendar.notice.referencePlaceholder')}
        onChange={(e) => props.onReference(e.target.value)}
        maxLength={500}
        status={reference.trim() === '' ? 'error' : undefined}
      />
      <Flex gap="small" wrap align="center">
        <Button
          type="primary"
          icon={<SaveOutlined aria-hidden />}
          loading={saving}
          disabled={busy}
          onClick={props.onSave}
        >
          {t('adminCalendar.notice.save')}
        </Button>
        <Button icon={<UndoOutlined aria-hidden />} disabled={!dirty || busy} onClick={props.onDiscard}>
          {t('adminCalendar.notice.discard')}
        </Button>
        <Popconfirm
          title={t('adminCalendar.notice.reset')}
          description={t('adminCalendar.notice.resetConfirm', { year })}
          okText={t('adminCalendar.notice.resetOk')}
          cancelText={t('adminCalendar.notice.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={props.onReset}
          disabled={!hasNotice || busy}
        >
          <Button danger loading={resetting} disabled={!hasNotice || busy}>
            {t('adminCalendar.notice.reset')}
          </Button>
        </Popconfirm>
        {changedCount > 0 && (
          <Tag color="orange" data-testid="unsaved-count">
            {t('adminCalendar.notice.unsaved', { count: changedCount })}
          </Tag>
        )}
      </Flex>
    </Flex>
  );
}
