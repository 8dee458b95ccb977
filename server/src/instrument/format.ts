import type { ValidationProblem } from './schema';

/** One line a problem: `  areas[2].standards[1].indicators[0].question.sv: missing Swedish text`. */
export function formatProblems(problems: ValidationProblem[]): string {
  return problems.map((p) => `  ${p.path || '(root)'}: ${p.message}`).join('\n');
}
