/** Resume codes as people type them: the server's own rules (shared module). */
export { formatResumeCode } from '@shared/responses/resume-code.shared';
