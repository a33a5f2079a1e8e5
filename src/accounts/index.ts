export { hashPassword, verifyPassword, randomPassword } from './passwords.js';
export { findUserByUsername, insertUser } from './users.repo.js';
