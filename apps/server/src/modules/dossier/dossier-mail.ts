import type { DossierEventDraft } from '@motcua/core';
import type { NewOutboxEntry } from '../../platform/outbox/outbox-repo.ts';
import { vietnameseMoment } from '../../documents/vietnamese-format.ts';

type MailContext = {
  centerId: string;
  centerName: string;
  code: string;
  applicantName: string;
  email: string | null;
  procedureName: string;
  dossierId: string;
};

/**
 * The mails the applicant receives (issue 6): on reception, on a supplement request, on an apology
 * with its new date, and when the result is ready; online (issue 19) also on submission, on the supplement
 * received, and on a refusal at intake (form 03 with its reasons). Vietnamese, plain text, one per event (its dedupe
 * key is the event), written with the event in one transaction and sent from the outbox after commit.
 */
export function mailsFor(event: DossierEventDraft, ctx: MailContext): NewOutboxEntry[] {
  if (!ctx.email) return [];
  const body = bodyOf(event, ctx);
  if (!body) return [];
  const key = `dossier:${ctx.dossierId}:${event.version}`;
  return [
    {
      centerId: ctx.centerId,
      kind: 'mail',
      dedupeKey: key,
      payload: {
        to: ctx.email,
        subject: `[${ctx.centerName}] Hồ sơ ${ctx.code}: ${body.subject}`,
        text: `Kính gửi ${ctx.applicantName},\n\n${body.text}\n\nThủ tục: ${ctx.procedureName}\nMã hồ sơ: ${ctx.code}\n\n${ctx.centerName}`,
        messageId: `<${key.replaceAll(':', '.')}@motcua>`,
      },
    },
  ];
}

function bodyOf(event: DossierEventDraft, ctx: MailContext): { subject: string; text: string } | null {
  const p = event.payload as {
    dueAt?: number;
    items?: { name: string; reason: string }[];
    newDueAt?: number;
    reason?: string;
    reasons?: string[];
  };
  switch (event.type) {
    case 'submit_online':
      return {
        subject: 'đã nộp trực tuyến',
        text: `Hồ sơ của Ông/Bà đã được nộp trực tuyến với mã hồ sơ ${ctx.code}. Bộ phận Một cửa sẽ kiểm tra hồ sơ; thời gian giải quyết được tính từ khi hồ sơ được tiếp nhận. Ông/Bà theo dõi hồ sơ tại mục "Hồ sơ của tôi".`,
      };
    case 'resubmit':
      return {
        subject: 'đã nhận hồ sơ bổ sung',
        text: 'Chúng tôi đã nhận được hồ sơ bổ sung, hoàn thiện của Ông/Bà và tiếp tục xem xét hồ sơ.',
      };
    case 'reject_at_intake':
      return {
        subject: 'từ chối tiếp nhận',
        text: `Hồ sơ không được tiếp nhận vì các lý do sau:\n${(p.reasons ?? []).map((r) => `- ${r}`).join('\n')}\nPhiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu số 03) được gửi kèm trong mục "Hồ sơ của tôi" hoặc tại Bộ phận Một cửa.`,
      };
    case 'receive':
      return {
        subject: 'đã tiếp nhận',
        text: `Hồ sơ của Ông/Bà đã được tiếp nhận. Thời gian hẹn trả kết quả: ${vietnameseMoment(new Date(p.dueAt!))}.`,
      };
    case 'request_supplement':
    case 'request_supplement_at_intake':
      return {
        subject: 'cần bổ sung, hoàn thiện',
        text: `Hồ sơ cần bổ sung, hoàn thiện các nội dung sau:\n${(p.items ?? []).map((i) => `- ${i.name}: ${i.reason}`).join('\n')}`,
      };
    case 'apologise':
      return {
        subject: 'xin lỗi và hẹn lại ngày trả kết quả',
        text: `Chúng tôi xin lỗi vì hồ sơ chưa giải quyết được đúng hạn (${p.reason ?? ''}). Thời gian hẹn trả kết quả mới: ${vietnameseMoment(new Date(p.newDueAt!))}.`,
      };
    case 'prepare_result':
      return {
        subject: 'đã có kết quả',
        text: `Hồ sơ đã có kết quả giải quyết. Mời Ông/Bà nhận kết quả theo hình thức đã đăng ký. (Tra cứu bằng mã hồ sơ: ${ctx.code}.)`,
      };
    default:
      return null;
  }
}
