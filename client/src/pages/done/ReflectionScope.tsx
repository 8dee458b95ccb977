/** Whose comments: the whole round or the reader's own organisation, and why a scope is withheld. */
import type { HiddenReason } from '@shared/results/types';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReflectionScope, ReflectionView } from './ReflectionList';

type ScopeCounts = Record<ReflectionScope, { count: number; withheld: HiddenReason | null }>;

const SCOPES: ReflectionScope[] = ['round', 'organisation'];

/** Two radio buttons, each with the count of comments it holds under the area and question chosen. */
export function ScopeChoice({ view, scopes }: { view: ReflectionView; scopes: ScopeCounts }) {
  const { t } = useTranslation('respond');
  const id = useId();
  return (
    <fieldset className="reflection-scope">
      <legend>{t('reflectionScope.legend')}</legend>
      {SCOPES.map((scope) => (
        <label key={scope} className="reflection-scope__option" htmlFor={`${id}-${scope}`}>
          <input
            type="radio"
            id={`${id}-${scope}`}
            name={`${id}-scope`}
            value={scope}
            checked={view.scope === scope}
            onChange={() => view.setScope(scope)}
          />
          {scopes[scope].withheld
            ? t(`reflectionScope.${scope}Withheld`)
            : t(`reflectionScope.${scope}`, { count: scopes[scope].count })}
        </label>
      ))}
    </fieldset>
  );
}

/** Why the comments of a scope are not shown, in the words of the rule (README, "Results and anonymity"). */
export function WithheldTexts({
  scope,
  reason,
  minimum,
}: {
  scope: ReflectionScope;
  reason: HiddenReason;
  minimum: number;
}) {
  const { t } = useTranslation('respond');
  const key =
    scope === 'round'
      ? reason === 'small'
        ? 'reflectionScope.roundSmall'
        : 'reflectionScope.roundComplementary'
      : reason === 'small'
        ? 'reflectionScope.organisationSmall'
        : 'reflectionScope.organisationComplementary';
  return <p className="notice reflection-scope__withheld">{t(key, { count: minimum })}</p>;
}
