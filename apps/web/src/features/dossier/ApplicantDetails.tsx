import { Alert, Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierView } from '@motcua/core';
import { formatDayMonthYear } from '../../components/calendar/calendar-days.ts';

/** The applicant and the authorised submitter; identity numbers and phones come masked to readers outside the agency. */
export function ApplicantDetails({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const a = dossier.applicant;
  const s = dossier.submitter;
  const applicant =
    a.kind === 'person'
      ? [
          {
            key: 'name',
            label: t('reception.applicant.fullName'),
            children: <span data-testid="applicant-name">{a.fullName}</span>,
          },
          { key: 'cccd', label: t('reception.applicant.cccd'), children: a.cccd },
        ]
      : [
          {
            key: 'name',
            label: t('reception.applicant.orgName'),
            children: <span data-testid="applicant-name">{a.name}</span>,
          },
          { key: 'tax', label: t('reception.applicant.taxCode'), children: a.taxCode },
          { key: 'rep', label: t('reception.applicant.representative'), children: a.representative },
        ];
  const contact = [
    { key: 'phone', label: t('reception.applicant.phone'), children: a.phone },
    { key: 'email', label: t('reception.applicant.email'), children: a.email ?? '—' },
    { key: 'address', label: t('reception.applicant.address'), children: a.address },
  ];
  return (
    <Flex vertical gap="middle">
      {dossier.masked && <Alert type="info" showIcon title={t('dossier.applicant.masked')} />}
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[...applicant, ...contact]}
        data-testid="applicant-details"
      />
      {s && (
        <Descriptions
          bordered
          size="small"
          column={1}
          title={<h3 className="card-heading">{t('reception.sections.submitter')}</h3>}
          items={[
            { key: 'name', label: t('reception.submitter.fullName'), children: s.fullName },
            { key: 'cccd', label: t('reception.submitter.cccd'), children: s.cccd },
            { key: 'phone', label: t('reception.submitter.phone'), children: s.phone },
            {
              key: 'auth',
              label: t('dossier.applicant.authorisation'),
              children: t('dossier.applicant.authorisationValue', {
                number: s.authorisation.documentNumber,
                date: formatDayMonthYear(s.authorisation.date),
              }),
            },
          ]}
        />
      )}
    </Flex>
  );
}
