import { Select, Typography, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOfficerChoices, type OfficerChoice, type OfficerRole } from '../../api/officers.ts';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { foldedSearch } from '../../components/search/folded-search.ts';

/** An officer's name in the picker; an absent one says until when and who carries their work meanwhile. */
export function useOfficerLabel() {
  const { t } = useTranslation();
  return (o: OfficerChoice) => {
    if (!o.absence) return o.fullName;
    const until = formatInstant(o.absence.until);
    return o.absence.delegateName
      ? t('dossier.officer.absent', { name: o.fullName, until, delegate: o.absence.delegateName })
      : t('dossier.officer.absentNoDelegate', { name: o.fullName, until });
  };
}

/** The agency's officers holding `role`, searchable by name or log-in; Form.Item gives it its id, value and onChange. */
export function OfficerSelect({
  role,
  ...props
}: { role: OfficerRole } & Omit<SelectProps<string>, 'options' | 'loading'>) {
  const { t } = useTranslation();
  const officers = useOfficerChoices(role);
  const label = useOfficerLabel();
  const options = officers.choices.map((o) => ({
    value: o.id,
    label: label(o),
    search: `${o.fullName} ${o.username}`,
  }));
  return (
    <>
      <Select<string>
        {...props}
        options={options}
        loading={officers.isPending}
        showSearch={foldedSearch('search')}
        popupMatchSelectWidth={false}
        data-testid={`officer-select-${role}`}
      />
      {officers.error && (
        <Typography.Text type="danger" role="alert">
          {t('dossier.officer.loadFailed', { message: officers.error.message })}
        </Typography.Text>
      )}
    </>
  );
}
