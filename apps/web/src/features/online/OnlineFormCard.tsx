import { useState } from 'react';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CitizenProfile, FormField, MyDossierCreated, OnlineForm, StoreMatches } from '@motcua/core';
import { useIdempotencyKey } from '../../api/idempotency.ts';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useSaveOnline } from './online-client.ts';
import { fieldIssue, initialOnlineValues, onlineFormOf, shownFields, type OnlineFormValues } from './online-values.ts';
import { FieldControl } from './FieldControl.tsx';

type Props = {
  procedureCode: string;
  fields: readonly FormField[];
  profile: CitizenProfile;
  draft: { id: string; form: OnlineForm | null } | null;
  matches: StoreMatches;
};

/**
 * The form generated from the procedure's declared fields: conditional fields shown live, each checked as the server
 * will (core `checkOnlineForm`), the server's field errors put on the items. A draft is saved without checks.
 */
export function OnlineFormCard({ procedureCode, fields, profile, draft, matches }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OnlineFormValues>();
  const [draftId, setDraftId] = useState(draft?.id ?? null);
  const [submitted, setSubmitted] = useState<MyDossierCreated | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useSaveOnline();
  const idempotency = useIdempotencyKey();
  const problem = useProblemOnForm(form);
  const values = Form.useWatch([], { form, preserve: true }) as OnlineFormValues | undefined;

  const send = (submit: boolean) => {
    problem.clear();
    const online = onlineFormOf(fields, form.getFieldsValue(true) as OnlineFormValues);
    const request = {
      id: draftId,
      body: { ...online, documents: draft?.form?.documents ?? [], procedureCode, submit },
    };
    save.mutate(
      { request, idempotencyKey: idempotency.keyFor(request) },
      {
        onSuccess: (created) => {
          idempotency.succeeded();
          setDraftId(created.id);
          if (submit) setSubmitted(created);
          else setSaved(true);
        },
        onError: problem.put,
      },
    );
  };

  if (submitted)
    return (
      <Result
        status="success"
        title={<h2 className="result-title">{t('online.form.submitted')}</h2>}
        subTitle={
          <>
            {t('online.form.submittedCode')} <strong data-testid="submitted-code">{submitted.code}</strong>
          </>
        }
        extra={<ButtonLink to={`/ho-so-cua-toi/${submitted.id}`}>{t('online.form.follow')}</ButtonLink>}
      />
    );

  const initial = initialOnlineValues(fields, profile, draft?.form ?? null);
  const shown = shownFields(fields, values ?? initial);
  return (
    <Card>
      <Form<OnlineFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={() => send(true)}
        onValuesChange={() => setSaved(false)}
        disabled={save.isPending}
        data-testid="online-form"
        scrollToFirstError
      >
        <Typography.Paragraph type="secondary">{t('online.form.intro')}</Typography.Paragraph>
        {shown.map((field) => (
          <Form.Item
            key={field.name}
            name={['fields', field.name]}
            label={field.label}
            required={field.required}
            data-testid={`field-${field.name}`}
            rules={[
              ({ getFieldsValue }) => ({
                validator: async () => {
                  const issue = fieldIssue(
                    fields,
                    getFieldsValue(true) as OnlineFormValues,
                    field.name,
                    currentLanguage(),
                  );
                  if (issue) throw new Error(issue);
                },
              }),
            ]}
          >
            <FieldControl field={field} matches={matches[field.name] ?? []} />
          </Form.Item>
        ))}
        <ProblemAlert error={save.error} general={problem.general} />
        {saved && (
          <Typography.Paragraph role="status" data-testid="draft-saved">
            {t('online.form.draftSaved')}
          </Typography.Paragraph>
        )}
        <Flex gap="small" wrap>
          <Button
            icon={<SaveOutlined aria-hidden />}
            onClick={() => send(false)}
            loading={save.isPending}
            data-testid="save-draft"
          >
            {t('online.form.saveDraft')}
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SendOutlined aria-hidden />}
            loading={save.isPending}
            data-testid="submit-online"
          >
            {t('online.form.submit')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
