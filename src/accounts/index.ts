export { hashPassword, verifyPassword, randomPassword } from './passwords.js';
export { findUserByUsername, insertUser } from './users.repo.js';
export {
  createSession,
  findLiveSession,
  touchSession,
  revokeSession,
  revokeUserSessions,
  revokeOtherSessions,
  markSecondFactorDone,
  hashToken,
  SESSION_TTL_MS,
  SESSION_IDLE_MS,
  PENDING_SESSION_TTL_MS,
  type SessionPerson,
} from './sessions.js';
export { AccountError, type AccountErrorCode } from './errors.js';
export { passwordProblem, USERNAME_PATTERN, USERNAME_RULE, MIN_PASSWORD_LENGTH } from './policy.js';
export { findUserById, listUsers } from './user-store.js';
export { ensureFirstAdmin, FIRST_ADMIN_USERNAME, type FirstAdminResult } from './first-admin.js';
export { changeOwnPassword, createAccount, resetPassword, resetPasswordById, type AuditActor, type NewAccount } from './password-service.js';
export { setSiteRole, removeSiteRole, type StaffChange } from './staff-service.js';
export { SecretBox, SecretBoxError } from './secret-box.js';
export { startEnrolment, confirmEnrolment, completeSignIn, regenerateRecoveryCodes, disableTotp, type SecondFactorOutcome } from './second-factor.js';
export { changeOwnEmail, emailProblem, EMAIL_MAX_LENGTH } from './email.js';
export { totpCodeAt } from './totp.js';
export { rolesOf, grantRole, revokeRole, staffOf, type SiteRoleGrant } from './roles.repo.js';
export { checkLogin, MAX_FAILURES, LOCK_MINUTES, type LoginOutcome } from './login.js';
