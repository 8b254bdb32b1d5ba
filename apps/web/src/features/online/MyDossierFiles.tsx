import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyDossierView } from '@motcua/core';
import { CatalogSection } from '../../components/catalog/CatalogSection.tsx';
import { myFiles } from './online-client.ts';

/** The dossier's documents (each downloadable) and the forms issued for it (receipt, supplement request, refusal…). */
export function MyDossierFiles({ dossier }: { dossier: MyDossierView }) {
  const { t } = useTranslation();
  return (
    <>
      <CatalogSection id="my-dossier-documents" title={t('online.view.documents')}>
        <List
          size="small"
          dataSource={dossier.documents}
          locale={{ emptyText: t('online.view.noDocuments') }}
          data-testid="my-dossier-documents"
          renderItem={(d) => (
            <List.Item>
              <Flex gap="small" wrap align="center" style={{ minWidth: 0 }}>
                <a
                  href={myFiles.dossierDocument(dossier.id, d.id)}
                  download={d.name}
                  aria-label={`${t('online.view.download')} ${d.name}`}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  <DownloadOutlined aria-hidden /> {d.name}
                </a>
                {d.kind === 'result' && <Tag className="dossier-tag dossier-tag-done">{t('online.view.result')}</Tag>}
                {d.fromStore && <Tag>{t('online.view.fromStore')}</Tag>}
              </Flex>
            </List.Item>
          )}
        />
      </CatalogSection>
      {dossier.forms.length > 0 && (
        <CatalogSection id="my-dossier-forms" title={t('online.view.forms')}>
          <Flex vertical gap="small" data-testid="my-dossier-forms">
            {dossier.forms.map((f) => (
              <Typography.Link key={f.href} href={f.href} target="_blank" rel="noopener">
                <FilePdfOutlined aria-hidden /> {f.name}
              </Typography.Link>
            ))}
          </Flex>
        </CatalogSection>
      )}
    </>
  );
}
