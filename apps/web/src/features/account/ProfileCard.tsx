import { EditOutlined, LinkOutlined, SafetyCertificateFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitizenProfile } from '@motcua/core';
import { identityStartUrl, useIdentityProvider, useUpdateProfile } from '../../api/account.ts';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';
import { formatLocalDate, profilePatchOf, profileValuesOf, type ProfileValues } from './account-values.ts';
import { PersonFields } from './PersonFields.tsx';

/** The citizen's own data in full (DESIGN §14: shown unmasked to its owner only), and its edit form. */
export function ProfileCard({ profile }: { profile: CitizenProfile }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<ProfileValues>();
  const update = useUpdateProfile();
  const provider = useIdentityProvider();
  const problem = useProblemOnForm(form);
  const none = t('account.page.notGiven');

  const onFinish = (values: ProfileValues) => {
    problem.clear();
    update.mutate(profilePatchOf(profile, values), {
      onSuccess: () => {
        setEditing(false);
        void message.success(t('account.page.saved'));
      },
      onError: problem.put,
    });
  };

  const verified = profile.identityVerified ? (
    <Tag icon={<SafetyCertificateFilled aria-hidden />} color="green" data-testid="identity-verified">
      {t('account.page.verified')}
      {profile.identityVerifiedAt &&
        ` ${t('account.page.verifiedOn', { date: formatInstant(profile.identityVerifiedAt).split(' ')[1] })}`}
    </Tag>
  ) : provider.data?.enabled ? (
    <Button href={identityStartUrl('/tai-khoan', true)} icon={<LinkOutlined aria-hidden />} data-testid="identity-link">
      {t('account.page.link')}
    </Button>
  ) : null;

  return (
    <Card
      title={t('account.page.profile')}
      extra={
        !editing && (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)} data-testid="profile-edit">
            {t('account.page.edit')}
          </Button>
        )
      }
    >
      <Flex vertical gap="middle">
        {verified && <div style={{ whiteSpace: 'normal' }}>{verified}</div>}
        {editing ? (
          <>
            {profile.identityVerified && <Alert type="info" showIcon title={t('account.page.lockedNote')} />}
            <ProblemAlert error={update.error} general={problem.general} />
            <Form<ProfileValues>
              form={form}
              layout="vertical"
              requiredMark={false}
              initialValues={profileValuesOf(profile)}
              onFinish={onFinish}
              disabled={update.isPending}
            >
              <PersonFields locked={profile.identityVerified} />
              <Flex gap="small" wrap>
                <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="profile-save">
                  {t('account.page.save')}
                </Button>
                <Button onClick={() => setEditing(false)}>{t('account.page.cancel')}</Button>
              </Flex>
            </Form>
          </>
        ) : (
          <Descriptions column={1} size="small" bordered styles={{ label: { width: '40%' } }}>
            <Descriptions.Item label={t('account.fields.fullName')}>
              <span data-testid="profile-name">{profile.fullName}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('account.fields.email')}>
              <span style={{ wordBreak: 'break-all' }}>{profile.email ?? none}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('account.fields.cccd')}>{profile.cccd ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('account.fields.phone')}>{profile.phone ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('account.fields.birthDate')}>
              {profile.birthDate ? formatLocalDate(profile.birthDate) : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('account.fields.address')}>{profile.address ?? none}</Descriptions.Item>
          </Descriptions>
        )}
      </Flex>
    </Card>
  );
}
