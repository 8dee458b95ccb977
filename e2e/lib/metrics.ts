/** Figures the journeys measure, printed on the suite's last line. */
export const metrics: { surveyJsGzKb?: number; firstQuestionMs?: number } = {};
