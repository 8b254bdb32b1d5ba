/** Message keys of the accounts' schemas and field errors, with their texts (gathered into `VALIDATION_MESSAGES`). */
export const ACCOUNT_MESSAGES = {
  'account.code_format': { vi: 'Mã xác minh gồm 6 chữ số', en: 'The verification code has 6 digits' },
  'account.code_wrong': {
    vi: 'Mã xác minh không đúng, hãy kiểm tra thư và nhập lại',
    en: 'The code is wrong; check the mail and type it again',
  },
  'account.code_dead': {
    vi: 'Mã này không còn dùng được, hãy yêu cầu mã mới',
    en: 'This code can no longer be used; ask for a new one',
  },
  'account.birth_date_future': {
    vi: 'Ngày sinh phải trước ngày hôm nay',
    en: 'The date of birth must be before today',
  },
  'account.identity_locked': {
    vi: 'Đã xác thực bằng định danh điện tử, không sửa được',
    en: 'Verified by the national identity: cannot be changed',
  },
} as const;
