import type { Doc } from './types.ts';

// Documents many procedures ask for, written once.
export const CCCD_SHOWN: Doc = 'Thẻ căn cước hoặc thẻ căn cước công dân|x';
export const CCCD_COPY: Doc = 'Bản sao thẻ căn cước hoặc thẻ căn cước công dân|p';
export const AUTHORISATION: Doc = 'Văn bản ủy quyền|o|1|Khi người nộp hồ sơ không phải là người đề nghị';
export const PORTRAIT_4X6: Doc = 'Ảnh chân dung cỡ 4x6 cm, nền trắng, chụp không quá 6 tháng|o|2';
export const PORTRAIT_3X4: Doc = 'Ảnh chân dung cỡ 3x4 cm, nền trắng|o|2';
export const BUSINESS_REGISTRATION: Doc = 'Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc giấy tờ pháp lý tương đương|p';
export const HEALTH_CERTIFICATE: Doc = 'Giấy khám sức khỏe do cơ sở khám bệnh, chữa bệnh có thẩm quyền cấp, trong thời hạn 6 tháng';
export const CV: Doc = 'Sơ yếu lý lịch có xác nhận của cơ quan, đơn vị hoặc chính quyền địa phương';
export const DEGREE: Doc = 'Bản sao văn bằng, chứng chỉ chuyên môn|c';
export const FOREIGN_PASSPORT: Doc = 'Hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu|x';
