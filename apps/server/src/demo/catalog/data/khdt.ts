import { CCCD_COPY } from './common.ts';
import { lePhi, phi, type AgencyData, type RealProcedure } from './types.ts';

const ENTERPRISES = 'Luật Doanh nghiệp số 59/2020/QH14';
const REGISTRATION = 'Nghị định số 01/2021/NĐ-CP về đăng ký doanh nghiệp';
const REGISTRATION_FEE = 'Thông tư số 47/2019/TT-BTC quy định mức thu phí, lệ phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp';
const INVESTMENT = 'Luật Đầu tư số 61/2020/QH14';
const INVESTMENT_DECREE = 'Nghị định số 31/2021/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư';
// Business registration is free when filed online (TT 47/2019 art. 5); the announcement charge is not.
const registrationFees = [lePhi('Lệ phí đăng ký doanh nghiệp', 50_000, 100), phi('Phí công bố nội dung đăng ký doanh nghiệp', 100_000)];
const FORM = 'Giấy đề nghị đăng ký doanh nghiệp (mẫu)';
const CHARTER = 'Điều lệ công ty';
const OWNERS = 'Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật và các thành viên, cổ đông|p';

const founding = (name: string, docs: string[]): RealProcedure => ({
  name,
  limit: 3,
  online: 'full',
  fees: registrationFees,
  docs,
  legal: [ENTERPRISES, REGISTRATION, REGISTRATION_FEE],
});

export const KHDT: AgencyData = {
  slug: 'khdt',
  prefix: 'KH',
  fields: [
    {
      name: 'Thành lập và hoạt động doanh nghiệp',
      organisations: true,
      weight: 2,
      legal: [ENTERPRISES, REGISTRATION, REGISTRATION_FEE],
      real: [
        { ...founding('Đăng ký thành lập doanh nghiệp tư nhân', [FORM, CCCD_COPY]), key: 'thanh-lap-dn' },
        founding('Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', [FORM, CHARTER, OWNERS, 'Bản sao giấy tờ pháp lý của tổ chức chủ sở hữu và văn bản cử người đại diện theo ủy quyền|p|1|Chủ sở hữu là tổ chức']),
        founding('Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên', [FORM, CHARTER, 'Danh sách thành viên (mẫu)', OWNERS]),
        founding('Đăng ký thành lập công ty cổ phần', [FORM, CHARTER, 'Danh sách cổ đông sáng lập và cổ đông là nhà đầu tư nước ngoài (mẫu)', OWNERS]),
        founding('Đăng ký thay đổi người đại diện theo pháp luật của công ty', ['Thông báo thay đổi nội dung đăng ký doanh nghiệp (mẫu)', 'Nghị quyết, quyết định của chủ sở hữu, hội đồng thành viên hoặc đại hội đồng cổ đông', CCCD_COPY]),
        founding('Đăng ký thay đổi vốn điều lệ của công ty', ['Thông báo thay đổi nội dung đăng ký doanh nghiệp (mẫu)', 'Nghị quyết, quyết định về việc thay đổi vốn điều lệ', 'Văn bản của cơ quan đăng ký đầu tư chấp thuận góp vốn của nhà đầu tư nước ngoài|c|1|Nhà đầu tư nước ngoài góp vốn thuộc diện phải đăng ký']),
        founding('Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp', ['Thông báo thay đổi nội dung đăng ký doanh nghiệp (mẫu)', 'Nghị quyết, quyết định về việc thay đổi địa chỉ trụ sở chính']),
        { name: 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo', limit: 3, online: 'full', docs: ['Thông báo tạm ngừng kinh doanh (mẫu)', 'Nghị quyết, quyết định về việc tạm ngừng kinh doanh|o|1|Công ty trách nhiệm hữu hạn, công ty cổ phần, công ty hợp danh'] },
        { name: 'Giải thể doanh nghiệp', limit: 5, online: 'full', docs: ['Thông báo về việc giải thể doanh nghiệp (mẫu)', 'Báo cáo thanh lý tài sản doanh nghiệp', 'Danh sách chủ nợ và số nợ đã thanh toán'] },
      ],
      subjects: ['giấy chứng nhận đăng ký hoạt động chi nhánh', 'giấy chứng nhận đăng ký hoạt động văn phòng đại diện', 'giấy chứng nhận đăng ký địa điểm kinh doanh'],
    },
    {
      name: 'Thành lập và hoạt động của hợp tác xã',
      organisations: true,
      legal: ['Luật Hợp tác xã số 17/2023/QH15', 'Nghị định số 92/2024/NĐ-CP về đăng ký doanh nghiệp xã hội và hợp tác xã'],
      real: [
        {
          name: 'Đăng ký thành lập hợp tác xã',
          limit: 3,
          online: 'full',
          fees: [lePhi('Lệ phí đăng ký hợp tác xã', 100_000)],
          docs: ['Giấy đề nghị đăng ký hợp tác xã (mẫu)', 'Điều lệ hợp tác xã', 'Phương án sản xuất, kinh doanh', 'Danh sách thành viên, hội đồng quản trị, giám đốc, ban kiểm soát', 'Nghị quyết hội nghị thành lập hợp tác xã'],
        },
      ],
      subjects: ['giấy chứng nhận đăng ký hợp tác xã', 'giấy chứng nhận đăng ký liên hiệp hợp tác xã'],
    },
    {
      name: 'Đầu tư tại Việt Nam',
      organisations: true,
      legal: [INVESTMENT, INVESTMENT_DECREE],
      real: [
        {
          name: 'Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh',
          limit: 35,
          online: 'partial',
          restart: true,
          docs: ['Văn bản đề nghị thực hiện dự án đầu tư', 'Tài liệu về tư cách pháp lý của nhà đầu tư|c', 'Tài liệu chứng minh năng lực tài chính của nhà đầu tư', 'Đề xuất dự án đầu tư|o|4'],
        },
        {
          name: 'Cấp giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư',
          limit: 15,
          online: 'partial',
          docs: ['Văn bản đề nghị thực hiện dự án đầu tư', 'Tài liệu về tư cách pháp lý của nhà đầu tư|c', 'Đề xuất dự án đầu tư', 'Bản sao tài liệu chứng minh năng lực tài chính của nhà đầu tư|c'],
        },
        {
          name: 'Điều chỉnh giấy chứng nhận đăng ký đầu tư',
          limit: 10,
          online: 'partial',
          docs: ['Văn bản đề nghị điều chỉnh dự án đầu tư', 'Báo cáo tình hình thực hiện dự án đầu tư đến thời điểm điều chỉnh', 'Quyết định của nhà đầu tư về việc điều chỉnh dự án'],
        },
      ],
      subjects: ['giấy chứng nhận đăng ký đầu tư'],
    },
    {
      name: 'Đấu thầu',
      organisations: true,
      legal: ['Luật Đấu thầu số 22/2023/QH15', 'Nghị định số 24/2024/NĐ-CP quy định chi tiết Luật Đấu thầu về lựa chọn nhà thầu'],
      real: [],
      subjects: ['văn bản thẩm định kế hoạch lựa chọn nhà thầu', 'văn bản thẩm định hồ sơ mời quan tâm dự án đầu tư có sử dụng đất'],
    },
  ],
};
