import { useState } from 'react';
import { Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OfficerCredentials, PasswordDelivery, type Officer } from '@motcua/core';
import { fieldErrors } from '../../../components/problem/problem.ts';
import { ProblemAlert } from '../../../components/problem/ProblemAlert.tsx';
import { orgPaths } from './org-api.ts';
import { useOrgCommand } from './useOrgAdmin.ts';

export type ResetPasswordProps = {
  officer: Officer;
  onClose: () => void;
  onReset: (credentials: OfficerCredentials) => void;
};

/** A new temporary password (shown once) or an e-mailed link; the officer must choose their own at next sign-in. */
export function ResetPasswordModal({ officer, onClose, onReset }: ResetPasswordProps) {
  const { t } = useTranslation();
  const [delivery, setDelivery] = useState<PasswordDelivery>('temporary');
  const reset = useOrgCommand(OfficerCredentials, () => ({
    path: `${orgPaths.officer(officer.id)}/password-reset`,
    body: { delivery },
  }));
  const onOk = () =>
    reset.mutate(undefined, {
      onSuccess: (credentials) => {
        onReset(credentials);
        onClose();
      },
    });
  return (
    <Modal
      open
      title={t('org.officer.resetTitle', { username: officer.username })}
      okText={t('org.officer.resetSubmit')}
      cancelText={t('org.common.cancel')}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <ProblemAlert error={reset.error} general={fieldErrors(reset.error)} style={{ marginBottom: 16 }} />
      <fieldset className="plain-fieldset">
        <legend>
          <Typography.Text strong>{t('org.officer.delivery')}</Typography.Text>
        </legend>
        <Radio.Group
          value={delivery}
          onChange={(e) => setDelivery(e.target.value as PasswordDelivery)}
          options={PasswordDelivery.options.map((value) => ({
            value,
            label: t(`org.officer.deliveries.${value}`),
            disabled: value === 'email' && officer.email === null,
          }))}
        />
      </fieldset>
    </Modal>
  );
}
