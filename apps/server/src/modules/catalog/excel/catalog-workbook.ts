import type {
  DocumentForm,
  FeeKind,
  OnlineLevel,
  ProcedureLevel,
  ResultDelivery,
  StepRole,
  SuspensionMode,
  WorkingLimit,
} from '@motcua/core';
import type { Codec } from './cell.ts';
import * as scalar from './cell-codecs.ts';
import * as list from './list-codecs.ts';

/** The codecs of one cell and of a list in a cell, under one name for the column table below. */
const c = { ...scalar, ...list };

/**
 * The catalog workbook (issue 5), the one place that names its sheets and columns: a sheet of fields
 * (optional on import), a sheet of procedures, one row each, and sheets of documents, steps and fees keyed by procedure code with an
 * order column. Columns are found by their header, so an admin may reorder them; every one is needed.
 */
export type Column<T> = { header: string; width: number; note?: string; codec: Codec<T> };
export type SheetSpec<R> = { name: string; columns: { [K in keyof R]-?: Column<R[K]> } };

const LEVEL: Record<ProcedureLevel, string> = { province: 'Cấp tỉnh', commune: 'Cấp xã' };
const UNIT: Record<WorkingLimit['unit'], string> = { days: 'Ngày làm việc', hours: 'Giờ làm việc' };
const SUSPENSION: Record<SuspensionMode, string> = { pause: 'Tính tiếp', restart: 'Tính lại từ đầu' };
const ONLINE: Record<OnlineLevel, string> = { full: 'Toàn trình', partial: 'Một phần', none: 'Trực tiếp' };
const DELIVERY: Record<ResultDelivery, string> = {
  counter: 'Tại Trung tâm',
  post: 'Bưu chính công ích',
  electronic: 'Điện tử',
};
const FORM: Record<DocumentForm, string> = {
  original: 'Bản chính',
  certified_copy: 'Bản sao chứng thực',
  photocopy: 'Bản sao',
};
const ROLE: Record<StepRole, string> = {
  counter: 'Cán bộ tiếp nhận',
  appraiser: 'Cán bộ thẩm định',
  approver: 'Lãnh đạo phê duyệt',
  agency_head: 'Lãnh đạo cơ quan',
};
const FEE_KIND: Record<FeeKind, string> = { fee: 'Lệ phí', charge: 'Phí' };
const BASIS = { fixed: 'Mức cố định', table: 'Theo biểu' } as const;

const oneOf = (labels: Record<string, string>) => `Một trong: ${Object.values(labels).join(', ')}`;
const col = <T>(header: string, width: number, codec: Codec<T>, note?: string): Column<T> => ({
  header,
  width,
  codec,
  ...(note ? { note } : {}),
});
const codeColumn = col('Mã thủ tục', 12, c.procedureCode, 'Mã thủ tục theo Cơ sở dữ liệu quốc gia, ví dụ 1.001234');
const orderColumn = col('STT', 6, c.number(), 'Thứ tự trong thủ tục: 1, 2, 3…');

export type ProcedureRecord = {
  code: string;
  name: string;
  agencySlug: string;
  fieldCode: string;
  level: ProcedureLevel;
  timeLimitValue: number;
  timeLimitUnit: WorkingLimit['unit'];
  cutoffTime: string | null;
  suspensionMode: SuspensionMode;
  onlineLevel: OnlineLevel;
  resultDelivery: ResultDelivery[];
  legalBasis: string[];
  formFields: unknown[];
  partnerCodes: string[];
  effectiveFrom: string;
};

export const PROCEDURE_SHEET: SheetSpec<ProcedureRecord> = {
  name: 'Thủ tục',
  columns: {
    code: codeColumn,
    name: col('Tên thủ tục', 60, c.text),
    agencySlug: col('Mã cơ quan', 12, c.text, 'Mã viết tắt của cơ quan giải quyết, ví dụ congan'),
    fieldCode: col('Mã lĩnh vực', 12, c.text, 'Lĩnh vực phải thuộc cơ quan giải quyết'),
    level: col('Cấp thực hiện', 11, c.choice(LEVEL, { Tỉnh: 'province', Xã: 'commune' }), oneOf(LEVEL)),
    timeLimitValue: col('Thời hạn giải quyết', 11, c.number()),
    timeLimitUnit: col('Đơn vị thời hạn', 14, c.choice(UNIT, { Ngày: 'days', Giờ: 'hours' }), oneOf(UNIT)),
    cutoffTime: col(
      'Giờ chốt tiếp nhận',
      11,
      c.optionalTime,
      'HH:MM; hồ sơ nhận sau giờ này tính từ ngày làm việc tiếp theo. Để trống nếu không có',
    ),
    suspensionMode: col('Thời hạn sau khi bổ sung', 14, c.choice(SUSPENSION), oneOf(SUSPENSION)),
    onlineLevel: col('Mức độ trực tuyến', 12, c.choice(ONLINE), oneOf(ONLINE)),
    resultDelivery: col('Hình thức trả kết quả', 20, c.choices(DELIVERY), `Mỗi dòng một hình thức. ${oneOf(DELIVERY)}`),
    legalBasis: col('Căn cứ pháp lý', 60, c.lines(), 'Mỗi dòng một văn bản'),
    formFields: col(
      'Biểu mẫu nhập liệu (JSON)',
      40,
      c.jsonList,
      'Các trường của biểu mẫu trực tuyến, dạng JSON như khi xuất ra',
    ),
    partnerCodes: col('Thủ tục liên thông', 14, c.codeList, 'Mã các thủ tục liên thông, mỗi dòng một mã'),
    effectiveFrom: col(
      'Hiệu lực từ ngày',
      12,
      c.date,
      'Nội dung khác phiên bản đang áp dụng tạo phiên bản mới có hiệu lực từ ngày này',
    ),
  },
};

export type DocumentRecord = {
  code: string;
  order: number;
  name: string;
  form: DocumentForm;
  count: number;
  required: boolean;
  condition: string | undefined;
  note: string | undefined;
};

export const DOCUMENT_SHEET: SheetSpec<DocumentRecord> = {
  name: 'Thành phần hồ sơ',
  columns: {
    code: codeColumn,
    order: orderColumn,
    name: col('Tên giấy tờ', 60, c.text),
    form: col('Hình thức', 18, c.choice(FORM), oneOf(FORM)),
    count: col('Số lượng', 9, c.number()),
    required: col('Bắt buộc', 9, c.yesNo, 'Có hoặc Không; giấy tờ không bắt buộc cần ghi điều kiện'),
    condition: col('Điều kiện', 40, c.optionalText),
    note: col('Ghi chú', 30, c.optionalText),
  },
};

export type StepRecord = { code: string; order: number; name: string; role: StepRole; budgetMinutes: number };

export const STEP_SHEET: SheetSpec<StepRecord> = {
  name: 'Các bước',
  columns: {
    code: codeColumn,
    order: orderColumn,
    name: col('Tên bước', 50, c.text),
    role: col('Người thực hiện', 20, c.choice(ROLE), oneOf(ROLE)),
    budgetMinutes: col('Thời gian (phút làm việc)', 14, c.number(), '1 ngày làm việc = 450 phút; nửa ngày = 225 phút'),
  },
};

export type FeeRecord = {
  code: string;
  order: number;
  kind: FeeKind;
  name: string;
  basis: keyof typeof BASIS;
  amount: number | undefined;
  rows: { label: string; amount: number }[];
  onlineDiscountPercent: number;
};

export const FEE_SHEET: SheetSpec<FeeRecord> = {
  name: 'Phí, lệ phí',
  columns: {
    code: codeColumn,
    order: orderColumn,
    kind: col('Loại', 9, c.choice(FEE_KIND), oneOf(FEE_KIND)),
    name: col('Tên phí, lệ phí', 40, c.text),
    basis: col('Cách tính', 12, c.choice(BASIS), oneOf(BASIS)),
    amount: col('Mức thu (đồng)', 14, c.optionalNumber('#,##0'), 'Với mức cố định'),
    rows: col('Biểu mức thu', 40, c.feeRows, 'Với cách tính theo biểu: mỗi dòng “Trường hợp: số tiền”'),
    onlineDiscountPercent: col('Giảm khi nộp trực tuyến (%)', 12, c.number({ empty: 0 })),
  },
};

/** The fields (lĩnh vực) procedures belong to: a new province's first import creates them (issue 16). */
export type FieldRecord = { code: string; name: string; agencySlug: string };

export const FIELD_SHEET: SheetSpec<FieldRecord> = {
  name: 'Lĩnh vực',
  columns: {
    code: col('Mã lĩnh vực', 14, c.text, 'Mã lĩnh vực; thủ tục ghi mã này ở cột “Mã lĩnh vực”'),
    name: col('Tên lĩnh vực', 50, c.text),
    agencySlug: col('Mã cơ quan', 12, c.text, 'Mã viết tắt của cơ quan có lĩnh vực này, ví dụ congan'),
  },
};

export const SHEETS = [FIELD_SHEET, PROCEDURE_SHEET, DOCUMENT_SHEET, STEP_SHEET, FEE_SHEET] as const;

/** The name of the file of the catalog exported on a day. */
export const exportFileName = (day: string) => `danh-muc-thu-tuc-${day}.xlsx`;
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
