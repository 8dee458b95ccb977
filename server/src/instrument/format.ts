import { describePlace, wordProblem } from './messages';
import type { ValidationProblem } from './schema';
import type { Language } from './text';

/**
 * One line a problem, its place as users see it, the message in `lang` and
 * the JSON path for editing the file by hand:
 * `  3.2.1 `ind-id` question (sv): missing Swedish text [areas[2].standards[1].indicators[0].question.sv]`.
 */
export function formatProblems(problems: ValidationProblem[], doc?: unknown, lang: Language = 'en'): string {
  return problems
    .map((p) => `  ${describePlace(doc, p.path, lang)}: ${wordProblem(p, lang)}${p.path ? ` [${p.path}]` : ''}`)
    .join('\n');
}
