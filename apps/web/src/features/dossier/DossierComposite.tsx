import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CompositeChild, DossierView } from '@motcua/core';
import { CatalogSection } from '../../components/catalog/CatalogSection.tsx';
import { dossierPaths } from '../../components/dossier/dossier-paths.ts';
import { StatusTag } from '../../components/dossier/StatusTag.tsx';
import { useDossierFormat } from '../../components/dossier/useDossierFormat.ts';

/** A child dossier's link to the parent the citizen follows (liên thông, DESIGN §6). */
export function CompositeParent({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const parent = dossier.composite.parent;
  if (!parent) return null;
  const link = (
    <Link to={dossierPaths.view(parent.id)} className="dossier-code" data-testid="composite-parent">
      {parent.code}
    </Link>
  );
  return (
    <Alert
      type="info"
      showIcon
      title={
        <>
          {t('dossier.composite.parent')}: {link}
        </>
      }
    />
  );
}

/** A parent's children in the partner agencies, each with its own state, deadline and result. */
export function CompositeChildren({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const format = useDossierFormat();
  const { children } = dossier.composite;
  if (children.length === 0) return null;
  return (
    <CatalogSection id="dossier-composite" title={t('dossier.composite.children')}>
      <Table<CompositeChild>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={children}
        scroll={{ x: 'max-content' }}
        data-testid="composite-children"
        columns={[
          {
            key: 'code',
            title: t('dossier.composite.code'),
            render: (_: unknown, c: CompositeChild) => (
              <Link to={dossierPaths.view(c.id)} className="dossier-code" data-testid="composite-child">
                {c.code}
              </Link>
            ),
          },
          {
            key: 'agency',
            title: t('dossier.composite.agency'),
            render: (_: unknown, c: CompositeChild) => c.agency.name,
          },
          {
            key: 'status',
            title: t('dossier.composite.status'),
            render: (_: unknown, c: CompositeChild) => <StatusTag status={c.status} />,
          },
          {
            key: 'due',
            title: t('dossier.composite.due'),
            render: (_: unknown, c: CompositeChild) => (c.dueAt ? format.instant(c.dueAt) : '—'),
          },
          {
            key: 'result',
            title: t('dossier.composite.result'),
            render: (_: unknown, c: CompositeChild) =>
              c.resolvedAt
                ? t('dossier.composite.resolvedAt', { at: format.instant(c.resolvedAt) })
                : t('dossier.composite.pending'),
          },
        ]}
      />
    </CatalogSection>
  );
}
