export { findPublicConsultation, listPublicConsultations, countPublicConsultations, latestPublicConsultations, listApprovedComments, consultationAttachments, type PublicComment, type PhaseFilter } from './consultations.repo.js';
export { submitComment, refusalOf } from './comment-submission.js';
export { consultationPhase, daysLeft } from './consultation-rules.js';
