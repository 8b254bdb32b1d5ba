import type { DossierEventDraft } from '@motcua/core';
import type { NoticeData } from '../../documents/forms/notice-pdf.ts';
import { vietnameseMoment } from '../../documents/vietnamese-format.ts';

/** The events that issue each of forms 02–05: the form prints the latest one of its kind. */
export const NOTICE_EVENTS: Record<NoticeData['kind'], readonly DossierEventDraft['type'][]> = {
  supplement: ['request_supplement', 'request_supplement_at_intake'],
  refusal: ['reject_at_intake'],
  apology: ['apologise'],
  stop: ['stop'],
};

type NoticePayload = {
  items?: { name: string; reason: string }[];
  reasons?: string[];
  reason?: string;
  newDueAt?: number;
  legalGround?: string;
};

const moment = (at: number | null | undefined) => (at ? vietnameseMoment(new Date(at)) : '');

/** The body of a notice, from the event that issued it and the due moment it apologises for. */
export function noticeContent(
  kind: NoticeData['kind'],
  event: DossierEventDraft,
  dueAt: number | null,
): Pick<NoticeData, 'paragraphs' | 'listTitle' | 'list'> {
  const p = event.payload as NoticePayload;
  switch (kind) {
    case 'supplement':
      return {
        paragraphs: [
          'Sau khi xem xét, hồ sơ cần được bổ sung, hoàn thiện. Đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:',
        ],
        listTitle: 'Nội dung yêu cầu bổ sung, hoàn thiện:',
        list: (p.items ?? []).map((i) => `${i.name}: ${i.reason}`),
      };
    case 'refusal':
      return {
        paragraphs: ['Sau khi xem xét, cơ quan từ chối tiếp nhận giải quyết hồ sơ với lý do sau:'],
        listTitle: 'Lý do:',
        list: p.reasons ?? [],
      };
    case 'apology':
      return {
        paragraphs: [
          `Hồ sơ hẹn trả kết quả vào ${moment(dueAt)} chưa giải quyết được đúng hạn. Lý do: ${p.reason ?? ''}.`,
          `Cơ quan xin lỗi Ông/Bà và hẹn trả kết quả vào ${moment(p.newDueAt)}.`,
        ],
        listTitle: null,
        list: [],
      };
    case 'stop':
      return {
        paragraphs: [
          `Cơ quan thông báo dừng giải quyết hồ sơ. Lý do: ${p.reason ?? ''}.`,
          `Căn cứ: ${p.legalGround ?? ''}.`,
        ],
        listTitle: null,
        list: [],
      };
  }
}
