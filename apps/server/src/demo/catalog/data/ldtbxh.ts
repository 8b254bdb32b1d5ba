import { BUSINESS_REGISTRATION, CCCD_SHOWN, FOREIGN_PASSPORT, HEALTH_CERTIFICATE, PORTRAIT_4X6 } from './common.ts';
import { lePhi, type AgencyData } from './types.ts';

const LABOUR = 'Bộ luật Lao động số 45/2019/QH14';
const FOREIGN_WORKERS = 'Nghị định số 152/2020/NĐ-CP quy định về người lao động nước ngoài làm việc tại Việt Nam, sửa đổi, bổ sung bởi Nghị định số 70/2023/NĐ-CP';
const MERIT = ['Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14', 'Nghị định số 131/2021/NĐ-CP quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng'];
const SOCIAL = ['Nghị định số 20/2021/NĐ-CP quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội'];
const workPermitFee = lePhi('Lệ phí cấp giấy phép lao động', 600_000);

export const LDTBXH: AgencyData = {
  slug: 'ldtbxh',
  prefix: 'LD',
  fields: [
    {
      name: 'Việc làm',
      legal: ['Luật Việc làm số 38/2013/QH13', LABOUR, FOREIGN_WORKERS],
      real: [
        {
          name: 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
          limit: 5,
          online: 'full',
          fees: [workPermitFee],
          docs: ['Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động (mẫu số 11/PLI)', HEALTH_CERTIFICATE, 'Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải là người phạm tội do nước ngoài cấp|c', 'Văn bản chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ thuật|c', PORTRAIT_4X6, FOREIGN_PASSPORT, 'Văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài|c'],
        },
        { name: 'Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', limit: 3, online: 'full', fees: [lePhi('Lệ phí cấp lại giấy phép lao động', 450_000)], docs: ['Văn bản đề nghị cấp lại giấy phép lao động (mẫu số 11/PLI)', PORTRAIT_4X6, 'Giấy phép lao động còn thời hạn đã được cấp|o|1|Giấy phép bị hỏng hoặc thay đổi thông tin'] },
        { name: 'Gia hạn giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', limit: 5, online: 'full', fees: [lePhi('Lệ phí gia hạn giấy phép lao động', 450_000)], docs: ['Văn bản đề nghị gia hạn giấy phép lao động (mẫu số 11/PLI)', 'Giấy phép lao động còn thời hạn đã được cấp', HEALTH_CERTIFICATE, PORTRAIT_4X6] },
        { name: 'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', limit: 5, online: 'full', docs: ['Văn bản đề nghị xác nhận (mẫu số 09/PLI)', HEALTH_CERTIFICATE, 'Văn bản chứng minh thuộc diện không cấp giấy phép lao động|c'] },
        {
          name: 'Giải quyết hưởng trợ cấp thất nghiệp',
          limit: 20,
          online: 'full',
          docs: ['Đề nghị hưởng trợ cấp thất nghiệp (mẫu)', 'Bản sao hợp đồng lao động đã hết hạn hoặc quyết định thôi việc|c', 'Sổ bảo hiểm xã hội', CCCD_SHOWN],
        },
        { name: 'Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp', limit: 10, online: 'full', fees: [lePhi('Lệ phí cấp giấy phép hoạt động dịch vụ việc làm', 1_500_000)], docs: ['Văn bản đề nghị cấp giấy phép (mẫu)', BUSINESS_REGISTRATION, 'Giấy chứng nhận đã thực hiện ký quỹ|c', 'Lý lịch tự thuật của người đại diện theo pháp luật'] },
      ],
      subjects: ['văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài'],
    },
    {
      name: 'Lao động, tiền lương và quan hệ lao động',
      organisations: true,
      legal: [LABOUR, 'Nghị định số 145/2020/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động'],
      real: [
        { name: 'Đăng ký nội quy lao động của doanh nghiệp', limit: 7, online: 'full', docs: ['Văn bản đề nghị đăng ký nội quy lao động', 'Nội quy lao động', 'Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở|c|1|Nơi có tổ chức đại diện người lao động'] },
        { name: 'Cấp giấy phép hoạt động cho thuê lại lao động', limit: 20, online: 'full', docs: ['Văn bản đề nghị cấp giấy phép (mẫu)', 'Bản lý lịch tự thuật của người đại diện theo pháp luật (mẫu)', 'Phiếu lý lịch tư pháp số 1 của người đại diện theo pháp luật', 'Giấy chứng nhận tiền ký quỹ hoạt động cho thuê lại lao động|c'] },
      ],
      subjects: ['giấy phép hoạt động cho thuê lại lao động'],
    },
    {
      name: 'Giáo dục nghề nghiệp',
      organisations: true,
      legal: ['Luật Giáo dục nghề nghiệp số 74/2014/QH13', 'Nghị định số 15/2019/NĐ-CP quy định chi tiết một số điều của Luật Giáo dục nghề nghiệp'],
      real: [
        { name: 'Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp trình độ sơ cấp', limit: 10, online: 'full', docs: ['Văn bản đề nghị cấp giấy chứng nhận (mẫu)', 'Báo cáo thực trạng về cơ sở vật chất, thiết bị, chương trình, giáo viên', 'Bản sao quyết định thành lập|c'] },
      ],
      subjects: ['giấy chứng nhận đăng ký bổ sung hoạt động giáo dục nghề nghiệp'],
    },
    {
      name: 'Người có công',
      level: 'commune',
      legal: MERIT,
      real: [
        { name: 'Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ', limit: 20, level: 'province', docs: ['Bản khai của thân nhân liệt sĩ (mẫu)', 'Bản sao giấy chứng nhận gia đình liệt sĩ|c', 'Giấy tờ chứng minh quan hệ với liệt sĩ|c'] },
        { name: 'Giải quyết chế độ mai táng phí, trợ cấp một lần khi người có công với cách mạng từ trần', limit: 12, docs: ['Bản khai của thân nhân (mẫu)', 'Bản sao giấy chứng tử hoặc trích lục khai tử|c'] },
        { name: 'Cấp giấy chứng nhận thương binh, người hưởng chính sách như thương binh', limit: 20, level: 'province', docs: ['Bản khai cá nhân (mẫu)', 'Giấy chứng nhận bị thương do đơn vị có thẩm quyền cấp|c', 'Biên bản giám định thương tật của Hội đồng giám định y khoa|c'] },
      ],
      subjects: [],
    },
    {
      name: 'Bảo trợ xã hội',
      level: 'commune',
      legal: SOCIAL,
      real: [
        { name: 'Trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng', limit: 20, online: 'full', docs: ['Tờ khai đề nghị trợ giúp xã hội (mẫu)', 'Bản sao giấy xác nhận khuyết tật|c|1|Người khuyết tật', 'Bản sao sổ hộ nghèo hoặc giấy chứng nhận hộ nghèo|c|1|Người thuộc hộ nghèo'] },
        { name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', limit: 5, online: 'full', docs: ['Tờ khai đề nghị hỗ trợ chi phí mai táng (mẫu)', 'Bản sao giấy chứng tử hoặc trích lục khai tử|c'] },
        { name: 'Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội', limit: 1, docs: ['Văn bản đề nghị tiếp nhận', 'Biên bản về việc tiếp nhận đối tượng cần bảo vệ khẩn cấp'] },
      ],
      subjects: [],
    },
  ],
};
