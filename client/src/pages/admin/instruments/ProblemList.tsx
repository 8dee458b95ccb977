import { describePlace, wordProblem } from '@shared/instrument/messages';
import type { ValidationProblem } from '@shared/instrument/schema';
import { useLanguage } from '../../../i18n/useLanguage';

/**
 * Instrument validation problems worded in the user's language, each at its
 * place as users see it ("3.4.2 `ind-id` question (sv)") with the JSON path
 * for those who edit the file by hand: the same wording as the CLI's `--lang`.
 */
export function ProblemList({ problems, doc }: { problems: ValidationProblem[]; doc: unknown }) {
  const lang = useLanguage();
  return (
    <ol className="problem-list">
      {problems.map((problem, index) => (
        // The same path can have several problems; the server's order is stable.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={index}>
          <strong>{describePlace(doc, problem.path, lang)}</strong>: {wordProblem(problem, lang)}
          {problem.path && (
            <>
              {' '}
              <code className="problem-list__path">{problem.path}</code>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
