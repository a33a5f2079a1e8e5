export { hashPassword, verifyPassword, randomPassword } from './passwords.js';
export { findUserByUsername, insertUser } from './users.repo.js';
export { createSession, findLiveSession, revokeSession, revokeUserSessions, markSecondFactorDone, hashToken, SESSION_TTL_MS } from './sessions.js';
export { rolesOf, grantRole, revokeRole, staffOf, type SiteRoleGrant } from './roles.repo.js';
export { checkLogin, MAX_FAILURES, LOCK_MINUTES, type LoginOutcome } from './login.js';
