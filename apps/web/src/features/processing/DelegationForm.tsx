import { useState } from 'react';
import { App, Button, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateDelegation } from '../../api/delegations.ts';
import { useIdempotencyKey } from '../../api/idempotency.ts';
import { useOfficerChoices, type OfficerChoice } from '../../api/officers.ts';
import { vietnamNow } from '../../components/datetime-local.ts';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';
import { agencyRoles, standInChoices, toDelegationRequest, type DelegationValues } from './delegation-values.ts';
import { foldedSearch } from '../../components/search/folded-search.ts';

/** An officer with their roles (the delegate must hold the absent one's), and their own absence if any. */
function useOfficerLabel() {
  const { t } = useTranslation();
  return (o: OfficerChoice) => {
    const name = t('processing.delegations.officer', {
      name: o.fullName,
      roles: agencyRoles(o.roles)
        .map((r) => t(`processing.delegations.roles.${r}`))
        .join(', '),
    });
    if (!o.absence) return name;
    const until = formatInstant(o.absence.until);
    return o.absence.delegateName
      ? t('dossier.officer.absent', { name, until, delegate: o.absence.delegateName })
      : t('dossier.officer.absentNoDelegate', { name, until });
  };
}

/** The head names the absent officer, who stands in, and when; the server's refusals land on the fields they concern. */
export function DelegationForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DelegationValues>();
  // A delegation usually starts now.
  const [initial] = useState<DelegationValues>(() => ({ startsAt: vietnamNow() }));
  const create = useCreateDelegation();
  const idempotency = useIdempotencyKey();
  const problem = useProblemOnForm(form);
  const officers = useOfficerChoices();
  const label = useOfficerLabel();
  const option = (o: OfficerChoice) => ({ value: o.id, label: label(o), search: `${o.fullName} ${o.username}` });
  const fromUserId = Form.useWatch('fromUserId', form);
  const standIns = standInChoices(officers.choices, fromUserId);
  const options = { fromUserId: officers.choices.map(option), toUserId: standIns.map(option) };
  // A delegate chosen first stays only while they can stand in for the absent officer chosen after.
  const onValuesChange = (changed: DelegationValues, all: DelegationValues) => {
    if (
      changed.fromUserId &&
      all.toUserId &&
      !standInChoices(officers.choices, changed.fromUserId).some((o) => o.id === all.toUserId)
    )
      form.setFieldValue('toUserId', undefined);
  };
  const required = { required: true, message: t('processing.delegations.form.required') };
  const onFinish = (values: DelegationValues) => {
    const request = toDelegationRequest(values);
    problem.clear();
    create.mutate(
      { request, idempotencyKey: idempotency.keyFor(request) },
      {
        onSuccess: (d) => {
          idempotency.succeeded();
          void message.success(t('processing.delegations.form.done', { from: d.from.fullName, to: d.to.fullName }));
          form.resetFields();
          create.reset();
        },
        onError: problem.put,
      },
    );
  };
  const officer = (name: 'fromUserId' | 'toUserId', text: string) => (
    <Col xs={24} md={12}>
      <Form.Item
        name={name}
        label={text}
        rules={[required]}
        extra={name === 'toUserId' ? t('processing.delegations.form.toHint') : undefined}
      >
        <Select
          options={options[name]}
          notFoundContent={
            name === 'toUserId' && fromUserId && standIns.length === 0
              ? t('processing.delegations.form.noStandIn')
              : undefined
          }
          loading={officers.isPending}
          showSearch={foldedSearch('search')}
          popupMatchSelectWidth={false}
          data-testid={`delegation-${name}`}
        />
      </Form.Item>
    </Col>
  );
  const moment = (name: 'startsAt' | 'endsAt', text: string) => (
    <Col xs={24} md={12}>
      <Form.Item name={name} label={text} rules={[required]} extra={t('processing.delegations.form.timeHint')}>
        <Input type="datetime-local" />
      </Form.Item>
    </Col>
  );
  return (
    <Form<DelegationValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      data-testid="delegation-form"
    >
      <Row gutter={12}>
        {officer('fromUserId', t('processing.delegations.form.from'))}
        {officer('toUserId', t('processing.delegations.form.to'))}
        {moment('startsAt', t('processing.delegations.form.startsAt'))}
        {moment('endsAt', t('processing.delegations.form.endsAt'))}
        <Col xs={24}>
          <Form.Item
            name="reason"
            label={t('processing.delegations.form.reason')}
            rules={[{ ...required, whitespace: true }]}
          >
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </Col>
      </Row>
      <ProblemAlert
        error={create.error}
        general={problem.general}
        seeMarked={t('dossier.problem.seeMarked')}
        testId="command-error"
        style={{ marginBottom: 16 }}
      />
      <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="delegation-submit">
        {t('processing.delegations.form.submit')}
      </Button>
    </Form>
  );
}
