import { EditOutlined, KeyOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { Officer } from '@motcua/core';
import { orgPaths } from './org-api.ts';
import { useOrgCommand } from './useOrgAdmin.ts';

export type OfficerActionsProps = { officer: Officer; onEdit: () => void; onReset: () => void };

/** A row's commands: edit, reset the password, and deactivate (sessions end at once) or reactivate, confirmed. */
export function OfficerActions({ officer, onEdit, onReset }: OfficerActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const toggle = useOrgCommand(Officer, () => ({
    path: `${orgPaths.officer(officer.id)}/${officer.active ? 'deactivate' : 'reactivate'}`,
  }));
  const onToggle = () =>
    toggle.mutate(undefined, {
      onSuccess: (after) =>
        void message.success(t(after.active ? 'org.officer.reactivated' : 'org.officer.deactivated')),
      onError: (error) => void message.error(error.message),
    });
  const name = officer.username;
  return (
    <Flex gap="small" wrap>
      <Button
        size="small"
        icon={<EditOutlined aria-hidden />}
        aria-label={`${t('org.common.edit')} ${name}`}
        onClick={onEdit}
      >
        {t('org.common.edit')}
      </Button>
      <Button
        size="small"
        icon={<KeyOutlined aria-hidden />}
        aria-label={`${t('org.officer.reset')} ${name}`}
        onClick={onReset}
        disabled={!officer.active}
      >
        {t('org.officer.reset')}
      </Button>
      <Popconfirm
        title={officer.active ? t('org.officer.deactivate') : t('org.officer.reactivate')}
        description={t(officer.active ? 'org.officer.deactivateConfirm' : 'org.officer.reactivateConfirm', {
          username: name,
        })}
        okText={officer.active ? t('org.officer.deactivate') : t('org.officer.reactivate')}
        cancelText={t('org.common.cancel')}
        okButtonProps={{ danger: officer.active }}
        onConfirm={onToggle}
      >
        <Button
          size="small"
          danger={officer.active}
          loading={toggle.isPending}
          icon={officer.active ? <LockOutlined aria-hidden /> : <UnlockOutlined aria-hidden />}
          aria-label={`${officer.active ? t('org.officer.deactivate') : t('org.officer.reactivate')} ${name}`}
        >
          {officer.active ? t('org.officer.deactivate') : t('org.officer.reactivate')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
