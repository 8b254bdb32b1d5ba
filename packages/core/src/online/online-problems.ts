import type { ProblemEntry } from '../problem-entry.ts';

/** Online public services (DESIGN §15): submission, "my dossiers", the citizen's document store. */
export const ONLINE_PROBLEMS = {
  /** A submission whose form fails `checkOnlineForm`: 400 with every field's error at once. */
  'online.form_invalid': {
    status: 400,
    title: {
      vi: 'Tờ khai trực tuyến chưa đầy đủ hoặc chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu',
      en: 'The online form is incomplete or invalid; check the marked fields',
    },
  },
  /** A draft edited, sent or discarded after it was submitted (or someone else's: 404 first). */
  'online.not_draft': {
    status: 409,
    title: {
      vi: 'Hồ sơ đã được gửi, không còn sửa được',
      en: 'The dossier was already sent and can no longer be edited',
    },
  },
  /** A code and secret that name no dossier (one answer for both, DESIGN §14). */
  'online.link_failed': {
    status: 404,
    title: {
      vi: 'Mã hồ sơ hoặc mã tra cứu không đúng',
      en: 'The dossier code or the look-up secret is wrong',
    },
  },
  /** A document of the store that is not the citizen's, or was removed. */
  'online.document_not_found': {
    status: 404,
    title: { vi: 'Không tìm thấy giấy tờ trong kho của bạn', en: 'No such document in your store' },
  },
  /** A supplement sent when none is asked. */
  'online.supplement_not_asked': {
    status: 409,
    title: { vi: 'Hồ sơ không có yêu cầu bổ sung', en: 'No supplement is asked for this dossier' },
  },
} as const satisfies Record<string, ProblemEntry>;
