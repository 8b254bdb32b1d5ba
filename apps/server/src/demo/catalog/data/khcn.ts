import { BUSINESS_REGISTRATION, DEGREE, PORTRAIT_3X4 } from './common.ts';
import { phi, type AgencyData } from './types.ts';

const SCIENCE = ['Luật Khoa học và công nghệ số 29/2013/QH13', 'Nghị định số 08/2014/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và công nghệ'];
const RADIATION = ['Luật Năng lượng nguyên tử số 18/2008/QH12', 'Nghị định số 142/2020/NĐ-CP quy định về việc tiến hành công việc bức xạ và hoạt động dịch vụ hỗ trợ ứng dụng năng lượng nguyên tử'];
const STANDARDS = ['Luật Tiêu chuẩn và quy chuẩn kỹ thuật số 68/2006/QH11', 'Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12', 'Luật Đo lường số 04/2011/QH13'];

export const KHCN: AgencyData = {
  slug: 'khcn',
  prefix: 'KC',
  fields: [
    {
      name: 'Hoạt động khoa học và công nghệ',
      organisations: true,
      legal: SCIENCE,
      real: [
        { name: 'Cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ', limit: 15, online: 'full', fees: [phi('Phí thẩm định điều kiện hoạt động khoa học và công nghệ', 2_000_000)], docs: ['Đơn đăng ký hoạt động khoa học và công nghệ (mẫu)', 'Quyết định thành lập tổ chức khoa học và công nghệ|c', 'Điều lệ tổ chức và hoạt động', 'Hồ sơ nhân lực khoa học và công nghệ|c'] },
        { name: 'Cấp giấy chứng nhận doanh nghiệp khoa học và công nghệ', limit: 7, online: 'full', docs: ['Đơn đề nghị chứng nhận doanh nghiệp khoa học và công nghệ (mẫu)', BUSINESS_REGISTRATION, 'Văn bản xác nhận quyền sở hữu, sử dụng hợp pháp kết quả khoa học và công nghệ|c', 'Phương án sản xuất, kinh doanh sản phẩm hình thành từ kết quả khoa học và công nghệ'] },
        { name: 'Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước', limit: 10, online: 'full', docs: ['Phiếu đăng ký kết quả thực hiện nhiệm vụ (mẫu)', 'Báo cáo tổng hợp kết quả thực hiện nhiệm vụ|o|2', 'Báo cáo tóm tắt kết quả thực hiện nhiệm vụ'] },
      ],
      subjects: ['giấy chứng nhận đăng ký hoạt động của văn phòng đại diện tổ chức khoa học và công nghệ', 'giấy chứng nhận đăng ký chuyển giao công nghệ'],
    },
    {
      name: 'Tiêu chuẩn đo lường chất lượng',
      organisations: true,
      legal: STANDARDS,
      real: [
        { name: 'Tiếp nhận bản công bố hợp quy của tổ chức, cá nhân sản xuất, kinh doanh', limit: 5, online: 'full', docs: ['Bản công bố hợp quy (mẫu)', 'Bản sao giấy chứng nhận hợp quy do tổ chức chứng nhận đã đăng ký cấp|c', 'Bản mô tả chung về sản phẩm, hàng hóa'] },
        { name: 'Kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu thuộc trách nhiệm quản lý của Bộ Khoa học và Công nghệ', limit: 1, online: 'full', docs: ['Bản đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu (mẫu)', 'Bản sao hợp đồng, danh mục hàng hóa, hóa đơn, vận đơn|c', 'Bản sao giấy chứng nhận hợp quy|c'] },
        { name: 'Chỉ định tổ chức kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo', limit: 15, online: 'partial', docs: ['Đơn đăng ký chỉ định (mẫu)', 'Danh sách kiểm định viên kèm chứng chỉ|c', 'Danh mục chuẩn đo lường, phương tiện đo dùng để kiểm định'] },
      ],
      subjects: ['giấy xác nhận đăng ký lĩnh vực hoạt động xét tặng giải thưởng chất lượng', 'quyết định chỉ định tổ chức đánh giá sự phù hợp'],
    },
    {
      name: 'An toàn bức xạ và hạt nhân',
      organisations: true,
      legal: RADIATION,
      real: [
        { name: 'Cấp giấy phép tiến hành công việc bức xạ – sử dụng thiết bị X-quang chẩn đoán trong y tế', limit: 15, online: 'full', fees: [phi('Phí thẩm định cấp giấy phép tiến hành công việc bức xạ', 2_000_000)], docs: ['Đơn đề nghị cấp giấy phép (mẫu)', 'Báo cáo đánh giá an toàn bức xạ (mẫu)', 'Bản sao chứng chỉ nhân viên bức xạ của người phụ trách an toàn|c', 'Bản sao biên bản kiểm định thiết bị X-quang|c'] },
        { name: 'Cấp chứng chỉ nhân viên bức xạ cho người phụ trách an toàn cơ sở X-quang chẩn đoán trong y tế', limit: 15, online: 'full', docs: ['Đơn đề nghị cấp chứng chỉ nhân viên bức xạ (mẫu)', DEGREE, 'Giấy chứng nhận đào tạo về an toàn bức xạ|c', PORTRAIT_3X4] },
      ],
      subjects: ['giấy đăng ký thiết bị X-quang chẩn đoán y tế'],
    },
    {
      name: 'Sở hữu trí tuệ',
      legal: ['Luật Sở hữu trí tuệ số 50/2005/QH11, sửa đổi, bổ sung năm 2009, 2019 và 2022'],
      real: [
        { name: 'Cấp giấy chứng nhận tổ chức đủ điều kiện hoạt động giám định sở hữu công nghiệp', limit: 15, online: 'partial', docs: ['Tờ khai yêu cầu cấp giấy chứng nhận (mẫu)', BUSINESS_REGISTRATION, 'Danh sách giám định viên sở hữu công nghiệp kèm thẻ giám định viên|c'] },
      ],
      subjects: ['quyết định cho phép sử dụng chỉ dẫn địa lý cho đặc sản địa phương'],
    },
  ],
};
