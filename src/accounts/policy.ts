/**
 * What a username and a new password must look like. Passwords: at least 12
 * characters, not containing the username, not one of the passwords every attacker
 * tries first (compared without tones, case, or digits and symbols tacked on).
 */
import { foldVietnamese, trimWhile } from '../text/index.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** Lower-case ASCII letters, digits, dot, dash and underscore; 3–50 characters. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,49}$/;
export const USERNAME_RULE = 'Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.';

/** Stems of the most used passwords (international lists, and Vietnamese favourites). */
const COMMON = new Set([
  'password', 'passw0rd', 'p@ssw0rd', 'pass', 'matkhau', 'matkhaumoi', 'admin', 'administrator', 'root', 'user',
  'qwerty', 'qwertyuiop', 'qwertyuiopasdfghjkl', 'asdfghjkl', 'zxcvbnm', 'qazwsx', 'zaq12wsx', '1q2w3e4r', '1q2w3e4r5t6y',
  'abc', 'abcd', 'abcdef', 'abc123', 'iloveyou', 'welcome', 'letmein', 'monkey', 'dragon', 'football', 'baseball',
  'sunshine', 'princess', 'master', 'shadow', 'superman', 'trustno1', 'starwars', 'whatever', 'changeme', 'secret',
  'anhyeuem', 'emyeuanh', 'yeuem', 'yeuanh', 'vietnam', 'vietnamvodich', 'hanoi', 'saigon', 'hochiminh', 'quangtri',
  'congthongtin', 'congthongtindientu', 'govportal', 'quantri', 'quantrivien', 'baomat', 'bientap', 'bientapvien',
  'khongbiet', 'xinchao', 'tinhyeu', 'hoilamgi', 'conmeo', 'muahe',
]);

/** Runs that are typed, not chosen. */
const SEQUENCES = ['01234567890123456789', '98765432109876543210', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];

function isCommon(password: string): boolean {
  const folded = foldVietnamese(password).replace(/\s+/g, '');
  if (COMMON.has(folded)) return true;
  // "Matkhau@2024", "password123456": a common stem with digits and symbols around it.
  const stem = trimWhile(folded, (ch) => ch < 'a' || ch > 'z');
  if (stem.length > 0 && COMMON.has(stem)) return true;
  const letters = folded.replace(/[^a-z0-9]/g, '');
  if (letters.length >= 6 && SEQUENCES.some((s) => s.includes(letters))) return true;
  // "aaaaaaaaaaaa", "abababababab", "123123123123": few distinct characters.
  return new Set(folded).size < 5;
}

/** Why the new password is refused, in Vietnamese; undefined when it is acceptable. */
export function passwordProblem(password: string, username: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`;
  if (length > MAX_PASSWORD_LENGTH) return `Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự.`;
  const folded = foldVietnamese(password);
  const name = foldVietnamese(username);
  if (name.length >= 3 && folded.includes(name)) return 'Mật khẩu không được chứa tên đăng nhập.';
  if (isCommon(password)) return 'Mật khẩu này quá phổ biến hoặc quá đơn giản, dễ bị đoán. Hãy chọn một cụm từ dài, khó đoán hơn.';
  return undefined;
}
