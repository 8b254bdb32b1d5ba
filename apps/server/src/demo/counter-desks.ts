/** Desks every agency's officers share; numbered after room for the agencies' own counters. They serve every field. */
export const SHARED_DESKS = [
  [30, 'Tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích'],
  [31, 'Trả kết quả'],
  [32, 'Hướng dẫn, hỗ trợ dịch vụ công trực tuyến'],
] as const;

/** The shared desk that receives dossiers sent by post (bưu chính công ích). */
export const POSTAL_DESK = SHARED_DESKS[0][0];
