import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { MyDossierView } from '@motcua/core';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useDiscardDraft } from './online-client.ts';

/** A draft is finished in its procedure's form, or discarded (its uploads stay in the store). */
export function DraftActions({ dossier }: { dossier: MyDossierView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const discard = useDiscardDraft();
  const onDiscard = () =>
    discard.mutate(dossier.id, {
      onSuccess: () => {
        void message.success(t('online.view.discarded'));
        void navigate('/ho-so-cua-toi');
      },
    });
  return (
    <Flex vertical gap="small">
      <Flex gap="small" wrap>
        {dossier.actions.edit && (
          <ButtonLink
            type="primary"
            icon={<EditOutlined aria-hidden />}
            to={`/nop-truc-tuyen/${encodeURIComponent(dossier.procedure.code)}?nhap=${dossier.id}`}
            data-testid="draft-edit"
          >
            {t('online.view.edit')}
          </ButtonLink>
        )}
        {dossier.actions.discard && (
          <Popconfirm
            title={t('online.view.discardConfirm')}
            okText={t('online.view.discard')}
            cancelText={t('online.view.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={onDiscard}
          >
            <Button
              danger
              icon={<DeleteOutlined aria-hidden />}
              loading={discard.isPending}
              data-testid="draft-discard"
            >
              {t('online.view.discard')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      <ProblemAlert error={discard.error} />
    </Flex>
  );
}
