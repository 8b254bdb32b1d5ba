import type { AgencyData } from './types.ts';

const CUSTOMS = ['Luật Hải quan số 54/2014/QH13', 'Nghị định số 08/2015/NĐ-CP quy định chi tiết và biện pháp thi hành Luật Hải quan về thủ tục hải quan, kiểm tra, giám sát, kiểm soát hải quan'];
const DECLARATION = 'Tờ khai hàng hóa xuất khẩu, nhập khẩu (khai trên Hệ thống VNACCS/VCIS)';

export const HAIQUAN: AgencyData = {
  slug: 'haiquan',
  prefix: 'HQ',
  fields: [
    {
      name: 'Thủ tục hải quan',
      organisations: true,
      legal: CUSTOMS,
      real: [
        { name: 'Thủ tục hải quan đối với hàng hóa xuất khẩu, nhập khẩu thương mại', limit: '8h', online: 'full', docs: [DECLARATION, 'Hóa đơn thương mại|p|1|Người mua phải thanh toán cho người bán', 'Vận tải đơn hoặc chứng từ vận tải tương đương|p|1|Hàng hóa nhập khẩu vận chuyển bằng đường biển, đường hàng không'] },
        { name: 'Thủ tục hải quan đối với hàng hóa mua bán, trao đổi của cư dân biên giới', limit: '2h', online: 'partial', docs: ['Tờ khai hàng hóa xuất khẩu, nhập khẩu của cư dân biên giới (mẫu)', 'Giấy chứng minh thư biên giới hoặc giấy thông hành biên giới|x'] },
        { name: 'Thủ tục hải quan đối với hàng hóa xuất khẩu, nhập khẩu tại chỗ', limit: '8h', online: 'full', docs: [DECLARATION, 'Hợp đồng mua bán hàng hóa có chỉ định giao hàng tại Việt Nam|p'] },
      ],
      subjects: ['quyết định công nhận địa điểm kiểm tra hàng hóa tập trung', 'quyết định công nhận kho ngoại quan'],
    },
    {
      name: 'Kiểm tra, giám sát hải quan',
      organisations: true,
      legal: CUSTOMS,
      real: [
        { name: 'Đăng ký, gia hạn thời gian lưu giữ hàng hóa tại cảng, cửa khẩu biên giới', limit: 1, online: 'full', docs: ['Văn bản đề nghị gia hạn thời gian lưu giữ hàng hóa', 'Bản sao chứng từ vận tải|p'] },
      ],
      subjects: ['quyết định công nhận doanh nghiệp đủ điều kiện kinh doanh kho bãi tại cửa khẩu'],
    },
  ],
};
