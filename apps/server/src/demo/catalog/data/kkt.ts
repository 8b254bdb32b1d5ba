import { FOREIGN_PASSPORT, HEALTH_CERTIFICATE, PORTRAIT_4X6 } from './common.ts';
import { lePhi, type AgencyData } from './types.ts';

export const KKT: AgencyData = {
  slug: 'kkt',
  prefix: 'KT',
  fields: [
    {
      name: 'Đầu tư tại khu kinh tế, khu công nghiệp',
      organisations: true,
      legal: ['Luật Đầu tư số 61/2020/QH14', 'Nghị định số 35/2022/NĐ-CP quy định về quản lý khu công nghiệp và khu kinh tế'],
      real: [
        { name: 'Cấp giấy chứng nhận đăng ký đầu tư đối với dự án trong khu kinh tế, khu công nghiệp', limit: 15, online: 'full', docs: ['Văn bản đề nghị thực hiện dự án đầu tư', 'Tài liệu về tư cách pháp lý của nhà đầu tư|c', 'Đề xuất dự án đầu tư', 'Tài liệu chứng minh năng lực tài chính của nhà đầu tư|c'] },
        { name: 'Điều chỉnh giấy chứng nhận đăng ký đầu tư đối với dự án trong khu kinh tế, khu công nghiệp', limit: 10, online: 'full', docs: ['Văn bản đề nghị điều chỉnh dự án đầu tư', 'Báo cáo tình hình thực hiện dự án đầu tư', 'Quyết định của nhà đầu tư về việc điều chỉnh dự án'] },
      ],
      subjects: ['giấy chứng nhận đăng ký đầu tư đối với dự án của nhà đầu tư nước ngoài trong khu công nghiệp'],
    },
    {
      name: 'Quy hoạch, xây dựng tại khu kinh tế',
      organisations: true,
      legal: ['Luật Xây dựng số 50/2014/QH13, sửa đổi, bổ sung bởi Luật số 62/2020/QH14'],
      real: [
        { name: 'Cấp giấy phép xây dựng công trình trong khu kinh tế, khu công nghiệp', limit: 20, online: 'full', fees: [lePhi('Lệ phí cấp giấy phép xây dựng', 150_000)], docs: ['Đơn đề nghị cấp giấy phép xây dựng (mẫu số 01)', 'Bản sao giấy tờ chứng minh quyền sử dụng đất|c', 'Bản vẽ thiết kế xây dựng|o|2', 'Bản sao văn bản thông báo kết quả thẩm định thiết kế|c'] },
      ],
      subjects: ['văn bản chấp thuận tổng mặt bằng dự án trong khu công nghiệp'],
    },
    {
      name: 'Lao động tại khu kinh tế, khu công nghiệp',
      organisations: true,
      legal: ['Bộ luật Lao động số 45/2019/QH14', 'Nghị định số 152/2020/NĐ-CP quy định về người lao động nước ngoài làm việc tại Việt Nam'],
      real: [
        { name: 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại doanh nghiệp trong khu kinh tế, khu công nghiệp', limit: 5, online: 'full', fees: [lePhi('Lệ phí cấp giấy phép lao động', 600_000)], docs: ['Văn bản đề nghị cấp giấy phép lao động (mẫu số 11/PLI)', HEALTH_CERTIFICATE, 'Phiếu lý lịch tư pháp do nước ngoài hoặc Việt Nam cấp|c', PORTRAIT_4X6, FOREIGN_PASSPORT] },
        { name: 'Đăng ký nội quy lao động của doanh nghiệp trong khu kinh tế, khu công nghiệp', limit: 7, online: 'full', docs: ['Văn bản đề nghị đăng ký nội quy lao động', 'Nội quy lao động', 'Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở|c|1|Nơi có tổ chức đại diện người lao động'] },
      ],
      subjects: [],
    },
  ],
};
