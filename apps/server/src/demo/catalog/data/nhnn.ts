import { BUSINESS_REGISTRATION } from './common.ts';
import type { AgencyData } from './types.ts';

export const NHNN: AgencyData = {
  slug: 'nhnn',
  prefix: 'NH',
  fields: [
    {
      name: 'Thành lập và hoạt động ngân hàng',
      organisations: true,
      legal: ['Luật Các tổ chức tín dụng số 32/2024/QH15'],
      real: [
        { name: 'Chấp thuận thành lập phòng giao dịch của ngân hàng thương mại trên địa bàn tỉnh', limit: 20, online: 'partial', docs: ['Văn bản đề nghị thành lập phòng giao dịch', 'Đề án thành lập phòng giao dịch', 'Bản sao giấy tờ chứng minh quyền sử dụng trụ sở|c'] },
        { name: 'Cấp giấy phép thành lập và hoạt động quỹ tín dụng nhân dân', limit: 60, online: 'partial', docs: ['Đơn đề nghị cấp giấy phép (mẫu)', 'Dự thảo điều lệ quỹ tín dụng nhân dân', 'Đề án thành lập quỹ tín dụng nhân dân', 'Danh sách thành viên tham gia thành lập'] },
      ],
      subjects: ['văn bản chấp thuận thay đổi địa điểm đặt trụ sở phòng giao dịch'],
    },
    {
      name: 'Hoạt động ngoại hối',
      organisations: true,
      legal: ['Pháp lệnh Ngoại hối số 28/2005/PL-UBTVQH11, sửa đổi, bổ sung năm 2013', 'Nghị định số 88/2019/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực tiền tệ, ngân hàng'],
      real: [
        { name: 'Cấp giấy chứng nhận đăng ký đại lý đổi ngoại tệ', limit: 10, online: 'full', docs: ['Đơn đề nghị đăng ký đại lý đổi ngoại tệ (mẫu)', BUSINESS_REGISTRATION, 'Hợp đồng đại lý đổi ngoại tệ với tổ chức tín dụng được phép|c'] },
        { name: 'Cấp giấy phép thu, chi ngoại tệ và hoạt động ngoại hối khác của tổ chức kinh doanh trò chơi điện tử có thưởng', limit: 15, online: 'partial', docs: ['Đơn đề nghị cấp giấy phép (mẫu)', 'Bản sao giấy chứng nhận đủ điều kiện kinh doanh trò chơi điện tử có thưởng|c', 'Quy trình nội bộ về hoạt động thu, chi ngoại tệ'] },
      ],
      subjects: ['giấy chứng nhận đăng ký đại lý đổi ngoại tệ'],
    },
  ],
};
