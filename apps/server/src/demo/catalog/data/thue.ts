import { CCCD_COPY } from './common.ts';
import type { AgencyData } from './types.ts';

const TAX = ['Luật Quản lý thuế số 38/2019/QH14', 'Thông tư số 80/2021/TT-BTC hướng dẫn thi hành một số điều của Luật Quản lý thuế'];

export const THUE: AgencyData = {
  slug: 'thue',
  prefix: 'TH',
  fields: [
    {
      name: 'Đăng ký thuế',
      legal: [...TAX, 'Thông tư số 86/2024/TT-BTC quy định về đăng ký thuế'],
      real: [
        { name: 'Đăng ký thuế lần đầu đối với người nộp thuế là tổ chức kinh tế, tổ chức khác', limit: 3, online: 'full', docs: ['Tờ khai đăng ký thuế (mẫu 01-ĐK-TCT)', 'Bản sao quyết định thành lập hoặc giấy phép hoạt động|c'] },
        { name: 'Đăng ký thuế lần đầu đối với cá nhân', limit: 3, online: 'full', docs: ['Tờ khai đăng ký thuế (mẫu 05-ĐK-TCT)', CCCD_COPY] },
        { name: 'Thay đổi thông tin đăng ký thuế', limit: 3, online: 'full', docs: ['Tờ khai điều chỉnh thông tin đăng ký thuế (mẫu 08-MST)', 'Bản sao giấy tờ liên quan đến việc thay đổi thông tin|c'] },
        { name: 'Chấm dứt hiệu lực mã số thuế', limit: 7, online: 'full', docs: ['Văn bản đề nghị chấm dứt hiệu lực mã số thuế (mẫu 24/ĐK-TCT)', 'Bản sao quyết định giải thể hoặc văn bản tương đương|c'] },
      ],
      subjects: [],
    },
    {
      name: 'Khai thuế, nộp thuế',
      legal: [...TAX, 'Nghị định số 10/2022/NĐ-CP quy định về lệ phí trước bạ'],
      real: [
        { key: 'truoc-ba', name: 'Khai lệ phí trước bạ nhà, đất và thuế thu nhập cá nhân từ chuyển nhượng bất động sản', limit: 5, online: 'full', docs: ['Tờ khai lệ phí trước bạ nhà, đất (mẫu 01/LPTB)', 'Tờ khai thuế thu nhập cá nhân (mẫu 03/BĐS-TNCN)', 'Bản sao hợp đồng chuyển nhượng, tặng cho bất động sản|c', 'Bản sao giấy tờ chứng minh được miễn, giảm|c|1|Thuộc diện được miễn, giảm'] },
        { name: 'Khai lệ phí trước bạ đối với tài sản là ô tô, xe máy', limit: 1, online: 'full', docs: ['Tờ khai lệ phí trước bạ (mẫu 02/LPTB)', 'Bản sao hóa đơn mua bán hoặc giấy tờ chuyển giao tài sản|c', 'Bản sao tờ khai hải quan|c|1|Tài sản nhập khẩu'] },
        { name: 'Quyết toán thuế thu nhập cá nhân đối với cá nhân trực tiếp quyết toán', limit: 6, online: 'full', docs: ['Tờ khai quyết toán thuế thu nhập cá nhân (mẫu 02/QTT-TNCN)', 'Bản sao chứng từ khấu trừ thuế|c|1|Đã bị khấu trừ thuế'] },
      ],
      subjects: [],
    },
    {
      name: 'Hoàn thuế, miễn thuế, giảm thuế',
      organisations: true,
      legal: TAX,
      real: [
        { name: 'Hoàn thuế giá trị gia tăng đối với dự án đầu tư', limit: 6, online: 'full', restart: true, docs: ['Giấy đề nghị hoàn trả khoản thu ngân sách nhà nước (mẫu 01/HT)', 'Bảng kê hóa đơn, chứng từ hàng hóa, dịch vụ mua vào|c'] },
        { name: 'Miễn, giảm tiền thuê đất', limit: 15, online: 'full', docs: ['Văn bản đề nghị miễn, giảm tiền thuê đất', 'Bản sao quyết định cho thuê đất hoặc hợp đồng thuê đất|c', 'Bản sao giấy chứng nhận đăng ký đầu tư|c|1|Dự án thuộc lĩnh vực ưu đãi đầu tư'] },
        { name: 'Gia hạn nộp thuế', limit: 10, online: 'full', docs: ['Văn bản đề nghị gia hạn nộp thuế (mẫu 01/GHAN)', 'Tài liệu chứng minh thiệt hại do thiên tai, hỏa hoạn, tai nạn bất ngờ|c|1|Gia hạn do thiệt hại vật chất'] },
      ],
      subjects: ['quyết định miễn tiền chậm nộp thuế'],
    },
  ],
};
