import { DesktopOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEndSessions, useSessions } from '../../api/account.ts';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';

/** The citizen's open sessions: a device left signed in elsewhere can be signed out from here. */
export function SessionsCard() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const end = useEndSessions();
  const others = (sessions.data ?? []).filter((session) => !session.current);
  return (
    // The action under the title, not beside it: at 375 px a header holds only the title whole.
    <Card title={t('account.sessions.title')}>
      {others.length > 0 && (
        <Button
          onClick={() => end.mutate(undefined)}
          loading={end.isPending}
          data-testid="sign-out-others"
          style={{ marginBottom: 8 }}
        >
          {t('account.sessions.signOutOthers')}
        </Button>
      )}
      <ProblemAlert error={sessions.error ?? end.error} style={{ marginBottom: 16 }} />
      {sessions.isPending ? (
        <PageLoading />
      ) : (
        <ul className="plain-list" data-testid="sessions">
          {(sessions.data ?? []).map((session) => {
            const device = session.device ?? t('account.sessions.unknownDevice');
            return (
              <li key={session.id} style={{ paddingBlock: 8, borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
                <Flex justify="space-between" align="center" wrap gap="small">
                  <Flex vertical>
                    <Typography.Text strong>
                      <DesktopOutlined aria-hidden /> {device}{' '}
                      {session.current && <Tag color="blue">{t('account.sessions.current')}</Tag>}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {t('account.sessions.opened')}: {formatInstant(session.createdAt)}
                    </Typography.Text>
                  </Flex>
                  {!session.current && (
                    <Button
                      size="small"
                      icon={<LogoutOutlined aria-hidden />}
                      aria-label={t('account.sessions.signOutLabel', { device })}
                      onClick={() => end.mutate(session.id)}
                      disabled={end.isPending}
                    >
                      {t('account.sessions.signOut')}
                    </Button>
                  )}
                </Flex>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
